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


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La fédération publie la quatrième édition de son Observatoire des pharmacies rurales.",
            "Observatoire des pharmacies rurales",
        ),
        (
            "Observatoire 2026 des librairies rurales : 40 fermetures en un an",
            "Observatoire 2026 des librairies rurales",
        ),
        (
            "09h00  Présentation de l'Observatoire national de la plaisance 2025",
            "Observatoire national de la plaisance 2025",
        ),
    ],
)
def test_an_observatory_dated_by_its_edition_or_year_is_the_report(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)


def test_an_observatory_cited_as_a_source_is_the_body(nlp):
    labels = labels_of(nlp, "Selon l'Observatoire régional de santé, le taux a baissé de 4 %.")
    assert labels.get("Observatoire régional de santé") == "ORG", labels
