"""Dates in a programme's listing and its season (pipeline.extractors.dates.rules): a numeric day
with its weekday ('Mer. 8/07', 'vendredi 10/07'), a pair of months with no year ('en
juillet-août'), a weekday and a day number ('samedi 11'), two weekdays in a row ('mardi et
mercredi'), against the document's date."""

import datetime as dt
import re

import pytest

from pipeline.extractors.dates import find_dates

MARKUP = re.compile(r"<d v='(?P<value>[^']+)'>(?P<text>.*?)</d>")

CASES = [
    (dt.date(2026, 4, 14), "<d v='2026-07-08'>Mer. 8/07</d> – 21h30 – Cour du château : concert"),
    (dt.date(2026, 4, 14), "<d v='2026-07-10'>vendredi 10/07</d> à 19h, théâtre de verdure"),
    (dt.date(2026, 4, 14), "<d v='2026-07-16'>Jeu 16/07</d> : lecture au jardin"),
    (dt.date(2026, 4, 14), "du mardi au dimanche, le <d v='2026-05-03'>3/05</d>"),
    (dt.date(2025, 12, 1), "Reprise des ateliers <d v='2026-01-09'>ven. 9/01</d> à 20h"),
    (dt.date(2026, 4, 14), "ouvert tous les jours (19h en <d v='2026-07/2026-08'>juillet-août</d>)"),
    (dt.date(2026, 4, 14), "la piscine ouvre de <d v='2026-06/2026-09'>juin à septembre</d>"),
    (dt.date(2026, 4, 14), "les travaux dureront de <d v='2026-11/2027-02'>novembre à février</d>"),
    (dt.date(2026, 4, 14), "de <d v='2025-06/2025-08'>juin à août 2025</d>, la fréquentation a baissé"),
    (dt.date(2026, 4, 14), "score final 3/1 pour Lyon, 12 mer 4/5 ans"),
    # the next days of a programme keep its month, even under a misprinted weekday (17/10/2030 is a Thursday)
    (
        dt.date(2030, 9, 8),
        "- <d v='2030-10-17'>Vendredi 17 octobre</d> : journée scolaire ;\n"
        "- <d v='2030-10-18'>Samedi 18</d> : dédicaces ;\n"
        "- <d v='2030-10-19'>Dimanche 19</d> : remise des prix",
    ),
    (
        dt.date(2030, 9, 8),
        "le salon ouvre <d v='2030-09-12'>jeudi</d> ; <d v='2030-09-14'>Samedi 14</d> : bal",
    ),
    # a weekday and a day number: the nearest such day after the document date (before, told in the past)
    (dt.date(2025, 9, 3), "Retrait des dossards le <d v='2025-10-11'>samedi 11</d> à la salle des fêtes"),
    (dt.date(2026, 4, 14), "<d v='2026-07-10'>Vendredi 10</d> : concert d'ouverture sur la place"),
    (dt.date(2026, 4, 14), "le club s'est imposé <d v='2026-01-11'>dimanche 11</d> face à Agen"),
    (dt.date(2026, 4, 14), "rendez-vous <d v='2026-04-18'>samedi</d> 11 heures au gymnase"),
    # two weekdays in a row are two days; a span of the week is a habit
    (
        dt.date(2026, 8, 10),
        "les maximales atteindront 41 °C <d v='2026-08-11/2026-08-12'>mardi et mercredi</d>",
    ),
    (
        dt.date(2026, 2, 26),
        "il passera dans la nuit de <d v='2026-02-27/2026-02-28'>vendredi à samedi</d> au large",
    ),
    (
        dt.date(2025, 8, 22),
        "après les orages de la nuit de <d v='2025-08-20/2025-08-21'>mercredi à jeudi</d>, les analyses "
        "ont mis en évidence une contamination",
    ),
    (dt.date(2026, 3, 6), "le comité a pris sa décision <d v='2026-03-03'>mardi</d> soir"),
    (dt.date(2026, 2, 26), "l'accueil est ouvert du lundi au vendredi, chaque mardi et mercredi"),
    (dt.date(2026, 2, 26), "la réunion aura lieu lundi ou mardi selon les disponibilités"),
]


@pytest.mark.parametrize(("reference", "case"), CASES)
def test_programme_dates(reference, case):
    expected = [(m["text"], m["value"]) for m in MARKUP.finditer(case)]
    text = MARKUP.sub(lambda m: m["text"], case)
    assert [(d["text"], d["value"]) for d in find_dates(text, reference)] == expected
