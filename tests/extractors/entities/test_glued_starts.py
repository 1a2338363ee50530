"""A name does not start inside a hyphenated or elided compound: 'collège Marie-Curie' is not the place
'Curie', "Vélo'Ville" not 'Ville'. A lower-case first word, an article's elision and a line-end hyphen
keep the start; two places joined by a hyphen stay two places. Invented fragments."""

import pytest

from pipeline.extractors.entities.positions import glued_start


def names_of(nlp, text: str) -> list[str]:
    return [m["text"] for e in nlp(text)._.entities for m in e["mentions"]]


@pytest.mark.parametrize(
    "text, word, name",
    [
        ("Les élèves du collège Marcel-Pagnol ont gagné.", "Pagnol", "Marcel-Pagnol"),
        ("La commune de Bellecombe-Haute-Rive vote son budget.", "Haute-Rive", "Bellecombe-Haute-Rive"),
        ("L'association Vélo'Ville Bretagne recrute.", "Ville", "Vélo'Ville"),
        ("Une antenne en Île-de-France ouvrira.", "France", "Île-de-France"),
    ],
)
def test_a_name_starts_with_its_compound(text, word, name):
    start = glued_start(text, text.index(word))
    assert text[start:].startswith(name)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Le réseau couvre le centre-Bretagne.", "Bretagne"),
        ("La brigade d'Auray intervient.", "Auray"),
        ("Lorsqu'Hélène arrive, la séance commence.", "Hélène"),
        ("L'université Rennes-\nArmorique accueille le colloque.", "Armorique"),
    ],
)
def test_a_lower_case_word_an_elision_or_a_line_end_keeps_the_start(text, word):
    start = text.index(word)
    assert glued_start(text, start) == start


def test_a_school_named_after_a_person_is_not_the_place_inside_it(nlp):
    names = names_of(nlp, "Les élèves du collège Paul-Langevin de Quimperlé ont présenté leur projet.")
    assert "Langevin" not in names


def test_two_places_joined_by_a_hyphen_stay_two_places(nlp):
    names = names_of(nlp, "La ligne de car Rennes-Lorient circulera tout l'été.")
    assert "Rennes-Lorient" not in names


def test_the_start_is_read_only_after_a_hyphen_or_an_apostrophe():
    """glued_start looks at the character before a start and searches no further unless it is a glue:
    every start of an invented line gives what the search over the 60 characters before it gives."""
    from pipeline.extractors.entities.positions import GLUED_WORD_BEFORE

    text = "Le collège Jean-Moulin, l'Agence Vélo'Ville et Lorsqu'Anne vient à Saint-Denis-\nBas."
    for start in range(len(text) + 1):
        glued = GLUED_WORD_BEFORE.search(text, max(0, start - 60), start)
        searched = (
            start
            if text[start : start + 1].isspace()
            or glued is None
            or not glued.group()[0].isupper()
            or glued.group()[:-1].lower().endswith("qu")
            else glued.start()
        )
        assert glued_start(text, start) == searched
