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


MORE_SHAPES = {
    "release_code_over_headline_and_under_genre": (
        (
            "UNEP/412\n\n"
            "LE PROGRAMME LANCE UN ATLAS DES ZONES HUMIDES MENACÉES\n\n"
            "12/05/2024\n"
            "Communiqué de presse\n"
            "UNEP/412\n\n"
            "LE PROGRAMME LANCE UN ATLAS DES ZONES HUMIDES MENACÉES\n\n"
            "GENÈVE/NAIROBI, le 10 mai 2024 -- Un atlas publié aujourd'hui recense les zones humides."
        ),
        {
            "reference": "UNEP/412",
            "title": "LE PROGRAMME LANCE UN ATLAS DES ZONES HUMIDES MENACÉES",
            "document_type": "Communiqué de presse",
            "place": "GENÈVE/NAIROBI",
            "date": "2024-05-10",
        },
    ),
    "code_with_two_parts": (
        ("SG/2024/114\n\nLe secrétariat général publie son rapport annuel\n\n" + LEDE),
        {"reference": "SG/2024/114", "title": "Le secrétariat général publie son rapport annuel"},
    ),
    "two_cities_with_spaced_slash": (
        (
            "Communiqué de presse\nParis / Bruxelles, le 4 mai 2024\n\nBrixol et Vertanne fusionnent\n\n"
            + LEDE
        ),
        {"place": "Paris / Bruxelles", "date": "2024-05-04", "title": "Brixol et Vertanne fusionnent"},
    ),
    "genre_banner_repeated": (
        (
            "COMMUNIQUÉ DE PRESSE --- COMMUNIQUÉ DE PRESSE --- COMMUNIQUÉ\n\n"
            "La Maison des aidants ouvre une antenne à Vierzon\n\n" + LEDE
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "title": "La Maison des aidants ouvre une antenne à Vierzon",
        },
    ),
    "invitation_without_headline_a_capitalised_noun_before_a_date": (
        (
            "Invitation presse\n"
            "La présidente de l'Union des Centres Sociaux, la directrice du Réseau des CCAS,\n"
            "ont le plaisir de vous convier à l'inauguration de la Maison des CCAS,\n"
            "jeudi 12 juin 2025 à 11 h\n"
            "Salle des fêtes de Vierzon\n"
        ),
        {"place": None, "document_type": "Invitation presse"},
    ),
    "publication_stamp_under_the_text": (
        (
            "Réaction à la fermeture de la maternité de Brixeuil\n\n"
            "Je tiens à rappeler l'attachement des habitants à ce service public de proximité.\n\n"
            "Je resterai vigilante sur les suites données à ce dossier.\n\n"
            "Publié le 16 octobre 2018"
        ),
        {"title": "Réaction à la fermeture de la maternité de Brixeuil", "date": "2018-10-16", "place": None},
    ),
}


@pytest.mark.parametrize("name", sorted(MORE_SHAPES))
def test_more_real_shapes(name):
    text, expected = MORE_SHAPES[name]
    metadata = extract_metadata(text)
    assert {field: metadata[field] for field in expected} == expected


def test_fait_a_keeps_its_place():
    text = "Communiqué de presse\n\nLa section locale dénonce la fermeture du bureau de poste\n\n" + LEDE
    text += "\n\nFait à Limoges, le 3 mars 2025\nLe bureau de la section"
    metadata = extract_metadata(text)
    assert (metadata["place"], metadata["date"]) == ("Limoges", "2025-03-03")


ROAD = "\n\nFermeture de la RD 12 pour travaux\n\nLe préfet a pris un arrêté ce jour pour les usagers."


@pytest.mark.parametrize(
    "head, reference",
    [
        ("Communiqué de presse\nN/Réf : 2025-118", "2025-118"),
        ("Communiqué de presse – n° 7", "7"),
        ("Lyon, le 3 mars 2025 – CP 2025/041", "2025/041"),
        ("Communiqué de presse du 3 mars 2025 – n° 118", "118"),
        ("Communiqué de presse\nNuméro 118", "118"),
        ("COMMUNIQUÉ DE PRESSE\nCP-2025-118", "2025-118"),
        ("Communiqué de presse\nRéférence : PREF/2025/118", "PREF/2025/118"),
    ],
)
def test_a_release_number_in_the_header_is_the_reference_and_no_headline(head, reference):
    metadata = extract_metadata(head + ROAD)
    assert metadata["reference"] == reference
    assert metadata["title"] == "Fermeture de la RD 12 pour travaux"


def test_a_genre_line_with_its_date_and_number_dates_the_release():
    metadata = extract_metadata("Communiqué de presse du 3 mars 2025 – n° 118" + ROAD)
    assert (metadata["date"], metadata["reference"]) == ("2025-03-03", "118")


def test_a_number_inside_a_headline_is_no_reference():
    metadata = extract_metadata(
        "Communiqué de presse\n\nLe roman de Brixeuil, N° 1 des ventes en mars\n\n" + LEDE
    )
    assert metadata["reference"] is None
    assert metadata["title"] == "Le roman de Brixeuil, N° 1 des ventes en mars"


@pytest.mark.parametrize(
    "head, document_type",
    [
        ("DOSSIER\nDE PRESSE", "DOSSIER DE PRESSE"),
        ("DOSSIER\n\nDE PRESSE", "DOSSIER DE PRESSE"),
        ("Communiqué\nde presse\nLyon, le 3 mars 2025", "Communiqué de presse"),
    ],
)
def test_a_genre_set_large_on_two_lines_is_one_genre_and_no_headline(head, document_type):
    metadata = extract_metadata(head + "\n\nLes couleurs de l'eau, de Monet à Signac\n\n" + LEDE)
    assert metadata["document_type"] == document_type
    assert metadata["title"] == "Les couleurs de l'eau, de Monet à Signac"


def test_a_genre_line_en_date_du_dates_the_release():
    text = (
        "Communiqué des services du Premier ministre, en date du 28 juin 2000, en réponse à un article\n\n"
        "Le Premier ministre dément les allégations parues ce jour dans la presse."
    )
    assert extract_metadata(text)["date"] == "2000-06-28"
