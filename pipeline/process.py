"""The one-way flow: read → clean text → nlp.pipe → extractors → assemble → validate → write."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.assemble import build_record, dumps, validate, write_atomic
from pipeline.errors import InputError
from pipeline.readers import SUPPORTED_SUFFIXES, read_document
from pipeline.readers.base import SourceDocument
from pipeline.screening import detect_language


@dataclass
class Outcome:
    """What happened to one input file."""

    path: str
    status: str  # "written", "skipped" (unchanged), "failed"
    output: str | None = None
    reason: str | None = None
    seconds: float = 0.0


def iter_inputs(sources: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and supported files found by walking folders, in a stable order."""
    for source in sources:
        if source.is_dir():
            try:
                for path in sorted(source.rglob("*")):
                    if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith("."):
                        yield path
            except PermissionError:
                yield source
        else:
            yield source


def read_for_nlp(paths: Iterable[Path], limit: int | None, on_failure) -> Iterator[tuple[str, SourceDocument]]:
    """Readable French documents as (text, source) pairs for nlp.pipe; refusals go to on_failure."""
    for path in paths:
        started = time.perf_counter()
        try:
            source = read_document(path, limit)
            language = detect_language(source.text)
            if language != "fr":
                raise InputError(str(path), f"language '{language}' is not supported yet (French only)")
        except InputError as error:
            on_failure(Outcome(str(path), "failed", reason=error.reason, seconds=time.perf_counter() - started))
            continue
        source.language = language  # type: ignore[attr-defined]
        yield source.text, source


def process(paths: Iterable[Path], output_dir: Path, batch_size: int = 16, limit: int | None = None, on_outcome=None) -> list[Outcome]:
    """Extract every path into output_dir/<id>.json; a failure is recorded and the run goes on."""
    from pipeline.nlp import load_pipeline, model_version

    outcomes: list[Outcome] = []

    def report(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    nlp = load_pipeline()
    model = model_version()
    seen_ids: dict[str, str] = {}
    for doc, source in nlp.pipe(read_for_nlp(paths, limit, report), as_tuples=True, batch_size=batch_size):
        started = time.perf_counter()
        try:
            record = build_record(doc, source, source.language, model)  # type: ignore[attr-defined]
            validate(record)
            identifier = source.id
            if identifier in seen_ids and seen_ids[identifier] != source.source:
                identifier = f"{identifier}_{source.sha256[:8]}"
            seen_ids[identifier] = source.source
            target = output_dir / f"{identifier}.json"
            write_atomic(target, dumps(record))
        except OSError as error:
            report(Outcome(source.source, "failed", reason=f"cannot write output ({error.strerror or error})"))
            continue
        except Exception as error:  # one document's failure is recorded; the run goes on
            report(Outcome(source.source, "failed", reason=f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else 'failed'}"[:300]))
            continue
        report(Outcome(source.source, "written", output=str(target), seconds=time.perf_counter() - started))
    return outcomes
