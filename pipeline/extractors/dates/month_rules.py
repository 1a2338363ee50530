"""The rules for months and parts of a year: the second stage of the date rules (rules.py runs them all).

A month and its year, ranges of months, a month of the document's year ('en juin dernier'),
quarters, semesters, fortnights and a results table's 'nine months'. Kept apart from days because
their values are months or spans of months, and their pitfalls habits ('chaque semaine, de mars à
novembre') and reports' names ('chiffre d'affaires du troisième trimestre'), not days.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from pipeline.extractors.dates.patterns import patterns, vocab_key
from pipeline.extractors.dates.values import iso_day, month_of
from pipeline.extractors.dates.years import shift_year


def month_candidates(text: str, reference: dt.date | None) -> Iterator[tuple[int, int, str | None, str, str]]:
    """(start, end, value, granularity, rule) for every match of the month rules, in the patterns' order."""
    p = patterns()
    ref_year = reference.year if reference else None
    for m in p.month_year.finditer(text):
        yield m.start(), m.end(), f"{m['year']}-{month_of(m):02d}", "month", "date.month_year"
    for m in p.month_interval.finditer(text):
        first_month, last_month = month_of(m, "first_month"), month_of(m, "last_month")
        if WEEKLY_HABIT.search(text, max(0, m.start() - 100), m.start("first_month")):
            continue  # 'transmises chaque semaine, de mars à novembre': the months of a habit
        if vocab_key(m["joiner"]) == "et" and vocab_key(m["prefix"] or "") != "entre":
            if not (m["last_year"] and not m["first_year"] and last_month == first_month + 1):
                continue  # "en mai et en juin", "les pluies de février et de mars": two months
            # "en octobre et novembre 2026", "de juillet et d'août 2024": two months in a row under
            # one year are one period (docs/dev-set.md, dev-x convention; dev-a14, dev-x05)
        elif m["article"]:
            continue  # "de juin à de": no range
        if not m["last_year"] and (m["first_year"] or ref_year is None):
            continue
        # 'en juillet-août', 'de juin à septembre': the months of the document's year
        last_year = int(m["last_year"] or ref_year + (first_month > last_month))
        first_year = (
            int(m["first_year"])
            if m["first_year"]
            else (last_year - 1 if first_month > last_month else last_year)
        )
        if (first_year, first_month) < (last_year, last_month):
            yield (
                m.start("first_month"),
                m.end(),
                f"{first_year}-{first_month:02d}/{last_year}-{last_month:02d}",
                "interval",
                "date.month_interval",
            )
    for m in p.year_to_month.finditer(text):
        # statistics "as of" a month: "chiffres 2024 à fin mars"
        yield m.start(), m.end(), f"{m['year']}-{month_of(m):02d}", "month", "date.year_to_month"
    if ref_year is not None:
        for m in p.bare_month.finditer(text):
            if EVERY_YEAR.search(text, max(0, m.start() - 40), m.start()) or WEEKLY_HABIT.search(
                text, max(0, m.start() - 100), m.start()
            ):
                continue  # 'a lieu chaque année à la mi-janvier': a habit, not a month of one year
            if vocab_key(m["cue"]) in {"de", "d'", "pour"} and not m["month"].islower():
                # 'les pluies d'avril', 'prévus pour octobre' are months; 'les Rencontres de Juillet',
                # 'pour Mars' are names
                continue
            if vocab_key(m["cue"]) == "pour" and p.month_interval.match(text, m.start("month")):
                continue  # 'pour juillet et août': one period or two months, the golds do not say yet
            qualified = vocab_key(m["cue"]) in {"début", "fin", "mi-", "courant"}
            month = month_of(m)
            year = shift_year(
                month, 1, ref_year, reference.replace(day=1), m["direction"]
            )  # "en juin dernier"
            yield (
                m.start() if qualified else m.start("month"),
                m.end(),
                f"{year}-{month:02d}",
                "month",
                "date.bare_month",
            )
    for m in p.quarter.finditer(text):
        size = (
            p.vocab["quarters"][vocab_key(re.sub(r"-\s*", "", m["unit"]))]
            if m["unit"]
            else p.vocab["quarter_abbreviations"][m["abbr"]]
        )
        index = p.vocab["ordinals"][vocab_key(m["ordinal"])] if m["ordinal"] else int(m["number"])
        first, last = (index - 1) * size + 1, index * size
        if last <= 12:
            yield (
                m.start(),
                m.end(),
                f"{m['year']}-{first:02d}/{m['year']}-{last:02d}",
                "interval",
                "date.quarter",
            )
    for m in p.year_to_date.finditer(text):
        # a results table's '9 mois 2025' column: January to September (docs/dev-set.md, dev-h)
        if 2 <= int(m["count"]) <= 12:
            value = f"{m['year']}-01/{m['year']}-{int(m['count']):02d}"
            yield m.start(), m.end(), value, "interval", "date.year_to_date"
    for m in p.fortnight.finditer(text):
        # "la seconde quinzaine d'août": the 16th to the month's end
        year, month = int(m["year"]) if m["year"] else ref_year, month_of(m)
        if year is not None:
            last_day = calendar.monthrange(year, month)[1]
            first, last = (1, 15) if p.vocab["fortnights"][vocab_key(m["half"])] == 1 else (16, last_day)
            value = f"{iso_day(year, month, first)}/{iso_day(year, month, last)}"
            yield m.start(), m.end(), value, "interval", "date.fortnight"
    if ref_year is not None:
        for m in p.yearless_quarter.finditer(text):
            # "au second semestre", "un premier trimestre en demi-teinte": of the document's year
            size = p.vocab["quarters"][vocab_key(m["unit"])]
            index = p.vocab["ordinals"][vocab_key(m["ordinal"])]
            first, last = (index - 1) * size + 1, index * size
            if REPORT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # a report's name: 'chiffre d'affaires du troisième trimestre'
            if last <= 12:
                value = f"{ref_year}-{first:02d}/{ref_year}-{last:02d}"
                yield m.start(), m.end(), value, "interval", "date.yearless_quarter"


REPORT_BEFORE = re.compile(
    r"(?<!\w)(?:chiffre\s+d['’]affaires|résultats|chiffres)(?:\s+\w+)?\s+du\s+$", re.IGNORECASE
)
WEEKLY_HABIT = re.compile(
    r"(?<!\w)(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?:semaines?|jours?|mois)\s*,?\s*(?:de|d['’]|en)?"
    r"|[^.;!?\n]{0,80}?\bsauf\s+(?:en\s+|au\s+mois\s+d['’]|au\s+mois\s+de\s+)?(?:\w+\s+(?:et|ou)\s+(?:en)?)?)\s*$",
    re.IGNORECASE,
)
"""A weekly habit's months: 'chaque semaine, de mars à novembre', 'tous les dimanches … sauf en juillet'
(docs/dev-set.md, dev-k: a recurring exception to a weekly rule is no date)."""
EVERY_YEAR = re.compile(r"(?<!\w)(?:chaque année|tous les ans|chaque an)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
"""'chaque année à la mi-janvier', 'tous les ans en juin': the month of a yearly habit."""
