"""Large French firms, retail chains, banks, insurers and national networks are in the organisations
gazetteer: named with no kind noun ('en vente chez Auchan, Monoprix et Biocoop'), they are bodies, not
products. Invented fragments of a product recall, a company's results and a start-up's funding."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Les terrines ont été vendues chez Auchan, Monoprix et Biocoop entre le 2 et le 9 mai.",
            ["Auchan", "Monoprix", "Biocoop"],
        ),
        ("Le tour de table réunit Ardian et le Crédit Mutuel Arkéa.", ["Ardian", "Crédit Mutuel Arkéa"]),
        (
            "Le groupe est coté sur Euronext Growth depuis 2019 et compte Veolia parmi ses clients.",
            ["Euronext Growth", "Veolia"],
        ),
        (
            "L'enquête a été menée avec Europol sous l'égide d'Eurojust, à la demande du Parquet européen.",
            ["Europol", "Eurojust", "Parquet européen"],
        ),
    ],
)
def test_known_firms_are_bodies(nlp, text, names):
    found = labels_of(nlp, text)
    for name in names:
        assert found.get(name) == "ORG", (name, found)
