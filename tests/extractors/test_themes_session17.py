"""Session 17: a phrase written with its acronym covers the words folded inside it; words in another
sense (a prescription's 'ordonnance', a quarry's 'carrière', a school diploma's 'brevet'); the medical
professions weigh for health itself; waste reduction is sustainability; subjects with too few words
(transport services, winter roads, forgery, shellfish farming, animal protection, outings, outreach
patrols, workplace safety). Every fragment is invented, in the shape of a different kind of issuer;
none is corpus, dev-set or web text."""

import pytest
from theme_fragments import theme_ids

import pipeline.extractors.themes  # noqa: F401  (registers the factory)

ECONOMY, PRODUCTS, TRANSPORT = "medtop:04000000", "medtop:20000209", "medtop:20000337"
ROAD_TRANSPORT, FISHING = "medtop:20000341", "medtop:20000213"
HEALTH, MEDICAL_PROFESSION = "medtop:07000000", "medtop:20000485"
JUSTICE, CRIME, LAW = "medtop:02000000", "medtop:20000082", "medtop:20000121"
ENVIRONMENT, NATURE, POLLUTION = "medtop:06000000", "medtop:20000441", "medtop:20000424"
SUSTAINABILITY, CLIMATE_CHANGE = "medtop:20001374", "medtop:20000418"
LABOUR, EMPLOYMENT, WORK_SAFETY = "medtop:09000000", "medtop:20000509", "medtop:20000522"
BUSINESS_STRATEGY, EDUCATION = "medtop:20000192", "medtop:05000000"
LEISURE, WELFARE, SOCIAL_CONDITION = "medtop:20000538", "medtop:20000817", "medtop:20000799"


def _matched(nlp, text: str) -> dict[str, list[str]]:
    """Each topic's evidence texts, straight from the matcher (before weights and thresholds)."""
    component = nlp.get_pipe("communique_themes")
    doc = nlp.make_doc(text)
    found: dict[str, list[str]] = {}
    for match in component.matches(doc, text):
        found.setdefault(match.topic, []).append(text[match.start : match.end])
    return found


def test_a_phrase_written_with_its_acronym_covers_the_folded_word_inside_it(themes_nlp):
    text = "Le nouveau four réduira de moitié les émissions de CO2 du site."
    found = _matched(themes_nlp, text)
    assert found[CLIMATE_CHANGE] == ["émissions de CO2"]


def test_on_demand_and_school_transport_are_transport(themes_nlp):
    text = (
        "La communauté de communes lance un service de transport à la demande : trois minibus desservent "
        "les villages et la gare. Les cars scolaires gardent leurs horaires ; le titre de transport coûte "
        "2 euros le trajet sur tout le réseau de transport intercommunal."
    )
    assert {ECONOMY, PRODUCTS} <= theme_ids(themes_nlp, text)
    assert TRANSPORT in _matched(themes_nlp, text)


def test_winter_roads_are_road_transport(themes_nlp):
    text = (
        "Le plan de viabilité hivernale entre en vigueur lundi : 90 agents assurent le déneigement. Les "
        "pneus hiver ou les chaînes à neige sont obligatoires dans 60 communes ; l'état des routes est "
        "consultable en ligne. Le déneigement commence à 5 heures."
    )
    ids = theme_ids(themes_nlp, text)
    assert {ECONOMY, PRODUCTS} <= ids


def test_forged_prescriptions_are_crime_not_a_legal_ordinance(themes_nlp):
    text = (
        "Les pharmaciens du département ont signalé 90 ordonnances falsifiées depuis l'été. Chaque "
        "falsification est signalée à l'Assurance maladie ; une plainte pour usurpation d'identité est "
        "déposée par le médecin dont le nom figure sur l'ordonnance."
    )
    found = _matched(themes_nlp, text)
    assert CRIME in found
    assert LAW not in found


def test_the_medical_professions_weigh_for_health_not_for_a_branch(themes_nlp):
    text = (
        "Les médecins généralistes, les infirmiers et les pharmaciens du bassin de vie se relaient pour "
        "les soins non programmés. Les patients sont reçus sans rendez-vous au centre de santé."
    )
    ids = theme_ids(themes_nlp, text)
    assert HEALTH in ids
    assert MEDICAL_PROFESSION not in ids


def test_waste_reduction_is_sustainability(themes_nlp):
    text = (
        "Le syndicat de collecte généralise le tri des biodéchets : chaque foyer reçoit un bac et un "
        "composteur. La tarification incitative entre en vigueur en janvier pour encourager la réduction "
        "des déchets ; la collecte sélective passe tous les quinze jours."
    )
    ids = theme_ids(themes_nlp, text)
    assert {ENVIRONMENT, SUSTAINABILITY} <= ids


def test_shellfish_farming_is_commercial_fishing(themes_nlp):
    text = (
        "Les ostréiculteurs du bassin et le comité de la conchyliculture suivent la mortalité des naissains."
    )
    assert FISHING in _matched(themes_nlp, text)


def test_an_animal_shelter_is_nature(themes_nlp):
    text = (
        "L'association de protection animale recueille des chevaux, des ânes et des poneys abandonnés. "
        "Le refuge accueille 60 équidés et lance un appel pour nourrir les animaux cet hiver."
    )
    assert {ENVIRONMENT, NATURE} <= theme_ids(themes_nlp, text)


def test_outings_and_beaches_are_leisure(themes_nlp):
    text = "Le train touristique reprend ses excursions ; les plages et la base de loisirs restent ouvertes."
    assert LEISURE in _matched(themes_nlp, text)


def test_outreach_patrols_are_welfare(themes_nlp):
    text = "Les bénévoles assurent trois maraudes par semaine auprès des personnes à la rue."
    found = _matched(themes_nlp, text)
    assert WELFARE in found and SOCIAL_CONDITION not in found


def test_workplace_safety_had_words(themes_nlp):
    text = "L'inspection du travail enquête sur l'accident du travail survenu sur le chantier."
    assert WORK_SAFETY in _matched(themes_nlp, text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("L'entreprise a déposé trois brevets sur son procédé de recyclage.", BUSINESS_STRATEGY),
    ],
)
def test_a_patent_is_still_a_patent(themes_nlp, text, topic):
    assert topic in _matched(themes_nlp, text)


@pytest.mark.parametrize(
    ("text", "topic", "word"),
    [
        (
            "Les résultats du diplôme national du brevet sont publiés : 88 % des candidats ont le brevet.",
            BUSINESS_STRATEGY,
            "brevet",
        ),
        (
            "L'extension de la carrière de granulats est contestée ; la carrière produirait 300 000 tonnes.",
            EMPLOYMENT,
            "carrière",
        ),
    ],
)
def test_a_word_in_another_sense_is_not_evidence(themes_nlp, text, topic, word):
    assert word not in [t.lower() for t in _matched(themes_nlp, text).get(topic, [])]
