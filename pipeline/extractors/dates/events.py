"""Weekdays named alone inside the period a release announces.

A release announcing a fair "du 6 au 8 mars" that then says "(samedi, 15h)", "nocturne le
vendredi" or "le samedi soir" means the days of that fair, not the coming week's: a bare weekday,
or one after "le" (otherwise a habit, "le marché a lieu le vendredi"), that the first short period
of days after the document date contains is that period's day. A weekday told in the past keeps
its last occurrence.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extractors.dates.context import told_in_past
from pipeline.extractors.dates.patterns import patterns

LONGEST_EVENT = dt.timedelta(days=6)
"""A period of at most a week (a fair, a festival's weekend) is an event whose days a weekday names."""
FARTHEST_EVENT = dt.timedelta(days=90)
"""An event further off (next year's edition) is not the one a weekday of the release speaks of."""
JUST_OVER = dt.timedelta(days=14)
"""An event that ended this little before the document date is the one its review speaks of."""


def place_in_events(dates: list[dict], text: str, reference: dt.date | None) -> list[dict]:
    """Move bare weekdays to the announced event's days, and add 'le samedi' when an event holds it."""
    if reference is None:
        return dates
    event = _first_event(dates, reference)
    if event is None:
        return dates
    days = {(event[0] + dt.timedelta(days=i)).weekday(): event[0] + dt.timedelta(days=i) for i in range(7)}
    days = {weekday: day for weekday, day in days.items() if day <= event[1]}
    p = patterns()
    for date in dates:
        if date["rule"] == "date.weekday" and date["value"] >= reference.isoformat():
            weekday = p.vocab["weekdays"][date["text"].lower()]
            if weekday in days:
                date["value"] = days[weekday].isoformat()
    taken = [(d["start"], d["end"]) for d in dates]
    added = []
    for m in p.bare_weekday.finditer(text):
        weekday = p.vocab["weekdays"][m["weekday"].lower()]
        if weekday not in days or any(start < m.end() and m.start() < end for start, end in taken):
            continue
        if not ARTICLE.search(text, max(0, m.start() - 4), m.start()) or EVERY.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue
        if p.weekday_range.match(text, m.end()) or told_in_past(text, m.start(), m.end()):
            continue  # 'le lundi au vendredi': a habit; 'le samedi, il a …': the last one
        added.append(
            {
                "start": m.start(),
                "end": m.end(),
                "text": m.group(),
                "value": days[weekday].isoformat(),
                "granularity": "day",
                "rule": "date.event_weekday",
            }
        )
    return sorted(dates + added, key=lambda d: d["start"])


def _day_within(value: str, weekday: int) -> dt.date | None:
    """The day of a period of at most a week (an ISO interval of days) that falls on weekday."""
    found = re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", value)
    if not found:
        return None
    first, last = dt.date.fromisoformat(found[1]), dt.date.fromisoformat(found[2])
    if last - first > LONGEST_EVENT:
        return None
    return next(
        (day for i in range(7) if (day := first + dt.timedelta(days=i)) <= last and day.weekday() == weekday),
        None,
    )


ARTICLE = re.compile(r"(?<!\w)le\s+$", re.IGNORECASE)
EVERY = re.compile(r"(?<!\w)(?:chaque|tous\s+les|toutes\s+les)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _first_event(dates: list[dict], reference: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first period of a few days printed in the release, in the season after the document date
    or just over before it."""
    for date in dates:
        found = re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", date["value"])
        if date["granularity"] != "interval" or not found:
            continue
        first, last = dt.date.fromisoformat(found[1]), dt.date.fromisoformat(found[2])
        ahead = reference <= first <= reference + FARTHEST_EVENT
        # a fair's review ('a refermé ses portes'), its days printed: not 'la nuit de samedi à dimanche'
        just_over = reference - JUST_OVER <= last < reference and re.search(r"\d", date["text"])
        if (ahead or just_over) and last - first <= LONGEST_EVENT:
            return first, last
    return None


def follow_days(dates: list[dict], text: str) -> list[dict]:
    """'remis le samedi 30 mai de 14 h à 19 h, puis le dimanche dès 7 h': a weekday after 'le' that
    follows a day printed with its weekday in the same sentence is the next such weekday after it
    ('ouvert le 3 mars, et le samedi de 9 h à 12 h' stays a habit); one that follows a period of a
    few days holding it in the same sentence is that period's day ('les 4 et 5 juillet : visites,
    projection le samedi soir')."""
    p = patterns()
    taken = [(d["start"], d["end"]) for d in dates]
    added = []
    for m in p.bare_weekday.finditer(text):
        if any(start < m.end() and m.start() < end for start, end in taken):
            continue
        if not ARTICLE.search(text, max(0, m.start() - 4), m.start()) or EVERY.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue
        if p.weekday_range.match(text, m.end()):
            continue
        previous = next((d for d in reversed(dates) if d["end"] <= m.start()), None)
        if previous is None or m.start() - previous["end"] > 150:
            continue
        if re.search(r"[.!?;](?:\s|$)|\n", text[previous["end"] : m.start()]):
            continue
        held = _day_within(previous["value"], p.vocab["weekdays"][m["weekday"].lower()])
        if held is not None:  # 'le week-end des 4 et 5 juillet : … projection le samedi soir'
            found = {"start": m.start(), "end": m.end(), "text": m.group(), "granularity": "day"}
            added.append({**found, "value": held.isoformat(), "rule": "date.period_weekday"})
            continue
        if previous["granularity"] != "day" or not re.match(
            rf"(?:{'|'.join(p.vocab['weekdays'])})(?!\w)", previous["text"], re.IGNORECASE
        ):
            continue
        day = dt.date.fromisoformat(previous["value"])
        ahead = (p.vocab["weekdays"][m["weekday"].lower()] - day.weekday()) % 7
        if ahead:
            found = {"start": m.start(), "end": m.end(), "text": m.group(), "granularity": "day"}
            added.append(
                {**found, "value": (day + dt.timedelta(days=ahead)).isoformat(), "rule": "date.next_weekday"}
            )
    return sorted(dates + added, key=lambda d: d["start"])
