"""One document never stops a run: a component that raises, or that runs past a time limit, fails
that document alone.

spaCy calls the pipeline's default error handler when one of our rule components raises on a
document, and goes on with the next one; `record_error` notes the error on the document, so that
the run reports it as that document's failure (the model's own components raise as before). A rule
that backtracks or loops over a pathological line (a rule of 96 underscores once held a run for
minutes) is stopped by an alarm around each document: the `TimeoutError` it raises inside the
component goes to the same handler. The alarm needs the main thread of its process (the command
line, the `--jobs` workers); elsewhere (a Dask worker's thread, a caller that uses SIGALRM itself)
documents run without it, and errors are still caught.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from spacy.tokens import Doc

DOCUMENT_SECONDS = 120.0
"""Time a document may take through the pipeline (a few tenths of a second is usual, a long PDF a
few seconds): past it, the document fails and the run goes on."""
ERROR_KEY = "communique_error"
T = TypeVar("T")
_END = object()


def record_error(name: str, proc: object, docs: list[Doc], error: Exception) -> None:
    """The pipeline's error handler: the document is dropped from the stream, its error kept."""
    message = str(error).splitlines()[0] if str(error) else ""
    for doc in docs:
        doc.user_data[ERROR_KEY] = f"{type(error).__name__} in {name}: {message}"[:300].rstrip(": ")


def error_of(doc: Doc) -> str:
    """Why a document left the stream without a result."""
    return doc.user_data.get(ERROR_KEY) or "dropped by the pipeline without an error"


def _can_alarm() -> bool:
    return (
        hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )


@contextmanager
def time_limit(seconds: float = DOCUMENT_SECONDS) -> Iterator[None]:
    """Raise TimeoutError in the code inside after `seconds`, where an alarm can be used."""
    if not _can_alarm():
        yield
        return

    def stalled(signum: int, frame: object) -> None:
        raise TimeoutError(f"no result after {seconds:g} s")

    signal.signal(signal.SIGALRM, stalled)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)


def each_in_time(items: Iterator[T], seconds: float = DOCUMENT_SECONDS) -> Iterator[T]:
    """The items of a lazy stream (nlp.pipe), each produced within `seconds`."""
    while True:
        with time_limit(seconds):
            item = next(items, _END)
        if item is _END:
            return
        yield item  # type: ignore[misc]
