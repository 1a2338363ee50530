"""Every rule's matches, each with its value and granularity: the candidates before overlaps are resolved.

The stages, one module each, run one loop per pattern in the order of patterns.DatePatterns:
absolute dates first (day_rules.py: numeric, ISO and written days, intervals of days;
month_rules.py: months, their intervals, quarters; year_rules.py: years, decades, centuries), then,
when the document has a date, the expressions relative to it (relative_rules.py: years, days,
months, weeks, seasons; weekdays.py: weekdays).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pipeline.extractors.dates.day_rules import day_candidates
from pipeline.extractors.dates.month_rules import month_candidates
from pipeline.extractors.dates.relative_rules import relative_candidates
from pipeline.extractors.dates.weekdays import weekday_candidates
from pipeline.extractors.dates.year_rules import year_candidates


def candidates(text: str, reference: dt.date | None) -> Iterator[tuple[int, int, str | None, str, str]]:
    """(start, end, value, granularity, rule) for every rule's match; overlaps are resolved later."""
    yield from day_candidates(text, reference)
    yield from month_candidates(text, reference)
    yield from year_candidates(text)
    if reference is None:
        return
    yield from relative_candidates(text, reference)
    yield from weekday_candidates(text, reference)
