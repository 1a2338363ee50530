"""Session 19: regional branches named by an old region or compass words, airlines, rivers, foreign
places by their French name, business zones, and a person in an incise before a project. Invented
fragments of banks, insurers, airports, river syndicates and town halls."""

import pytest

from pipeline.extractors.entities.head_labels import head_label


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "name, label",
    [
        ("Crédit Agricole Sud Rhône-Alpes", "ORG"),
        ("MSA Grand Sud", "ORG"),
        ("Crédit Mutuel Nord Est", "ORG"),
        ("MSA Portes Bretonnes", "ORG"),
        ("Crédit Agricole", None),
        ("MSA Pays", None),
        ("Renault Kangoo", None),
    ],
)
def test_a_known_body_then_its_territory_is_a_branch(name, label):
    assert head_label(name) == label


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le prêt est accordé par le Crédit Agricole Centre Ouest et la Région.",
            "Crédit Agricole Centre Ouest",
        ),
        ("Les vols sont assurés par Air Corsica et Volotea dès avril.", "Air Corsica"),
        ("Les vols sont assurés par Air Corsica et Volotea dès avril.", "Volotea"),
    ],
)
def test_branches_and_airlines_are_bodies(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le seuil barre la Tardoire depuis un siècle, selon le syndicat.", "Tardoire"),
        ("Les pirogues circulent chaque jour sur le Maroni.", "Maroni"),
        ("Les étudiants partiront un semestre à Saragosse, en Espagne.", "Saragosse"),
        ("La délégation a rencontré des producteurs des Asturies en mars.", "Asturies"),
        ("Les travaux touchent la ZA des Grillons à partir de lundi.", "ZA des Grillons"),
        ("L'usine s'installe dans le parc d'activités du Moulin-Neuf.", "parc d'activités du Moulin-Neuf"),
        ("Le chantier ouvre dans la zone de la Garenne en juin.", "zone de la Garenne"),
    ],
)
def test_rivers_foreign_places_and_business_zones_are_places(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "LOC"


def test_a_person_in_an_incise_before_a_project_stays_a_person(nlp):
    text = "Pour le directeur de l'usine, Thomas Perrin, le projet « change la vie du quartier »."
    assert labels_of(nlp, text).get("Thomas Perrin") == "PER"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le train part de Lyon-Part-Dieu à 7 h 12 chaque samedi.", "Lyon-Part-Dieu"),
        ("Les vols vers Londres-Gatwick reprennent en avril.", "Londres-Gatwick"),
        ("Les équipes du Centre-Est ont été renforcées cet été.", "Centre-Est"),
    ],
)
def test_a_place_glued_to_capitalised_words_is_the_whole_compound(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "LOC"


def test_two_places_joined_by_a_hyphen_stay_two(nlp):
    labels = labels_of(nlp, "La ligne Vannes-Lorient rouvre lundi, annonce la Région.")
    assert "Vannes-Lorient" not in labels


def test_a_place_after_an_elided_article_keeps_its_own_name(nlp):
    assert labels_of(nlp, "Les vergers de l'Aisne ont gelé en avril.").get("Aisne") == "LOC"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La Délégation régionale UNPF Occitanie publie ses chiffres ce lundi.",
            "Délégation régionale UNPF Occitanie",
        ),
        (
            "L'Agence territoriale Auvergne-Rhône-Alpes Sud suit le chantier depuis mars.",
            "Agence territoriale Auvergne-Rhône-Alpes Sud",
        ),
    ],
)
def test_a_branch_keeps_its_networks_acronym_and_compass_word(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


def test_a_town_opening_a_numbered_item_is_a_place(nlp):
    text = "Les points de collecte :\n\n1. Lanvéoc – parking du port\n2. Crozon – salle des fêtes\n"
    labels = labels_of(nlp, text)
    assert labels.get("Lanvéoc") == "LOC" and labels.get("Crozon") == "LOC"
