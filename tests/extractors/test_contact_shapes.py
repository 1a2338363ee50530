"""Contact shapes of French (and English) press releases, on invented fragments: which body a
contact speaks for, and where its role ends. Persons are marked as the PER entities would be."""

import pytest

from pipeline.extractors.contacts import extract_contacts

INTRO = "Le dispositif sera déployé dans tout le département à partir du mois prochain.\n\n"


def _run(fragment: str, persons: tuple[str, ...] = ()) -> list[tuple]:
    text = INTRO + fragment
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    return [
        (c["name"], c["role"], c["organization"], c["emails"], c["phones"])
        for c in extract_contacts(text, spans)
    ]


@pytest.mark.parametrize(
    ("fragment", "organisation"),
    [
        ("For media enquiries, please contact press@oceanwatch.example.org.", None),
        ("Demandes des médias : medias@salon-habitat.example.fr", None),
        ("Contact presse\nGroupe Hospitalier Sud\n01 45 21 00 00", "Groupe Hospitalier Sud"),
        ("Press contact\nPort of Saint-Nazaire\n+33 2 40 00 45 45", "Port of Saint-Nazaire"),
        ("Contact presse\nParc national des Écrins\n04 92 40 20 10", "Parc national des Écrins"),
    ],
)
def test_a_head_word_inside_lower_case_words_is_not_a_body(fragment, organisation):
    (contact,) = _run(fragment)
    assert contact[2] == organisation


@pytest.mark.parametrize(
    ("fragment", "person", "organisation"),
    [
        (
            "Media contacts\nFor Greenleaf Energy: Sarah Collins, sarah.collins@greenleaf.example.com",
            "Sarah Collins",
            "Greenleaf Energy",
        ),
        (
            "Contacts presse\nPour la Ville de Caen : Inès Robert – 02 31 30 41 00",
            "Inès Robert",
            "Ville de Caen",
        ),
        (
            "Contacts presse\nSecours populaire : Karim Benali – 06 01 02 03 04",
            "Karim Benali",
            "Secours populaire",
        ),
        ("Contact presse\nRestos du cœur : Julie Caron – 06 05 06 07 08", "Julie Caron", "Restos du cœur"),
    ],
)
def test_the_body_printed_before_the_person(fragment, person, organisation):
    (contact,) = _run(fragment, (person,))
    assert contact[:3] == (person, None, organisation)


def test_words_before_a_colon_are_not_a_body_without_a_confirmed_person():
    (contact,) = _run("Contact presse\nSecours populaire : Karim Benali – 06 01 02 03 04")
    assert contact[2] != "Secours populaire" or contact[0] is None


@pytest.mark.parametrize(
    ("fragment", "role", "organisation"),
    [
        (
            "Contact presse : Olivia Masson, consultante chez Agence Boréal – 01 45 00 11 22",
            "consultante chez Agence Boréal",
            "Agence Boréal",
        ),
        (
            "Contact presse\nMorgane Tessier, chargée de communication à la Ville de Brest\n02 98 00 80 80",
            "chargée de communication à la Ville de Brest",
            "Ville de Brest",
        ),
        (
            "Contact : Hugo Perret, attaché de presse au Conseil départemental de la Somme, 03 22 71 80 00",
            "attaché de presse au Conseil départemental de la Somme",
            "Conseil départemental de la Somme",
        ),
        (
            "Contact : Franck Olivier, directeur de la Mutualité française Occitanie – 05 61 00 00 02",
            "directeur de la Mutualité française Occitanie",
            "Mutualité française Occitanie",
        ),
    ],
)
def test_the_role_keeps_its_complement_which_names_the_body(fragment, role, organisation):
    (contact,) = _run(fragment)
    assert contact[1:3] == (role, organisation)


@pytest.mark.parametrize(
    ("heading", "person"),
    [
        ("FNSEA – Service de presse", "Élise Moreau"),
        ("Région Bretagne – Cellule communication", "Youenn Le Bihan"),
    ],
)
def test_an_office_heading_the_persons_is_printed_whole(heading, person):
    (contact,) = _run(f"Contact presse\n{heading}\n{person} – 01 53 83 47 47 – presse@exemple.fr", (person,))
    assert contact[:3] == (person, None, heading)


@pytest.mark.parametrize(
    ("fragment", "role", "organisation"),
    [
        (
            "Press contact\nJohn Smith, Communications Manager, Acme Robotics\n+44 20 7946 0958",
            "Communications Manager",
            "Acme Robotics",
        ),
        (
            "Media Contact\nDavid Chen\nSenior PR Manager, Brightline Software\ndchen@brightline.example.io",
            "Senior PR Manager",
            "Brightline Software",
        ),
        (
            "Press contact:\nEmma Wilson\nHead of Communications\n+1 415 555 0134",
            "Head of Communications",
            None,
        ),
        (
            "Contact presse\nLycée Jean-Moulin – Proviseure : Catherine Petit\n04 67 12 34 56",
            "Proviseure",
            "Lycée Jean-Moulin",
        ),
    ],
)
def test_role_words_of_english_blocks_and_schools(fragment, role, organisation):
    (contact,) = _run(fragment)
    assert contact[1:3] == (role, organisation)


def test_a_role_before_a_colon_announces_its_holder():
    assert _run(
        "Contact presse\nResponsable communication : Delphine Marchal\n"
        "Fédération des entreprises du paysage\n06 23 45 67 89 – d.marchal@fep.example.fr"
    ) == [
        (
            "Delphine Marchal",
            "Responsable communication",
            "Fédération des entreprises du paysage",
            ["d.marchal@fep.example.fr"],
            ["+33623456789"],
        )
    ]
