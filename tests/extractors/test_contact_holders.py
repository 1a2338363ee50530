"""Session 22 (classes from the read side's new releases dev-y and dev-z): a person the model calls
MISC after a function opening the line and a dash is its holder, and the body a role presides,
named in lower case by its head-word and adjectives, is the organisation. Invented fragments."""

import pytest

from pipeline.extractors.contacts import extract_contacts

INTRO = "Le conseil d'administration se réunira le 12 mars pour arrêter le programme de l'année.\n\n"


def _run(fragment: str, persons: tuple[str, ...] = (), misc: tuple[str, ...] = ()) -> list[tuple]:
    text = INTRO + fragment
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    bodies = frozenset((text.index(m), text.index(m) + len(m)) for m in misc)
    found = extract_contacts(text, spans, bodies=bodies)
    return [(c["name"], c["role"], c["organization"]) for c in found]


def test_a_name_the_model_calls_misc_after_a_function_and_a_dash_is_its_holder():
    fragment = "Contact presse\nChargée de communication du groupe – Maïna Kerdoncuff – 02 98 11 22 33\n"
    assert _run(fragment, misc=("Maïna Kerdoncuff",)) == [
        ("Maïna Kerdoncuff", "Chargée de communication du groupe", None)
    ]


def test_a_body_the_model_calls_misc_before_a_person_stays_a_body():
    fragment = "Contact presse\nKerlann Cycles – Maëlys Tanguy – 06 11 22 33 44\n"
    assert _run(fragment, ("Maëlys Tanguy",), ("Kerlann Cycles",)) == [
        ("Maëlys Tanguy", None, "Kerlann Cycles")
    ]


@pytest.mark.parametrize(
    ("role", "body"),
    [
        ("président de la section régionale bovine", "section régionale bovine"),
        ("présidente du comité départemental", "comité départemental"),
        ("vice-président de l'union régionale", "union régionale"),
        ("présidente du club", None),
        ("président du comité d'organisation", None),
        ("responsable de la section régionale", None),
    ],
)
def test_the_body_a_role_presides_in_lower_case_is_the_organisation(role, body):
    fragment = f"Contacts presse\nJulien Marchal, {role} : 06 11 22 33 44\n"
    assert _run(fragment, ("Julien Marchal",)) == [("Julien Marchal", role, body)]


def test_a_body_printed_on_the_line_wins_over_the_presided_one():
    fragment = (
        "Contacts presse\nJulien Marchal, président de la section régionale – FDSEA Nord – 06 11 22 33 44\n"
    )
    assert _run(fragment, ("Julien Marchal",)) == [
        ("Julien Marchal", "président de la section régionale", "FDSEA Nord")
    ]


def test_two_boxes_side_by_side_read_from_the_gaps_of_a_collapsed_gutter():
    # the text reader collapses the gutter to one space and records its offset among the gaps
    fragment = (
        "Contacts\n"
        "Brixol – Relations investisseurs Agence Sirocco Finance\n"
        "Claire Vasseur, directrice financière Hugo Lemaire\n"
        "investisseurs@brixol.example.fr 01 56 11 22 33\n"
        "03 26 11 22 33 h.lemaire@sirocco.example.fr\n"
    )
    text = INTRO + fragment
    cuts = ("investisseurs Agence", "financière Hugo", "fr 01 56", "33 h.lemaire")
    gaps = tuple(text.index(c) + c.index(" ") for c in cuts)
    spans = [(text.index(p), text.index(p) + len(p)) for p in ("Claire Vasseur", "Hugo Lemaire")]
    body = (text.index("Brixol"), text.index("Brixol") + len("Brixol"))
    found = extract_contacts(text, spans, bodies=frozenset({body, (*body, "ORG")}), gaps=gaps)
    assert [(c["name"], c["organization"], c["emails"], c["phones"]) for c in found] == [
        ("Claire Vasseur", "Brixol", ["investisseurs@brixol.example.fr"], ["+33326112233"]),
        ("Hugo Lemaire", "Agence Sirocco Finance", ["h.lemaire@sirocco.example.fr"], ["+33156112233"]),
    ]
