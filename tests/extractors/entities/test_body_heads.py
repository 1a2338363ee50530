"""Capitalised institution heads that open a body's name with its complements: 'Archives départementales
du Cantal', 'Faculté de pharmacie de Nantes', 'Compagnie des Lucioles'. Invented fragments of a museum, a
university, a theatre company, a mutual insurer and a blood service."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les registres sont conservés aux Archives départementales du Cantal.",
            "Archives départementales du Cantal",
        ),
        ("La Faculté de pharmacie de Nantes accueille la remise des prix.", "Faculté de pharmacie de Nantes"),
        ("La Compagnie des Lucioles présente son nouveau spectacle.", "Compagnie des Lucioles"),
        ("La Mutuelle des Pays de Vilaine soutient la course.", "Mutuelle des Pays de Vilaine"),
        ("L'Établissement français du sang organise une collecte.", "Établissement français du sang"),
    ],
)
def test_an_institution_head_opens_a_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "name",
    [
        "Zoo de Kerbrennec",
        "Cercle des Entrepreneurs Vannetais",
        "Entente Vilaine-Oust Basket",
        "Agglo du Pays de Ploërmel",
        "Eurodistrict Moselle-Sarre",
    ],
)
def test_a_zoo_a_circle_an_entente_an_agglo_and_a_eurodistrict_are_bodies(name):
    from pipeline.extractors.entities.head_labels import head_label

    assert head_label(name) == "ORG"


@pytest.mark.parametrize(
    "name",
    [
        "Fundação Albertina Sarmento",
        "Fondazione Lucia Bettini",
        "Ministério da Cultura",
        "Associazione Corale Alpina",
    ],
)
def test_a_foreign_foundation_ministry_or_association_is_a_body(name):
    from pipeline.extractors.entities.head_labels import head_label

    assert head_label(name) == "ORG"


@pytest.mark.parametrize(
    "name",
    [
        "CCI Provence Alpes",
        "CMA Hauts-de-Vanne",
        "CPAM du Val-Joli",
        "Caf des Hauts-Vannes",
        "Urssaf Corsaire",
    ],
)
def test_a_chamber_or_a_social_security_fund_named_by_its_acronym_is_a_body(name):
    from pipeline.extractors.entities.head_labels import head_label

    assert head_label(name) == "ORG"


def test_a_chamber_named_with_a_place_of_several_words_is_a_body(nlp):
    found = {
        e["name"]: e["label"] for e in nlp("Le salon est soutenu par la CCI Vanne Côte Sauvage.")._.entities
    }
    assert found.get("CCI Vanne Côte Sauvage") == "ORG", found
