"""The command line: exit codes and one-line errors (no traceback)."""

import json
import signal
import subprocess
import sys
import time

import pytest
from conftest import SEED

from pipeline.assemble import validate
from pipeline.cli import main


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_missing_file_is_a_one_line_error(tmp_path):
    result = run("extract", str(tmp_path / "absent.txt"), "-o", str(tmp_path / "out"))
    assert result.returncode == 3
    assert "absent.txt: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_mixed_batch_writes_good_and_reports_bad(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("extract", str(SEED), str(empty), "-o", str(tmp_path / "out"))
    assert result.returncode == 1, result.stderr
    assert "empty.txt: empty file" in result.stderr
    record = json.loads((tmp_path / "out" / f"{SEED.stem}.json").read_text())
    assert record["metadata"]["date"] == "2020-06-15"
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_usage_error_exit_code():
    assert run("extract").returncode == 2


def test_evaluate_min_f1(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps({"document": {"id": "a"}, "metadata": {"title": "Titre"}}))
    result = run(
        "evaluate",
        "--gold",
        str(gold),
        "--pred",
        str(tmp_path),
        "--min-f1",
        "0.5",
        "--json",
        str(tmp_path / "r.json"),
    )
    assert result.returncode == 4
    assert json.loads((tmp_path / "r.json").read_text())["documents"] == 1


def _many_inputs(folder, count):
    folder.mkdir()
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for n in range(count):
        (folder / f"cp_{n:02d}.txt").write_text("\n".join(lines[: 30 + n]) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    "signum, jobs", [(signal.SIGINT, "1"), (signal.SIGTERM, "2")], ids=["sigint-1-job", "sigterm-2-jobs"]
)
def test_interrupted_run_leaves_complete_outputs_and_resumes(tmp_path, signum, jobs):
    inputs, out = tmp_path / "in", tmp_path / "out"
    _many_inputs(inputs, 40)
    command = [sys.executable, "-m", "pipeline", "extract", str(inputs), "-o", str(out), "--jobs", jobs]
    child = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while not list(out.glob("cp_*.json")) and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    child.send_signal(signum)
    stderr = child.communicate(timeout=120)[1]
    if child.returncode == 0:
        pytest.skip("the run finished before the signal arrived")
    assert child.returncode == 130, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert not list(out.glob(".*.tmp"))
    finished = sorted(out.glob("cp_*.json"))
    assert 0 < len(finished) < 40
    for path in finished:
        validate(json.loads(path.read_text(encoding="utf-8")))
    assert json.loads((out / "_manifest.json").read_text())["interrupted"] is True

    resumed = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["counts"]["skipped"] == len(finished)
    assert manifest["counts"]["written"] == 40 - len(finished)


def test_scheduler_without_dask_says_what_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if distributed were absent
    code = main(["extract", str(SEED), "-o", str(tmp_path), "--scheduler", "local:2"])
    assert code == 2
    assert capsys.readouterr().err.strip() == (
        "communique: --scheduler needs Dask distributed: pip install 'communique[dask]'"
    )
