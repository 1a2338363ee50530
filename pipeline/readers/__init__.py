"""One reader per input format, all returning a SourceDocument (clean text + offset map).

A file's format comes from its suffix (PDF magic wins); a document given as bytes, with no file
name (standard input, the Python API), has its format sniffed from its first bytes instead.
Readers are looked up in READERS by format, and imported only when a document needs them.
"""

from __future__ import annotations

import os
import re
from importlib import import_module
from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers.base import SourceDocument

SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", ".pdf", ".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Inputs above this size are refused; override with COMMUNIQUE_MAX_BYTES or --max-bytes."""

FORMATS = ("text", "pdf", "html")
"""What `format=` may say. "text" covers plain text and markdown (the text reader tells them apart)."""

READERS: dict[str, str] = {
    "text": "pipeline.readers.text:read_text",
    "pdf": "pipeline.readers.pdf:read_pdf",
    "html": "pipeline.readers.html:read_html",
}
"""Format -> "module:function" taking (path, data) and returning a SourceDocument. A format with no
reader here is refused with a clear reason."""

PDF_MAGIC = b"%PDF-"
HTML_START = re.compile(
    rb"\s*(?:<!doctype\s+html|<!--|<\?xml[^>]*>\s*<(?:!doctype\s+)?html"
    rb"|<(?:html|head|body|title|meta|script|style|div|p|h[1-6]|table|a|b|br|font|iframe)[\s/>])",
    re.IGNORECASE,
)
"""What an HTML document starts with, after white space: the tags the WHATWG MIME-sniffing
algorithm looks for (a doctype, a comment, html, head, body, script, a paragraph...)."""
BOMS = (b"\xef\xbb\xbf",)


def max_bytes() -> int:
    value = os.environ.get("COMMUNIQUE_MAX_BYTES")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_BYTES


def sniff_format(data: bytes) -> str:
    """ "pdf", "html" or "text", from the first bytes of a document that has no file name."""
    head = data[:1024]
    for bom in BOMS:
        head = head.removeprefix(bom)
    if head.lstrip().startswith(PDF_MAGIC):
        return "pdf"
    if HTML_START.match(head):
        return "html"
    return "text"


def format_of_file(path: Path, data: bytes) -> str:
    """A file's format, from its suffix; a PDF's header wins over a misleading suffix."""
    suffix = path.suffix.lower()
    if suffix == ".pdf" or data.startswith(PDF_MAGIC):
        return "pdf"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise InputError(
        str(path), f"unsupported file type '{suffix or '(none)'}' (supported: .txt, .md, .pdf, .html)"
    )


def read_bytes(path: Path, data: bytes, format: str) -> SourceDocument:
    """The document in data, read by the reader registered for format; path names it."""
    name = str(path)
    refuse_empty(name, data)
    if format not in FORMATS:
        raise InputError(name, f"unknown format {format!r} (one of: {', '.join(FORMATS)})")
    if format not in READERS:
        supported = ", ".join(sorted(READERS))
        raise InputError(name, f"{format.upper()} input is not supported yet (supported: {supported})")
    module, function = READERS[format].split(":")
    return getattr(import_module(module), function)(path, data)


def refuse_empty(name: str, data: bytes) -> None:
    if not data.strip():
        raise InputError(name, "empty file" if not data else "empty document (whitespace only)")


def read_file(path: Path, limit: int | None = None) -> bytes:
    """A file's bytes, refusing with an InputError what cannot or must not be read."""
    name = str(path)
    limit = limit or max_bytes()
    is_folder = False
    try:
        if path.is_dir():
            is_folder = True
            with os.scandir(path):  # a folder that cannot be listed raises PermissionError here
                pass
            raise InputError(name, "is a directory, not a file")
        size = path.stat().st_size
        if size > limit:
            raise InputError(name, too_large(size, limit))
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        kind = "folder cannot be listed" if is_folder else "file cannot be read"
        raise InputError(name, f"permission denied ({kind})") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except OSError as error:
        raise InputError(name, f"cannot read ({error.strerror or error})") from None


def too_large(size: int, limit: int) -> str:
    return f"file too large ({size} bytes > limit of {limit}; set --max-bytes)"


def read_document(path: Path | str, limit: int | None = None, format: str | None = None) -> SourceDocument:
    """Read any supported file, or fetch an http(s) URL, refusing with an InputError what cannot be
    processed."""
    from pipeline.fetch import is_url

    if is_url(path):
        from pipeline.fetch import read_url

        return read_url(str(path), limit or max_bytes())
    path = Path(path)
    data = read_file(path, limit)
    refuse_empty(str(path), data)  # said before the suffix is judged
    return read_bytes(path, data, format or format_of_file(path, data))


def read_blob(name: str, data: bytes, limit: int | None = None, format: str | None = None) -> SourceDocument:
    """Read a document given as bytes (standard input, the Python API): its format is sniffed."""
    limit = limit or max_bytes()
    if len(data) > limit:  # standard input is read up to one byte past the limit
        raise InputError(name, f"too large (more than {limit} bytes; set --max-bytes)")
    return read_bytes(Path(name), data, format or sniff_format(data))


__all__ = [
    "FORMATS",
    "InputError",
    "READERS",
    "SUPPORTED_SUFFIXES",
    "SourceDocument",
    "read_blob",
    "read_document",
    "sniff_format",
]
