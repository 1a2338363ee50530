"""Placing a date printed without a year (pipeline.extractors.dates.placing): a season, a tense or a
weekday printed in the release overrides the year of the document date. Invented fragments in the
shapes of a school competition, a theatre, a sports league, an ARS, a préfecture and a company."""

import datetime as dt

from pipeline.extractors.dates import find_dates


def values(text, reference=None):
    return [(d["text"], d["value"]) for d in find_dates(text, reference)]


def test_a_school_year_places_autumn_in_its_first_year_and_spring_in_its_second():
    kit = "Concours Mathéo, édition 2030-2031. Premier tour du 4 au 15 décembre ; finale le 3 juin."
    assert values(kit, dt.date(2030, 11, 20))[1:] == [
        ("4 au 15 décembre", "2030-12-04/2030-12-15"),
        ("3 juin", "2031-06-03"),
    ]
    school = "Pour l'année scolaire 2026/2027, les inscriptions ouvrent le 2 mars."
    assert values(school, dt.date(2026, 10, 1))[-1] == ("2 mars", "2027-03-02")


def test_a_season_places_its_days_and_the_nearest_season_before_wins():
    theatre = "Saison 2025-2026 : ouverture le 27 septembre, clôture du 12 au 14 juin."
    assert values(theatre, dt.date(2025, 6, 30))[1:] == [
        ("27 septembre", "2025-09-27"),
        ("12 au 14 juin", "2026-06-12/2026-06-14"),
    ]
    league = "Bilan de la saison 2023-2024 : titre acquis le 18 mai. La saison 2024-2025 reprend le 17 août."
    assert [v for _, v in values(league, dt.date(2024, 6, 1)) if len(v) == 10] == ["2024-05-18", "2024-08-17"]


def test_a_season_in_another_paragraph_does_not_place_a_day():
    plan = (
        "L'assemblée a voté l'enveloppe de la saison 2026-2027.\n\n"
        "Les candidatures sont ouvertes jusqu'au 30 juin sur le site du Département."
    )
    assert values(plan, dt.date(2026, 2, 19))[-1] == ("30 juin", "2026-06-30")


def test_a_year_span_without_a_season_word_is_no_season():
    plan = "Le plan 2025-2026 prévoit une réunion le 3 mars."
    assert values(plan, dt.date(2025, 6, 5))[-1] == ("3 mars", "2025-03-03")


def test_a_past_act_after_the_document_date_is_the_year_before():
    ars = "Les deux premières campagnes se sont déroulées en novembre puis en janvier."
    assert values(ars, dt.date(2025, 4, 10)) == [("novembre", "2024-11"), ("janvier", "2025-01")]
    prefecture = "La préfète a signé le 12 décembre un arrêté de protection des captages."
    assert values(prefecture, dt.date(2026, 2, 3)) == [("12 décembre", "2025-12-12")]


def test_a_future_act_before_the_document_date_is_the_year_after():
    company = "L'assemblée générale des actionnaires se tiendra le 15 janvier à Lyon."
    assert values(company, dt.date(2024, 11, 28)) == [("15 janvier", "2025-01-15")]
    festival = "La prochaine édition aura lieu du 6 au 9 février."
    assert values(festival, dt.date(2024, 12, 2)) == [("6 au 9 février", "2025-02-06/2025-02-09")]


def test_a_tense_does_not_move_a_date_near_the_document_date_or_on_its_side():
    assert values("La réunion aura lieu le 28 février.", dt.date(2025, 3, 3)) == [
        ("28 février", "2025-02-28")
    ]
    assert values("Le comité a validé en juin le budget.", dt.date(2025, 9, 1)) == [("juin", "2025-06")]
    assert values("Le salon se tiendra en octobre.", dt.date(2025, 3, 3)) == [("octobre", "2025-10")]


def test_a_printed_weekday_names_the_year_next_to_the_default():
    # 16 January is a Thursday in 2025, a Tuesday in 2024
    assert values("Vernissage jeudi 16 janvier à 18h30.", dt.date(2024, 12, 10)) == [
        ("jeudi 16 janvier", "2025-01-16")
    ]
    assert values("Rencontre du vendredi 30 mai au dimanche 1er juin.", dt.date(2025, 3, 3)) == [
        ("vendredi 30 mai au dimanche 1er juin", "2025-05-30/2025-06-01")
    ]
    # a weekday that fits no year near the default leaves it
    assert values("Réunion lundi 16 janvier.", dt.date(2025, 1, 2)) == [("lundi 16 janvier", "2025-01-16")]


def test_a_year_printed_once_at_the_end_of_a_list_is_every_day_s():
    council = "Par délibérations des 2 avril et 3 mai 2010, les conseils ont demandé leur retrait."
    assert values(council, dt.date(2011, 2, 28)) == [("2 avril", "2010-04-02"), ("3 mai 2010", "2010-05-03")]
    museum = "Visites guidées le 14 décembre, le 11 janvier et le 8 février 2026."
    assert [v for _, v in values(museum, dt.date(2025, 11, 3))] == ["2025-12-14", "2026-01-11", "2026-02-08"]
    # a year that only follows a sentence break is no list's
    assert values("Ouverture le 2 avril. Le 3 mai 2010 fut un jalon.", dt.date(2011, 2, 28))[0] == (
        "2 avril",
        "2011-04-02",
    )


def test_a_passive_or_a_schedule_is_no_past_act():
    reference = dt.date(2025, 3, 3)
    assert values("La réunion publique est prévue le 15 juin à la mairie.", reference) == [
        ("15 juin", "2025-06-15")
    ]
    assert values("Le préfet a fixé au 30 juin la date limite des dossiers.", reference) == [
        ("30 juin", "2025-06-30")
    ]
    assert values("Le vote a été reporté au 12 mai.", reference) == [("12 mai", "2025-05-12")]
    assert values("Le conseil s'est réuni le 18 novembre.", reference) == [("18 novembre", "2024-11-18")]
    assert values("Les épreuves ont eu lieu en octobre.", reference) == [("octobre", "2024-10")]


def test_a_month_reached_with_jusqu_en_or_d_ici_is_the_coming_one():
    company = "Les carnets de commandes sont pleins jusqu'en mars, et l'atelier recrutera d'ici juin."
    assert values(company, dt.date(2025, 11, 24)) == [("mars", "2026-03"), ("juin", "2026-06")]
    # a month still ahead in the document's year, or a past act, stays in it
    ars = "La campagne court jusqu'en décembre ; le chantier a duré jusqu'en octobre."
    assert values(ars, dt.date(2025, 11, 24)) == [("décembre", "2025-12"), ("octobre", "2025-10")]


def test_two_days_in_a_row_each_with_its_article_and_weekday_are_one_period():
    ministry = "Les Journées se tiendront le samedi 19 et le dimanche 20 septembre\n2026 partout en France."
    assert values(ministry, dt.date(2026, 9, 8)) == [
        ("samedi 19 et le dimanche 20 septembre\n2026", "2026-09-19/2026-09-20")
    ]
    gendarmerie = "trois accidents entre le vendredi 15 et le dimanche 17 août sur les routes"
    assert values(gendarmerie, dt.date(2025, 8, 18)) == [
        ("vendredi 15 et le dimanche 17 août", "2025-08-15/2025-08-17")
    ]


def test_a_day_takes_the_year_of_its_month_printed_earlier_in_the_sentence():
    meteo = "après la canicule de juin 2019, qui avait établi le record national le 28 juin."
    assert values(meteo, dt.date(2026, 8, 10))[-1] == ("28 juin", "2019-06-28")
    prefecture = (
        "Les inondations de janvier 2025, dont la crue du 24 janvier, ont coûté cher. Bilan le 3 juin."
    )
    assert values(prefecture, dt.date(2026, 8, 10))[1:] == [
        ("24 janvier", "2025-01-24"),
        ("3 juin", "2026-06-03"),
    ]


def test_since_places_a_later_day_in_the_year_before():
    union = "La négociation, repoussée deux fois depuis novembre. Depuis le 15 octobre, 90 fermes adhèrent."
    assert values(union, dt.date(2031, 2, 2)) == [("novembre", "2030-11"), ("15 octobre", "2030-10-15")]


def test_des_reaches_the_coming_month_and_a_past_verb_after_the_month_the_last_one():
    ministry = "Nous le leur rappellerons dès janvier lors d'une réunion."
    assert values(ministry, dt.date(2031, 12, 10)) == [("janvier", "2032-01")]
    resort = "Malgré la neige rare en décembre, la station a accueilli 40 000 skieurs."
    assert values(resort, dt.date(2031, 4, 7)) == [("décembre", "2030-12")]
    order = "Les carnets sont pleins jusqu'en mars : le client a confirmé ses volumes."
    assert values(order, dt.date(2031, 11, 5)) == [("mars", "2032-03")]


def test_a_past_participle_places_a_month_half_a_year_ahead_in_the_year_before():
    survey = "L'enquête, menée auprès de 900 adhérents entre octobre et décembre, montre un recul."
    assert values(survey, dt.date(2026, 1, 20)) == [("octobre et décembre", "2025-10/2025-12")]
    lift = "La fréquentation progresse grâce au télésiège mis en service en décembre."
    assert values(lift, dt.date(2026, 4, 16)) == [("décembre", "2025-12")]


def test_a_participle_keeps_the_coming_month_when_it_is_near_or_scheduled():
    festival = "Un festival consacré au jazz en octobre réunira 40 groupes."
    assert values(festival, dt.date(2026, 5, 10)) == [("octobre", "2026-10")]
    grant = "L'aide, versée à partir de la rentrée de septembre, couvre la moitié du prix."
    assert values(grant, dt.date(2026, 2, 10)) == [("septembre", "2026-09")]
    museum = "Le musée est fermé en août."
    assert values(museum, dt.date(2026, 1, 8)) == [("août", "2026-08")]
    summit = "La conférence prévue en novembre réunira 40 pays."
    assert values(summit, dt.date(2026, 4, 10)) == [("novembre", "2026-11")]


def test_a_bound_still_to_come_is_not_moved_back_by_last_season_s_heading():
    club = "NM1 – Saison 2025/2026\n\nLes abonnements restent ouverts jusqu'au 31 août à la boutique."
    assert values(club, dt.date(2026, 7, 10))[-1] == ("31 août", "2026-08-31")


def test_a_future_verb_earlier_in_the_sentence_moves_a_month_past_to_next_year():
    council = "Un rapport sera remis aux conseillers lors de la séance\nplénière de juin."
    assert values(council, dt.date(2031, 9, 10)) == [("juin", "2032-06")]
    promise = "La loi sera appliquée, comme promis le 12 avril dernier."
    assert values(promise, dt.date(2031, 9, 10)) == [("12 avril dernier", "2031-04-12")]


def test_a_month_aimed_at_is_not_moved_back_by_a_past_verb():
    trades = "Les artisans ont publié 120 offres pour la rentrée de septembre."
    assert values(trades, dt.date(2031, 2, 20)) == [("septembre", "2031-09")]


def test_a_month_after_a_period_printed_with_its_year_lies_in_that_year():
    """Session 19: a month without a year right after a period printed with its year, in the same
    sentence, lies in that year; a day or a plain year before it does not place it."""
    results = "L'activité a reculé au premier semestre 2029, puis s'est redressée à partir de septembre."
    assert values(results, dt.date(2030, 3, 12))[-1] == ("septembre", "2029-09")
    trials = "Les essais auront lieu au printemps 2031, entre mars et mai."
    assert values(trials, dt.date(2030, 1, 20))[-1] == ("mars et mai", "2031-03/2031-05")
    plan = "Le plan court jusqu'en 2035 ; le premier comité se réunira en juin."
    assert values(plan, dt.date(2030, 1, 20))[-1] == ("juin", "2030-06")


def test_weekdays_in_the_rows_of_a_timetable_are_no_dates():
    """Session 19: a weekday on a line with a time of day, beside another such line, is a timetable's
    row (every week's), whether it opens the row or a list of weekdays stands in it."""
    rows = (
        "Jour Commune Lieu Horaires\nLundi Vernon Maison des services 14 h-17 h\n"
        "Mardi Gaillon Médiathèque 9 h 30-12 h\n"
    )
    assert values(rows, dt.date(2030, 9, 2)) == []
    crossings = (
        "Horaires d'hiver :\nPort-Nord → Île-Basse mardi, jeudi, samedi départ 8 h 15\n"
        "Île-Basse → Port-Nord mardi, jeudi, samedi départ 15 h 30\n"
    )
    assert values(crossings, dt.date(2030, 11, 2)) == []
    one_day = "La permanence se tiendra mardi de 14 h à 17 h à la mairie."
    assert [v for _, v in values(one_day, dt.date(2030, 9, 2))] == ["2030-09-03"]


def test_a_quarter_without_its_year_told_in_the_past_is_the_one_before():
    results = (
        "Le réseau compte 40 000 adhérents en 2025. "
        "Au quatrième trimestre, la mutuelle a indemnisé 90 % des dossiers."
    )
    assert values(results, dt.date(2026, 3, 20))[-1] == ("quatrième trimestre", "2025-10/2025-12")


def test_a_completed_act_keeps_its_month_against_a_future_earlier_in_the_sentence():
    agencies = (
        "Une agence ouvrira à Vannes le 1er juin, la cinquième après celle d'Auray inaugurée en janvier."
    )
    assert values(agencies, dt.date(2026, 3, 20)) == [("1er juin", "2026-06-01"), ("janvier", "2026-01")]


def test_a_reflexive_past_with_y_tells_the_last_weekend():
    league = (
        "Le championnat s'est achevé hier soir. "
        "150 archers s'y sont affrontés, samedi et dimanche, à 18 mètres."
    )
    assert values(league, dt.date(2026, 2, 9))[-1] == ("samedi et dimanche", "2026-02-07/2026-02-08")


def test_an_imperfect_before_a_bound_tells_a_past_state():
    plant = "Mais l'atelier tournait en deux-huit jusqu'en février. Ce qu'on ferme, c'est le plus rentable."
    assert values(plant, dt.date(2026, 4, 9)) == [("février", "2026-02")]
    reservoirs = "Les réservoirs resteront pleins jusqu'en février."
    assert values(reservoirs, dt.date(2025, 11, 9)) == [("février", "2026-02")]


def test_a_numbered_heading_on_an_edition_keeps_its_season():
    kit = "Le concours revient.\n\nII) L’édition 2030-2031\n\nPremier tour en décembre."
    assert ("2030-2031", "2030/2031") in values(kit, dt.date(2030, 11, 20))


def test_a_conditional_after_a_past_report_tells_what_is_to_come():
    fair = "Le consul a indiqué qu'une délégation de tisserands serait accueillie à Lyon en octobre."
    assert values(fair, dt.date(2027, 3, 10)) == [("octobre", "2027-10")]


def test_a_month_told_as_last_is_not_placed_by_a_headlines_year():
    text = (
        "Écoles surchauffées : un plan d'urgence demandé avant l'été 2031\n\n"
        "En juin dernier, lors de l'épisode de chaleur du 16 au 22 juin, les salles ont dépassé 35 °C."
    )
    assert values(text, dt.date(2030, 10, 5))[1:] == [
        ("juin dernier", "2030-06"),
        ("16 au 22 juin", "2030-06-16/2030-06-22"),
    ]


def test_a_month_with_no_tense_is_the_nearer_one_ahead_rather_than_long_past():
    plan = "Objectifs : ouvrir un second atelier et recruter 12 personnes entre janvier et juin."
    assert values(plan, dt.date(2030, 11, 19)) == [("janvier et juin", "2031-01/2031-06")]
    quote = "« Mieux vaut une ouverture prudente qu'une fermeture anticipée en février », dit le président."
    assert values(quote, dt.date(2030, 11, 28)) == [("février", "2031-02")]
    since = "Neuf fermetures ont été recensées depuis le 1er janvier, et 4 ouvertures."
    assert values(since, dt.date(2030, 7, 9)) == [("1er janvier", "2030-01-01")]
    survey = "Une enquête menée en mars auprès de 900 étudiants montrait leurs difficultés."
    assert values(survey, dt.date(2030, 9, 17)) == [("mars", "2030-03")]
