"""Weekdays named alone inside the period a release announces (pipeline.extractors.dates.events):
invented fragments in the shapes of a trade fair, a sports event and a festival."""

import datetime as dt

from pipeline.extractors.dates import find_dates


def values(text, reference):
    return [(d["text"], d["value"]) for d in find_dates(text, reference)]


def test_a_fair_s_weekdays_are_its_days():
    fair = (
        "Le salon Habitat Bois réunit 90 exposants du 7 au 9 mars. Conférences (samedi, 15h) ; "
        "lauréats annoncés le dimanche à 17h."
    )
    assert values(fair, dt.date(2031, 2, 4))[1:] == [("samedi", "2031-03-08"), ("dimanche", "2031-03-09")]


def test_days_listed_with_their_weekdays_are_one_period():
    fair = "Dates : vendredi 7, samedi 8 et dimanche 9 mars 2031"
    assert values(fair, dt.date(2031, 2, 4)) == [
        ("vendredi 7, samedi 8 et dimanche 9 mars 2031", "2031-03-07/2031-03-09")
    ]


def test_habits_past_weekdays_and_far_events_stay_out():
    market = "Le salon a lieu du 6 au 8 mars. Le marché se tient chaque vendredi ; un mardi, c'était plein."
    assert values(market, dt.date(2031, 2, 4)) == [("6 au 8 mars", "2031-03-06/2031-03-08")]
    next_edition = (
        "Le festival a refermé ses portes. La prochaine édition aura lieu du 17 au 22 novembre 2032."
    )
    assert values(next_edition + " Rendez-vous samedi.", dt.date(2031, 11, 23))[-1] == (
        "samedi",
        "2031-11-29",
    )


def test_a_review_s_weekdays_are_the_days_of_the_fair_just_over():
    review = (
        "La foire a refermé ses portes dimanche soir : 48 000 entrées du jeudi 1er au dimanche 4 mai. "
        "Seul regret : les bouchons le samedi matin."
    )
    assert values(review, dt.date(2031, 5, 6))[-1] == ("samedi", "2031-05-03")


def test_a_night_across_two_weekdays_is_no_event_for_a_habit():
    attack = (
        "Dans la nuit de samedi à dimanche, 40 brebis ont été tuées. "
        "« On enterre nos bêtes le dimanche matin »."
    )
    assert ("dimanche", "2031-05-04") not in values(attack, dt.date(2031, 5, 6))


def test_then_a_weekday_after_a_day_printed_with_its_weekday_is_the_next_one():
    race = "Dossards remis le samedi 30 mai de 14 h à 19 h, puis le dimanche dès 7 h."
    assert values(race, dt.date(2026, 5, 17)) == [("samedi 30 mai", "2026-05-30"), ("dimanche", "2026-05-31")]
    shop = "Ouvert le 3 mars, et le samedi de 9 h à 12 h."
    assert values(shop, dt.date(2026, 2, 17)) == [("3 mars", "2026-03-03")]


def test_a_weekday_after_a_short_period_in_its_sentence_is_that_period_s_day():
    festival = "- Week-end d'ouverture, les 5 et 6 juillet : concerts, bal sur la place le samedi soir."
    assert values(festival, dt.date(2031, 3, 20)) == [
        ("5 et 6 juillet", "2031-07-05/2031-07-06"),
        ("samedi", "2031-07-05"),
    ]
