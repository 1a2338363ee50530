"""Accuracy on the hand-labelled seed: the bar the issue sets (micro-F1 ≥ 0.95, every field ≥ 0.9)."""

from conftest import ROOT

from pipeline.evaluate import evaluate, load_records


def test_seed_accuracy(tmp_path, nlp):
    from pipeline.process import process

    process([ROOT / "samples" / "000_0146f9d8f82743d2.txt"], tmp_path)
    report = evaluate(load_records(ROOT / "samples" / "gold"), load_records(tmp_path))
    soft = report["modes"]["soft"]
    assert soft["micro"]["f1"] >= 0.95, soft["micro"]
    weak = {name: f["f1"] for name, f in soft["fields"].items() if f["tp"] + f["fn"] + f["fp"] and f["f1"] < 0.9}
    assert not weak, weak
