"""The headline by layout (pipeline.readers.pdf.title): the largest font on the first page."""

from __future__ import annotations

from pdf_fixtures import read_sample

from pipeline.readers.pdf.glyphs import NO_BOX


def test_the_largest_font_on_the_first_page_is_the_layout_title():
    sample = read_sample()
    start, end = sample.layout_title
    assert sample.text[start:end].startswith("Lancement du Partenariat Mondial")
    assert all(box[0] == 1 for box in sample.boxes[start:end] if box != NO_BOX)
