"""National schemes, labels, codes and services of the French State any release may cite are in the
programmes gazetteer (MISC): 'MaPrimeRénov'', 'France services', 'Code du travail', 'TER'. Invented
fragments of a town hall, a housing agency and a region."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les ménages peuvent déposer leur dossier MaPrimeRénov' auprès de l'espace conseil.",
            "MaPrimeRénov",
        ),
        ("Une permanence se tient chaque mardi à l'espace France services de la mairie.", "France services"),
        ("L'article L. 1225-1 du Code du travail s'applique aux salariés.", "Code du travail"),
        ("Des cars remplaceront les TER entre les deux gares pendant les travaux.", "TER"),
    ],
)
def test_national_programmes_are_things(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)
