"""Two known places glued by a hyphen are one place's name (a station, an airport, a joint bar, a
tunnel), unless a route's noun right before makes them the route's two ends. Invented fragments."""

import pytest

from pipeline.extractors.entities.candidates import place_compound, route_before


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les trains de nuit partent désormais de Paris-Bercy chaque vendredi.", "Paris-Bercy"),
        ("Le record de chaleur a été battu à Nantes-Bouguenais mardi.", "Nantes-Bouguenais"),
        ("Le chantier du tunnel Lyon-Turin avance, selon la fédération.", "Lyon-Turin"),
        ("Trois vols quittent chaque jour l'aéroport de Brest-Guipavas.", "aéroport de Brest-Guipavas"),
    ],
)
def test_two_glued_places_are_one_name(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "LOC"


@pytest.mark.parametrize(
    "text, start, whole",
    [
        ("celles de Paris-Bercy et de Dijon", "Paris", "Paris-Bercy"),
        ("sur la liaison Rennes-Brest depuis lundi", "Rennes", "Rennes"),
        ("dans le sens Vannes-Lorient, un accident", "Vannes", "Vannes"),
        ("soit deux mille allers-retours Lille-Nice par an", "Lille", "Lille"),
        ("les artisans de Versailles-Yvelines publient", "Versailles", "Versailles"),
        ("la chambre de Morlaix-Finistère a voté", "Morlaix", "Morlaix"),
    ],
)
def test_a_route_noun_or_a_departement_keeps_the_two_parts_apart(text, start, whole):
    """A route's two ends; a seat, then its département (locs24's case, 'CCI Versailles-Yvelines')."""
    begin = text.index(start)
    found = place_compound(text, begin, begin + len(start))
    assert text[found[0] : found[1]] == whole


def test_a_route_noun_is_read_among_the_words_before_the_compound():
    text = "la liaison Rennes-Brest et la gare de Rennes-Nord, puis la ligne de bus Dinan-Rennes"
    assert route_before(text, text.index("Rennes-Brest"))
    assert not route_before(text, text.index("Rennes-Nord"))
    assert route_before(text, text.index("Dinan-Rennes"))


def test_a_known_body_named_by_two_towns_is_no_place(nlp):
    doc = nlp("Les bénévoles de la Croix-Rouge distribuent des repas à Brest.")
    assert ("Croix-Rouge", "LOC") not in {(e["name"], e["label"]) for e in doc._.entities}
