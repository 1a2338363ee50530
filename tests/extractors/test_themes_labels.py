"""Triggers derived from the IPTC French labels and definitions (session 13): every subject has the words
its own label gives, and a single label word counts only beside another sign of its subject. Fragments
are invented, each in the shape of a different kind of issuer; none is corpus, dev-set or web text."""

import importlib.util
import json
from pathlib import Path

import pytest
from theme_fragments import theme_ids

import pipeline.extractors.themes  # noqa: F401  (registers the factory)
from pipeline.extractors.themes import Match, supported

ROOT = Path(__file__).resolve().parents[2]


def test_label_triggers_are_what_the_script_builds():
    spec = importlib.util.spec_from_file_location(
        "build_label_triggers", ROOT / "scripts/build_label_triggers.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    stored = json.loads((ROOT / "pipeline/resources/mediatopic_labels.json").read_text(encoding="utf-8"))
    assert stored == script.build()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Région et l'opérateur annoncent la réouverture de la ligne entre Nevers et Clamecy. Le "
            "transport ferroviaire reprend le 2 mars avec huit allers-retours par jour.",
            {"medtop:04000000", "medtop:20000209"},
        ),
        (
            "La communauté de communes a inauguré samedi son parc de six éoliennes. L'énergie éolienne "
            "couvrira la consommation de 9 000 foyers ; les recettes financeront la voirie.",
            {"medtop:04000000", "medtop:20000209"},
        ),
        (
            "Le comité d'entente des anciens combattants invite la population à la cérémonie du 11 novembre "
            "au monument aux morts, en présence du maire et des porte-drapeaux.",
            {"medtop:11000000", "medtop:20000593"},
        ),
        (
            "L'inspection académique ouvre une classe supplémentaire à l'école primaire des Tilleuls. Les "
            "inscriptions se font en mairie jusqu'au 30 juin.",
            {"medtop:05000000", "medtop:20000400"},
        ),
        (
            "Des chauves-souris porteuses d'une maladie animale ont été trouvées dans le clocher de "
            "l'église. Le public ne doit pas les toucher ; le muséum recense les colonies de la commune.",
            {"medtop:06000000", "medtop:20000441"},
        ),
        (
            "Le laboratoire de cardiologie de l'université lance un appel aux volontaires. Cette recherche "
            "médicale, conduite par une équipe de chercheurs pendant trois ans, étudiera la prévention des "
            "rechutes après un infarctus ; ses résultats seront publiés en 2027.",
            {"medtop:13000000", "medtop:20000735"},
        ),
        (
            "La maison des aînés ouvre un accueil de jour : soins aux personnes âgées, ateliers mémoire et "
            "aide aux aidants, du lundi au vendredi.",
            {"medtop:14000000", "medtop:20000817"},
        ),
        (
            "Le club pongiste accueille les championnats régionaux de tennis de table : 180 joueurs sont "
            "attendus au gymnase Jean-Moulin samedi et dimanche.",
            {"medtop:15000000"},
        ),
    ],
)
def test_a_label_names_its_subject(themes_nlp, text, expected):
    assert expected <= theme_ids(themes_nlp, text)


def _match(topic: str, trigger: str, start: int) -> Match:
    return Match(topic, start, start + len(trigger), trigger, 1.0)


def test_a_support_word_alone_is_not_evidence():
    wine = ("medtop:20000274", "vin")  # a word from a label under the economy
    lone = [_match(*wine, 0)]
    assert supported(lone, {wine}) == []


def test_a_support_word_counts_beside_another_sign_of_its_subject():
    wine = ("medtop:20000274", "vin")
    found = [_match(*wine, 0), _match("medtop:20000209", "viticulteur", 20)]
    assert supported(found, {wine}) == found


def test_a_support_word_needs_its_own_subject_not_another():
    wine = ("medtop:20000274", "vin")
    found = [_match(*wine, 0), _match("medtop:07000000", "sante", 20)]
    assert supported(found, {wine}) == [found[1]]
