"""What start-up would otherwise rebuild on every run, kept in the user's cache folder.

A few things dominate the start-up of a French pipeline and never change between runs of one
installation:
- importing `spacy.lang.fr` compiles one regular expression of 1.4 million characters (the
  tokenizer's `token_match`, whose letter classes span all of Unicode, case-folded): about 4.5 s.
  A compiled pattern cannot be saved as such, but what it compiles to is an array of integers that
  `_sre.compile` takes back in milliseconds (and checks: damaged code is refused, never run);
- the model's lemma tables (9.6 MB of msgpack) hold the French word list the entity rules need:
  half a second to decode, for two arrays of hashes that load in a millisecond once derived;
- the other long regexes of a run (spaCy's affix rules, our rules), about 0.2 s, are kept the
  same way as the first, together in one bundle.

A cache file is a line of JSON (plain values, and the type and length of each array) followed by
the arrays' raw bytes: nothing in it is ever executed. Files are named after the
versions they depend on (spaCy, model, Python, regex engine) and written atomically; writing one
forgets all but the newest few of the same name, so upgrades leave no trail behind. Anything
unexpected (another Python, a damaged file, a read-only home) falls back to building as usual:
the cache changes start-up time, never results.
"""

from __future__ import annotations

import _sre
import contextlib
import glob
import json
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path

try:
    from re import _compiler, _parser
except ImportError:  # Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

CACHE_ENV = "COMMUNIQUE_CACHE_DIR"
"""Where the cache lives; an empty value turns it off."""

FORMAT = 1
KEPT_VERSIONS = 3
"""Entries kept per name, newest first: a few installations or checkouts side by side do not
rebuild each other's, while the versions an upgrade or a rules change left behind go."""
Entry = tuple[dict, dict[str, array]]
"""A cache entry: JSON values, and named arrays of numbers."""

_ERRORS = (OSError, ValueError, TypeError, KeyError, RuntimeError, AttributeError, OverflowError)


def cache_dir() -> Path | None:
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "communique"


def _suffix() -> str:
    python = f"{sys.implementation.name}{sys.version_info.major}.{sys.version_info.minor}"
    return f"-{python}-sre{_sre.MAGIC}.bin"


def cache_file(name: str, version: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"{name}-{version}{_suffix()}"


def _forget_older_versions(name: str, kept: Path) -> None:
    """Remove the entries of `name` for other versions, all but the newest few (no name of ours
    is another's start, so the glob holds only `name`'s)."""
    pattern = f"{glob.escape(name)}-*{_suffix()}"
    others = [path for path in kept.parent.glob(pattern) if path != kept]
    with contextlib.suppress(OSError):
        others.sort(key=lambda path: path.stat().st_mtime, reverse=True)
    for path in others[KEPT_VERSIONS - 1 :]:
        with contextlib.suppress(OSError):
            path.unlink()


def _writable(path: Path) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(path.parent, os.W_OK)


def write_entry(path: Path, values: dict, arrays: dict[str, array]) -> None:
    header = {
        "format": FORMAT,
        "values": values,
        "arrays": [[key, a.typecode, len(a)] for key, a in arrays.items()],
    }
    with tempfile.NamedTemporaryFile(
        dir=path.parent, prefix=path.name, suffix=".tmp", delete=False
    ) as handle:
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
        a.frombytes(data[offset : offset + size])
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
        with contextlib.suppress(_ERRORS):
            write_entry(path, *entry)
            _forget_older_versions(name, path)
    return entry


def _compiled(text: str, flags: int) -> tuple[dict, array] | None:
    """What `re.compile(text, flags)` hands to `_sre.compile`: its arguments, and the code apart."""
    parsed = _parser.parse(text, flags)
    code = array("I", _compiler._code(parsed, flags))
    if code.itemsize != _sre.CODESIZE:
        return None
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group, index in groupindex.items():
        indexgroup[index] = group
    values = {
        "text": text,
        "key_flags": flags,
        "flags": flags | parsed.state.flags,
        "groups": parsed.state.groups - 1,
        "groupindex": groupindex,
        "indexgroup": indexgroup,
    }
    return values, code


def _into_re_cache(values: dict, code: list[int]) -> re.Pattern:
    """The compiled pattern, put where `re.compile(text, flags)` looks first."""
    text = values["text"]
    pattern = _sre.compile(
        text, values["flags"], code, values["groups"], values["groupindex"], tuple(values["indexgroup"])
    )
    re._cache[type(text), text, values.get("key_flags", 0)] = pattern  # type: ignore[attr-defined]  # re.compile's own key
    return pattern


def restore_pattern(name: str, version: str) -> re.Pattern | None:
    """Put the pattern cached under `name` into `re`'s own cache, so that the next `re.compile`
    of its text returns it at once; None when there is no usable cache."""
    path = cache_file(name, version)
    if path is None or not path.is_file():
        return None
    try:
        entry = read_entry(path)
        return None if entry is None else _into_re_cache(entry[0], entry[1]["code"].tolist())
    except _ERRORS:
        return None


def store_pattern(name: str, version: str, pattern: re.Pattern) -> bool:
    """Compile `pattern`'s text once more, keeping the code this time, and write it. Skipped
    (False) when the cache folder cannot be written, so a read-only home never pays twice."""
    path = cache_file(name, version)
    if (
        path is None
        or not isinstance(pattern.pattern, str)
        or pattern.flags & re.DEBUG
        or not _writable(path)
    ):
        return False
    try:
        compiled = _compiled(pattern.pattern, 0)
        if compiled is None:
            return False
        write_entry(path, compiled[0], {"code": compiled[1]})
        _forget_older_versions(name, path)
    except _ERRORS:
        return False
    return True


def restore_patterns(name: str, version: str) -> int:
    """Put every pattern of the bundle cached under `name` into `re`'s own cache; how many."""
    path = cache_file(name, version)
    if path is None or not path.is_file():
        return 0
    restored = 0
    try:
        entry = read_entry(path)
        if entry is None:
            return 0
        code = entry[1]["code"].tolist()
        for values in entry[0]["patterns"]:
            _into_re_cache(values, code[values["offset"] : values["offset"] + values["length"]])
            restored += 1
    except _ERRORS:
        pass
    return restored


def store_patterns(name: str, version: str, min_length: int, max_length: int) -> bool:
    """Write, as one bundle, the patterns in `re`'s cache whose text is min_length to max_length
    characters long (the ones worth keeping), compiled once more with their code. Once: skipped
    when the bundle exists or its folder cannot be written."""
    path = cache_file(name, version)
    if path is None or path.exists() or not _writable(path):
        return False
    patterns, codes = [], array("I")
    try:
        for kind, text, flags in list(re._cache):  # type: ignore[attr-defined]
            if kind is not str or not min_length <= len(text) <= max_length or flags & re.DEBUG:
                continue
            compiled = _compiled(text, flags)
            if compiled is None:
                return False
            values, code = compiled
            patterns.append({**values, "offset": len(codes), "length": len(code)})
            codes.extend(code)
        write_entry(path, {"patterns": patterns}, {"code": codes})
        _forget_older_versions(name, path)
    except _ERRORS:
        return False
    return True
