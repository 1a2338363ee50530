"""A body printed by its name alone on a contact line: 'Norvelis Énergie – Aurore Kerbrat – 06 …'
names the body the person speaks for, and 'Fondation Halvard – media@…' an office of its own,
when the entities call the name a body (ORG or MISC), no PER entity covers it and it holds no known
first name (the model calls some persons ORG too: those carry a first name). Invented fragments of
companies, a press agency, an investor and a public hotline."""

from __future__ import annotations

import pytest

CASES = [
    (
        "company_then_person",
        "Communiqué de presse\n\nNorvelis Énergie inaugure sa centrale solaire de Loudéac, la plus grande "
        "de Bretagne.\n\nÀ propos de Norvelis Énergie\nNorvelis Énergie développe des centrales solaires "
        "dans l'Ouest.\n\nContacts presse\nNorvelis Énergie – Aurore Kerbrat – 06 21 43 65 87 – "
        "presse@norvelis.fr\n",
        [("Aurore Kerbrat", None, "Norvelis Énergie")],
    ),
    (
        "agency_role_then_person",
        "Communiqué de presse\n\nLe groupe Talmont publie un chiffre d'affaires annuel en hausse de 4 %.\n\n"
        "Contacts\nTalmont – Julien Sorel, directeur financier – +33 2 40 11 22 33\n"
        "Ondine Conseil - Relations investisseurs - Margaux Ferry - +33 1 40 50 60 70 - "
        "mferry@ondine-conseil.fr\n",
        [
            ("Julien Sorel", "directeur financier", "Talmont"),
            ("Margaux Ferry", "Relations investisseurs", "Ondine Conseil"),
        ],
    ),
    (
        "investor_mailbox",
        "Communiqué de presse\n\nLa start-up Algeon Océan lève 8 millions d'euros auprès du fonds "
        "Westbrook Ridge Partners.\n\nAbout Westbrook Ridge Partners\nWestbrook Ridge Partners is a "
        "venture capital firm based in London.\n\nContacts presse\nAlgeon Océan – Inès Caradec – "
        "06 12 12 12 12\nWestbrook Ridge Partners - media@westbrookridge.com\n",
        [("Inès Caradec", None, "Algeon Océan"), (None, None, "Westbrook Ridge Partners")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_named_bodies(nlp, text, expected):
    assert [(c["name"], c["role"], c["organization"]) for c in nlp(text)._.contacts] == expected
