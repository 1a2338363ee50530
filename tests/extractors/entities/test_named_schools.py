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
