"""Reader for .txt and .md files: decoding with detection, refusals, markdown cleaning."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers.base import SourceDocument, document_id, sha256_bytes
from pipeline.readers.normalize import normalize

MARKDOWN_HINT = re.compile(r"\*\*[^*\n]+\*\*|\[[^\]\n]*\]\([^)\s]*\)|^#{1,6} \S", re.MULTILINE)
BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
MOJIBAKE = re.compile(r"[ÃÂ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac\u2122]")


def decode(data: bytes, path: str) -> tuple[str, str]:
    """The text of data and the encoding it was in; refuses what is not text."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as error:
                raise InputError(path, f"invalid UTF-16 text ({error.reason})") from None
    if b"\x00" in data[:65536]:
        raise InputError(path, "binary content, not text (NUL bytes)")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
    sample = text[:65536]
    if sample and len(BINARY_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise InputError(path, "binary content, not text (control characters)")
    if encoding != "utf-8" and sum(1 for c in sample if ord(c) > 127) > len(sample) // 4:
        raise InputError(path, "undetectable text encoding (neither UTF-8 nor Windows-1252/Latin-1)")
    if encoding == "utf-8" and len(MOJIBAKE.findall(sample)) > 3:
        try:
            return text.encode("cp1252").decode("utf-8"), "utf-8 (double-encoded, repaired)"
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return text, encoding


def read_text(path: Path, data: bytes) -> SourceDocument:
    """A .txt or .md document; markdown markers are cleaned from both (converted text often has them)."""
    raw, encoding = decode(data, str(path))
    if not raw.strip():
        raise InputError(str(path), "empty document (no text, or whitespace only)")
    markdown = path.suffix.lower() in {".md", ".markdown"} or bool(MARKDOWN_HINT.search(raw))
    text, offsets = normalize(raw, markdown=markdown)
    if not text.strip():
        raise InputError(str(path), "empty document (no visible text)")
    return SourceDocument(
        id=document_id(path),
        source=str(path),
        format="md" if markdown else "txt",
        sha256=sha256_bytes(data),
        encoding=encoding,
        text=text,
        source_offsets=offsets,
    )
