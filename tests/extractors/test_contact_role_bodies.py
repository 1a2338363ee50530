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
        "sentence_role_and_lower_case_town_hall",
        "Communiqué de presse\n\nLa commune de Saint-Avé organise une collecte de sang le 8 mars à la salle "
        "des fêtes.\n\nLes journalistes peuvent joindre Paul Girard, directeur de la communication de la "
        "mairie de Saint-Avé, au 02 97 60 70 10.\n",
        [("Paul Girard", "directeur de la communication de la mairie de Saint-Avé", "mairie de Saint-Avé")],
    ),
    (
        "sentence_role_naming_no_body",
        "Communiqué de presse\n\nL'association Vélo Cité organise sa bourse aux vélos le samedi 14 mars "
        "place de la mairie.\n\nPour plus d'informations, contactez Léa Morin, chargée de communication de "
        "l'association, au 06 12 34 56 78 ou par courriel à lea.morin@velocite.org.\n",
        [("Léa Morin", "chargée de communication de l'association", None)],
    ),
    (
        "block_role_at_the_prefecture",
        "Communiqué de presse\n\nLe préfet de la Somme active le plan grand froid jusqu'à dimanche.\n\n"
        "Contact presse\nJulie Caron, chargée de communication à la préfecture de la Somme\n"
        "03 22 97 80 80 – julie.caron@somme.gouv.fr\n",
        [("Julie Caron", "chargée de communication à la préfecture de la Somme", "préfecture de la Somme")],
    ),
    (
        "sentence_clause_is_no_role",
        "Communiqué de presse\n\nLa commune de Saint-Avé organise une collecte de sang le 8 mars.\n\n"
        "Pour toute question, merci de contacter Paul Girard, qui coordonne la collecte, "
        "au 02 97 60 70 10.\n",
        [("Paul Girard", None, None)],
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
