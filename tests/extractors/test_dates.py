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
    "à compter du <d v='2020-07-01'>1er juillet</d> prochain",
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
    assert [(d["granularity"], text[d["start"]:d["end"]]) for d in dates] == [("month", "décembre 2018"), ("year", "2019")]


def test_day_month_without_reference_keeps_no_year():
    assert find_dates("le 1er juillet")[0]["value"] == "--07-01"


def test_invalid_dates_are_ignored():
    assert find_dates("le 31/02/2020 et le 45/13/2020") == []
