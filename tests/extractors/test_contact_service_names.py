"""Session 15 shapes of contact lines, in invented fragments of a research institute, an association
and a regional chamber: a press service named as a unit with its body ('Service de presse X') is the
organisation whole; headings joined by 'et' ('Renseignements et presse :') are a label, not a body;
a hotline named 'Info X' is an office, not a person; a service a sentence asks to call, in lower
case, after another number ('appelez le 15 ou le centre antipoison au' ⏎ '03 …'), is the
number's; a mailbox alone in a bullet under a person's bullet is an entry of its own."""

from __future__ import annotations

import pytest

CASES = [
    (
        "press_service_named_as_a_unit",
        "Communiqué de presse\n\nL'institut publie une étude sur les sols agricoles.\n\nContact presse\n"
        "Service de presse IRSOL\npresse@irsol-exemple.fr – 01 44 55 66 77\n",
        [(None, None, "Service de presse IRSOL")],
    ),
    (
        "joined_headings_are_a_label",
        "Communiqué de presse\n\nL'association ouvre une bagagerie solidaire.\n\n"
        "Renseignements et presse : Maëlle Garnier – 06 12 34 56 78 – maelle.garnier@exemple.org\n",
        [("Maëlle Garnier", None, None)],
    ),
    (
        "service_asked_for_in_a_wrapped_sentence",
        "Communiqué de presse\n\nEn cas de malaise après la cueillette, appelez sans attendre le 15 ou "
        "le centre antipoison au\n03 83 11 22 33 en signalant le repas.\n\nContact presse\n"
        "ARS Lorraine – Service presse – presse@ars-exemple.fr\n",
        [(None, None, "centre antipoison"), (None, None, "ARS Lorraine – Service presse")],
    ),
    (
        "mailbox_alone_in_its_bullet",
        "Communiqué de presse\n\nLe concours de reportage radio revient.\n\n**Contacts**\n"
        "- Yann Riou, coordinateur du concours : 06 11 22 33 44\n- presse@exemple.bzh\n",
        [("Yann Riou", "coordinateur du concours", None), (None, None, None)],
    ),
    (
        "info_hotline_is_an_office",
        "Communiqué de presse\n\nDes courriels frauduleux circulent au nom de la chambre.\n\n"
        "Info Arnaques (appel gratuit) : 0 805 111 222\n\n"
        "Contact : secrétariat de la chambre – 03 20 11 22 33 – contact@chambre-exemple.fr\n",
        [(None, None, "Info Arnaques"), (None, None, "secrétariat de la chambre")],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_service_names(nlp, name, text, expected):
    assert [(c["name"], c["role"], c["organization"]) for c in nlp(text)._.contacts] == expected


ABOUT_SECTIONS = [
    (
        # the heading a paragraph of its own: the contact line after its body is in the section
        "Communiqué de presse\n\nLa chambre publie son baromètre.\n\n### À propos de la CMA Creuse\n\n"
        "La chambre de métiers accompagne 4 000 artisans.\n\n"
        "**Contact presse** : Léna Perrot – 05 55 11 22 33 – l.perrot@exemple.fr\n",
        [("Léna Perrot", None, "CMA Creuse")],
    ),
    (
        # the heading opening its body's line: only that paragraph is the zone
        "Communiqué de presse\n\nLa chambre publie son baromètre.\n\n**À propos de la CMA Creuse** — "
        "La chambre de métiers accompagne 4 000 artisans.\n\n"
        "**Contact presse** : Léna Perrot – 05 55 11 22 33 – l.perrot@exemple.fr\n",
        [("Léna Perrot", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ABOUT_SECTIONS)
def test_contact_line_of_an_about_section(nlp, text, expected):
    assert [(c["name"], c["role"], c["organization"]) for c in nlp(text)._.contacts] == expected
