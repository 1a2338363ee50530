"""Session 15: subjects the read side's newest releases had no words for (product recalls, blood donation,
eye care, research bodies, paddle races, plastic pellets, waterways, theft, pay equality, substandard
housing, ski resorts, seasonal workers, notaries), vaccination filed under public health alone, and a
canal's 'chômage' (its closure for works) that is not unemployment. Every fragment is invented, in the
shape of a different kind of issuer; none is corpus, dev-set or web text."""

import pytest
from theme_fragments import theme_ids

import pipeline.extractors.themes  # noqa: F401  (registers the factory)

HEALTH, PUBLIC_HEALTH, TREATMENT = "medtop:07000000", "medtop:20001358", "medtop:20000464"
SCIENCE, RESEARCH = "medtop:13000000", "medtop:20000735"
SPORT, SPORT_EVENT = "medtop:15000000", "medtop:20001108"
ENVIRONMENT, POLLUTION = "medtop:06000000", "medtop:20000424"
ECONOMY, PRODUCTS_AND_SERVICES = "medtop:04000000", "medtop:20000209"
LABOUR, UNEMPLOYMENT, LABOUR_MARKET = "medtop:09000000", "medtop:20000533", "medtop:20000523"
JUSTICE, CRIME, JUDICIARY = "medtop:02000000", "medtop:20000082", "medtop:20000106"
SOCIETY, DISCRIMINATION, SOCIAL_CONDITION = "medtop:14000000", "medtop:20000775", "medtop:20000799"
LIFESTYLE, LEISURE = "medtop:10000000", "medtop:20000538"


SUBJECTS = [
    (
        "La fromagerie procède au rappel de tommes au lait cru. Lots concernés : T2204 et T2205. Ne pas "
        "consommer ces fromages et les rapporter au magasin. La fiche de rappel est publiée sur RappelConso.",
        {HEALTH, PUBLIC_HEALTH},
    ),
    (
        "L'Établissement français du sang organise une collecte mardi à la salle des fêtes. Les donneurs de "
        "sang sont attendus de 15 h à 19 h : les transfusions ne peuvent attendre l'été.",
        {HEALTH, TREATMENT},
    ),
    (
        "Les opticiens du réseau offrent un examen de vue aux retraités du canton ; un ophtalmologiste "
        "orientera ceux qui ont besoin de soins visuels.",
        {HEALTH},
    ),
    (
        "Une directrice de recherche du CNRS et l'unité mixte de recherche de Montpellier publient les "
        "résultats de six années sur des parcelles d'essai de blé dur.",
        {SCIENCE, RESEARCH},
    ),
    (
        "Les 300 concurrents de la course de pirogues partiront dimanche à 9 h. Le directeur de course a "
        "avancé la remise des dossards au samedi.",
        {SPORT, SPORT_EVENT},
    ),
    (
        "Les bénévoles ont ramassé 20 000 granulés plastiques sur la plage ; l'association demande un plan "
        "contre les pollutions accidentelles et les microplastiques.",
        {ENVIRONMENT, POLLUTION},
    ),
    (
        "Les voies navigables de la région rouvrent le 1er avril : les écluses ont été révisées et la "
        "navigation fluviale des péniches reprendra sur 120 km.",
        {ECONOMY, PRODUCTS_AND_SERVICES},
    ),
    (
        "Le parquet a ouvert une enquête pour vols de véhicules et recel : les malfaiteurs revendaient les "
        "voitures en pièces détachées.",
        {JUSTICE, CRIME},
    ),
    (
        "L'accord d'entreprise fixe un calendrier pour l'égalité professionnelle : les écarts de "
        "rémunération entre femmes et hommes seront résorbés en trois ans.",
        {SOCIETY, DISCRIMINATION},
    ),
    (
        "Le pôle départemental de lutte contre l'habitat indigne a visité 60 logements insalubres ; deux "
        "marchands de sommeil seront poursuivis.",
        {SOCIETY, SOCIAL_CONDITION},
    ),
    (
        "Le domaine skiable ouvre samedi : les skieurs trouveront 40 km de pistes et les stations de ski "
        "voisines proposent des chiens de traîneau.",
        {LIFESTYLE, LEISURE},
    ),
    (
        "Il manque 800 saisonniers dans les campings et les restaurants de la côte : les employeurs peinent "
        "à trouver de la main-d'œuvre pour l'été.",
        {LABOUR, LABOUR_MARKET},
    ),
    (
        "Samedi, les notaires du département donnent des consultations juridiques gratuites sur le droit de "
        "la famille et le mandat de protection future.",
        {JUSTICE, JUDICIARY},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_a_subject_is_filed_by_its_own_words(themes_nlp, text, expected):
    assert expected <= theme_ids(themes_nlp, text)


def test_a_vaccination_campaign_is_public_health_not_a_treatment(themes_nlp):
    text = (
        "L'agence régionale de santé lance la campagne de vaccination contre la grippe : les personnes de "
        "65 ans et plus sont invitées à se faire vacciner en pharmacie."
    )
    ids = theme_ids(themes_nlp, text)
    assert PUBLIC_HEALTH in ids and TREATMENT not in ids


def test_a_canal_closed_for_works_is_not_unemployment(themes_nlp):
    text = (
        "Le chômage du canal durera du 2 novembre au 26 février : pendant le chômage, les bateaux resteront "
        "à quai et les agents remplaceront deux portes d'écluse."
    )
    ids = theme_ids(themes_nlp, text)
    assert UNEMPLOYMENT not in ids and LABOUR not in ids
