"""Headlines set apart by layout: a PDF's largest-font line, a markdown or page heading; whether
one reads as a headline and when it beats the text rules' title."""

from __future__ import annotations

import re

from pipeline.extractors.dates import find_dates
from pipeline.extractors.issuer import names_a_body_alone
from pipeline.extractors.metadata_common import fold, is_contact_line, vocabulary
from pipeline.extractors.metadata_genre import printed_type


def layout_title(text: str, span: tuple[int, int]) -> str | None:
    """The largest-font line of a PDF's first page, when it reads as a headline."""
    title = re.sub(r"\s+", " ", text[span[0] : span[1]]).strip(" -–:")
    return title if headline_alone(title) else None


def layout_beats_text(title: str | None, layout: str | None) -> bool:
    """A PDF's largest-font headline over the text rules' title (printed above it: metadata.py)
    when the two differ and neither holds the other ('Concours Alkindi' in 'Concours Alkindi
    édition 2017-2018' keeps the text's): a baseline, a kicker or an unknown body's name read first
    by the text rules is smaller print. A name alone or a line of one or two words (a wordmark set
    large) does not count; nor does a large letterhead the text rules passed over."""
    if not title or not layout or len(layout.split()) < 3 or names_a_body_alone(layout):
        return False
    folded_title, folded_layout = fold(title), fold(layout)
    return folded_layout not in folded_title and folded_title not in folded_layout


def headline_alone(title: str) -> bool:
    """A line set apart as a heading (a PDF's largest font, a markdown '#') that reads as a
    headline: not a genre ('# Communiqué de presse'), furniture, a contact or a date line."""
    vocab = vocabulary()
    title = title.strip()
    dates = find_dates(title)
    return (
        vocab["min_title_chars"] <= len(title) <= vocab["max_title_chars"]
        and not is_contact_line(title)
        and not printed_type(title)
        and fold(title) not in vocab["furniture"]
        and not (dates and len(title) <= sum(len(d["text"]) for d in dates) + 12)
    )
