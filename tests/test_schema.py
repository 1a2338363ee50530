import json

import pytest
from conftest import ROOT
from jsonschema import Draft202012Validator

from pipeline.assemble import inline_references, validate
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
