"""The rules for years and longer spans: the third stage of the date rules (rules.py runs them all).

Ranges and pairs of years, decades, centuries, a year after a cue ('en 2025') and a bare year
where its context reads as a date. Kept apart because a year is the most ambiguous of numbers:
most of this stage tells a year from an amount ('entre 1600 et 1650 visiteurs') or a name ('le
programme Horizon 2020', « Résister par l'écrit (1940-1945) »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.extractors.dates.context import ends_a_name, is_year_context
from pipeline.extractors.dates.patterns import patterns, vocab_key
from pipeline.extractors.dates.values import roman_number


def year_candidates(text: str) -> Iterator[tuple[int, int, str | None, str, str]]:
    """(start, end, value, granularity, rule) for every match of the year rules, in the patterns' order."""
    p = patterns()
    for m in p.year_interval.finditer(text):
        if int(m["first"]) < int(m["last"]) and not (ends_a_name(text, m.start()) or closes_a_title(text, m)):
            yield m.start(), m.end(), f"{m['first']}/{m['last']}", "interval", "date.year_interval"
    for m in p.year_pair.finditer(text):
        if m["noun"] and m["joiner"] == "et":
            continue  # 'résultats 2024 et 2025' compares two years; 'récoltes 2027 à 2031' spans them
        old = int(m["first"]) < 1800
        if old and (not m["cue"] or vocab_key(m["cue"]) != "entre" or int(m["last"]) - int(m["first"]) > 100):
            continue  # 'de 1200 à 1500' may be amounts
        if old and not CLAUSE_END.match(text, m.end()):
            continue  # 'entre 1600 et 1650 visiteurs' counts; 'entre 1650 et 1656.' dates
        if int(m["first"]) < int(m["last"]):
            yield m.start("first"), m.end(), f"{m['first']}/{m['last']}", "interval", "date.year_pair"
    for m in p.decade.finditer(text):
        decade = int(m["decade"]) if len(m["decade"]) == 4 else 1900 + int(m["decade"])
        yield m.start(), m.end(), f"{decade}/{decade + 9}", "interval", "date.decade"
    for m in p.century.finditer(text):
        number = roman_number(m["roman"]) if m["roman"] else int(m["number"])
        if 1 <= number <= 21:
            yield (
                m.start(),
                m.end(),
                f"{(number - 1) * 100 + 1:04d}/{number * 100:04d}",
                "interval",
                "date.century",
            )
    strong_cues, qualifiers = p.strong_year_cues, p.year_qualifiers
    for m in p.year_cue.finditer(text):
        cue = vocab_key(m["cue"])
        capitalised_mid_sentence = (
            m["cue"][0].isupper()
            and re.search(r"[\w,][ \t]*$", text[max(0, m.start() - 5) : m.start()])
            and not CAPS_BEFORE.search(text, max(0, m.start() - 30), m.start())
        )  # in a line of capitals ('12 PROJETS RÉALISÉS EN 2027') the case tells nothing
        if capitalised_mid_sentence:
            continue  # a name: "le programme Horizon 2020"
        if is_year_context(text, m.start("year"), m.end(), cue in strong_cues):
            yield (
                m.start() if cue in qualifiers else m.start("year"),
                m.end(),
                m["year"],
                "year",
                "date.year_cue",
            )
    for m in p.bare_year.finditer(text):
        if is_year_context(text, m.start(), m.end(), False):
            yield m.start(), m.end(), m["year"], "year", "date.bare_year"


CAPS_BEFORE = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ]{2,}[ \t]+$")


TITLE_CLOSE = re.compile(r"\)\s*[»”]")


def closes_a_title(text: str, m: re.Match) -> bool:
    """A span of years in brackets closing a quoted title is the title's: « Résister par l'écrit
    (1940-1945) » names a theme, as a year inside a name is no date (docs/annotation.md)."""
    return text[max(0, m.start() - 1) : m.start()] == "(" and bool(TITLE_CLOSE.match(text, m.end()))


CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$)", re.MULTILINE)
