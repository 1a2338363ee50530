"""Datelines set off by a bar or a dash in a designed header, and names before a date that are a
body's, not a town ('Préfecture du Nord – 3 mars 2025')."""

import pytest

from pipeline.extractors.metadata import extract_metadata

BODY = (
    "\n\nLe marché couvert rouvre ses portes après six mois de travaux\n\n"
    "La commune a rénové le marché cet hiver.\n"
)


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("Montpellier | 3 mars 2025", "Montpellier"),
        ("COMMUNIQUÉ DE PRESSE\nNantes • 12 juin 2025", "Nantes"),
        ("Rennes – 12 mars 2025 –", "Rennes"),
        ("Communiqué de presse\nLe Puy-en-Velay, le 4 avril 2025", "Le Puy-en-Velay"),
    ],
)
def test_place_set_off_by_a_bar_or_a_dash(head, place):
    metadata = extract_metadata(head + BODY)
    assert metadata["place"] == place
    assert metadata["title"] == "Le marché couvert rouvre ses portes après six mois de travaux"


@pytest.mark.parametrize(
    "head",
    [
        "Préfecture du Nord – 3 mars 2025",
        "ARS Occitanie | 3 mars 2025",
        "Ville de Rennes – 3 mars 2025",
        "CP | 3 mars 2025",
    ],
)
def test_body_or_acronym_before_the_date_is_no_place(head):
    metadata = extract_metadata(head + BODY)
    assert metadata["place"] is None
    assert metadata["date"] == "2025-03-03"


@pytest.mark.parametrize(
    ("head", "place", "genre"),
    [
        ("PRÉFET DU NORD Lille, le 3 mars 2025\nCOMMUNIQUÉ DE PRESSE", "Lille", "COMMUNIQUÉ DE PRESSE"),
        ("Lille, le 3 mars 2025 COMMUNIQUÉ DE PRESSE", "Lille", "COMMUNIQUÉ DE PRESSE"),
        ("Caen, 12 juin 2025 Dossier de presse", "Caen", "Dossier de presse"),
    ],
)
def test_letterhead_dateline_and_genre_run_together_on_one_line(head, place, genre):
    """Columns of a PDF header read as one line: the body's name, the dateline, the genre."""
    metadata = extract_metadata(head + BODY)
    assert (metadata["place"], metadata["document_type"]) == (place, genre)
    assert metadata["title"] == "Le marché couvert rouvre ses portes après six mois de travaux"


@pytest.mark.parametrize(
    ("head", "title", "place"),
    [
        (
            "COMMUNIQUÉ DE PRESSE\nLa préfecture renforce les contrôles\nLille, le 3 mars 2025\n"
            "routiers pendant les vacances",
            "La préfecture renforce les contrôles routiers pendant les vacances",
            "Lille",
        ),
        (
            "Communiqué de presse\nFESTIVAL DES ARTS DE LA RUE :\nAurillac, le 3 mars 2025\n"
            "LA PROGRAMMATION DÉVOILÉE",
            "FESTIVAL DES ARTS DE LA RUE : LA PROGRAMMATION DÉVOILÉE",
            "Aurillac",
        ),
        (  # the line under the dateline is a sentence of the body: not the headline's
            "Communiqué de presse\nLa préfecture renforce les contrôles routiers\nLille, le 3 mars 2025\n"
            "Le préfet a présenté le dispositif ce matin.",
            "La préfecture renforce les contrôles routiers",
            "Lille",
        ),
    ],
)
def test_a_dateline_read_between_two_headline_lines(head, title, place):
    """A PDF's right-hand dateline read between the two lines of the headline beside it."""
    metadata = extract_metadata(head + "\n\nLe texte du communiqué commence ici.\n")
    assert (metadata["title"], metadata["place"], metadata["date"]) == (title, place, "2025-03-03")


@pytest.mark.parametrize(
    ("head", "place"),
    [
        (
            "Communiqué de presse conjoint\nNantes et Saint-Nazaire, le 3 mars 2025 – 8h00",
            "Nantes et Saint-Nazaire",
        ),
        (
            "POINT DE SITUATION N° 2\nIncendie de Lançon – lundi 3 mars 2025 – 18h00",
            None,
        ),  # an event, not a town
        ("Bulletin d'information – 3 mars 2025", None),
        ("GRENOBLE – 3 mars 2025", "GRENOBLE"),
    ],
)
def test_places_joined_by_et_and_names_before_a_dash_that_are_no_town(head, place):
    metadata = extract_metadata(head + BODY)
    assert (metadata["place"], metadata["date"]) == (place, "2025-03-03")


def test_an_invitation_s_when_field_dates_the_event_not_the_release():
    head = (
        "Association des Amis du Moulin\n\nINVITATION PRESSE\n\n"
        "Inauguration de la roue restaurée du moulin de Kerbras\n\n"
        "Quand : samedi 14 juin 2031, à 10h\nOù : moulin de Kerbras\n\n"
        "La roue, arrêtée depuis 1987, tourne de nouveau.\n"
    )
    assert extract_metadata(head)["date"] is None


@pytest.mark.parametrize(
    ("head", "place", "date", "title"),
    [
        (
            "COMMUNIQUÉ\nAurillac, le 9 novembre 2025\n\nAu 1er décembre, la déchetterie ouvre le dimanche",
            "Aurillac",
            "2025-11-09",
            "Au 1er décembre, la déchetterie ouvre le dimanche",
        ),
        (
            "COMMUNIQUÉ DE PRESSE\nVannes, le 3 mars 2026\n\n"
            "Dès le 15 avril 2026, le bus passe toutes les 10 minutes",
            "Vannes",
            "2026-03-03",
            "Dès le 15 avril 2026, le bus passe toutes les 10 minutes",
        ),
    ],
)
def test_a_headline_opening_on_a_date_is_no_end_of_the_datelines_period(head, place, date, title):
    metadata = extract_metadata(
        head + "\n\nLa collectivité précise les horaires et les conditions d'accès.\n"
    )
    assert (metadata["place"], metadata["date"], metadata["title"]) == (place, date, title)
