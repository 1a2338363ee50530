"""Session 20 shapes of the letterhead (pipeline/extractors/issuer/): a professional order's name, a
firm's trade with an adjective under its name, a foundation's status line under its name, a body's
office in one territory over its parent's full name. Invented fragments."""

import pytest

from pipeline.extractors.issuer.letterhead_shapes import office_over_parent
from tests.extractors.issuer_fragments import BODY, metadata_of, same


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "ORDRE DES AVOCATS DU BARREAU DE VALENCE\nCAISSE D'ALLOCATIONS FAMILIALES DE LA DRÔME\n\n"
            "COMMUNIQUÉ DE PRESSE CONJOINT\n\n",
            "ORDRE DES AVOCATS DU BARREAU DE VALENCE ; CAISSE D'ALLOCATIONS FAMILIALES DE LA DRÔME",
        ),
        (
            "Ordre national des infirmiers\n\nCommuniqué de presse\n\n",
            "Ordre national des infirmiers",
        ),
        (
            "Ordre des vétérinaires\n34, rue des Tanneurs – 35000 Rennes\n\nCOMMUNIQUÉ DE PRESSE\n\n",
            "Ordre des vétérinaires",
        ),
    ],
)
def test_a_professional_order_names_a_body(header, expected):
    release = header + "Rennes, le 3 février 2026\n\nDes permanences gratuites tout l'hiver\n\n" + BODY
    assert same(metadata_of(release)["issuer"], expected)


@pytest.mark.parametrize(
    ("name", "trade"),
    [
        ("SOLARIS OCÉAN", "Producteur indépendant d'électricité solaire – Papeete"),
        ("MENUISERIES KERBRAT", "Fabricant breton de fenêtres en bois"),
        ("ALTITUDE ÉVÉNEMENTS", "Organisateur alpin de salons professionnels"),
    ],
)
def test_a_trade_with_an_adjective_describes_the_name_above(name, trade):
    release = (
        f"{name}\n{trade}\n\nCOMMUNIQUÉ DE PRESSE               Lyon, le 11 mars 2026\n\n"
        "Une nouvelle unité entre en service au printemps\n\n" + BODY
    )
    assert same(metadata_of(release)["issuer"], name)


@pytest.mark.parametrize(
    "status",
    [
        "*Fondation abritée sous l'égide de la Fondation de France*",
        "*Fondation reconnue d'utilité publique*",
        "Association agréée sous l'égide de la Fédération des centres sociaux",
    ],
)
def test_a_status_line_under_the_name_is_no_co_issuer(status):
    release = (
        f"**Fondation Lemarchand pour l'apprentissage**\n{status}\n\n## Communiqué de presse\n\n"
        "*Caen, jeudi 4 juin 2026*\n\n# Cent bourses pour les apprentis du bâtiment\n\n" + BODY
    )
    found = metadata_of(release, "release.md")["issuer"]
    assert same(found, "Fondation Lemarchand pour l'apprentissage")


@pytest.mark.parametrize(
    ("office", "parent"),
    [
        ("BUREAU DE L'OMS POUR LA FRANCE", "Organisation mondiale de la santé"),
        ("Délégation de l'OCDE en Belgique", "Organisation de coopération et de développement économiques"),
        ("REPRÉSENTATION DE L'AFD À DAKAR", "Agence française de développement"),
    ],
)
def test_an_office_over_its_parent_full_name_is_the_body(office, parent):
    release = (
        f"{office}\n{parent}\n12, rue des Lilas – 75007 Paris\n\nParis, 27 novembre 2025\n\n"
        "COMMUNIQUÉ DE PRESSE\n\nUn rapport sur les métiers de demain\n\n" + BODY
    )
    assert same(metadata_of(release)["issuer"], office)


def test_a_press_unit_of_a_body_is_no_office():
    assert not office_over_parent("SERVICE PRESSE DE L'ARS EN BRETAGNE", "Agence régionale de santé")
    assert not office_over_parent(
        "Direction de la communication de l'AFD à Paris", "Agence française de développement"
    )
    assert office_over_parent("Bureau de l'AFD à Rabat", "Agence française de développement")


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("*Comité départemental de judo du Finistère*", "Comité départemental de judo du Finistère"),
        ("Ligue régionale Occitanie de tennis de table", "Ligue régionale Occitanie de tennis de table"),
        ("**Association Les Jardins du Moulin**", "Association Les Jardins du Moulin"),
    ],
)
def test_a_body_line_over_the_closing_contact_line_signs(signature, expected):
    release = (
        "**COMMUNIQUÉ DE PRESSE**\n\n## Une journée portes ouvertes le 14 mars\n\n"
        "*Quimper, le 2 mars 2026*\n\n"
        + BODY
        + f"---\n\n{signature}\n*Contact presse : Jeanne Le Goff – 06 12 34 56 78 – contact@exemple.fr*\n"
    )
    assert same(metadata_of(release, "release.md")["issuer"], expected)


@pytest.mark.parametrize(
    "signature",
    ["Service communication", "Direction départementale des territoires et de la mer"],
)
def test_a_unit_or_a_state_service_over_the_contact_line_signs_nothing(signature):
    release = (
        "COMMUNIQUÉ DE PRESSE\n\nQuimper, le 2 mars 2026\n\nUne journée portes ouvertes le 14 mars\n\n"
        + BODY
        + f"{signature}\nContact presse : Jeanne Le Goff – 06 12 34 56 78\n"
    )
    assert metadata_of(release)["issuer"] is None


@pytest.mark.parametrize(
    ("name", "wrapped"),
    [
        ("Agence régionale de santé", "Provence-Alpes-Côte d'Azur"),
        ("AGENCE RÉGIONALE DE SANTÉ", "BOURGOGNE-FRANCHE-COMTÉ"),
        ("Chambre régionale d'agriculture", "de Normandie"),
    ],
)
def test_a_name_under_the_genre_wrapped_on_the_next_line_is_read_whole(name, wrapped):
    release = (
        f"COMMUNIQUÉ DE PRESSE\n\n{name}\n{wrapped}\n\nDijon, le 3 mars 2026\n\n"
        "La campagne de vaccination est prolongée\n\n" + BODY
    )
    found = metadata_of(release)
    assert same(found["issuer"], f"{name} {wrapped}")
    assert found["title"] == "La campagne de vaccination est prolongée"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("VILLE DE PLOUMANAC'H – Cité des granits roses", "VILLE DE PLOUMANAC'H"),
        ("Théâtre des Halles – Scène conventionnée d'intérêt national", "Théâtre des Halles"),
        (
            "Syndicat mixte de la vallée du Loir – Ensemble pour la rivière",
            "Syndicat mixte de la vallée du Loir",
        ),
        (
            "Fédération hospitalière de France – Hauts-de-France",
            "Fédération hospitalière de France – Hauts-de-France",
        ),
    ],
)
def test_a_slogan_after_a_dash_on_the_letterhead_line_is_cut(line, expected):
    release = (
        f"{line}\n\nCOMMUNIQUÉ DE PRESSE\n\nTours, le 3 mars 2026\n\nLa saison d'été s'ouvre le 4 juillet\n\n"
        + BODY
    )
    assert same(metadata_of(release)["issuer"], expected)


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        (
            "Jeanne Kervella, présidente de la Fédération des pêcheurs du Finistère",
            "Fédération des pêcheurs du Finistère",
        ),
        ("Marc Dumoulin, Directeur de l'Office de tourisme de Cahors", "Office de tourisme de Cahors"),
        (
            "Jeanne Kervella\nPrésidente de l'Union des commerçants de Morlaix",
            "Union des commerçants de Morlaix",
        ),
    ],
)
def test_a_head_signing_on_the_last_line_gives_the_body(signature, expected):
    release = (
        "COMMUNIQUÉ DE PRESSE\n\nMorlaix, le 3 mars 2026\n\nLa saison d'été s'ouvre le 4 juillet\n\n"
        + BODY
        + signature
        + "\n"
    )
    assert same(metadata_of(release)["issuer"], expected)
