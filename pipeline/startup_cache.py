"""What start-up would otherwise rebuild on every run, kept in the user's cache folder.

Two things dominate the start-up of a French pipeline and never change between runs of one
installation:
- importing `spacy.lang.fr` compiles one regular expression of 1.4 million characters (the
  tokenizer's `token_match`, whose letter classes span all of Unicode, case-folded): about 4.5 s.
  A compiled pattern cannot be saved as such, but what it compiles to is an array of integers that
  `_sre.compile` takes back in milliseconds (and checks: damaged code is refused, never run);
- the model's lemma tables (9.6 MB of msgpack) hold the French word list the entity rules need:
  half a second to decode, for two arrays of hashes that load in a millisecond once derived.

A cache file is a line of JSON (plain values, and the type and length of each array) followed by
the arrays' raw bytes: nothing in it is ever executed. Files are named after the
versions they depend on (spaCy, model, Python, regex engine) and written atomically. Anything
unexpected (another Python, a damaged file, a read-only home) falls back to building as usual:
the cache changes start-up time, never results.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path

import _sre

try:
    from re import _compiler, _parser
except ImportError:  # Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

CACHE_ENV = "COMMUNIQUE_CACHE_DIR"
"""Where the cache lives; an empty value turns it off."""

FORMAT = 1
Entry = tuple[dict, dict[str, array]]
"""A cache entry: JSON values, and named arrays of numbers."""

_ERRORS = (OSError, ValueError, TypeError, KeyError, RuntimeError, AttributeError, OverflowError)


def cache_dir() -> Path | None:
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "communique"


def cache_file(name: str, version: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    python = f"{sys.implementation.name}{sys.version_info.major}.{sys.version_info.minor}"
    return folder / f"{name}-{version}-{python}-sre{_sre.MAGIC}.bin"


def _writable(path: Path) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(path.parent, os.W_OK)


def write_entry(path: Path, values: dict, arrays: dict[str, array]) -> None:
    header = {"format": FORMAT, "values": values, "arrays": [[key, a.typecode, len(a)] for key, a in arrays.items()]}
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".tmp", delete=False) as handle:
        try:
            handle.write(json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n")
            for a in arrays.values():
                handle.write(a.tobytes())
        except BaseException:
            Path(handle.name).unlink(missing_ok=True)
            raise
    os.replace(handle.name, path)


def read_entry(path: Path) -> Entry | None:
    data = path.read_bytes()
    line_end = data.index(b"\n")
    header = json.loads(data[:line_end])
    if header.get("format") != FORMAT:
        return None
    arrays: dict[str, array] = {}
    offset = line_end + 1
    for key, typecode, length in header["arrays"]:
        a = array(typecode)
        size = a.itemsize * length
        a.frombytes(data[offset:offset + size])
        if len(a) != length:
            return None
        arrays[key] = a
        offset += size
    return (header["values"], arrays) if offset == len(data) else None


def load_or_build(name: str, version: str, build: Callable[[], Entry]) -> Entry:
    """`build()`'s entry, read from the cache when a run of the same `version` already built it."""
    path = cache_file(name, version)
    if path is not None and path.is_file():
        try:
            entry = read_entry(path)
            if entry is not None:
                return entry
        except _ERRORS:
            pass
    entry = build()
    if path is not None and _writable(path):
        try:
            write_entry(path, *entry)
        except _ERRORS:
            pass
    return entry


def restore_pattern(name: str, version: str) -> re.Pattern | None:
    """Put the pattern cached under `name` into `re`'s own cache, so that the next `re.compile`
    of its text returns it at once; None when there is no usable cache."""
    path = cache_file(name, version)
    if path is None or not path.is_file():
        return None
    try:
        entry = read_entry(path)
        if entry is None:
            return None
        values, arrays = entry
        text = values["text"]
        indexgroup = tuple(values["indexgroup"])
        pattern = _sre.compile(text, values["flags"], arrays["code"].tolist(), values["groups"], values["groupindex"], indexgroup)
    except _ERRORS:
        return None
    re._cache[type(text), text, 0] = pattern  # type: ignore[attr-defined]  # the key of re.compile(text)
    return pattern


def store_pattern(name: str, version: str, pattern: re.Pattern) -> bool:
    """Compile `pattern`'s text once more, keeping the code this time, and write it. Skipped
    (False) when the cache folder cannot be written, so a read-only home never pays twice."""
    path = cache_file(name, version)
    if path is None or not isinstance(pattern.pattern, str) or pattern.flags & re.DEBUG or not _writable(path):
        return False
    try:
        parsed = _parser.parse(pattern.pattern, 0)
        code = array("I", _compiler._code(parsed, 0))
        if code.itemsize != _sre.CODESIZE:
            return False
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for group, index in groupindex.items():
            indexgroup[index] = group
        values = {"text": pattern.pattern, "flags": parsed.state.flags, "groups": parsed.state.groups - 1, "groupindex": groupindex, "indexgroup": indexgroup}
        write_entry(path, values, {"code": code})
    except _ERRORS:
        return False
    return True
