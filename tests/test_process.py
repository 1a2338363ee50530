"""Batch processing: up-to-date inputs are skipped, stale ones redone, workers agree with one process."""

import json
import shutil

import pytest
from conftest import SEED

from pipeline import planning
from pipeline import process as process_module
from pipeline.planning import Task, plan
from pipeline.process import process


@pytest.fixture
def corpus_copy(tmp_path):
    """Three small releases made from the seed: its first lines, under different names."""
    folder = tmp_path / "in"
    folder.mkdir()
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for n, size in enumerate((40, 60, 80)):
        (folder / f"release_{n}.txt").write_text("\n".join(lines[:size]) + "\n", encoding="utf-8")
    return folder


def test_second_run_does_no_nlp_work(corpus_copy, tmp_path, nlp, monkeypatch):
    out = tmp_path / "out"
    first = process(sorted(corpus_copy.iterdir()), out)
    assert [o.status for o in first] == ["written"] * 3

    def no_work(*args, **kwargs):
        raise AssertionError("an up-to-date input was processed again")

    monkeypatch.setattr(process_module, "run_tasks", no_work)
    second = process(sorted(corpus_copy.iterdir()), out)
    assert [o.status for o in second] == ["skipped"] * 3
    assert [o.output for o in second] == [o.output for o in first]


def test_changed_input_or_rules_make_outputs_stale(corpus_copy, tmp_path, nlp, monkeypatch):
    out = tmp_path / "out"
    paths = sorted(corpus_copy.iterdir())
    process(paths, out)
    paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\nUne ligne de plus.\n", encoding="utf-8")
    assert [type(item).__name__ for item in plan(paths, out)] == ["Task", "Outcome", "Outcome"]

    changed = {**planning.fingerprint(), "rules_sha256": "0" * 64}
    monkeypatch.setattr(planning, "fingerprint", lambda: changed)
    assert all(isinstance(item, Task) for item in plan(paths, out))


def test_same_file_name_in_two_folders_gets_two_outputs(corpus_copy, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(corpus_copy / "release_0.txt", other / "release_0.txt")
    (other / "release_0.txt").write_text("Communiqué de presse\nAutre texte.\n", encoding="utf-8")
    tasks = list(plan([corpus_copy / "release_0.txt", other / "release_0.txt"], tmp_path / "out"))
    assert tasks[0].target.name == "release_0.json"
    assert tasks[1].target.name.startswith("release_0_") and tasks[1].target != tasks[0].target


def test_workers_give_the_same_records_as_one_process(corpus_copy, tmp_path, nlp):
    paths = sorted(corpus_copy.iterdir())
    alone = process(paths, tmp_path / "one")
    pooled = process(paths, tmp_path / "two", jobs=2, batch_size=1)
    assert sorted(o.status for o in pooled) == ["written"] * 3
    for outcome in alone:
        name = outcome.output.rsplit("/", 1)[-1]
        assert json.loads((tmp_path / "two" / name).read_text()) == json.loads(
            (tmp_path / "one" / name).read_text()
        )


def test_a_failure_is_recorded_and_the_run_goes_on(corpus_copy, tmp_path, nlp):
    (corpus_copy / "empty.txt").write_text("", encoding="utf-8")
    outcomes = {
        o.path.rsplit("/", 1)[-1]: o for o in process(sorted(corpus_copy.iterdir()), tmp_path / "out")
    }
    assert outcomes["empty.txt"].status == "failed" and "empty" in outcomes["empty.txt"].reason
    assert [outcomes[f"release_{n}.txt"].status for n in range(3)] == ["written"] * 3


def test_leftover_temporary_files_are_removed(corpus_copy, tmp_path, nlp):
    out = tmp_path / "out"
    out.mkdir()
    leftover = out / ".release_0.json.abc123.tmp"
    leftover.write_text("{half", encoding="utf-8")
    process([corpus_copy / "release_0.txt"], out)
    assert not leftover.exists()


def test_a_worker_that_dies_fails_its_batch_instead_of_hanging(corpus_copy, tmp_path, monkeypatch):
    import os

    (corpus_copy / "release_die.txt").write_text("Communiqué de presse\n", encoding="utf-8")

    def run_or_die(tasks, limit=None, batch_size=1):
        if any("die" in task.path.name for task in tasks):
            os._exit(9)  # as if killed by the out-of-memory killer
        return [planning.Outcome(str(task.path), "written") for task in tasks]

    monkeypatch.setattr(
        process_module, "_start_worker", lambda limit: None
    )  # no model: the pool is under test
    monkeypatch.setattr(process_module, "run_tasks", run_or_die)
    paths = sorted(corpus_copy.iterdir())
    outcomes = {o.path.rsplit("/", 1)[-1]: o for o in process(paths, tmp_path / "out", jobs=2, batch_size=1)}
    assert sorted(outcomes) == sorted(p.name for p in paths)  # one outcome per input, and the run ended
    assert outcomes["release_die.txt"].status == "failed"
    assert outcomes["release_die.txt"].reason == process_module.WORKER_DIED
