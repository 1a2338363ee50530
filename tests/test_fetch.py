"""URLs: `communique extract http://...` against a local server on 127.0.0.1 started here (pages
from the test data, a PDF, a slow endpoint, a 404, a redirect, a 50 MB body). Never the internet."""

from __future__ import annotations

import importlib.util
import json
import sys
import threading
import time
from contextlib import suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import ROOT

from pipeline import cli
from pipeline.errors import InputError
from pipeline.fetch import fetch, is_url, url_document_id

TWIN = ROOT / "tests" / "data" / "html" / "fr-musee-rouen-2025-03-25-invitation-marees-interieures.html"
FIFTY_MB = 50 * 1024 * 1024


def good_pdf() -> bytes:
    spec = importlib.util.spec_from_file_location("make_bad_inputs", ROOT / "scripts" / "make_bad_inputs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.good_pdf()


class Handler(BaseHTTPRequestHandler):
    pdf = b""

    def log_message(self, *args) -> None:  # quiet
        pass

    def send(self, status: int, body: bytes, content_type: str, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout, size)
            self.wfile.write(body)

    def stream(self, total: int, announce: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if announce:
            self.send_header("Content-Length", str(total))
        self.end_headers()
        chunk = b"<p>" + b"x" * 65000 + b"</p>\n"
        try:
            sent = 0
            while sent < total:
                self.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self) -> None:
        path = self.path
        if path == "/communique-marees.html":
            self.send(200, TWIN.read_bytes(), "text/html; charset=utf-8")
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/communique-marees.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/release.pdf":
            self.send(200, self.pdf, "application/pdf")
        elif path == "/download":
            self.send(200, self.pdf, "application/octet-stream")
        elif path == "/slow":
            time.sleep(3)
            self.send(200, TWIN.read_bytes(), "text/html")
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>" + b"x" * 70000 + b"</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/big":
            self.stream(FIFTY_MB, announce=True)
        elif path == "/big-unannounced":
            self.stream(FIFTY_MB, announce=False)
        elif path == "/logo.png":
            self.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
        else:
            self.send(404, b"<h1>Not found</h1>", "text/html")


@pytest.fixture(scope="module")
def server():
    Handler.pdf = good_pdf()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def extract(capsys, *args: str) -> tuple[int, list[str]]:
    code = cli.main(["extract", *args])
    return code, capsys.readouterr().err.splitlines()


def one_error(lines: list[str], url: str) -> str:
    errors = [line for line in lines if line.startswith("communique: ")]
    assert len(errors) == 1 and not any("Traceback" in line for line in lines), lines
    assert errors[0].startswith(f"communique: {url}: "), errors[0]
    return errors[0]


def test_urls_are_told_from_paths():
    assert is_url("https://www.example.org/presse/a.html") and is_url("HTTP://127.0.0.1:8000/")
    assert not is_url("ftp://example.org/a.html") and not is_url("samples/a.txt") and not is_url("https:/a")
    assert url_document_id("https://www.example.org/presse/cp-2025.html?x=1") == "cp-2025"
    assert url_document_id("https://www.example.org/") == "www.example"


def test_a_page_by_url(server, tmp_path, capsys, nlp):
    url = f"{server}/redirect"
    code, lines = extract(capsys, url, "-o", str(tmp_path))
    assert code == cli.EXIT_OK, lines
    record = json.loads((tmp_path / "redirect.json").read_text(encoding="utf-8"))
    document = record["document"]
    assert document["source"] == url and document["format"] == "html"
    fetched = document["fetch"]
    assert fetched["final_url"] == f"{server}/communique-marees.html" and fetched["status"] == 200
    assert fetched["content_type"] == "text/html" and fetched["fetched_at"].endswith("Z")
    assert record["metadata"]["date"] == "2025-03-25"
    assert "Espace presse" not in document["text"] and "camille.legoff@" in document["text"]


def test_a_pdf_by_url_even_with_a_generic_type(server, tmp_path, capsys, nlp):
    code, lines = extract(capsys, f"{server}/release.pdf", f"{server}/download", "-o", str(tmp_path))
    assert code == cli.EXIT_OK, lines
    for name in ("release", "download"):
        record = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
        assert record["document"]["format"] == "pdf" and "appel à projets" in record["document"]["text"]
        assert (
            record["document"]["fetch"]["url"] == f"{server}/{'release.pdf' if name == 'release' else name}"
        )


@pytest.mark.parametrize(
    "path, fragment",
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/logo.png", "not HTML or PDF (content type image/png)"),
        ("/big", f"too large ({FIFTY_MB} bytes > limit of 20971520"),
        ("/big-unannounced", "too large (more than 20971520 bytes"),
    ],
)
def test_fetch_errors_are_one_line(server, tmp_path, capsys, path, fragment, nlp):
    url = server + path
    code, lines = extract(capsys, url, "-o", str(tmp_path))
    assert code == cli.EXIT_ALL_FAILED
    assert fragment in one_error(lines, url)
    assert [p.name for p in tmp_path.iterdir()] in ([], ["_manifest.json"])


def test_a_slow_server_times_out(server, tmp_path, capsys, monkeypatch, nlp):
    monkeypatch.setenv("COMMUNIQUE_FETCH_TIMEOUT", "1")
    for path in ("/slow", "/trickle"):
        started = time.monotonic()
        code, lines = extract(capsys, server + path, "-o", str(tmp_path))
        assert time.monotonic() - started < 2.5, path
        assert code == cli.EXIT_ALL_FAILED
        assert "timed out after 1 s" in one_error(lines, server + path)


def test_a_server_that_is_not_there():
    with pytest.raises(InputError, match="cannot fetch"):
        fetch("http://127.0.0.1:9/nothing", limit=1000, seconds=2)


def test_the_size_limit_follows_max_bytes(server):
    with pytest.raises(InputError, match="> limit of 1000"):
        fetch(f"{server}/communique-marees.html", limit=1000)
