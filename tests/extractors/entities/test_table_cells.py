"""Plain-text tables: a name ends with its cell, and a cell opens like a line (a capitalised common word
there is no name). Invented tables of a préfecture's restriction levels, a competition's prize list and
a festival's programme; the columns are runs of spaces the reader collapses."""

import pytest

from pipeline import extract
from pipeline.readers.normalize import normalize
from pipeline.readers.text import column_gaps

RESTRICTIONS = (
    "Préfecture du Cantal\n\nAurillac, le 2 août 2025\n\nCommuniqué de presse\n\nSécheresse : trois bassins"
    " en alerte\n\nSituation par bassin :\n"
    "Bassin                 Niveau\n"
    "Cère                   Alerte renforcée\n"
    "Jordanne               Vigilance\n"
    "Truyère aval           Alerte\n\n"
    "Les mesures s'appliquent jusqu'au 31 août.\n"
)

PRIZES = (
    "Académie de Dijon\n\nDijon, le 3 juin 2026\n\nCommuniqué de presse\n\nLes lauréats du concours"
    " Écrire demain\n\n"
    "Catégorie        Lauréat            Établissement\n"
    "Collège          Manon Perrault     Collège Jules-Ferry, Beaune\n"
    "Lycée            Yanis Boucher      Lycée Carnot, Dijon\n\n"
    "Les textes seront publiés en septembre.\n"
)


def mentions(text: str) -> dict[str, str]:
    return {m.text: e.label for e in extract(text).entities for m in e.mentions}


def test_a_name_ends_with_its_cell():
    found = mentions(PRIZES)
    assert {"Manon Perrault", "Yanis Boucher"} <= set(found), found
    assert found["Manon Perrault"] == "PER"
    assert not any(m.startswith("Manon Perrault ") or m.endswith(" Manon Perrault") for m in found)


@pytest.mark.parametrize("word", ["Niveau", "Alerte", "Vigilance", "Catégorie", "Établissement"])
def test_a_capitalised_common_word_opening_a_cell_is_no_name(word):
    found = mentions(RESTRICTIONS) | mentions(PRIZES)
    assert not any(m.split()[0] == word for m in found), found


def test_column_gaps_need_a_column_shared_with_the_line_above_or_below():
    raw = "Bassin      Niveau\nCère        Alerte\n\nLe préfet   appelle à la prudence.\n"
    text, offsets = normalize(raw, markdown=False)
    assert [text[:i].split()[-1] for i in column_gaps(raw, text, offsets)] == ["Bassin", "Cère"]


def test_a_wide_blank_parts_two_columns_of_one_line():
    raw = "COMMUNIQUÉ DE PRESSE              Vannes, le 4 mai 2026\n\nLe maire   propose une réunion.\n"
    text, offsets = normalize(raw, markdown=False)
    assert [text[:i].split()[-1] for i in column_gaps(raw, text, offsets)] == ["PRESSE"]


def test_the_genre_beside_the_dateline_is_no_name():
    found = mentions(
        "Ville de Vannes\n\nCOMMUNIQUÉ DE PRESSE              Vannes, le 4 mai 2026\n\nLa Ville de Vannes"
        " ouvre un nouveau parc de stationnement place de la Libération à partir du 12 mai.\n"
    )
    assert not any(m.startswith("PRESSE") for m in found), found


PERMANENCES = (
    "Département du Loiret\n\nOrléans, le 4 février 2026\n\nCommuniqué de presse\n\nDes permanences"
    " numériques dans six communes\n\n"
    "Jour        Commune              Lieu\n"
    "Lundi       Pithiviers           Mairie, salle des fêtes\n"
    "Mardi       Beaugency            Médiathèque\n"
    "Jeudi       Sully-sur-Loire      Centre social\n\n"
    "L'accès est gratuit et sans rendez-vous.\n"
)


@pytest.mark.parametrize("town", ["Pithiviers", "Beaugency", "Sully-sur-Loire"])
def test_a_known_town_opening_a_cell_is_a_place(town):
    assert mentions(PERMANENCES).get(town) == "LOC"
