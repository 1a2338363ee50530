"""Speakers whose name a line break cuts before the quote.

A PDF's text layer wraps a name over two lines ('Le directeur de l'usine, Jean-Baptiste' ⏎
'Lemoine, se félicite : « … »', 'Pour Claire' ⏎ 'Dumont, présidente de …, « … »'), where the
entity extractor finds no person at all, so the quote loses its speaker or, for a fragment an
introducer gives, the quote itself. A known first name (the public first-name list the persons
extractor uses) ending a line, and a capitalised surname opening the next, are one person when they
stand where a speaker is named: after a comma, an introducer or a role word, or opening the line.
"""

from __future__ import annotations

import re

from pipeline.extractors.quote_patterns import Person, patterns

WRAPPED = re.compile(
    r"(?<![\w'’-])(?P<first>[A-ZÀ-Ý][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-öø-ÿ'’]+)?)[ \t]*\n[ \t]*"
    r"(?P<last>[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)?)(?=[ \t]*[,.;:)]|[ \t]+[a-zà-öø-ÿ])"
)
"""'Claire' ⏎ 'Dumont,' / 'Jean-Baptiste' ⏎ 'Lemoine se félicite': a first name ending a line, a
surname opening the next, then punctuation or a lower-case word."""

SPEAKER_SLOT = re.compile(r"(?:,|^|\n|(?<![\w'’])(?i:pour|selon|d['’]après))[ \t]*$")
"""Before the first name: a comma ('Le directeur, Jean' ⏎ 'Roy'), the line's start or an introducer
('Pour Claire' ⏎ 'Dumont')."""


def wrapped_persons(text: str, persons: list[Person], bodies: list[Person]) -> list[Person]:
    """Persons a line break cuts and the entity extractor missed, in a speaker's place (after a
    role word too: 'la présidente Claire' ⏎ 'Dumont')."""
    from pipeline.extractors.entities.person_names import sourced_first_names  # (import cycle)

    first_names = sourced_first_names()
    taken = persons + bodies
    role = re.compile(rf"(?<!\w)(?:{patterns().role_word.pattern})[ \t]+$", re.IGNORECASE)
    found = []
    for match in WRAPPED.finditer(text):
        start, end = match.span()
        before = text[max(0, start - 60) : start]
        if (
            all(part.lower() in first_names for part in match["first"].split("-"))
            and not any(s < end and start < e for s, e, _ in taken)
            and (SPEAKER_SLOT.search(before) or role.search(before))
        ):
            found.append((start, end, f"{match['first']} {match['last']}"))
    return found
