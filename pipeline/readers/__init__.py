"""One reader per input format, all returning a SourceDocument (clean text + offset map)."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers.base import SourceDocument

SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", ".pdf", ".html", ".htm"}
HTML_SUFFIXES = {".html", ".htm"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Inputs above this size are refused; override with COMMUNIQUE_MAX_BYTES or --max-bytes."""


def max_bytes() -> int:
    value = os.environ.get("COMMUNIQUE_MAX_BYTES")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_BYTES


def read_document(path: Path | str, limit: int | None = None) -> SourceDocument:
    """Read any supported file, or fetch a URL, refusing with an InputError what cannot be processed."""
    from pipeline.fetch import is_url

    if is_url(path):
        from pipeline.fetch import read_url

        return read_url(str(path), limit or max_bytes())
    path = Path(path)
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
            raise InputError(name, f"file too large ({size} bytes > limit of {limit}; set --max-bytes)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        kind = "folder cannot be listed" if is_folder else "file cannot be read"
        raise InputError(name, f"permission denied ({kind})") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except OSError as error:
        raise InputError(name, f"cannot read ({error.strerror or error})") from None
    if not data.strip():
        raise InputError(name, "empty file" if not data else "empty document (whitespace only)")
    suffix = path.suffix.lower()
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        from pipeline.readers.pdf import read_pdf

        return read_pdf(path, data)
    if suffix in HTML_SUFFIXES:
        from pipeline.readers.html import read_html

        return read_html(path, data)
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            name, f"unsupported file type '{suffix or '(none)'}' (supported: .txt, .md, .pdf, .html)"
        )
    from pipeline.readers.text import read_text

    return read_text(path, data)


__all__ = ["InputError", "SourceDocument", "read_document", "SUPPORTED_SUFFIXES"]
