"""Session 22: the environment and leisure as a release's second subject (protected areas named, quiet
zones, seagrass; black water and bathing water; drinking-water supply and cuts, fish stocks; energy
arrears as welfare); the issuer's kind for local authorities (a Département, an intercommunality),
tourist offices and environmental bodies; the environment kept beside two stronger subjects. Every
fragment and name is invented; none is corpus, dev-set or web text."""

import pytest
from theme_fragments import body_matches

from pipeline.extractors.mediatopics import choose, tree
from pipeline.extractors.themes import issuer_kind_weights

POLITICS, LEISURE_SUBJECT, ENVIRONMENT = "medtop:11000000", "medtop:10000000", "medtop:06000000"
HEALTH, ECONOMY = "medtop:07000000", "medtop:04000000"
CONSERVATION, POLLUTION, NATURAL_RESOURCE = "medtop:20000420", "medtop:20000424", "medtop:20000430"
LEISURE, WELFARE = "medtop:20000538", "medtop:20000817"


def test_protected_areas_named_and_quiet_zones_are_conservation(themes_nlp):
    text = (
        "Les agents de la Réserve naturelle balisent trois zones de quiétude sur le plateau, où le "
        "dérangement de la faune en hiver est le plus fort. Au large, les herbiers marins de l'aire "
        "marine protégée seront interdits au mouillage."
    )
    found = body_matches(themes_nlp, text)
    assert {"Réserve naturelle", "zones de quiétude", "dérangement de la faune", "herbiers marins"} <= set(
        found[CONSERVATION]
    )


def test_black_water_and_bathing_water_are_pollution(themes_nlp):
    text = (
        "La nouvelle borne pompera les eaux noires et les eaux grises des bateaux : l'été dernier, des "
        "bactéries fécales avaient dégradé la qualité des eaux de baignade de la crique."
    )
    found = body_matches(themes_nlp, text)
    assert {"eaux noires", "bactéries fécales", "qualité des eaux de baignade"} <= set(found[POLLUTION])


def test_drinking_water_supply_and_fish_stocks_are_natural_resources(themes_nlp):
    water = (
        "L'alimentation en eau potable sera interrompue cette nuit ; des tours d'eau sont prévus tant "
        "que l'usine de production d'eau potable tournera au ralenti."
    )
    assert {"alimentation en eau potable", "tours d'eau"} <= set(
        body_matches(themes_nlp, water)[NATURAL_RESOURCE]
    )
    fish = "Pour ménager les stocks de poissons, les quotas de pêche du bar baissent de 10 %."
    assert {"stocks de poissons", "quotas de pêche"} <= set(body_matches(themes_nlp, fish)[NATURAL_RESOURCE])


def test_energy_arrears_are_welfare(themes_nlp):
    text = (
        "Le fonds de solidarité pour le logement aidera les ménages en impayés d'énergie cet hiver, "
        "après une hausse des impayés de loyer."
    )
    found = body_matches(themes_nlp, text)
    assert {"fonds de solidarité pour le logement", "impayés d'énergie"} <= set(found[WELFARE])


@pytest.mark.parametrize(
    "issuer, subject",
    [
        ("Département du Haut-Vivarais", POLITICS),
        ("CONSEIL DÉPARTEMENTAL DE LA VÉZÈRE", POLITICS),
        ("Communauté de communes des Trois Vallées", POLITICS),
        ("Communauté d'agglomération du Pays de Brive", POLITICS),
        ("MÉTROPOLE DU VAL DE LOIRE", POLITICS),
        ("Office de tourisme des Trois Vallées", LEISURE_SUBJECT),
        ("Comité départemental du tourisme de la Vézère", LEISURE_SUBJECT),
        ("Parc naturel régional des Monts d'Azur", ENVIRONMENT),
        ("Agence de l'eau Vézère-Dordogne", ENVIRONMENT),
        ("Conservatoire d'espaces naturels du Limousin", ENVIRONMENT),
    ],
)
def test_the_issuers_kind_adds_weight_to_its_subject(issuer, subject):
    assert issuer_kind_weights(issuer) == {subject: 10.0}


@pytest.mark.parametrize(
    "issuer",
    [
        "Conseil départemental de l'Ordre des infirmiers de la Vézère",
        "Conseil départemental de l'accès au droit de la Vézère",
        "Association des amis du parc",
    ],
)
def test_bodies_that_only_share_a_word_add_nothing(issuer):
    assert issuer_kind_weights(issuer) == {}


def test_the_environment_is_kept_as_a_third_subject_an_economy_setting_is_not():
    """A drought that hurts the orchards: farming and the authority's aid weigh more than the drought,
    which readers file as well, in one branch; a third economy subject is a setting and stays out."""
    rules = {
        "level1": {"min_weight": 12, "min_share": 0.3, "max_topics": 2, "uncapped": [ENVIRONMENT]},
        "level2": {"min_weight": 9, "min_share": 0.3},
        "deeper": {"min_weight": 9, "min_share": 0.5},
    }
    drought = {ECONOMY: 40.0, POLITICS: 30.0, ENVIRONMENT: 18.0, NATURAL_RESOURCE: 10.0, POLLUTION: 9.0}
    kept = choose(drought, rules)
    assert [q for q in kept if tree()[q].level == 1] == [ECONOMY, POLITICS, ENVIRONMENT]
    assert NATURAL_RESOURCE in kept and POLLUTION not in kept
    setting = {HEALTH: 30.0, POLITICS: 20.0, ECONOMY: 14.0}
    assert [q for q in choose(setting, rules) if tree()[q].level == 1] == [HEALTH, POLITICS]
