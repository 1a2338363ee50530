"""A name does not end at a line-end hyphen glued to its last word: 'Département de la Haute-\nSavoie' is
cut by the line, not ended by it; a wrapped place goes on with the words that complete it. Two places
joined across a line stay two. Invented fragments."""

import pytest

from pipeline.extractors.entities.positions import wrapped_end


def names_of(nlp, text: str) -> list[str]:
    return [m["text"] for e in nlp(text)._.entities for m in e["mentions"]]


@pytest.mark.parametrize(
    "text, name, label, whole",
    [
        (
            "Le Département de la Haute-\nSavoie finance la moitié.",
            "Département de la Haute",
            "ORG",
            "Département de la Haute-\nSavoie",
        ),
        (
            "au centre hospitalier de Mont-\nMarsan et ailleurs",
            "centre hospitalier de Mont",
            "ORG",
            "centre hospitalier de Mont-\nMarsan",
        ),
        (
            "la région Provence-Alpes-\nCôte d'Azur et la Corse",
            "Provence-Alpes",
            "LOC",
            "Provence-Alpes-\nCôte d'Azur",
        ),
    ],
)
def test_a_name_goes_on_over_a_line_end_hyphen(text, name, label, whole):
    start = text.index(name)
    assert text[start : wrapped_end(text, start, start + len(name), label)] == whole


@pytest.mark.parametrize(
    "text, name",
    [
        ("La liaison Rennes-\nLorient reprend lundi.", "Rennes"),
        ("Les bureaux de Dijon - Beaune ferment.", "Dijon"),
        ("Le CHU de Brest\nassure la garde.", "CHU de Brest"),
    ],
)
def test_two_places_a_dash_or_a_line_break_end_the_name(text, name):
    start = text.index(name)
    assert wrapped_end(text, start, start + len(name), "LOC") == start + len(name)


def test_a_body_wrapped_inside_its_place_is_one_mention(nlp):
    names = names_of(nlp, "Le projet est soutenu par le Département de la Loire-\nAtlantique depuis 2024.")
    assert "Département de la Loire-\nAtlantique" in names


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Le centre de tri, exploité par la société\nKorvalis, a été modernisé.", "Korvalis", "ORG"),
        (
            "La réunion se tiendra à la salle\nSaint-Exupéry de Vernelles. Entrée libre.",
            "salle Saint-Exupéry",
            "LOC",
        ),
    ],
)
def test_a_kind_noun_names_the_name_after_a_line_break(nlp, text, name, label):
    labels = {" ".join(e["name"].split()): e["label"] for e in nlp(text)._.entities}
    assert labels.get(name) == label, labels
