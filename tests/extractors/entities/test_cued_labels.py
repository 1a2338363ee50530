"""A label the sentence states with a kind noun or a role ('la société brestoise Navilo', 'Socodal,
l'outil financier du mouvement coopératif') outvotes the label guessed from the name's shape at its
other mentions (a lone CamelCase word looks like a product). Invented fragments of a school, a
cooperative and a start-up."""

import pytest

from pipeline.extractors.entities.spans import Candidate


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


def test_a_stated_kind_weighs_more_than_a_shape():
    stated = Candidate(0, 5, "ORG", "pattern", "entity.appositive")
    guessed = Candidate(10, 15, "MISC", "pattern", "entity.capitalised_run")
    assert stated.weight > guessed.weight == guessed.priority


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Trivalo lance une chaire avec l'école. L'école d'ingénieurs et la société brestoise Trivalo "
            "financent trois thèses. Trivalo fournira les bateaux.",
            "Trivalo",
        ),
        (
            "DataPluma ouvre un bureau à Lille. La start-up lilloise DataPluma recrute vingt "
            "développeurs. DataPluma vise l'Europe.",
            "DataPluma",
        ),
    ],
)
def test_a_name_stated_a_company_once_is_a_company_everywhere(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"
