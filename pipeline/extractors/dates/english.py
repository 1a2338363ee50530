"""Dates written in English inside a French release: an `About` paragraph, an English summary.

The French rules do not read these blocks (their words are not French), yet the dates in them are
dates of the release like any other (docs/dev-set.md: `in 2021`, `from 13 to 18 October 2026`,
`until 30 September`). A few shapes cover what such a block says: days and day intervals with an
English month name (capitalised, as English writes it: "may" is a verb), a month with its year, and
a year after a preposition. A day without a year takes the document's year, as in French.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from dateutil.easter import easter

from pipeline import resources
from pipeline.extractors.dates.values import date_record, iso_day

DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]|20)\d{2}"
EASTER = re.compile(rf"(?<![\w-])Easter\s+(?P<year>{YEAR})(?![\w-])")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, int], re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    vocab = resources.load("dates.json")
    months = vocab["english_months"]
    month = "(?:" + "|".join(sorted(months, key=len, reverse=True)) + ")"
    joiner = "(?:" + "|".join(re.escape(j) for j in vocab["english_range_joiners"]) + ")"
    cue = "(?:" + "|".join(re.escape(c) for c in vocab["english_year_cues"]) + ")"
    interval = re.compile(
        rf"(?<![\w-])(?P<first>{DAY})(?:\s+(?P<first_month>{month})(?:,?\s+(?P<first_year>{YEAR}))?)?"
        rf"\s*{joiner}\s*(?P<last>{DAY})\s+(?P<month>{month})(?:,?\s+(?P<year>{YEAR}))?(?![\w-])"
    )
    day = re.compile(
        rf"(?<![\w-])(?:(?P<day>{DAY})\s+(?P<month>{month})|(?P<month_first>{month})\s+(?P<day_after>{DAY}))"
        rf"(?:,?\s+(?P<year>{YEAR}))?(?![\w-])"
    )
    month_year = re.compile(rf"(?<![\w-])(?P<month>{month})\s+(?P<year>{YEAR})(?![\w-])")
    year = re.compile(rf"(?i:(?<![\w-]){cue})\s*(?P<year>{YEAR})(?![\w-])")
    return months, interval, day, month_year, year


def _number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def english_dates(text: str, start: int, end: int, reference: dt.date | None) -> Iterator[dict]:
    """The dates of the English block text[start:end], as find_dates gives them (overlaps left to
    the caller): intervals, days, months of a year, years after a preposition."""
    months, interval, day, month_year, year = _vocabulary()
    default = reference.year if reference else None
    for m in interval.finditer(text, start, end):
        last_year = int(m["year"]) if m["year"] else default
        last_month = months[m["month"]]
        first_month = months[m["first_month"]] if m["first_month"] else last_month
        first_year = int(m["first_year"]) if m["first_year"] else last_year
        if first_year is not None and not m["first_year"] and first_month > last_month:
            first_year -= 1  # '2 November to 26 February 2027': the November before
        first = iso_day(first_year, first_month, _number(m["first"]))
        last = iso_day(last_year, last_month, _number(m["last"]))
        if first and last and first < last:
            yield date_record(
                text, m.start(), m.end(), f"{first}/{last}", "interval", "date.english_interval"
            )
    for m in day.finditer(text, start, end):
        month = months[m["month"] or m["month_first"]]
        value = iso_day(int(m["year"]) if m["year"] else default, month, _number(m["day"] or m["day_after"]))
        if value:
            yield date_record(text, m.start(), m.end(), value, "day", "date.english_day")
    for m in month_year.finditer(text, start, end):
        value = f"{m['year']}-{months[m['month']]:02d}"
        yield date_record(text, m.start(), m.end(), value, "month", "date.english_month")
    for m in EASTER.finditer(text, start, end):  # 'at Easter 2027': that year's Easter Sunday
        value = easter(int(m["year"])).isoformat()
        yield date_record(text, m.start(), m.end(), value, "day", "date.english_feast")
    for m in year.finditer(text, start, end):
        yield date_record(text, m.start("year"), m.end(), m["year"], "year", "date.english_year")
