"""Seconds to write the review site of 1,000 records, with and without gold.

    python benchmarks/review.py [--records 1000] [--keep DIR]

The records are the committed outputs/ (8 sample records, 2.3 to 7 kB of text, 12 to 40
entities each) copied round-robin under new ids until there are --records of them; the gold of
each copy is the sample's gold under the same id (the PDF rendering has none). Each measurement is
`communique review RECORDS -o SITE [--gold GOLD]` in a fresh process, start to exit: reading the
JSON, marking the spans, comparing with gold, rendering and writing every page atomically.
Target (issue 15): under 60 s for 1,000 records.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ROOT / "outputs"
GOLD = ROOT / "samples" / "gold"


def make_dataset(folder: Path, count: int) -> tuple[Path, Path]:
    """count records (and their gold) copied from outputs/ under new ids."""
    samples = [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted(OUTPUTS.glob("*.json")) if p.name[0] != "_"
    ]
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in GOLD.glob("*.json")}
    records, gold = folder / "records", folder / "gold"
    records.mkdir(parents=True)
    gold.mkdir()
    for n in range(count):
        record = json.loads(json.dumps(samples[n % len(samples)]))
        base = record["document"]["id"]
        record["document"]["id"] = new_id = f"{base}-{n:05d}"
        record["document"]["sha256"] = f"{n:064x}"
        (records / f"{new_id}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        if base in golds:
            labelled = dict(golds[base], document={"id": new_id})
            (gold / f"{new_id}.json").write_text(json.dumps(labelled, ensure_ascii=False), encoding="utf-8")
    return records, gold


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--keep", type=Path, default=None, help="build in this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="communique-review-bench-") as scratch:
        folder = args.keep or Path(scratch)
        records, gold = make_dataset(folder, args.records)
        review = [sys.executable, "-m", "pipeline", "review", str(records)]
        plain = timed([*review, "-o", str(folder / "site")])
        with_gold = timed([*review, "-o", str(folder / "site-gold"), "--gold", str(gold)])
        size = sum(p.stat().st_size for p in (folder / "site-gold").rglob("*.html"))
        for name, seconds in (("review", plain), ("review --gold", with_gold)):
            print(f"{name:<14} {args.records} records: {seconds:6.1f} s, {args.records / seconds:6.1f} rec/s")
        print(f"site with gold: {size / 1e6:.1f} MB, {size / args.records / 1e3:.0f} kB a page")


if __name__ == "__main__":
    main()
