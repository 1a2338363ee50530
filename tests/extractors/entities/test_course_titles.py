"""A course's head-word ('Bachelor', 'Mastère') and a capitalised word go on with their lower-case topic,
an article included: a course of study is a thing, whatever its last capitalised word says. Invented
fragments."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "L'école ouvre son Bachelor Systèmes embarqués, un cursus de trois ans en alternance.",
            "Bachelor Systèmes embarqués",
        ),
        (
            "Le Mastère Gestion de la ressource forestière, ouvert en 2027, accueillera vingt étudiants.",
            "Mastère Gestion de la ressource forestière",
        ),
        (
            "Les inscriptions au Bachelor Technologies numériques ouvrent lundi.",
            "Bachelor Technologies numériques",
        ),
    ],
)
def test_a_course_title_in_sentence_case_is_one_thing(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)
