"""The rules relative to the document's date: the last stage of the date rules (rules.py runs them all).

'l'an prochain', 'un an plus tôt', 'demain', 'le mois dernier', 'la semaine prochaine', 'cet
hiver', 'avant Noël': each needs the document's date, and runs only when there is one. Kept apart
because their values are computed from that date, not read from the text (the weekdays, 'mardi
prochain', are weekdays.py's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from pipeline.extractors.dates.context import is_resolvable, is_year_context
from pipeline.extractors.dates.patterns import patterns, vocab_key


def relative_candidates(text: str, reference: dt.date) -> Iterator[tuple[int, int, str | None, str, str]]:
    """(start, end, value, granularity, rule) for every match of the rules relative to the document's
    date, in the patterns' order."""
    p = patterns()
    ref_year = reference.year
    for m in p.relative_year.finditer(text):
        yield (
            m.start(),
            m.end(),
            str(ref_year + p.vocab["relative_years"][vocab_key(m["word"])]),
            "year",
            "date.relative_year",
        )
    for m in p.sentence_relative_year.finditer(text):
        # 'contre 52 jours un an plus tôt', 'l'été précédent': the year before the one the sentence
        # is about (`au second semestre 2025, … qu'un an plus tôt`: 2024), or before the document's
        word = vocab_key(m["word"])
        if word in p.vocab["compared_years"] and not p.comparison_before.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # 'aurait pu être dépistée un an plus tôt': a delay, not a year compared
        anchor = sentence_year(text, m.start()) or ref_year
        shift = p.vocab["years_from_the_sentence"][word]
        yield m.start(), m.end(), str(anchor + shift), "year", "date.sentence_relative_year"
    for m in p.year_part.finditer(text):
        if p.year_part_not_after.search(text, max(0, m.start() - 15), m.start()):
            continue  # a noun's 'prime de fin d'année', a running count 'depuis le début de l'année'
        yield m.start(), m.end(), str(ref_year), "year", "date.year_part"
    for m in p.relative_day.finditer(text):
        word = vocab_key(m["word"])
        if is_resolvable(text, m.start(), m.end(), word):
            day = reference + dt.timedelta(days=p.vocab["relative_days"][word])
            yield m.start(), m.end(), day.isoformat(), "day", "date.relative_day"
    for m in p.relative_month.finditer(text):
        index = reference.year * 12 + reference.month - 1 + p.vocab["relative_months"][vocab_key(m["word"])]
        yield m.start(), m.end(), f"{index // 12}-{index % 12 + 1:02d}", "month", "date.relative_month"
    for m in p.relative_week.finditer(text):
        monday = reference - dt.timedelta(days=reference.weekday())
        monday += dt.timedelta(weeks=p.vocab["relative_weeks"][vocab_key(m["word"])])
        sunday = monday + dt.timedelta(days=6)
        yield (
            m.start(),
            m.end(),
            f"{monday.isoformat()}/{sunday.isoformat()}",
            "interval",
            "date.relative_week",
        )
    for m in p.relative_season.finditer(text):
        value = season_value(p, vocab_key(m["season"] or m["named"]), m["direction"], reference)
        if m["direction"] and "/" in value and not frames_a_sentence(text, m):
            continue  # 'filmée l'hiver dernier': the samples' gold leaves a past or next winter out
        yield m.start(), m.end(), value, "interval" if "/" in value else "year", "date.relative_season"
    for m in p.holiday_deadline.finditer(text):
        month, day = p.vocab["holidays"][vocab_key(m["holiday"])]
        year = reference.year + ((month, day) < (reference.month, reference.day))
        yield m.start("holiday"), m.end(), f"{year}-{month:02d}-{day:02d}", "day", "date.holiday"


def season_value(p, season: str, direction: str | None, reference: dt.date) -> str:
    """'cet été' is the document's year, 'l'été dernier' the last one over (said in September, this
    year's), 'l'hiver prochain' the next to begin; a winter is the two years it spans ('cet hiver'
    in February or May 2026 is 2025/2026, in November 2025 too; 'l'hiver dernier' in September
    2025 would be 2024/2025)."""
    first, last = p.vocab["seasons"][season]
    now = (reference.year, reference.month)
    sign = p.vocab["season_directions"][vocab_key(direction)] if direction else 0
    # the one under way or to come; a winter said up to May is the one just ending
    start = reference.year - (first > last and reference.month <= last + 3)

    def end(year: int) -> tuple[int, int]:
        return (year + (first > last), last)

    if sign < 0:
        start = next(year for year in range(reference.year, reference.year - 3, -1) if end(year) < now)
    elif sign > 0:
        start = next(year for year in range(reference.year - 1, reference.year + 3) if (year, first) > now)
    return f"{start}/{start + 1}" if first > last else str(start)


def frames_a_sentence(text: str, m: re.Match) -> bool:
    """'L'hiver dernier, 1 100 enfants ont été hospitalisés': a past or next winter opening its
    sentence before a comma is the frame the sentence's facts are placed in (docs/dev-set.md, dev-k)."""
    lead = text[max(0, m.start() - 4) : m.start()]
    opens = not lead.strip(" \t«\u00a0") or lead.rstrip(" \t«\u00a0")[-1:] in "\n.!?"
    return m.group()[0].isupper() and opens and text.startswith(",", m.end())


def sentence_year(text: str, start: int) -> int | None:
    """The last year printed in the sentence before start, when one is read as a date."""
    lead_start = max(0, start - 300)
    stops = [s.end() for s in re.finditer(r"[.!?;](?:\s|$)|\n\s*\n", text[lead_start:start])]
    sentence_start = lead_start + (stops[-1] if stops else 0)
    years = [
        m
        for m in patterns().bare_year.finditer(text, sentence_start, start)
        if is_year_context(text, m.start(), m.end(), True)
    ]
    return int(years[-1]["year"]) if years else None
