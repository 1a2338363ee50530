"""A venue named where something takes place is a place; named as an actor it is the body that runs
it. Invented fragments of a town hall, a neighbourhood association and a theatre company."""

import pytest

from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.venues import venues_at


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La réunion publique aura lieu jeudi à 18 h à la Maison des associations.",
            "Maison des associations",
        ),
        (
            "Rendez-vous samedi à la Maison de quartier des Glycines.",
            "Maison de quartier des Glycines",
        ),
        ("Le spectacle sera joué le 12 mars au Théâtre du Chai.", "Théâtre du Chai"),
    ],
)
def test_a_venue_after_a_place_preposition_is_a_place(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "LOC", labels_of(nlp, text)


def test_a_venue_named_as_an_actor_stays_a_body(nlp):
    text = "La Maison des femmes de Vierzon a accueilli 300 patientes en 2025."
    labels = labels_of(nlp, text)
    assert not any(label == "LOC" for name, label in labels.items() if name.startswith("Maison")), labels


def test_a_hospital_after_au_stays_a_body(nlp):
    text = "Le patient a été transféré au Centre hospitalier de Vierzon."
    assert labels_of(nlp, text).get("Centre hospitalier de Vierzon") == "ORG", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le projet est soutenu par le Parc naturel régional du Morvan et la Région.",
            "Parc naturel régional du Morvan",
        ),
        ("Le salon se tiendra au Parc des expositions de Penfeld.", "Parc des expositions de Penfeld"),
    ],
)
def test_parks_and_halls_run_by_a_body_are_that_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG", labels_of(nlp, text)


def test_a_park_without_a_body_stays_a_place(nlp):
    text = "Les familles se retrouveront au Parc de la Roseraie dimanche."
    assert labels_of(nlp, text).get("Parc de la Roseraie") == "LOC", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("La cérémonie se tiendra au Palais des Congrès de Vichy le 4 avril.", "Palais des Congrès de Vichy"),
        (
            "L'action est financée par la Conférence des financeurs de la prévention de la perte d'autonomie",
            "Conférence des financeurs de la prévention de la perte d'autonomie",
        ),
    ],
)
def test_congress_centres_and_standing_conferences_are_bodies(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("| Sam. 12 juillet | Chœur des Abers | Théâtre du Port |", "Théâtre du Port"),
        ("Ven. 10/07 – 20h – Salle Vauban : « Les Veilleuses », lecture", "Salle Vauban"),
        (
            "Les finalistes se sont affrontés sur la scène de l'Auditorium Saint-Rémi.",
            "Auditorium Saint-Rémi",
        ),
    ],
)
def test_a_venue_where_a_programme_says_where_is_a_place(text, name):
    start = text.index(name)
    (venue,) = venues_at(text, [Candidate(start, start + len(name), "ORG", "ner", "ner")])
    assert venue.label == "LOC"


def test_a_venue_opening_a_programme_line_with_no_cue_stays_a_body():
    text = "Théâtre du Port : la saison 2026 est en ligne."
    (venue,) = venues_at(text, [Candidate(0, 15, "ORG", "ner", "ner")])
    assert venue.label == "ORG"
