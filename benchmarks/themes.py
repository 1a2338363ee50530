"""Cost of the theme component alone, per document: `python benchmarks/themes.py [FOLDER ...]`.

The other components run first (themes read the title and contacts they leave); then the theme
component is timed on the same Docs, several rounds, best round kept. The time is the process's
CPU time, steadier than wall time on a shared machine. Folders default to the samples and the
French corpus texts and PDFs in ../shared/corpus.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pipeline.nlp import load_pipeline
from pipeline.readers import read_document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    ROOT / "samples",
    ROOT.parent.parent / "shared" / "corpus" / "text",
    ROOT.parent.parent / "shared" / "corpus" / "pdf",
]
ROUNDS = 5


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or DEFAULT
    paths = [
        p for f in folders if f.is_dir() for p in sorted(f.iterdir()) if p.suffix in {".txt", ".md", ".pdf"}
    ]
    paths = [p for p in paths if p.name.startswith(("fr-", "000_"))]
    nlp = load_pipeline()
    component = nlp.get_pipe("communique_themes")
    with nlp.select_pipes(disable=["communique_themes", "communique_quotes"]):
        docs = list(nlp.pipe(read_document(p).text for p in paths))
    best = min(_round(component, docs) for _ in range(ROUNDS))
    chars = sum(len(d.text) for d in docs)
    print(
        f"themes: {len(docs)} documents ({chars / len(docs):,.0f} characters on average), "
        f"{best / len(docs) * 1000:.2f} ms a document (CPU time, best of {ROUNDS} rounds)"
    )


def _round(component, docs) -> float:
    start = time.process_time()
    for doc in docs:
        component(doc)
    return time.process_time() - start


if __name__ == "__main__":
    main()
