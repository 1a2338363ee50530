"""Whole invented pages in the shapes of blogs and institutional templates (tests/data/html/templates:
an association's post on a classic WordPress theme, a cooperative's post on a block theme, a
regional health agency on the State design system): the release is read whole and in order, and
the site around it (comments, author box, widget column and its general contact box, tags, share
buttons, consent and display dialogs) stays out."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.readers import read_document

TEMPLATES = Path(__file__).resolve().parent.parent / "data" / "html" / "templates"

PAGES = {
    "fr-association-wordpress-classique-plantation": {
        "first": [
            "Communiqué de presse",
            "Lancement de la campagne « Un arbre par élève »",
            "Publié le 11 avril 2017 par Mathilde Lefort",
            "Grenoble, le 11 avril 2017 – L’association Sylvaterra",
        ],
        "present": ["explique Paul Verdier", "Contact presse : Mathilde Lefort"],
        "absent": [
            "Le blog de Sylvaterra",
            "12 avril 2017",
            "Étiqueté",
            "À propos de l'auteur",
            "édition jeunesse",
            "Assemblée générale 2017",
            "réflexions au sujet",
            "Superbe initiative",
            "luc.p@",
            "Laisser un commentaire",
            "Articles récents",
            "12 rue des Tilleuls",
            "bonjour@sylvaterra.example",
            "Fièrement propulsé",
        ],
        "page": {"published": "2017-04-11", "title": "Lancement de la campagne « Un arbre par élève »"},
    },
    "fr-cooperative-wordpress-badge-application": {
        "first": [
            "Terralis lance son application de traçabilité des récoltes",
            "14 juin 2023",
            "Par Claire Moutet",
            "La coopérative Terralis met à la disposition",
        ],
        "present": [
            "Un QR code sur chaque bon de livraison",
            "Depuis le 1er juin, chaque bon",
            "« Nos clients nous demandaient des preuves",
            "Hervé Bonnin, président de Terralis",
            "• consulter l'historique d'un lot",
            "Terralis Origine est disponible sur iOS et Android.",
        ],
        "absent": [
            "Espace adhérents",
            "Actualités",
            "min de lecture",
            "salon Innov'Agri",
            "Mots-clés",
            "Partager cet article",
            "Vous aimerez aussi",
            "Un nouveau silo",
            "3 route de Chartres",
            "Newsletter",
            "Mentions légales",
            "cookies",
        ],
        "page": {"published": "2023-06-14", "author": "Claire Moutet", "site_name": "Coopérative Terralis"},
    },
    "fr-ars-dsfr-chikungunya": {
        "first": [
            "Communiqué de presse",
            "Chikungunya : premier cas autochtone confirmé dans le Var",
            "Publié le 22 juillet 2025",
            "Un premier cas de chikungunya contracté sur place",
        ],
        "present": [
            "Les bons gestes",
            "• videz les soucoupes",
            "Pour en savoir plus",
            "Contact presse\nService communication de l’ARS Paca\nars-paca-presse@ars.example\n"
            "04 13 55 80 10",
        ],
        "absent": [
            "Veille sanitaire",
            "République",
            "Espace presse",
            "Paramètres d",
            "Offre de soins",
            "fil d’Ariane",
            "Télécharger le communiqué",
            "Partager",
            "Nous contacter",
            "132 boulevard de Paris",
            "Sur le même sujet",
            "Abonnez-vous",
            "legifrance",
            "etalab",
            "Thème clair",
        ],
        "page": {
            "published": "2025-07-22",
            "site_name": "Agence régionale de santé Provence-Alpes-Côte d'Azur",
        },
    },
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_whole_in_order_without_the_site(name):
    document = read_document(TEMPLATES / f"{name}.html")
    text, expected = document.text, PAGES[name]
    lines = [line for line in text.split("\n") if line.strip()]
    for line, first in zip(lines, expected["first"], strict=False):
        assert line.startswith(first), lines[: len(expected["first"])]
    positions = [text.index(piece) for piece in expected["present"]]
    assert positions == sorted(positions)
    for piece in expected["absent"]:
        assert piece not in text, piece
    for key, value in expected["page"].items():
        assert document.page[key] == value, key


def test_every_template_page_is_tested():
    assert {p.stem for p in TEMPLATES.glob("*.html")} == set(PAGES)
