"""Session 23: intercommunalities named in lower case ('la communauté de communes X'), whose names are
compounds, run over several words or carry 'de'; the water agencies by their basin; cultural 'Cités'.
Invented fragments of town halls, rural syndicates and firms."""

import pytest

from pipeline.extractors.entities.head_labels import head_phrase_label


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La communauté de communes Brenne-Val-de-Creuse a financé les travaux.",
            "communauté de communes Brenne-Val-de-Creuse",
        ),
        (
            "Le projet est soutenu par la communauté d'agglomération du Pays de Morlaix.",
            "communauté d'agglomération du Pays de Morlaix",
        ),
        (
            "Les bacs sont fournis par la communauté de communes Haute Vallée Sud et la commune.",
            "communauté de communes Haute Vallée Sud",
        ),
        (
            "Le bus est financé par la communauté urbaine du Grand Cognac.",
            "communauté urbaine du Grand Cognac",
        ),
    ],
)
def test_an_intercommunality_in_lower_case_is_one_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG", labels_of(nlp, text)


def test_a_water_agency_keeps_its_basin_whole(nlp):
    text = "Le diagnostic est cofinancé par l'agence de l'eau Rhin-Meuse et le Département."
    labels = labels_of(nlp, text)
    assert labels.get("agence de l'eau Rhin-Meuse") == "ORG", labels
    assert "Rhin" not in labels, labels


@pytest.mark.parametrize(
    "name, label",
    [
        ("Cité de la musique de Vervins", "ORG"),
        ("Cité des sciences", "ORG"),
        ("Cité internationale universitaire", None),
    ],
)
def test_a_cultural_cite_is_the_body_that_runs_it(name, label):
    assert head_phrase_label(name) == label
