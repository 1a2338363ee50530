"""Rules and vocabularies, kept as data files shipped with the package."""

from __future__ import annotations

import hashlib
import json
from functools import cache, lru_cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """A JSON (or JSONL, one object per line) resource of the package, parsed once."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return json.loads(text)


@lru_cache(maxsize=1)
def rules_sha256() -> str:
    """One hash over every rule and vocabulary file: a changed rule makes every output stale."""
    digest = hashlib.sha256()
    folder = resources.files(__name__)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".json", ".jsonl")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()


@cache
def document_types() -> tuple[str, ...]:
    """The genres of metadata.json: each printed genre, and each head genre with a qualifier after
    it ('Communiqué urgent', 'Communiqué de presse conjoint', 'Déclaration commune'), one list of
    words instead of every pair written out."""
    data = load("metadata.json")
    qualifiers = data["genre_qualifiers"]
    pairs = [f"{head} {word}" for head in qualifiers["heads"] for word in qualifiers["words"]]
    return tuple(dict.fromkeys([*data["document_types"], *pairs]))
