"""A contact's role naming the body the person speaks for: 'Paul Martin, CEO de Nuagix' gives the role
as printed and Nuagix as the organisation when the document names Nuagix as an ORG (the guide: the
body the person speaks for, even when the role names it); English executive titles (CEO, CFO…) and
a few professions are roles, not bodies. A complement that is no body named in the document gives
no organisation. Invented fragments of a start-up, a company, a research lab and an association."""

from __future__ import annotations

import pytest

CASES = [
    (
        "startup_ceo",
        "Communiqué de presse\n\nLa start-up Nuagix lève 5 millions d'euros pour accélérer son développement "
        "en Europe.\n\nContacts presse\nPaul Martin, CEO de Nuagix – paul@nuagix.io – 06 11 22 33 44\n",
        [("Paul Martin", "CEO de Nuagix", "Nuagix")],
    ),
    (
        "company_cfo_line_under_name",
        "Communiqué de presse\n\nLe groupe Ferval publie un chiffre d'affaires annuel en hausse de 6 %.\n\n"
        "Contact\nClaire Aubin\nCFO de Ferval\n01 45 67 89 10\nclaire.aubin@ferval.com\n",
        [("Claire Aubin", "CFO de Ferval", "Ferval")],
    ),
    (
        "researcher_of_a_named_lab",
        "Communiqué de presse\n\nLe laboratoire Géosciences Rennes publie une étude sur l'érosion des côtes "
        "bretonnes.\n\nContact scientifique : Marc Le Du, chercheur de Géosciences Rennes – "
        "marc.ledu@univ-rennes.fr\n",
        [("Marc Le Du", "chercheur de Géosciences Rennes", "Géosciences Rennes")],
    ),
    (
        "complement_not_a_body_of_the_document",
        "Communiqué de presse\n\nL'association Lire Ensemble organise sa fête du livre le 4 avril à Vitré."
        "\n\n"
        "Contact : Julie Roux, coordinatrice de Vitré Lecture 2026 – 06 12 34 56 78\n",
        [("Julie Roux", "coordinatrice de Vitré Lecture 2026", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_role_bodies(nlp, text, expected):
    assert [(c["name"], c["role"], c["organization"]) for c in nlp(text)._.contacts] == expected
