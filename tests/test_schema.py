import json

import pytest
from conftest import ROOT
from jsonschema import Draft202012Validator

from pipeline.assemble import (
    inline_references,
    merge_nullable,
    obviously_valid,
    schema_validator,
    validate,
    with_leaf_fast_path,
)
from pipeline.schema import generate_schema


def test_committed_schema_is_current():
    committed = json.loads((ROOT / "schemas" / "communique.schema.json").read_text(encoding="utf-8"))
    assert committed == generate_schema(), "schemas/ is stale: run `communique schema`"


def test_inlined_references_keep_the_constraints():
    schema = {
        "$defs": {
            "Span": {
                "type": "object",
                "properties": {"start": {"type": "integer", "minimum": 0}},
                "required": ["start"],
            },
            "Tree": {
                "type": "object",
                "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/Tree"}}},
            },
        },
        "type": "object",
        "properties": {
            "spans": {"type": "array", "items": {"$ref": "#/$defs/Span"}},
            "tree": {"$ref": "#/$defs/Tree"},
        },
    }
    inlined = inline_references(schema)
    assert inlined["properties"]["spans"]["items"]["required"] == ["start"]
    assert inlined["properties"]["tree"]["properties"]["children"]["items"] == {
        "$ref": "#/$defs/Tree"
    }  # recursion kept
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
            "location": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {"page": {"type": "integer", "minimum": 1}},
                        "required": ["page"],
                    },
                    {"type": "null"},
                ]
            },
            "kind": {"anyOf": [{"enum": ["a", "b"], "type": "string"}, {"type": "null"}]},
        },
    }
    merged = merge_nullable(schema)
    assert merged["properties"]["rule"] == {"type": ["string", "null"], "default": None}
    assert "anyOf" in merged["properties"]["kind"]  # an enum could refuse a null: left as it is
    original, simpler = Draft202012Validator(schema), Draft202012Validator(merged)
    for instance in [
        {},
        {"rule": None},
        {"rule": "x"},
        {"rule": 3},
        {"location": None},
        {"location": {"page": 2}},
        {"location": {"page": 0}},
        {"location": {}},
        {"location": "p. 2"},
        {"kind": None},
        {"kind": "c"},
        {"kind": "a"},
    ]:
        assert original.is_valid(instance) == simpler.is_valid(instance), instance


def test_the_validator_agrees_with_the_published_schema_on_real_records():
    published = Draft202012Validator(
        json.loads((ROOT / "schemas" / "communique.schema.json").read_text(encoding="utf-8"))
    )
    for path in sorted((ROOT / "outputs").glob("[!_]*.json"))[:3]:
        record = json.loads(path.read_text(encoding="utf-8"))
        assert published.is_valid(record) and schema_validator().is_valid(record)
        record["entities"][0]["mentions"][0]["rule"] = 7
        record["dates"][0]["location"] = {"page": 0}
        assert not published.is_valid(record) and not schema_validator().is_valid(record)


def test_obviously_valid_accepts_only_what_jsonschema_accepts():
    integer = {"type": "integer", "minimum": 0}
    assert obviously_valid(3, integer) and obviously_valid(0, integer)
    assert (
        not obviously_valid(-1, integer)
        and not obviously_valid(True, integer)
        and not obviously_valid("3", integer)
    )
    assert not obviously_valid(3.0, integer)  # valid for jsonschema too, but left to it
    assert obviously_valid(2, {"type": "number", "maximum": 2}) and not obviously_valid(
        2.5, {"type": "number", "maximum": 2}
    )
    assert obviously_valid(None, {"type": ["string", "null"]}) and not obviously_valid(
        None, {"type": "string"}
    )
    assert obviously_valid("PER", {"type": "string", "enum": ["PER", "ORG"]}) and not obviously_valid(
        "X", {"type": "string", "enum": ["PER"]}
    )
    assert not obviously_valid(
        "abc", {"type": "string", "maxLength": 2}
    )  # a keyword it does not know: jsonschema decides
    assert not obviously_valid({"a": 1}, {"type": "object"}) and not obviously_valid([1], {"type": "array"})


def _leaves(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))
    else:
        yield path


def _trimmed(node):
    """The record with every list cut to its first two items: each kind of item, quick to check."""
    if isinstance(node, dict):
        return {key: _trimmed(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_trimmed(value) for value in node[:2]]
    return node


def test_the_fast_path_reports_the_errors_jsonschema_reports():
    """Every leaf of a real record, broken in several ways: the same errors, at the same paths."""
    schema = schema_validator().schema
    stock, fast = Draft202012Validator(schema), with_leaf_fast_path(Draft202012Validator)(schema)
    record = _trimmed(
        json.loads((ROOT / "outputs" / "000_0146f9d8f82743d2.json").read_text(encoding="utf-8"))
    )

    def errors(validator, instance):
        return sorted(
            (list(e.absolute_path), list(e.absolute_schema_path), e.message)
            for e in validator.iter_errors(instance)
        )

    assert errors(stock, record) == errors(fast, record) == []
    checked = 0
    for path in _leaves(record):
        for bad in (-1, 1.5, "x", None, True, [], {}):
            broken = json.loads(json.dumps(record))
            parent = broken
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]] = bad
            assert errors(stock, broken) == errors(fast, broken), (path, bad)
            checked += 1
    assert checked > 500
