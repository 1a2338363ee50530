"""Days named by their weekday: "mardi prochain", "le samedi 11", a weekday alone, "le week-end dernier".

A weekday named alone is the coming one, or the last one when its sentence tells the past; a
weekday of every week (a timetable's row, "chaque mardi", "lundi, mercredi, vendredi" in a table
cell, "du lundi au vendredi") is a habit and no date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.extractors.dates.context import told_in_past
from pipeline.extractors.dates.patterns import patterns, vocab_key
from pipeline.extractors.dates.values import day_number


def weekday_candidates(text: str, reference: dt.date) -> Iterator[tuple[int, int, str | None, str, str]]:
    """(start, end, value, granularity, rule) for each weekday that names a day near the document date."""
    p = patterns()
    for m in p.relative_weekend.finditer(text):
        # "le week-end dernier": the Saturday and Sunday before the release's week; "le week-end
        # prochain": the coming one (the next week's when the release is itself of a week-end)
        saturday = reference + dt.timedelta(days=5 - reference.weekday())
        if p.vocab["relative_weekends"][vocab_key(m["word"])] < 0:
            saturday -= dt.timedelta(weeks=1)
        elif reference.weekday() >= 5:
            saturday += dt.timedelta(weeks=1)
        sunday = saturday + dt.timedelta(days=1)
        yield (
            m.start(),
            m.end(),
            f"{saturday.isoformat()}/{sunday.isoformat()}",
            "interval",
            "date.relative_weekend",
        )
    for m in p.relative_weekday.finditer(text):
        target, direction = (
            p.vocab["weekdays"][m["weekday"].lower()],
            p.vocab["relative_weekday_directions"][m["direction"].lower()],
        )
        if direction < 0:
            day = reference - dt.timedelta(days=(reference.weekday() - target) % 7 or 7)
        else:
            day = reference + dt.timedelta(days=(target - reference.weekday()) % 7 or 7)
        yield m.start(), m.end(), day.isoformat(), "day", "date.relative_weekday"
    for m in p.weekday_day.finditer(text):
        # "le samedi 11" (the month said before or not at all): the nearest day 11 that is a Saturday,
        # after the document date, or before it when the sentence tells the past
        back = told_in_past(text, m.start(), m.end())
        weekday, number = p.vocab["weekdays"][m["weekday"].lower()], day_number(m["day"])
        day = next(
            (
                d
                for offset in range(0, 370)
                for d in [reference + dt.timedelta(days=-offset if back else offset)]
                if d.day == number and d.weekday() == weekday
            ),
            None,
        )
        if day is None:  # no such day agrees with the weekday: the next day of that number
            day = next(
                (
                    d
                    for offset in range(0, 62)
                    for d in [reference + dt.timedelta(days=offset)]
                    if d.day == number
                ),
                None,
            )
        if day:
            yield m.start(), m.end(), day.isoformat(), "day", "date.weekday_day"
    for m in p.bare_weekday.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        weekday = p.vocab["weekdays"][m["weekday"].lower()]
        pair = p.weekday_range.match(text, m.end())
        following = pair and (p.vocab["weekdays"][pair["next"].lower()] - weekday) % 7 == 1
        if (
            p.habitual_before.search(before)
            or p.weekday_range_before.search(before)
            or MONTHLY_AFTER.match(text, m.end())
            or HOLIDAYS_AFTER.match(text, m.end())
            or _timetable_row(text, m.start(), _weekday_words())
            or any(
                w.start() <= m.start() < w.end()
                for w in _weekday_list().finditer(text, max(0, m.start() - 60))
            )
            or pair
            and not (following and pair["joiner"].lower() in {"et", "à", "au"})
        ):
            continue  # "chaque mardi", "du lundi au vendredi", "le premier samedi du mois": a habit
        # a weekday named alone is the coming one ("la journée de mardi"), or the last one when the
        # verb nearest to it in its sentence is in the past ("a refermé ses portes jeudi soir")
        offset = (weekday - reference.weekday()) % 7
        # (not after 'jusqu'à' or 'd'ici': 'a placé … en vigilance jusqu'à jeudi' bounds what runs on)
        if BESIDE_YESTERDAY.match(text, m.end()) or (
            not UNTIL_BEFORE.search(before) and told_in_past(text, m.start(), pair.end() if pair else m.end())
        ):
            offset = offset - 7 if offset else 0
        day = reference + dt.timedelta(days=offset)
        if pair:  # "mardi et mercredi", "la nuit de vendredi à samedi": two days in a row
            last = (day + dt.timedelta(days=1)).isoformat()
            yield m.start(), pair.end(), f"{day.isoformat()}/{last}", "interval", "date.weekday_pair"
        else:
            yield m.start(), m.end(), day.isoformat(), "day", "date.weekday"


def _timetable_row(text: str, index: int, weekdays: re.Pattern) -> bool:
    """'Lundi Étampes Maison des services 14 h-17 h' ⏎ 'Mardi Dourdan … 9 h-12 h', 'Saint-Pierre →
    Fortune mardi, jeudi, samedi départ 8 h 15' ⏎ 'Fortune → … lundi, vendredi départ 15 h 30': a
    weekday on a line with a time of day, beside another such line, is a timetable's row, every week's;
    so is a weekday on the line of a span of the week (a table's header 'Lundi – vendredi  Samedi')."""
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    end = len(text) if end < 0 else end
    if any(not m.start() <= index < m.end() for m in _week_span().finditer(text, start, end)):
        return True  # a table's header 'Lundi – vendredi  Samedi', 'du lundi au vendredi et le samedi'
    if not TIME_OF_DAY.search(text, start, end):
        return False
    before = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]
    after = text[end + 1 : (text.find("\n", end + 1) + 1 or len(text) + 1) - 1] if end < len(text) else ""
    return any(weekdays.search(line) and TIME_OF_DAY.search(line) for line in (before, after))


@lru_cache(maxsize=1)
def _weekday_words() -> re.Pattern:
    names = sorted(patterns().vocab["weekdays"], key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _week_span() -> re.Pattern:
    days = _weekday_words().pattern
    return re.compile(
        rf"{days}\s*(?:[–-]|au)\s*{days}", re.IGNORECASE
    )  # not the night "de vendredi à samedi"


@lru_cache(maxsize=1)
def _weekday_list() -> re.Pattern:
    """'lundi, mercredi, vendredi' in a table cell: weekdays listed by commas with no day number are
    the days of every week a service runs."""
    day = rf"{_weekday_words().pattern}(?![ \t]*\d)"
    return re.compile(rf"{day}(?:[ \t]*,[ \t]*{day})+", re.IGNORECASE)


TIME_OF_DAY = re.compile(r"(?<!\w)\d{1,2}[ \t]?h(?:[ \t]?\d{2})?(?!\w)")
"""'8 h 15', '14 h-17 h', '9h30'."""


UNTIL_BEFORE = re.compile(r"(?<!\w)(?:jusqu['’]à|d['’]ici(?:\s+à)?)\s+$", re.IGNORECASE)
"""A weekday after 'jusqu'à' or 'd'ici' bounds a state that runs from the document date on: the
coming one, even after a past verb ('a placé le département en vigilance jusqu'à jeudi')."""
BESIDE_YESTERDAY = re.compile(r"\s*(?:,|et)\s+(?:hier|avant-hier)(?!\w)", re.IGNORECASE)
"""'les déclarations reçues samedi et hier': a weekday told beside yesterday is the last one."""
MONTHLY_AFTER = re.compile(r"\s+(?:du|de chaque)\s+mois(?!\w)", re.IGNORECASE)
"""'le premier samedi du mois': a weekday of every month."""
HOLIDAYS_AFTER = re.compile(r"\s*(?:et|,)\s+(?:les\s+)?jours?\s+fériés(?!\w)", re.IGNORECASE)
"""'Dimanche et jours fériés : fermé': a row of opening hours, every week's."""
