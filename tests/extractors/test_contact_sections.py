"""Sections of a contact block: a heading after a complete entry ('Contact scientifique', 'Contact
presse X') opens a section whose entries do not take the office or body heading the entries above
(the guide: `organization` is null when the entry's block prints none); a heading naming a
name-shaped body the entities call an ORG ('Contact presse Quimper Bretagne Occidentale') names the
body of its entries, not a person. Invented fragments of a town hall, a university lab, an
intercommunality, a federation and a company."""

from __future__ import annotations

import pytest

CASES = [
    (
        "second_section_without_body",
        "Communiqué de presse\n\nLa Ville de Quimper lance son budget participatif pour la troisième année "
        "consécutive.\n\nContact presse\nVille de Quimper\nJulie Le Gall – 02 98 98 89 89 – "
        "julie.legall@quimper.bzh\n\nContact scientifique\nMarc Tanguy – 02 98 98 88 88 – "
        "marc.tanguy@univ-brest.fr\n",
        [("Julie Le Gall", "Ville de Quimper"), ("Marc Tanguy", None)],
    ),
    (
        "second_section_heading_names_a_body",
        "Communiqué de presse\n\nLa Ville de Quimper lance son budget participatif pour la troisième année "
        "consécutive.\n\nContact presse\nVille de Quimper\nJulie Le Gall – 02 98 98 89 89 – "
        "julie.legall@quimper.bzh\n\nContact presse Quimper Bretagne Occidentale\nMarc Tanguy – "
        "02 98 98 88 88 – marc.tanguy@quimper-bretagne-occidentale.bzh\n",
        [("Julie Le Gall", "Ville de Quimper"), ("Marc Tanguy", "Quimper Bretagne Occidentale")],
    ),
    (
        "federation_office_then_organiser_section",
        "Communiqué de presse\n\nLa Fédération française de pétanque organise son championnat à Agen les "
        "4 et 5 juillet.\n\nContacts presse\nFédération française de pétanque – Service communication\n"
        "Claire Dumas – 04 91 14 05 80 – c.dumas@ffpjp.org\n\nContacts\nPaul Berger, comité "
        "d'organisation – 06 12 24 36 48\n",
        [("Claire Dumas", "Fédération française de pétanque – Service communication"), ("Paul Berger", None)],
    ),
    (
        "signature_then_office_line",
        "Communiqué\n\nLa commission de discipline a examiné quatre dossiers lors de sa séance du 18 "
        "février.\n\nPour la Commission,\nLe président,\nAlain FERRAND\n\nSecrétariat de la Commission : "
        "discipline@ligue-rugby.fr – 02 54 71 44 30\n",
        [(None, "Secrétariat de la Commission")],
    ),
    (
        "association_signature_then_members_office",
        "Communiqué\n\nL'association Lire Ensemble ouvre les inscriptions à ses ateliers d'écriture le 4 "
        "avril.\n\nPour le bureau,\nMartine Leroy, présidente\n\nService adhérents : 02 99 11 22 33\n",
        [(None, "Service adhérents")],
    ),
    (
        "markdown_person_over_blank_lines",
        "Communiqué\n\nLe club de voile de Perros ouvre sa saison le 4 avril avec une régate amicale.\n\n"
        "**Contact presse**\n\nJulie Roux\n\n06 12 34 56 78\n",
        [("Julie Roux", None)],
    ),
    (
        "for_lead_is_no_person",
        "Communiqué de presse\n\nInauguration du centre de loisirs de la Ville de Marseille avec la Région."
        "\n\nContacts presse\nPour la Région : Claire Dubois – 04 91 57 50 57 – cdubois@maregionsud.fr\n"
        "Pour la Ville : Anthony Morel – 04 91 55 11 11 – amorel@marseille.fr\n",
        [("Claire Dubois", "Région"), ("Anthony Morel", None)],
    ),
    (
        "for_lead_of_a_named_body",
        "Communiqué de presse\n\nLes deux associations appellent à un rassemblement samedi devant la "
        "mairie de Rennes.\n\nPour l'Union des familles : Claire Mahé – 06 12 00 00 01\n"
        "Pour Vélo Cité : Paul Hervé – 06 12 00 00 02\n",
        [("Claire Mahé", "Union des familles"), ("Paul Hervé", "Vélo Cité")],
    ),
    (
        "one_section_keeps_its_office",
        "Communiqué de presse\n\nLe groupe Valoris annonce l'ouverture d'un site à Cholet.\n\nContacts "
        "presse\nGroupe Valoris – Direction de la communication\nHélène Roy – 01 55 66 77 88 – "
        "helene.roy@valoris.com\nKarim Benali – 01 55 66 77 89 – karim.benali@valoris.com\n",
        [
            ("Hélène Roy", "Groupe Valoris – Direction de la communication"),
            ("Karim Benali", "Groupe Valoris – Direction de la communication"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_contact_sections(nlp, text, expected):
    assert [(c["name"], c["organization"]) for c in nlp(text)._.contacts] == expected


DOTTED = [
    (
        "Communiqué de presse\n\nLe salon des métiers d'art ouvre ses portes à Vannes le 4 avril avec 80 "
        "artisans.\n\nContact presse · Julie Roux · Chargée de communication · Chambre de métiers du "
        "Morbihan · j.roux@cma56.fr · 02 97 63 95 00\n",
        [("Julie Roux", "Chargée de communication", "Chambre de métiers du Morbihan")],
    ),
    (
        "Communiqué de presse\n\nLe festival des Arts de la rue revient à Aurillac du 19 au 22 août.\n\n"
        "Contact presse · Agence Écluse · Margot Leroux · margot@ecluse-rp.fr · 06 72 81 90 11\n",
        [("Margot Leroux", None, "Agence Écluse")],
    ),
    (
        "Communiqué de presse\n\nLa mutuelle Entraide ouvre une agence à Laval le 2 mars.\n\n"
        "Contact presse\nLéa Morin, attaché·e de presse – 06 12 34 56 78\n",
        [("Léa Morin", "attaché·e de presse", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED)
def test_middle_dot_separates_only_between_spaces(nlp, text, expected):
    assert [(c["name"], c["role"], c["organization"]) for c in nlp(text)._.contacts] == expected
