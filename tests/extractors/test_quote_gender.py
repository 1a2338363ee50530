"""A pronoun refers back to a person it can stand for (quote_gender.py): '», précise-t-il' after a
woman named last is the man's words, 'Elle explique : « … »' the woman's. Invented fragments."""

from __future__ import annotations

import pytest

from pipeline.extractors.quote_gender import gender_of, pronoun_gender

CASES = [
    (
        "il_after_a_woman_named_last",
        "Paul Roche, maire de la commune, a inauguré l'exposition avec Claire Dumas, directrice du "
        "musée. « Nous prolongerons les horaires d'ouverture tout l'été », précise-t-il.",
        [("Paul Roche", "Nous prolongerons les horaires d'ouverture tout l'été")],
    ),
    (
        "elle_leads_after_a_man_named_last",
        "Claire Dumas, directrice du musée, a reçu le maire, Paul Roche. Elle explique : « Les horaires "
        "d'ouverture seront prolongés tout l'été. »",
        [("Claire Dumas", "Les horaires d'ouverture seront prolongés tout l'été.")],
    ),
    (
        "the_speaker_before_still_wins",
        "« Le musée accueillera 40 000 visiteurs », annonce Claire Dumas, directrice du musée. Le "
        "maire, Paul Roche, a salué les équipes. « Nous prolongerons les horaires », ajoute-t-elle.",
        [
            ("Claire Dumas", "Le musée accueillera 40 000 visiteurs"),
            ("Claire Dumas", "Nous prolongerons les horaires"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_a_pronoun_refers_back_to_a_person_of_its_gender(nlp, text, expected):
    assert [(q["speaker"], q["text"]) for q in nlp(text)._.quotes] == expected


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Claire Dumas, directrice du musée", "Claire Dumas", "f"),
        ("Paul Roche, président de l'association", "Paul Roche", "m"),
        ("la présidente du jury, Anne Roy, a parlé", "Anne Roy", "f"),
        ("avec Mme Léa Morel hier", "Léa Morel", "f"),
        ("Sacha Martin, maire de Vézac", "Sacha Martin", None),
    ],
)
def test_gender_of_a_person_from_civility_article_or_role(text, name, gender):
    start = text.index(name)
    assert gender_of(text, (start, start + len(name), name)) == gender


def test_pronoun_gender():
    assert [pronoun_gender(p) for p in ("-t-elle", "a-t-il", "she ", "ont-ils", "dit")] == [
        "f",
        "m",
        "f",
        "m",
        None,
    ]
