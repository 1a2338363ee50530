"""Session 21 (classes from the read side's new releases dev-w and dev-x): what a labelled line
under a person names, and the unit a bracket after its number names. Invented fragments."""

import pytest

from pipeline.extractors.contacts import extract_contacts

INTRO = "La collecte se poursuit jusqu'à la fin du mois dans les vingt antennes du réseau.\n\n"

PERSON = (
    "Contact presse : Romain Verdier, chargé des programmes\n"
    "06 12 34 56 78 – r.verdier@solidaire.example.org\n"
)


def _run(fragment: str, persons: tuple[str, ...] = ("Romain Verdier",)) -> list[tuple]:
    text = INTRO + fragment
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    found = extract_contacts(text, spans)
    return [(c["name"], c["role"], c["organization"], c["emails"], c["phones"]) for c in found]


@pytest.mark.parametrize(
    ("line", "office"),
    [
        ("Dons : www.solidaire.example.org/dons ou 02 40 11 22 33 (service donateurs)", "service donateurs"),
        ("Adhésions : 02 40 11 22 33 (secrétariat de l'association)", "secrétariat de l'association"),
        ("Billetterie : 02 40 11 22 33 (du lundi au vendredi)", "Billetterie"),
        ("Adhésions : 0 800 11 22 33 (service et appel gratuits)", "Adhésions"),
    ],
)
def test_a_unit_in_brackets_after_the_number_is_the_office_of_a_desk_line(line, office):
    person, entry = _run(PERSON + line)
    assert person[:3] == ("Romain Verdier", "chargé des programmes", None)
    assert entry[:3] == (None, None, office)


@pytest.mark.parametrize(
    ("line", "office"),
    [
        ("Relations investisseurs : investisseurs@solidaire.example.org", "Relations investisseurs"),
        ("Officier de permanence : 02 40 11 22 33", "Officier de permanence"),
        ("Chef de salle : 02 40 11 22 33 (24 h/24)", "Chef de salle"),
    ],
)
def test_a_function_alone_before_the_colon_under_a_complete_entry_is_an_office(line, office):
    person, entry = _run(PERSON + line)
    assert person[:3] == ("Romain Verdier", "chargé des programmes", None)
    assert entry[:3] == (None, None, office)


@pytest.mark.parametrize("line", ["Présidente : 02 40 11 22 33", "Attachée de presse : 02 40 11 22 33"])
def test_a_lone_function_word_or_a_press_function_names_no_office(line):
    assert all(entry[2] is None for entry in _run(PERSON + line))


def test_a_function_before_a_person_on_its_line_stays_the_persons():
    person, other = _run(
        PERSON + "Relations investisseurs : Inès Carle – 02 40 11 22 33", ("Romain Verdier", "Inès Carle")
    )
    assert other[:2] == ("Inès Carle", "Relations investisseurs")


def test_a_rank_before_the_name_is_the_role_when_no_function_is_printed():
    text = (
        "Service communication du SDIS 99\nCapitaine Hugo Marchal – 02 40 11 22 33\ncom@sdis99.example.fr\n"
    )
    (entry,) = _run(text, ("Hugo Marchal",))
    assert entry[:3] == ("Hugo Marchal", "Capitaine", "Service communication du SDIS 99")


def test_a_function_printed_beside_the_rank_is_the_role():
    text = "Capitaine Hugo Marchal, officier communication – 02 40 11 22 33\n"
    (entry,) = _run("Contact presse\n" + text, ("Hugo Marchal",))
    assert entry[:2] == ("Hugo Marchal", "officier communication")


def test_a_press_desk_printing_the_number_under_a_press_unit_named_after_its_body_labels_it():
    text = (
        "Contact presse\n"
        "Service de la communication de la direction régionale\n"
        "Bureau de presse – 02 40 11 22 33 (24 h/24)\n"
        "presse@region.example.fr\n"
    )
    (entry,) = _run(text, ())
    assert entry[:3] == (None, None, "Service de la communication de la direction régionale")


def test_a_desk_after_a_body_and_a_dash_before_the_person_is_the_bodys_unit():
    text = "Contacts presse\nMaison des Arts du Lac – Communication : Lise Aubry\n02 40 11 22 33\n"
    (entry,) = _run(text, ("Lise Aubry",))
    assert entry[:3] == ("Lise Aubry", None, "Maison des Arts du Lac – Communication")


def test_a_desk_alone_before_the_person_is_her_role():
    text = (
        "Contacts presse\nPresse : Lise Aubry – 02 40 11 22 33\nPartenariats : Paul Sorel – 02 40 11 22 34\n"
    )
    first, second = _run(text, ("Lise Aubry", "Paul Sorel"))
    assert first[:2] == ("Lise Aubry", "Presse")


def test_a_function_in_lower_case_after_the_office_before_its_number_is_the_role():
    text = "Contact presse\nParquet – magistrat chargé de la communication : 04 70 11 22 33\n"
    (entry,) = _run(text, ())
    assert entry[:3] == (None, "magistrat chargé de la communication", "Parquet")
