"""Themes the releases of new kinds of issuers were missing (session 11): rescues, natural disasters,
outbreaks, research chairs, drug trafficking, industrial risk, races, and the policy an authority sets.
Each rule is tested on invented fragments of several issuers; none is corpus or web text."""

import pytest

import pipeline.extractors.themes  # noqa: F401  (registers the factory)
from pipeline.extractors.themes import Match, _rules, weigh

GOVERNMENT, POLICY = "medtop:20000593", "medtop:20000621"


def _topics(nlp, text: str) -> tuple[set[str], set[str], dict[str, list[str]]]:
    themes = nlp(text)._.themes
    evidence = {t["id"]: [e["text"] for e in t["evidence"]] for t in themes}
    return (
        {t["id"] for t in themes if t["level"] == 1},
        {t["id"] for t in themes if t["level"] == 2},
        evidence,
    )


def _matched(nlp, text: str) -> dict[str, set[str]]:
    """Every trigger match of the text, by topic, before scoring."""
    found: dict[str, set[str]] = {}
    for match in nlp.get_pipe("communique_themes").matches(nlp.make_doc(text), text):
        found.setdefault(match.topic, set()).add(text[match.start : match.end])
    return found


def test_a_hyphen_glued_between_two_words_joins_a_compound(themes_nlp):
    """The tokenizer splits 'sapeurs-pompiers' in three; the compound is still one trigger, while a
    spaced hyphen or a list dash breaks the phrase."""
    text = (
        "Les sapeurs-pompiers sont intervenus toute la nuit. Une toxi-infection alimentaire collective a "
        "touché la cantine ; deux aides-soignantes ont été appelées."
    )
    found = _matched(themes_nlp, text)
    assert "sapeurs-pompiers" in found["medtop:20000168"]
    assert "toxi-infection alimentaire collective" in found["medtop:20001358"]
    assert "aides-soignantes" in found["medtop:07000000"]
    for spaced in ("Les sapeurs - pompiers arrivent.", "Les sapeurs\n- pompiers arrivent."):
        assert all("-" not in span for spans in _matched(themes_nlp, spaced).values() for span in spans)


def test_repetition_counts_up_to_the_cap():
    """A subject word said five times is more of the release than one said twice (cap in theme_rules)."""

    def repeated(times: int) -> float:
        return weigh(
            [Match("t", i * 10, i * 10 + 5, "secheresse", 3.0) for i in range(times)], None, _rules()
        )

    cap = _rules()["repeat_cap"]
    assert repeated(1) < repeated(3) < repeated(cap + 1) == repeated(cap + 4)


@pytest.mark.parametrize(
    "text",
    [
        "Réunie en commission permanente, la Région a voté la création de onze lignes de cars express. "
        "Le programme, d'un montant de 12 millions d'euros, est cofinancé par l'État et les métropoles. "
        "Les communes desservies ont adopté une délibération commune.",
        "Le conseil départemental a adopté à l'unanimité, en séance plénière, un plan de 95 millions "
        "d'euros pour les pistes cyclables. Une aide de 500 euros sera versée aux collégiens ; le "
        "dispositif est financé par le département et le fonds vert de l'État.",
        "Par arrêté préfectoral, le préfet ordonne la fermeture administrative de la cuisine centrale. "
        "La mesure restera en vigueur jusqu'à une nouvelle inspection ; la commune et la préfecture "
        "informeront les familles.",
    ],
)
def test_an_authority_setting_measures_is_government_policy_not_government(themes_nlp, text):
    """Préfet, Région, commune, État say an authority acts (politics); what it does (a vote, a plan, an
    order) says which branch: the policy, not the administration itself."""
    level1, level2, _ = _topics(themes_nlp, text)
    assert "medtop:11000000" in level1
    assert POLICY in level2 and GOVERNMENT not in level2


@pytest.mark.parametrize(
    "text",
    [
        "Cinq kitesurfeurs en détresse ont été secourus au large par la vedette de la SNSM, engagée par "
        "le CROSS. L'opération de sauvetage a duré une heure ; les pompiers ont pris en charge les "
        "pratiquants au port.",
        "Deux randonneurs ont été secourus par hélitreuillage ; les secouristes du peloton de montagne "
        "ont porté secours à une troisième personne. Les sapeurs-pompiers ont évacué le refuge.",
        "Après la crue, 120 habitants ont été évacués et mis à l'abri par les sapeurs-pompiers ; les "
        "opérations de sauvetage se poursuivent avec la sécurité civile.",
    ],
)
def test_rescues_are_emergency_response(themes_nlp, text):
    """Coastguard, mountain and flood rescues: people rescued, evacuated, sheltered."""
    level1, level2, _ = _topics(themes_nlp, text)
    assert "medtop:03000000" in level1 and "medtop:20000168" in level2


@pytest.mark.parametrize(
    "text",
    [
        "Orages de grêle : la mutuelle d'assurance ouvre sa cellule de crise. Les intempéries de samedi "
        "ont causé des dégâts à 4 800 habitations ; les sinistrés peuvent déclarer leur sinistre en ligne.",
        "Feu de forêt : 740 hectares parcourus. L'incendie n'est pas fixé ; les sapeurs-pompiers "
        "luttent contre les flammes et les départs de feu se multiplient dans le massif.",
        "Sécheresse : le déficit hydrique atteint 40 % ; la pénurie d'eau menace les vergers. "
        "La sécheresse est la troisième en trois ans et le stress hydrique des arbres s'aggrave.",
    ],
)
def test_hail_fire_and_drought_are_disasters(themes_nlp, text):
    """Natural hazards named by their damage (hail, burnt hectares, water deficit) are disasters."""
    level1, level2, _ = _topics(themes_nlp, text)
    assert "medtop:03000000" in level1 and "medtop:20000148" in level2


@pytest.mark.parametrize(
    "text",
    [
        "Rougeole : l'agence régionale de santé signale des cas groupés dans deux écoles. Elle invite "
        "les familles à vérifier le statut vaccinal des enfants ; un rattrapage vaccinal est proposé "
        "gratuitement. La rougeole est une maladie très contagieuse.",
        "Épidémie de grippe : les cas se multiplient. L'ARS rappelle les mesures barrières et appelle "
        "les personnes fragiles à se faire vacciner ; la vaccination reste le meilleur moyen d'éviter "
        "les formes graves de la maladie.",
    ],
)
def test_outbreaks_and_vaccination_campaigns_are_public_health(themes_nlp, text):
    """An agency tracking an outbreak and urging vaccination: disease and public health."""
    _, level2, _ = _topics(themes_nlp, text)
    assert {"medtop:20000446", "medtop:20001358"} <= level2


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "L'école d'ingénieurs lance une chaire industrielle sur la propulsion à hydrogène. La chaire "
            "financera quatre thèses de doctorat et deux post-doctorats ; trois axes de recherche sont "
            "prévus avec le laboratoire de mécanique.",
            "medtop:20000735",
        ),
        (
            "L'université crée une unité de recherche sur le littoral : vingt enseignants-chercheurs et "
            "dix doctorants y mèneront des projets de recherche avec les chercheurs du CNRS.",
            "medtop:20000735",
        ),
        (
            "La police a démantelé trois points de deal : 4 kg de cannabis et 600 g de cocaïne saisis, "
            "six trafiquants interpellés. Le trafic de drogue empoisonnait le quartier.",
            "medtop:20000082",
        ),
        (
            "Le préfet ouvre l'enquête publique sur le plan de prévention des risques technologiques du "
            "site Seveso de la zone portuaire : le risque industriel (explosion, fuite de gaz) concerne "
            "1 200 logements.",
            "medtop:20000139",
        ),
        (
            "Trail des Crêtes : 900 coureurs au départ. Les dossards seront retirés samedi ; le "
            "classement général sera publié dimanche soir sur la ligne d'arrivée.",
            "medtop:20001108",
        ),
    ],
)
def test_research_crime_industrial_risk_and_races(themes_nlp, text, topic):
    """Research chairs and doctoral posts, drug dealing, Seveso sites, a race's bibs and rankings."""
    _, level2, _ = _topics(themes_nlp, text)
    assert topic in level2


@pytest.mark.parametrize(
    "text",
    [
        "Les cours de récréation de quatorze collèges seront débitumées et végétalisées d'ici 2028 pour "
        "créer des îlots de fraîcheur ; le climat des villes denses rend ces travaux urgents.",
        "La place du marché a été désimperméabilisée : 2 000 m² de bitume retirés, des arbres plantés et "
        "des noues végétalisées pour lutter contre le réchauffement climatique.",
        "Le parking de l'hôpital sera débitumé et végétalisé cet été ; les îlots de fraîcheur ainsi créés "
        "réduiront les îlots de chaleur et les émissions de CO2 liées à la climatisation.",
    ],
)
def test_heat_island_works_in_participles_are_climate_change(themes_nlp, text):
    """'Végétalisées', 'débitumé', 'désimperméabilisée' are the forms releases print, not the verb."""
    level1, level2, _ = _topics(themes_nlp, text)
    assert "medtop:06000000" in level1 and "medtop:20000418" in level2
