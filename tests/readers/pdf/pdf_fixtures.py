"""What the PDF reader's tests share: the rendered sample, PDFs drawn on the fly, and the invariants
every reading keeps (no spaCy model needed)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from conftest import CORPUS as SHARED_CORPUS

from pipeline.errors import InputError
from pipeline.readers import read_document
from pipeline.readers.pdf import read_pdf
from pipeline.readers.pdf.glyphs import NO_BOX

ROOT = Path(__file__).resolve().parents[3]
SAMPLE_PDF = ROOT / "samples" / "000_0146f9d8f82743d2_rendered.pdf"
CORPUS = SHARED_CORPUS / "pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def check_maps(document) -> None:
    """The invariants every PDF read must keep."""
    assert document.format == "pdf" and document.encoding == "pdf"
    assert len(document.boxes) == len(document.source_offsets) == len(document.text)
    assert all(a <= b for a, b in zip(document.source_offsets, document.source_offsets[1:], strict=False))
    for char, box in zip(document.text, document.boxes, strict=False):
        if char.isspace():
            assert box == NO_BOX
        else:
            assert 1 <= box[0] <= len(document.pages) and box[1] <= box[3] and box[2] <= box[4]
    assert document.pages[0].start == 0 and document.pages[-1].end == len(document.text)
    for page, following in zip(document.pages, document.pages[1:], strict=False):
        assert page.start <= page.end == following.start


def make_pdf(tmp_path: Path, name: str, draw) -> Path:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(format="A4", unit="pt")
    draw(pdf)
    path = tmp_path / name
    pdf.output(str(path))
    return path


@cache
def read_sample():
    """The rendered sample release (two pages, letterhead, running footer, contacts in small print)."""
    return read_pdf(SAMPLE_PDF, SAMPLE_PDF.read_bytes())


def refusal(path: Path) -> str:
    """The one-line reason a file is refused with, checked to name the file."""
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert "\n" not in caught.value.reason
    assert caught.value.path == str(path)
    return caught.value.reason
