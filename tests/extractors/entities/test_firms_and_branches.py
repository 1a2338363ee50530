"""Firms read as persons, and networks' regional branches read as things: two capitalised words with no
first name where a dictionary noun names a trade or premises are a firm; capitalised words then a
French region or département name a branch. Invented fragments of companies, associations and
networks."""

import pytest

from pipeline.extractors.entities.head_labels import head_label


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les pièces sont moulées par Plasturgie Vernaz, sous-traitant du lycée.", "Plasturgie Vernaz"),
        ("Les pièces sont moulées par Moules Vernazin, partenaire du lycée.", "Moules Vernazin"),
        ("Les bus sont exploités par Tramelis Mobilités depuis janvier.", "Tramelis Mobilités"),
        ("Le projet est soutenu par Korvel Automotive et la Région.", "Korvel Automotive"),
    ],
)
def test_capitalised_words_naming_a_trade_are_a_firm(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("« Nous sommes ravis », déclare Soazig Kervella, présidente du club.", "Soazig Kervella"),
        ("L'exposition présente les œuvres de Maëlle Fontaine à Limoges.", "Maëlle Fontaine"),
    ],
)
def test_a_persons_name_stays_a_person(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "PER"


@pytest.mark.parametrize(
    "name, label",
    [
        ("France Active Normandie", "ORG"),
        ("Initiative Aube", "ORG"),
        ("Kelvio Nouvelle-Aquitaine", "ORG"),
        ("Sud Gironde", None),
        ("Pierre Savoie", None),
        ("Mont Lozère", "LOC"),
        ("Grand Poitiers", "ORG"),
        ("Grand-Besançon", "ORG"),
        ("Grand-Quevilly", None),
        ("Grand Paris", None),
    ],
)
def test_words_then_a_region_a_departement_or_grand_and_a_town_name_a_body(name, label):
    assert head_label(name) == label


def test_a_branch_in_a_sentence_is_an_organisation(nlp):
    text = "Le prêt d'honneur est accordé par Initiative Aube aux créateurs du territoire."
    assert labels_of(nlp, text).get("Initiative Aube") == "ORG"


@pytest.mark.parametrize(
    "name",
    [
        "Universidad de Salamanca",
        "Università di Bologna",
        "Vignerons de Saint-Chinian",
        "Archers du Val de Loir",
    ],
)
def test_foreign_universities_and_members_plurals_head_a_body(name):
    assert head_label(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le colloque est organisé avec l'université Val-de-Seine Orly et la Ville.",
            "université Val-de-Seine Orly",
        ),
        ("Une convention a été signée avec l'université Jean-Monnet en mars.", "université Jean-Monnet"),
    ],
)
def test_a_universitys_noun_is_part_of_its_name(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG", labels_of(nlp, text)
