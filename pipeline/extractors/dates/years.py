"""Year inference: the year of a date printed without one.

A day-month is placed against the document date, before it or after it as "dernier" and
"prochain" say ("26 avril dernier"); two days joined by "et" are one period when they follow each
other across a month's end ("les 30 septembre et 1er octobre"). In a document with no date, days
without a year carry a stand-in leap year until the end, then take the year of the nearest dated
mention before them (else after them): a release's days belong to the period it announces.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extractors.dates.patterns import patterns
from pipeline.extractors.dates.values import iso_day

YEARLESS = 2400
"""Stand-in year of a day printed without one, until one is found: a leap year (29 February holds)
that no text's year can be (YEAR reads 1800 to 2099)."""


def shift_year(month: int, day: int, year: int, reference: dt.date | None, direction: str | None) -> int:
    """'26 avril dernier' lies before the document date, '3 mars prochain' after it."""
    if reference is None or not direction:
        return year
    sign = patterns().vocab["relative_weekday_directions"][direction.lower()]
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year
    if sign < 0 and candidate > reference:
        return year - 1
    if sign > 0 and candidate < reference:
        return year + 1
    return year


def next_days(year: int, first: tuple[int, int], last: tuple[int, int]) -> bool:
    """(month, day) `last` is the day after `first` in that year (or the year before, across New Year)."""
    try:
        day = dt.date(year - (first[0] > last[0]), *first)
    except ValueError:
        return False
    following = day + dt.timedelta(days=1)
    return (following.month, following.day) == last


def complete_years(dates: list[dict]) -> list[dict]:
    """Without a document date, '12 mai' takes the year of the nearest day printed with its year
    before it, else of the nearest dated mention before it (else after it): a release's days
    without a year belong to the period it announces."""
    stand_in = str(YEARLESS)
    yearless = {d["start"] for d in dates if d["value"].startswith(("--", stand_in))}
    years = [
        (d["start"], d["value"][:4], bool(re.match(r"\d{4}-\d{2}-\d{2}", d["value"])))
        for d in dates
        if re.match(r"\d{4}", d["value"]) and d["start"] not in yearless
    ]
    for date in dates:
        if date["start"] not in yearless:
            continue
        if not years:
            date["value"] = "/".join("--" + part[-5:] for part in date["value"].split("/"))
            continue
        # a day printed with its year places the days after it better than a year of history
        # ('construite au XVIe siècle', 'en novembre 2023') printed between them
        days_before = [y for s, y, day in years if s < date["start"] and day]
        before = [y for s, y, _ in years if s < date["start"]]
        year = (days_before or before or [years[0][1]])[-1]
        parts = [iso_day(int(year), int(part[-5:-3]), int(part[-2:])) for part in date["value"].split("/")]
        if all(parts):
            date["value"] = "/".join(parts)
    return dates
