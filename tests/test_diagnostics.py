"""Label confusion, boundary errors and the tune/check split of the evaluation report."""

import json

from pipeline.diagnostics import corpus_diagnostics, entity_diagnostics, format_split_table, split_of
from pipeline.evaluate import evaluate, split_reports


def entity(name, label, *aliases):
    return {"name": name, "label": label, "aliases": list(aliases)}


def test_a_span_found_with_the_wrong_label_is_a_confusion_not_a_miss():
    gold = [entity("Nordvolt", "ORG"), entity("Lyon", "LOC")]
    pred = [entity("Nordvolt", "MISC"), entity("Lyon", "LOC")]
    result = entity_diagnostics(gold, pred)
    assert result["confusion"]["ORG"]["MISC"] == 1
    assert result["confusion"]["LOC"]["LOC"] == 1
    assert result["any_label"].f1 == 1.0


def test_cut_and_run_on_names_are_boundary_errors():
    gold = [entity("Jean Le Goff", "PER"), entity("Commission européenne", "ORG"), entity("Rennes", "LOC")]
    pred = [entity("Jean Le", "PER"), entity("Commission européenne en matière", "ORG")]
    result = entity_diagnostics(gold, pred)
    assert [b["gold"] for b in result["boundary"]["under"]] == ["Jean Le Goff"]
    assert [b["gold"] for b in result["boundary"]["over"]] == ["Commission européenne"]
    assert result["confusion"]["LOC"]["none"] == 1
    assert result["confusion"]["none"]["PER"] == 0


def test_an_entity_of_nothing_is_a_false_alarm_in_the_none_row():
    result = entity_diagnostics([], [entity("Découvrez", "MISC")])
    assert result["confusion"]["none"]["MISC"] == 1
    assert result["any_label"].precision == 0.0


def test_diagnostics_sum_over_documents():
    gold = {"a": {"entities": [entity("ACME", "ORG")]}, "b": {"entities": [entity("Paris", "LOC")]}}
    pred = {"a": {"entities": [entity("ACME", "PER")]}, "b": {"entities": []}}
    result = corpus_diagnostics(gold, pred)
    assert result["confusion"]["ORG"]["PER"] == 1
    assert result["confusion"]["LOC"]["none"] == 1
    assert result["any_label"]["recall"] == 0.5


def test_split_reports_put_each_document_on_its_side(tmp_path):
    split = tmp_path / "split.json"
    split.write_text(json.dumps({"documents": {"text/a.txt": "tune", "pdf/b.pdf": "check"}}))

    def record(source, title):
        return {"document": {"id": source, "source": source}, "metadata": {"title": title}}

    gold = {
        "a": record("corpus/text/a.txt", "Titre"),
        "b": record("corpus/pdf/b.pdf", "Titre"),
        "c": record("samples/c.txt", "Titre"),
    }
    pred = {"a": {"metadata": {"title": "Titre"}}, "b": {"metadata": {"title": "Autre"}}, "c": {}}
    assert split_of(gold["b"], json.loads(split.read_text())["documents"]) == "check"
    reports = split_reports(gold, pred, split)
    assert list(reports) == ["tune", "check", "unsplit"]
    assert reports["tune"]["modes"]["soft"]["fields"]["metadata.title"]["f1"] == 1.0
    assert reports["check"]["modes"]["soft"]["fields"]["metadata.title"]["f1"] == 0.0
    table = format_split_table(reports)
    assert "tune - check gap on micro-F1: +1.000" in table
    assert evaluate(gold, pred)["documents"] == 3
