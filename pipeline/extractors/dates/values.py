"""Matched text -> values: day, month and year numbers, ISO days, Roman centuries.

A two-digit year is read in a sliding century (20 -> 2020, 75 -> 1975); "1er", "1ᵉʳ" and "premier"
are day 1; a day that does not exist (31 February) gives no value, so the rule that matched it
proposes nothing rather than a wrong date.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extractors.dates.patterns import patterns, vocab_key

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def full_year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value < 50 else 1900
    return value


def day_number(text: str) -> int:
    folded = re.sub(r"\s+", "", text.lower())
    return 1 if folded in {"1er", "1ᵉʳ", "premier"} else int(folded)


def iso_day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def roman_number(text: str) -> int:
    values = [ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def parse_iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def date_record(text: str, start: int, end: int, value: str, granularity: str, rule: str) -> dict:
    """A found date as the record lists it: its span, its text, its value at its granularity, its rule."""
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "value": value,
        "granularity": granularity,
        "rule": rule,
    }


def value_parts(value: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of an ISO day or month; None for a value without a year."""
    found = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if not found:
        return None
    return int(found[1]), int(found[2]), int(found[3]) if found[3] else None


def shifted_years(value: str, years: int) -> str:
    """An ISO value moved by whole years (a 29 February that does not exist stays as it was)."""
    shifted = f"{int(value[:4]) + years:04d}{value[4:]}"
    if shifted.endswith("-02-29"):
        try:
            dt.date.fromisoformat(shifted)
        except ValueError:
            return value
    return shifted


def month_of(m: re.Match, name: str = "month") -> int:
    """The number of the month a match names in its group `name` ('juil.' -> 7)."""
    return patterns().months[vocab_key(m[name]).rstrip(".")]
