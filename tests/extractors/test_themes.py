"""Themes as IPTC Media Topics on a blank pipeline: the matching needs only the tokenizer and the rules."""

import pytest

import pipeline.extractors.themes  # noqa: F401  (registers the factory)
from pipeline.extractors.mediatopics import at_level, choose, legacy_layer, tree
from pipeline.extractors.themes import token_key

AI = "medtop:20001298"
SCIENCE = "medtop:13000000"
ARTS = "medtop:01000000"
EDUCATION = "medtop:05000000"
ENVIRONMENT = "medtop:06000000"


def themes(nlp, text: str) -> dict[str, dict]:
    return {t["id"]: t for t in nlp(text)._.themes}


def test_keys_fold_case_accents_plurals():
    assert token_key("Données") == token_key("donnée") == "donnee"
    assert token_key("des") == ""
    assert token_key(",") is None
    assert token_key("\n\n") is None and token_key("\n") == ""


@pytest.mark.parametrize(
    ("word", "plain"),
    [("lycéen·ne·s", "lycéens"), ("étudiant.e.s", "étudiants"), ("chercheur·euse·s", "chercheurs")],
)
def test_inclusive_writing_keys_like_the_masculine_plural(word, plain):
    assert token_key(word) == token_key(plain)
    assert token_key("afup.org") == "afup.org"  # a domain name is left alone


def test_tree_has_levels_labels_and_no_retired_topic():
    topics = tree()
    assert len([t for t in topics.values() if t.level == 1]) == 17
    assert topics[AI].ancestors == (SCIENCE, "medtop:20000756", "medtop:20000763")
    assert topics[SCIENCE].label == "Science et technologie"
    assert "medtop:20000030" not in topics  # 'music theatre', retired in 2021
    assert at_level(AI, 2) == "medtop:20000756" and at_level(SCIENCE, 2) is None


def test_a_specific_topic_comes_with_its_ancestors(themes_nlp):
    text = (
        "Le ministère lance un appel à projets sur l'intelligence artificielle dans les services publics. "
        "Les projets d'IA retenus utiliseront l'apprentissage automatique et des modèles de langage."
    )
    found = themes(themes_nlp, text)
    assert AI in found
    record = found[AI]
    assert record["level"] == 4 and record["parents"] == list(tree()[AI].ancestors)
    assert all(parent in found for parent in record["parents"])
    assert {"intelligence artificielle", "IA"} <= {e["text"] for e in record["evidence"]}
    for theme in found.values():
        for span in theme["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"]


def test_idiom_is_not_evidence(themes_nlp):
    text = "Le programme sera mis en œuvre en 2025. La mise en œuvre du plan et sa mise en œuvre locale."
    assert ARTS not in themes(themes_nlp, text)


def test_trigger_inside_a_proper_name_is_not_evidence(themes_nlp):
    text = (
        "Le ministère de la Transition écologique et le ministère de la Transition écologique "
        "ont signé une convention sur les achats de papier."
    )
    assert ENVIRONMENT not in themes(themes_nlp, text)


def test_about_zone_describes_the_issuer_not_the_release(themes_nlp):
    body = (
        "La commune ouvre une nouvelle piscine municipale cet été. Le bassin accueillera "
        "les clubs sportifs, les athlètes et le public tous les jours, avec des horaires élargis.\n\n"
    )
    about = (
        "À propos de l'Agence\nL'Agence soutient les écoles, les lycées, les élèves et les enseignants "
        "de l'enseignement supérieur.\n"
    )
    assert EDUCATION not in themes(themes_nlp, body + about)
    assert EDUCATION in themes(themes_nlp, about.split("\n", 1)[1] + body)


def test_contacts_are_not_the_body(themes_nlp):
    text = "Le musée ouvre une exposition de peinture et de sculpture, avec un vernissage le 3 mai."
    doc = themes_nlp.make_doc(text)
    doc._.contacts = [{"start": 0, "end": len(text)}]
    assert themes_nlp.get_pipe("communique_themes")(doc)._.themes == []


def test_one_word_in_a_long_release_does_not_file_it():
    strong = {"medtop:20000756": 30.0, SCIENCE: 30.0, "medtop:20000400": 7.5, EDUCATION: 7.5}
    kept = choose(strong, {"level1": {"min_weight": 12, "min_share": 0.4}, **_levels()})
    assert SCIENCE in kept and EDUCATION not in kept


def test_every_release_with_evidence_gets_a_level1_topic():
    weak = {"medtop:20000400": 2.0, EDUCATION: 2.0}
    assert choose(weak, {"level1": {"min_weight": 12, "min_share": 0.4}, **_levels()}) == [
        EDUCATION,
        "medtop:20000400",
    ]


def test_a_kept_level1_topic_is_filed_in_its_best_branch():
    spread = {SCIENCE: 30.0, "medtop:20000756": 6.0, "medtop:20000735": 5.0, "medtop:20000715": 4.0}
    kept = choose(spread, {"level1": {"min_weight": 12, "min_share": 0.4}, **_levels()})
    assert kept == [SCIENCE, "medtop:20000756"]


def test_at_most_two_level1_subjects_are_kept():
    """A reader files a release under one or two subjects; a third strong one is the release's
    context (a health agency's bulletin mentions schools and the government), not its subject."""
    total = {SCIENCE: 30.0, EDUCATION: 20.0, ARTS: 18.0, "medtop:20000756": 30.0}
    rules = {"level1": {"min_weight": 12, "min_share": 0.3, "max_topics": 2}, **_levels()}
    assert [q for q in choose(total, rules) if tree()[q].level == 1] == [SCIENCE, EDUCATION]


def test_two_near_equal_weak_subjects_are_both_kept():
    """No subject has the weight on its own: two near-equal ones are both filed, a distant second not."""
    rules = {"level1": {"min_weight": 12, "min_share": 0.3, "tie_min_weight": 8, "tie_share": 0.8}}
    tied = {SCIENCE: 10.0, "medtop:20000756": 10.0, EDUCATION: 9.0, "medtop:20000400": 9.0}
    assert [q for q in choose(tied, {**rules, **_levels()}) if tree()[q].level == 1] == [SCIENCE, EDUCATION]
    distant = {**tied, EDUCATION: 6.0, "medtop:20000400": 6.0}
    assert choose(distant, {**rules, **_levels()}) == [SCIENCE, "medtop:20000756"]
    small = {SCIENCE: 7.0, "medtop:20000756": 7.0, EDUCATION: 7.0, "medtop:20000400": 7.0}
    assert [q for q in choose(small, {**rules, **_levels()}) if tree()[q].level == 1] == [SCIENCE]


def _levels() -> dict:
    rule = {"min_weight": 9, "min_share": 0.4}
    return {"level2": rule, "deeper": rule}


def test_former_themes_map_onto_known_media_topics():
    assert legacy_layer()["artificial_intelligence"] == AI
    assert set(legacy_layer().values()) <= set(tree())


@pytest.mark.parametrize(
    ("text", "topic", "counted"),
    [
        (
            "Les inscriptions au Trail des Crêtes ouvrent lundi, sur un parcours de 42 km.",
            "medtop:20000822",
            True,
        ),
        ("Le Marathon de Rouen revient cet automne, avec un départ sur les quais.", "medtop:20000822", True),
        ("Le ministère de la Culture publie son rapport annuel d'activité.", "medtop:20000038", False),
    ],
)
def test_a_name_headed_by_a_trigger_counts_a_name_ending_on_one_does_not(themes_nlp, text, topic, counted):
    """'Trail des Crêtes' is a trail; 'ministère de la Culture' names a ministry, not a cultural subject."""
    found = {m.topic for m in themes_nlp.get_pipe("communique_themes").matches(themes_nlp(text), text)}
    assert (topic in found) is counted
