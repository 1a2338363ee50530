"""A letterhead's tagline names nothing: 'Festival des cultures de la mer · Douarnenez', 'Découpe laser
de précision · Thiers'. Under an issuer's name, a line of parts joined by middle dots says what
the issuer does and where; a part made of one capitalised word and lower-case words only is that
description (an event head-word opening it does not make it an event's name), while a part
holding a capitalised name of its own ('Festival Voix du Large · Douarnenez') keeps it."""

from __future__ import annotations

import re

from pipeline.extractors.entities.spans import Candidate

DESCRIPTION = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ \u00a0]+[a-zà-ÿ][a-zà-ÿ'’-]*)+")
"""'Festival international du film côtier': a capitalised word, then lower-case words only ('d'acier' too)."""


def without_taglines(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less the things (MISC) that are a whole descriptive part of a dotted line."""
    return [c for c in candidates if not (c.label == "MISC" and _tagline_part(text, c.start, c.end))]


def _tagline_part(text: str, start: int, end: int) -> bool:
    if not DESCRIPTION.fullmatch(text[start:end]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start].rstrip(" \t*_")
    after = text[end:line_end].lstrip(" \t*_")
    opens_part = before == "" or before.endswith("·")
    closes_part = after == "" or after.startswith("·")
    return opens_part and closes_part and (before.endswith("·") or after.startswith("·"))
