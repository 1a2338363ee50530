"""Titles of works set off by quotation marks ('« Les Fourberies de Scapin »', '“Le Voyage de Lila”'):
the marks bound the name, article included, and what they set off is a work, a study or a programme,
not a body (a company or a person is not written in quotation marks). Markdown italics are gone by now
(the reader cleans markers), so only quotation marks are read."""

from __future__ import annotations

import re

from pipeline.extractors.entities.spans import Candidate

QUOTED_TITLE = re.compile(
    r"(?:«[ \u00a0\u202f]*|“)(?P<title>[A-ZÀ-Ý][^«»“”\n.!?:;]{0,80}?)(?:[ \u00a0\u202f]*»|”)"
)
"""A capitalised title between « » or “ ”, on one line, with no sentence punctuation inside: a quoted
sentence is not a title."""
ARTICLE = re.compile(r"(?:Les|La|Le|L['’])\s*")
MAX_WORDS = 7
"""A longer capitalised stretch in quotation marks is a quoted sentence, not a title."""
KNOWN_SOURCES = {"gazetteer", "issuer", "acronym"}
"""Names a list or the letterhead already knows: their label and bounds stand."""


def quoted_titles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with a name that a title in quotation marks holds stretched to the
    whole title (its article and its lower-case words: '« Les Français et la sobriété »') and labelled
    MISC; a person's name or a known body inside a title stays as it is."""
    titles = [
        (m.start("title"), m.end("title"))
        for m in QUOTED_TITLE.finditer(text)
        if len(m["title"].split()) <= MAX_WORDS
    ]
    if not titles:
        return candidates
    result = []
    for c in candidates:
        title = next(
            (
                (start, end)
                for start, end in titles
                if start <= c.start
                and c.end <= end
                and (c.start == start or ARTICLE.fullmatch(text[start : c.start]))
            ),
            None,
        )
        if title is None or c.source in KNOWN_SOURCES or c.label == "PER":
            result.append(c)
            continue
        result.append(Candidate(title[0], title[1], "MISC", c.source, c.rule, c.key))
    return result
