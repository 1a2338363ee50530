"""Planning a run: which inputs there are, which output each one gets, which are already up to date.

The first stage of the one-way flow (`pipeline.process` runs what is planned here): folders are walked in
a stable order, two inputs with the same name get distinct outputs, and an output made by this very
pipeline from this very input is skipped. The plan's items (Task, Outcome) are what the runners, local
or distributed, pass around.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.assemble import TEMPORARY_SUFFIX
from pipeline.fetch import is_url, url_document_id
from pipeline.readers import SUPPORTED_SUFFIXES
from pipeline.readers.base import document_id


@dataclass
class Outcome:
    """What happened to one input file."""

    path: str
    status: str  # "written", "skipped" (up to date), "failed"
    output: str | None = None
    reason: str | None = None
    seconds: float = 0.0
    warning: str | None = None
    record: dict | None = None
    """The record itself, when there is no output folder to write it to."""


@dataclass(frozen=True)
class Blob:
    """A document given as bytes rather than as a file: standard input, the Python API."""

    name: str
    data: bytes
    format: str | None = None
    """"text", "pdf" or "html"; None sniffs it from the first bytes."""


Input = Path | Blob | str
"""A file or folder, a document given as bytes, or an http(s) URL (a string)."""


@dataclass(frozen=True)
class Task:
    """One input to extract, and the output file it must land in (None: return the record)."""

    path: Path | str
    """A file, or a URL (a string)."""
    identifier: str
    target: Path | None
    data: bytes | None = None
    format: str | None = None


def input_name(item: Input) -> str:
    """How an input is named in outcomes, messages and the manifest."""
    return item.name if isinstance(item, Blob) else str(item)


def assets(folder: str, files: list[str]) -> bool:
    """Whether folder is the assets folder a browser saves beside a page ('page_files' beside
    'page.html'): its scripts and frames are not documents."""
    stem = folder[: -len("_files")] if folder.endswith("_files") else None
    return stem is not None and any(f"{stem}{suffix}" in files for suffix in (".html", ".htm", ".xhtml"))


def iter_inputs(sources: Iterable[Input]) -> Iterator[Input]:
    """Files named directly, and supported files found by walking folders, in a stable order.

    A folder that cannot be listed is yielded itself, so that the reader reports it by name.
    """
    for source in sources:
        # os.path.isdir never raises, unlike Path.is_dir on a locked parent
        if isinstance(source, Blob) or not os.path.isdir(source):
            yield source
            continue
        unreadable: list[Path] = []
        for folder, subfolders, files in os.walk(
            source, onerror=lambda error, unreadable=unreadable: unreadable.append(Path(error.filename))
        ):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith(".") and not assets(d, files))
            for name in sorted(files):
                path = Path(folder) / name
                if path.suffix.lower() in SUPPORTED_SUFFIXES and not name.startswith("."):
                    yield path
            yield from unreadable
            unreadable.clear()
        yield from unreadable


def fingerprint() -> dict[str, str]:
    """What an output depends on besides its input: pipeline version, model, rules and schema."""
    from pipeline import __version__, resources
    from pipeline.models import SCHEMA_VERSION
    from pipeline.nlp import model_version

    return {
        "version": __version__,
        "model": model_version(),
        "rules_sha256": resources.rules_sha256(),
        "schema_version": SCHEMA_VERSION,
    }


def file_sha256(path: Path) -> str | None:
    """Hash of the input's bytes, streamed; None when it cannot be read (the reader reports why)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def is_up_to_date(target: Path, source: str, sha256: str, current: dict[str, str]) -> bool:
    """True when target holds a valid record of this very input made by this very pipeline."""
    try:
        record = json.loads(target.read_text(encoding="utf-8"))
        made_by = {**record["pipeline"], "schema_version": record["schema_version"]}
        document = record["document"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return made_by == current and document.get("sha256") == sha256 and document.get("source") == source


def plan(paths: Iterable[Input], output_dir: Path | None, force: bool = False) -> Iterator[Task | Outcome]:
    """A Task per input needing work, a "skipped" Outcome per input whose output is up to date.

    Two inputs with the same file name get distinct outputs: the later one's id takes a hash suffix.
    """
    current = fingerprint() if output_dir is not None else {}
    owners: dict[str, str] = {}
    for item in paths:
        if is_url(item):  # fetched anew every run: the page may have changed
            identifier = url_document_id(str(item))
            base, attempt = identifier, 1
            while owners.setdefault(identifier, str(item)) != str(item):
                identifier, attempt = f"{base}_{attempt}", attempt + 1
            yield Task(item, identifier, None if output_dir is None else output_dir / f"{identifier}.json")
            continue
        name = input_name(item)
        path = Path(name) if isinstance(item, Blob) else item
        digest = hashlib.sha256(item.data).hexdigest() if isinstance(item, Blob) else file_sha256(path)
        base = identifier = document_id(path)
        suffix = (digest or hashlib.sha256(name.encode()).hexdigest())[:8]
        attempt = 1
        while owners.setdefault(identifier, name) != name:
            identifier = f"{base}_{suffix}" + (f"_{attempt}" if attempt > 1 else "")
            attempt += 1
        target = None if output_dir is None else output_dir / f"{identifier}.json"
        if target and not force and digest and is_up_to_date(target, name, digest, current):
            yield Outcome(name, "skipped", output=str(target))
        elif isinstance(item, Blob):
            yield Task(path, identifier, target, item.data, item.format)
        else:
            yield Task(path, identifier, target)


def remove_temporaries(output_dir: Path | None) -> None:
    """Temporary files left by a run that was killed before it could clean up."""
    if output_dir is not None and output_dir.is_dir():
        for leftover in output_dir.glob(f".*{TEMPORARY_SUFFIX}"):
            leftover.unlink(missing_ok=True)
