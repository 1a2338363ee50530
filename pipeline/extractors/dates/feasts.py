"""Movable feasts: 'Pâques 2027', 'à la Pentecôte', 'pour l'Ascension', and 'Easter 2027' in an
English block. A feast names one day, reckoned from Easter (docs/dev-set.md, dev-y: a feast with or
without its year is a day date, like a public holiday). Without its year, a feast is the one of the
last year printed with it before (a headline's 'à Pâques 2027' places a quote's 'la messe de
Pâques'), else the next one from the document date. A feast after another noun ('Stage de Pâques',
'vacances de Pâques') names a course or a school holiday, no day: only a preposition or a mass leads one."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from dateutil.easter import easter  # Gregorian (western) Easter Sunday

from pipeline import resources
from pipeline.extractors.dates.patterns import YEAR


@lru_cache(maxsize=1)
def _feasts() -> tuple[dict[str, int], re.Pattern]:
    vocab = resources.load("dates.json")
    offsets = vocab["movable_feasts"]
    names = "|".join(re.escape(n) for n in sorted(offsets, key=len, reverse=True))
    cues = "|".join(re.escape(c) for c in sorted(vocab["feast_cues"], key=len, reverse=True))
    pattern = re.compile(
        rf"(?:(?<![\w-])(?i:{cues})\s+(?:(?i:la|le|l['’])\s*)?)?(?<![\w-])(?P<feast>{names})(?![\w-])"
        rf"(?:\s+(?P<year>{YEAR})(?![\w-]))?"
    )
    return {name.lower(): offset for name, offset in offsets.items()}, pattern


def feast_dates(
    text: str, reference: dt.date | None, start: int = 0, end: int | None = None
) -> Iterator[tuple]:
    """(start, end, value, granularity, rule) of each movable feast in text[start:end]."""
    offsets, pattern = _feasts()
    printed: int | None = None
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        led = m.start() < m.start("feast")
        offset = dt.timedelta(days=offsets[m["feast"].lower()])
        if m["year"]:
            printed = int(m["year"])
        if m["year"] or led and printed is not None:
            day = easter(printed) + offset
        elif led and reference is not None:  # the next one, the document's day included
            day = easter(reference.year) + offset
            day = day if day >= reference else easter(reference.year + 1) + offset
        else:
            continue
        yield m.start("feast"), m.end(), day.isoformat(), "day", "date.movable_feast"
