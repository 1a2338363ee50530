"""The regression gate: on the real corpus, no field's F1 may fall below its floor in tests/floors/.

Floors only move up (`communique evaluate --gold G --floors F --raise-floors`); each file names the
gold folder it guards and the hash of its gold files. Skipped when ../shared/corpus is absent.
"""

import json

import pytest
from conftest import ROOT

from pipeline.evaluate import evaluate
from pipeline.evaluate.floors import check_floors, gold_sha256
from pipeline.evaluate.records import load_gold_tree, predict_from_sources, source_roots

GOLD = ROOT / "samples" / "gold" / "corpus"
FLOORS = [
    path
    for path in sorted((ROOT / "tests" / "floors").glob("*.json"))
    if json.loads(path.read_text(encoding="utf-8"))["gold"].startswith("samples/gold/corpus")
]


@pytest.fixture(scope="module")
def corpus_predictions(corpus, nlp):
    """The pipeline's records for every corpus gold document (text and PDF), computed once."""
    gold = load_gold_tree(GOLD)
    predictions, absent = predict_from_sources(gold, source_roots(corpus.parent))
    if absent:
        pytest.skip(f"corpus incomplete: no source for {', '.join(absent)}")
    return predictions


@pytest.mark.parametrize("floors_path", FLOORS, ids=lambda p: p.stem)
def test_no_field_falls_below_its_floor(floors_path, corpus_predictions):
    floors = json.loads(floors_path.read_text(encoding="utf-8"))
    gold_dir = ROOT / floors["gold"]
    prefix = gold_dir.relative_to(GOLD).as_posix()
    gold = load_gold_tree(gold_dir)
    predictions = {key: corpus_predictions[f"{prefix}/{key}" if prefix != "." else key] for key in gold}
    failures = check_floors(evaluate(gold, predictions), floors, gold_sha256(gold_dir))
    assert not failures, "\n".join(failures)


def test_every_floors_file_guards_a_gold_folder_of_the_corpus():
    assert FLOORS, "no floors file in tests/floors/"
    for path in FLOORS:
        floors = json.loads(path.read_text(encoding="utf-8"))
        assert (ROOT / floors["gold"]).resolve().is_relative_to(GOLD.resolve()), path.name
        assert floors["floors"].get("micro", 0) > 0, path.name
