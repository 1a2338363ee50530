"""An intercommunality named in lower case keeps its noun ('la communauté de communes Vallée Verte Sud');
a schedule heading ('Programme de la soirée :') and a product code's field label ('Code EAN :') name
nothing. Invented fragments of a town council, an observatory and a cheese dairy's recall."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le 3 mars, la communauté de communes Creuse Vallée Sud a voté son budget.",
            "communauté de communes Creuse Vallée Sud",
        ),
        (
            "La communauté d'agglomération Saint-Brieuc Armor finance la ligne de bus.",
            "communauté d'agglomération Saint-Brieuc Armor",
        ),
        ("Le projet est soutenu par la communauté urbaine Caen Océan.", "communauté urbaine Caen Océan"),
    ],
)
def test_an_intercommunality_keeps_its_noun(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "L'observatoire ouvre ses portes le 12 août.\n\nProgramme de la soirée :\n- 21 h : accueil\n",
            "Programme de la soirée",
        ),
        (
            "La chapelle rouvre le 4 octobre.\n\nProgramme du week-end de réouverture :\n- samedi : visite\n",
            "Programme du week-end",
        ),
        ("La fromagerie rappelle un lot de tomme.\n\nCode EAN : 3 760 214 380 115\n", "Code EAN"),
    ],
)
def test_headings_and_field_labels_name_nothing(nlp, text, words):
    assert not [m for m in labels_of(nlp, text) if m.startswith(words)]
