"""The evaluation report as one HTML page: the figures of `communique evaluate`'s table and JSON,
with bars, the entity label confusion matrix, boundary errors, tune/check side by side, and a
sortable table of documents, each linking to its review page (written next to the report)."""

from __future__ import annotations

from pathlib import Path

from pipeline.review.site import environment, write_review


def _field_rows(report: dict) -> list[dict]:
    strict, soft = report["modes"]["strict"]["fields"], report["modes"]["soft"]["fields"]
    return [
        {
            "name": name,
            "strict": strict[name],
            "soft": soft[name],
            "support": soft[name]["tp"] + soft[name]["fn"],
        }
        for name in strict
    ]


def _matrix(diagnostics: dict) -> dict:
    """Rows (gold) and columns (predicted) of the confusion matrix, with a shade per cell."""
    confusion = diagnostics.get("confusion") or {}
    classes = list(confusion)
    peak = max((n for row in confusion.values() for n in row.values()), default=0) or 1
    rows = [
        {
            "gold": gold,
            "cells": [
                {
                    "count": confusion[gold].get(pred, 0),
                    "shade": round(confusion[gold].get(pred, 0) / peak, 3),
                }
                for pred in classes
            ],
        }
        for gold in classes
    ]
    return {"classes": classes, "rows": rows}


def _split_rows(split: dict, mode: str = "soft") -> dict:
    sides = list(split)
    names = sorted({n for side in split.values() for n in side["modes"][mode]["fields"]})
    rows = []
    for name in names:
        cells = []
        for side in sides:
            counts = split[side]["modes"][mode]["fields"].get(name)
            supported = counts and counts["tp"] + counts["fn"] + counts["fp"]
            cells.append(counts["f1"] if supported else None)
        rows.append({"name": name, "cells": cells})
    gap = None
    if "tune" in split and "check" in split:
        gap = split["tune"]["modes"][mode]["micro"]["f1"] - split["check"]["modes"][mode]["micro"]["f1"]
    return {"sides": sides, "rows": rows, "reports": split, "gap": gap}


def report_context(report: dict, links: dict[str, str]) -> dict:
    """What report.html needs, from the report dict that `evaluate` prints and writes as JSON."""
    documents = []
    for key, modes in sorted(report.get("per_document", {}).items()):
        soft_errors = modes["soft"]["errors"]
        documents.append(
            {
                "key": key,
                "href": links.get(key),
                "strict": modes["strict"]["f1"],
                "soft": modes["soft"]["f1"],
                "misses": sum(len(e["misses"]) for e in soft_errors.values()),
                "false_alarms": sum(len(e["false_alarms"]) for e in soft_errors.values()),
                "fields": sorted(soft_errors),
            }
        )
    diagnostics = report.get("diagnostics") or {}
    return {
        "report": report,
        "fields": _field_rows(report),
        "strict": report["modes"]["strict"],
        "soft": report["modes"]["soft"],
        "matrix": _matrix(diagnostics) if diagnostics else None,
        "diagnostics": diagnostics,
        "split": _split_rows(report["split"]) if report.get("split") else None,
        "baseline": report.get("baseline"),
        "documents": documents,
    }


def write_report(path: Path, report: dict, gold: dict[str, dict], pred: dict[str, dict]) -> Path:
    """Write the report page at path and the review of every scored document in <stem>-review/ beside
    it (with the gold), so each row of the report opens its document. Returns the review folder."""
    from pipeline.assemble import write_atomic

    folder = path.parent / f"{path.stem}-review"
    scored = {key: pred[key] for key in gold if key in pred}
    pages = write_review(scored, folder, {k: gold[k] for k in scored}, title="Review against the gold")
    links = {key: f"{folder.name}/{href}" for key, href in pages.items()}
    context = report_context(report, links)
    html = environment().get_template("report.html").render(context, review_index=f"{folder.name}/index.html")
    write_atomic(path, html)
    return folder
