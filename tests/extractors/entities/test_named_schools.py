"""Secondary schools named after their kind noun, capitalised in prize lists and tables or in lower case in
running text: the kind, its adjectives and the name are one body. Invented fragments of an academy's prize
list, a contest's results and a company's release; a table's category before a pupil is no school."""

import pytest

from pipeline.extractors.entities.schools import named_schools


def found(text: str) -> list[str]:
    return [text[c.start : c.end] for c in named_schools(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("1er prix : Collège Les Peupliers, Dinan", "Collège Les Peupliers"),
        ("2e prix : Lycée professionnel Louise-Michel, Brest", "Lycée professionnel Louise-Michel"),
        ("Mention : Lycée agricole de la Brosse, Chinon", "Lycée agricole de la Brosse"),
        (
            "Les apprentis formés au lycée professionnel Jules-Ferry rejoindront l'usine.",
            "lycée professionnel Jules-Ferry",
        ),
        ("Collège du Val-d'Oust, Malestroit", "Collège du Val-d'Oust"),
        ("Lycée Curie, Vannes", "Lycée Curie"),
    ],
)
def test_a_school_is_named_with_its_kind(text, name):
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Lycée général Awa Koné Lycée Curie",  # a table's category, then a pupil
        "Lycée professionnel Lucas",  # a first name
        "Les collèges du département participent.",  # plural, no name
        "l'école de la République",
    ],
)
def test_no_school_where_a_person_or_nothing_is_named(text):
    assert all(not name.startswith(("Lycée général", "Lycée professionnel L")) for name in found(text))
    assert "collèges" not in " ".join(found(text)) and "école" not in " ".join(found(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les élèves du collège Louise-Michel de Quimper ont gagné.", "collège Louise-Michel de Quimper"),
        (
            "au lycée professionnel Jean-Monnet d'Angers, les apprentis",
            "lycée professionnel Jean-Monnet d'Angers",
        ),
        ("Transféré à l'hôpital Paul-Bert de Rennes, il va bien.", "hôpital Paul-Bert de Rennes"),
        ("le centre hospitalier Pierre-Loti d'Albi recrute", "centre hospitalier Pierre-Loti d'Albi"),
    ],
)
def test_a_school_or_hospital_named_after_someone_takes_its_town(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("le lycée Jean-Moulin de la Maison des sciences", "lycée Jean-Moulin"),  # no town
        ("le lycée Jean-Moulin de Grandchose ouvre", "lycée Jean-Moulin"),  # no known town
        ("le collège Jean-Moulin\nde Rennes", "collège Jean-Moulin"),  # another line
    ],
)
def test_no_town_where_none_follows_on_the_line(text, name):
    assert found(text) == [name]


def test_a_hospital_without_its_town_is_left_to_other_rules():
    assert found("l'hôpital Paul-Bert accueille") == []
