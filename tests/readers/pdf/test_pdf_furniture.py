"""Page furniture (pipeline.readers.pdf.furniture): page numbers dropped, a running footer kept once,
the small-print contacts of a page's foot moved after the body."""

from __future__ import annotations

import re

import pytest
from pdf_fixtures import check_maps, make_pdf, read_sample

from pipeline.readers.pdf import read_pdf

PAGE_NUMBER_LINE = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?$", re.IGNORECASE | re.MULTILINE)


@pytest.fixture(scope="module")
def sample():
    return read_sample()


def test_sample_contacts_from_the_page_footer_follow_the_body(sample):
    text = sample.text
    for needle in (
        "presse@numerique.gouv.fr",
        "01 53 18 43 10",
        "Bertrand.braunschweig@inria.fr",
        "07 84 01 69 66",
    ):
        assert needle in text
    assert "\n\nCabinet de Cédric O\n01 53 18 43 10" in text
    assert text.index("Cabinet de Cédric O") > text.index("leurs valeurs démocratiques communes.")
    where = sample.locate(text.index("presse@numerique.gouv.fr"), text.index("presse@numerique.gouv.fr") + 24)
    assert where["page"] == 1 and where["bbox"][1] > 0.8 * sample.pages[0].height


def test_sample_has_no_page_numbers_and_running_footer_once(sample):
    assert not PAGE_NUMBER_LINE.search(sample.text)
    assert "1/2" not in sample.text and "2/2" not in sample.text
    assert sample.text.count("Secrétariat d'État chargé du numérique – Communiqué de presse") == 1


def test_a_headline_year_and_a_footer_of_digits_are_kept(tmp_path):
    """A headline's last line in the page's top band is no page number, even when it is a year; lines
    of small print made of digits alone ("45 67", "32 10") are kept, not taken for a running line."""

    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", "B", size=20)
        pdf.text(72, 62, "Collèges : vingt cours végétalisées d'ici")
        pdf.text(72, 88, "2030")
        pdf.set_font("helvetica", size=10)
        for i in range(12):
            pdf.text(72, 140 + 13 * i, "Le Département poursuit son plan de rénovation des cours de collège.")
        pdf.set_font("helvetica", size=7)
        pdf.text(72, 700, "Julie Martin, 01 23")
        pdf.text(72, 710, "45 67")
        pdf.text(72, 720, "Paul Durand, 02 98")
        pdf.text(72, 730, "32 10")

    path = make_pdf(tmp_path, "year.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    assert document.text.split("\n\n")[0].endswith("2030")
    assert "01 23 45 67" in document.text and "02 98 32 10" in document.text  # cut in a narrow column


def test_numbers_that_end_or_fill_a_line_of_the_top_band_are_no_page_numbers(tmp_path):
    """A dateline's year wrapped under its line's left edge, and the groups of a phone number spread
    across a justified box, belong to the text; a number standing alone in the band is a page number."""

    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        pdf.text(300, 50, "COMMUNIQUÉ DE PRESSE - Lodève, dimanche 23 novembre")
        pdf.text(300, 62, "2025")
        pdf.text(40, 50, "Contact : service presse - 04")
        pdf.text(40, 62, "67")
        pdf.text(80, 62, "88")
        pdf.text(120, 62, "86")
        pdf.text(160, 62, "64")
        pdf.text(560, 30, "3")
        for i in range(12):
            pdf.text(
                72, 160 + 13 * i, "La commune ouvre son nouveau centre de loisirs aux enfants du canton."
            )

    path = make_pdf(tmp_path, "wrapped.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    assert re.search(r"dimanche 23 novembre\s2025", document.text)
    assert re.search(r"04\s67 88 86 64", document.text)
    assert not re.search(r"^3$", document.text, re.MULTILINE)


def test_a_contact_block_run_over_to_a_new_page_keeps_the_line_that_repeats_the_letterhead(tmp_path):
    """At the top of a later page, the letterhead's text under "Contact presse :" continues the block;
    the same text alone at the top of another page is a running header, dropped."""
    body = "La sous-préfecture réunit les maires du canton pour le plan de couverture mobile."

    def draw(pdf):
        pdf.set_font("helvetica", size=10)
        pdf.add_page()
        pdf.text(72, 40, "Sous-préfecture de Lunel")
        for i in range(40):
            pdf.text(72, 130 + 15 * i, body)
        pdf.add_page()
        pdf.text(72, 40, "Sous-préfecture de Lunel")
        for i in range(10):
            pdf.text(72, 130 + 15 * i, body)
        pdf.add_page()
        pdf.text(72, 40, "Contact presse :")
        pdf.text(72, 53, "Sous-préfecture de Lunel")
        pdf.text(72, 66, "04 67 00 12 34")

    path = make_pdf(tmp_path, "continued.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    assert document.text.count("Sous-préfecture de Lunel") == 2
    assert "Contact presse :\nSous-préfecture de Lunel\n04 67 00 12 34" in document.text
