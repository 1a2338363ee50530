"""Session 20: renewable and low-carbon energy as climate change; thermal renovation, producers'
recycling schemes and waste collection centres as sustainability; an agricultural wrapping film is
no motion picture; wine tourism as leisure; energy support schemes as government policy; small rural
heritage; women in male-dominated trades; free legal advice as welfare. Every fragment is invented,
in the shape of a different kind of issuer; none is corpus, dev-set or web text."""

from theme_fragments import body_matches, theme_ids

ENVIRONMENT, CLIMATE, SUSTAINABILITY = "medtop:06000000", "medtop:20000418", "medtop:20001374"
POLLUTION, CINEMA, LEISURE = "medtop:20000424", "medtop:20000005", "medtop:20000538"
GOVERNMENT_POLICY, POLITICS = "medtop:20000621", "medtop:11000000"
HERITAGE, INCLUSION, WELFARE = "medtop:20000044", "medtop:20001373", "medtop:20000817"


def test_a_solar_farm_is_climate_change_as_well_as_energy(themes_nlp):
    text = (
        "La centrale solaire de 40 MWc produira de l'électricité renouvelable pour 20 000 foyers. "
        "Le parc photovoltaïque évitera chaque année 9 000 tonnes de CO2, en remplaçant une centrale "
        "au fioul : la sortie des énergies fossiles avance sur l'île."
    )
    found = body_matches(themes_nlp, text)
    assert {"centrale solaire", "électricité renouvelable", "tonnes de CO2", "énergies fossiles"} <= set(
        found[CLIMATE]
    )


def test_thermal_renovation_is_sustainability(themes_nlp):
    text = (
        "Le bailleur engage la rénovation thermique de deux immeubles énergivores : isolation des "
        "façades, isolation des combles et raccordement au réseau de chaleur. Après la rénovation "
        "thermique, le diagnostic de performance énergétique passera de F à C."
    )
    assert SUSTAINABILITY in body_matches(themes_nlp, text)
    assert ENVIRONMENT in theme_ids(themes_nlp, text)


def test_recycling_schemes_and_waste_centres_are_sustainability(themes_nlp):
    farm = (
        "Avec l'éco-organisme de la filière, la chambre collecte les plastiques agricoles usagés : "
        "films d'enrubannage et ficelles partent vers une filière de recyclage et trouvent une "
        "seconde vie en tuyaux d'arrosage."
    )
    found = body_matches(themes_nlp, farm)
    assert SUSTAINABILITY in found and CINEMA not in found
    centre = (
        "Les déchèteries de la communauté passent à l'horaire d'hiver : la déchèterie du bourg ouvre à 9 h."
    )
    found = body_matches(themes_nlp, centre)
    assert SUSTAINABILITY in found and POLLUTION not in found


def test_a_film_on_screen_is_still_cinema(themes_nlp):
    text = "Le film sera projeté en avant-première au cinéma du centre-ville, en présence de la réalisatrice."
    assert CINEMA in body_matches(themes_nlp, text)


def test_wine_tourism_is_leisure(themes_nlp):
    text = "Les domaines ouvrent leurs chais le dimanche, hors saison : œnotourisme, visite et dégustation."
    assert LEISURE in body_matches(themes_nlp, text)


def test_energy_support_schemes_are_government_policy(themes_nlp):
    text = (
        "La fédération demande un cadre de soutien stable et des tarifs d'achat connus au-delà de "
        "2028, comme le prévoit la programmation pluriannuelle de l'énergie ; les parlementaires "
        "seront reçus en juin."
    )
    found = body_matches(themes_nlp, text)
    assert GOVERNMENT_POLICY in found and POLITICS in found


def test_small_heritage_and_women_in_trades_and_legal_advice(themes_nlp):
    heritage = (
        "Les apprentis couvreurs ont restauré le lavoir communal, un élément du petit patrimoine du village."
    )
    assert HERITAGE in body_matches(themes_nlp, heritage)
    trades = (
        "La fondation soutient la féminisation des métiers techniques et la mixité des métiers "
        "de l'industrie."
    )
    assert INCLUSION in body_matches(themes_nlp, trades)
    advice = (
        "Le barreau tient des consultations gratuites au point-justice de la ville, pour l'accès "
        "au droit des jeunes."
    )
    assert WELFARE in body_matches(themes_nlp, advice)
