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


def test_two_letterheads_side_by_side_are_one_line_with_a_column_gap(tmp_path):
    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=9)
        pdf.text(200, 60, "Universite de Tanvelle")
        pdf.text(460, 60, "Institut Morlaix")
        pdf.text(200, 78, "COMMUNIQUE DE PRESSE CONJOINT")
        pdf.text(200, 96, "Tanvelle, le 3 juin 2025")
        pdf.set_font("helvetica", size=15)
        pdf.text(200, 130, "Un titre sur la page")

    path = make_pdf(tmp_path, "letterheads.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    first = document.text.split("\n")[0]
    assert first == "Universite de Tanvelle Institut Morlaix"
    assert first.index(" Institut") in document.cell_gaps()
    assert document.text.index("Institut Morlaix") < document.text.index("COMMUNIQUE")
