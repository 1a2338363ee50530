"""A body's branch named by a place ('ARS Occitanie', 'Chambre de commerce et d'industrie
Nouvelle-Aquitaine'), and the acronym, branch and expansion of one body joined as one entity, on
invented fragments of several issuers."""

import pytest

from pipeline.extractors.entities.clustering import spells, trailing_place
from pipeline.extractors.entities.head_labels import head_label


def entities_of(nlp, text: str) -> list[tuple[str, list[str]]]:
    return [(e["name"], sorted({m["text"] for m in e["mentions"]})) for e in nlp(text)._.entities]


def mentions_of(nlp, text: str) -> set[str]:
    return {m["text"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, branch",
    [
        (
            "L'Agence régionale de santé Occitanie confirme un premier cas dans l'Hérault.",
            "Agence régionale de santé Occitanie",
        ),
        (
            "La Chambre de commerce et d'industrie Nouvelle-Aquitaine organise un salon de l'emploi.",
            "Chambre de commerce et d'industrie Nouvelle-Aquitaine",
        ),
        ("Appelez la plateforme de l'ARS Pays de la Loire pour toute question.", "ARS Pays de la Loire"),
        ("L'Agence de l'eau Seine-Normandie finance vingt chantiers.", "Agence de l'eau Seine-Normandie"),
        (
            "La Caisse primaire d'assurance maladie Occitanie rappelle ses horaires.",
            "Caisse primaire d'assurance maladie Occitanie",
        ),
        # a body whose adjectives the tagger misreads (bodies.adjectival_bodies) takes its branch the same way
        (
            "Le Centre hospitalier universitaire Martinique accueille les patients.",
            "Centre hospitalier universitaire Martinique",
        ),
        (
            "La Direction régionale de l'environnement, de l'aménagement et du logement Normandie publie"
            " un avis.",
            "Direction régionale de l'environnement, de l'aménagement et du logement Normandie",
        ),
    ],
)
def test_a_place_written_after_a_body_names_its_branch(nlp, text, branch):
    assert branch in mentions_of(nlp, text)


@pytest.mark.parametrize(
    "text, kept, place",
    [
        # a dateline after a service's name on one line: the place is the dateline's
        ("Service communication Bretagne, le 3 mars 2024\n\nLe musée rouvre.", None, "Bretagne"),
        # the body already ends on its place
        ("La Préfecture de la Gironde Aquitaine n'existe pas.", "Préfecture de la Gironde", None),
    ],
)
def test_no_branch_where_the_place_is_not_the_bodys(nlp, text, kept, place):
    found = mentions_of(nlp, text)
    assert not any(m.endswith(" Bretagne") or m.endswith(" Aquitaine") for m in found)
    if kept:
        assert kept in found
    if place:
        assert place in found


@pytest.mark.parametrize(
    "text, members",
    [
        (
            "L'Agence régionale de santé Occitanie confirme un cas. L'ARS Occitanie reste mobilisée."
            " L'ARS rappelle les gestes barrières.",
            ["ARS", "ARS Occitanie", "Agence régionale de santé Occitanie"],
        ),
        (
            "L’Agence Régionale de Santé Martinique informe la population. Renseignements auprès de l'ARS"
            " Martinique. L'ARS publiera un nouveau point demain.",
            ["ARS", "ARS Martinique", "Agence Régionale de Santé Martinique"],
        ),
        (
            "La Chambre de commerce et d'industrie Nouvelle-Aquitaine organise un salon. La CCI"
            " Nouvelle-Aquitaine accueille 200 exposants.",
            ["CCI Nouvelle-Aquitaine", "Chambre de commerce et d'industrie Nouvelle-Aquitaine"],
        ),
    ],
)
def test_acronym_branch_and_expansion_are_one_body(nlp, text, members):
    assert any(set(members) <= set(forms) for _, forms in entities_of(nlp, text))


def test_two_branches_stay_two_bodies(nlp):
    found = entities_of(
        nlp, "L'ARS Bretagne et l'ARS Normandie coopèrent. L'ARS Bretagne pilote le dispositif."
    )
    groups = [forms for _, forms in found if any(f.startswith("ARS") for f in forms)]
    assert sorted(groups) == [["ARS Bretagne"], ["ARS Normandie"]]


def test_spells_takes_initials_only():
    assert spells("ARS", "Agence régionale de santé Occitanie")
    assert spells("DREAL", "Direction régionale de l'environnement, de l'aménagement et du logement")
    assert spells("CCI", "Chambre de commerce et d'industrie Nouvelle-Aquitaine")
    assert not spells("DINUM", "direction du numérique pour l’éducation")
    assert not spells("ARS", "Agence")
    assert trailing_place(["ARS", "Pays", "de", "la", "Loire"]) == "pays de la loire"
    assert trailing_place(["Agence", "régionale", "de", "santé"]) is None


@pytest.mark.parametrize(
    "text, heading_word",
    [
        ("Les lignes du réseau\n\nChiffres Clés\n12 lignes et 300 arrêts.", "Clés"),
        (
            "L'association lance sa campagne d'hiver.\n\nFaire un Don\nDevenir Bénévole\nNos Actions\n",
            "Bénévole",
        ),
        ("Le festival revient en juillet.\n\n• Nos Partenaires\n• Infos Pratiques\n", "Partenaires"),
    ],
)
def test_a_title_case_heading_of_common_words_is_no_name(nlp, text, heading_word):
    assert not any(heading_word in m for m in mentions_of(nlp, text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Agence Régionale de Santé\nLe point de situation du 3 mars.", "Agence Régionale de Santé"),
        ("Contact presse\nClaire Martin\nclaire.martin@exemple.fr", "Claire Martin"),
    ],
)
def test_a_short_line_naming_a_body_or_person_stays_a_name(nlp, text, name):
    assert name in mentions_of(nlp, text)


def test_table_cells_are_not_one_name(nlp):
    text = "Horaires du réseau\n\n| Lignes | Fréquence |\n| Ligne 1 | 10 minutes |\n"
    assert not any("|" in m for m in mentions_of(nlp, text))


@pytest.mark.parametrize(
    "text, acronym, branch",
    [
        (
            "La DREAL Normandie publie un avis. Selon la DREAL, les crues baissent.",
            "DREAL",
            "DREAL Normandie",
        ),
        (
            "La DRAC Bretagne soutient le festival ; la DRAC finance aussi deux résidences.",
            "DRAC",
            "DRAC Bretagne",
        ),
        (
            "Le MEDEF Occitanie réunit ses adhérents. Le MEDEF appelle à la prudence.",
            "MEDEF",
            "MEDEF Occitanie",
        ),
    ],
)
def test_a_branch_acronym_alone_is_a_mention_of_the_branch(nlp, text, acronym, branch):
    assert any({acronym, branch} <= set(forms) for _, forms in entities_of(nlp, text))


def test_a_branch_acronym_inside_an_address_is_no_mention(nlp):
    text = "La DREAL Normandie publie un avis. Écrire à DREAL.Normandie@exemple.fr ou dreal@exemple.fr."
    assert all(not m.startswith("DREAL.") for m in mentions_of(nlp, text))
    assert sum(m == "DREAL" for e in nlp(text)._.entities for m in [x["text"] for x in e["mentions"]]) == 0


@pytest.mark.parametrize(
    "text, name",
    [
        ("En cas de symptômes, appelez le SAMU Centre 15.", "SAMU Centre 15"),
        ("Le Samu Centre 15 et les pompiers sont mobilisés.", "Samu Centre 15"),
        ("Le Plan Vélo 2030 prévoit 300 km de pistes cyclables.", "Plan Vélo 2030"),
    ],
)
def test_a_number_or_year_closing_a_name_belongs_to_it(nlp, text, name):
    assert name in mentions_of(nlp, text)


@pytest.mark.parametrize(
    "text, cut",
    [
        ("L'ARS Occitanie 3 cas confirmés ce matin.", "Occitanie 3"),
        ("Les départements du Grand Est 3, les autres non.", "Est 3"),
    ],
)
def test_a_count_after_a_name_or_a_place_stays_out(nlp, text, cut):
    assert not any(m.endswith(cut) for m in mentions_of(nlp, text))


def test_a_decimal_after_a_name_stays_out(nlp):
    text = "Mettre en place une offre de cloud : FRANCE CLOUD 24,3 millions d'euros en 2018."
    assert not any(m.endswith("24") for m in mentions_of(nlp, text))


def test_a_number_before_a_function_word_closes_the_name(nlp):
    assert "SAMU Centre 15" in mentions_of(nlp, "Contactez le SAMU Centre 15 en signalant votre voyage.")


@pytest.mark.parametrize(
    "text, long, short",
    [
        (
            "Agrinova présente NeoSerre 2, sa nouvelle serre. Lancée en 2021, NeoSerre équipait"
            " déjà vingt fermes.",
            "NeoSerre 2",
            "NeoSerre",
        ),
        (
            "Le fabricant dévoile HydroPack 3 au salon ; HydroPack reste sa gamme la plus vendue.",
            "HydroPack 3",
            "HydroPack",
        ),
    ],
)
def test_a_product_named_without_its_generation_number_is_the_same_thing(nlp, text, long, short):
    """Two digits at most: 'France 2030' and 'France' stay apart."""
    entities = [e for e in nlp(text)._.entities if any(m["text"] == long for m in e["mentions"])]
    assert entities and short in {m["text"] for m in entities[0]["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le colloque se tient à l'université de Picardie Jules-Verne jeudi.",
            "université de Picardie Jules-Verne",
        ),
        (
            "La Communauté d'agglomération Gaillac-Graulhet lance son projet alimentaire.",
            "Communauté d'agglomération Gaillac-Graulhet",
        ),
        ("Le CHU Amiens-Picardie ouvre une unité neurovasculaire.", "CHU Amiens-Picardie"),
        ("L'Agence de l'eau Adour-Garonne finance les travaux.", "Agence de l'eau Adour-Garonne"),
    ],
)
def test_a_hyphenated_name_written_after_a_body_belongs_to_it(nlp, text, name):
    """French names a body's branch or its eponym by a hyphenated compound straight after it."""
    assert name in mentions_of(nlp, text)


def test_a_person_after_a_service_is_no_part_of_its_name(nlp):
    found = mentions_of(nlp, "La direction de la communication Lucie Martin répond aux questions.")
    assert "Lucie Martin" in found and not any(
        m.endswith("Lucie Martin") and m != "Lucie Martin" for m in found
    )


@pytest.mark.parametrize(
    "text, branch",
    [
        (
            "La CPAM de la Haute-Garonne rappelle les délais. La CPAM rembourse les frais.",
            "CPAM de la Haute-Garonne",
        ),
        ("La CAF du Gard verse les aides le 5 du mois. La CAF rappelle ses horaires.", "CAF du Gard"),
    ],
)
def test_an_acronym_and_the_seat_after_de_are_one_branch(nlp, text, branch):
    forms = entities_of(nlp, text)
    assert any(branch in names and branch.split()[0] in names for _, names in forms), forms


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le salon est organisé avec l'Union des métiers de l'artisanat (UMA) du Cantal et la Ville.",
            "Union des métiers de l'artisanat (UMA) du Cantal",
        ),
        (
            "Le dossier est instruit par la direction départementale des territoires (DDT) de la Creuse.",
            "direction départementale des territoires (DDT) de la Creuse",
        ),
        (
            "L'Agence régionale de santé (ARS) Bretagne a publié ses chiffres.",
            "Agence régionale de santé (ARS) Bretagne",
        ),
    ],
)
def test_the_seat_after_a_bodys_acronym_belongs_to_its_name(nlp, text, name):
    found = {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert found.get(name) == "ORG", found


@pytest.mark.parametrize(
    "text, name",
    [
        ("L'Office français de la biodiversité (OFB) et la gendarmerie feront des contrôles.", "OFB"),
        ("Le Groupe de travail Logiciel Libre (GTLL) du Pôle Numérique Brixol se réunit.", "GTLL"),
        ("L'Agence nationale de la recherche (ANR) Les projets retenus seront publiés.", "ANR"),
    ],
)
def test_a_clause_or_a_parent_body_after_the_acronym_is_no_seat(nlp, text, name):
    found = {m["text"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert name in found, found


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, body, place",
    [
        ("Les salariés de Logivert de Vierzon ont voté la grève mardi.", "Logivert", "Vierzon"),
        ("La pièce sera reprise au Vlakteater de Bruges en octobre.", "Vlakteater", "Bruges"),
        ("Le magasin Intermarché de Quimperlé collecte les bouchons.", "Intermarché", "Quimperlé"),
    ],
)
def test_an_invented_or_known_name_then_a_town_names_a_body_and_a_place(nlp, text, body, place):
    labels = labels_of(nlp, text)
    assert labels.get(body) == "ORG" and labels.get(place) == "LOC", labels


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le CHU de Rennes ouvre une unité de soins palliatifs.", "CHU de Rennes"),
        ("La Ville de Brest a voté le budget de ses écoles.", "Ville de Brest"),
    ],
)
def test_an_acronym_or_a_head_word_keeps_its_seat(nlp, text, name):
    assert name in labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les pompiers du SDIS de la Loire sont intervenus à 14 h.", "SDIS de la Loire"),
        ("La DDPP de la Marne a ordonné le retrait des lots.", "DDPP de la Marne"),
        ("Le CHU de la Réunion accueille les patients évacués.", "CHU de la Réunion"),
    ],
)
def test_an_acronym_then_de_la_and_its_seat_is_one_branch(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


def test_an_acronym_then_de_la_and_a_common_word_keeps_its_own_name(nlp):
    labels = labels_of(nlp, "Le CCAS de la ville distribue des colis aux aînés.")
    assert "CCAS de la ville" not in labels


@pytest.mark.parametrize(
    "acronym, form",
    [
        ("CTG", "Collectivité territoriale de Guyane"),  # the place gives the last letter
        ("ARS", "Agence régionale de santé Occitanie"),  # the place is the branch's
        ("CHIC", "Centre hospitalier intercommunal de Créteil"),
    ],
)
def test_an_acronym_spells_a_body_with_or_without_its_place(acronym, form):
    assert spells(acronym, form)


def test_an_acronym_spells_no_other_name():
    assert not spells("CTG", "Communauté de communes de Guyane")


@pytest.mark.parametrize(
    "text, label",
    [("GGD 35", "ORG"), ("UDSP 2A", "ORG"), ("FCPE 974", "ORG"), ("RD 48", None), ("AMG 800", None)],
)
def test_an_acronym_then_a_departement_number_names_a_branch(text, label):
    assert head_label(text) == label
