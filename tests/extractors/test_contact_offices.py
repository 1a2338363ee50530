"""Office entries of contact blocks (session 10): an office heading the unit that prints its
number, a section heading in capitals that is no one's name, and a line naming a kind of contact
that starts an entry of its own. Invented fragments in the shapes of several kinds of issuers."""

import pytest

from pipeline.extractors.contacts import extract_contacts

INTRO = "Le dispositif sera déployé dans tout le département à partir du mois prochain.\n\n"


def _run(fragment: str, persons: tuple[str, ...] = ()) -> list[tuple]:
    text = INTRO + fragment
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    return [(c["name"], c["organization"], c["emails"], c["phones"]) for c in extract_contacts(text, spans)]


@pytest.mark.parametrize(
    ("fragment", "organisation"),
    [
        (
            "Contact presse\nPréfecture du Gard\n"
            "Bureau de la communication interministérielle : 04 66 36 40 18",
            "Préfecture du Gard Bureau de la communication interministérielle",
        ),
        (
            "Contact presse\nMinistère de la Culture\nDélégation à l'information et à la communication\n"
            "Service de presse : 01 40 15 83 31",
            "Ministère de la Culture Délégation à l'information et à la communication Service de presse",
        ),
        (
            "Contact presse\nARS Bretagne\nService communication – 02 22 06 74 85",
            "ARS Bretagne Service communication",
        ),
        (
            "Contacts\nFédération française de randonnée\nService presse presse@ffrandonnee.example.fr",
            "Fédération française de randonnée Service presse",
        ),
        (
            "Contact presse\nCHU de Rennes\nDirection de la communication – 02 99 28 42 40",
            "CHU de Rennes Direction de la communication",
        ),
    ],
)
def test_an_office_heading_the_unit_that_prints_the_number_is_one_office(fragment, organisation):
    (contact,) = _run(fragment)
    assert contact[0] is None
    assert contact[1] == organisation


def test_a_person_over_a_unit_keeps_her_name():
    (contact,) = _run(
        "Contact presse\nJulie Martin\nService communication – 02 22 06 74 85", ("Julie Martin",)
    )
    assert contact[:2] == ("Julie Martin", "Service communication")


@pytest.mark.parametrize(
    "heading",
    ["INFORMATIONS PRATIQUES", "EN SAVOIR PLUS", "Renseignements"],
)
def test_a_section_heading_over_a_number_is_no_one(heading):
    (contact,) = _run(f"{heading}\nBilletterie : 04 72 32 00 00")
    assert contact[:2] == (None, None)


@pytest.mark.parametrize(
    ("line", "name"),
    [("MARIE DUPONT", "MARIE DUPONT"), ("DUPONT Marie", "DUPONT Marie"), ("ATELIER BOIS", None)],
)
def test_a_line_in_capitals_is_a_name_only_with_a_first_name(line, name):
    (contact,) = _run(f"Contact presse\n{line}\n06 12 34 56 78")
    assert contact[0] == name


@pytest.mark.parametrize(
    ("fragment", "persons", "expected"),
    [
        (
            "Relations presse : Agence Clé Com\nLaura Benoît\nlaura.benoit@clecom.example.fr\n\n"
            "Contact organisateurs : contact@concours.example.fr",
            ("Laura Benoît",),
            [
                ("Laura Benoît", "Agence Clé Com", ["laura.benoit@clecom.example.fr"], []),
                (None, None, ["contact@concours.example.fr"], []),
            ],
        ),
        (
            "Julie Roux – 06 12 34 56 78\nContact presse : presse@mairie.example.fr",
            ("Julie Roux",),
            [
                ("Julie Roux", None, [], ["+33612345678"]),
                (None, None, ["presse@mairie.example.fr"], []),
            ],
        ),
        (
            "Contact presse\nPaul Vidal – 06 12 34 56 78\nContact : paul.vidal@club.example.fr",
            ("Paul Vidal",),
            [("Paul Vidal", None, ["paul.vidal@club.example.fr"], ["+33612345678"])],
        ),
    ],
)
def test_a_line_naming_a_kind_of_contact_starts_an_entry(fragment, persons, expected):
    assert _run(fragment, persons) == [tuple(e) for e in expected]


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "Capitaine Léa Morvan, officier communication du groupement de gendarmerie",
            "Léa Morvan",
            "officier communication du groupement de gendarmerie",
        ),
        ("Commandant Yves Garnier, officier presse du SDIS 35", "Yves Garnier", "officier presse du SDIS 35"),
        (
            "Lieutenant-colonel Paul Henry, chef du bureau communication",
            "Paul Henry",
            "chef du bureau communication",
        ),
    ],
)
def test_a_rank_before_the_name_is_not_part_of_it(line, name, role):
    (contact,) = _run(f"Contact presse\n{line}\n02 97 47 14 50", (name,))
    assert contact[0] == name
    got = extract_contacts(INTRO + f"Contact presse\n{line}\n02 97 47 14 50", [])
    assert got[0]["role"] == role


@pytest.mark.parametrize(
    ("line", "role", "organisation"),
    [
        (
            "Coordination du festival : Maison de la culture – 04 73 00 00 00",
            "Coordination du festival",
            "Maison de la culture",
        ),
        (
            "Chargée de communication : Préfecture du Var – 04 94 18 83 83",
            "Chargée de communication",
            "Préfecture du Var",
        ),
    ],
)
def test_a_function_before_the_office_is_its_role(line, role, organisation):
    (contact,) = extract_contacts(INTRO + f"Contacts\n{line}", [])
    assert (contact["name"], contact["role"], contact["organization"]) == (None, role, organisation)
