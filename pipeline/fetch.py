"""Fetching a page or a PDF the user named by URL: the only network access the tool makes.

The standard library's urllib does it (redirects followed, up to ten); what it does not do is
bounded here: a deadline for the whole fetch (a server trickling bytes cannot hold a run), a size
limit checked on the announced length and again while reading, and the content type (HTML or
PDF; a body that starts like one is trusted over a missing or generic type). Every failure is an
InputError with a one-line reason.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from pipeline import __version__
from pipeline.errors import InputError
from pipeline.readers.base import SourceDocument, document_id

URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)
DEFAULT_TIMEOUT = 20.0
"""Seconds for the whole fetch; override with COMMUNIQUE_FETCH_TIMEOUT."""
CHUNK = 1 << 16
HTML_TYPES = ("text/html", "application/xhtml+xml")
PDF_TYPES = ("application/pdf", "application/x-pdf")


def is_url(value: object) -> bool:
    return isinstance(value, str) and bool(URL.match(value))


def timeout() -> float:
    value = os.environ.get("COMMUNIQUE_FETCH_TIMEOUT", "")
    try:
        return float(value) if float(value) > 0 else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT


def url_document_id(url: str) -> str:
    """An id from the URL's last path segment (else its host): what a saved page would be named."""
    parts = urlsplit(url)
    segment = next((s for s in reversed(parts.path.split("/")) if s), "") or parts.hostname or "page"
    return document_id(PurePosixPath(unquote(segment)))


@dataclass
class Fetched:
    data: bytes
    kind: str  # "html" or "pdf"
    charset: str | None
    details: dict


def _kind(content_type: str, head: bytes) -> str | None:
    """'html' or 'pdf' from the declared type, or from the first bytes when the type says nothing."""
    if content_type in PDF_TYPES or head.startswith(b"%PDF-"):
        return "pdf"
    if content_type in HTML_TYPES:
        return "html"
    sniff = head.lstrip()[:200].lower()
    if content_type in ("", "application/octet-stream", "text/plain") and (
        sniff.startswith((b"<!doctype html", b"<html")) or b"<html" in sniff
    ):
        return "html"
    return None


def fetch(url: str, limit: int, seconds: float | None = None) -> Fetched:
    """The body of url, checked; raises InputError(url, reason) on any failure."""
    import socket
    import urllib.error
    import urllib.request

    seconds = seconds or timeout()
    deadline = time.monotonic() + seconds
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"communique/{__version__} (press-release extraction)",
            "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1",
        },
    )
    fetched_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    try:
        with urllib.request.urlopen(request, timeout=seconds) as response:
            content_type = (response.headers.get_content_type() or "").lower()
            declared = response.headers.get("Content-Type") or ""
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise InputError(url, f"too large ({length} bytes > limit of {limit}; set --max-bytes)")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise InputError(url, f"timed out after {seconds:g} s")
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise InputError(url, f"too large (more than {limit} bytes; set --max-bytes)")
                chunks.append(chunk)
                if len(chunks) == 1 and _kind(content_type, chunk[:1024]) is None:
                    raise InputError(url, f"not HTML or PDF (content type {content_type or 'missing'})")
            data = b"".join(chunks)
            final_url, status = response.geturl(), response.status
    except InputError:
        raise
    except urllib.error.HTTPError as error:
        raise InputError(url, f"HTTP {error.code} {error.reason}".strip()) from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise InputError(url, f"timed out after {seconds:g} s") from None
        raise InputError(url, f"cannot fetch ({reason})") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {seconds:g} s") from None
    except (OSError, ValueError) as error:
        raise InputError(url, f"cannot fetch ({type(error).__name__}: {error})") from None
    if not data.strip():
        raise InputError(url, "empty response")
    kind = _kind(content_type, data[:1024])
    if kind is None:
        raise InputError(url, f"not HTML or PDF (content type {content_type or 'missing'})")
    charset = None
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", declared, re.IGNORECASE)
    if match:
        charset = match.group(1)
    details = {
        "url": url,
        "final_url": final_url,
        "fetched_at": fetched_at,
        "status": status,
        "content_type": content_type or "unknown",
    }
    return Fetched(data, kind, charset, details)


def read_url(url: str, limit: int) -> SourceDocument:
    """Fetch url and read it as a web page or a PDF; the record's source is the URL as given."""
    fetched = fetch(url, limit)
    try:
        if fetched.kind == "pdf":
            from pipeline.readers.pdf import read_pdf

            source = read_pdf(Path("page.pdf"), fetched.data)
        else:
            from pipeline.readers.html import read_html

            source = read_html(url, fetched.data, fetched.charset)
    except InputError as error:
        raise InputError(url, error.reason) from None
    source.id = url_document_id(url)
    source.source = url
    source.fetch = fetched.details
    return source
