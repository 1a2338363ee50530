"""Themes on invented releases of the issuers the corpus lacks (health agencies, préfectures, ministries,
companies, unions, federations, associations, festivals, clubs, schools): tests/data/theme_releases.json
gives each release the level-1 and level-2 Media Topics a reader filing it would file it under, written
before the rules were run. The release texts are ours, not corpus or web text."""

import json
from pathlib import Path

import pytest

import pipeline.extractors.themes  # noqa: F401  (registers the factory)
from pipeline.extractors.themes import token_key

RELEASES = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "theme_releases.json").read_text(encoding="utf-8")
)["releases"]
HEALTH, SPORT = "medtop:07000000", "medtop:15000000"


def _levels(nlp, text: str) -> tuple[dict[str, float], set[str]]:
    themes = nlp(text)._.themes
    for theme in themes:
        assert all(text[e["start"] : e["end"]] == e["text"] for e in theme["evidence"])
    return {t["id"]: t["score"] for t in themes if t["level"] == 1}, {
        t["id"] for t in themes if t["level"] == 2
    }


@pytest.mark.parametrize("release", RELEASES, ids=[r["name"] for r in RELEASES])
def test_the_main_subject_is_filed(themes_nlp, release):
    """The strongest level-1 topic is one the reader would file the release under."""
    level1, _ = _levels(themes_nlp, release["text"])
    assert level1, "every release gets a level-1 topic"
    assert max(level1, key=level1.get) in release["level1"]


def _f1(found: int, expected: int, right: int) -> float:
    return 2 * right / (found + expected) if found + expected else 1.0


def test_topics_match_the_readers_filing(themes_nlp):
    """Over all releases, the level-1 and level-2 sets agree with the expected filing (micro F1)."""
    counts = {1: [0, 0, 0], 2: [0, 0, 0]}
    for release in RELEASES:
        level1, level2 = _levels(themes_nlp, release["text"])
        for level, found in ((1, set(level1)), (2, level2)):
            expected = set(release[f"level{level}"])
            counts[level][0] += len(found)
            counts[level][1] += len(expected)
            counts[level][2] += len(found & expected)
    assert _f1(*counts[1]) >= 0.90
    assert _f1(*counts[2]) >= 0.70


def test_about_zone_does_not_decide_the_subject(themes_nlp):
    """A sports club's release whose closing paragraph presents its health partner stays a sport release."""
    text = (
        "Le club de handball de Cholet accède à la première division après sa victoire en finale du "
        "championnat. Les joueuses et leur entraîneur ont été accueillies par 2 000 supporters.\n\n"
        "À propos de notre partenaire\nLa mutuelle Santé Plus accompagne les patients, les hôpitaux, les "
        "médecins et les infirmiers ; elle finance la prévention et le dépistage des maladies.\n"
    )
    level1, _ = _levels(themes_nlp, text)
    assert SPORT in level1 and HEALTH not in level1


def test_new_subject_words_file_short_releases(themes_nlp):
    """Words of the domains the corpus lacks: road safety, animal disease, job fairs, weather warnings."""
    cases = {
        "La sécurité routière alerte : l'accidentalité progresse, la vitesse excessive et l'alcoolémie "
        "sont en cause dans la moitié des accidents mortels.": "medtop:20000139",
        "Les éleveurs de bovins et d'ovins touchés par la fièvre catarrhale seront indemnisés ; la "
        "vaccination du bétail reste gratuite.": "medtop:20000209",
        "Le forum de l'emploi réunit 80 employeurs : CDI, emplois saisonniers et entretiens d'embauche "
        "pour les demandeurs d'emploi.": "medtop:09000000",
        "Le département est placé en vigilance orange orages : orages violents, grêle et rafales sont "
        "attendus en soirée.": "medtop:17000000",
    }
    for text, topic in cases.items():
        level1, level2 = _levels(themes_nlp, text)
        assert topic in set(level1) | level2, text


@pytest.mark.parametrize(
    "heading",
    [
        "À propos de la mutuelle",
        "À propos du groupe Santé Plus",
        "A propos",
        "**À propos**",
        "Qui sommes-nous ?",
    ],
)
def test_closing_headings_of_many_shapes_end_the_body(themes_nlp, heading):
    """'À propos', 'À propos du …', 'Qui sommes-nous ?' close the release: the issuer's words there
    (a health insurer's) do not file a sports release under health."""
    text = (
        "Le club de handball de Cholet accède à la première division après sa victoire en finale du "
        "championnat. Les joueuses et leur entraîneur ont été accueillies par 2 000 supporters au stade.\n\n"
        f"{heading}\nLa mutuelle accompagne les patients, les hôpitaux, les médecins et les infirmiers ; "
        "elle finance la prévention et le dépistage des maladies.\n\nContact presse : presse@example.fr\n"
    )
    level1, _ = _levels(themes_nlp, text)
    assert SPORT in level1 and HEALTH not in level1


def test_words_told_apart_by_their_accent_are_not_folded_together(themes_nlp):
    """'élevé' (high) is not 'élève' (pupil), 'marche' (a walk) is not 'marché' (a market)."""
    assert token_key("Élèves") == token_key("élève") != token_key("élevés") == token_key("élevé")
    assert token_key("prix") != token_key("pris") and token_key("marchés") == token_key("marché")
    text = (
        "Le risque allergique est élevé cette semaine et les taux de pollens restent élevés : les "
        "personnes asthmatiques doivent suivre leur traitement. Une marche est organisée dimanche."
    )
    level1, _ = _levels(themes_nlp, text)
    assert "medtop:05000000" not in level1 and "medtop:04000000" not in level1
    school = "Les élèves du collège et leurs professeurs visitent le lycée ; chaque élève reçoit un livret."
    assert "medtop:05000000" in _levels(themes_nlp, school)[0]


POLICY, ENVIRONMENT = "medtop:20000621", "medtop:06000000"


@pytest.mark.parametrize(
    "text",
    [
        "Par arrêté préfectoral du 4 juillet, le préfet prend des mesures de restriction : l'arrosage des "
        "pelouses est interdit et les dérogations seront examinées au cas par cas.",
        "Le conseil régional adopte un dispositif de soutien aux petites communes : les travaux de "
        "rénovation des écoles seront subventionnés à 40 %, dans le cadre du programme national.",
        "Le décret publié ce jour renforce la réglementation des locations saisonnières ; une enquête "
        "publique s'ouvrira lundi sur le plan de prévention des risques d'inondation.",
    ],
)
def test_public_measures_are_filed_under_government_policy(themes_nlp, text):
    """A rule, a restriction, a plan or a subsidy an authority sets out is government policy."""
    _, level2 = _levels(themes_nlp, text)
    assert POLICY in level2


@pytest.mark.parametrize(
    "text",
    [
        "La ville végétalise ses places pour lutter contre les îlots de chaleur : désimperméabilisation "
        "des sols et plantation d'arbres dans trois quartiers.",
        "Le syndicat des eaux appelle à la sobriété : économies d'énergie et restrictions d'eau sont "
        "demandées aux habitants jusqu'à la fin de l'été.",
        "La zone à faibles émissions entre en vigueur le 1er janvier : les véhicules polluants ne pourront "
        "plus circuler dans le centre.",
    ],
)
def test_environmental_measures_file_the_environment(themes_nlp, text):
    """Heat islands, sobriety, water restrictions, low-emission zones: the environment is a subject."""
    level1, _ = _levels(themes_nlp, text)
    assert ENVIRONMENT in level1


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "La sous-préfète a présidé la cérémonie de naturalisation de 28 personnes ; chacune a reçu son "
            "décret de naturalisation et la charte des droits et devoirs du citoyen.",
            "medtop:20000771",
        ),
        (
            "Le guichet des titres de séjour de la préfecture ouvre le samedi matin pour les étudiants "
            "étrangers et les réfugiés.",
            "medtop:20000771",
        ),
        (
            "Après dix-huit mois de travaux, le centre aquatique rouvre avec un bassin nordique ; la salle "
            "omnisports voisine accueillera les clubs dès septembre.",
            "medtop:20001126",
        ),
    ],
)
def test_prefecture_and_town_subjects(themes_nlp, text, topic):
    """Naturalisation and residence permits are immigration; a pool or a sports hall is a sport venue."""
    _, level2 = _levels(themes_nlp, text)
    assert topic in level2


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Alerte cyclonique : la préfecture passe l'île en alerte orange ce soir ; l'alerte rouge "
            "pourrait suivre demain matin.",
            "medtop:20001131",
        ),
        (
            "Trois cas de listériose ont été signalés ; une toxi-infection alimentaire collective est "
            "suspectée après un repas de mariage.",
            "medtop:20000446",
        ),
        (
            "La chambre de métiers remet ses trophées : douze apprentis et leurs maîtres d'apprentissage, "
            "formés en alternance au CFA, sont récompensés.",
            "medtop:20001216",
        ),
    ],
)
def test_warnings_diseases_and_apprenticeships(themes_nlp, text, topic):
    """Alert colours are weather warnings, named diseases are diseases, apprentices vocational education."""
    _, level2 = _levels(themes_nlp, text)
    assert topic in level2
