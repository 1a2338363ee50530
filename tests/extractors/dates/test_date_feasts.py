"""Movable feasts (pipeline.extractors.dates.feasts): reckoned from Easter, with or without their
year. Invented fragments in the shapes of a heritage association and a twinning committee."""

import datetime as dt

from dateutil.easter import easter

from pipeline.extractors.dates import find_dates


def values(text, reference):
    return [(d["text"], d["value"]) for d in find_dates(text, reference)]


def test_easter_sunday_of_known_years():
    assert [easter(y).isoformat() for y in (2000, 2019, 2024, 2025, 2026, 2027)] == [
        "2000-04-23",
        "2019-04-21",
        "2024-03-31",
        "2025-04-20",
        "2026-04-05",
        "2027-03-28",
    ]


def test_a_feast_with_its_year_places_the_same_feast_named_alone_later():
    text = (
        "Le carillon sonnera de nouveau à Pâques 2031. "
        "« Nous l'entendrons pour la messe de Pâques », dit le curé."
    )
    assert values(text, dt.date(2030, 9, 1)) == [("Pâques 2031", "2031-04-13"), ("Pâques", "2031-04-13")]


def test_a_feast_alone_is_the_next_one_and_a_course_named_after_it_is_no_day():
    text = "Une délégation est attendue pour l'Ascension. Le stage de Pâques affiche complet."
    assert values(text, dt.date(2026, 5, 6)) == [("Ascension", "2026-05-14")]
