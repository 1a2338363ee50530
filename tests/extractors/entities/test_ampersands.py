"""Names joined by an ampersand, or ending with a foreign legal form, are firms and associations,
never persons or things; events and products that say their kind keep it. Invented fragments of a
start-up, a cider makers' union, a research consortium and a trade fair."""

import pytest

from pipeline.extractors.entities.ampersands import firm_shapes
from pipeline.extractors.entities.spans import Candidate


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


def relabelled(text: str, name: str, label: str) -> str:
    start = text.index(name)
    (candidate,) = firm_shapes(text, [Candidate(start, start + len(name), label, "model", "model")])
    return candidate.label


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("La savonnerie Ortie & Laurier ouvre une boutique à Morlaix.", "Ortie & Laurier", "PER"),
        ("Le cabinet Le Goff & Associés accompagne la levée de fonds.", "Le Goff & Associés", "MISC"),
        ("Le consortium réunit Fjordlab AS et Deltaweg BV.", "Deltaweg BV", "PER"),
    ],
)
def test_a_firm_shaped_name_is_a_body(text, name, label):
    assert relabelled(text, name, label) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le Salon Bois & Habitat ouvre vendredi.", "Salon Bois & Habitat"),
        ("Le dispositif France Services s'étend à vingt communes.", "France Services"),
    ],
)
def test_a_named_thing_keeps_its_label(text, name):
    assert relabelled(text, name, "MISC") == "MISC"


def test_an_ampersand_name_in_a_release_is_a_body(nlp):
    text = "Fondée en 2019, Ortie & Laurier emploie douze salariés à Morlaix."
    assert labels_of(nlp, text).get("Ortie & Laurier") == "ORG", labels_of(nlp, text)
