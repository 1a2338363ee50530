"""A hyphenated first name made of two known first names, then a surname, is a person whatever the
model reads in it. Invented fragments of a préfecture and a foundation's press contact; a school
named after a person and a body opening with a saint's name are not."""

import pytest

from pipeline.extractors.entities.labels import compound_first_name


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize("name", ["Pierre-Yves Kerbrat", "Anne-Sophie de La Tour", "Jean-Marc LE BRIS"])
def test_a_compound_first_name_and_a_surname_are_a_person(name):
    assert compound_first_name(name)


@pytest.mark.parametrize("name", ["Jean-Jaurès", "Saint-Malo Agglomération", "Marie-Galante", "Pierre-Yves"])
def test_other_hyphenated_names_are_not(name):
    assert not compound_first_name(name)


def test_a_prefect_with_a_compound_first_name_is_a_person(nlp):
    text = "Le préfet de la Nièvre, Pierre-Yves Kerbrat, et la directrice des finances publiques ont signé."
    assert labels_of(nlp, text).get("Pierre-Yves Kerbrat") == "PER", labels_of(nlp, text)
