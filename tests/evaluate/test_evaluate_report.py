"""The report (pipeline.evaluate): micro averages, whole-record accuracy, themes by Media Topic
level, and missing predictions counted as misses."""

from pipeline.evaluate import evaluate


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
