"""Communes under 1,000 inhabitants are places: a préfecture's drought order, a fire service's
report and a hiking club's programme name villages the GeoNames towns list leaves out. Commune
names that are common words, people's names or English words are left out of the list."""

import pytest

from pipeline import resources
from pipeline.extractors.gazetteer_places import town_names


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Un feu de broussailles s'est déclaré vendredi à Trégarvan, près de la RD 60.", "Trégarvan"),
        ("Les communes de Brennilis et de Loqueffret passent en alerte sécheresse.", "Brennilis"),
        ("Départ de la randonnée à 9 h depuis Saint-Sauveur-Camprieu.", "Saint-Sauveur-Camprieu"),
        ("La fête du village d'Aumessas aura lieu le 14 août.", "Aumessas"),
    ],
)
def test_a_small_commune_is_a_place(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "LOC", labels_of(nlp, text)


@pytest.mark.parametrize("name", ["This", "Chemin", "Bouquet", "Marie", "Raymond", "Aube"])
def test_communes_named_by_a_common_word_or_a_person_are_not_listed(name):
    communes = set(resources.load("communes_fr.json")["places"])
    assert name not in communes


def test_the_communes_join_the_towns_matcher():
    assert {"Trégarvan", "Brennilis"} <= town_names()


def test_an_english_sentence_names_no_commune(nlp):
    labels = labels_of(nlp, "Communiqué de presse\n\nThis press release is available in English.")
    assert "This" not in labels, labels


def test_the_communes_file_records_its_source():
    assert "Licence Ouverte" in resources.load("communes_fr.json")["_source"]


@pytest.mark.parametrize(
    "text, word, town",
    [
        ("Les pistes des Gets rouvrent samedi.", "Gets", "Les Gets"),
        ("La foire du Bugue attire les promeneurs.", "Bugue", "Le Bugue"),
        ("Commune     Cheptels\nLe Sap-André     9", "Sap-André", "Le Sap-André"),
    ],
)
def test_a_commune_cut_from_its_article_is_named_with_it(text, word, town):
    from pipeline.extractors.entities.clustering import article_town
    from pipeline.extractors.entities.spans import Candidate

    start = text.index(word)
    mention = Candidate(start, start + len(word), "LOC", "model", "entity.model")
    assert article_town(text, [mention], word) == town


def test_a_place_of_its_own_keeps_its_name():
    from pipeline.extractors.entities.clustering import article_town
    from pipeline.extractors.entities.spans import Candidate

    text = "Les forêts des Landes brûlent."
    assert article_town(text, [Candidate(15, 21, "LOC", "model", "entity.model")], "Landes") is None
