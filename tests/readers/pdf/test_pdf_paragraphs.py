"""Blocks -> lines -> paragraphs (pipeline.readers.pdf.paragraphs): a change of font size starts a
paragraph, so the letterhead, the Marianne's motto and the title stand apart."""

from __future__ import annotations

import pytest
from pdf_fixtures import read_sample


@pytest.fixture(scope="module")
def sample():
    return read_sample()


def test_sample_keeps_letterhead_and_marianne_apart_from_the_title(sample):
    assert sample.text.startswith(
        "SECRETARIAT D'ÉTAT\nCHARGÉ DU NUMÉRIQUE\n\nLiberté\nÉgalité\nFraternité\n\nCOMMUNIQUÉ DE PRESSE\n\n"
    )
    title = "Lancement du Partenariat Mondial pour l'Intelligence Artificielle par quinze membres fondateurs"
    assert f"\n\n{title}\n\n" in sample.text
    assert "\n\nParis, le 15/06/2020\nN°134\n\n" in sample.text
