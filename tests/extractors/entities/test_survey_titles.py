"""A body's yearly survey published under a capitalised 'Baromètre' is a work (MISC) with its topic,
and with its year when one closes it. Invented fragments of an employers' group and a law firm."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le Groupement publie la 5e édition de son Baromètre de la mobilité, réalisé en mai.",
            "Baromètre de la mobilité",
        ),
        (
            "Le cabinet publie la troisième édition de son Baromètre du droit social, paru hier.",
            "Baromètre du droit social",
        ),
    ],
)
def test_a_capitalised_barometer_is_a_work(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)
