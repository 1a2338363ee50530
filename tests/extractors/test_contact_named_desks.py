"""Session 19 (classes from the read side's new releases dev-s and dev-t): a desk named before a colon
on an address line is its entry's office, an office's cabinet printed with its body, a body line over
its unit line heading a person, and a person the model calls MISC after a press heading. Invented
fragments."""

import pytest

from pipeline.extractors.contacts import extract_contacts

INTRO = "La saison reprendra en septembre avec douze spectacles et trois résidences d'artistes.\n\n"


def _run(fragment: str, persons: tuple[str, ...] = (), misc: tuple[str, ...] = ()) -> list[tuple]:
    text = INTRO + fragment
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    bodies = frozenset((text.index(m), text.index(m) + len(m)) for m in misc)
    found = extract_contacts(text, spans, bodies=bodies)
    return [(c["name"], c["role"], c["organization"], c["emails"], c["phones"]) for c in found]


PERSON = (
    "Contact presse\n"
    "Amandine Roussel, chargée de communication – 06 11 22 33 44 – a.roussel@scene.example.fr\n"
)


@pytest.mark.parametrize(
    ("line", "desk"),
    [
        ("Billetterie : billetterie@scene.example.fr – 03 20 11 22 33", "Billetterie"),
        ("Réservations groupes : groupes@scene.example.fr", "Réservations groupes"),
        ("Dépôt des dossiers : dossiers@scene.example.fr", "Dépôt des dossiers"),
        ("**Bénévolat** : benevoles@scene.example.fr", "Bénévolat"),
        ("Accueil adhérents : 03 20 11 22 33 (du lundi au vendredi, 9 h-12 h)", "Accueil adhérents"),
    ],
)
def test_a_desk_before_a_colon_names_the_office_of_its_entry(line, desk):
    person, office = _run(PERSON + line, ("Amandine Roussel",))
    assert person[:3] == ("Amandine Roussel", "chargée de communication", None)
    assert office[:3] == (None, None, desk)


@pytest.mark.parametrize(
    "line",
    [
        "Questions des familles : 03 20 11 22 33",
        "Pour toute question : questions@scene.example.fr",
        "Inscriptions avant le 12 mars : ateliers@scene.example.fr",
        "Permanence : 03 20 11 22 33",
        "Standard presse : 03 20 11 22 33",
        "Réserver : 03 20 11 22 33",
        "Astreinte du théâtre : 03 20 11 22 33",
    ],
)
def test_a_label_saying_what_to_ask_or_when_names_no_office(line):
    _, entry = _run(PERSON + line, ("Amandine Roussel",))
    assert entry[2] is None


def test_a_desk_under_an_office_heading_is_named_by_its_desk():
    contacts = _run(
        "Service communication HBCV\nLouise Marchal – 03 23 11 22 33\ncommunication@hbcv.example.fr\n"
        "Billetterie : billetterie@hbcv.example.fr – 03 23 11 22 34",
        ("Louise Marchal",),
    )
    assert [c[2] for c in contacts] == ["Service communication HBCV", "Billetterie"]


def test_a_desk_inside_a_box_is_an_entry_of_its_own():
    contacts = _run(
        "┌──────────────────────────────────────┐\n"
        "│ Mutuelle des Coteaux                 │\n"
        "│ Armelle Vigneau – 03 26 11 22 33     │\n"
        "│ Standard adhérents : 09 69 11 22 33  │\n"
        "└──────────────────────────────────────┘",
        ("Armelle Vigneau",),
    )
    assert [(c[0], c[2], c[4]) for c in contacts] == [
        ("Armelle Vigneau", "Mutuelle des Coteaux", ["+33326112233"]),
        (None, "Standard adhérents", ["+33969112233"]),
    ]


def test_a_lone_press_desk_beside_a_named_desk_is_no_role():
    (desk, person) = _run(
        "Billetterie accessible : 01 47 11 22 33\nPresse : Bastien Lacaze – 06 81 11 22 33",
        ("Bastien Lacaze",),
    )
    assert desk[2] == "Billetterie accessible"
    assert person[:2] == ("Bastien Lacaze", None)


def test_a_body_line_over_its_unit_line_gives_the_person_the_body():
    (contact,) = _run(
        "Contact presse\nDirection régionale des affaires culturelles de Bretagne\nService communication\n"
        "Contact presse : Karine Le Moal – 02 99 11 22 33",
        ("Karine Le Moal",),
    )
    assert contact[:3] == ("Karine Le Moal", None, "Direction régionale des affaires culturelles de Bretagne")


def test_an_office_and_its_holders_cabinet_on_one_line_are_printed_whole():
    (contact,) = _run(
        "Contact presse\nPréfecture – Cabinet du préfet : 05 61 11 22 33 / pref@example.gouv.fr"
    )
    assert contact[2] == "Préfecture – Cabinet du préfet"


def test_a_remark_in_brackets_before_the_colon_keeps_the_desk():
    contacts = _run(
        "Contact presse\nSecrétariat de la présidence : 04 95 11 22 33\n"
        "Greffe du tribunal de commerce (prévention) : 04 95 11 22 34 /\nprevention@greffe.example.fr"
    )
    assert [(c[2], c[3]) for c in contacts] == [
        ("Secrétariat de la présidence", []),
        ("Greffe du tribunal de commerce", ["prevention@greffe.example.fr"]),
    ]


def test_a_technician_before_a_colon_is_the_persons_role():
    (contact,) = _run(
        "Contacts\nTechnicienne rivière : Solène Perrault – 05 45 11 22 33", ("Solène Perrault",)
    )
    assert contact[:3] == ("Solène Perrault", "Technicienne rivière", None)


def test_a_misc_name_after_a_press_heading_is_the_person():
    (contact,) = _run(
        "**Contact presse** : Enora Kerbrat – 02 98 11 22 33 – presse@navette.example.fr",
        misc=("Enora Kerbrat",),
    )
    assert contact[:3] == ("Enora Kerbrat", None, None)


def test_a_misc_body_heading_a_person_stays_a_body():
    (contact,) = _run(
        "Contact presse : Kerlann Cycles – Maëlys Tanguy – 06 11 22 33 44",
        ("Maëlys Tanguy",),
        misc=("Kerlann Cycles",),
    )
    assert contact[:3] == ("Maëlys Tanguy", None, "Kerlann Cycles")


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Transports Vallée Verte : service presse – 03 80 11 22 33", "service presse"),
        ("Transports Vallée Verte : Service presse – 03 80 11 22 33", None),
    ],
)
def test_a_press_service_in_lower_case_after_the_bodys_colon_is_its_role(line, role):
    text_line = f"Contacts presse\n{line}"
    (contact,) = _run(text_line, misc=("Transports Vallée Verte",))
    assert contact[1:3] == (role, "Transports Vallée Verte")
