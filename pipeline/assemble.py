"""From a processed Doc and its SourceDocument to a validated Record, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import lru_cache
from pathlib import Path
from typing import TextIO

import jsonschema
from spacy.tokens import Doc

from pipeline import __version__, resources
from pipeline.extractors.extensions import text_of
from pipeline.models import SCHEMA_VERSION, Record
from pipeline.readers.base import SourceDocument
from pipeline.screening import press_release_reasons

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "communique.schema.json"
PACKAGED_SCHEMA = "communique.schema.json"
TEMPORARY_SUFFIX = ".tmp"


@lru_cache(maxsize=1)
def schema_validator() -> jsonschema.protocols.Validator:
    """Validator for the committed schema (the repo's copy, or the one shipped in the package)."""
    if SCHEMA_PATH.exists():
        schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    else:
        schema = resources.load(PACKAGED_SCHEMA)
    cls = jsonschema.validators.validator_for(schema)
    return with_leaf_fast_path(cls)(merge_nullable(inline_references(schema)))


LEAF_KEYWORDS = frozenset({"type", "minimum", "maximum", "enum", "title", "description", "default"})
LEAF_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", type(None): "null"}


def obviously_valid(instance: object, schema: object) -> bool:
    """True only where jsonschema would find no error: a plain value (string, number, boolean,
    null) against a leaf schema of type, bounds and enum. Anything else is left to jsonschema."""
    if not isinstance(schema, dict) or not schema.keys() <= LEAF_KEYWORDS or "type" not in schema:
        return False
    kind = type(instance)
    name = LEAF_TYPES.get(kind)
    allowed = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    if name is None or not (name in allowed or (name == "integer" and "number" in allowed)):
        return False
    if kind in (int, float) and (
        instance < schema.get("minimum", instance) or instance > schema.get("maximum", instance)
    ):
        return False
    return "enum" not in schema or (kind is str and instance in schema["enum"])


def with_leaf_fast_path(cls: type) -> type:
    """cls, its `properties` and `items` keywords skipping the values obviously_valid accepts.
    A record holds thousands of plain values (offsets, texts, labels); jsonschema would build a
    child validator for each. Every other value goes through jsonschema's own keyword, so errors
    and their paths are unchanged (tests compare both on broken records)."""
    properties, items = cls.VALIDATORS["properties"], cls.VALIDATORS["items"]

    def leaf_properties(validator, schemas, instance, schema):
        if isinstance(instance, dict):
            schemas = {
                key: sub
                for key, sub in schemas.items()
                if key in instance and not obviously_valid(instance[key], sub)
            }
        return properties(validator, schemas, instance, schema)

    def leaf_items(validator, item_schema, instance, schema):
        if (
            isinstance(instance, list)
            and "prefixItems" not in schema
            and all(obviously_valid(item, item_schema) for item in instance)
        ):
            return iter(())
        return items(validator, item_schema, instance, schema)

    return jsonschema.validators.extend(cls, {"properties": leaf_properties, "items": leaf_items})


def inline_references(schema: dict) -> dict:
    """The same schema with each local `$ref` replaced by its definition, so that jsonschema does
    not resolve a reference for every one of a record's thousands of items (a third faster).
    A recursive reference stays a reference, and `$defs` is kept for it."""
    definitions = schema.get("$defs", {})

    def expand(node: object, open_refs: frozenset[str]) -> object:
        if isinstance(node, list):
            return [expand(item, open_refs) for item in node]
        if not isinstance(node, dict):
            return node
        name = node.get("$ref", "").removeprefix("#/$defs/")
        if len(node) == 1 and name in definitions and name not in open_refs:
            return expand(definitions[name], open_refs | {name})
        return {key: expand(value, open_refs) for key, value in node.items()}

    return expand(schema, frozenset())


NOT_VACUOUS_ON_NULL = frozenset(
    {
        "$ref",
        "$dynamicRef",
        "enum",
        "const",
        "not",
        "anyOf",
        "allOf",
        "oneOf",
        "if",
        "then",
        "else",
        "dependentSchemas",
    }
)
"""Keywords that can reject a null; every other keyword only constrains values of its own type."""


def merge_nullable(schema: object) -> object:
    """The same schema with pydantic's optional fields, `anyOf: [S, {"type": "null"}]`, written
    as S with `"type": [S's type, "null"]`. Equivalent, since S's other keywords (properties,
    minimum…) say nothing of a null; and cheaper, since jsonschema no longer builds an error for
    the failing branch of every null it meets (a mention's absent PDF location, for instance)."""
    if isinstance(schema, list):
        return [merge_nullable(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    schema = {key: merge_nullable(value) for key, value in schema.items()}
    branches = schema.get("anyOf")
    if not (isinstance(branches, list) and len(branches) == 2):
        return schema
    nulls = [
        b
        for b in branches
        if isinstance(b, dict) and b.get("type") == "null" and set(b) <= {"type", "title", "description"}
    ]
    others = [b for b in branches if b not in nulls]
    rest = {key: value for key, value in schema.items() if key != "anyOf"}
    if (
        len(nulls) != 1
        or len(others) != 1
        or not isinstance(others[0], dict)
        or not isinstance(others[0].get("type"), str)
    ):
        return schema
    if set(others[0]) & NOT_VACUOUS_ON_NULL or set(rest) & (NOT_VACUOUS_ON_NULL | set(others[0])):
        return schema
    return {**rest, **others[0], "type": [others[0]["type"], "null"]}


def _locate(source: SourceDocument, item: dict) -> dict:
    location = source.locate(item["start"], item["end"])
    return {**item, "location": location} if location else item


def build_record(doc: Doc, source: SourceDocument, language: str, model: str) -> dict:
    """The output record as plain JSON-ready data, checked by the pydantic model."""
    metadata = dict(doc._.metadata or {})
    evidence = {k: _locate(source, v) for k, v in metadata.pop("evidence", {}).items()}
    evidence.update(metadata.pop("page_evidence", {}))
    looks_like, reasons = press_release_reasons(text_of(doc), metadata)
    record = {
        "schema_version": SCHEMA_VERSION,
        "pipeline": {"version": __version__, "model": model, "rules_sha256": resources.rules_sha256()},
        "document": {
            "id": source.id,
            "source": source.source,
            "sha256": source.sha256,
            "format": source.format,
            "language": language,
            "encoding": source.encoding,
            "looks_like_press_release": looks_like,
            "press_release_reasons": reasons,
            "text": text_of(doc),
            "pages": [vars(page) for page in source.pages],
            "page": source.page,
            "fetch": source.fetch,
            "images_text": source.images_text,
            "language_blocks": doc._.language_blocks or [],
        },
        "metadata": {**metadata, "evidence": evidence},
        "entities": [
            {**e, "mentions": [_locate(source, m) for m in e["mentions"]]} for e in (doc._.entities or [])
        ],
        "dates": [_locate(source, d) for d in (doc._.dates or [])],
        "contacts": [_locate(source, c) for c in (doc._.contacts or [])],
        "themes": doc._.themes or [],
        "quotes": [_locate(source, q) for q in (doc._.quotes or [])],
    }
    return Record.model_validate(record).model_dump(mode="json")


def validate(record: dict) -> None:
    """Raise ValueError naming the first schema violation."""
    error = jsonschema.exceptions.best_match(schema_validator().iter_errors(record))
    if error is not None:
        path = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise ValueError(f"output fails the schema at {path}: {error.message[:200]}")


@lru_cache(maxsize=1)
def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_writer(path: Path) -> Iterator[TextIO]:
    """A text stream to a temporary file in path's folder, renamed to path only when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX)
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual permissions
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def write_atomic(path: Path, content: str) -> None:
    """Never a half-written output: write a temporary file, then rename."""
    with atomic_writer(path) as stream:
        stream.write(content)


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=1) + "\n"
