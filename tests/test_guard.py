"""One document never stops a run: a component that raises or stalls on it fails that document alone."""

from __future__ import annotations

import time

import pytest
from spacy.language import Language

from pipeline.guard import each_in_time, time_limit
from pipeline.nlp import load_pipeline
from pipeline.planning import Task
from pipeline.process import run_tasks

RELEASE = (
    "COMMUNIQUÉ DE PRESSE\n\nLyon, le 3 mars 2026\n\n{title}\n\n"
    "La Fondation Lumière a annoncé lundi l'ouverture d'un centre de formation à Villeurbanne. "
    "« Nous sommes fiers de ce projet », a déclaré Marie Dupont, présidente de la fondation.\n\n"
    "Contact presse : Jean Martin – jean.martin@fondation-lumiere.fr – 04 72 00 11 22\n"
)


@Language.component("test_trap")
def trap(doc):
    """Stalls on a document whose text says STALL, raises on one that says RAISE."""
    if "STALL" in doc.text:
        time.sleep(30)
    if "RAISE" in doc.text:
        raise IndexError("list index out of range")
    return doc


@pytest.fixture(scope="module")
def trapped_nlp():
    nlp = load_pipeline()  # a pipeline of its own: the shared one is left untouched
    nlp.add_pipe("test_trap", first=True)
    return nlp


def _tasks(tmp_path, titles):
    tasks = []
    for index, title in enumerate(titles):
        path = tmp_path / f"release-{index}.txt"
        path.write_text(RELEASE.format(title=title), encoding="utf-8")
        tasks.append(Task(path, f"release-{index}", None))
    return tasks


def test_a_component_that_raises_fails_its_document_alone(trapped_nlp, tmp_path):
    titles = ["Un centre ouvre à Villeurbanne", "RAISE : un centre ouvre", "Deuxième centre à Bron"]
    outcomes = {o.path: o for o in run_tasks(_tasks(tmp_path, titles), nlp=trapped_nlp)}
    assert len(outcomes) == 3
    statuses = [outcomes[str(tmp_path / f"release-{i}.txt")].status for i in range(3)]
    assert statuses == ["written", "failed", "written"]
    reason = outcomes[str(tmp_path / "release-1.txt")].reason
    assert reason.startswith("IndexError in test_trap") and "\n" not in reason


def test_a_component_that_stalls_fails_its_document_alone(trapped_nlp, tmp_path):
    titles = ["Un centre ouvre à Villeurbanne", "STALL : un centre ouvre", "Deuxième centre à Bron"]
    started = time.perf_counter()
    outcomes = {o.path: o for o in run_tasks(_tasks(tmp_path, titles), nlp=trapped_nlp, seconds=1)}
    assert time.perf_counter() - started < 20
    stalled = outcomes[str(tmp_path / "release-1.txt")]
    assert stalled.status == "failed" and stalled.reason.startswith("TimeoutError in test_trap")
    assert outcomes[str(tmp_path / "release-2.txt")].status == "written"


def test_the_alarm_is_left_as_it_was():
    import signal

    with time_limit(5):
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 0
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
    assert list(each_in_time(iter([1, 2, 3]), 5)) == [1, 2, 3]


def test_a_callers_own_alarm_is_not_taken_over():
    import signal

    previous = signal.signal(signal.SIGALRM, lambda *_: None)
    signal.setitimer(signal.ITIMER_REAL, 50)
    try:
        with time_limit(1):
            assert signal.getitimer(signal.ITIMER_REAL)[0] > 40  # the caller's timer still runs
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
