"""Segments -> blocks (pipeline.readers.pdf.blocks): columns are read one after the other."""

from __future__ import annotations

from pdf_fixtures import make_pdf

from pipeline.readers.pdf import read_pdf


def test_two_columns_are_read_one_after_the_other(tmp_path):
    left = ["Premiere colonne, ligne un", "premiere colonne, ligne deux", "premiere colonne, fin."]
    right = ["Seconde colonne, ligne un", "seconde colonne, ligne deux", "seconde colonne, fin."]

    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", "B", size=20)
        pdf.text(72, 80, "Un titre en grand")
        pdf.set_font("helvetica", size=10)
        for i, (a, b) in enumerate(zip(left, right, strict=False)):
            pdf.text(72, 130 + 12 * i, a)
            pdf.text(320, 130 + 12 * i, b)

    path = make_pdf(tmp_path, "columns.pdf", draw)
    text = read_pdf(path, path.read_bytes()).text
    assert text.startswith("Un titre en grand\n\n")
    assert "Premiere colonne, ligne un premiere colonne, ligne deux premiere colonne, fin." in text
    assert text.index("premiere colonne, fin.") < text.index("Seconde colonne, ligne un")
