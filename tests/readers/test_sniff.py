"""Telling a document's format from its first bytes, and the reader registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.readers import READERS, read_blob, read_bytes, read_document, sniff_format


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        (b"\n  %PDF-1.4", "pdf"),
        (b"<!DOCTYPE html>\n<html lang='fr'>", "html"),
        (b"\xef\xbb\xbf<!doctype HTML><title>x</title>", "html"),
        (b"  <html><body><p>Paris, le 3 mars</p>", "html"),
        (b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>", "html"),
        (b"<p>Communiqu\xc3\xa9 de presse</p>", "html"),
        (b"<div class='release'>", "html"),
        (b"COMMUNIQU\xc3\x89 DE PRESSE\nParis, le 3 mars 2025", "text"),
        (b"# Communiqu\xc3\xa9\n\n**Paris**, le 3 mars", "text"),
        (b"<Paris> le 3 mars, <pr\xc3\xa9fecture>", "text"),  # angle brackets, but no HTML tag
        (b"Le format %PDF- est cit\xc3\xa9 ici", "text"),
    ],
)
def test_sniff_format(data, expected):
    assert sniff_format(data) == expected


def test_a_file_keeps_its_suffix_and_a_pdf_header_wins(tmp_path):
    wrong = tmp_path / "release.docx"
    wrong.write_bytes(b"Paris, le 3 mars 2025.")
    with pytest.raises(InputError, match="unsupported file type '.docx'"):
        read_document(wrong)
    page = tmp_path / "page.html"
    page.write_bytes(b"<html><body>x</body></html>")
    if "html" not in READERS:
        with pytest.raises(InputError, match="HTML input is not supported yet"):
            read_document(page)


def test_blob_without_a_name_is_read_by_the_sniffed_reader():
    document = read_blob("<stdin>", "Paris, le 3 mars 2025.\nCommuniqué de presse.".encode())
    assert document.format == "txt" and document.id == "stdin" and document.source == "<stdin>"


def test_an_unknown_format_is_refused():
    with pytest.raises(InputError, match="unknown format 'docx'"):
        read_bytes(Path("x"), b"text", "docx")
