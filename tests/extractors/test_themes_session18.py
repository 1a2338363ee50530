"""Session 18: words in another sense (a grant's 'bourse', an engineering school's 'ingénieurs', an
agricultural school's 'agricole', 'une quarantaine de', 'en cas de pluie'); triggers written with a
preposition at one end were keyed on a single word ('en ligne' matched every bus line); a web page's
related links and furniture are not the body; subjects with too few words (accountancy, reading,
start-ups and business transfers, storms, light pollution). Every fragment is invented, in the shape
of a different kind of issuer; none is corpus, dev-set or web text."""

import spacy
from theme_fragments import body_matches, theme_ids

import pipeline.extractors.themes as themes

ECONOMY, MARKETS = "medtop:04000000", "medtop:20000385"
HUMAN_INTEREST, AWARD = "medtop:08000000", "medtop:20000498"
EDUCATION, SCHOOL, VOCATIONAL = "medtop:05000000", "medtop:20000400", "medtop:20001216"
TECHNOLOGY, IT = "medtop:20000756", "medtop:20000763"
AGRICULTURE, ACCOUNTANCY = "medtop:20000210", "medtop:20000272"
ARTS, LITERATURE, CULTURE = "medtop:01000000", "medtop:20000013", "medtop:20000038"
ENTERPRISE, PUBLIC_HEALTH, WEATHER = "medtop:20000349", "medtop:20001358", "medtop:17000000"
LAW, DISASTER, POLLUTION = "medtop:20000121", "medtop:20000148", "medtop:20000424"
POLITICS, SOCIETY = "medtop:11000000", "medtop:14000000"


def test_a_grant_is_an_award_and_the_stock_exchange_is_written_bourse(themes_nlp):
    grants = (
        "La fondation remet cette année six bourses de 3 000 euros à de jeunes musiciens. Les lauréats, "
        "choisis par un jury de professionnels, joueront au concert de clôture ; chaque boursier "
        "bénéficiera aussi d'une résidence d'une semaine."
    )
    found = body_matches(themes_nlp, grants)
    assert AWARD in found and MARKETS not in found
    assert {HUMAN_INTEREST, AWARD} <= theme_ids(themes_nlp, grants)
    listed = "La société entre en Bourse le 12 mars : ses actions seront cotées sur le marché réglementé."
    assert MARKETS in body_matches(themes_nlp, listed)


def test_student_grants_are_not_awards(themes_nlp):
    text = "Les bourses sur critères sociaux sont versées aux étudiants dès le mois de septembre."
    assert AWARD not in body_matches(themes_nlp, text)


def test_an_engineering_school_is_a_school_not_technology(themes_nlp):
    text = (
        "Les élèves ingénieurs de l'école pourront obtenir un double diplôme d'ingénieur avec une "
        "université partenaire : deux années de cursus à l'étranger, un stage et un mémoire commun."
    )
    found = body_matches(themes_nlp, text)
    assert TECHNOLOGY not in found and SCHOOL in found


def test_an_agricultural_school_is_vocational_education_not_agriculture(themes_nlp):
    text = (
        "Les personnels de l'enseignement agricole public appellent à la grève jeudi : trois classes de "
        "lycées agricoles doivent fermer à la rentrée, faute de postes d'enseignants."
    )
    found = body_matches(themes_nlp, text)
    assert AGRICULTURE not in found and VOCATIONAL in found


def test_accountancy_words(themes_nlp):
    text = (
        "Les commissaires aux comptes tiennent une permanence gratuite pour les trésoriers "
        "d'associations : comptes annuels, obligations comptables et certification des comptes."
    )
    found = body_matches(themes_nlp, text)
    assert len(found[ACCOUNTANCY]) >= 4


def test_reading_aloud_and_public_reading_are_culture(themes_nlp):
    text = (
        "La médiathèque lance un atelier de lecture à voix haute pour les familles, dans le cadre de la "
        "Nuit de la lecture : albums jeunesse et contes seront lus aux enfants."
    )
    found = body_matches(themes_nlp, text)
    assert LITERATURE in found and CULTURE in found


def test_start_ups_and_business_transfers_are_enterprises(themes_nlp):
    seed = (
        "La jeune entreprise lève 2 millions d'euros en amorçage auprès de business angels ; sa "
        "cofondatrice veut doubler l'équipe d'ici un an."
    )
    assert len(body_matches(themes_nlp, seed)[ENTERPRISE]) >= 3
    transfer = (
        "La chambre de métiers met en relation les cédants et les repreneurs d'entreprises artisanales."
    )
    assert len(body_matches(themes_nlp, transfer)[ENTERPRISE]) >= 2


def test_no_trigger_is_keyed_on_fewer_words_than_it_is_written_with():
    """Prepositions are dropped from keys: 'en ligne' was keyed 'ligne' and matched every bus line,
    'code du' matched postcodes. A trigger of several words must keep several words."""
    nlp = spacy.blank("fr")
    collapsed = [
        trigger
        for _, _, trigger, _ in themes._triggers()
        if not themes._is_name(trigger)
        and len([t for t in nlp.tokenizer(trigger) if t.text.strip()]) > 1
        and len(themes._keys([t.text for t in nlp.tokenizer(trigger)])) < 2
    ]
    assert collapsed == []


def test_a_bus_line_and_a_postcode_are_not_evidence(themes_nlp):
    text = "La ligne 4 du réseau de bus dessert le nouveau quartier ; le code postal reste le même."
    found = body_matches(themes_nlp, text)
    assert IT not in found and LAW not in found
    online = "Les démarches se font sur une plateforme en ligne ouverte à tous les usagers."
    assert IT in body_matches(themes_nlp, online)


def test_about_forty_is_no_quarantine_and_a_rain_fallback_is_no_weather(themes_nlp):
    text = (
        "Une quarantaine de bénévoles tiendront les stands de la fête du village ; en cas de pluie, "
        "le repas aura lieu sous la halle."
    )
    found = body_matches(themes_nlp, text)
    assert PUBLIC_HEALTH not in found and WEATHER not in found
    assert PUBLIC_HEALTH in body_matches(themes_nlp, "Les passagers du navire sont placés en quarantaine.")


def test_a_web_pages_related_links_and_furniture_are_not_the_body(themes_nlp):
    text = (
        "Le club de volley inaugure sa nouvelle salle samedi : les joueuses y disputeront leur premier "
        "match de championnat contre Tours. L'entraîneur a présenté l'équipe aux supporters.\n\n"
        "Contact presse : presse@example.fr\n\n"
        "À lire aussi\n"
        "› Vaccination contre la grippe : la campagne est ouverte à l'hôpital\n"
        "› Les résultats du baccalauréat dans les lycées de la ville\n\n"
        "Mentions légales | Accessibilité | Données personnelles | Plan du site\n"
    )
    found = body_matches(themes_nlp, text)
    assert not {"medtop:20000461", "medtop:20000400", "medtop:20000587"} & found.keys()
    assert "medtop:15000000" in {t["id"] for t in themes_nlp(text)._.themes}


def test_a_storm_and_its_damage_are_a_disaster(themes_nlp):
    text = (
        "La tempête a balayé le département dans la nuit : 12 000 foyers privés d'électricité, des "
        "chutes d'arbres sur les routes et des toitures arrachées. Les sapeurs-pompiers sont intervenus "
        "à 300 reprises ; deux personnes ont été blessées."
    )
    assert len(body_matches(themes_nlp, text)[DISASTER]) >= 4


def test_switching_off_public_lighting_is_light_pollution(themes_nlp):
    text = (
        "Vingt communes du parc pratiquent l'extinction de l'éclairage public de 23 heures à 5 heures : "
        "moins de nuisances lumineuses pour les chauves-souris et un ciel étoilé retrouvé."
    )
    assert len(body_matches(themes_nlp, text)[POLLUTION]) >= 3


def test_the_departement_as_a_territory_is_no_authority(themes_nlp):
    territory = "Les randonneurs viennent de tout le département pour la fête de la montagne."
    assert POLITICS not in body_matches(themes_nlp, territory)
    council = "Le Département finance la rénovation des collèges et vote son budget lundi."
    assert POLITICS in body_matches(themes_nlp, council)
