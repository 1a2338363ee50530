"""Labels from how French names are built and one label for every mention of a name: a kind noun
with adjectives before a name, a local authority written with its capital, an intercommunality named
after its town, a title made of common words joined by 'en'. Invented fragments of companies,
festivals, associations, towns and schools."""

import pytest

from pipeline.extractors.entities.head_labels import eponym_compound


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("L'éditeur lyonnais Batisoft rejoint le groupe Orkalis.", "Batisoft", "ORG"),
        ("La start-up nantaise Kelora lève deux millions d'euros.", "Kelora", "ORG"),
        ("L'association lyonnaise Entraide Pentes accueille vingt familles.", "Entraide Pentes", "ORG"),
        ("La plateforme gratuite Trouvtonstage ouvre ses offres aux collégiens.", "Trouvtonstage", "MISC"),
    ],
)
def test_a_kind_noun_and_its_adjectives_label_the_name_after_them(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == label


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le festival est soutenu par la Ville d'Annecy et la Région.", "Ville d'Annecy"),
        ("La Ville de Brest lance un budget participatif.", "Ville de Brest"),
        ("Saint-Malo Agglomération finance la navette estivale.", "Saint-Malo Agglomération"),
        ("Le réseau de bus est exploité pour Vannes Agglo depuis 2020.", "Vannes Agglo"),
        ("Les travaux sont financés par Rennes Métropole et l'État.", "Rennes Métropole"),
    ],
)
def test_a_towns_authority_is_an_organisation(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


def test_a_town_in_lower_case_stays_a_place(nlp):
    assert labels_of(nlp, "Le marché se tient dans la ville de Brest chaque samedi.").get("Brest") == "LOC"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le festival est organisé par l'association Courts en Scène depuis 2004.", "Courts en Scène"),
        ("Les concerts sont portés par l'association Jazz en Baie avec la commune.", "Jazz en Baie"),
    ],
)
def test_a_title_of_common_words_joined_by_en_is_one_name(nlp, text, name):
    assert name in labels_of(nlp, text)


def test_en_before_a_place_ends_the_name(nlp):
    found = labels_of(nlp, "L'association Brixol en Bretagne recrute deux animateurs.")
    assert found.get("Brixol") == "ORG" and found.get("Bretagne") == "LOC"


@pytest.mark.parametrize(
    "text, name, label",
    [
        (
            "Orkalis annonce l'acquisition de Batisoft. Fondée en 2015, l'éditeur Batisoft compte 40"
            " salariés."
            " Batisoft restera à Lyon.",
            "Batisoft",
            "ORG",
        ),
        (
            "Vertéo publie ses résultats. La coopérative est présente dans vingt départements : la"
            " fédération Vertéo réunit 300 producteurs.",
            "Vertéo",
            "ORG",
        ),
    ],
)
def test_every_mention_takes_the_label_of_the_strongest_one(nlp, text, name, label):
    entities = [e for e in nlp(text)._.entities if e["name"] == name]
    assert len(entities) == 1 and entities[0]["label"] == label and len(entities[0]["mentions"]) >= 2


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Des cas ont été signalés en Amérique du Sud et aux Antilles.", "Amérique du Sud", "LOC"),
        ("Le virus circule dans l'Hexagone comme en Guyane.", "Hexagone", "LOC"),
        ("Des oiseaux migrateurs venus de la mer du Nord ont été observés.", "mer du Nord", "LOC"),
        ("La route est coupée sur la presqu'île de Crozon.", "presqu'île de Crozon", "LOC"),
        ("Un accident s'est produit sur la RD 943 à hauteur de Pontivy.", "RD 943", "LOC"),
        (
            "La fête a lieu à Villefranche-sur-Saône et à Chazay-d'Azergues samedi.",
            "Chazay-d'Azergues",
            "LOC",
        ),
    ],
)
def test_places_named_by_a_region_a_sea_a_road_or_a_communes_compound(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == label


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le blessé a été transporté au centre hospitalier Bretagne Atlantique.",
            "centre hospitalier Bretagne Atlantique",
        ),
        ("Le groupe hospitalier Nord-Essonne recrute des infirmiers.", "groupe hospitalier Nord-Essonne"),
        ("Les élèves du Lycée Honoré-d'Urfé ont remporté le prix.", "Lycée Honoré-d'Urfé"),
    ],
)
def test_a_hospital_or_school_keeps_its_head_and_its_name(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


def test_disease_names_are_no_names(nlp):
    found = labels_of(nlp, "Deux cas de Zika et un cas d'Ebola importés ont été confirmés.")
    assert "Zika" not in found and "Ebola" not in found


@pytest.mark.parametrize(
    "text, short, name",
    [
        (
            "Selon l'Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du"
            " travail (Anses), le risque baisse.",
            "Anses",
            "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail",
        ),
        (
            "L'Institut national de la santé et de la recherche médicale (Inserm) publie une étude.",
            "Inserm",
            "Institut national de la santé et de la recherche médicale",
        ),
    ],
)
def test_a_short_name_in_parentheses_is_the_bodys_alias(nlp, text, short, name):
    entity = next(e for e in nlp(text)._.entities if e["name"] == name)
    assert short in {m["text"] for m in entity["mentions"]}


def test_a_place_in_parentheses_after_a_body_is_no_alias(nlp):
    entity = next(e for e in nlp("Le Centre hospitalier de Cholet (Maine) recrute.")._.entities)
    assert {m["text"] for m in entity["mentions"]} == {"Centre hospitalier de Cholet"}


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("La cérémonie a lieu à la salle Georges-Brassens samedi.", "salle Georges-Brassens", "LOC"),
        ("Les sinistrés sont accueillis au gymnase Saint-Sauveur.", "gymnase Saint-Sauveur", "LOC"),
        ("Les vols ont repris à l'aéroport Roland-Garros ce matin.", "aéroport Roland-Garros", "LOC"),
        ("Le centre aquatique Lucie-Randoin ouvre le 3 mars.", "centre aquatique Lucie-Randoin", "LOC"),
        ("Les visiteurs découvrent le phare de Cordouan et le canal du Midi.", "canal du Midi", "LOC"),
        # (the town after the eponym is the school's: session 17, annotation's place in a body's complement)
        (
            "Les élèves du collège Jean-Moulin de Pornichet ont chanté.",
            "collège Jean-Moulin de Pornichet",
            "ORG",
        ),
    ],
)
def test_a_venue_or_school_named_after_a_person_keeps_its_head(nlp, text, name, label):
    found = labels_of(nlp, text)
    assert found.get(name) == label, found


@pytest.mark.parametrize(
    "text, acronym, name",
    [
        (
            "Le CNLL, Union des entreprises du logiciel libre, est l'instance représentative de la filière.",
            "CNLL",
            "Union des entreprises du logiciel libre",
        ),
        (
            "La FNTP, Fédération nationale des travaux publics, représente 8 000 entreprises.",
            "FNTP",
            "Fédération nationale des travaux publics",
        ),
    ],
)
def test_a_bodys_name_between_commas_after_its_acronym_is_the_same_body(nlp, text, acronym, name):
    entity = next(e for e in nlp(text)._.entities if any(m["text"] == name for m in e["mentions"]))
    assert acronym in {m["text"] for m in entity["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "| Collège | Commune | Livraison |\n|---|---|---|\n| Pablo-Neruda | Pierrefitte | 2026 |\n",
            "Pablo-Neruda",
        ),
        (
            "Les élèves du collège Marcel-Pagnol ont été pris en charge. Marcel-Pagnol accueille 600 élèves.",
            "Marcel-Pagnol",
        ),
        ("Les patients seront orientés vers Henri-Mondor, selon l'AP-HP.", "Henri-Mondor"),
    ],
)
def test_a_first_name_and_surname_joined_by_hyphens_alone_is_a_body(nlp, text, name):
    assert {e["name"]: e["label"] for e in nlp(text)._.entities}.get(name) == "ORG"


@pytest.mark.parametrize(
    "text", ["Anne-Laure", "Marie-Claude DUBOIS", "AgentConnect", "Saint-Malo", "Jean-Pierre", "Charles"]
)
def test_compound_first_names_places_and_products_are_no_eponyms(text):
    assert not eponym_compound(text)


def test_a_commune_s_compound_alone_in_a_timetable_s_cell_is_a_place(nlp):
    text = (
        "Permanences de la section\n  Kervalo-d'Aveyron     mardi 3 février\n  Plouzané     jeudi 5 février\n"
    )
    labels = {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert labels.get("Kervalo-d'Aveyron") == "LOC"
