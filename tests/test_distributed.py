"""The run on a Dask cluster (`--scheduler`): the same records as one process, incremental re-runs,
a worker killed mid-run, per-document failures, Ctrl-C. One LocalCluster of two worker processes
serves the module; the CLI test starts its own with `--scheduler local:2`."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import SAMPLES, SEED

from pipeline.assemble import validate
from pipeline.cli import main
from pipeline.planning import Task, iter_inputs
from pipeline.process import process
from pipeline.scheduler import check_scheduler

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
from pipeline import distributed as on_cluster  # noqa: E402  (needs the dask extra)


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster as `--scheduler local:2` starts it; tests reach it by its address."""
    with on_cluster.connect("local:2") as client:
        yield client


def _executing(dask_worker) -> int:
    """Tasks a worker's threads are running (the scheduler forgets a cancelled one at once)."""
    return len(dask_worker.state.executing)


def _inputs(folder, count, first=30):
    """count releases cut from the seed at different lengths (quick to process, all distinct)."""
    folder.mkdir()
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for n in range(count):
        (folder / f"cp_{n:02d}.txt").write_text("\n".join(lines[: first + n]) + "\n", encoding="utf-8")
    return sorted(folder.iterdir())


def _records(folder):
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("[!_.]*.json"))}


def _same_run(manifest_a, manifest_b):
    """Manifests equal but for the run's folder, timing and command line (timestamps aside)."""
    for manifest in (manifest_a, manifest_b):
        for key in ("timing", "output", "jsonl"):
            manifest.pop(key)
    return manifest_a == manifest_b


def test_local_cluster_gives_the_records_of_one_process(tmp_path, nlp, monkeypatch):
    monkeypatch.chdir(SAMPLES.parent)
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["regenerate", "-o", str(one), "--jsonl", str(one / "data.jsonl")]) == 0
    assert (
        main(["regenerate", "-o", str(two), "--jsonl", str(two / "data.jsonl"), "--scheduler", "local:2"])
        == 0
    )
    assert _records(one) == _records(two) and len(_records(one)) >= 8
    assert (one / "data.jsonl").read_text(encoding="utf-8") == (two / "data.jsonl").read_text(
        encoding="utf-8"
    )
    manifests = [json.loads((folder / "_manifest.json").read_text()) for folder in (one, two)]
    assert manifests[1]["timing"]["scheduler"] == "local:2"
    assert _same_run(*manifests)


def test_corpus_on_the_cluster_matches_one_process(corpus, cluster, tmp_path, nlp):
    paths = list(iter_inputs([corpus / "text"])) + sorted(corpus.glob("pdf/*.pdf"))[:3]
    alone = process(paths, tmp_path / "one")
    spread = list(on_cluster.process_iter(paths, tmp_path / "two", cluster.scheduler.address))
    assert sorted((o.path, o.status, o.reason) for o in spread) == sorted(
        (o.path, o.status, o.reason) for o in alone
    )
    assert _records(tmp_path / "one") == _records(tmp_path / "two")


def test_a_rerun_skips_everything_without_a_cluster(tmp_path, cluster, monkeypatch):
    paths = _inputs(tmp_path / "in", 6)
    out = tmp_path / "out"
    first = list(on_cluster.process_iter(paths, out, cluster.scheduler.address))
    assert sorted(o.status for o in first) == ["written"] * 6

    def no_cluster(address):
        raise AssertionError("a cluster was reached for a run with nothing to do")

    monkeypatch.setattr(on_cluster, "connect", no_cluster)
    second = list(on_cluster.process_iter(paths, out, cluster.scheduler.address))
    assert [o.status for o in second] == ["skipped"] * 6


def test_a_worker_killed_mid_run_loses_nothing(tmp_path, cluster, nlp):
    paths = _inputs(tmp_path / "in", 24)
    reference = tmp_path / "one"
    process(paths, reference)
    out = tmp_path / "out"
    outcomes = []
    for outcome in on_cluster.process_iter(paths, out, cluster.scheduler.address, batch_size=2):
        if not outcomes:  # kill a worker that holds batches, outright (SIGKILL: no clean-up)
            pids = cluster.run(os.getpid)
            busy = [address for address, keys in cluster.processing().items() if keys]
            os.kill(pids[busy[0]], signal.SIGKILL)
        outcomes.append(outcome)
    assert sorted(o.path for o in outcomes) == [str(p) for p in paths]
    assert {o.status for o in outcomes} == {"written"}
    assert not list(out.glob(".*.tmp"))
    assert _records(out) == _records(reference)
    cluster.wait_for_workers(2, timeout=120)  # its nanny started it again
    assert pids[busy[0]] not in cluster.run(os.getpid).values()


FORKED_WORKERS = """
from multiprocessing import forkserver
from pipeline import distributed as on_cluster
from pipeline.nlp import load_pipeline

def model_loaded():
    return load_pipeline.cache_info().currsize == 1

with on_cluster.connect("local:2") as client:
    print(sorted(client.run(model_loaded).values()), forkserver._forkserver._forkserver_pid is not None)
print(forkserver._forkserver._forkserver_pid is None)
"""


@pytest.mark.skipif(
    "forkserver" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork server"
)
def test_local_workers_start_with_the_model_loaded_and_leave_no_server():
    run = subprocess.run([sys.executable, "-c", FORKED_WORKERS], capture_output=True, text=True, timeout=300)
    assert run.stdout.splitlines() == ["[True, True] True", "True"], run.stderr[-2000:]


NOTHING_LEFT = """
import sys
from multiprocessing import forkserver
from pipeline.cli import main

folder, out = sys.argv[1], sys.argv[2]
for inputs in ([folder], [folder], [folder + "/empty"]):  # work; everything up to date; no input
    code = main(["extract", *inputs, "-o", out, "--scheduler", "local:2", "--no-progress"])
    print(code, forkserver._forkserver._forkserver_pid is None)
"""


@pytest.mark.skipif(
    "forkserver" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork server"
)
def test_the_early_fork_server_ends_with_the_run_whatever_it_did(tmp_path):
    paths = _inputs(tmp_path / "in", 2)
    (tmp_path / "in" / "empty").mkdir()
    command = [sys.executable, "-c", NOTHING_LEFT, str(paths[0].parent), str(tmp_path / "out")]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert run.stdout.splitlines() == ["0 True", "0 True", "2 True"], run.stderr[-2000:]


def test_a_failing_document_is_reported_and_the_others_written(tmp_path, cluster):
    paths = _inputs(tmp_path / "in", 3)
    empty = tmp_path / "in" / "empty.txt"
    empty.write_text("", encoding="utf-8")
    english = tmp_path / "in" / "english.txt"
    english.write_text(
        "Press release. The ministry announced today a new plan for schools and hospitals.\n" * 3,
        encoding="utf-8",
    )
    outcomes = {
        o.path: o
        for o in on_cluster.process_iter(
            [*paths, empty, english], tmp_path / "out", cluster.scheduler.address
        )
    }
    assert outcomes[str(empty)].status == "failed" and "empty" in outcomes[str(empty)].reason
    assert outcomes[str(english)].reason == "language 'en' is not supported yet (French only)"
    assert [outcomes[str(p)].status for p in paths] == ["written"] * 3
    for path in paths:
        validate(json.loads((tmp_path / "out" / f"{path.stem}.json").read_text(encoding="utf-8")))


def test_stopping_the_run_cancels_what_is_left(tmp_path, cluster):
    paths = _inputs(tmp_path / "in", 40)
    out = tmp_path / "out"
    outcomes = on_cluster.process_iter(paths, out, cluster.scheduler.address, batch_size=2)
    next(outcomes)
    outcomes.close()  # what the command does on Ctrl-C
    deadline = time.monotonic() + 60
    # cancelled batches forgotten by the scheduler; a batch a worker had begun runs to its end (a
    # thread cannot be stopped) and writes its records whole, after the client has left
    while any(cluster.processing().values()) or any(cluster.run(_executing).values()):
        assert time.monotonic() < deadline, "batches still running after the run was stopped"
        time.sleep(0.1)
    finished = list(out.glob("cp_*.json"))
    assert 0 < len(finished) < 40
    assert not list(out.glob(".*.tmp"))
    for path in finished:
        validate(json.loads(path.read_text(encoding="utf-8")))


def test_ctrl_c_in_a_terminal_stops_the_cluster_and_keeps_complete_outputs(tmp_path):
    """SIGINT to the whole process group, as a terminal sends it: the client, the nannies and the
    workers all get it."""
    paths = _inputs(tmp_path / "in", 40)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "extract", *map(str, paths), "-o", str(out)]
    child = subprocess.Popen(
        [*command, "--scheduler", "local:2"], stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    deadline = time.monotonic() + 240
    while not list(out.glob("cp_*.json")) and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    os.killpg(child.pid, signal.SIGINT)
    stderr = child.communicate(timeout=120)[1]
    if child.returncode == 0:
        pytest.skip("the run finished before the signal arrived")
    assert child.returncode == 130, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert not list(out.glob(".*.tmp"))
    finished = sorted(out.glob("cp_*.json"))
    assert 0 < len(finished) < 40
    for path in finished:
        validate(json.loads(path.read_text(encoding="utf-8")))
    deadline = time.monotonic() + 30
    while _group_alive(child.pid):  # no worker process is left behind (zombies are reaped by init)
        assert time.monotonic() < deadline, "processes of the run still alive 30 s after it stopped"
        time.sleep(0.2)


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def test_batches_go_largest_first_among_those_planned_ahead(tmp_path):
    """Every batch once; the largest of those planned ahead first, so the run ends on small ones;
    and the plan is read only as far ahead as that (an archive of millions streams)."""
    sizes = [3, 9, 1, 7, 5, 8, 2, 6]
    batches = []
    for n, size in enumerate(sizes):
        path = tmp_path / f"r{n}.txt"
        path.write_text("x" * 100 * size, encoding="utf-8")
        batches.append([Task(path, path.stem, tmp_path / f"r{n}.json")])
    planned = []

    def plan():
        for batch in batches:
            planned.append(batch)
            yield batch

    ordered = on_cluster._largest_first(plan(), ahead=3)
    first = next(ordered)
    assert len(planned) == 4 and first is batches[1]  # the largest of the first four
    rest = list(ordered)
    assert sorted(map(id, [first, *rest])) == sorted(map(id, batches))
    assert [sizes[batches.index(b)] for b in rest] == [7, 8, 5, 6, 3, 2, 1]
    assert [b[0].identifier for b in on_cluster._largest_first(iter(batches))] == [
        f"r{n}" for n in sorted(range(8), key=lambda n: -sizes[n])
    ]


def test_a_batch_its_workers_could_not_run_fails_each_of_its_inputs(tmp_path):
    batch = [Task(tmp_path / f"{name}.txt", name, tmp_path / f"{name}.json") for name in ("a", "b")]
    lost = on_cluster._failed(batch, distributed.KilledWorker("run_batch-1", None, 3))
    assert [(o.path, o.status, o.reason) for o in lost] == [
        (str(task.path), "failed", on_cluster.WORKER_LOST) for task in batch
    ]
    broken = on_cluster._failed(batch, RuntimeError("the client's folder /x is not on this worker\nmore"))
    assert {o.reason for o in broken} == {"RuntimeError: the client's folder /x is not on this worker"}


def test_a_worker_without_the_clients_folder_says_so(tmp_path):
    task = Task(SEED.relative_to(SAMPLES.parent), "seed", tmp_path / "seed.json")
    with pytest.raises(RuntimeError, match="mount the shared folder at the same path"):
        on_cluster.run_batch([task], str(tmp_path / "absent"), None, 4)


@pytest.mark.parametrize(
    "address, problem",
    [
        ("local:0", "needs at least 1 worker"),
        ("8786", "must be local:N or a scheduler address"),
        ("tcp://host:8786", None),
        ("scheduler.example:8786", None),
    ],
)
def test_scheduler_addresses(address, problem):
    found = check_scheduler(address)
    assert found == problem if problem is None else problem in found


def test_the_cluster_configuration_in_the_docs_is_the_local_clusters():
    import yaml

    text = (SAMPLES.parent / "docs" / "distributed.md").read_text(encoding="utf-8")
    block = text.split("```yaml\n", 1)[1].split("```", 1)[0]

    def flat(tree, prefix=""):
        for key, value in tree.items():
            if isinstance(value, dict):
                yield from flat(value, f"{prefix}{key}.")
            else:
                yield f"{prefix}{key}", value

    assert dict(flat(yaml.safe_load(block))) == on_cluster.CLUSTER_CONFIG
