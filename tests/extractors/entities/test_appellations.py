"""A protected name of origin beside its sign ('AOC', 'AOP', 'IGP') is a thing, without the sign.
Invented fragments."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


@pytest.mark.parametrize(
    "text, name",
    [
        ("- AOC Morvalais : 12 % des volumes", "Morvalais"),
        ("Les producteurs de Pruneaux de Carlux AOP déposent leur dossier avant mars.", "Pruneaux de Carlux"),
        (
            "Au rayon : miel de lavande du Ventoux AOP, fromages de la coopérative.",
            "miel de lavande du Ventoux",
        ),
        ("La cave vinifie en AOP Coteaux du Lauron depuis 1998.", "Coteaux du Lauron"),
    ],
)
def test_a_protected_name_is_a_thing_without_its_sign(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)


def test_a_sign_after_a_common_noun_names_nothing(nlp):
    assert labels_of(nlp, "Le prix du beurre AOP a progressé de 12 %.") == {}
