"""Session 14: words a release uses in another sense (a 'syndicat mixte' is a body of communes, 'infos' is
not 'infox', 'fois' is not 'foi') and subjects that had no words: household waste and packaging,
tourism as leisure, carbon monoxide poisoning, rave parties, community service sentences, learning to
swim, participatory budgets, races and their runners, hail- and frost-damaged crops, clinics and operating
theatres, exports, public finance offices, hedgerow planting, poaching. Every fragment is
invented, in the shape of a different kind of issuer; none is corpus, dev-set or web text."""

import pytest
from theme_fragments import theme_ids

import pipeline.extractors.themes  # noqa: F401  (registers the factory)
from pipeline.extractors.themes import token_key

ENVIRONMENT, POLLUTION, SUSTAINABILITY = "medtop:06000000", "medtop:20000424", "medtop:20001374"
LABOUR, UNIONS = "medtop:09000000", "medtop:20000536"
LEISURE, LIFESTYLE = "medtop:20000538", "medtop:10000000"
ACCIDENT, DISASTER = "medtop:20000139", "medtop:03000000"
CLIMATE_CHANGE = "medtop:20000418"
JUSTICE, LAW_ENFORCEMENT, JUDICIARY = "medtop:02000000", "medtop:20000129", "medtop:20000106"
MUSIC = "medtop:20000018"
SPORT, SPORT_EVENT = "medtop:15000000", "medtop:20001108"
SOCIETY, COMMUNITIES = "medtop:14000000", "medtop:20000768"
HEALTH, HEALTH_FACILITY = "medtop:07000000", "medtop:20000461"
ECONOMY_BRANCH, POLITICS, GOVERNMENT = "medtop:20000344", "medtop:11000000", "medtop:20000593"
CONSERVATION, CRIME = "medtop:20000420", "medtop:20000082"
WEATHER, WEATHER_PHENOMENA = "medtop:17000000", "medtop:20001129"
RELIGION, DISINFORMATION = "medtop:12000000", "medtop:20001319"


def _evidence(nlp, text: str, qcode: str) -> list[str]:
    return [e["text"] for t in nlp(text)._.themes if t["id"] == qcode for e in t["evidence"]]


def test_a_syndicat_of_communes_is_no_trade_union_anywhere_in_the_release(themes_nlp):
    text = (
        "Le syndicat mixte de l'eau du Val d'Avre informe les abonnés d'une coupure le 12 mars. Le "
        "syndicat remplacera 400 mètres de canalisation ; le comité syndical a voté les travaux. Le "
        "syndicat rappelle que l'eau potable sera distribuée en bouteilles."
    )
    assert UNIONS not in theme_ids(themes_nlp, text)
    assert LABOUR not in theme_ids(themes_nlp, text)


@pytest.mark.parametrize(("word", "other"), [("infos", "infox"), ("fois", "foi")])
def test_a_plural_is_not_folded_onto_another_word(word, other):
    assert token_key(word) != token_key(other)


def test_practical_information_is_not_disinformation(themes_nlp):
    text = "Infos pratiques : le salon ouvre de 9 h à 18 h. Pour la première fois, l'entrée est gratuite."
    ids = theme_ids(themes_nlp, text)
    assert DISINFORMATION not in ids and RELIGION not in ids


@pytest.mark.parametrize(
    "text",
    [
        "Le syndicat intercommunal instaure la redevance incitative : la facture dépendra du nombre de "
        "levées du bac d'ordures ménagères. Les biodéchets seront collectés à part.",
        "La marque lance des sachets compostables qui remplacent les sachets plastiques des biscuits. Elle "
        "vise 200 tonnes de plastique évitées par an, sans emballage jetable pour les produits secs.",
    ],
)
def test_waste_and_packaging_are_environment(themes_nlp, text):
    ids = theme_ids(themes_nlp, text)
    assert ENVIRONMENT in ids and ids & {POLLUTION, SUSTAINABILITY}


def test_tourism_is_leisure_but_a_tourist_office_is_not(themes_nlp):
    text = (
        "Le tourisme fluvial a attiré 12 000 vacanciers cet été sur le canal. Le tourisme à vélo progresse "
        "aussi : les touristes louent des vélos aux écluses pour leurs vacances, entre baignade et loisirs."
    )
    assert {LIFESTYLE, LEISURE} <= theme_ids(themes_nlp, text)
    office = "Contact : office de tourisme du Val, ouvert du lundi au samedi."
    assert not _evidence(themes_nlp, office, LEISURE)


def test_carbon_monoxide_poisoning_is_an_accident_not_climate(themes_nlp):
    text = (
        "Monoxyde de carbone : six personnes intoxiquées dans un immeuble. L'intoxication au monoxyde de "
        "carbone est due à un chauffe-eau mal entretenu ; les pompiers ont évacué les habitants."
    )
    ids = theme_ids(themes_nlp, text)
    assert {DISASTER, ACCIDENT} <= ids
    assert CLIMATE_CHANGE not in ids


def test_a_rave_party_is_public_order_not_music(themes_nlp):
    text = (
        "Le préfet interdit tout rassemblement festif à caractère musical ce week-end. Les forces de l'ordre "
        "contrôleront les accès pour empêcher toute rave party dans les bois."
    )
    ids = theme_ids(themes_nlp, text)
    assert {JUSTICE, LAW_ENFORCEMENT} <= ids
    assert MUSIC not in ids


def test_a_woman_engineer_counts_like_a_man(themes_nlp):
    text = (
        "Fondée par deux ingénieures, la jeune entreprise conçoit un logiciel de détection de fuites. "
        "Ses capteurs acoustiques écoutent les canalisations la nuit."
    )
    assert "ingénieures" in _evidence(themes_nlp, text, "medtop:20000756")


SUBJECTS = [
    pytest.param(
        "Le syndicat appelle les salariés de l'usine à la grève jeudi. Le délégué syndical dénonce le gel "
        "des salaires ; l'intersyndicale tiendra un piquet de grève devant le site.",
        {LABOUR},
        id="a_trade_union_is_still_a_union",
    ),
    pytest.param(
        "Le travail d'intérêt général s'ouvre aux associations : 300 nouveaux postes de TIG accueilleront "
        "des personnes condamnées. Le juge pourra prononcer cette peine alternative plus souvent.",
        {JUSTICE, JUDICIARY},
        id="community_service_is_a_sentence_not_a_job",
    ),
    pytest.param(
        "Savoir nager : la commune ouvre un bassin d'été. Les enfants de CE2 y suivront dix séances "
        "d'aisance aquatique avec un maître-nageur.",
        {SPORT},
        id="learning_to_swim_is_sport",
    ),
    pytest.param(
        "Budget participatif : 4 000 habitants ont voté. Les associations des quartiers avaient déposé 140 "
        "projets, dont un tiers-lieu. Les projets du budget participatif seront réalisés en 2027 ; la ville "
        "consacre au budget participatif un million d'euros.",
        {SOCIETY, COMMUNITIES},
        id="a_participatory_budget_is_communities",
    ),
    pytest.param(
        "Le trail de la Forêt réunira 800 coureurs dimanche. Le retrait des dossards se fera samedi ; les "
        "finishers recevront une médaille. Trois courses sont proposées, de 10 à 30 km.",
        {SPORT_EVENT},
        id="runners_make_a_sport_event",
    ),
    pytest.param(
        "Les vignerons ont achevé les vendanges : la récolte baisse de 20 %. L'épisode de grêle de juillet a "
        "touché 200 hectares et les parcelles grêlées ont perdu la moitié des raisins ; la canicule d'août a "
        "fait le reste.",
        {WEATHER, WEATHER_PHENOMENA},
        id="hail_damaged_vines_are_weather",
    ),
    pytest.param(
        "La polyclinique des Trois Rivières ouvre un bloc opératoire de six salles. Le plateau technique "
        "accueillera la chirurgie orthopédique ; les patients seront opérés dès le 2 mars.",
        {HEALTH, HEALTH_FACILITY},
        id="a_clinic_and_its_operating_theatre_are_a_health_facility",
    ),
    pytest.param(
        "Les exportations de la filière ont progressé de 8 %. Douze PME exportatrices exposeront sur le "
        "Pavillon France du salon de Milan pour conquérir des marchés étrangers.",
        {ECONOMY_BRANCH},
        id="exports_are_the_economy_branch",
    ),
    pytest.param(
        "La direction départementale des finances publiques (DDFiP) tiendra des permanences dans les "
        "espaces France services pour aider les usagers à déclarer leurs revenus ; l'administration "
        "fiscale répondra aussi par téléphone.",
        {POLITICS, GOVERNMENT},
        id="public_finance_offices_are_government",
    ),
    pytest.param(
        "L'association lance sa campagne de plantation de haies : 9 kilomètres de haies bocagères seront "
        "plantés avec les agriculteurs. La replantation protège les sols et abrite les oiseaux.",
        {CONSERVATION},
        id="planting_hedgerows_is_conservation",
    ),
    pytest.param(
        "Les gendarmes ont démantelé un réseau de braconnage : 40 kilos d'anguilles braconnées ont été "
        "saisis et trois braconniers interpellés. La pêche illégale de l'espèce est un délit.",
        {JUSTICE, CRIME},
        id="poaching_is_crime",
    ),
    pytest.param(
        "Réunie lundi, l'assemblée départementale a voté une enveloppe de 2 millions d'euros pour le plan "
        "de plantation. La Région et l'Agence de l'eau cofinancent le dispositif aux côtés des communes.",
        {POLITICS, "medtop:20000621"},
        id="a_council_vote_and_co_funding_are_government_policy",
    ),
]
"""Fragments and the topics each must give (among others): subjects that had no words."""


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_a_subject_gets_its_topics(themes_nlp, text, expected):
    assert expected <= theme_ids(themes_nlp, text)
