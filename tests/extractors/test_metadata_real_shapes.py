"""Metadata on invented heads in shapes seen on real releases of issuers the corpus lacks (session 11:
listed companies' distribution notices, United Nations-style release codes, genre banners,
datelines naming several cities, releases with no headline, publication stamps under the text).
Every fragment is invented; each expected value was decided by docs/annotation.md before the
pipeline was run on it."""

import pytest

from pipeline.extractors.metadata import extract_metadata

LEDE = (
    "Le groupe annonce aujourd'hui le lancement de l'opération, dont les modalités sont décrites ci-dessous."
)

SHAPES = {
    "distribution_notice_over_dateline": (
        (
            "CE COMMUNIQUÉ NE DOIT PAS ÊTRE PUBLIÉ, DISTRIBUÉ OU DIFFUSÉ, DIRECTEMENT OU INDIRECTEMENT, "
            "AUX ÉTATS-UNIS, AU CANADA, EN AUSTRALIE OU AU JAPON.\n\n"
            "Lyon, le 4 mars 2025.\n\n"
            "Valoria lance une augmentation de capital de 12 millions d'euros\n\n" + LEDE
        ),
        {"title": "Valoria lance une augmentation de capital de 12 millions d'euros", "date": "2025-03-04"},
    ),
    "distribution_notice_wrapped": (
        (
            "NE PAS DISTRIBUER, DIRECTEMENT OU INDIRECTEMENT, AUX ÉTATS-UNIS,\n"
            "AU CANADA, EN AUSTRALIE OU AU JAPON\n\n"
            "Communiqué de presse\n"
            "Nantes, le 17 juin 2024\n\n"
            "Brixol annonce le succès de son introduction en bourse\n\n" + LEDE
        ),
        {"title": "Brixol annonce le succès de son introduction en bourse", "place": "Nantes"},
    ),
    "not_for_release_english_notice": (
        (
            "Not for release, publication or distribution in the United States\n\n"
            "Communiqué de presse\n\n"
            "Solvane : émission d'obligations convertibles à échéance 2030\n\n" + LEDE
        ),
        {"title": "Solvane : émission d'obligations convertibles à échéance 2030"},
    ),
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_real_shape(name):
    text, expected = SHAPES[name]
    metadata = extract_metadata(text)
    assert {field: metadata[field] for field in expected} == expected
    for field, span in metadata["evidence"].items():
        assert text[span["start"] : span["end"]] == span["text"], field


def test_a_headline_on_a_country_stays_a_headline():
    text = "Communiqué de presse\n\nAu Canada, Brixol ouvre sa première usine\n\n" + LEDE
    assert extract_metadata(text)["title"] == "Au Canada, Brixol ouvre sa première usine"
