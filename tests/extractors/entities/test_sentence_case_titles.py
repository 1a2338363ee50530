"""An event's head-word and one capitalised dictionary word go on with their lower-case topic: a title in
sentence case ('Défi Ponts de papier'). Invented fragments."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les élèves de Cholet remportent le Défi Châteaux de carton pour la deuxième fois.",
            "Défi Châteaux de carton",
        ),
        ("- Prix Coup de pouce des lecteurs : 2 000 €", "Prix Coup de pouce des lecteurs"),
        ("- Festival Racines vives (mars 2027) : dix jours de concerts.", "Festival Racines vives"),
        (
            "La deuxième manche du Challenge Ouest des courses de fond, qualificative pour la finale, "
            "a lieu à Brest.",
            "Challenge Ouest des courses de fond",
        ),
    ],
)
def test_a_title_in_sentence_case_goes_on_with_its_topic(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le Festival Jazz de la ville revient en juin.", "Festival Jazz"),
        ("Le Défi Robots Jura-Bugey 2027 aura lieu à Oyonnax.", "Défi Robots Jura-Bugey 2027"),
    ],
)
def test_a_place_or_an_article_after_the_title_is_no_topic(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le Salon Habitat présente quarante exposants.", "Salon Habitat"),
        ("Le Festival Jazz continue de grandir.", "Festival Jazz"),
    ],
)
def test_a_verb_after_the_title_is_no_part_of_it(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)
