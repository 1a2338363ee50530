"""A storm, a cyclone or a hurricane given a name is a named event (MISC), its kind noun included
('la tempête Orla', 'Tempête Orla : …'); a weekday or a month after the noun names none. Invented
fragments of a préfecture's and a fire service's releases."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tempête Orla : la préfecture active sa cellule de crise.\n", "Tempête Orla"),
        ("La toiture a été arrachée lors de la tempête Orla, en novembre 2025.", "tempête Orla"),
        ("Le cyclone Fenella se rapproche de l'île, selon les prévisionnistes.", "cyclone Fenella"),
    ],
)
def test_a_named_storm_is_an_event(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)


def test_a_weekday_after_the_noun_names_no_storm(nlp):
    labels = labels_of(nlp, "La tempête Mardi a touché la côte, puis la tempête a faibli.")
    assert "tempête Mardi" not in labels, labels


def test_a_storm_named_alone_is_the_storm(nlp):
    text = (
        "Cyclone Fenella : deux unités de potabilisation acheminées vers la côte est\n\n"
        "Le cyclone tropical intense Fenella a touché l'île dans la nuit de dimanche à lundi."
    )
    storms = [e for e in nlp(text)._.entities if "Fenella" in e["name"]]
    assert [(e["name"], e["label"]) for e in storms] == [("Cyclone Fenella", "MISC")], storms


def test_a_storm_named_in_an_enumeration_ends_with_its_name(nlp):
    text = "Les herbiers ont reculé sous l'effet de l'ouragan Maela, des échouements d'algues et des ancres."
    names = [m["text"] for e in nlp(text)._.entities for m in e["mentions"]]
    assert "ouragan Maela" in names
