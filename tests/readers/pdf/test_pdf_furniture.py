"""Page furniture (pipeline.readers.pdf.furniture): page numbers dropped, a running footer kept once,
the small-print contacts of a page's foot moved after the body."""

from __future__ import annotations

import re

import pytest
from pdf_fixtures import read_sample

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
