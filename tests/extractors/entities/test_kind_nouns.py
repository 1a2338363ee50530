"""A capitalised 'Association' before the association's own name classifies it, as 'l'association X'
does in lower case: the name starts after it; before an adjective it heads the name. Invented fragments
of a museum, a food project, a court case and a users' club."""

import pytest


def names_of(nlp, text: str) -> list[str]:
    return [m["text"] for e in nlp(text)._.entities for m in e["mentions"]]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le manège est entretenu avec l'Association Les Amis du Carrousel depuis 2019.",
            "Les Amis du Carrousel",
        ),
        (
            "L'Association Jardins Partagés du Comminges porte le projet alimentaire.",
            "Jardins Partagés du Comminges",
        ),
        (
            "Le recours a été déposé par deux riverains, Association Gave Clair Vivant et la fédération.",
            "Gave Clair Vivant",
        ),
    ],
)
def test_the_name_starts_after_the_kind_noun(nlp, text, name):
    assert name in names_of(nlp, text)


def test_before_an_adjective_the_kind_noun_heads_the_name(nlp):
    text = "L'Association Française des Utilisateurs de Tableurs tient son congrès."
    assert "Association Française des Utilisateurs de Tableurs" in names_of(nlp, text)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Le cursus a été conçu avec une dizaine d'entreprises de la vallée, dont Vertalis, Kordenn et "
            "Optiroc, qui recevront les apprentis.",
            ["Vertalis", "Kordenn", "Optiroc"],
        ),
    ],
)
def test_companies_after_dont_are_bodies(nlp, text, names):
    labels = {e["name"]: e["label"] for e in nlp(text)._.entities}
    assert all(labels.get(name) == "ORG" for name in names), labels


def test_a_count_after_dont_names_nothing(nlp):
    text = "Le parc compte 1 200 logements sociaux, dont 31 construits avant 1950, et 40 commerces."
    names = {e["name"] for e in nlp(text)._.entities}
    assert not any(name.startswith("31") for name in names), names
