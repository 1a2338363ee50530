"""Documents per second and peak memory: our pipeline against the bare model and the tokenizer.

    python benchmarks/throughput.py [--docs 1000] [--jobs 1 2] [--keep DIR]

A corpus of --docs releases is generated at benchmark time (never committed) from the seed and
the French texts of ../shared/corpus/text: each is one of those texts with its paragraphs
resampled (lengths from about half to three times the original), person names after civilities
replaced from a list, years shifted and days redrawn. Every measurement runs in a fresh process:

  ours       `communique extract CORPUS -o OUT --jobs N --force` end to end (read, clean,
             nlp.pipe, extractors, validate, write)
  bare       spacy.load("fr_core_news_sm") with its default pipeline, nlp.pipe(texts, n_process=N)
  bare-numpy the same, its models built on the matrix ops ours uses (numpy's BLAS, one thread
             per process, see pipeline.nlp.MATRIX_OPS): the model on an equal footing
  tokenizer  spacy.blank("fr"), nlp.pipe(texts, n_process=N)

Reported per run: wall seconds, documents per second over the whole run and excluding start-up
(model loading), CPU seconds of all its processes (steadier than wall time on a shared machine),
and peak resident memory of the largest process (a worker, with --jobs > 1).
Start-up is also measured alone: `communique extract` of one release, process start to exit.
Targets (issue 5): ours/bare >= 1.0; jobs 2 >= 1.7x jobs 1; start-up < 3 s; peak < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_0146f9d8f82743d2.txt"
CORPUS_TEXT = ROOT.parent / "shared" / "corpus" / "text"

FIRST_NAMES = [
    "Camille",
    "Julien",
    "Nadia",
    "Thomas",
    "Sophie",
    "Karim",
    "Claire",
    "Hugo",
    "Léa",
    "Mathieu",
    "Inès",
    "Pierre",
    "Amélie",
    "Yannick",
    "Chloé",
    "Antoine",
]
LAST_NAMES = [
    "Martin",
    "Bernard",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Girard",
    "Benali",
    "Fontaine",
    "Rousseau",
    "Nguyen",
    "Lambert",
    "Chevalier",
    "Perrin",
    "Morel",
    "Garnier",
    "Faure",
]
CIVILITY_NAME = re.compile(r"\b(M\.|Mme|Monsieur|Madame)\s+[A-ZÉÈ][\w'’-]+(?:\s+[A-ZÉÈ][\w'’-]+)?")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
DAY_MONTH = re.compile(
    r"\b([12]?\d|3[01])(er)?(\s+)(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b"
)

# Measured in a child process; prints one JSON line with its timings and peak memory.
CHILD = r"""
import json, resource, sys, time
started = time.perf_counter()
kind, jobs, listing = sys.argv[1], int(sys.argv[2]), sys.argv[3]
import spacy
if kind == "bare-numpy":
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits
    threadpool_limits(1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load("fr_core_news_sm")
else:
    nlp = spacy.load("fr_core_news_sm") if kind == "bare" else spacy.blank("fr")
loaded = time.perf_counter()
paths = open(listing, encoding="utf-8").read().split("\n")
texts = (open(p, encoding="utf-8").read() for p in paths)
count = sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=jobs))
done = time.perf_counter()
own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
peak = max(own.ru_maxrss, children.ru_maxrss)
cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
print(json.dumps({"docs": count, "wall": done - started, "startup": loaded - started,
                  "peak_mb": peak / 1024, "cpu": cpu}))
"""

# Runs the CLI as a child and reports its peak memory (the CLI process or its largest worker).
CLI = r"""
import json, resource, subprocess, sys, time
started = time.perf_counter()
result = subprocess.run(sys.argv[1:], capture_output=True, text=True)
done = time.perf_counter()
if result.returncode not in (0, 1):
    sys.exit(result.stderr)
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": done - started, "peak_mb": children.ru_maxrss / 1024,
                  "cpu": children.ru_utime + children.ru_stime, "stderr": result.stderr[-500:]}))
"""


def base_texts() -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")]
    if CORPUS_TEXT.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS_TEXT.glob("fr-*.txt"))]
    return texts


def vary(text: str, rng: random.Random) -> str:
    """One new release from a real one: resampled paragraphs, other names, other dates."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, body = paragraphs[:3], paragraphs[3:] or paragraphs
    scale = rng.uniform(0.5, 3.0)
    chosen = [rng.choice(body) for _ in range(max(1, round(len(body) * scale)))]
    shift = rng.randint(-8, 4)
    result = "\n\n".join(head + chosen)
    result = CIVILITY_NAME.sub(
        lambda m: f"{m.group(1)} {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", result
    )
    result = YEAR.sub(lambda m: str(int(m.group(1)) + shift), result)
    return DAY_MONTH.sub(lambda m: f"{rng.randint(1, 28)}{m.group(3)}{m.group(4)}", result)


def generate(folder: Path, count: int, seed: int = 13) -> list[Path]:
    rng = random.Random(seed)
    texts = base_texts()
    paths = []
    for n in range(count):
        path = folder / f"release_{n:05d}.txt"
        path.write_text(vary(rng.choice(texts), rng), encoding="utf-8")
        paths.append(path)
    return paths


def run_json(command: list[str]) -> dict:
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(command[:4])}…\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_startup(sample: Path, out: Path) -> float:
    """Best of three: process start to exit of `communique extract` on one release."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pipeline", "extract", str(sample), "-o", str(out), "--force"],
            capture_output=True,
            cwd=ROOT,
            check=True,
        )
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, default=None, help="generate the corpus here and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="communique-bench-") as scratch:
        corpus = args.keep or Path(scratch) / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        paths = generate(corpus, args.docs)
        size = sum(p.stat().st_size for p in paths)
        listing = Path(scratch) / "listing.txt"
        listing.write_text("\n".join(map(str, paths)), encoding="utf-8")
        print(
            f"corpus: {len(paths)} generated releases, {size / len(paths) / 1000:.1f} "
            f"kB on average, from {len(base_texts())} real ones"
        )

        startup = measure_startup(paths[0], Path(scratch) / "startup")
        print(f"start-up to the first document (communique extract, one release): {startup:.2f} s")

        rows = []
        for jobs in args.jobs:
            cli = [
                sys.executable,
                "-m",
                "pipeline",
                "extract",
                str(corpus),
                "-o",
                str(Path(scratch) / f"out{jobs}"),
                "--jobs",
                str(jobs),
                "--force",
                "--no-progress",
            ]
            ours = run_json([sys.executable, "-c", CLI, *cli])
            ours["startup"] = startup
            rows.append(("ours", jobs, ours))
            for kind in ("bare", "bare-numpy", "tokenizer"):
                rows.append(
                    (kind, jobs, run_json([sys.executable, "-c", CHILD, kind, str(jobs), str(listing)]))
                )

    print()
    print(
        "| pipeline | jobs | wall s | docs/s | docs/s after start-up "
        "| CPU s (all processes) | peak MB (largest process) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    rate = {}
    for kind, jobs, row in rows:
        steady = args.docs / max(row["wall"] - row["startup"], 1e-9)
        rate[kind, jobs] = steady
        print(
            f"| {kind} | {jobs} | {row['wall']:.1f} | {args.docs / row['wall']:.1f} "
            f"| {steady:.1f} | {row['cpu']:.1f} | {row['peak_mb']:.0f} "
            "|"
        )
    print()
    for jobs in args.jobs:
        print(
            f"ours / bare model, jobs {jobs}: {rate['ours', jobs] / rate['bare', jobs]:.2f} (target >= 1.0)"
        )
        print(
            f"ours / bare model on the same matrix ops, jobs {jobs}: "
            f"{rate['ours', jobs] / rate['bare-numpy', jobs]:.2f}"
        )
    if 1 in args.jobs and 2 in args.jobs:
        print(f"ours, jobs 2 / jobs 1: {rate['ours', 2] / rate['ours', 1]:.2f} (target >= 1.7)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
