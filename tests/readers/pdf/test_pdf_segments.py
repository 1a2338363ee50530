"""Glyphs -> segments (pipeline.readers.pdf.segments): ligatures keep their glyph's box, bullets set
apart as with a tab join their line."""

from __future__ import annotations

import pytest
from pdf_fixtures import DEJAVU, check_maps, make_pdf

from pipeline.readers.pdf import read_pdf
from pipeline.readers.pdf.glyphs import NO_BOX


@pytest.mark.skipif(not DEJAVU.is_file(), reason="DejaVu Sans not installed")
def test_ligatures_spaces_and_bullets_are_normalised(tmp_path):
    def draw(pdf):
        pdf.add_font("DejaVu", "", str(DEJAVU))
        pdf.add_page()
        pdf.set_font("DejaVu", size=11)
        pdf.text(72, 100, "Le \ufb01nancement de 10\u00a0000\u00a0€ a été \ufb02échi :")
        for i, item in enumerate(["premier point ;", "second point."]):
            pdf.text(72, 114 + 14 * i, "\u2022")  # bullets set apart from their text, as with a tab
            pdf.text(90, 114 + 14 * i, item)

    path = make_pdf(tmp_path, "ligatures.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    assert document.text == "Le financement de 10 000 € a été fléchi :\n• premier point ;\n• second point."
    assert document.boxes[3] == document.boxes[4] != NO_BOX  # "fi" both come from the ligature glyph


def test_a_justified_headline_is_not_cut_at_its_wide_word_spaces(tmp_path):
    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", "B", size=16)
        x = 72.0
        for word in ["Les", "jardins", "partagés", "ouvrent", "demain"]:
            pdf.text(x, 80, word)
            x += pdf.get_string_width(word) + 30  # justified: every word space about two ems wide
        pdf.text(72, 100, "au public")
        pdf.set_font("helvetica", size=10)
        pdf.text(72, 130, "Le texte du communiqué commence ici.")

    path = make_pdf(tmp_path, "justified.pdf", draw)
    text = read_pdf(path, path.read_bytes()).text
    assert text.startswith("Les jardins partagés ouvrent demain au public\n\n")


def test_a_justified_side_box_line_is_cut_from_the_date_line_beside_it(tmp_path):
    """A side box's justified line in small print, its word spaces as wide as the gutter, is not
    read into the body's date line set on the same baseline beside it."""

    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=7)
        x = 40.0
        for word in ["Contact", "presse", ":", "Service"]:
            pdf.text(x, 120, word)
            x += pdf.get_string_width(word) + 16  # justified in a narrow box: wide word spaces
        right = x - 16
        pdf.text(40, 130, "communication - 01 23 45 67 89")
        pdf.set_font("helvetica", size=10)
        pdf.text(right + 20, 120, "Lyon, le 3 mars 2026")
        for i in range(4):
            pdf.text(right + 20, 140 + 13 * i, "Le texte du communiqué se poursuit sur cette ligne.")

    path = make_pdf(tmp_path, "sidebox.pdf", draw)
    text = read_pdf(path, path.read_bytes()).text
    assert "Lyon, le 3 mars 2026" in text.split("\n")
    assert "Contact presse : Service" in text
