"""The rules for days and spans of days: the first stage of the date rules (rules.py runs them all).

Numeric and ISO days, written days ('le 3 mars'), a web page's 'Juil 5, 2022', and the periods made
of days: numeric ranges ('du 7 au 11/07'), day lists ('les 3, 10 et 17 mars': one period), and
ranges across months. A day interval with no year anywhere yet takes the stand-in year that
years.complete_years replaces. Kept together because they all read a day and its month.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from pipeline.extractors.dates.patterns import patterns, vocab_key
from pipeline.extractors.dates.values import day_number, full_year, iso_day, month_of
from pipeline.extractors.dates.years import YEARLESS, next_days, shift_year


def day_candidates(text: str, reference: dt.date | None) -> Iterator[tuple[int, int, str | None, str, str]]:
    """(start, end, value, granularity, rule) for every match of the day rules, in the patterns' order."""
    p = patterns()
    ref_year = reference.year if reference else None
    for m in p.numeric.finditer(text):
        month = int(m["month"])
        yield (
            m.start(),
            m.end(),
            iso_day(full_year(m["year"]), month, int(m["day"])) if 1 <= month <= 12 else None,
            "day",
            "date.numeric",
        )
    for m in p.numeric_day_month.finditer(text):
        month, day = int(m["month"]), int(m["day"])
        named = m["weekday"] or m["abbr"]  # 'Mer. 8/07', 'vendredi 10/07': the weekday picks the year
        agreed = weekday_year(p, named, ref_year, month, day) if named and ref_year else None
        if m["abbr"] and not m["dot"] and agreed is None:
            continue  # 'la mer 4/5': a word, unless its weekday is the day's
        year = agreed or ref_year
        yield (
            m.start() if named else m.start("day"),
            m.end(),
            iso_day(year, month, day) if 1 <= month <= 12 else None,
            "day",
            "date.numeric_day_month",
        )
    for m in TABLE_DAY.finditer(text):
        # a programme or works table's row or cell: '23/05  Lorient – salle X', '…  20/07 – 28/08'
        if ref_year is None:
            continue
        if m["day"]:
            value = iso_day(ref_year, int(m["month"]), int(m["day"]))
            yield m.start("day"), m.end(), value, "day", "date.numeric_day_month"
            continue
        first = iso_day(ref_year, int(m["first_month"]), int(m["first"]))
        last = iso_day(ref_year, int(m["last_month"]), int(m["last"]))
        if first and last and first < last:
            yield m.start(), m.end(), f"{first}/{last}", "interval", "date.numeric_interval"
    for m in p.numeric_interval.finditer(text):
        # "du 7 au 11/07/2025", "du 24/12/2024 au 02/01/2025": one period, like "du 7 au 11 juillet"
        last_month = int(m["month"])
        first_month = int(m["first_month"]) if m["first_month"] else last_month
        last_year = full_year(m["year"]) if m["year"] else ref_year or YEARLESS
        first_year = full_year(m["first_year"]) if m["first_year"] else last_year - (first_month > last_month)
        start_value = iso_day(first_year, first_month, int(m["first"])) if 1 <= first_month <= 12 else None
        end_value = iso_day(last_year, last_month, int(m["last"])) if 1 <= last_month <= 12 else None
        if start_value and end_value and start_value < end_value:
            yield m.start("first"), m.end(), f"{start_value}/{end_value}", "interval", "date.numeric_interval"
    for m in p.iso.finditer(text):
        yield m.start(), m.end(), iso_day(int(m["year"]), int(m["month"]), int(m["day"])), "day", "date.iso"
    for m in p.written_day.finditer(text):
        month, day = month_of(m), day_number(m["day"])
        year = int(m["year"]) if m["year"] else ref_year
        value = iso_day(
            year and shift_year(month, day, year, reference, None if m["year"] else m["direction"]),
            month,
            day,
        )
        if value is None and year is None and 1 <= day <= 31:
            value = f"--{month:02d}-{day:02d}"
        yield m.start(), m.end(), value, "day", "date.written_day" if m["year"] else "date.day_month"
    for m in p.month_day_year.finditer(text):
        # a web page's English-style stamp: "Juil 5, 2022"
        value = iso_day(int(m["year"]), month_of(m), day_number(m["day"]))
        yield m.start(), m.end(), value, "day", "date.month_day_year"
    for m in p.day_slash_pair.finditer(text):
        # "le week-end du 29/30 février": two or three days in a row, one period (a day past the
        # month's end is the next month's: 30 February 2020 is 1 March)
        first, last = int(m["first"]), int(m["last"])
        start_day = iso_day(int(m["year"]) if m["year"] else ref_year or YEARLESS, month_of(m), first)
        if start_day and 0 < last - first <= 3:
            begin = dt.date.fromisoformat(start_day)
            end_day = (begin + dt.timedelta(days=last - first)).isoformat()
            yield m.start(), m.end(), f"{start_day}/{end_day}", "interval", "date.day_slash_pair"
    for m in p.day_interval.finditer(text):
        month, first, last = month_of(m), day_number(m["first"]), day_number(m["last"])
        year = int(m["year"]) if m["year"] else ref_year
        if not first < last:
            continue
        if year is None:
            # no year anywhere yet: a leap year stands in, and years.complete_years gives the real one
            start_value, end_value = iso_day(YEARLESS, month, first), iso_day(YEARLESS, month, last)
        else:
            year = shift_year(month, first, year, reference, None if m["year"] else m["direction"])
            start_value, end_value = iso_day(year, month, first), iso_day(year, month, last)
        if not (start_value and end_value):
            continue
        # "les 3, 10 et 17 mars", "les samedis 15 et 22 mars": one period from the first day to the
        # last, as the guide's "les 9 et 10 novembre" (docs/dev-set.md, dev-i and dev-x)
        yield m.start(), m.end(), f"{start_value}/{end_value}", "interval", "date.day_interval"
    for m in p.cross_month_interval.finditer(text):
        first_month, last_month = month_of(m, "first_month"), month_of(m, "last_month")
        paired = vocab_key(m["joiner"]) in p.vocab["pair_joiners"]
        if (
            paired
            and not p.between_before.search(text, max(0, m.start() - 30), m.start())
            and not next_days(
                int(m["last_year"] or m["first_year"] or ref_year or YEARLESS),
                (first_month, day_number(m["first"])),
                (last_month, day_number(m["last"])),
            )
        ):
            # "entre le 28 février et le 3 mars": a period; "le 28 février et le 3 mars" stay two
            # days; "les 30 septembre et 1er octobre", two days in a row, are one period
            continue
        last_year = (
            int(m["last_year"]) if m["last_year"] else (int(m["first_year"]) if m["first_year"] else ref_year)
        )
        if last_year is None:
            continue
        first_year = (
            int(m["first_year"])
            if m["first_year"]
            else (last_year - 1 if first_month > last_month else last_year)
        )
        if reference and not (m["first_year"] or m["last_year"]) and first_month > last_month:
            # '16 novembre – 29 janvier' said in September: the winter to come, nearer than the last
            start = iso_day(ref_year, first_month, day_number(m["first"]))
            end = iso_day(ref_year, last_month, day_number(m["last"]))
            ahead = start and (dt.date.fromisoformat(start) - reference).days
            behind = end and (reference - dt.date.fromisoformat(end)).days
            if ahead is not None and behind is not None and 0 <= ahead < behind:
                first_year, last_year = ref_year, ref_year + 1
        start_value, end_value = (
            iso_day(first_year, first_month, day_number(m["first"])),
            iso_day(last_year, last_month, day_number(m["last"])),
        )
        if m["first_year"] and start_value and end_value and start_value[4:] == end_value[4:]:
            continue  # '8 mai 1945 – 8 mai 2026': one day and its anniversary, two dates
        if start_value and end_value and start_value < end_value:
            yield m.start(), m.end(), f"{start_value}/{end_value}", "interval", "date.cross_month_interval"


TABLE_DAY = re.compile(
    r"(?:(?<=\n)|^)[ \t]*(?P<day>[0-3]\d)/(?P<month>[01]\d)(?![\d/]|\.\d)(?=[ \t]+\S)"
    r"|(?<![\w/.])(?P<first>[0-3]\d)/(?P<first_month>[01]\d)[ \t]*[-–][ \t]*"
    r"(?P<last>[0-3]\d)/(?P<last_month>[01]\d)(?![\d/]|\.\d)"
)
"""A two-digit day and month in a table: opening a row ('23/05  Lorient – salle X'), or a span of
two ('travaux   20/07 – 28/08'); prose writes 'le 23/05', 'du 20/07 au 28/08'."""


def weekday_year(p, weekday: str, ref_year: int, month: int, day: int) -> int | None:
    """The year, the document's or one either side, in which day/month falls on that weekday: a
    release of December announcing 'ven. 9/01' means January of the next year; None when none agrees."""
    number = {**p.vocab["weekdays"], **p.vocab["weekday_abbreviations"]}[weekday.lower()]
    for year in (ref_year, ref_year + 1, ref_year - 1):
        try:
            if dt.date(year, month, day).weekday() == number:
                return year
        except ValueError:
            return None
    return None
