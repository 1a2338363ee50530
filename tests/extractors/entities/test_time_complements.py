"""A season or a span of time after a body's name opens the sentence's phrase, never the name's complement
('examiné par le Sénat au printemps', 'soutenu par la Fondation pour une durée de trois ans'). Invented
fragments of a think tank, a research project and a sports club."""

import pytest


def names_of(nlp, text: str) -> list[str]:
    return [m["text"] for e in nlp(text)._.entities for m in e["mentions"]]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le dossier sera présenté à la Fédération française de cyclisme au printemps.",
            "Fédération française de cyclisme",
        ),
        (
            "Le projet est financé par la Commission européenne pour une durée de trois ans.",
            "Commission européenne",
        ),
        (
            "Le rapport de l'Observatoire régional de la santé pour la période 2020-2024 paraît.",
            "Observatoire régional de la santé",
        ),
    ],
)
def test_a_time_phrase_ends_the_name(nlp, text, name):
    assert name in names_of(nlp, text)
