"""The command line: exit codes and one-line errors (no traceback)."""

import json
import subprocess
import sys

from conftest import SEED


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


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
    result = run("evaluate", "--gold", str(gold), "--pred", str(tmp_path), "--min-f1", "0.5", "--json", str(tmp_path / "r.json"))
    assert result.returncode == 4
    assert json.loads((tmp_path / "r.json").read_text())["documents"] == 1
