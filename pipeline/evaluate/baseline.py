"""The baseline row of the report: the bare fr_core_news_sm NER on the same documents.

It shows what the entity rules add to the statistical model they start from, scored the same way
(entities per label, soft matching) on the documents whose source can be read.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from pipeline.evaluate.matching import LABELS, Counts, compare_entities
from pipeline.evaluate.records import resolve_source


def baseline_predictions(gold: dict[str, dict], roots: list[Path]) -> dict[str, dict]:
    """Entities of the bare fr_core_news_sm NER (its spans merged by text) on each gold document's
    source, for the baseline row of the report. Sources that cannot be found are left out."""
    import spacy

    from pipeline.errors import InputError
    from pipeline.nlp import MODEL
    from pipeline.readers import read_document

    sources = {}
    for doc_id, record in gold.items():
        path = resolve_source(record, roots)
        if path is not None:
            with contextlib.suppress(InputError):
                sources[doc_id] = read_document(path).text
    nlp = spacy.load(MODEL)
    predictions = {}
    for doc_id, doc in zip(sources, nlp.pipe(sources.values()), strict=False):
        merged: dict[tuple[str, str], dict] = {}
        for ent in doc.ents:
            merged.setdefault((ent.text, ent.label_), {"name": ent.text, "label": ent.label_, "aliases": []})
        predictions[doc_id] = {"document": {"id": doc_id}, "entities": list(merged.values())}
    return predictions


def entity_scores(gold: dict[str, dict], pred: dict[str, dict], mode: str = "soft") -> dict:
    """Entity precision/recall/F1 per label and overall, over the documents that have a prediction."""
    totals: dict[str, Counts] = {name: Counts() for name in (*LABELS, "all")}
    for doc_id in pred:
        for label in LABELS:
            counts = compare_entities(
                gold[doc_id].get("entities", []), pred[doc_id].get("entities", []), label, mode
            )
            totals[label].add(counts)
            totals["all"].add(counts)
    return {label: counts.as_dict() for label, counts in totals.items()}
