"""Accuracy against hand-labelled gold: per-field precision, recall and F1, strict and soft.

Strict matching compares values with whitespace collapsed, soft matching also folds case,
accents and punctuation (matching.py says how each field is matched). The report gives, per field
and mode, precision, recall and F1, their micro and macro averages, and whole-record accuracy:
the documents where every field is right.

The stages, one module each: records.py loads gold and predictions (running the pipeline on the
gold's sources when asked); matching.py counts each field of a document against its gold; here
the counts are summed into the report, and split into tune and check sides; floors.py is the
regression gate, baseline.py the bare-model row, and command.py prints it all for the command line.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pipeline.evaluate.matching import MODES, Counts, score_document


def evaluate(gold: dict[str, dict], pred: dict[str, dict]) -> dict:
    """The full report: per field and mode, micro and macro averages, whole-record accuracy, per document."""
    report: dict = {"documents": len(gold), "missing_predictions": sorted(set(gold) - set(pred)), "modes": {}}
    per_document: dict = defaultdict(dict)
    for mode in MODES:
        totals: dict[str, Counts] = defaultdict(Counts)
        perfect = 0
        for doc_id, gold_record in gold.items():
            fields = score_document(gold_record, pred.get(doc_id, {}), mode)
            for name, counts in fields.items():
                totals[name].add(counts)
            document_total = Counts()
            for counts in fields.values():
                document_total.add(counts)
            perfect += document_total.fp == 0 and document_total.fn == 0
            per_document[doc_id][mode] = {
                "f1": round(document_total.f1, 4),
                "errors": {
                    n: {"misses": c.misses, "false_alarms": c.false_alarms}
                    for n, c in fields.items()
                    if c.misses or c.false_alarms
                },
            }
        micro = Counts()
        for counts in totals.values():
            micro.add(counts)
        scored = [c for c in totals.values() if c.tp + c.fp + c.fn]
        report["modes"][mode] = {
            "fields": {name: counts.as_dict() for name, counts in sorted(totals.items())},
            "micro": micro.as_dict(),
            "macro_f1": round(sum(c.f1 for c in scored) / len(scored), 4) if scored else 1.0,
            "whole_record_accuracy": round(perfect / len(gold), 4) if gold else 0.0,
        }
    report["per_document"] = per_document
    return report


def split_reports(gold: dict[str, dict], pred: dict[str, dict], split_file: Path) -> dict[str, dict]:
    """The report of each side of the split ('tune', 'check'; 'unsplit' for gold outside it)."""
    from pipeline.diagnostics import corpus_diagnostics, load_split, split_of

    split = load_split(split_file)
    sides: dict[str, dict[str, dict]] = defaultdict(dict)
    for key, record in gold.items():
        sides[split_of(record, split) or "unsplit"][key] = record
    reports = {}
    for side in sorted(sides, key=("tune", "check", "unsplit").index):
        reports[side] = evaluate(sides[side], pred)
        reports[side]["diagnostics"] = corpus_diagnostics(sides[side], pred)
        reports[side]["document_ids"] = sorted(sides[side])
        del reports[side]["per_document"]
    return reports
