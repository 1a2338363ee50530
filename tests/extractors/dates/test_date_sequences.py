"""Dates placed from the dates around them (pipeline.extractors.dates.sequences): a list runs
forward, two months told in a row cross the new year, a quote's 'ce soir' is the day the words were
spoken. Invented fragments."""

import datetime as dt

from pipeline.extractors.dates import find_dates


def values(text, reference=None):
    return [(d["text"], d["value"]) for d in find_dates(text, reference)]


def test_a_list_that_reached_the_next_year_keeps_it():
    tour = "Rencontres :\n- vendredi 30 janvier, 18 h : médiathèque\n- du 14 au 16 février : salon du livre\n"
    assert values(tour, dt.date(2025, 12, 10)) == [
        ("vendredi 30 janvier", "2026-01-30"),
        ("14 au 16 février", "2026-02-14/2026-02-16"),
    ]
    works = "Écluse 12 | portes | 16 novembre – 29 janvier\nBief | curage | 4 janvier – 26 février\n"
    assert values(works, dt.date(2026, 9, 15))[-1] == ("4 janvier – 26 février", "2027-01-04/2027-02-26")


def test_a_list_of_past_events_newest_first_stays_in_its_year():
    review = "Temps forts :\n- 12 mars : forum\n- 4 février : salon\n"
    assert values(review, dt.date(2025, 12, 10)) == [("12 mars", "2025-03-12"), ("4 février", "2025-02-04")]


def test_two_months_told_in_a_row_run_forward_across_the_new_year():
    review = "Malgré peu de neige en décembre et un redoux fin janvier, la station finit bien la saison."
    assert values(review, dt.date(2031, 4, 8)) == [("décembre", "2030-12"), ("fin janvier", "2031-01")]


def test_this_evening_in_a_quote_is_the_day_the_words_were_spoken():
    final = (
        "Douze lycéens se sont affrontés mardi soir sur la scène du théâtre.\n\n"
        '"Ce soir, ces jeunes nous ont rappelé l\'essentiel", a déclaré la rectrice.\n\n'
        "Le jury se réunira ce soir à 18 h."
    )
    assert values(final, dt.date(2026, 6, 3)) == [
        ("mardi", "2026-06-02"),
        ("Ce soir", "2026-06-02"),
        ("ce soir", "2026-06-03"),
    ]
