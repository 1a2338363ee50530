"""Date rules and their values (pipeline.extractors.dates.rules, values, context): one readable
line per case, edsnlp-style inline gold, against a document dated 15 June 2020."""

import datetime as dt
import re

import pytest

from pipeline.extractors.dates import find_dates

REFERENCE = dt.date(2020, 6, 15)
MARKUP = re.compile(r"<d v='(?P<value>[^']+)'>(?P<text>.*?)</d>")

# edsnlp-style inline gold: one readable line per case
CASES = [
    "Paris, le <d v='2020-06-15'>15/06/2020</d>",
    "Paris, le <d v='2020-06-15'>15 juin 2020</d>",
    "date: <d v='2010-02-18'>2010/02/18</d>, version 1.2010.02",
    "une association loi 1901 créée en <d v='2012'>2012</d> pour l'emploi <d v='2024'>2024</d>",
    "le plan France 2030 finance, dès <d v='2022'>2022</d>, les lauréats",
    "le plan France 2030. France 2030 finance les lauréats",
    "à compter du <d v='2020-07-01'>1er juillet prochain</d>",
    "annoncée en <d v='2018-06'>juin 2018</d>",
    "avant le sommet du G7 de <d v='2018'>2018</d>",
    "lancé <d v='2021'>début 2021</d>",
    "le plan <d v='2021/2025'>2021-2025</d>",
    "publié le <d v='2019-04-19'>2019-04-19</d>",
    "réunis <d v='2020-06-09'>mardi dernier</d>",
    "disponible dès <d v='2020-06-15'>aujourd'hui</d>",
    "le <d v='2019-03-04'>lundi 4 mars 2019</d>",
    "appelez le 06.85.59.55.09 ou le 01 53 18 43 10",
    "les 15 membres fondateurs et 12 autres pays",
    # intervals
    "le salon se tient les <d v='2020-10-08/2020-10-09'>8 et 9 octobre</d> à Lyon",
    "ouvert du <d v='2019-02-04/2019-02-08'>lundi 4 au vendredi 8 février 2019</d>",
    "exposition du <d v='2014-09-01/2014-11-30'>1er septembre au 30 novembre 2014</d>",
    "exposition <d v='2014-12-15/2015-01-10'>15 décembre > 10 janvier 2015</d>",
    "réunions les <d v='2020-03-03/2020-03-17'>3 et 17 mars</d>",  # a pair is one period (dev set)
    "réunions les <d v='2020-03-03/2020-03-17'>3, 10 et 17 mars</d>",
    "ouvert les dimanches <d v='2020-12-06/2020-12-20'>6, 13 et 20 décembre</d>",
    "ouvert 7 j/7 jusqu'au <d v='2020-03-30'>30 mars</d>",  # '7 j/7' is no day
    "les récoltes <d v='2027/2031'>2027 à 2031</d>",
    "les résultats <d v='2024'>2024</d> et <d v='2025'>2025</d>",
    "de <d v='2021-01/2021-03'>janvier à mars 2021</d>",
    "entre <d v='2016/2019'>2016 et 2019</d>",
    "le programme <d v='2019/2020'>2019/2020</d>",
    "au <d v='2022-07/2022-09'>troisième trimestre 2022</d> puis au <d v='2023-01/2023-03'>T1 2023</d>",
    "au <d v='1980/1989'>début des années 80</d>, puis au <d v='1701/1800'>XVIIIe siècle</d>",
    # years without a cue word, and numbers that are not years
    "son premier film (<d v='1998'>1998</d>, Lille)",
    "les chiffres <d v='2019'>2019</d> sont en hausse par rapport à <d v='2017'>2017</d>.",
    "plus de 2000 agents, 1500 euros, le n° 1999, 2010 communes",
    "© 2020 Ville de Brixol – Tous droits réservés 2020",
    "RÉSULTATS ANNUELS <d v='2019'>2019</d> : un chiffre d'affaires <d v='2020'>2020</d> stable",
    "# Vendanges <d v='2019'>2019</d> aux Caves de Brixol",
    "En M€      <d v='2019'>2019</d>      <d v='2018'>2018</d>      Var.",
    "Plan vélo 2020-2024 : le Département vote 12 M€ sur la période <d v='2020/2024'>2020-2024</d>",
    "« Cap Avenir 2021-2023 », dans le contrat de plan État-Région 2021-2027",
    "NM2 – Saison <d v='2019/2020'>2019-2020</d>, bilan de l'hiver <d v='2019/2020'>2019-2020</d>",
    "la stratégie « Horizon Europe 2027 » et le Salon Expo 2025 à Lille",
    "financé par le programme Horizon 2020 et à l'horizon <d v='2030'>2030</d>",
    "Observatoire 2020 du vélo urbain : les trajets en hausse\nSALONEXPO 2020 : 40 exposants",
    "# Vendanges <d v='2019'>2019</d> : une récolte précoce\n<d v='2020-01'>Janvier 2020</d> : le bilan",
    "chiffres <d v='2021-03'>2021 à fin mars</d>",
    # relative to the document date (2020-06-15, a Monday)
    "<d v='2020'>cette année</d> et <d v='2021'>l'an prochain</d>, avant la <d v='2020'>fin de l'année</d>",
    "le rapport est publié <d v='2020-06-15'>aujourd'hui</d> sur le site",
    "les usages sont aujourd'hui nombreux et la ville de demain reste à inventer",
    "par arrêté de <d v='2020-06-15'>ce jour</d>, le préfet interdit la baignade",
    "le <d v='2019-03-10'>10 mars 2019</d>, 140 cas confirmés depuis <d v='2019-03-09'>la veille</d>",
    "La veille, le <d v='2020-05-07'>jeudi 7 mai</d>, la ministre se rendra à Reims",
    # seasons named from the document date (a June release), and a quarter without its year
    "<d v='2020'>Cet été</d>, onze plages ; <d v='2019'>l'été dernier</d>, quatre",
    "les haies plantées <d v='2020/2021'>cet hiver</d> et l'hiver dernier",
    "l'hiver prochain, comme <d v='2019'>l'été dernier</d>",
    "une reprise attendue au <d v='2020-07/2020-12'>second semestre</d>",
    "la cession est attendue au <d v='2021-10/2021-12'>quatrième tri- mestre 2021</d>",
    "publication : chiffre d'affaires du troisième trimestre, le <d v='2020-10-22'>22 octobre 2020</d>",
    "après les pluies d'<d v='2020-04'>avril</d>, à la rentrée de <d v='2020-09'>septembre</d>",
    "les Nuits de Juillet ; la <d v='2020-08-16/2020-08-31'>seconde quinzaine d'août</d> sera chargée",
    "reçues à partir du <d v='2020-02-16/2020-02-26'>16 février 2020 et jusqu'au jeudi 26 février 2020</d>",
    "les chaleurs de <d v='2019-06'>juin</d> et d'<d v='2019-08'>août 2019</d>",  # not in a row: two
    "le scrutin s'est clos <d v='2020-06-14'>dimanche</d> soir",
    "les agents sont intervenus <d v='2020-06-14'>dimanche</d> matin",
    "les musées sont ouverts <d v='2020-06-21'>dimanche</d>",
    "les routes étaient fermées en <d v='2019-12'>décembre</d>, a rappelé le maire",
    "l'alerte court jusqu'à <d v='2020-06-17'>mercredi</d> soir",
    # a noun's complement or a running count without its year is no date (docs/dev-set.md, dev-b)
    # a deadline at the year's end is no date (docs/dev-set.md: five read-side golds leave it out)
    "douze embauches d'ici la fin de l'année ; une prime de fin d'année de 650 €",
    "les chaleurs de fin d'année scolaire ; depuis le début de l'année, 214 cas",
    # a holiday as a deadline is its day, the next one (dev-k); a name's year after 'i-Nov'
    "sans aide avant <d v='2020-12-25'>Noël</d>, douceur jusqu'à la <d v='2020-11-01'>Toussaint</d>",
    "les marchés de Noël ; lauréate du concours i-Nov 2024",
    # a past or next winter opening its sentence frames it
    "Le point.\n\n<d v='2019/2020'>L'hiver dernier</d>, 1 100 enfants ont été hospitalisés",
    # a public act's year is its name's; the accounts of a year are a date; a line of capitals
    "voté au budget primitif 2021, inscrit dans la loi de finances pour 2021",
    "fixé par la loi de programmation militaire 2019-2025 ; les comptes <d v='2019'>2019</d> de la mutuelle",
    "12 PROJETS SERONT RÉALISÉS EN <d v='2021'>2021</d>",
    # the month of a yearly habit is no date, nor the months of a weekly one (dev-k)
    "données transmises chaque semaine, de mars à novembre ; tous les dimanches, sauf en juillet et en août",
    "permanence le premier samedi du mois à la Maison de quartier",
    "avec le soutien de la Fondation Avenir Demain, lancée <d v='2020-06-16'>demain</d>",
    "le comptage a lieu chaque année à la mi-janvier dans 140 pays",
    "tous les ans en juin, la fête réunit les habitants ; elle aura lieu en <d v='2020-07'>juillet</d>",
    # a day and its anniversary are two dates, not a period
    "<d v='1945-05-08'>8 mai 1945</d> – <d v='2020-05-08'>8 mai 2020</d> : 75e anniversaire",
    "exposition du <d v='2019-09-14/2020-09-13'>14 septembre 2019 au 13 septembre 2020</d>",
    # a weekday alone told in the past is the last one (2020-06-15 is a Monday)
    "le salon a refermé ses portes <d v='2020-06-11'>jeudi</d> soir après trois jours",
    "<d v='2020-06-13'>Samedi</d> vers 23h, un motard de 27 ans a perdu le contrôle de sa machine",
    "les orages qui ont traversé <d v='2020-06-14'>dimanche</d> soir le sud du département",
    "elle a été aperçue pour la dernière fois <d v='2020-06-12'>vendredi</d> vers 6h30",
    "les recherches se poursuivent depuis <d v='2020-06-13'>samedi</d> matin",
    "<d v='2020-06-15'>Lundi</d>, la ministre a signé la convention à Lyon",
    "la commission se réunira <d v='2020-06-18'>jeudi</d> ; elle a été saisie par le maire",
    "la visite est prévue <d v='2020-06-19'>vendredi</d> à la mairie",
    "<d v='2020-06-14'>Dimanche</d> matin enfin, un cycliste a été\nmortellement percuté à Ploërmel",
    "prélèvements ont été transmis ; résultats <d v='2020-06-19'>vendredi</d>, ils permettront d'agir",
    "ouvert du lundi au vendredi, et chaque jeudi",
    "le <d v='2020-01-10'>10 janvier dernier</d> et dès <d v='2020-06'>juin</d>",
    "prévu le <d v='2021-03-02'>2 mars prochain</d>",
    (
        "les <d v='2020-09-03/2020-09-05'>3, 4 et 5 septembre</d> "
        "puis les <d v='2020-10-01/2020-10-15'>1er, 8 et 15 octobre</d>"
    ),
    "lancé en <d v='2019-11'>novembre dernier</d>, bilan en <d v='2020'>fin d'année</d>",
    # "entre ... et ..." bounds one period; without "entre" the days stay apart
    "les crues ont eu lieu entre le <d v='2020-02-11/2020-02-17'>11 et le 17 février</d>",
    "travaux prévus entre le <d v='2020-09-28/2020-10-06'>28 septembre et le 6 octobre</d>",
    "visites le <d v='2020-09-28'>28 septembre</d> et le <d v='2020-10-06'>6 octobre</d>",
    # two days in a row are one period, across a month's end too
    "le forum se tiendra les <d v='2020-09-30/2020-10-01'>30 septembre et 1er octobre</d>",
    "les <d v='2021-02-28/2021-03-01'>28 février et 1er mars 2021</d>",
    "l'association réunit à ce jour 55 entreprises, publié <d v='2020-06-15'>ce jour</d>",
    # parts of the release day, and weeks and months counted from it (2020-06-15 is a Monday)
    "les écoles ont reçu des consignes à compter de <d v='2020-06-15'>ce soir</d>",
    "le préfet a réuni <d v='2020-06-15'>ce matin</d> les maires du département",
    "la ministre a rappelé <d v='2020-06-15'>cet après-midi</d> les gestes barrières",
    "ce matin-là, le soir de gala et le soir même",
    "le jury se réunira <d v='2020-06-22/2020-06-28'>la semaine prochaine</d>",
    "adoptée <d v='2020-06-08/2020-06-14'>la semaine dernière</d> par le conseil",
    "Le <d v='2020-06-13/2020-06-14'>week-end dernier</d>, deux randonneurs ont été secourus",
    "la fête du quartier aura lieu le <d v='2020-06-20/2020-06-21'>week-end prochain</d>",
    "les ventes ont progressé <d v='2020-05'>le mois dernier</d>, et <d v='2020-07'>le mois prochain</d>",
    # "aujourd'hui" after an act in the compound past is the release day; a state is not
    "deux patients ont été pris en charge <d v='2020-06-15'>aujourd’hui</d> au CHU",
    "le tirage au sort a eu lieu <d v='2020-06-15'>aujourd'hui</d> à la mairie",
    "le club a remporté <d v='2020-06-15'>aujourd'hui</d> la coupe régionale",
    "l'association est aussi aujourd'hui un acteur reconnu",
    "le musée a aujourd'hui 40 ans et ceux qui ont vécu ici sont aujourd'hui 300",
    "les tiers-lieux sont devenus aujourd'hui des acteurs du territoire",
    "l'association a été créée et compte aujourd'hui 40 membres",
    # web pages' date stamps
    "<d v='2022-07-05'>Juil 5, 2022</d>",
    "Publié le <d v='2022-07-05'>5 juil. 2022</d> à 10:00",
    "Mis à jour le <d v='2021-09-12'>12 sept. 2021</d>, publié le <d v='2021-07-05'>5 juill. 2021</d>",
    "Publié le <d v='2022-07-05'>05/07/2022</d> à 14h30",
    "le <d v='2019-10-12'>Oct 12, 2019</d> | Actualités",
    # two or three days in a row written with a slash
    "astreinte du week-end du <d v='2020-02-29/2020-03-01'>29/30 février</d> :",
    "fermeture les <d v='2021-12-24/2021-12-26'>24/26 décembre 2021</d>",
    "les 2/3 des agents, 1/4 des communes",
    # session 17: counts, names wrapped to a new line, old periods, year-to-date columns
    "la fondation soutient aujourd'hui 45 associations",
    "une aide versée par l'agence au titre du programme d'investissement\nFrance 2030. La Région suit.",
    "des fresques peintes au <d v='0001/0100'>Ier siècle</d> de notre ère",
    "la troupe a joué dans la ville, entre <d v='1610/1625'>1610 et 1625</d>.",
    "le musée reçoit entre 1200 et 1500 visiteurs",
    "Ventes (M€)   <d v='2019-01/2019-06'>6 mois 2019</d>   <d v='2018-01/2018-06'>6 mois 2018</d>",
    "Horaires\nSamedi\t10 h – 18 h\nDimanche et jours fériés\tfermé",
    "la mairie distribue depuis <d v='2020-06-14'>hier</d> des masques aux habitants",
    "le lendemain des élections, la veille des vacances",
    "| Indicateur | <d v='2019'>2019</d> | Objectif <d v='2021'>2021</d> |",
    "les lauréats du Prix régional de l'innovation (PRI) 2020-2021 sont connus",
    # session 24: a month after 'pour', two months in a row under one year, periods' years
    "les premiers travaux sont annoncés pour <d v='2020-10'>octobre</d>.",
    "un plan pour Mars et Vénus",
    "les services prévoient, pour juillet et août, de fermer des lits",
    "les chercheurs séjourneront à Lyon en <d v='2020-10/2020-11'>octobre et novembre 2020</d> ;",
    "les fortes chaleurs de <d v='2019-07/2019-08'>juillet et d'août 2019</d> ont pesé",
    "les pluies de <d v='2020-02'>février</d> et de <d v='2020-03'>mars</d> comptent",
    "Paris, le <d v='2020-06-15'>15 juin 2020</d>\n\nRentrée <d v='2020'>2020</d> : un lycée ouvre",
    "# Trafic <d v='2019'>2019</d> : le port passe les 8 Mt",
    "RAPPORT ANNUEL <d v='2019'>2019</d> DU DÉFENSEUR DES USAGERS",
    # a programme's or works table's rows: two-digit day/month opening a row, or a span of two
    "LA TOURNÉE\n<d v='2020-06-23'>23/06</d>  Lorient – salle A\n<d v='2020-07-04'>04/07</d>  Brest",
    "Moulin Neuf   Ville   effacement du seuil   <d v='2020-07-20/2020-08-28'>20/07 – 28/08</d>",
    "moyenne : 12/20 sur 14 copies, 1/2 page\n12/20 sur 14 copies",
]


@pytest.mark.parametrize("case", CASES)
def test_inline_cases(case):
    expected = [(m["text"], m["value"]) for m in MARKUP.finditer(case)]
    text = MARKUP.sub(lambda m: m["text"], case)
    found = [(d["text"], d["value"]) for d in find_dates(text, REFERENCE)]
    assert found == expected


def test_granularity_and_offsets():
    text = "En décembre 2018, puis en 2019."
    dates = find_dates(text)
    assert [(d["granularity"], text[d["start"] : d["end"]]) for d in dates] == [
        ("month", "décembre 2018"),
        ("year", "2019"),
    ]


def test_invalid_dates_are_ignored():
    assert find_dates("le 31/02/2020 et le 45/13/2020") == []


def test_a_year_inside_a_grouped_number_is_no_year():
    assert find_dates("Numéro vert : 0 800 2030 40 (appel gratuit).") == []
    assert [d["text"] for d in find_dates("Budget : 1 2000 euros, voté en 2024.")] == ["2024"]


def test_a_date_inside_an_html_attribute_is_unseen():
    text = (
        '<a title="Loi du 8 juillet 2013" href="#n1">loi</a> publiée le 9 juillet 2013 ; 3 < 4 le 5 mai 2013.'
    )
    assert [d["text"] for d in find_dates(text)] == ["9 juillet 2013", "5 mai 2013"]


def test_a_numeric_range_after_du_is_one_period():
    reference = dt.date(2025, 3, 3)
    cases = {
        "Le stage d'été se tiendra du 7 au 11/07/2025 pour les 8-12 ans.": (
            "7 au 11/07/2025",
            "2025-07-07/2025-07-11",
        ),
        "Fermeture de la mairie du 24/12/2024 au 02/01/2025 inclus.": (
            "24/12/2024 au 02/01/2025",
            "2024-12-24/2025-01-02",
        ),
        "Exposition ouverte du 12.04 au 30.06.2025, entrée libre.": (
            "12.04 au 30.06.2025",
            "2025-04-12/2025-06-30",
        ),
        "Le salon ouvre ses portes du 17 au 19/03.": ("17 au 19/03", "2025-03-17/2025-03-19"),
    }
    for text, expected in cases.items():
        assert [(d["text"], d["value"]) for d in find_dates(text, reference)] == [expected]
    # prices and ages are no dates
    assert find_dates("Tarif de 5 à 10/12 euros selon l'âge, de 10 à 12/13 ans.", reference) == []


def test_a_weekday_over_an_hour_is_no_day():
    """An opening-hours table ('Samedi 9 h – 13 h') names no day of the month."""
    text = "Horaires d'ouverture\nLundi au vendredi\t8 h – 12 h\nSamedi\t9 h – 13 h\n"
    assert [d["text"] for d in find_dates(text, REFERENCE) if d["rule"] == "date.weekday_day"] == []


def test_a_range_across_new_year_without_a_year_is_the_nearer_winter():
    """'16 novembre – 29 janvier' said in September is the winter to come; in January, the one under way."""
    said_in_september = find_dates("écluse 54 | 16 novembre – 29 janvier", dt.date(2026, 9, 15))
    said_in_january = find_dates("du 15 décembre au 10 janvier", dt.date(2026, 1, 20))
    said_in_december = find_dates("du 15 décembre au 10 janvier", dt.date(2025, 12, 1))
    assert [d["value"] for d in said_in_september] == ["2026-11-16/2027-01-29"]
    assert [d["value"] for d in said_in_january] == ["2025-12-15/2026-01-10"]
    assert [d["value"] for d in said_in_december] == ["2025-12-15/2026-01-10"]


def values(text, reference):
    return [(d["text"], d["value"]) for d in find_dates(text, reference)]


def test_two_years_side_by_side_are_a_tables_year_columns():
    table = "Chiffres consolidés (en M€) 2026 2025 var.\nProduit net 212 198 +7 %"
    assert [v for _, v in values(table, dt.date(2027, 2, 5))] == ["2026", "2025"]
    header = "     DOSSIERS OUVERTS            2025         2026\n     Sauvegardes     9     12"
    assert [v for _, v in values(header, dt.date(2027, 1, 20))] == ["2025", "2026"]


def test_a_year_compared_one_year_back_is_the_year_before_the_sentences():
    survey = (
        "Selon l'enquête menée en décembre 2025, le délai atteint 60 jours, contre 48 jours un an plus tôt."
    )
    assert values(survey, dt.date(2026, 1, 15))[-1] == ("un an plus tôt", "2024")
    alone = "Les adhérents sont 71 % à recruter, contre 64 % un an plus tôt ;"
    assert values(alone, dt.date(2026, 1, 15)) == [("un an plus tôt", "2025")]
    summer = "En 2025, 12 000 billets ont été vendus, contre 9 000 l'été précédent."
    assert values(summer, dt.date(2026, 5, 4))[-1] == ("l'été précédent", "2024")
    delay = "Une maladie qui aurait pu être dépistée un an plus tôt."
    assert values(delay, dt.date(2026, 5, 4)) == []


def test_a_weekday_on_the_line_of_a_span_of_the_week_is_a_habit():
    hours = "Déchèterie Lundi – vendredi Samedi\nLes Mées 9 h-12 h 9 h-12 h"
    assert values(hours, dt.date(2025, 10, 20)) == []
    shop = "La boutique est ouverte du lundi au vendredi et le samedi matin."
    assert values(shop, dt.date(2025, 10, 20)) == []


def test_a_cohort_year_and_key_figures_are_years():
    assert values("Les candidatures pour la promotion 2028 ouvriront en janvier.", dt.date(2027, 6, 2))[
        0
    ] == (
        "2028",
        "2028",
    )
    assert values("│ CHIFFRES CLÉS 2026 │", dt.date(2027, 2, 1)) == [("2026", "2026")]


def test_a_span_of_years_closing_a_quoted_title_is_the_titles():
    theme = (
        "Les élèves ont travaillé sur le thème « Écrire en temps de guerre (1914-1918) ». Le jury a délibéré."
    )
    assert values(theme, dt.date(2026, 5, 20)) == []
    assert values("La guerre (1914-1918) a marqué la commune.", dt.date(2026, 5, 20)) == [
        ("1914-1918", "1914/1918")
    ]


def test_a_year_before_dont_is_a_date():
    fleet = "le remplacement des 6 cars de 2012 dont la climatisation est hors service."
    assert values(fleet, dt.date(2026, 2, 2)) == [("2012", "2012")]


def test_a_weekday_after_jusqua_is_the_coming_one_after_a_past_verb():
    alert = "La préfecture a placé ce lundi le département en vigilance orange jusqu'à jeudi matin."
    assert values(alert, dt.date(2031, 3, 10))[-1] == ("jeudi", "2031-03-13")
    cold = "Le préfet a déclenché le plan grand froid, des gelées étant annoncées jusqu'à samedi."
    assert values(cold, dt.date(2031, 3, 10))[-1] == ("samedi", "2031-03-15")


def test_a_season_with_one_year_is_that_year_even_heading_a_box():
    box = " ┌────────────────────┐\n │ SAISON 2031        │\n │ Départs : le port  │\n"
    assert values(box, dt.date(2031, 1, 14)) == [("2031", "2031")]


def test_a_weekday_beside_yesterday_is_past_and_since_that_day_is_no_day():
    storm = "Les premières déclarations reçues samedi et hier font état de lourds dégâts."
    assert values(storm, dt.date(2031, 11, 3)) == [("samedi", "2031-11-01"), ("hier", "2031-11-02")]
    fibre = "Le dernier nœud a été mis en service mardi. Depuis ce jour, tous les foyers sont raccordables."
    assert values(fibre, dt.date(2031, 11, 3)) == [("mardi", "2031-10-28")]
