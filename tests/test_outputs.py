"""The committed dataset: valid against the schema, every span consistent, equal to a fresh run."""

import json

import pytest
from conftest import ROOT, SAMPLES

from pipeline.assemble import validate
from pipeline.dataset import is_record_file

OUTPUTS = sorted(p for p in (ROOT / "outputs").glob("*.json") if is_record_file(p))


def spans(record: dict):
    for name, span in record["metadata"]["evidence"].items():
        yield f"metadata.{name}", span
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            yield "entity", mention
    for date in record["dates"]:
        yield "date", date
    for contact in record["contacts"]:
        yield "contact", {**contact, "text": None}
        for span in contact["evidence"]:
            yield "contact.evidence", span
    for theme in record["themes"]:
        for span in theme["evidence"]:
            yield "theme", span
    for quote in record["quotes"]:
        yield "quote", quote
        if quote["speaker_span"]:
            yield "quote.speaker", quote["speaker_span"]


def test_there_is_a_dataset():
    assert OUTPUTS, "outputs/ is empty: run `communique regenerate`"


@pytest.mark.parametrize("path", OUTPUTS, ids=lambda p: p.name)
def test_output_is_valid_and_spans_are_consistent(path):
    record = json.loads(path.read_text(encoding="utf-8"))
    validate(record)
    text = record["document"]["text"]
    for kind, span in spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(text), kind
        if span.get("text") is not None:
            assert text[span["start"] : span["end"]] == span["text"], kind


def test_outputs_match_a_fresh_run(tmp_path, nlp, monkeypatch):
    from pipeline.planning import iter_inputs
    from pipeline.process import process

    monkeypatch.chdir(ROOT)
    inputs = [p.relative_to(ROOT) for p in iter_inputs([SAMPLES]) if "gold" not in p.parts]
    outcomes = process(inputs, tmp_path)
    assert all(o.status == "written" for o in outcomes), [o.reason for o in outcomes]
    fresh = sorted(p.name for p in tmp_path.glob("*.json"))
    assert fresh == [p.name for p in OUTPUTS]
    for name in fresh:
        assert json.loads((tmp_path / name).read_text()) == json.loads(
            (ROOT / "outputs" / name).read_text()
        ), f"outputs/{name} is stale: run `communique regenerate`"
