r"""How often each source of issuer evidence is right, measured on gold: the numbers behind the
order in pipeline/extractors/issuer/ (docs/issuer.md).

    python scripts/issuer_evidence.py --gold samples/gold --sources ../shared \
        --split ../shared/corpus/split.json

For every gold document (tune side only when a split is given) each source's proposal is compared
with the gold issuer (the same normalisation as `communique evaluate`): 'right' when the source
alone would give the gold value, 'wrong' when it proposes something else, 'silent' when it
proposes nothing. Offline, read-only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from pipeline.evaluate.matching import normalize
from pipeline.evaluate.records import load_gold_tree, resolve_source, source_roots
from pipeline.extractors import metadata as meta
from pipeline.extractors.contacts import extract_contacts
from pipeline.extractors.issuer import issuer_evidence, letterhead_lines, press_emails
from pipeline.extractors.issuer.choice import SOURCES, choose_issuer
from pipeline.extractors.issuer.common import without_box_drawing
from pipeline.readers import read_document


def evidence_for(text: str, images_text: list[dict]) -> dict:
    """Recompute the issuer's inputs as extract_metadata does: the header lines above the title
    and the type line (at most eight), and the body named on the type line."""
    found = meta.extract_metadata(text)
    vocab = meta.vocabulary()
    lines = meta.header_lines(text, min(max(600, int(len(text) * vocab["header_fraction"])), len(text)))

    def line_of(field: str) -> int | None:
        span = found["evidence"].get(field)
        return (
            next((i for i, line in enumerate(lines) if line.start <= span["start"] < line.end + 1), None)
            if span
            else None
        )

    type_index = line_of("document_type")
    stop = min(i for i in (line_of("title"), type_index, 8) if i is not None)
    of_type = None
    if type_index is not None and found["evidence"]["document_type"]["rule"] == "metadata.document_type":
        line = lines[type_index]
        span = meta._type_issuer(line.text, len(found["document_type"]))
        of_type = (line.start + span[0], line.start + span[1]) if span else None
    text = without_box_drawing(text)  # as find_issuer
    contacts = [c for c in extract_contacts(text, []) if c["rule"] != "contact.loose"]
    head = letterhead_lines(lines, stop, type_index)
    return issuer_evidence(text, head, len(head), of_type, contacts, images_text), press_emails(contacts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("samples/gold"))
    parser.add_argument("--sources", type=Path, help="folder the gold's source paths are relative to")
    parser.add_argument("--split", type=Path, help="split.json: count the tune documents only")
    args = parser.parse_args()
    split = json.loads(args.split.read_text())["documents"] if args.split else None
    roots = [Path.cwd(), *source_roots(args.sources)]
    tally = {source: Counter() for source in (*SOURCES, "chosen")}
    for gold in load_gold_tree(args.gold).values():
        relative = gold["document"]["source"].removeprefix("corpus/")
        if split is not None and split.get(relative, "tune") != "tune":
            continue
        path = resolve_source(gold, roots)
        if path is None or path.suffix.lower() not in {".txt", ".md", ".pdf"}:
            continue
        document = read_document(path)
        text = document.text
        expected = normalize(gold["metadata"]["issuer"] or "", "soft")
        evidence, emails = evidence_for(text, document.images_text)
        proposals = {**{s: evidence[s] for s in SOURCES}, "chosen": choose_issuer(text, evidence, emails)}
        for source, candidates in proposals.items():
            value = normalize(" ; ".join(c.name for c in candidates), "soft")
            if candidates or source == "chosen":  # the choice is right to propose nothing on null gold
                tally[source]["right" if value == expected else "wrong"] += 1
            else:
                tally[source]["silent"] += 1
    print(f"{'source':16} {'right':>6} {'wrong':>6} {'silent':>7} {'precision':>10}")
    for source, counts in tally.items():
        fired = counts["right"] + counts["wrong"]
        precision = f"{counts['right'] / fired:.2f}" if fired else "-"
        print(f"{source:14} {counts['right']:6} {counts['wrong']:6} {counts['silent']:7} {precision:>10}")


if __name__ == "__main__":
    main()
