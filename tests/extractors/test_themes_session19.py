"""Session 19: a tourism release is filed under the trade and the holiday; a bare 'hébergeur' is a
tourist or a home host, not a web host; conservation words (hedgerows, river restoration, wildlife
care and breeding); the labour market (barometers, jobs to fill, staff shortages); words in another
sense (a 'tribunal de commerce' is no shop, a packaging film no motion picture, a 'syndicat des
copropriétaires' no trade union, a company's own funds no government policy). Every fragment is
invented, in the shape of a different kind of issuer; none is corpus, dev-set or web text."""

from theme_fragments import body_matches, theme_ids

LEISURE, TOURISM_TRADE, IT = "medtop:20000538", "medtop:20000331", "medtop:20000763"
ENVIRONMENT, CONSERVATION, NATURE = "medtop:06000000", "medtop:20000420", "medtop:20000441"
LABOUR, LABOUR_MARKET = "medtop:09000000", "medtop:20000523"
CONSUMER_GOODS, CINEMA, UNIONS = "medtop:20000243", "medtop:20000005", "medtop:20000536"
GOVERNMENT_POLICY = "medtop:20000621"


def test_tourist_hosts_are_the_tourism_trade_not_web_hosts(themes_nlp):
    text = (
        "Les hébergeurs de la vallée annoncent un taux d'occupation de 78 % en février ; la taxe de "
        "séjour collectée progresse de 6 % et les estivants reviennent dès la saison estivale."
    )
    found = body_matches(themes_nlp, text)
    assert TOURISM_TRADE in found and IT not in found
    assert LEISURE in found
    web = "Les données sont confiées à un hébergeur de données de santé certifié."
    assert IT in body_matches(themes_nlp, web)


def test_hedgerows_and_river_restoration_are_conservation(themes_nlp):
    hedges = (
        "Le syndicat de bassin plante douze kilomètres de haies cet hiver avec les agriculteurs. Les "
        "haies abritent les oiseaux et retiennent l'eau ; d'autres haies suivront au printemps."
    )
    found = body_matches(themes_nlp, hedges)
    assert found[CONSERVATION] == ["haies"] * 3 and "haies" not in found.get(NATURE, [])
    assert UNIONS not in found  # a river basin's syndicat is a body of communes
    river = (
        "L'effacement du seuil rendra la rivière franchissable pour les poissons migrateurs ; la "
        "restauration des berges suivra, avec une passe à poissons au moulin voisin."
    )
    assert {ENVIRONMENT, CONSERVATION} <= theme_ids(themes_nlp, river)


def test_wildlife_care_and_breeding_programmes_are_conservation(themes_nlp):
    text = (
        "Le parc participe au programme européen d'élevage de l'espèce, coordonné par l'EAZA. Son "
        "centre de soins de la faune sauvage a relâché cette année onze tortues marines signalées par "
        "le réseau d'échouage."
    )
    assert CONSERVATION in body_matches(themes_nlp, text)


def test_labour_market_barometers_and_staff_shortages(themes_nlp):
    barometer = (
        "Selon le baromètre de l'emploi publié par le groupement, six employeurs sur dix peinent à "
        "recruter ; 2 300 emplois à pourvoir d'ici deux ans dans le bassin d'emploi."
    )
    assert LABOUR_MARKET in body_matches(themes_nlp, barometer)
    shortage = (
        "Faute de personnel, la maison de retraite ferme une aile : postes vacants, départs non "
        "remplacés et manque d'infirmiers la nuit."
    )
    assert {LABOUR, LABOUR_MARKET} <= theme_ids(themes_nlp, shortage)


def test_a_commercial_court_is_no_shop(themes_nlp):
    text = "Le tribunal de commerce a ouvert une procédure de sauvegarde ; la chambre de commerce accompagne."
    assert CONSUMER_GOODS not in body_matches(themes_nlp, text)
    shops = "Les commerces du centre-ville ouvrent le dimanche en décembre."
    assert CONSUMER_GOODS in body_matches(themes_nlp, shops)


def test_a_packaging_film_is_no_motion_picture(themes_nlp):
    text = (
        "La jeune pousse fabrique un film d'emballage compostable. Ce film remplace les sachets "
        "plastiques ; le film sera produit sur une ligne pilote."
    )
    assert CINEMA not in body_matches(themes_nlp, text)
    assert CINEMA in body_matches(themes_nlp, "Le film sera projeté en avant-première au cinéma du port.")


def test_owners_association_is_no_trade_union(themes_nlp):
    text = (
        "Le syndicat des copropriétaires a saisi le tribunal ; le syndicat demande la réparation des "
        "malfaçons de la résidence."
    )
    assert UNIONS not in body_matches(themes_nlp, text)


def test_company_funds_are_no_government_policy(themes_nlp):
    text = (
        "La start-up annonce une levée de fonds de 4 millions d'euros auprès d'un fonds d'amorçage ; "
        "le reste du projet est financé sur ses fonds propres."
    )
    evidence = body_matches(themes_nlp, text).get(GOVERNMENT_POLICY, [])
    assert not any("fonds" in e.lower() for e in evidence)
