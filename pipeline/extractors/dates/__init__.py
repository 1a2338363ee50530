"""French date mentions, normalised to ISO 8601 at their own granularity.

Regexes are composed from small named atoms (day, month, year, weekday), as in edsnlp; the
vocabularies come from resources/dates.json. Each rule proposes candidates; overlaps go to the
longest span (first_longest). Day-months without a year and relative expressions ("mardi
dernier", "aujourd'hui", "cette année") are resolved against the document date when there is one;
a day-month in a document without a date takes the year of the nearest dated mention.

The stages, one module each: patterns.py composes the regexes; rules.py runs them, by granularity
(day_rules.py, month_rules.py, year_rules.py, relative_rules.py, weekdays.py), and gives each
match its value (values.py reads numbers and days, context.py rejects what is no date, years.py
places a date printed without a year); here the overlaps are resolved and the spaCy component
fills the document.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import chain

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extractors.dates.english import english_dates
from pipeline.extractors.dates.events import follow_days, place_in_events
from pipeline.extractors.dates.feasts import feast_dates
from pipeline.extractors.dates.placing import place_years
from pipeline.extractors.dates.rules import candidates
from pipeline.extractors.dates.sequences import (
    anchor_eves,
    continue_month,
    cross_new_year,
    date_speeches,
    follow_list,
    join_ranges,
)
from pipeline.extractors.dates.teasers import teaser_blocks
from pipeline.extractors.dates.values import date_record, parse_iso
from pipeline.extractors.dates.years import complete_years
from pipeline.extractors.extensions import char_spans, text_of
from pipeline.extractors.language import in_french

TAG_OPEN = re.compile(r"<[A-Za-z/!][^<>]*$")
"""An HTML tag still open before a span: the span is in an attribute (a footnote's title="…"), unseen."""


def find_dates(text: str, reference: dt.date | None = None) -> list[dict]:
    """Every date mention in text: {start, end, text, value, granularity, rule}, in text order.
    The metadata rules ask again about the same lines and header (half the calls repeat one):
    the answer is kept, and each caller gets its own copies of the dicts."""
    return [dict(date) for date in _find_dates(text, reference)]


@lru_cache(maxsize=64)
def _find_dates(text: str, reference: dt.date | None) -> tuple[dict, ...]:
    found = [
        date_record(text, start, end, value, granularity, rule)
        for start, end, value, granularity, rule in chain(
            candidates(text, reference), feast_dates(text, reference)
        )
        if value and not TAG_OPEN.search(text, max(0, start - 300), start)
    ]
    placed = continue_month(complete_years(place_years(first_longest(found), text, reference)), text)
    placed = cross_new_year(follow_list(placed, text, reference), text, reference)
    placed = follow_days(place_in_events(placed, text, reference), text)
    return tuple(join_ranges(date_speeches(anchor_eves(placed, text), text, reference), text))


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
        from pipeline.extractors.metadata import FRONT_MATTER  # metadata imports find_dates

        metadata = doc._.metadata or {}
        reference = parse_iso(metadata.get("date"))
        text = text_of(doc)
        french = [d for d in find_dates(text, reference) if in_french(doc, d["start"], d["end"])]
        english = [  # the French rules do not read an English block (an `About`, a summary): its own do
            d
            for block in doc._.language_blocks or []
            if block["lang"] == "en"
            for d in first_longest(list(english_dates(text, block["start"], block["end"], reference)))
        ]
        # a markdown page's front matter ('date: 2019-05-02') is page metadata, not body text; the
        # body's opening headings the reader records beside it are body (a dateline stands above them)
        header_end = max(
            (
                end
                for key, (_, end) in (doc.user_data.get(FRONT_MATTER) or {}).items()
                if not key.startswith("heading")
            ),
            default=0,
        )
        teasers = teaser_blocks(text)  # 'À lire aussi' over other releases' titles: the site's
        doc._.dates = [
            d
            for d in sorted(french + english, key=lambda d: d["start"])
            if d["start"] >= header_end and not any(start <= d["start"] < end for start, end in teasers)
        ]
        doc.spans["dates"] = char_spans(doc, doc._.dates, "granularity")
        return doc


@Language.factory(
    "communique_dates",
    assigns=["doc._.dates", "doc.spans"],
    requires=["doc._.metadata", "doc._.language_blocks"],
)
def make_date_extractor(nlp: Language, name: str) -> DateExtractor:
    return DateExtractor(nlp, name)
