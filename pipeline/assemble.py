"""From a processed Doc and its SourceDocument to a validated Record, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import jsonschema
from spacy.tokens import Doc

from pipeline import __version__, resources
from pipeline.models import SCHEMA_VERSION, Record
from pipeline.readers.base import SourceDocument
from pipeline.screening import press_release_reasons

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "communique.schema.json"
PACKAGED_SCHEMA = "communique.schema.json"


@lru_cache(maxsize=1)
def schema_validator() -> jsonschema.protocols.Validator:
    """Validator for the committed schema (the repo's copy, or the one shipped in the package)."""
    if SCHEMA_PATH.exists():
        schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    else:
        schema = resources.load(PACKAGED_SCHEMA)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def _locate(source: SourceDocument, item: dict) -> dict:
    location = source.locate(item["start"], item["end"])
    return {**item, "location": location} if location else item


def build_record(doc: Doc, source: SourceDocument, language: str, model: str) -> dict:
    """The output record as plain JSON-ready data, checked by the pydantic model."""
    metadata = dict(doc._.metadata or {})
    evidence = {k: _locate(source, v) for k, v in metadata.pop("evidence", {}).items()}
    looks_like, reasons = press_release_reasons(doc.text, metadata)
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
            "text": doc.text,
            "pages": [vars(page) for page in source.pages],
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
def _file_mode() -> int:
    """The mode open() would give a new file: mkstemp's 0600 would hide outputs from other users."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, content: str) -> None:
    """Write to a temporary file in the same folder, then rename: never a half-written output."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            os.fchmod(stream.fileno(), _file_mode())
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=1) + "\n"
