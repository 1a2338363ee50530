"""Quotes read through a plain-text page break and a word hyphenated at a line end (quote_view.py):
the statement and its attribution are found, the quote's words are written without the furniture.
Invented fragments of a hospital, a company and a préfecture, as a text reader gives them (lines of
a paragraph joined, spaces collapsed)."""

from __future__ import annotations

import pytest

from pipeline.extractors.quote_view import reading_view

QUOTES = [
    (
        "« Les urgences resteront ouvertes tout l'été grâce aux renforts », sou- ligne le Dr Claire "
        "Aubin, directrice médicale du centre hospitalier.",
        [("Les urgences resteront ouvertes tout l'été grâce aux renforts", "Claire Aubin")],
    ),
    (
        "« Notre chiffre d'affaires progresse de 8 %, porté par l'export et par la\n\nNuagix – "
        "Communiqué du 3 mars 2026 1/2 maintenance », commente Paul Roy, président de Nuagix.",
        [
            (
                "Notre chiffre d'affaires progresse de 8 %, porté par l'export et par la maintenance",
                "Paul Roy",
            )
        ],
    ),
    (
        '"La sécurité des baigneurs ne se négocie pas, et les contrôles seront\n\n- Page 1/2 - '
        'www.exemple.gouv.fr\n\nrenforcés dès ce week-end."\nMarc Duval, préfet de la Charente',
        [
            (
                "La sécurité des baigneurs ne se négocie pas, et les contrôles seront renforcés dès "
                "ce week-end.",
                "Marc Duval",
            )
        ],
    ),
]


QUOTES += [
    (
        "« Un jeune agriculteur doit pouvoir attendre deux saisons\n\nBanque des Vallées – Direction "
        "régionale – 07/10/2025          page 1 sur 2\n\f\navant de rembourser », a déclaré Marc Puyol, "
        "directeur régional.",
        [("Un jeune agriculteur doit pouvoir attendre deux saisons avant de rembourser", "Marc Puyol")],
    ),
    (
        "« Le salon a prouvé que la filière sait jouer collectif quand la conjoncture\n\nCorbières "
        "Salons – Parc des expositions, avenue des Expositions, 11000 Carcassonne, tél. 04 68 00 00 00"
        "          1/2\n\fse durcit », annonce Élodie Castan, directrice générale.",
        [
            (
                "Le salon a prouvé que la filière sait jouer collectif quand la conjoncture se durcit",
                "Élodie Castan",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_read_through_page_breaks_and_hyphenations(nlp, text, expected):
    assert [(q["text"], q["speaker"]) for q in nlp(text)._.quotes] == expected


def test_view_keeps_every_offset():
    text = "Il a rap- pelé les règles.\n\nFin de la\n\nSociété X 2/2 phrase, puis peut- être un mot."
    view = reading_view(text)
    assert len(view.text) == len(text)
    assert "rappelé" in view.text and "peut- être" in view.text
    assert view.original(text, 0, len(text)).endswith("Fin de la phrase, puis peut- être un mot.")


def test_a_paragraph_ending_a_sentence_keeps_its_folio():
    text = "Les travaux sont finis.\n\nSociété X 1/2\n\nLa suite du texte."
    assert reading_view(text).text == text
