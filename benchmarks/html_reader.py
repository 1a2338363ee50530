"""What reading a web page costs, against the whole processing of the document it yields.

    python benchmarks/html_reader.py [--repeat N] [PAGE ...]

Without arguments, reads the shared corpus (../shared/corpus/html/*.html; the English pages are
read, then left out of the whole-processing column since the pipeline refuses them) and our
rendered twins (tests/data/html). For each page, the least CPU time of N rounds of:

  read   read_document(page): decoding, lxml parsing, the line walk, trafilatura's extraction and
         the alignment, htmldate and the page metadata, normalisation;
  whole  read, then the pipeline (nlp + extractors) on the text, the record built and validated:
         what `communique extract` does for the page, less start-up and the file write.

Target (issue 14): read at most a fifth (0.20) of whole, over all pages and for each French page.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "html"
TWINS = ROOT / "tests" / "data" / "html"
TARGET = 0.20


def best(repeat: int, run) -> float:
    """Least CPU time of the process over repeat runs: steadier than wall time on a shared machine."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from pipeline.assemble import build_record, validate
    from pipeline.nlp import load_pipeline, model_version
    from pipeline.process import _make_doc
    from pipeline.readers import read_document
    from pipeline.screening import detect_language

    pages = args.pages or sorted(CORPUS.glob("*.html")) + sorted(TWINS.glob("*.html"))
    if not pages:
        print(f"no page to read (looked in {CORPUS} and {TWINS})", file=sys.stderr)
        return 1
    nlp, model = load_pipeline(), model_version()

    def whole(path: Path) -> None:
        source = read_document(path)
        doc = nlp(_make_doc(nlp, source.text, source))
        validate(build_record(doc, source, "fr", model))

    whole(pages[-1])  # imports and caches warm
    rows = []
    for path in pages:
        source = read_document(path)
        read_s = best(args.repeat, lambda path=path: read_document(path))
        french = detect_language(source.text) == "fr"
        whole_s = best(args.repeat, lambda path=path: whole(path)) if french else None
        rows.append((path.name[:60], len(path.read_bytes()), len(source.text), read_s, whole_s))

    width = max(len(r[0]) for r in rows)
    print(f"{'page':<{width}}  {'bytes':>7}  {'chars':>6}  read ms  whole ms  share")
    worst = 0.0
    for name, size, chars, read_s, whole_s in rows:
        share = read_s / whole_s if whole_s else None
        worst = max(worst, share or 0.0)
        whole_text = f"{whole_s * 1000:>8.1f}" if whole_s else f"{'(en)':>8}"
        share_text = f"{share:>5.2f}" if share is not None else f"{'-':>5}"
        print(f"{name:<{width}}  {size:>7}  {chars:>6}  {read_s * 1000:>7.1f}  {whole_text}  {share_text}")
    scored = [r for r in rows if r[4]]
    total = sum(r[3] for r in scored) / sum(r[4] for r in scored)
    met = total <= TARGET and worst <= TARGET
    print(
        f"\nreading: {total:.2f} of the whole processing over {len(scored)} French pages, at worst "
        f"{worst:.2f} (target <= {TARGET:.2f}: {'met' if met else 'NOT met'})"
    )
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
