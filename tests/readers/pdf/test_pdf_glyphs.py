"""Opening a page (pipeline.readers.pdf.glyphs): a fake bold's copies are read once."""

from __future__ import annotations

from pdf_fixtures import check_maps, make_pdf

from pipeline.readers.pdf import read_pdf


def test_fake_bold_glyphs_drawn_twice_read_once(tmp_path):
    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=16)
        for dx, dy in ((0, 0), (0.8, 0.3)):  # fake bold: the headline drawn twice, a hair apart
            pdf.text(72 + dx, 100 + dy, "Communiqué de presse")
        pdf.set_font("helvetica", size=11)
        pdf.text(72, 140, "Le programme commence le 3 mars.")

    path = make_pdf(tmp_path, "fake-bold.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    assert "Communiqué de presse" in document.text
    assert "CCoo" not in document.text and "programme commence" in document.text
