import json

import pytest
from conftest import ROOT
from jsonschema import Draft202012Validator

from pipeline.assemble import inline_references, merge_nullable, schema_validator, validate
from pipeline.schema import generate_schema


def test_committed_schema_is_current():
    committed = json.loads((ROOT / "schemas" / "communique.schema.json").read_text(encoding="utf-8"))
    assert committed == generate_schema(), "schemas/ is stale: run `communique schema`"


def test_inlined_references_keep_the_constraints():
    schema = {
        "$defs": {
            "Span": {"type": "object", "properties": {"start": {"type": "integer", "minimum": 0}}, "required": ["start"]},
            "Tree": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/Tree"}}}},
        },
        "type": "object",
        "properties": {"spans": {"type": "array", "items": {"$ref": "#/$defs/Span"}}, "tree": {"$ref": "#/$defs/Tree"}},
    }
    inlined = inline_references(schema)
    assert inlined["properties"]["spans"]["items"]["required"] == ["start"]
    assert inlined["properties"]["tree"]["properties"]["children"]["items"] == {"$ref": "#/$defs/Tree"}  # recursion kept
    validator = Draft202012Validator(inlined)
    assert validator.is_valid({"spans": [{"start": 3}], "tree": {"children": [{"children": []}]}})
    assert not validator.is_valid({"spans": [{"start": -1}]})
    assert not validator.is_valid({"tree": {"children": [{"children": 3}]}})


def test_validate_names_the_failing_field():
    record = json.loads((ROOT / "outputs" / "000_0146f9d8f82743d2.json").read_text(encoding="utf-8"))
    validate(record)
    record["dates"][0]["start"] = -5
    with pytest.raises(ValueError, match=r"dates/0/start"):
        validate(record)


def test_merged_nullable_fields_accept_and_refuse_what_the_schema_does():
    schema = {
        "type": "object",
        "properties": {
            "rule": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None},
            "location": {"anyOf": [{"type": "object", "properties": {"page": {"type": "integer", "minimum": 1}}, "required": ["page"]}, {"type": "null"}]},
            "kind": {"anyOf": [{"enum": ["a", "b"], "type": "string"}, {"type": "null"}]},
        },
    }
    merged = merge_nullable(schema)
    assert merged["properties"]["rule"] == {"type": ["string", "null"], "default": None}
    assert "anyOf" in merged["properties"]["kind"]  # an enum could refuse a null: left as it is
    original, simpler = Draft202012Validator(schema), Draft202012Validator(merged)
    for instance in [{}, {"rule": None}, {"rule": "x"}, {"rule": 3}, {"location": None}, {"location": {"page": 2}},
                     {"location": {"page": 0}}, {"location": {}}, {"location": "p. 2"}, {"kind": None}, {"kind": "c"}, {"kind": "a"}]:
        assert original.is_valid(instance) == simpler.is_valid(instance), instance


def test_the_validator_agrees_with_the_published_schema_on_real_records():
    published = Draft202012Validator(json.loads((ROOT / "schemas" / "communique.schema.json").read_text(encoding="utf-8")))
    for path in sorted((ROOT / "outputs").glob("[!_]*.json"))[:3]:
        record = json.loads(path.read_text(encoding="utf-8"))
        assert published.is_valid(record) and schema_validator().is_valid(record)
        record["entities"][0]["mentions"][0]["rule"] = 7
        record["dates"][0]["location"] = {"page": 0}
        assert not published.is_valid(record) and not schema_validator().is_valid(record)
