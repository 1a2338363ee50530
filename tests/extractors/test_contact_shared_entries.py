"""Session 20 (classes from the read side's new releases dev-u and dev-v): a body whose name holds
`pour`, a mailbox shared by the persons listed above it, a role closing on an acronym, a staff body's
acronym, a signature a blank line above a press heading, a desk line ending on a web address and a
unit named in lower case. Invented fragments."""

import pytest

from pipeline.extractors.contacts import extract_contacts
from pipeline.extractors.metadata import extract_metadata

INTRO = "Le chantier de la nouvelle halle commencera au printemps, pour dix-huit mois de travaux.\n\n"


def _run(fragment: str, persons: tuple[str, ...] = (), orgs: tuple[str, ...] = ()) -> list[tuple]:
    text = INTRO + fragment
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    bodies = frozenset((text.index(o), text.index(o) + len(o), "ORG") for o in orgs)
    found = extract_contacts(text, spans, bodies=bodies)
    return [(c["name"], c["role"], c["organization"], c["emails"], c["phones"]) for c in found]


@pytest.mark.parametrize(
    "heading",
    [
        "Bureau de l'Unesco pour la Belgique",
        "Association pour la Sauvegarde du Moulin",
        "Agence nationale pour l'Habitat",
    ],
)
def test_a_body_whose_name_holds_pour_is_no_agency_speaking_for_a_client(heading):
    fragment = f"Contacts presse\n{heading}\nMarc Dujardin, chargé de communication : 01 40 22 33 44\n"
    [person] = _run(fragment, ("Marc Dujardin",))
    assert person[2] == heading


@pytest.mark.parametrize(
    ("agency", "client"),
    [
        ("Agence Boussole pour la Fondation des Phares", "Fondation des Phares"),
        ("Cabinet Lemoine pour la Fondation des Phares", "Fondation des Phares"),
        ("Fondation Brise & Sel pour Nautilia", "Nautilia"),
    ],
)
def test_an_agency_or_a_one_word_client_still_gives_the_client(agency, client):
    fragment = f"Contacts presse\n{agency}\nLéa Corre – 06 12 12 12 12\n"
    [person] = _run(fragment, ("Léa Corre",))
    assert person[2] == client


def test_a_mailbox_under_two_persons_is_the_list_s_with_their_body():
    fragment = (
        "CONTACT PRESSE\nOffice public des eaux de Sablière\nDirection de la communication\n"
        "Hugo Ferrand – 01 45 45 10 10\nNina Bastide – 01 45 45 10 11 / 06 45 45 10 12\n"
        "presse@eaux-sabliere.fr\n"
    )
    hugo, nina, mailbox = _run(fragment, ("Hugo Ferrand", "Nina Bastide"))
    assert nina[3] == [] and hugo[2] == nina[2] == "Office public des eaux de Sablière"
    assert mailbox == (None, None, "Office public des eaux de Sablière", ["presse@eaux-sabliere.fr"], [])


def test_a_mailbox_under_one_person_or_spelling_her_name_is_hers():
    fragment = "Contact presse\nNina Bastide – 01 45 45 10 11\npresse@eaux-sabliere.fr\n"
    assert _run(fragment, ("Nina Bastide",)) == [
        ("Nina Bastide", None, None, ["presse@eaux-sabliere.fr"], ["+33145451011"])
    ]
    fragment = (
        "Contacts presse\nHugo Ferrand – 01 45 45 10 10\nNina Bastide – 01 45 45 10 11\nn.bastide@eaux.fr\n"
    )
    assert [c[3] for c in _run(fragment, ("Hugo Ferrand", "Nina Bastide"))] == [[], ["n.bastide@eaux.fr"]]


def test_a_role_closing_on_an_acronym_gives_it_and_a_staff_body_gives_none():
    fragment = (
        "Contacts\nPaul Berthet – délégué syndical FO : 06 20 20 20 20\n"
        "Rachida Morel – secrétaire du CSE : 06 30 30 30 30\n"
    )
    paul, rachida = _run(fragment, ("Paul Berthet", "Rachida Morel"), ("FO", "CSE"))
    assert paul[1:3] == ("délégué syndical FO", "FO")
    assert rachida[1:3] == ("secrétaire du CSE", None)


def test_a_signature_a_blank_line_above_the_press_heading_is_the_release_s():
    fragment = (
        "Groupe Caldéra – Direction de la communication\n12 rue des Forges · 52000 Chaumont\n\n"
        "Contact presse : Inès Vautrin\n03 25 10 20 30 / 06 10 20 30 40\nines.vautrin@caldera.example.fr\n"
    )
    [person] = _run(fragment, ("Inès Vautrin",))
    assert person[:3] == ("Inès Vautrin", None, None)
    assert extract_metadata("COMMUNIQUÉ\n\n" + INTRO + fragment)["issuer"] == "Groupe Caldéra"


def test_a_desk_line_ending_on_a_web_address_names_its_office():
    fragment = (
        "Contact presse\nJade Roux – 05 45 10 20 30\n\n"
        "Réservations : 05 45 10 20 31 ou sur www.halle.example.fr.\n"
    )
    _, desk = _run(fragment, ("Jade Roux",))
    assert desk[2:] == ("Réservations", [], ["+33545102031"])


def test_a_unit_named_in_lower_case_keeps_its_head_word():
    fragment = (
        "Contact presse\nJade Roux – 05 45 10 20 30\n\n"
        "Renseignements exploitants : service Bocage-Rivières, 05 45 10 20 32, bocage@halle.example.fr\n"
    )
    _, office = _run(fragment, ("Jade Roux",))
    assert office[2] == "service Bocage-Rivières"
