"""Accuracy against hand-labelled gold: per-field precision, recall and F1, strict and soft.

Matching (GROBID's way): strict compares values with whitespace collapsed; soft also folds case,
accents and punctuation. Metadata is scored field by field; entities per label at entity level
(a prediction matches a gold entity when one of its names or aliases equals one of the gold's);
dates on ISO value; contacts per attribute; themes on id; quotes on text and on speaker.
Whole-record accuracy counts documents where every field is right.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

METADATA_FIELDS = ("issuer", "document_type", "title", "place", "date", "reference")
LABELS = ("PER", "ORG", "LOC", "MISC")
CONTACT_FIELDS = ("name", "role", "organization", "emails", "phones")
MODES = ("strict", "soft")


def normalize(value: str, mode: str) -> str:
    value = re.sub(r"\s+", " ", str(value)).strip()
    if mode == "strict":
        return value
    value = unicodedata.normalize("NFKD", value.replace("’", "'"))
    value = "".join(c for c in value if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[^\W_]+", value))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    false_alarms: list = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def compare_bags(gold: list[str], pred: list[str], mode: str) -> Counts:
    """Multiset comparison of values."""
    gold_bag = Counter(normalize(v, mode) for v in gold if v not in (None, ""))
    pred_bag = Counter(normalize(v, mode) for v in pred if v not in (None, ""))
    common = gold_bag & pred_bag
    counts = Counts(tp=sum(common.values()), fp=sum((pred_bag - common).values()), fn=sum((gold_bag - common).values()))
    counts.misses = sorted((gold_bag - common).elements())
    counts.false_alarms = sorted((pred_bag - common).elements())
    return counts


def compare_entities(gold: list[dict], pred: list[dict], label: str, mode: str) -> Counts:
    """One-to-one matching: a predicted entity matches a gold one sharing any name or alias."""
    gold_items = [e for e in gold if e.get("label") == label]
    pred_items = [e for e in pred if e.get("label") == label]

    def names(entity: dict) -> set[str]:
        return {normalize(n, mode) for n in [entity.get("name"), *entity.get("aliases", [])] if n}

    used: set[int] = set()
    counts = Counts()
    for entity in pred_items:
        match = next((i for i, g in enumerate(gold_items) if i not in used and names(g) & names(entity)), None)
        if match is None:
            counts.fp += 1
            counts.false_alarms.append(entity.get("name"))
        else:
            used.add(match)
            counts.tp += 1
    for i, entity in enumerate(gold_items):
        if i not in used:
            counts.fn += 1
            counts.misses.append(entity.get("name"))
    return counts


def score_document(gold: dict, pred: dict, mode: str) -> dict[str, Counts]:
    """Counts per field for one document."""
    fields: dict[str, Counts] = {}
    gold_meta, pred_meta = gold.get("metadata") or {}, pred.get("metadata") or {}
    for name in METADATA_FIELDS:
        fields[f"metadata.{name}"] = compare_bags([gold_meta.get(name)], [pred_meta.get(name)], mode)
    for label in LABELS:
        fields[f"entities.{label}"] = compare_entities(gold.get("entities", []), pred.get("entities", []), label, mode)
    fields["dates"] = compare_bags([d["value"] for d in gold.get("dates", [])], [d["value"] for d in pred.get("dates", [])], mode)
    for name in CONTACT_FIELDS:
        def values(record: dict) -> list[str]:
            out: list[str] = []
            for contact in record.get("contacts", []):
                value = contact.get(name)
                out.extend(value if isinstance(value, list) else [value])
            return out

        fields[f"contacts.{name}"] = compare_bags(values(gold), values(pred), mode)
    fields["themes"] = compare_bags([t["id"] for t in gold.get("themes", [])], [t["id"] for t in pred.get("themes", [])], mode)
    fields["quotes.text"] = compare_bags([q["text"] for q in gold.get("quotes", [])], [q["text"] for q in pred.get("quotes", [])], mode)
    fields["quotes.speaker"] = compare_bags([q.get("speaker") for q in gold.get("quotes", [])], [q.get("speaker") for q in pred.get("quotes", [])], mode)
    return fields


def load_records(folder: Path) -> dict[str, dict]:
    """JSON records directly in a folder (not its subfolders), by document id."""
    records = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise ValueError(f"{path}: not a readable JSON file ({error})") from None
        if not isinstance(data, dict) or not isinstance(data.get("document"), dict) or "id" not in data["document"]:
            raise ValueError(f"{path}: document.id: missing (not a gold or output record)")
        records[data["document"]["id"]] = data
    return records


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
                "errors": {n: {"misses": c.misses, "false_alarms": c.false_alarms} for n, c in fields.items() if c.misses or c.false_alarms},
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


def format_table(report: dict) -> str:
    strict, soft = report["modes"]["strict"], report["modes"]["soft"]
    lines = [f"{'field':<24} {'strict P':>8} {'R':>6} {'F1':>6}   {'soft P':>8} {'R':>6} {'F1':>6}  {'n':>4}"]
    for name, s in strict["fields"].items():
        f = soft["fields"][name]
        support = f["tp"] + f["fn"]
        lines.append(f"{name:<24} {s['precision']:>8.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}   {f['precision']:>8.3f} {f['recall']:>6.3f} {f['f1']:>6.3f}  {support:>4}")
    lines.append(f"{'micro':<24} {strict['micro']['precision']:>8.3f} {strict['micro']['recall']:>6.3f} {strict['micro']['f1']:>6.3f}   {soft['micro']['precision']:>8.3f} {soft['micro']['recall']:>6.3f} {soft['micro']['f1']:>6.3f}")
    lines.append(f"{'macro F1':<24} {strict['macro_f1']:>22.3f}   {soft['macro_f1']:>22.3f}")
    lines.append(f"{'whole-record accuracy':<24} {strict['whole_record_accuracy']:>22.3f}   {soft['whole_record_accuracy']:>22.3f}")
    lines.append(f"documents: {report['documents']}" + (f"; missing predictions: {', '.join(report['missing_predictions'])}" if report["missing_predictions"] else ""))
    return "\n".join(lines)


def format_errors(report: dict, mode: str = "soft") -> str:
    lines = []
    for doc_id, modes in sorted(report["per_document"].items()):
        data = modes[mode]
        lines.append(f"{doc_id}  F1 {data['f1']:.3f}")
        for name, errors in data["errors"].items():
            if errors["misses"]:
                lines.append(f"  {name:<22} missed: {'; '.join(map(str, errors['misses']))[:300]}")
            if errors["false_alarms"]:
                lines.append(f"  {name:<22} false alarms: {'; '.join(map(str, errors['false_alarms']))[:300]}")
    return "\n".join(lines)


def run_evaluation(gold_dir: Path, pred_dir: Path, json_path: Path | None, min_f1: float | None, show_errors: bool = False, baseline: bool = False) -> int:
    try:
        gold, pred = load_records(gold_dir), load_records(pred_dir)
    except ValueError as error:
        print(f"communique: {error}", file=sys.stderr)
        return 2
    if not gold:
        print(f"communique: {gold_dir}: no gold files", file=sys.stderr)
        return 2
    report = evaluate(gold, pred)
    print(format_table(report))
    if baseline:
        roots = [Path.cwd(), Path.cwd().parent / "shared", Path(__file__).resolve().parents[2] / "shared"]
        bare = baseline_predictions(gold, roots)
        ours = entity_scores(gold, {k: v for k, v in pred.items() if k in bare})
        theirs = entity_scores(gold, bare)
        report["baseline"] = {"documents": len(bare), "ours": ours, "bare_model": theirs}
        print(f"\nentity F1 (soft) on {len(bare)} documents: ours {ours['all']['f1']:.3f}, bare fr_core_news_sm NER {theirs['all']['f1']:.3f}")
        for label in LABELS:
            print(f"  {label:<5} ours {ours[label]['f1']:.3f}   bare {theirs[label]['f1']:.3f}")
    if show_errors:
        print()
        print(format_errors(report))
    if json_path:
        from pipeline.assemble import write_atomic

        write_atomic(json_path, json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    if min_f1 is not None and report["modes"]["soft"]["micro"]["f1"] < min_f1:
        print(f"communique: soft micro-F1 {report['modes']['soft']['micro']['f1']:.3f} is below --min-f1 {min_f1}", file=sys.stderr)
        return 4
    return 0


def baseline_predictions(gold: dict[str, dict], roots: list[Path]) -> dict[str, dict]:
    """Entities of the bare fr_core_news_sm NER (its spans merged by text) on each gold document's
    source, for the baseline row of the report. Sources that cannot be found are left out."""
    import spacy

    from pipeline.errors import InputError
    from pipeline.nlp import MODEL
    from pipeline.readers import read_document

    sources = {}
    for doc_id, record in gold.items():
        relative = record.get("document", {}).get("source", "")
        for root in roots:
            candidate = root / relative
            if relative and candidate.is_file():
                try:
                    sources[doc_id] = read_document(candidate).text
                except InputError:
                    pass
                break
    nlp = spacy.load(MODEL)
    predictions = {}
    for doc_id, doc in zip(sources, nlp.pipe(sources.values())):
        merged: dict[tuple[str, str], dict] = {}
        for ent in doc.ents:
            merged.setdefault((ent.text, ent.label_), {"name": ent.text, "label": ent.label_, "aliases": []})
        predictions[doc_id] = {"document": {"id": doc_id}, "entities": list(merged.values())}
    return predictions


def entity_scores(gold: dict[str, dict], pred: dict[str, dict], mode: str = "soft") -> dict:
    """Entity precision/recall/F1 per label and overall, over the documents that have a prediction."""
    totals: dict[str, Counts] = defaultdict(Counts)
    for doc_id in pred:
        for label in LABELS:
            counts = compare_entities(gold[doc_id].get("entities", []), pred[doc_id].get("entities", []), label, mode)
            totals[label].add(counts)
            totals["all"].add(counts)
    return {label: counts.as_dict() for label, counts in totals.items()}
