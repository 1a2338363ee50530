"""Generic award categories name nothing, and a prize's rank or a table's column gap opens no eponym:
invented prize lists of a school contest, a short-film festival and a trade fair. Prizes with a name
of their own keep it."""

import pytest

from pipeline.extractors.entities.categories import CATEGORY


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "name",
    ["Prix du public", "Prix du jury jeune", "Prix de l'innovation", "prix des lycéens", "Prix du beurre"],
)
def test_a_generic_category_is_no_name(name):
    assert CATEGORY.fullmatch(name)


@pytest.mark.parametrize(
    "name", ["Prix Coup de cœur du jury", "prix Turing", "Grand Prix", "Prix Innovation"]
)
def test_a_prize_with_a_name_of_its_own_is_kept(name):
    assert not CATEGORY.fullmatch(name)


def test_a_prize_list_names_its_winners_not_its_categories(nlp):
    text = (
        "Le festival Courts d'Armor a remis ses prix samedi.\n\n"
        "Prix du public : Maëlle Quéré pour « La Dernière Marée »\n"
        "Prix du jury jeune : Yann Le Bihan pour « Sillages »\n"
    )
    labels = labels_of(nlp, text)
    assert "Prix du public" not in labels and "Prix du jury jeune" not in labels, labels
    assert labels.get("Maëlle Quéré") == "PER", labels


def test_a_ranked_prize_in_a_table_opens_no_eponym(nlp):
    text = (
        "Palmarès du concours régional d'éloquence\n\n"
        "Catégorie lycée      1er prix      Salomé Kerlann      Lycée de l'Iroise, Brest\n"
        "Catégorie collège    2e prix       Théo Marzin         Collège Jean-Macé, Quimper\n"
    )
    labels = labels_of(nlp, text)
    assert not any(name.lower().startswith("prix") for name in labels), labels
