"""Shared by the metadata stages: the vocabulary of metadata.json, the header lines, folding."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline import resources
from pipeline.extractors.addresses import EMAIL, find_phones

DOMAIN = re.compile(r"\s*(?:[a-z0-9-]+\.)+(?:fr|com|org|net|eu|info|io|re|be|ch)(?:/\S*)?\s*", re.IGNORECASE)
HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_]{2,}")
URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
LINE = re.compile(r"[^\n]+")


@dataclass
class Line:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = resources.load("metadata.json")
    return {
        "types": sorted({unaccent(t) for t in resources.document_types()}, key=len, reverse=True),
        "furniture": set(data["furniture"]),
        "reference": re.compile(data["reference"]),
        "reference_leads": data["reference_leads"],
        "reference_code": re.compile(data["reference_code"]),
        "header_fraction": data["header_fraction"],
        "min_title_chars": data["min_title_chars"],
        "max_title_chars": data["max_title_chars"],
        "max_second_line_chars": data["max_second_line_chars"],
        "max_open_headline_chars": data["max_open_headline_chars"],
        "max_label_chars": data["max_label_chars"],
        "max_masthead_words": data["max_masthead_words"],
        "max_qualifier_words": data["max_qualifier_words"],
        "max_headline_lines": data["max_headline_lines"],
        "release_notice": re.compile(data["release_notice"]),
        "breadcrumb": re.compile(data["breadcrumb"]),
        "furniture_line": re.compile(data["furniture_line"]),
        "first_names": frozenset(resources.load("person_names.json")["first_names"]),
        "yearless_date_rules": set(data["yearless_date_rules"]),
        "published_stamp": re.compile(data["published_stamp"]),
        "updated_stamp": re.compile(data["updated_stamp"]),
        "function_words": set(data["function_words"]),
        "date_words": set(data["date_words"]),
        "min_sentence_words": data["min_sentence_words"],
        "max_letterhead_words": data["max_letterhead_words"],
        "not_places": set(data["dateline_not_places"]),
        "legal_forms": tuple(data["issuer"]["legal_forms"]),
        "site_sections": frozenset(data["site_sections"]),
        "site_rubrics": frozenset(data["site_rubrics"]),
        "letterhead_unit": re.compile(
            "(?:" + "|".join(map(re.escape, data["issuer"]["letterhead_units"])) + r")(?![\w'’-])"
        ),
        "range_end": re.compile(
            r"(?:(?:^|\s)(?:"
            + "|".join(re.escape(m) for m in data["range_markers"])
            + r")|\d\s*[-–—>/])\s*$",
            re.IGNORECASE,
        ),
    }


def fold(text: str) -> str:
    return re.sub(r"[\s.:!]+", " ", text.lower()).strip()


UNACCENTED = str.maketrans("àâäáãéèêëíìîïóòôöõúùûüçÿ", "aaaaaeeeeiiiiooooouuuucy")


def unaccent(text: str) -> str:
    """Lower-case accents dropped, one letter for one ('COMMUNIQUE' is printed for 'Communiqué')."""
    return text.translate(UNACCENTED)


def genre_fold(text: str) -> str:
    """fold() without accents: what a line is compared with the genres as (vocabulary 'types')."""
    return unaccent(fold(text))


INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
"""An HTML tag left in a markdown page ('<p><em>Paris, le 7 mai 2013.</em></p>')."""


def header_lines(text: str, limit: int) -> list[Line]:
    """The header's lines, HTML tags left in a markdown page blanked out (spaces of the same
    length, so that offsets in a line's text stay offsets in the document)."""
    return [
        Line(m.start(), m.end(), INLINE_TAG.sub(lambda tag: " " * len(tag.group()), m.group()))
        for m in LINE.finditer(text, 0, limit)
    ]


def is_contact_line(text: str) -> bool:
    """An e-mail, a link, a phone number, a social-media handle ('@VilleDeDouai'), or a web address
    alone ('exemple.beta.gouv.fr')."""
    return bool(
        EMAIL.search(text)
        or URL.search(text)
        or DOMAIN.fullmatch(text)
        or HANDLE.search(text)
        or find_phones(text, "FR")
    )
