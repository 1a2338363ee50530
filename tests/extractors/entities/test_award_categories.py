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


@pytest.mark.parametrize("code", ["U15", "J14", "V1"])
def test_an_age_group_or_a_match_day_is_no_name(code):
    from pipeline.extractors.entities.categories import CODE

    assert CODE.fullmatch(code)


@pytest.mark.parametrize("road", ["A10", "N162", "D941", "M6", "E15", "G7", "G20", "F1", "L1"])
def test_a_road_or_a_summit_is_not_taken_for_a_code(road):
    from pipeline.extractors.entities.categories import CODE

    assert not CODE.fullmatch(road)


def test_a_sports_table_and_a_programme_line_name_no_code_or_weekday(nlp):
    text = (
        "Résultats du week-end\n\n"
        "U15 : victoire 3-1 face à l'US Guipavas\n"
        "J14 : déplacement à Quimperlé\n\n"
        "Programme\n\nSam. 12/07 – 20 h – concert de clôture\nDim. 13/07 – 11 h – pique-nique\n"
    )
    labels = labels_of(nlp, text)
    assert not {"U15", "J14", "Sam", "Dim"} & set(labels), labels


def test_financial_jargon_is_no_name(nlp):
    text = "L'EBITDA progresse de 12 % et la plateforme SaaS du groupe Norvalis compte 400 clients."
    labels = labels_of(nlp, text)
    assert "EBITDA" not in labels and "SaaS" not in labels, labels


def test_a_share_code_a_page_footer_and_a_reference_name_nothing(nlp):
    text = (
        "Réf. : DCOM/2027-014\n\n"
        "Le groupe Brivane publie un chiffre d'affaires de 48 M€ sur l'exercice.\n\n"
        "Brivane est coté sur Euronext Growth Paris (ISIN FR0019876543).\n"
        "Page 2 sur 2\n"
    )
    labels = labels_of(nlp, text)
    assert not {"Réf", "ISIN FR0019876543", "Page 2", "Page 2 sur 2"} & set(labels), labels


def test_a_reading_time_and_a_slashed_reference_number_name_nothing(nlp):
    text = (
        "Publié le lundi 9 mars 2026 · Lecture 4 min\n\n"
        "Communiqué CP 2027/118\n\n"
        "Le syndicat mixte Val-Morand ouvre sa déchetterie le 2 avril (dossier VM12/TEC/2027-04).\n"
    )
    labels = labels_of(nlp, text)
    assert not {"Lecture 4 min", "CP 2027/118", "VM12/TEC/2027-04"} & set(labels), labels
