"""A run of capitalised words no head-word labels, after 'à' or 'au', names a place; a commune's compound
('-sur-', '-d'', '-en-') is a place wherever it stands. Invented fragments."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les récoltes progressent aussi à Tahiti et au Grand Kervoz. La hausse tient au climat.",
            "Grand Kervoz",
        ),
        ("Les plaisanciers devaient se rendre à Roc Tavarel ou attendre un camion.", "Roc Tavarel"),
        ("Les randonneurs passeront au Pas de Corbière avant midi.", "Pas de Corbière"),
    ],
)
def test_a_run_after_a_is_a_place(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "LOC"


def test_a_programme_after_a_head_stays_a_thing(nlp):
    labels = labels_of(nlp, "Les élèves participent au concours Graines de Reporters cette année.")
    assert labels["concours Graines de Reporters"] == "MISC"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Une centaine d'élus étaient réunis au Carré Bleu, la scène de la ville.", "Carré Bleu"),
        ("Les films seront projetés au Grand Théâtre pendant six jours.", "Grand Théâtre"),
        ("La cérémonie se tiendra à 11 heures à l'Arc de Triomphe.", "Arc de Triomphe"),
    ],
)
def test_capitalised_common_words_after_a_are_a_place(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "LOC", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les pilotes se retrouveront au Grand Prix Moto en juin.", "Grand Prix Moto"),
        ("La plateforme Démarches Simplifiées recueille les dossiers.", "Démarches Simplifiées"),
    ],
)
def test_an_event_or_a_service_in_common_words_stays_a_thing(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)
