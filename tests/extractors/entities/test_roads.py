"""Roads are places, however the release writes their number ('la RN20', 'l'A10', 'l'autoroute A8',
'la route départementale 941', 'la RDN 7'), but a paper size is none; a place's name does not stop
inside a hyphenated compound ('gare de Dijon-Ville'). Invented fragments of gendarmerie, SDIS,
prefecture and school-competition releases."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, road",
    [
        ("Un poids lourd s'est renversé sur la RN20 à hauteur d'Artenay.", "RN20"),
        ("La circulation est coupée sur l'A10 entre deux échangeurs.", "A10"),
        ("L'autoroute A8 reste fermée dans les deux sens.", "A8"),
        (
            "Le motard circulait sur la route départementale 941 en direction de Bellac.",
            "route départementale 941",
        ),
        ("Une déviation est mise en place par la RDN 7 jusqu'à demain.", "RDN 7"),
        ("Les secours sont intervenus sur la RD948 vers 14 heures.", "RD948"),
    ],
)
def test_a_road_is_a_place(nlp, text, road):
    assert labels_of(nlp, text).get(road) == "LOC"


def test_a_paper_size_is_no_road(nlp):
    assert "A4" not in labels_of(nlp, "Les affiches sont envoyées au format A4 avant le 12 mars.")


@pytest.mark.parametrize(
    "text, place",
    [
        ("Dépistage gratuit à la gare de Dijon-Ville mercredi matin.", "gare de Dijon-Ville"),
        ("Le train est arrivé en gare de Lyon-Part-Dieu avec une heure de retard.", "gare de Lyon-Part-Dieu"),
    ],
)
def test_a_place_does_not_stop_inside_a_compound(nlp, text, place):
    assert labels_of(nlp, text).get(place) == "LOC"


def test_two_places_joined_by_a_hyphen_after_a_route_noun_stay_two(nlp):
    labels = labels_of(nlp, "Les travaux sur la liaison Lyon-Val-de-Reuil durent deux mois.")
    assert "Val-de-Reuil" in labels and "Lyon-Val-de-Reuil" not in labels
