"""Standard streams: `communique extract -` reads standard input, `-o -` writes standard output."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SAMPLES, SEED

from pipeline.assemble import validate

SEED_PDF = SAMPLES / "000_0146f9d8f82743d2_rendered.pdf"
OTHER = SAMPLES / "fr-pref-rhone-2025-03-03-crues-saone-azergues.txt"


def run(*args: str, stdin: bytes = b"", cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], input=stdin, capture_output=True, cwd=cwd, timeout=300
    )


def test_stdin_text_to_stdout_json():
    result = run("extract", "-", "-o", "-", stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    validate(record)
    assert record["document"]["source"] == "<stdin>" and record["document"]["id"] == "stdin"
    assert record["document"]["format"] == "md"  # as from the file: the seed has markdown markers
    assert record["metadata"]["date"] == "2020-06-15"
    assert result.stderr.decode().splitlines() == ["1 written, 0 up to date, 0 failed → standard output"]


def test_stdin_pdf_is_sniffed(tmp_path):
    result = run("extract", "-", "-o", str(tmp_path), stdin=SEED_PDF.read_bytes())
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    record = json.loads((tmp_path / "stdin.json").read_text(encoding="utf-8"))
    assert record["document"]["format"] == "pdf" and record["document"]["pages"]
    assert record["metadata"]["date"] == "2020-06-15"


def test_stdout_json_is_the_record_file(tmp_path):
    to_file = run("extract", str(SEED), "-o", str(tmp_path))
    to_stdout = run("extract", str(SEED), "-o", "-", cwd=tmp_path)
    assert to_file.returncode == to_stdout.returncode == 0
    assert to_stdout.stdout == (tmp_path / f"{SEED.stem}.json").read_bytes()
    assert not (tmp_path / "outputs").exists()  # nothing written to the default folder


def test_several_inputs_give_json_lines_and_errors_stay_on_stderr(tmp_path):
    result = run("extract", str(SEED), "-", str(tmp_path / "absent.txt"), "-o", "-", stdin=OTHER.read_bytes())
    assert result.returncode == 1
    lines = result.stdout.decode("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["document"]["source"] for r in records] == [str(SEED), "<stdin>"]
    for record in records:
        validate(record)
    stderr = result.stderr.decode()
    assert "absent.txt: no such file" in stderr and "Traceback" not in stderr


def test_stream_errors_keep_their_exit_codes():
    empty = run("extract", "-", "-o", "-", stdin=b"")
    assert empty.returncode == 3 and b"<stdin>: empty file" in empty.stderr and empty.stdout == b""
    assert run("extract", "-", "-", "-o", "-").returncode == 2
    assert run("regenerate", "-o", "-").returncode == 2
    assert run("extract", "-", "-o", "-", "--jsonl", "x.jsonl").returncode == 2


def test_stdin_above_the_size_limit_is_refused():
    result = run("extract", "-", "-o", "-", "--max-bytes", "100", stdin=SEED.read_bytes())
    assert result.returncode == 3
    assert b"<stdin>: too large (more than 100 bytes" in result.stderr
