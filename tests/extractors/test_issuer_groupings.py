"""Session 22 shapes of the issuer (pipeline/extractors/issuer/): an acronym over the name it
spells whole and a place line under it, a grouping's name over the list of its members, two names
side by side in a joint release (one closing on a number), a long public establishment's name in
capitals over three lines. Invented fragments."""

import pytest

from pipeline.extractors.issuer.letterhead_shapes import lists_members
from tests.extractors.issuer_fragments import BODY, metadata_of, same

GENRE = "COMMUNIQUÉ DE PRESSE\n\nFort-de-France, le 4 mai 2026\n\n"
HEADLINE = "Une saison record et des prix sous pression pour les producteurs\n\n"


@pytest.mark.parametrize(
    ("acronym", "name", "place"),
    [
        ("OPMR", "OFFICE DES PRODUITS DE LA MER ET DES RIVIÈRES", "Guadeloupe"),
        ("SMEV", "SYNDICAT MIXTE DE L'EAU ET DES VALLÉES", "Martinique"),
        ("CAMF", "CHAMBRE D'AGRICULTURE ET DE LA MER DES FJORDS", "Nouvelle-Calédonie"),
    ],
)
def test_a_place_under_the_name_its_acronym_spells_whole_is_no_part_of_it(acronym, name, place):
    release = f"{acronym}\n{name}\n{place}\n\n{GENRE}{HEADLINE}{BODY}"
    assert same(metadata_of(release)["issuer"], name)


@pytest.mark.parametrize(
    ("acronym", "name", "rest", "expected"),
    [
        ("CAPB", "Communauté d'agglomération", "Pays Basque", "Communauté d'agglomération Pays Basque"),
        ("ARS", "AGENCE RÉGIONALE DE SANTÉ", "Occitanie", "AGENCE RÉGIONALE DE SANTÉ Occitanie"),
    ],
)
def test_a_name_its_acronym_does_not_spell_whole_goes_on_under_it(acronym, name, rest, expected):
    release = f"{acronym}\n{name}\n{rest}\n\n{GENRE}{HEADLINE}{BODY}"
    assert same(metadata_of(release)["issuer"], expected)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "GHT CÔTE D'OPALE\nGroupement hospitalier de territoire Côte d'Opale\n"
            "Centre hospitalier de Calais · Centre hospitalier de Boulogne · Hôpital de Montreuil",
            "Groupement hospitalier de territoire Côte d'Opale",
        ),
        (
            "GHT SUD-VENDÉE\nGroupement hospitalier de territoire Sud-Vendée\n"
            "Centre hospitalier de Luçon – Centre hospitalier de Fontenay – Hôpital de Challans",
            "Groupement hospitalier de territoire Sud-Vendée",
        ),
        (
            "Groupement hospitalier de territoire Sud-Vendée\n"
            "Centre hospitalier de Luçon, Centre hospitalier de Fontenay, Hôpital de Challans",
            "Groupement hospitalier de territoire Sud-Vendée",
        ),
        (
            "FÉDÉRATION DES FOYERS RURAUX DU LOT\n"
            "Association de Cahors · Association de Figeac · Association de Gourdon",
            "FÉDÉRATION DES FOYERS RURAUX DU LOT",
        ),
        (
            "Syndicat intercommunal des eaux du Haut-Jura\n"
            "Mairie de Morez · Mairie de Bellefontaine · Mairie de Longchaumois",
            "Syndicat intercommunal des eaux du Haut-Jura",
        ),
    ],
)
def test_the_members_listed_under_a_grouping_are_no_part_of_its_name(header, expected):
    release = f"{header}\n\n{GENRE}{HEADLINE}{BODY}"
    assert same(metadata_of(release)["issuer"], expected)


@pytest.mark.parametrize(
    ("line", "joint", "expected"),
    [
        ("Centre hospitalier de Vire · Hôpital de Falaise · Clinique du Parc", False, True),
        ("Centre hospitalier de Vire | Hôpital de Falaise | Clinique du Parc", False, True),
        ("Lycée agricole · CFA · Exploitation", False, False),  # what the body holds, not bodies
        ("Ministère du Travail, de la Santé, des Solidarités et des Familles", False, False),
        ("Ville de Dole · Comité de jumelage Dole-Carpi", False, False),  # two: a co-issuer may be
        ("Mairie de Laval · Mairie de Vitré · Mairie de Fougères", True, False),  # a joint release's
    ],
)
def test_a_member_list_is_three_bodies_or_more_between_middle_dots(line, joint, expected):
    assert lists_members(line, joint) is expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("CROUS NICE-TOULON", "UNIVERSITÉ DE TOULON 2"),
        ("IUT DE LANNION", "UNIVERSITÉ RENNES 2"),
    ],
)
def test_two_names_side_by_side_in_a_joint_release_one_with_a_number(left, right):
    release = (
        f"{left}                         {right}\n\n                 COMMUNIQUÉ DE PRESSE CONJOINT\n\n"
        f"Toulon, le 17 septembre 2026\n\n{HEADLINE}{BODY}"
    )
    assert same(metadata_of(release)["issuer"], f"{left} ; {right}")


@pytest.mark.parametrize(
    ("lines", "tagline"),
    [
        (
            "ÉTABLISSEMENT PUBLIC LOCAL D'ENSEIGNEMENT\nET DE FORMATION PROFESSIONNELLE AGRICOLES\n"
            "VALLÉE DU LOT",
            "Lycée agricole · CFA · Exploitation · VILLENEUVE (47)",
        ),
        (
            "ÉTABLISSEMENT PUBLIC TERRITORIAL\nDE BASSIN\nCHARENTE-SEUDRE",
            "Gestion de l'eau · Prévention des crues",
        ),
    ],
)
def test_a_public_establishment_in_capitals_over_lines_is_read_whole(lines, tagline):
    release = f"{lines}\n{tagline}\n\nCommuniqué de presse\nAgen, le 3 mars 2026\n\n{HEADLINE}{BODY}"
    assert same(metadata_of(release)["issuer"], lines.replace("\n", " "))
