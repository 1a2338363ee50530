"""Issuers named in full by their own letterhead or sign-off: a firm with its legal form, an
endowment fund over its tagline, a league over its commission, a national force over its local
formation, a web article signed with the body's town (pipeline/extractors/issuer/), on invented
fragments of several kinds of issuer."""

import pytest
from issuer_fragments import BODY, metadata_of, same

from pipeline.extractors.issuer.line_kinds import names_a_firm
from pipeline.readers.normalize import normalize as normalize_text


@pytest.mark.parametrize(
    ("letterhead", "expected"),
    [
        ("RUGBY CLUB VALLÉE DU LOT – SASP", "RUGBY CLUB VALLÉE DU LOT – SASP"),
        ("OLYMPIQUE BASKET DES COTEAUX – SAOS", "OLYMPIQUE BASKET DES COTEAUX – SAOS"),
        ("TRANSPORTS MARDELLE – SAS", "TRANSPORTS MARDELLE – SAS"),
    ],
)
def test_a_firm_letterhead_keeps_its_legal_form(letterhead: str, expected: str) -> None:
    release = (
        f"{letterhead}\nCOMMUNIQUÉ N°3\n\nFigeac, 3 juin 2026\n\n"
        f"Un nouvel entraîneur pour la saison\n\n{BODY}"
    )
    assert same(metadata_of(release)["issuer"], expected)


@pytest.mark.parametrize(
    ("name", "tagline"),
    [
        (
            "Fonds de dotation Cœur d'Argonne",
            "au service des malades de l'hôpital de Sainte-Menehould",
        ),
        ("Fonds de dotation Horizon Mer", "au service du littoral charentais"),
    ],
)
def test_an_endowment_fund_over_its_tagline(name: str, tagline: str) -> None:
    release = (
        f"**{name}**\n*{tagline}*\n\n---\n\n**COMMUNIQUÉ DE PRESSE**\nRoyan, le 9 décembre 2025\n\n"
        f"## 80 000 € collectés pour un nouvel équipement\n\n{BODY}"
    )
    assert same(metadata_of(release, "release.md")["issuer"], name)


def test_a_bold_line_over_an_italic_one_stays_two_lines() -> None:
    text, _ = normalize_text("**Fonds Brixol**\n*au service de tous*\n", markdown=True)
    assert text == "Fonds Brixol\nau service de tous"
    text, _ = normalize_text("*une phrase qui*\n*se poursuit*\n", markdown=True)
    assert text == "une phrase qui se poursuit"


@pytest.mark.parametrize(
    ("letterhead", "organ"),
    [
        ("LIGUE RÉGIONALE DES HAUTS DE GARONNE DE HANDBALL", "Commission régionale de discipline"),
        ("FÉDÉRATION DÉPARTEMENTALE DE PÊCHE DU CANTAL", "Commission des statuts et règlements"),
    ],
)
def test_a_league_over_its_commission_is_the_letterhead(letterhead: str, organ: str) -> None:
    release = f"{letterhead}\n{organ}\n\nDÉCISIONS\nSéance du mardi 3 mars 2026\n\n{BODY}"
    found = metadata_of(release)
    assert same(found["issuer"], letterhead)
    assert not (found["title"] or "").startswith(letterhead)


@pytest.mark.parametrize(
    ("parent", "formation"),
    [
        ("GENDARMERIE NATIONALE", "Groupement de gendarmerie départementale de la Creuse"),
        ("GENDARMERIE NATIONALE", "Escadron de gendarmerie mobile de Dijon"),
    ],
)
def test_a_local_formation_under_a_national_force(parent: str, formation: str) -> None:
    release = (
        f"{parent}\n{formation}\nOfficier de communication\n\nCOMMUNIQUÉ - 18/08/2025\n\n"
        f"Bilan du week-end sur les routes du département\n\n{BODY}"
    )
    assert same(metadata_of(release)["issuer"], formation)


def test_a_parent_over_an_event_is_no_local_formation() -> None:
    release = (
        "CREUSE ANIMATIONS\nSalon du livre de la Creuse\n\n"
        "Communiqué de presse\nGuéret, le 4 février 2026\n\n"
        f"Le salon du livre réunit quarante auteurs\n\n{BODY}"
    )
    assert not same(metadata_of(release)["issuer"], "Salon du livre de la Creuse")


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("La Confiserie Aubrac - Laguiole", "Confiserie Aubrac"),
        ("La Brasserie du Morvan – Autun", "Brasserie du Morvan"),
    ],
)
def test_a_web_article_signed_with_its_town(signature: str, expected: str) -> None:
    release = (
        "Boutique   Notre histoire   Contact\n\nAccueil / Actualités\n\n"
        "RAPPEL CONSOMMATEURS\nPublié le 17/02/2026\n\n"
        f"Rappel d'un lot de biscuits\n\n{BODY}{BODY}{signature}\n\n"
        "Contact presse : Paul Martin, 03 29 00 00 00, presse@exemple-boutique.fr\n\n"
        "Mentions légales | CGV | © 2026 Maison Exemple"
    )
    assert same(metadata_of(release)["issuer"], expected)


@pytest.mark.parametrize("headline", ["LES RÉSULTATS DE VALMEX – SA", "ACCORD HISTORIQUE POUR BRIXOL – SA"])
def test_a_headline_ending_on_a_legal_form_names_no_firm(headline: str) -> None:
    assert not names_a_firm(headline)
