"""Throughput of the PDF reader against pdfplumber's plain page.extract_text().

    python benchmarks/pdf_reader.py [--repeat N] [PDF ...]

Without arguments, reads the shared corpus (../shared/corpus/pdf/*.pdf) and the rendered
sample. Each file is read N times by both; the best time of each is kept (the least disturbed
by the rest of the machine). Both sides open the file from bytes and go through every page, so
both pay pdfminer's parsing; the difference is what our reading-order, furniture and provenance
work costs. Target: read_pdf at most 2x the cost of extract_text.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
SAMPLE = ROOT / "samples" / "000_0146f9d8f82743d2_rendered.pdf"
TARGET_RATIO = 2.0


def plain(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def ours(path: Path, data: bytes) -> int:
    from pipeline.readers.pdf import read_pdf

    return len(read_pdf(path, data).pages)


def best_times(repeat: int, *runs) -> list[float]:
    """Best time of each run over repeat rounds, the runs interleaved so drift hits them alike."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for i, run in enumerate(runs):
            start = time.perf_counter()
            run()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    files = args.files or sorted(CORPUS.glob("*.pdf")) + ([SAMPLE] if SAMPLE.is_file() else [])
    if not files:
        print(f"no PDF to read (looked in {CORPUS} and {SAMPLE})", file=sys.stderr)
        return 1
    plain(SAMPLE.read_bytes() if SAMPLE.is_file() else files[0].read_bytes())  # imports, warm caches
    rows = []
    for path in files:
        data = path.read_bytes()
        pages = plain(data)
        ours_s, plain_s = best_times(
            args.repeat, lambda path=path, data=data: ours(path, data), lambda data=data: plain(data)
        )
        rows.append((path.name, pages, ours_s, plain_s))

    width = max(len(r[0]) for r in rows)
    print(f"{'file':<{width}}  pages  read_pdf ms  extract_text ms  ratio")
    for name, pages, ours_s, plain_s in rows:
        print(
            f"{name:<{width}}  {pages:>5}  {ours_s * 1000:>11.1f} "
            f" {plain_s * 1000:>15.1f}  {ours_s / plain_s:>5.2f}"
        )
    pages = sum(r[1] for r in rows)
    ours_total = sum(r[2] for r in rows)
    plain_total = sum(r[3] for r in rows)
    ratio = ours_total / plain_total
    print(
        f"{'total':<{width}}  {pages:>5}  {ours_total * 1000:>11.1f} "
        f" {plain_total * 1000:>15.1f}  {ratio:>5.2f}"
    )
    print(
        f"\nread_pdf: {pages / ours_total:.1f} pages/s; extract_text: {pages / plain_total:.1f} pages/s; "
        f"ratio {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x: {'met' if ratio <= TARGET_RATIO else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
