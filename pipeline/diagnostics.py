"""Where entity labels and boundaries go wrong, and how tune and check documents compare.

The per-label scores say *that* an entity was missed; these say *why*. Entities are matched by
span, whatever their label (a predicted and a gold entity match when they share a name or alias),
which gives a confusion matrix over PER/ORG/LOC/MISC/none. What is left unmatched on both sides is
then paired by overlap: a prediction that holds a gold name and more is over-extended ("Commission
européenne en matière"), one that holds part of it is under-extended ("Jean Le" for "Jean Le
Goff"). Those are boundary errors, counted apart from plain misses and false alarms.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.evaluate.matching import LABELS, Counts, normalize

NONE = "none"
CLASSES = (*LABELS, NONE)


def _names(entity: dict, mode: str) -> set[str]:
    return {normalize(n, mode) for n in [entity.get("name"), *entity.get("aliases", [])] if n}


def _contains(longer: str, shorter: str) -> bool:
    """Whole words of `shorter` inside `longer` ('jean le' in 'jean le goff')."""
    return longer != shorter and f" {shorter} " in f" {longer} "


def _overlap(pred: set[str], gold: set[str]) -> str | None:
    """'over' when a predicted name holds a gold name, 'under' when it is held by one."""
    if any(_contains(p, g) for p in pred for g in gold):
        return "over"
    if any(_contains(g, p) for p in pred for g in gold):
        return "under"
    return None


def entity_diagnostics(gold: list[dict], pred: list[dict], mode: str = "soft") -> dict:
    """Confusion counts (gold label -> predicted label, 'none' for no entity), boundary errors and
    the any-label score of one document's entities."""
    confusion = {g: dict.fromkeys(CLASSES, 0) for g in CLASSES}
    gold_names = [_names(e, mode) for e in gold]
    pred_names = [_names(e, mode) for e in pred]
    used_gold: set[int] = set()
    unmatched_pred = []
    for p, entity in enumerate(pred):
        match = next(
            (g for g in range(len(gold)) if g not in used_gold and gold_names[g] & pred_names[p]), None
        )
        if match is None:
            unmatched_pred.append(p)
        else:
            used_gold.add(match)
            confusion[gold[match]["label"]][entity["label"]] += 1
    boundaries = {"over": [], "under": []}
    left_gold = [g for g in range(len(gold)) if g not in used_gold]
    for p in unmatched_pred:
        kind, match = None, None
        for g in left_gold:
            kind = _overlap(pred_names[p], gold_names[g])
            if kind:
                match = g
                break
        if match is None:
            confusion[NONE][pred[p]["label"]] += 1
        else:
            left_gold.remove(match)
            boundaries[kind].append({"gold": gold[match]["name"], "pred": pred[p]["name"]})
    for g in left_gold:
        confusion[gold[g]["label"]][NONE] += 1
    matched = len(used_gold)
    any_label = Counts(tp=matched, fp=len(pred) - matched, fn=len(gold) - matched)
    return {"confusion": confusion, "boundary": boundaries, "any_label": any_label}


def corpus_diagnostics(gold: dict[str, dict], pred: dict[str, dict], mode: str = "soft") -> dict:
    """entity_diagnostics summed over documents: the matrix, boundary error counts with examples,
    and the any-label precision, recall and F1."""
    confusion = {g: dict.fromkeys(CLASSES, 0) for g in CLASSES}
    boundary = {"over": [], "under": []}
    any_label = Counts()
    for doc_id, gold_record in gold.items():
        result = entity_diagnostics(
            gold_record.get("entities", []), pred.get(doc_id, {}).get("entities", []), mode
        )
        for g in CLASSES:
            for p in CLASSES:
                confusion[g][p] += result["confusion"][g][p]
        for kind in boundary:
            boundary[kind] += [dict(item, document=doc_id) for item in result["boundary"][kind]]
        any_label.add(result["any_label"])
    return {
        "confusion": confusion,
        "boundary_errors": {kind: len(items) for kind, items in boundary.items()},
        "boundary_examples": boundary,
        "any_label": any_label.as_dict(),
    }


def format_diagnostics(diagnostics: dict) -> str:
    """The confusion matrix (rows: gold, columns: predicted) and the boundary counts, as text."""
    header = f"{'gold/pred':<12}" + "".join(f"{c:>7}" for c in CLASSES)
    lines = ["entity labels, matched by span (rows gold, columns predicted):", header]
    for g in CLASSES:
        lines.append(f"{g:<12}" + "".join(f"{diagnostics['confusion'][g][p]:>7}" for p in CLASSES))
    counts = diagnostics["boundary_errors"]
    any_label = diagnostics["any_label"]
    lines.append(
        f"boundary errors: {counts['over']} over-extended, {counts['under']} under-extended; "
        f"entities any label: P {any_label['precision']:.3f} R {any_label['recall']:.3f} "
        f"F1 {any_label['f1']:.3f}"
    )
    return "\n".join(lines)


def load_split(path: Path) -> dict[str, str]:
    """split.json's documents ('text/x.txt' -> 'tune' or 'check')."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        documents = data["documents"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{path}: not a split file ({error})") from None
    if not isinstance(documents, dict):
        raise ValueError(f"{path}: documents: not an object")
    return documents


def split_of(record: dict, split: dict[str, str]) -> str | None:
    """A gold record's side, from its source path ('corpus/pdf/x.pdf' is 'pdf/x.pdf' in the split)."""
    source = record.get("document", {}).get("source") or ""
    return split.get(source.removeprefix("corpus/"))


def _entity_f1(report: dict, mode: str) -> float:
    """F1 over all entity labels together, a prediction right only with the gold's label."""
    total = Counts()
    for name, counts in report["modes"][mode]["fields"].items():
        if name.startswith("entities."):
            total.add(Counts(tp=counts["tp"], fp=counts["fp"], fn=counts["fn"]))
    return total.f1


def format_split_table(reports: dict[str, dict], mode: str = "soft") -> str:
    """Per-field F1 of each side next to each other, then micro-F1, the any-label entity score and
    the tune-check gap."""
    sides = list(reports)
    names = sorted({n for r in reports.values() for n in r["modes"][mode]["fields"]})
    lines = [f"{'field (' + mode + ' F1)':<24}" + "".join(f"{s:>10}" for s in sides)]
    for name in names:
        cells = []
        for side in sides:
            counts = reports[side]["modes"][mode]["fields"].get(name)
            support = counts and counts["tp"] + counts["fn"] + counts["fp"]
            cells.append(f"{counts['f1']:>10.3f}" if support else f"{'-':>10}")
        lines.append(f"{name:<24}" + "".join(cells))
    lines.append(
        f"{'micro':<24}" + "".join(f"{reports[s]['modes'][mode]['micro']['f1']:>10.3f}" for s in sides)
    )
    lines.append(
        f"{'entities label strict':<24}" + "".join(f"{_entity_f1(reports[s], mode):>10.3f}" for s in sides)
    )
    lines.append(
        f"{'entities any label':<24}"
        + "".join(f"{reports[s]['diagnostics']['any_label']['f1']:>10.3f}" for s in sides)
    )
    lines.append(f"{'documents':<24}" + "".join(f"{reports[s]['documents']:>10}" for s in sides))
    if "tune" in reports and "check" in reports:
        gap = reports["tune"]["modes"][mode]["micro"]["f1"] - reports["check"]["modes"][mode]["micro"]["f1"]
        lines.append(f"tune - check gap on micro-F1: {gap:+.3f}")
    return "\n".join(lines)
