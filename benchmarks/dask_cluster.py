"""The Dask run against the local worker pool, and the scheduler's cost per task.

    python benchmarks/dask_cluster.py overhead [--tasks 2000] [--workers 2] [--address tcp://host:8786]
    python benchmarks/dask_cluster.py compare [--docs 1000] [--repeat 4] [--workers 2] [--corpus-text DIR]
    python benchmarks/dask_cluster.py small [--docs 120] [--repeat 5] [--workers 2]

overhead  sends --tasks batches of 4 tasks to a LocalCluster, each run by a function that returns
          their outcomes without doing any work, through the same window of futures as a run
          (pipeline.distributed): wall time per task, and CPU per task of the client and of the
          cluster (scheduler and workers), so what remains is Dask's own cost per batch.
compare   generates --docs releases (benchmarks/throughput.py's generator) and times
          `communique extract DIR --jobs N` and `communique extract DIR --scheduler local:N`, each
          in a fresh process, end to end (wall and CPU seconds of all processes), --repeat
          rounds with the order alternating; the ratios per round and their median.
small     the issue's small run: --docs generated releases, `--jobs 1`, `--jobs N` and
          `--scheduler local:N` in turn, --repeat rounds (interleaved, so a change in the machine's
          load hits all three alike); each run's wall and CPU, then best and median per option and
          the speed-up of `--jobs N` over `--jobs 1`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import throughput

from pipeline import distributed as on_cluster
from pipeline.planning import Outcome, Task


def no_work(tasks: list[Task], folder: str, limit: int | None, batch_size: int) -> list[Outcome]:
    """What run_batch returns, without reading, extracting or writing anything."""
    return [Outcome(str(task.path), "written", output=str(task.target)) for task in tasks]


def overhead(tasks: int, workers: int, address: str | None) -> None:
    """With --address (a cluster started by `dask scheduler` and `dask worker`), the client's and the
    scheduler's CPU are apart; with a LocalCluster the scheduler runs in the client's process."""
    import psutil

    batches = [
        [
            Task(Path(f"in/release_{n}_{k}.txt"), f"release_{n}_{k}", Path(f"out/{n}_{k}.json"))
            for k in range(4)
        ]
        for n in range(tasks)
    ]
    with on_cluster.connect(address or f"local:{workers}") as client:
        client.wait_for_workers(workers)
        worker_processes = [psutil.Process(pid) for pid in client.run(os.getpid).values()]
        scheduler = psutil.Process(client.run_on_scheduler(os.getpid))
        own = psutil.Process()

        def cpu() -> dict[str, float]:
            usage = {"workers": sum(sum(p.cpu_times()[:2]) for p in worker_processes)}
            usage["client"] = sum(own.cpu_times()[:2])
            if scheduler.pid != own.pid:
                usage["scheduler"] = sum(scheduler.cpu_times()[:2])
            return usage

        on_cluster.run_batch = no_work  # the window of futures is the run's own
        before, started = cpu(), time.perf_counter()
        count = sum(1 for _ in on_cluster._submit_and_collect(client, iter(batches), [], None, 4))
        wall = time.perf_counter() - started
        after = cpu()
    assert count == 4 * tasks
    report = {"tasks": tasks, "workers": len(worker_processes), "wall_s": round(wall, 2)}
    report["ms_per_task"] = round(1000 * wall / tasks, 2)
    for name in after:
        label = "client_and_scheduler" if name == "client" and "scheduler" not in after else name
        report[f"{label}_cpu_ms_per_task"] = round(1000 * (after[name] - before[name]) / tasks, 2)
    print(json.dumps(report))


CLI = throughput.CLI


def extract_command(corpus: Path, out: Path, option: list[str]) -> list[str]:
    """`communique extract` of the whole folder, timed by throughput's wrapper in a fresh process."""
    command = [sys.executable, "-m", "pipeline", "extract", str(corpus), "-o", str(out)]
    return [sys.executable, "-c", CLI, *command, "--force", "--no-progress", *option]


def small(docs: int, workers: int, repeat: int) -> None:
    options = {
        "--jobs 1": ["--jobs", "1"],
        f"--jobs {workers}": ["--jobs", str(workers)],
        f"--scheduler local:{workers}": ["--scheduler", f"local:{workers}"],
    }
    with tempfile.TemporaryDirectory(prefix="communique-small-bench-") as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        throughput.generate(corpus, docs)
        runs: dict[str, list[dict]] = {name: [] for name in options}
        for round_number in range(repeat):
            for name, option in options.items():
                row = throughput.run_json(extract_command(corpus, Path(scratch) / "out", option))
                runs[name].append(row)
                print(f"round {round_number + 1} {name}: {row['wall']:.2f} s wall, {row['cpu']:.2f} CPU s")
        print("| option | wall s, in run order | CPU s, in run order | best wall | median wall |")
        print("|---|---|---|---:|---:|")
        for name, rows in runs.items():
            walls = [row["wall"] for row in rows]
            cpus = ", ".join(f"{row['cpu']:.2f}" for row in rows)
            listed = ", ".join(f"{wall:.2f}" for wall in walls)
            print(f"| `{name}` | {listed} | {cpus} | {min(walls):.2f} | {statistics.median(walls):.2f} |")
        one = [row["wall"] for row in runs["--jobs 1"]]
        many = [row["wall"] for row in runs[f"--jobs {workers}"]]
        print(
            f"--jobs {workers} / --jobs 1: median {statistics.median(one) / statistics.median(many):.2f}, "
            f"best {min(one) / min(many):.2f}, per round "
            + ", ".join(f"{a / b:.2f}" for a, b in zip(one, many, strict=True))
            + " (target >= 1.5)"
        )


def compare(docs: int, workers: int, repeat: int) -> None:
    """--repeat rounds, the order alternating (jobs first, then the cluster first), so a drift in
    the machine's speed or what one run leaves behind (dirty pages, a warm cache) favours neither."""
    with tempfile.TemporaryDirectory(prefix="communique-dask-bench-") as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        paths = throughput.generate(corpus, docs)
        size = sum(p.stat().st_size for p in paths)
        print(f"corpus: {docs} generated releases, {size / docs / 1000:.1f} kB on average")
        options = {"jobs": ["--jobs", str(workers)], "scheduler": ["--scheduler", f"local:{workers}"]}
        ratios: dict[str, list[float]] = {"wall": [], "cpu": []}
        for round_number in range(repeat):
            order = list(options) if round_number % 2 == 0 else list(reversed(options))
            rows = {}
            for name in order:
                command = [sys.executable, "-m", "pipeline", "extract", str(corpus), "-o"]
                command += [str(Path(scratch) / name), "--force", "--no-progress", *options[name]]
                rows[name] = row = throughput.run_json([sys.executable, "-c", CLI, *command])
                print(
                    f"round {round_number + 1} {' '.join(options[name])}: {row['wall']:.1f} s wall, "
                    f"{docs / row['wall']:.2f} docs/s, {row['cpu']:.1f} CPU s (all processes), "
                    f"peak {row['peak_mb']:.0f} MB",
                    flush=True,
                )
            for measure, values in ratios.items():
                values.append(rows["scheduler"][measure] / rows["jobs"][measure])
        for measure, values in ratios.items():
            listed = ", ".join(f"{value:.3f}" for value in values)
            print(
                f"--scheduler local:{workers} / --jobs {workers}, {measure}: median "
                f"{statistics.median(values):.3f} (rounds {listed}; target <= 1.10)"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["overhead", "compare", "small"])
    parser.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="rounds: of the three runs (small), of the pair (compare, default 4)",
    )
    parser.add_argument("--tasks", type=int, default=2000)
    parser.add_argument("--docs", type=int, default=None, help="compare: 1000, small: 120")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--address", default=None, help="overhead: a running cluster's scheduler")
    parser.add_argument(
        "--corpus-text", type=Path, default=None, help="real releases to vary (default: throughput's)"
    )
    args = parser.parse_args()
    if args.corpus_text:
        throughput.CORPUS_TEXT = args.corpus_text
    if args.what == "overhead":
        overhead(args.tasks, args.workers, args.address)
    elif args.what == "small":
        small(args.docs or 120, args.workers, args.repeat or 5)
    else:
        compare(args.docs or 1000, args.workers, args.repeat or 4)
    return 0


if __name__ == "__main__":
    sys.exit(main())
