"""Subjects with too few French words (session 12): wildlife and its protection, drinking water and other
health advisories, labour disputes led by unions or trade federations, disputes taken to court, humanitarian
and charitable organisations, the natural sciences, disasters named by their aftermath. Every fragment is
invented, in the shape of a different kind of issuer; none is corpus, dev-set or web text."""

import pytest
from theme_fragments import theme_ids

import pipeline.extractors.themes  # noqa: F401  (registers the factory)

ENVIRONMENT, NATURE, CONSERVATION = "medtop:06000000", "medtop:20000441", "medtop:20000420"
HEALTH, PUBLIC_HEALTH = "medtop:07000000", "medtop:20001358"
LABOUR, LABOUR_RELATIONS = "medtop:09000000", "medtop:20000524"
JUSTICE, JUDICIARY = "medtop:02000000", "medtop:20000106"
POLITICS, NGO = "medtop:11000000", "medtop:20000646"
SCIENCE, NATURAL_SCIENCE = "medtop:13000000", "medtop:20000717"
DISASTER, NATURAL_DISASTER = "medtop:03000000", "medtop:20000148"
SPORT = "medtop:15000000"


@pytest.mark.parametrize(
    "text",
    [
        "Le parc animalier des Combes annonce la naissance de deux lynx. Les soigneurs animaliers "
        "suivent les petits, nés en avril. Le parc accueille 300 animaux "
        "de 60 espèces, dont des loutres et des rapaces.",
        "Le zoo municipal accueille un couple de tortues et trois phoques. Ces mammifères marins vivent dans "
        "un bassin de 800 m³ recréant leur habitat naturel ; les animaux sont visibles dès samedi.",
    ],
)
def test_animals_and_wildlife_parks_are_nature(themes_nlp, text):
    ids = theme_ids(themes_nlp, text)
    assert {ENVIRONMENT, NATURE} <= ids


@pytest.mark.parametrize(
    "text",
    [
        "Les naturalistes de l'association ont recensé 41 espèces menacées sur le site Natura 2000 de "
        "l'étang. Le butor étoilé, inscrit sur la liste rouge de l'UICN, y niche de nouveau. "
        "Les oiseaux migrateurs reviennent en nombre.",
        "Le parc national lance un programme de conservation du gypaète, espèce en voie de disparition. "
        "Les oiseaux relâchés seront suivis par balise ; la biodiversité du massif en dépend.",
    ],
)
def test_endangered_species_are_conservation(themes_nlp, text):
    assert {ENVIRONMENT, CONSERVATION} <= theme_ids(themes_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "EAU DU ROBINET : NE PAS BOIRE. Les analyses ont révélé une contamination bactériologique du réseau. "
        "Il est demandé aux habitants de faire bouillir l'eau avant de la boire. Les nourrissons et les "
        "femmes enceintes utiliseront de l'eau en bouteille jusqu'au retour de la potabilité.",
        "Des légionelles ont été détectées dans le réseau d'eau chaude du gymnase. Par précaution, les "
        "douches sont fermées ; la légionellose présente des risques "
        "pour la santé des personnes immunodéprimées.",
    ],
)
def test_drinking_water_and_contamination_notices_are_public_health(themes_nlp, text):
    assert {HEALTH, PUBLIC_HEALTH} <= theme_ids(themes_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "La fédération des taxis appelle à une journée nationale de mobilisation le 4 mars, avec des "
        "opérations escargot sur les rocades. Elle demande l'ouverture d'une négociation sur les tarifs.",
        "L'intersyndicale lance un appel à la grève le 12 juin pour la revalorisation des salaires. Les "
        "partenaires sociaux n'ont trouvé aucun accord de branche ; la convention collective date de 2011.",
    ],
)
def test_union_and_federation_protests_are_labour_relations(themes_nlp, text):
    assert {LABOUR, LABOUR_RELATIONS} <= theme_ids(themes_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les riverains saisissent la justice : un recours en annulation du permis de construire a été déposé "
        "devant le tribunal administratif. Le juge des référés doit se prononcer avant l'été.",
        "Le syndicat des viticulteurs a engagé une action en justice contre l'importateur. Le tribunal de "
        "commerce a mis sa décision en délibéré au 3 octobre ; une décision de justice est attendue.",
    ],
)
def test_disputes_taken_to_court_are_judiciary(themes_nlp, text):
    assert {JUSTICE, JUDICIARY} <= theme_ids(themes_nlp, text)


def test_humanitarian_organisations_are_ngos(themes_nlp):
    text = (
        "Après le séisme, l'association humanitaire envoie deux équipes et lance un appel aux dons. "
        "Les organisations humanitaires présentes coordonnent l'aide humanitaire avec la Croix-Rouge ; "
        "les sinistrés sont hébergés dans des écoles."
    )
    assert {POLITICS, NGO} <= theme_ids(themes_nlp, text)


def test_a_disaster_named_by_its_aftermath(themes_nlp):
    text = (
        "Deux jours après le passage de l'ouragan, les communes sinistrées dressent le bilan des dégâts "
        "matériels. La cellule d'urgence de la mairie organise le relogement des familles ; l'aide d'urgence "
        "de la Région sera versée aux sinistrés dès lundi."
    )
    assert {DISASTER, NATURAL_DISASTER} <= theme_ids(themes_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Des paléontologues du muséum ont mis au jour des fossiles d'ammonites. Les géologues dateront les "
        "couches ; la datation précisera l'âge du gisement.",
        "L'observatoire accueille des astronomes et des physiciens pour étudier les exoplanètes. Les "
        "sciences de la Terre et l'astronomie seront présentées au public.",
    ],
)
def test_natural_scientists_and_their_objects_are_natural_science(themes_nlp, text):
    assert {SCIENCE, NATURAL_SCIENCE} <= theme_ids(themes_nlp, text)


def test_a_festival_is_not_a_sport_event_nor_a_dispute(themes_nlp):
    text = (
        "Le festival revient pour sa 12e édition avec quarante concerts. Les participants suivront un "
        "parcours musical dans la vieille ville ; la mobilisation des bénévoles est exemplaire, et les "
        "artistes se produiront sur trois scènes."
    )
    ids = theme_ids(themes_nlp, text)
    assert SPORT not in ids and LABOUR_RELATIONS not in ids


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "L'innovation est dans l'ADN de l'entreprise. Le réseau de chaleur remplace les énergies "
            "fossiles par la biomasse et réduit les émissions de gaz à effet de serre de la ville.",
            NATURAL_SCIENCE,
        ),
        (
            "La commune généralise l'extinction de l'éclairage public de 23 heures à 5 heures pour réduire "
            "sa facture d'électricité et sa consommation d'énergie.",
            CONSERVATION,
        ),
        (
            "Grâce à la forte mobilisation des bénévoles et des services municipaux, la collecte de jouets a "
            "réuni 3 000 cadeaux. Les interventions des élus ont salué l'entraide entre habitants.",
            LABOUR_RELATIONS,
        ),
    ],
)
def test_common_figures_of_speech_are_not_evidence(themes_nlp, text, absent):
    assert absent not in theme_ids(themes_nlp, text)
