"""The Python API: `extract` one document, `extract_many` files; an `Extractor` keeps the model.

It runs the same code as the `communique` command (pipeline.process): same readers, same
records, validated against the same schema; nothing is written to disk.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Union

from pipeline.errors import ExtractionError

if TYPE_CHECKING:
    from spacy.language import Language

    from pipeline.models import Record

Source = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]"]
TEXT_NAME, BYTES_NAME = "<text>", "<bytes>"


@dataclass(frozen=True)
class Failure:
    """An input that gave no record, and why (the reason the CLI would print)."""

    source: str
    reason: str


class Extractor:
    """Loads the pipeline at its first use and keeps it for every later call.

    `max_bytes` refuses larger inputs (default 20 MB, or COMMUNIQUE_MAX_BYTES).
    """

    def __init__(self, *, max_bytes: int | None = None) -> None:
        self.max_bytes = max_bytes
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (French model and our components), loaded once."""
        if self._nlp is None:
            from pipeline.nlp import load_pipeline

            self._nlp = load_pipeline()
        return self._nlp

    def extract(self, source: Source, *, format: str | None = None) -> Record:
        """The record of one document, or ExtractionError saying why there is none.

        source: a path (any os.PathLike; a str is never taken for a path), a str of text, or the
        bytes of a document (PDF, HTML or text, told apart by their first bytes). format ("text",
        "pdf", "html") overrides the file's suffix or the sniffing.
        """
        from pipeline.planning import Blob
        from pipeline.process import process

        if isinstance(source, os.PathLike):
            item: Path | Blob = Path(os.fspath(source))
            if format:
                item = Blob(str(item), _read_path(item, self.max_bytes), format)
        elif isinstance(source, str):
            item = Blob(TEXT_NAME, source.encode("utf-8"), format or "text")
        elif isinstance(source, (bytes, bytearray, memoryview)):
            item = Blob(BYTES_NAME, bytes(source), format)
        else:
            raise TypeError(f"extract() takes a path, a str or bytes, not {type(source).__name__}")
        (outcome,) = process([item], None, limit=self.max_bytes, nlp=self.nlp)
        if outcome.record is None:
            reason = outcome.reason or "failed"
            if isinstance(source, str) and _names_a_file(source):
                reason += " (a str is read as text: pass a pathlib.Path to read a file)"
            raise ExtractionError(outcome.path, reason)
        return _record(outcome.record)

    def extract_many(
        self, paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1
    ) -> Iterator[Record | Failure]:
        """A record or a Failure per input file, as each one finishes.

        paths: files or folders (walked for .txt, .md, .pdf files); a str here is a path.
        jobs > 1 spreads the files over that many worker processes; where processes are forked
        (Linux), they inherit this extractor's model instead of loading their own.
        """
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        return self._many([Path(os.fspath(p)) for p in paths], jobs)

    def _many(self, paths: list[Path], jobs: int) -> Iterator[Record | Failure]:
        from pipeline.planning import iter_inputs
        from pipeline.process import process_iter

        inputs = iter_inputs(paths)
        for outcome in process_iter(inputs, None, jobs=jobs, limit=self.max_bytes, nlp=self.nlp):
            if outcome.record is None:
                yield Failure(outcome.path, outcome.reason or "failed")
            else:
                yield _record(outcome.record)


def _names_a_file(text: str) -> bool:
    """A str that is surely a file name, passed by mistake where text is expected."""
    return "\n" not in text and len(text) < 1024 and os.path.isfile(text)


def _read_path(path: Path, limit: int | None) -> bytes:
    from pipeline.readers import read_file

    return read_file(path, limit)


def _record(data: dict) -> Record:
    from pipeline.models import Record

    return Record.model_validate(data)


_shared: Extractor | None = None


def shared_extractor() -> Extractor:
    """The Extractor behind the module-level functions, created at first use."""
    global _shared
    if _shared is None:
        _shared = Extractor()
    return _shared


def extract(source: Source, *, format: str | None = None) -> Record:
    """Extractor.extract on the shared extractor (the model is loaded once per process)."""
    return shared_extractor().extract(source, format=format)


def extract_many(paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1) -> Iterator[Record | Failure]:
    """Extractor.extract_many on the shared extractor."""
    return shared_extractor().extract_many(paths, jobs=jobs)
