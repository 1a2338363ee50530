"""An acronym defined inside a body's name, before its seat ('groupement hospitalier de territoire (GHT) des
Landes'), is no word of the name: the name is written without it, the form with it stays an alias."""

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les analyses ont été confiées à la direction départementale de la protection des populations "
            "(DDPP) du Morbihan.",
            "direction départementale de la protection des populations du Morbihan",
        ),
        (
            "Le centre hospitalier travaille avec l'Agence régionale de santé (ARS) Grand Est depuis 2020.",
            "Agence régionale de santé Grand Est",
        ),
    ],
)
def test_a_name_is_written_without_the_acronym_inside_it(nlp, text, name):
    entities = nlp(text)._.entities
    named = [e for e in entities if e["name"] == name]
    assert named, [e["name"] for e in entities]
    assert any("(" in alias for alias in named[0]["aliases"]), named[0]


def test_an_acronym_ending_a_name_is_left_alone(nlp):
    doc = nlp("La Fédération des pêcheurs du Jura (FPJ) a publié son rapport.")
    assert all("(" not in e["name"] for e in doc._.entities)
