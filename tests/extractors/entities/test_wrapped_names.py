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


LONG = "Le nouveau gymnase, estimé à douze millions d'euros sur trois ans, est financé par la commune et "
"""A long line of running text with no sentence punctuation at its end: the paragraph is hard-wrapped."""


def mentions_of(nlp, text: str) -> dict[str, str]:
    return {" ".join(m["text"].split()): e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name, label",
    [
        (LONG + "la Région\nCentre-Val de Loire pour moitié.", "Région Centre-Val de Loire", "ORG"),
        (LONG + "l'Université\nPaul Sabatier de Toulouse.", "Université Paul Sabatier de Toulouse", "ORG"),
        (LONG + "le lycée Kerbrat de\nMorlaix, qui accueille les élèves.", "lycée Kerbrat de Morlaix", "ORG"),
        (LONG + "la base nautique de la plage de la Petite\nAnse cet été.", "plage de la Petite Anse", "LOC"),
    ],
)
def test_a_name_goes_on_over_a_wrapped_lines_break(nlp, text, name, label):
    assert mentions_of(nlp, text).get(name) == label, mentions_of(nlp, text)


@pytest.mark.parametrize(
    "text, cut",
    [
        ("Partenaires : la Région\nNormandie et la Ville.", "Région Normandie"),
        ("Accès par la plage de la Petite\nAnse Vieille\nHoraires", "plage de la Petite Anse"),
        (LONG + "le lycée Kerbrat de\n\nMorlaix accueille les élèves.", "lycée Kerbrat de Morlaix"),
    ],
)
def test_a_short_line_or_a_blank_line_ends_the_name(nlp, text, cut):
    assert cut not in mentions_of(nlp, text), mentions_of(nlp, text)


def test_a_sites_line_in_a_list_leaves_the_next_line_its_own_site(nlp):
    text = "Lieux des séances\n\nplage de la Petite Anse\nPiscine du Moulin Vert 9 h - 18 h"
    assert mentions_of(nlp, text).get("Piscine du Moulin Vert") == "LOC", mentions_of(nlp, text)
