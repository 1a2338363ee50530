import json

import pytest

from pipeline.evaluate import Counts, compare_bags, compare_entities, evaluate, normalize


def record(doc_id="d", **fields):
    base = {
        "document": {"id": doc_id},
        "metadata": {},
        "entities": [],
        "dates": [],
        "contacts": [],
        "themes": [],
        "quotes": [],
    }
    base.update(fields)
    return base


def test_counts_arithmetic():
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_bags_are_multisets():
    counts = compare_bags(["2018", "2018", "2020-06"], ["2018", "2019"], "strict")
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 2)


def test_soft_folds_case_accents_punctuation():
    assert normalize("Secrétariat d’État.", "soft") == normalize("SECRETARIAT D'ETAT", "soft")
    assert compare_bags(["Préfecture du Gard"], ["prefecture du gard"], "strict").tp == 0
    assert compare_bags(["Préfecture du Gard"], ["prefecture du gard"], "soft").tp == 1


def test_entities_match_on_any_alias_one_to_one():
    gold = [{"name": "Partenariat mondial sur l'IA", "label": "ORG", "aliases": ["PMIA", "GPAI"]}]
    pred = [
        {"name": "PMIA", "label": "ORG", "aliases": []},
        {"name": "GPAI", "label": "ORG", "aliases": []},
        {"name": "PMIA", "label": "LOC", "aliases": []},
    ]
    org = compare_entities(gold, pred, "ORG", "soft")
    assert (org.tp, org.fp, org.fn) == (1, 1, 0)
    assert compare_entities(gold, pred, "LOC", "soft").fp == 1


def test_report_micro_and_whole_record():
    gold = {
        "a": record(
            "a", metadata={"date": "2020-06-15"}, media_topics=["medtop:07000000", "medtop:20000446"]
        ),
        "b": record("b", metadata={"date": "2021-01-01"}),
    }
    epidemic, economy = {"id": "medtop:20000449"}, {"id": "medtop:04000000"}  # levels 4 and 1
    pred = {
        "a": record("a", metadata={"date": "2020-06-15"}, themes=[epidemic, economy]),
        "b": record("b", metadata={"date": "2021-01-01"}, themes=[economy]),
    }
    report = evaluate(gold, pred)
    soft = report["modes"]["soft"]
    assert soft["micro"]["tp"] == 4 and soft["micro"]["fp"] == 1 and soft["micro"]["fn"] == 0
    assert soft["whole_record_accuracy"] == 0.5
    assert soft["fields"]["themes.level1"]["precision"] == 0.5
    assert soft["fields"]["themes.level2"]["f1"] == 1.0  # the epidemic topic sits under disease
    assert report["per_document"]["a"]["soft"]["errors"]["themes.level1"]["false_alarms"] == [
        "medtop 04000000"
    ]
    assert "themes.level1" not in report["per_document"]["b"]["soft"]["errors"]  # no topics in gold


def test_gold_labelled_with_former_themes_is_read_through_the_thin_layer():
    gold = {"a": record("a", themes=[{"id": "artificial_intelligence"}])}
    pred = {"a": record("a", themes=[{"id": "medtop:20001298"}])}
    fields = evaluate(gold, pred)["modes"]["strict"]["fields"]
    assert fields["themes.level1"]["f1"] == fields["themes.level2"]["f1"] == 1.0


def test_missing_prediction_counts_as_misses():
    report = evaluate({"a": record("a", metadata={"title": "Un titre"})}, {})
    assert report["missing_predictions"] == ["a"]
    assert report["modes"]["strict"]["fields"]["metadata.title"]["fn"] == 1


def test_evaluate_refuses_malformed_gold_naming_the_field(tmp_path, capsys):
    from pipeline.cli import main

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(
        json.dumps({"document": {"id": "a"}, "dates": [{"text": "15 juin", "value": "2020-13-45"}]})
    )
    assert main(["evaluate", "--gold", str(gold), "--pred", str(tmp_path)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"communique: {gold / 'a.json'}: dates[0]") and "\n" not in error
