"""Accuracy against hand-labelled gold: per-field precision, recall and F1, strict and soft.

Matching (GROBID's way): strict compares values with whitespace collapsed; soft also folds case,
accents and punctuation. Metadata is scored field by field; entities per label at entity level
(a prediction matches a gold entity when one of its names or aliases equals one of the gold's);
dates on ISO value; contacts per attribute; themes as IPTC Media Topics at levels 1 and 2;
quotes on text and on speaker.
Whole-record accuracy counts documents where every field is right.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
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

    def add(self, other: Counts) -> None:
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
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def compare_bags(gold: list[str], pred: list[str], mode: str) -> Counts:
    """Multiset comparison of values."""
    gold_bag = Counter(normalize(v, mode) for v in gold if v not in (None, ""))
    pred_bag = Counter(normalize(v, mode) for v in pred if v not in (None, ""))
    common = gold_bag & pred_bag
    counts = Counts(
        tp=sum(common.values()), fp=sum((pred_bag - common).values()), fn=sum((gold_bag - common).values())
    )
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
        match = next(
            (i for i, g in enumerate(gold_items) if i not in used and names(g) & names(entity)), None
        )
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


def topics_at_level(codes: list[str], level: int) -> list[str]:
    """The distinct Media Topics at `level` that the given topics are, or sit under."""
    from pipeline.extractors.mediatopics import at_level, tree

    known = tree()
    return sorted({q for c in codes if c in known and (q := at_level(c, level))})


def gold_topics(gold: dict) -> list[str]:
    """The gold's Media Topics; an output record playing the gold gives its themes' qcodes, and gold
    labelled before Media Topics is read through the thin layer mapping the former themes onto them."""
    if gold.get("media_topics"):
        return gold["media_topics"]
    from pipeline.extractors.mediatopics import legacy_layer

    return [legacy_layer().get(t["id"], t["id"]) for t in gold.get("themes", [])]


def compare_themes(gold: dict, pred: dict, mode: str) -> dict[str, Counts]:
    """Themes at Media Topic levels 1 and 2; a gold with no topic at all is not scored on themes."""
    codes = gold_topics(gold)
    if not codes:
        return {}
    predicted = [t["id"] for t in pred.get("themes", [])]
    return {
        f"themes.level{level}": compare_bags(
            topics_at_level(codes, level), topics_at_level(predicted, level), mode
        )
        for level in (1, 2)
    }


def score_document(gold: dict, pred: dict, mode: str) -> dict[str, Counts]:
    """Counts per field for one document."""
    fields: dict[str, Counts] = {}
    gold_meta, pred_meta = gold.get("metadata") or {}, pred.get("metadata") or {}
    for name in METADATA_FIELDS:
        fields[f"metadata.{name}"] = compare_bags([gold_meta.get(name)], [pred_meta.get(name)], mode)
    for label in LABELS:
        fields[f"entities.{label}"] = compare_entities(
            gold.get("entities", []), pred.get("entities", []), label, mode
        )
    fields["dates"] = compare_bags(
        [d["value"] for d in gold.get("dates", [])], [d["value"] for d in pred.get("dates", [])], mode
    )
    for name in CONTACT_FIELDS:

        def values(record: dict, name: str = name) -> list[str]:
            out: list[str] = []
            for contact in record.get("contacts", []):
                value = contact.get(name)
                out.extend(value if isinstance(value, list) else [value])
            return out

        fields[f"contacts.{name}"] = compare_bags(values(gold), values(pred), mode)
    fields.update(compare_themes(gold, pred, mode))
    fields["quotes.text"] = compare_bags(
        [q["text"] for q in gold.get("quotes", [])], [q["text"] for q in pred.get("quotes", [])], mode
    )
    fields["quotes.speaker"] = compare_bags(
        [q.get("speaker") for q in gold.get("quotes", [])],
        [q.get("speaker") for q in pred.get("quotes", [])],
        mode,
    )
    return fields


def _read_record(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not a readable JSON file ({error})") from None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("document"), dict)
        or "id" not in data["document"]
    ):
        raise ValueError(f"{path}: document.id: missing (not a gold or output record)")
    return data


def _read_gold(path: Path) -> dict:
    """A hand-labelled gold file, or an output record playing the gold (e.g. text against PDF)."""
    from pipeline.gold import load_gold

    data = _read_record(path)
    if "schema_version" in data and "pipeline" in data:
        from pipeline.assemble import validate

        try:
            validate(data)
        except ValueError as error:
            raise ValueError(f"{path}: {error}") from None
        return data
    return load_gold(path)


def load_records(folder: Path, gold: bool = False) -> dict[str, dict]:
    """JSON records directly in a folder (not its subfolders, not our `_manifest.json`), by document id.
    Gold files are checked field by field: a malformed one is an error naming the field."""
    records = {}
    for path in sorted(folder.glob("*.json")):
        if not path.name.startswith(("_", ".")):
            data = _read_gold(path) if gold else _read_record(path)
            records[data["document"]["id"]] = data
    return records


def load_gold_tree(folder: Path) -> dict[str, dict]:
    """Gold files in folder and its subfolders, keyed by their path without suffix ("pdf/x" for pdf/x.json):
    the text and the PDF rendering of one release are two gold documents."""
    return {
        path.relative_to(folder).with_suffix("").as_posix(): _read_gold(path)
        for path in sorted(folder.rglob("*.json"))
        if not path.name.startswith(("_", "."))
    }


def source_roots(explicit: Path | None = None) -> list[Path]:
    """Where a gold file's `document.source` (e.g. corpus/text/x.txt) is looked for."""
    if explicit:
        return [explicit]
    return [Path.cwd(), Path.cwd().parent / "shared", Path(__file__).resolve().parents[2] / "shared"]


def resolve_source(record: dict, roots: list[Path]) -> Path | None:
    relative = record.get("document", {}).get("source", "")
    for root in roots:
        if relative and (root / relative).is_file():
            return root / relative
    return None


def predict_from_sources(
    gold: dict[str, dict], roots: list[Path], jobs: int = 1
) -> tuple[dict[str, dict], list[str]]:
    """Run the pipeline on each gold document's source; returns predictions by gold key and the keys
    whose source is absent. A changed source (sha256 differs from the gold's) is reported."""
    import tempfile

    from pipeline.process import process_iter

    keys_by_path: dict[str, str] = {}
    absent = []
    for key, record in gold.items():
        source = resolve_source(record, roots)
        if source is None:
            absent.append(key)
        else:
            keys_by_path[str(source)] = key
    predictions: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="communique-eval-") as folder:
        for outcome in process_iter([Path(p) for p in keys_by_path], Path(folder), jobs=jobs, force=True):
            key = keys_by_path[outcome.path]
            if outcome.status == "failed":
                print(f"communique: {outcome.path}: {outcome.reason}", file=sys.stderr)
                continue
            record = json.loads(Path(outcome.output).read_text(encoding="utf-8"))
            expected = gold[key]["document"].get("sha256")
            if expected and record["document"]["sha256"] != expected:
                print(
                    f"communique: warning: {outcome.path} differs from the version the gold was labelled on",
                    file=sys.stderr,
                )
            predictions[key] = record
    return predictions, absent


def gold_sha256(folder: Path, recursive: bool = True) -> str:
    """One hash over the gold files that are scored (names and bytes): floors are only comparable on
    the same gold. Scoring --pred reads the folder's own files; running on sources reads subfolders too."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.json") if recursive else folder.glob("*.json")):
        if not path.name.startswith(("_", ".")):
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def floor_scores(report: dict, mode: str = "soft") -> dict[str, float]:
    """The numbers a floors file guards: micro-F1 and every field's F1 that has gold support."""
    data = report["modes"][mode]
    scores = {"micro": data["micro"]["f1"]}
    for name, counts in data["fields"].items():
        if counts["tp"] + counts["fn"]:
            scores[name] = counts["f1"]
    return scores


def check_floors(report: dict, floors: dict, gold_hash: str) -> list[str]:
    """Every way the report falls short of the floors file (empty when the gate passes)."""
    if floors.get("gold_sha256") != gold_hash:
        return [
            "the gold files changed since the floors were set: re-measure and re-baseline with --raise-floors"
        ]
    scores = floor_scores(report, floors.get("mode", "soft"))
    return [
        f"{name}: F1 {scores.get(name, 0.0):.3f} is below its floor {floor:.3f}"
        for name, floor in sorted(floors["floors"].items())
        if scores.get(name, 0.0) + 1e-9 < floor
    ]


def raise_floors(report: dict, floors: dict | None, gold_hash: str, gold_dir: Path) -> dict:
    """Floors only move up: each becomes max(old, measured). New gold files re-baseline them."""
    previous = floors["floors"] if floors and floors.get("gold_sha256") == gold_hash else {}
    measured = {name: math.floor(value * 1000) / 1000 for name, value in floor_scores(report).items()}
    return {
        "gold": gold_dir.as_posix(),
        "gold_sha256": gold_hash,
        "mode": "soft",
        "note": (
            "Regression gate: CI fails when a field's F1 on the corpus "
            "falls below its floor. Floors only move up (`communique "
            "evaluate --gold ... --floors FILE --raise-floors`); a "
            "change of the gold files re-baselines them, visibly in "
            "review."
        ),
        "floors": {name: max(value, previous.get(name, 0.0)) for name, value in sorted(measured.items())},
    }


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


def format_table(report: dict) -> str:
    strict, soft = report["modes"]["strict"], report["modes"]["soft"]
    lines = [f"{'field':<24} {'strict P':>8} {'R':>6} {'F1':>6}   {'soft P':>8} {'R':>6} {'F1':>6}  {'n':>4}"]
    for name, s in strict["fields"].items():
        f = soft["fields"][name]
        support = f["tp"] + f["fn"]
        lines.append(
            f"{name:<24} {s['precision']:>8.3f} {s['recall']:>6.3f} "
            f"{s['f1']:>6.3f}   {f['precision']:>8.3f} {f['recall']:>6.3f} "
            f"{f['f1']:>6.3f}  {support:>4}"
        )
    lines.append(
        f"{'micro':<24} {strict['micro']['precision']:>8.3f} {strict['micro']['recall']:>6.3f} "
        f"{strict['micro']['f1']:>6.3f}   {soft['micro']['precision']:>8.3f} "
        f"{soft['micro']['recall']:>6.3f} {soft['micro']['f1']:>6.3f}"
    )
    lines.append(f"{'macro F1':<24} {strict['macro_f1']:>22.3f}   {soft['macro_f1']:>22.3f}")
    lines.append(
        f"{'whole-record accuracy':<24} {strict['whole_record_accuracy']:>22.3f} "
        f"  {soft['whole_record_accuracy']:>22.3f}"
    )
    lines.append(
        f"documents: {report['documents']}"
        + (
            f"; missing predictions: {', '.join(report['missing_predictions'])}"
            if report["missing_predictions"]
            else ""
        )
    )
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
                lines.append(
                    f"  {name:<22} false alarms: {'; '.join(map(str, errors['false_alarms']))[:300]}"
                )
    return "\n".join(lines)


def run_evaluation(args: argparse.Namespace) -> int:
    """`communique evaluate`: score --pred against --gold, or run the pipeline on the gold's sources."""
    try:
        gold = load_gold_tree(args.gold) if args.pred is None else load_records(args.gold, gold=True)
        pred = load_records(args.pred) if args.pred is not None else None
    except ValueError as error:
        print(f"communique: {error}", file=sys.stderr)
        return 2
    if not gold:
        print(f"communique: {args.gold}: no gold files", file=sys.stderr)
        return 2
    roots = source_roots(args.sources)
    if pred is None:
        pred, absent = predict_from_sources(gold, roots, args.jobs)
        if absent:
            print(
                (
                    f"communique: {len(absent)} of {len(gold)} gold documents "
                    f"have no source under {', '.join(map(str, roots))}; "
                    "they are left out"
                ),
                file=sys.stderr,
            )
            gold = {k: v for k, v in gold.items() if k not in absent}
        if not gold:
            return 2
    from pipeline.diagnostics import corpus_diagnostics, format_diagnostics, format_split_table

    report = evaluate(gold, pred)
    report["diagnostics"] = corpus_diagnostics(gold, pred)
    print(format_table(report))
    print()
    print(format_diagnostics(report["diagnostics"]))
    if args.split:
        try:
            report["split"] = split_reports(gold, pred, args.split)
        except ValueError as error:
            print(f"communique: {error}", file=sys.stderr)
            return 2
        print()
        print(format_split_table(report["split"]))
    if args.baseline:
        bare = baseline_predictions(gold, roots)
        ours = entity_scores(gold, {k: v for k, v in pred.items() if k in bare})
        theirs = entity_scores(gold, bare)
        report["baseline"] = {"documents": len(bare), "ours": ours, "bare_model": theirs}
        print(
            f"\nentity F1 (soft) on {len(bare)} documents: ours {ours['all']['f1']:.3f}, "
            f"bare fr_core_news_sm NER {theirs['all']['f1']:.3f}"
        )
        for label in LABELS:
            print(f"  {label:<5} ours {ours[label]['f1']:.3f}   bare {theirs[label]['f1']:.3f}")
    if args.errors:
        print()
        print(format_errors(report))
    from pipeline.assemble import write_atomic

    if args.json:
        write_atomic(args.json, json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    if getattr(args, "html", None):
        from pipeline.review.report import write_report

        folder = write_report(args.html, report, gold, pred)
        print(f"communique: report written to {args.html}, reviews in {folder}/", file=sys.stderr)
    status = 0
    if args.min_f1 is not None and report["modes"]["soft"]["micro"]["f1"] < args.min_f1:
        print(
            (
                f"communique: soft micro-F1 {report['modes']['soft']['micro']['f1']:.3f} "
                f"is below --min-f1 {args.min_f1}"
            ),
            file=sys.stderr,
        )
        status = 4
    if args.floors:
        floors = json.loads(args.floors.read_text(encoding="utf-8")) if args.floors.exists() else None
        gold_hash = gold_sha256(args.gold, recursive=args.pred is None)
        if args.raise_floors:
            write_atomic(
                args.floors, json.dumps(raise_floors(report, floors, gold_hash, args.gold), indent=1) + "\n"
            )
            print(f"communique: floors written to {args.floors}", file=sys.stderr)
        elif floors is None:
            print(
                f"communique: {args.floors}: no floors file (create it with --raise-floors)", file=sys.stderr
            )
            return 2
        else:
            for failure in check_floors(report, floors, gold_hash):
                print(f"communique: regression: {failure}", file=sys.stderr)
                status = 4
    return status


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
