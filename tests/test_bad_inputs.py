"""Bad inputs through the command line: a one-line error naming the file and the reason, the
documented exit code, and nothing half-written in the output folder.

The cases are made by scripts/make_bad_inputs.py; tests/bad_inputs/ holds the portable ones (and
must equal what the script makes). Each case runs through `pipeline.cli.main` in this process
(the model is loaded once); the whole folder also runs through `python -m pipeline` once.
"""

from __future__ import annotations

import errno
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED

from pipeline import cli
from pipeline.assemble import schema_validator
from pipeline.dataset import MANIFEST_NAME

SCRIPT = ROOT / "scripts" / "make_bad_inputs.py"
COMMITTED = ROOT / "tests" / "bad_inputs"


def load_script():
    spec = importlib.util.spec_from_file_location("make_bad_inputs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


make = load_script()
CASES = make.cases()
EXPECTED = json.loads((COMMITTED / make.MANIFEST).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cases_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad_inputs")
    make.write_cases(folder, include_unportable=True)
    return folder


def extract(capsys, *args: str) -> tuple[int, list[str]]:
    """`communique extract ARGS` in this process: exit code and stderr lines."""
    code = cli.main(["extract", *args])
    return code, capsys.readouterr().err.splitlines()


def check_output_folder(folder: Path) -> list[dict]:
    """Only complete, schema-valid records, readable by others: no temporary or empty file left."""
    records = []
    if not folder.exists():
        return records
    for path in folder.iterdir():
        assert path.suffix == ".json" and not path.name.startswith("."), f"left behind: {path.name}"
        record = json.loads(path.read_text(encoding="utf-8"))
        if path.name == MANIFEST_NAME:
            continue
        assert not list(schema_validator().iter_errors(record))
        assert path.stat().st_mode & 0o044 == 0o044 & ~current_umask(), "output not readable as umask allows"
        assert folder.resolve() in path.resolve().parents
        records.append(record)
    return records


def current_umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def lookup(record: dict, dotted: str):
    value = record
    for key in dotted.split("."):
        value = value[key]
    return value


def assert_one_line_error(lines: list[str], path: Path, fragment: str) -> None:
    """Exactly one error line, naming the file and the reason; then the summary line."""
    assert not any("Traceback" in line for line in lines)
    errors = [line for line in lines if line.startswith("communique: ")]
    assert len(errors) == 1, lines
    assert errors[0].startswith(f"communique: {path}: ") and fragment in errors[0], errors[0]
    if fragment.startswith("("):  # a write failure: the message says which output could not be written
        assert "cannot write output" in errors[0], errors[0]


# -- the generated folder ------------------------------------------------------------------------


def test_committed_folder_is_what_the_script_makes(tmp_path):
    make.write_cases(tmp_path)
    made = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    committed = {p.name: p.read_bytes() for p in COMMITTED.iterdir()}
    assert sorted(committed) == sorted(made), "run: python scripts/make_bad_inputs.py"
    for name, content in made.items():
        assert committed[name] == content, f"{name} is stale; run: python scripts/make_bad_inputs.py"


def test_manifest_lists_every_case_with_its_exit_code():
    assert set(EXPECTED) == {case.name for case in CASES}
    assert {entry["exit"] for entry in EXPECTED.values()} == {cli.EXIT_OK, cli.EXIT_ALL_FAILED}
    for name, entry in EXPECTED.items():
        assert (
            entry.get("message") if entry["exit"] else entry.get("output") or entry.get("output_contains")
        ), name


# -- each case through the command line -----------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[repr(case.name)[1:-1][:40] for case in CASES])
def test_case(case, cases_dir, tmp_path, capsys, nlp):
    entry = EXPECTED[case.name]
    path = cases_dir / case.name
    out = tmp_path / "out"
    code, lines = extract(capsys, str(path), "-o", str(out))
    assert code == entry["exit"], lines
    records = check_output_folder(out)
    if entry["exit"]:
        assert_one_line_error(lines, path, entry["message"])
        assert records == []
        return
    [record] = records
    warnings = [line for line in lines if line.startswith("communique: ")]
    assert not any("Traceback" in line for line in lines), lines
    if record["document"]["looks_like_press_release"]:
        assert not warnings, lines
    else:  # written, flagged, and said once
        assert len(warnings) == 1 and ": warning: does not look like a press release (" in warnings[0], lines
    for dotted, value in entry.get("output", {}).items():
        assert lookup(record, dotted) == value, dotted
    for dotted, fragment in entry.get("output_contains", {}).items():
        value = lookup(record, dotted)
        assert any(fragment in v for v in value) if isinstance(value, list) else fragment in value, dotted
    assert len(record["document"]["id"]) <= 120


def test_the_whole_folder_through_python_dash_m(cases_dir, tmp_path):
    """The real command: every failing case named once with its reason, the others written."""
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(cases_dir), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert result.returncode == cli.EXIT_SOME_FAILED, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    for case in CASES:
        if case.exit and "\n" not in case.name:
            assert_one_line_error(
                [line for line in lines if f"/{case.name}: " in line], cases_dir / case.name, case.message
            )
    records = check_output_folder(out)
    # hidden names (leading dot) are skipped when walking a folder, like any dot file
    visible = [c for c in CASES if not c.exit and not c.name.startswith(".")]
    assert len(records) == len(visible)


def test_error_for_a_name_with_a_newline_is_one_line(tmp_path, capsys, nlp):
    path = tmp_path / "line\nbreak.txt"
    path.write_bytes(b"")
    code, lines = extract(capsys, str(path), "-o", str(tmp_path / "out"))
    assert code == cli.EXIT_ALL_FAILED
    assert any(
        line.startswith("communique: ") and "line" in line and "break.txt: empty file" in line
        for line in lines
    ), lines


# -- size limit ------------------------------------------------------------------------------------


def test_fifty_megabytes_is_refused_by_the_default_limit(tmp_path, capsys, nlp):
    big = tmp_path / "big.txt"
    with big.open("wb") as stream:  # sparse: no 50 MB written to disk
        stream.truncate(50 * 1024 * 1024)
    code, lines = extract(capsys, str(big), "-o", str(tmp_path / "out"))
    assert code == cli.EXIT_ALL_FAILED
    assert_one_line_error(lines, big, "file too large (52428800 bytes > limit of 20971520")
    assert check_output_folder(tmp_path / "out") == []


def test_limit_from_option_and_environment(tmp_path, capsys, monkeypatch, nlp):
    small = tmp_path / "small.txt"
    small.write_bytes(SEED.read_bytes())
    code, lines = extract(capsys, str(small), "-o", str(tmp_path / "out"), "--max-bytes", "1000")
    assert code == cli.EXIT_ALL_FAILED
    assert_one_line_error(lines, small, "> limit of 1000")
    monkeypatch.setenv("COMMUNIQUE_MAX_BYTES", "2000")
    code, lines = extract(capsys, str(small), "-o", str(tmp_path / "out"))
    assert code == cli.EXIT_ALL_FAILED
    assert_one_line_error(lines, small, "> limit of 2000")


# -- paths that are not there, cannot be read, cannot be written -------------------------------------


def test_non_existent_path(tmp_path, capsys, nlp):
    missing = tmp_path / "nowhere" / "absent.txt"
    code, lines = extract(capsys, str(missing), "-o", str(tmp_path / "out"))
    assert code == cli.EXIT_ALL_FAILED
    assert_one_line_error(lines, missing, "no such file")
    assert not (tmp_path / "out").exists() or check_output_folder(tmp_path / "out") == []


def test_unreadable_file(tmp_path, capsys, monkeypatch, nlp):
    path = tmp_path / "secret.txt"
    path.write_bytes(SEED.read_bytes())
    real_read_bytes = Path.read_bytes

    def refuse(self):
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    code, lines = extract(capsys, str(path), "-o", str(tmp_path / "out"))
    assert code == cli.EXIT_ALL_FAILED
    assert_one_line_error(lines, path, "permission denied (file cannot be read)")


def locked_folder(tmp_path: Path, monkeypatch) -> Path:
    """A folder holding a release that cannot be listed (simulated, so it also holds under root)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "release.txt").write_bytes(SEED.read_bytes())
    real_scandir = os.scandir

    def scandir(target="."):
        if Path(target) == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        return real_scandir(target)

    monkeypatch.setattr(os, "scandir", scandir)
    return folder


def test_folder_that_cannot_be_listed_is_named_by_the_reader(tmp_path, monkeypatch):
    from pipeline.errors import InputError
    from pipeline.readers import read_document

    folder = locked_folder(tmp_path, monkeypatch)
    with pytest.raises(InputError, match=r"permission denied \(folder cannot be listed\)"):
        read_document(folder)


def test_folder_that_cannot_be_listed(tmp_path, capsys, monkeypatch, nlp):
    folder = locked_folder(tmp_path, monkeypatch)
    code, lines = extract(capsys, str(folder), "-o", str(tmp_path / "out"))
    assert code == cli.EXIT_ALL_FAILED
    assert_one_line_error(lines, folder, "permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_folder_without_permission(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "release.txt").write_bytes(SEED.read_bytes())
    folder.chmod(0)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pipeline", "extract", str(folder), "-o", str(tmp_path / "out")],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=ROOT,
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode in (cli.EXIT_USAGE, cli.EXIT_ALL_FAILED)
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) <= 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_output_folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pipeline", "extract", str(SEED), "-o", str(out)],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=ROOT,
        )
    finally:
        out.chmod(0o755)
    assert result.returncode == cli.EXIT_ALL_FAILED
    assert_one_line_error(result.stderr.splitlines(), SEED, "(Permission denied)")
    assert list(out.iterdir()) == []


def raising(error_number: int):
    def fail(*args, **kwargs):
        raise OSError(error_number, os.strerror(error_number))

    return fail


@pytest.mark.parametrize(
    "target, error_number, message",
    [
        ("tempfile.mkstemp", errno.EACCES, "(Permission denied)"),  # read-only folder
        ("os.fsync", errno.ENOSPC, "(No space left on device)"),  # full disk, file half written
        ("os.replace", errno.ENOSPC, "(No space left on device)"),
        ("os.replace", errno.EROFS, "(Read-only file system)"),
    ],
)
def test_output_that_cannot_be_written(target, error_number, message, tmp_path, capsys, monkeypatch, nlp):
    """Through pipeline.assemble.write_atomic: a clear error, and no temporary file left behind."""
    import pipeline.assemble

    module_name, function = target.split(".")
    monkeypatch.setattr(getattr(pipeline.assemble, module_name), function, raising(error_number))
    out = tmp_path / "out"
    code, lines = extract(capsys, str(SEED), "-o", str(out))
    monkeypatch.undo()
    assert code == cli.EXIT_ALL_FAILED
    assert_one_line_error(lines, SEED, message)
    assert list(out.iterdir()) == []


def test_output_folder_is_a_file(tmp_path, capsys, nlp):
    out = tmp_path / "out"
    out.write_text("not a folder")
    code, lines = extract(capsys, str(SEED), "-o", str(out))
    assert code == cli.EXIT_ALL_FAILED
    assert_one_line_error(lines, SEED, "cannot write output")
    assert out.read_text() == "not a folder"
