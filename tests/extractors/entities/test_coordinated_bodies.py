"""A name the model calls a place, coordinated with a body a rule knows, is a body; a capitalised
'Église', 'Paroisse', 'Diocèse' heads a body's name, never a person's; a known name is not cut out of a
longer hyphenated one. Invented fragments of a contest, a health agency and a diocese."""

import pytest

from pipeline.extractors.entities.coordination import coordinated_bodies
from pipeline.extractors.entities.spans import Candidate


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


def candidate(text: str, name: str, label: str, source: str, rule: str) -> Candidate:
    start = text.index(name)
    return Candidate(start, start + len(name), label, source, rule)


def test_a_guessed_place_beside_a_known_body_is_a_body():
    text = "Les lauréats seront reçus par les représentants du CNRS, de Kelvanor et d'Ondalys."
    known = candidate(text, "CNRS", "ORG", "gazetteer", "gazetteer.fr_cnrs")
    first = candidate(text, "Kelvanor", "LOC", "model", "ner.loc")
    second = candidate(text, "Ondalys", "LOC", "propagated", "ner.loc")
    assert [c.label for c in coordinated_bodies(text, [known, first, second])] == ["ORG", "ORG", "ORG"]


def test_a_known_place_or_a_place_named_by_a_rule_stays_a_place():
    text = "Le jury siège au CNRS et à Rennes, puis à Kelvanor."
    known = candidate(text, "CNRS", "ORG", "gazetteer", "gazetteer.fr_cnrs")
    town = candidate(text, "Rennes", "LOC", "model", "ner.loc")
    apart = candidate(text, "Kelvanor", "LOC", "model", "ner.loc")
    assert [c.label for c in coordinated_bodies(text, [known, town, apart])] == ["ORG", "LOC", "LOC"]


def test_a_firm_after_et_de_is_a_body(nlp):
    text = "Les équipes seront félicitées par les représentants de l'Inria et de Kelvanor."
    assert labels_of(nlp, text).get("Kelvanor") == "ORG", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le foyer est lié au Rassemblement de Printemps de l’Eglise La Main Tendue Chrétienne de "
            "Kingersheim (Haut-Rhin).",
            "Eglise La Main Tendue Chrétienne de Kingersheim",
        ),
        (
            "La collecte est organisée par la Paroisse Notre-Dame des Champs.",
            "Paroisse Notre-Dame des Champs",
        ),
        ("Le Diocèse de Vannes ouvre ses archives au public.", "Diocèse de Vannes"),
    ],
)
def test_a_capitalised_church_heads_a_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG", labels_of(nlp, text)


def test_a_church_in_lower_case_stays_a_building(nlp):
    text = "Le concert aura lieu dans l'église Saint-Martin de Brive."
    assert "PER" not in labels_of(nlp, text).values()
    assert labels_of(nlp, text).get("église Saint-Martin de Brive") == "LOC", labels_of(nlp, text)


def test_a_country_is_not_cut_out_of_a_hyphenated_name(nlp):
    labels = labels_of(nlp, "Le concours est organisé par les associations Animath et France-ioi.")
    assert "France" not in labels, labels
    assert labels.get("France-ioi") == "ORG", labels
