"""Issuers printed in a layout's frames: a contact box drawn in text, two letterheads side by side,
a firm's trade under its name, the office line under a letterhead, a signature over its seat's
address (pipeline/extractors/issuer/), on invented fragments of several kinds of issuer."""

import pytest

from pipeline.evaluate.matching import normalize
from pipeline.extractors.metadata import extract_metadata
from pipeline.readers import read_blob

BODY = "Le texte du communiqué tient en deux phrases. La suite du texte vient ensuite.\n\n"


def issuer_of(release: str) -> str | None:
    """The issuer as the pipeline reads a text file (the reader's column gaps included)."""
    document = read_blob("release.txt", release.encode("utf-8"))
    found = extract_metadata(document.text, column_gaps=document.cell_gaps())
    return found["issuer"]


def same(value: str | None, expected: str) -> bool:
    return normalize(value or "", "soft") == normalize(expected, "soft")


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        (
            "│ Contact presse – Cercle nautique de Pornichet          │\n"
            "│ Yann Le Goff, vice-président                           │\n"
            "│ 06 12 34 56 78 · presse@cn-pornichet.fr                │\n",
            "Cercle nautique de Pornichet",
        ),
        (
            "│ Contact presse                               │\n"
            "│ Sous-préfecture de Montbrison                │\n"
            "│ Bureau du cabinet – 04 77 96 37 00           │\n"
            "│ sp-montbrison-communication@loire.gouv.fr    │\n",
            "Sous-préfecture de Montbrison",
        ),
    ],
)
def test_a_contact_box_drawn_in_text_names_the_issuer(box: str, expected: str) -> None:
    frame = "┌" + "─" * 50 + "┐\n"
    release = (
        "Communiqué de presse\nRégate d'automne : les inscriptions sont ouvertes\n\n"
        + BODY
        + frame
        + box
        + "└"
        + "─" * 50
        + "┘\n"
    )
    assert same(issuer_of(release), expected)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            ("SYNDICAT MIXTE DE LA", "VALLÉE DE L'ORNE"),
            ("DÉPARTEMENT", "DU CALVADOS"),
            "SYNDICAT MIXTE DE LA VALLÉE DE L'ORNE ; DÉPARTEMENT DU CALVADOS",
        ),
        (
            ("CHAMBRE D'AGRICULTURE", "DU GERS"),
            ("RÉGION", "OCCITANIE"),
            "CHAMBRE D'AGRICULTURE DU GERS ; RÉGION OCCITANIE",
        ),
    ],
)
def test_two_letterheads_side_by_side_are_read_column_by_column(left, right, expected) -> None:
    header = "".join(f"{a:<40}{b}\n" for a, b in zip(left, right, strict=True))
    release = (
        header + "\n          COMMUNIQUÉ DE PRESSE CONJOINT\n          Caen, le 4 mars 2026\n\n"
        "Rivières : un programme commun de restauration des berges\n\n" + BODY
    )
    assert same(issuer_of(release), expected)


@pytest.mark.parametrize(
    ("name", "tagline"),
    [
        ("MENUISERIES CORLAY", "Portes et fenêtres en bois · Loudéac (Côtes-d'Armor)"),
        ("FONDERIE BRAMAS", "Pièces en fonte d'aluminium · Albi"),
    ],
)
def test_a_firm_over_its_trade_and_its_town_is_the_letterhead(name: str, tagline: str) -> None:
    release = (
        f"{name}\n{tagline}\n\nCOMMUNIQUÉ DE PRESSE\nRennes, le 12 février 2026\n\nUn atelier neuf\n\n{BODY}"
    )
    assert same(issuer_of(release), name)


@pytest.mark.parametrize(
    ("letterhead", "office"),
    [
        ("ACADÉMIE DE NORMANDIE", "Rectorat – Service de presse"),
        ("VILLE DE SAINT-LÔ", "Hôtel de ville – Cellule communication"),
    ],
)
def test_the_office_line_under_a_letterhead_is_no_co_issuer(letterhead: str, office: str) -> None:
    release = f"{letterhead}\n{office}\n\nCommuniqué de presse\n\nUne rentrée sans incident\n\n{BODY}"
    assert same(issuer_of(release), letterhead)


def test_a_signature_over_its_seat_address_is_the_body_not_its_seat() -> None:
    release = (
        "COMMUNIQUÉ\n\nLes haies bocagères replantées\n\n"
        + BODY
        + "Presse : Léa Morvan – 03 27 11 22 33\n\n--\n"
        "Communauté de communes du Pays de Mormal\n"
        "Maison de l'intercommunalité – 59530 Le Quesnoy\n"
    )
    assert same(issuer_of(release), "Communauté de communes du Pays de Mormal")


def test_a_partner_under_en_partenariat_avec_in_a_joint_release_is_a_co_issuer() -> None:
    release = (
        "COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND DAX\nDirection de l'eau et de l'assainissement\n\n"
        "          en partenariat avec\n\nSYNDICAT MIXTE DES RIVIÈRES DES LANDES\n\n"
        "COMMUNIQUÉ COMMUN\nDax, le 2 avril 2026\n\nDes berges restaurées sur douze kilomètres\n\n" + BODY
    )
    assert same(
        issuer_of(release), "COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND DAX ; SYNDICAT MIXTE DES RIVIÈRES DES LANDES"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "organisées par l'Association des Villes Jumelées d'Anjou (AVJA)",
            "Association des Villes Jumelées d'Anjou",
        ),
        ("Organisé par la Fédération régionale des foyers ruraux", "Fédération régionale des foyers ruraux"),
    ],
)
def test_the_organiser_a_press_kit_header_names_issues_it(line: str, expected: str) -> None:
    release = (
        "DOSSIER DE PRESSE\n\nJOURNÉES DES ÉCHANGES\nAngers – Centre de congrès\n12 et 13 octobre 2026\n\n"
        + f"{line}\n\n"
        + BODY
        + "INFOS PRATIQUES ET ACCRÉDITATIONS\nCentre de congrès, 33 boulevard Carnot, 49000 Angers\n"
        "Relations presse : Anne Roux – 02 41 00 00 00\n"
    )
    assert same(issuer_of(release), expected)


def test_an_organiser_in_a_sentence_of_the_lede_issues_nothing() -> None:
    release = (
        "Communiqué de presse\n\nLe palmarès du concours\n\n"
        "Le jury du concours Jeunes Plumes, organisé par la Fondation des Lettres, a rendu son verdict.\n\n"
        + BODY
    )
    assert issuer_of(release) is None


def test_two_names_on_one_line_of_a_joint_release_apart_by_a_wide_blank_are_co_issuers() -> None:
    release = (
        f"{'VIGNERONS DU MINERVOIS':<40}OFFICE DE TOURISME DU CARCASSONNAIS\n\n"
        "COMMUNIQUÉ DE PRESSE CONJOINT\nCarcassonne, le 2 juin 2026\n\nLes caves ouvrent leurs portes\n\n"
        + BODY
    )
    assert same(issuer_of(release), "VIGNERONS DU MINERVOIS ; OFFICE DE TOURISME DU CARCASSONNAIS")


def test_one_line_with_a_wide_blank_in_a_release_not_joint_is_not_split() -> None:
    release = (
        f"{'VIGNERONS DU MINERVOIS':<40}Carcassonne\n\n"
        "COMMUNIQUÉ DE PRESSE\n\nLes caves ouvrent leurs portes\n\n" + BODY
    )
    assert not (issuer_of(release) or "").count(";")


def test_a_sign_off_comes_before_a_site_footer() -> None:
    release = (
        "Communiqué\n\nAccord sur les horaires de nuit\n\n"
        + BODY * 4
        + "Le bureau du Syndicat CFTC des transports de Vendée\n\n"
        "Contact presse : Paul Girard – 06 11 22 33 44\n\n"
        "Mentions légales | Plan du site\n"
        "CFTC Transports – 8 rue des Halles, 85000 La Roche-sur-Yon – cftc-transports.fr\n"
    )
    assert same(issuer_of(release), "Syndicat CFTC des transports de Vendée")


def test_a_partner_after_the_organiser_is_left_out() -> None:
    release = (
        "DOSSIER DE PRESSE\n\nSALON DU LIVRE JEUNESSE\nCholet – Salle Arena\n\n"
        "Organisé par la Chambre de commerce et d'industrie de Cholet avec la médiathèque Élie-Chamard\n\n"
        + BODY
    )
    assert same(issuer_of(release), "Chambre de commerce et d'industrie de Cholet")


def test_two_letterheads_in_a_layout_table_read_with_bars_are_read_column_by_column() -> None:
    release = (
        "SYNDICAT MIXTE DE LA | DÉPARTEMENT\nVALLÉE DE L'ORNE | DU CALVADOS\n\n"
        "COMMUNIQUÉ DE PRESSE CONJOINT\nCaen, le 4 mars 2026\n\nDes berges restaurées\n\n" + BODY
    )
    assert same(issuer_of(release), "SYNDICAT MIXTE DE LA VALLÉE DE L'ORNE ; DÉPARTEMENT DU CALVADOS")


def test_a_tagline_in_lower_case_under_a_name_is_never_the_issuer() -> None:
    release = (
        "Fondation Les Amis de l'Hôpital\nau service des patients du centre hospitalier de Vierzon\n\n"
        "COMMUNIQUÉ DE PRESSE\nVierzon, le 2 mars 2026\n\nUne salle rénovée\n\n" + BODY
    )
    assert not (issuer_of(release) or "").startswith("au service")


def test_two_logos_on_one_line_name_two_bodies() -> None:
    release = (
        "[logo Atelier Bois Vivant] [logo Recyclerie du Bocage]\n\n"
        "Communiqué de presse conjoint\nFlers, le 3 mars 2026\n\nUne gamme de meubles en bois de réemploi\n\n"
        + BODY
    )
    assert same(issuer_of(release), "Atelier Bois Vivant ; Recyclerie du Bocage")


def test_bold_marks_left_in_a_press_heading_do_not_hide_its_body() -> None:
    release = (
        "Communiqué de presse\n\nUne aide doublée pour les apprentis\n\n"
        + BODY
        + "Contact presse** : Service presse de la Région Normandie · 02 31 00 00 00 · presse@normandie.fr\n"
    )
    assert same(issuer_of(release), "Région Normandie")


def test_a_sentence_above_a_venue_line_is_no_signature() -> None:
    release = (
        "COMMUNIQUÉ\n\nUn été de concerts\n\n" + BODY + "Le festival se tient du 3 au 5 juillet 2026.\n"
        "Théâtre de Verdure – 12 allée des Tilleuls – 24000 Périgueux\n"
    )
    assert not (issuer_of(release) or "").startswith("Le festival")
