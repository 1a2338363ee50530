"""Offices named on a contact line or in the sentence of a number: a unit in lower case after the
body is printed with it ('Agence X — service communication'); an acronym with a small letter inside
is a body ('DDFiP de l'Yonne'), also in a sentence asking to call it ('joindre la DGFiP au 0 8 …'); a
desk with its complement is an office ('secrétariat du parquet'); a press service and its scope
('Service presse national : …'); a service named after its head-word in the number's sentence ('La
plateforme Alerte Pollen Info répond au 0 800 …'); a line going on with the hard-wrapped sentence
above it is prose, not a block ('… à la' ⏎ 'Maison X, ou écrire à x@y.fr.'); the client a heading names
before its colon wins over the agency on the line. Invented fragments of a ministry, a tax office,
a court, a national agency and a health agency."""

from __future__ import annotations

import pytest

CASES = [
    (
        "lower_case_unit_after_body",
        "Communiqué de presse\n\nLe ministère des Sports lance un appel à projets pour les piscines.\n\n"
        "Contacts presse\nAgence nationale du Sport — service communication — communication@ans-exemple.fr\n",
        [(None, None, "Agence nationale du Sport — service communication")],
    ),
    (
        "mixed_case_acronym_and_sentence",
        "Communiqué de presse\n\nLa campagne de déclaration des revenus s'ouvre le 10 avril. Les usagers "
        "peuvent joindre la DGFiP au 0 809 401 401 du lundi au vendredi.\n\nContacts presse\n"
        "DDFiP du Cher – Cellule communication : 02 48 11 22 33 – ddfip18.communication@dgfip.exemple.fr\n",
        [(None, None, "DGFiP"), (None, None, "DDFiP du Cher – Cellule communication")],
    ),
    (
        "desk_with_its_complement",
        "Communiqué de presse\n\nLe procureur de la République fait le point sur l'enquête en cours.\n\n"
        "Contact presse : secrétariat du parquet – 05 55 11 22 33 – parquet.tj-exemple@justice.fr\n",
        [(None, None, "secrétariat du parquet")],
    ),
    (
        "press_service_and_scope",
        "Communiqué de presse\n\nL'Office des forêts publie son bilan annuel.\n\nContacts presse\n"
        "Direction régionale Bretagne : Erwan Le Goff – 02 99 11 22 33\n"
        "Service presse national : presse@office-forets.fr\n",
        [("Erwan Le Goff", None, "Direction régionale Bretagne"), (None, None, "Service presse national")],
    ),
    (
        "service_named_in_the_sentence",
        "Communiqué de presse\n\nLes pollens de graminées atteignent un niveau élevé. La plateforme Alerte "
        "Pollen Info répond au\n0 800 11 22 33 (appel gratuit), tous les jours.\n\nContact presse\n"
        "ARS Normandie – Service presse – ars-normandie-presse@ars.sante.fr\n",
        [(None, None, "Alerte Pollen Info"), (None, None, "ARS Normandie – Service presse")],
    ),
    (
        "hard_wrapped_sentence_is_prose",
        "Communiqué de presse\n\nLes adhérents peuvent venir aux permanences gratuites de l'association, "
        "le jeudi à Vienne et le premier samedi du mois à la\nMaison des associations de Pontcharra, ou "
        "écrire à litiges@conso-exemple.org.\n\nContact presse : Paul Mercier, trésorier - 06 12 34 56 78\n",
        [(None, None, None), ("Paul Mercier", "trésorier", None)],
    ),
    (
        "client_named_by_the_heading",
        "Communiqué de presse\n\nNuvéa Santé équipe la clinique de Cholet d'un robot chirurgical.\n\n"
        "Relations médias Nuvéa Santé : Agence Pixel – Léa Fournier – lea.fournier@pixel-rp.fr\n",
        [("Léa Fournier", None, "Nuvéa Santé")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_office_names(nlp, text, expected):
    assert [(c["name"], c["role"], c["organization"]) for c in nlp(text)._.contacts] == expected
