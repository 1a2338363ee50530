"""A question or a call in quotation marks, a debate's subject or a contest's theme, is one thing
(MISC), its mark included; a question a speaker is said to ask, a quotation with a colon inside and a
person in quotation marks are not. Invented fragments of an eloquence contest and a town council."""

import pytest


def misc_of(nlp, text: str) -> set[str]:
    return {m["text"] for e in nlp(text)._.entities if e["label"] == "MISC" for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Les finalistes ont débattu sur le sujet « Faut-il craindre les machines ? » devant le jury.",
            "Faut-il craindre les machines ?",
        ),
        ("Le concours « Lève-toi et parle ! » réunit douze lycées de la Vienne.", "Lève-toi et parle !"),
        ("| 1er prix | « Où dorment les mouettes ? » | collège Jules-Verne |", "Où dorment les mouettes ?"),
    ],
)
def test_a_quoted_question_is_one_thing(nlp, text, title):
    assert title in misc_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "« Qui paiera les travaux ? » demande-t-elle aux élus de Valcourt.",
        "« Qui paiera les travaux ? », s'interroge le maire de Valcourt.",
        "« Nous le disons : qui paiera les travaux ? » La question reste ouverte.",
    ],
)
def test_a_question_said_is_no_title(nlp, text):
    assert not any("paiera" in name for name in misc_of(nlp, text))
