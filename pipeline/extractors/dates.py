"""French date mentions, normalised to ISO 8601 at their own granularity.

Regexes are composed from small named atoms (day, month, year, weekday), as in edsnlp; the
vocabularies come from resources/dates.json. Day-month without a year and relative expressions
("mardi dernier", "aujourd'hui") are resolved against the document date when there is one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.extensions import char_spans


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class DatePatterns:
    months: dict[str, int]
    weekdays: dict[str, int]
    numeric: re.Pattern
    iso: re.Pattern
    written_day: re.Pattern
    month_year: re.Pattern
    year_interval: re.Pattern
    year_cue: re.Pattern
    relative_day: re.Pattern
    relative_weekday: re.Pattern
    qualifiers: tuple[str, ...]
    relative_days: dict[str, int]
    directions: dict[str, int]


@lru_cache(maxsize=1)
def patterns() -> DatePatterns:
    vocab = resources.load("dates.json")
    months = vocab["months"]
    month = rf"(?P<month>{_alternation(list(months))})\.?"
    weekday = rf"(?P<weekday>{_alternation(list(vocab['weekdays']))})"
    day = r"(?P<day>1er|1ᵉʳ|premier|[0-3]?\d)"
    year = r"(?P<year>(?:19|20)\d{2})"
    flags = re.IGNORECASE
    return DatePatterns(
        months=months,
        weekdays=vocab["weekdays"],
        numeric=re.compile(r"(?<![\d./])(?P<day>[0-3]?\d)([/.])(?P<month>[01]?\d)\2(?P<year>(?:19|20)\d{2}|\d{2})(?![\d/]|\.\d)"),
        iso=re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d])"),
        written_day=re.compile(rf"\b(?:{weekday}\s+)?{day}\s+{month}(?:\s+{year})?(?!\w)", flags),
        month_year=re.compile(rf"\b(?:(?P<qualifier>début|fin|mi-)\s*)?{month}\s+{year}(?!\w)", flags),
        year_interval=re.compile(r"(?<![\w/-])(?P<first>(?:19|20)\d{2})\s?[-–]\s?(?P<last>(?:19|20)\d{2})(?![\w-])"),
        year_cue=re.compile(rf"(?<!\w)(?P<cue>{_alternation(vocab['year_cues'])})\s*{year}(?![\w-]|/\d)", flags),
        relative_day=re.compile(rf"(?<!\w)(?P<word>{_alternation(list(vocab['relative_days']))})(?!\w)", flags),
        relative_weekday=re.compile(
            rf"\b{weekday}\s+(?P<direction>{_alternation(list(vocab['relative_weekday_directions']))})\b", flags
        ),
        qualifiers=tuple(vocab["year_qualifiers"]),
        relative_days=vocab["relative_days"],
        directions=vocab["relative_weekday_directions"],
    )


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value < 50 else 1900
    return value


def _day(text: str) -> int:
    return 1 if text.lower() in {"1er", "1ᵉʳ", "premier"} else int(text)


def _iso_day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def find_dates(text: str, reference: dt.date | None = None) -> list[dict]:
    """Every date mention in text: {start, end, text, value, granularity, rule}, in text order."""
    p = patterns()
    found: list[dict] = []

    def add(start: int, end: int, value: str | None, granularity: str, rule: str) -> None:
        if value:
            found.append({"start": start, "end": end, "text": text[start:end], "value": value,
                          "granularity": granularity, "rule": rule})

    for m in p.numeric.finditer(text):
        add(m.start(), m.end(), _iso_day(_year(m["year"]), int(m["month"]), int(m["day"])) if 1 <= int(m["month"]) <= 12 else None, "day", "date.numeric")
    for m in p.iso.finditer(text):
        add(m.start(), m.end(), _iso_day(int(m["year"]), int(m["month"]), int(m["day"])), "day", "date.iso")
    for m in p.written_day.finditer(text):
        year = int(m["year"]) if m["year"] else (reference.year if reference else None)
        month = p.months[m["month"].lower()]
        value = _iso_day(year, month, _day(m["day"]))
        if value is None and year is None and 1 <= _day(m["day"]) <= 31:
            value = f"--{month:02d}-{_day(m['day']):02d}"
        add(m.start(), m.end(), value, "day", "date.written_day" if m["year"] else "date.day_month")
    for m in p.month_year.finditer(text):
        add(m.start(), m.end(), f"{m['year']}-{p.months[m['month'].lower()]:02d}", "month", "date.month_year")
    for m in p.year_interval.finditer(text):
        if int(m["first"]) < int(m["last"]):
            add(m.start(), m.end(), f"{m['first']}/{m['last']}", "interval", "date.year_interval")
    for m in p.year_cue.finditer(text):
        start = m.start() if m["cue"].lower() in p.qualifiers else m.start("year")
        add(start, m.end(), m["year"], "year", "date.year_cue")
    if reference is not None:
        for m in p.relative_day.finditer(text):
            offset = p.relative_days[m["word"].lower()]
            add(m.start(), m.end(), (reference + dt.timedelta(days=offset)).isoformat(), "day", "date.relative_day")
        for m in p.relative_weekday.finditer(text):
            target, direction = p.weekdays[m["weekday"].lower()], p.directions[m["direction"].lower()]
            delta = (reference.weekday() - target) % 7 or 7
            day = reference - dt.timedelta(days=delta) if direction < 0 else reference + dt.timedelta(days=(target - reference.weekday()) % 7 or 7)
            add(m.start(), m.end(), day.isoformat(), "day", "date.relative_weekday")
    return first_longest(found)


def first_longest(items: list[dict]) -> list[dict]:
    """Keep the longest of overlapping spans, earlier first (spaCy's first_longest filter, on dicts)."""
    kept: list[dict] = []
    taken: set[int] = set()
    for item in sorted(items, key=lambda i: (-(i["end"] - i["start"]), i["start"])):
        if not taken.intersection(range(item["start"], item["end"])):
            kept.append(item)
            taken.update(range(item["start"], item["end"]))
    return sorted(kept, key=lambda i: i["start"])


class DateExtractor:
    """Fills doc._.dates and doc.spans["dates"]; runs after metadata, whose date anchors relative dates."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        metadata = doc._.metadata or {}
        doc._.dates = find_dates(doc.text, parse_iso(metadata.get("date")))
        doc.spans["dates"] = char_spans(doc, doc._.dates, "granularity")
        return doc


@Language.factory("communique_dates", assigns=["doc._.dates", "doc.spans"], requires=["doc._.metadata"])
def make_date_extractor(nlp: Language, name: str) -> DateExtractor:
    return DateExtractor(nlp, name)
