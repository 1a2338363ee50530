"""The dev set (tests/data/dev): invented releases by hands that do not write the rules, with their gold.

Every gold file loads, names its release by a path that exists, matches its bytes, and every span it gives
(mention, date, quote) is the release text at its offsets, so a reviewer can trust each label's place.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.gold import load_gold

DEV = ROOT / "tests" / "data" / "dev"
GOLD_FILES = sorted((DEV / "gold").glob("*.json"))


def spans(gold: dict):
    """Every (field path, span) the gold gives with offsets."""
    for i, entity in enumerate(gold.get("entities", [])):
        for j, mention in enumerate(entity["mentions"]):
            yield f"entities[{i}].mentions[{j}]", mention
    for i, date in enumerate(gold.get("dates", [])):
        yield f"dates[{i}]", date
    for i, quote in enumerate(gold.get("quotes", [])):
        yield f"quotes[{i}]", quote


def test_the_dev_set_is_not_empty():
    assert len(GOLD_FILES) >= 5


def test_every_release_has_its_gold():
    releases = {p.stem for p in (DEV / "releases").iterdir() if p.is_file()}
    assert releases == {p.stem for p in GOLD_FILES}


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem[:40] for p in GOLD_FILES])
def test_dev_gold_is_grounded_in_its_release(path: Path):
    gold = load_gold(path)
    assert gold == json.loads(path.read_text(encoding="utf-8"))
    document = gold["document"]
    assert document["id"] == path.stem
    source = ROOT / document["source"]
    assert source.parent == DEV / "releases" and source.stem == path.stem, document["source"]
    raw = source.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == document["sha256"], "sha256 does not match the release"
    text = raw.decode("utf-8")
    for where, span in spans(gold):
        if "start" in span:
            assert text[span["start"] : span["end"]] == span["text"], f"{where}: {span['text']!r}"
    for i, entity in enumerate(gold.get("entities", [])):
        assert entity["name"] not in entity["aliases"], f"entities[{i}]: the name is listed as an alias"
    assert gold["notes"].strip(), "notes say who labelled the file and how"
