"""The regression gate: per-field F1 floors that a change may not go below.

A floors file holds, for one gold (identified by a hash of its files), the soft F1 of every field
with gold support and the micro-F1. Floors only move up; a change of the gold files re-baselines
them, visibly in review.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path


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
