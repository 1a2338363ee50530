"""Session 24: the State's own services, regulators, audit courts, embassies and consulates, and the
territorial collectivities write as the State does, so their kind is evidence of politics; a board of
directors ('conseil d'administration') is a company's or an association's, not the administration;
the food banks and charities that hand out aid at home are welfare, not NGOs (the read gold files
NGOs for international humanitarian aid only).
Every fragment and name is invented; none is corpus, dev-set or web text."""

import pytest
from theme_fragments import body_matches

from pipeline.extractors.themes import issuer_kind_weights

POLITICS, GOVERNMENT, BOARD = "medtop:11000000", "medtop:20000593", "medtop:20000199"
NGO, WELFARE = "medtop:20000646", "medtop:20000817"


@pytest.mark.parametrize(
    "issuer",
    [
        "Direction régionale des affaires culturelles d'Occitanie",
        "DIRECTION RÉGIONALE DE L'ENVIRONNEMENT, DE L'AMÉNAGEMENT ET DU LOGEMENT DU CENTRE",
        "Direction départementale des territoires de la Nièvre",
        "DDPP du Cher",
        "Autorité de régulation des jeux en ligne",
        "Commission de régulation des postes",
        "CHAMBRE RÉGIONALE DES COMPTES DE BRETAGNE",
        "Ambassade de France en Irlande",
        "Consulat général d'Italie à Nantes ; Ville de Nantes",
        "Collectivité territoriale de Corse",
    ],
)
def test_state_services_regulators_and_embassies_are_evidence_of_politics(issuer):
    assert issuer_kind_weights(issuer) == {POLITICS: 10.0}


@pytest.mark.parametrize(
    "issuer",
    [
        "Direction commerciale du groupe Verlan",
        "Collectif des riverains du Lot",
        "Chambre d'agriculture de l'Indre",
        "Agence régionale de santé Bretagne",
    ],
)
def test_other_bodies_add_nothing(issuer):
    assert issuer_kind_weights(issuer) == {}


def test_a_board_of_directors_is_not_the_administration(themes_nlp):
    text = (
        "Le conseil d'administration de la coopérative a validé les comptes. L'administration "
        "fiscale a rendu son avis sur le dossier."
    )
    found = body_matches(themes_nlp, text)
    assert found[GOVERNMENT] == ["administration fiscale"]
    assert "conseil d'administration" in found[BOARD]


def test_domestic_food_aid_charities_are_welfare_not_ngos(themes_nlp):
    text = (
        "La banque alimentaire du canton, les Restaurants du cœur et le Secours catholique "
        "distribuent des colis chaque semaine ; Emmaüs ouvre une boutique solidaire."
    )
    found = body_matches(themes_nlp, text)
    assert NGO not in found
    assert {"banque alimentaire", "Restaurants du cœur", "Secours catholique", "Emmaüs"} <= set(
        found[WELFARE]
    )
