"""The genre and the release number as printed in the header (metadata_genre): without accents,
in brackets, with the dateline or a headline on its line, and the numbers services write."""

import pytest

from pipeline.extractors.metadata import extract_metadata

BODY = "\n\nLe texte du communiqué commence ici, avec les premiers chiffres de la semaine."


@pytest.mark.parametrize(
    ("head", "genre", "title"),
    [
        ("COMMUNIQUE\n\nOrages : la mutuelle ouvre sa cellule de crise", "COMMUNIQUE", None),
        (
            "COMMUNIQUE DE PRESSE COMMUN\n\nDouze apprentis récompensés à Poitiers",
            "COMMUNIQUE DE PRESSE COMMUN",
            None,
        ),
        (
            "[COMMUNIQUÉ DE PRESSE]\n\nLe cabinet lance un assistant pour les bilans",
            "COMMUNIQUÉ DE PRESSE",
            None,
        ),
        (
            "Communiqué de presse                         Vire, le 24 novembre 2025\n\n"
            "Les salariés reprennent leur usine de flacons",
            "Communiqué de presse",
            None,
        ),
        (
            "Communiqué de presse                   Les Sables-d'Olonne, le 22 octobre 2031 – 18h00\n\n"
            "Chiffre d'affaires du troisième trimestre : +6,4 %",
            "Communiqué de presse",
            None,
        ),
        (
            "GENDARMERIE NATIONALE\n\nAPPEL À TÉMOINS - DISPARITION INQUIÉTANTE\n\nLimoges, 09/03/2026",
            "APPEL À TÉMOINS",
            "DISPARITION INQUIÉTANTE",
        ),
        (
            "COMMUNIQUÉ OFFICIEL N°7 – Saison 2025-2026\n\nLe club nomme un nouvel entraîneur",
            "COMMUNIQUÉ OFFICIEL",
            None,
        ),
        (
            "Préfecture de l'Orne\n\nAlençon, le 3 février 2031\n\nAVIS AUX CANDIDATS\n\n"
            "Élections municipales : ouverture du dépôt des candidatures",
            "AVIS AUX CANDIDATS",
            None,
        ),
        (
            "FÉDÉRATION DES VERGERS\n\nNOTE DE CONJONCTURE  •  N° 2031-02\n\nVergers : un trimestre terne",
            "NOTE DE CONJONCTURE",
            None,
        ),
    ],
)
def test_genre_as_printed(head, genre, title):
    metadata = extract_metadata(head + BODY)
    assert metadata["document_type"] == genre
    expected = title or head.rsplit("\n", 1)[-1]
    assert metadata["title"] == expected


@pytest.mark.parametrize(
    ("head", "reference"),
    [
        (
            "Direction de la communication\nRéf. : DIRCOM/CP/2026-112\n\nToulouse, le 12 février 2026",
            "DIRCOM/CP/2026-112",
        ),
        ("Communiqué de presse\nCP 2026/041 – Metz, le 9 avril 2026", "2026/041"),
        ("STADE NANTAIS\nCOMMUNIQUÉ OFFICIEL N°14 – Saison 2025-2026", "14"),
    ],
)
def test_release_number_as_printed(head, reference):
    metadata = extract_metadata(head + "\n\nLe Département vote son plan vélo" + BODY)
    assert metadata["reference"] == reference
    assert metadata["title"] == "Le Département vote son plan vélo"


def test_a_month_alone_after_the_place_dates_the_release():
    metadata = extract_metadata(
        "APPEL À CANDIDATURES\n\nPrix de la fondation 2026\n\nParis, janvier 2026" + BODY
    )
    assert (metadata["place"], metadata["date"]) == ("Paris", "2026-01")


def test_a_genre_line_cut_before_its_date_prints_no_headline():
    text = (
        "communiqué - Club de course du Vercors - le\n3/9/25\n\nLe trail des Crêtes ouvre ses inscriptions"
        + BODY
    )
    metadata = extract_metadata(text)
    assert (metadata["document_type"], metadata["title"]) == (
        "communiqué",
        "Le trail des Crêtes ouvre ses inscriptions",
    )


def test_a_notice_to_subscribers_is_a_genre_over_the_headline():
    head = (
        "Syndicat des eaux du Val d'Oust\n\nAVIS AUX ABONNÉS – COUPURE D'EAU\n\nJosselin, le 2 juin 2026\n\n"
        "Travaux sur la conduite principale : l'eau coupée mardi à Guégon"
    )
    metadata = extract_metadata(head + BODY)
    assert metadata["document_type"] == "AVIS AUX ABONNÉS – COUPURE D'EAU"
    assert metadata["title"] == "Travaux sur la conduite principale : l'eau coupée mardi à Guégon"


@pytest.mark.parametrize(
    "line, genre",
    [
        ("Lyon, le 3 mars 2025 COMMUNIQUÉ DE PRESSE", "COMMUNIQUÉ DE PRESSE"),
        ("Rennes, le 12 juin 2024   Dossier de presse.", "Dossier de presse"),
        ("Brest, le 4 avril 2025 Invitation presse", "Invitation presse"),
    ],
)
def test_a_genre_run_into_the_dateline_is_read_once_per_tail_length(line, genre):
    """Ninety genres share thirty lengths: each tail of the line is folded once and compared with every
    genre of its length (invented lines)."""
    from pipeline.extractors.metadata_genre import type_span

    span = type_span(line)
    assert span is not None and line[span[0] : span[1]] == genre
