"""Generic categories and codes name nothing. 'Prix du public', 'Prix du jury jeune', 'Prix de
l'innovation' are the categories any contest hands out (the prize list of a school contest, a film
festival, a trade fair), written with a capital because they open a line or a cell. A prize named
after someone or with a name of its own keeps a capitalised word ('Prix Coup de cœur', 'prix
Turing'); a category's complement is lower case. 'Prix du beurre' is a price, no name either.
A letter and a number ('U15', 'J14') are an age group or a match day in a sports table, and a
programme line's weekday is abbreviated ('Sam. 12/07 – 20 h'); a share's ISIN code, a page
number, a reading time and a reference number are furniture."""

from __future__ import annotations

import re

from pipeline.extractors.entities.spans import Candidate

LOWER_WORD = r"[a-zà-ÿ][a-zà-ÿ'’-]*"
CATEGORY = re.compile(
    rf"(?:Grand )?[Pp]rix (?:du|de la|de l['’]|des|d['’]) ?{LOWER_WORD}"
    rf"(?: (?:et )?(?:des |de |du )?{LOWER_WORD})*"
)
"""'Prix du public', 'Prix du jury lycées professionnels', 'prix de l'enquête': 'Prix', an article
and lower-case words only."""


CODE = re.compile(r"[BJUV]\d{1,3}")
"""'U15' (an age group), 'J14' (a match day), 'V1', 'B2' (a level): a letter and a number in a
sports or a results table; not a road's ('A10', 'N162', 'D941'), a summit's ('G7', 'G20'), a
championship's ('F1') or a division's ('L1')."""

WEEKDAY = re.compile(r"(?:Lun|Mar|Mer|Jeu|Ven|Sam|Dim)\.?")
DATE_AFTER = re.compile(r"\.?[ \u00a0]*\d{1,2}\b")
"""'Sam. 12/07', 'Dim 13 juillet': an abbreviated weekday before a date."""

FURNITURE = re.compile(
    r"(?:ISIN [A-Z]{2}[A-Z0-9]{9}\d|Page \d{1,3}(?: sur \d{1,3})?"
    r"|(?:Temps de )?[Ll]ecture ?:? ?\d{1,2} ?min(?:utes?|\.)?)"
)
"""'ISIN FR0012345678' (a listed share's code under a financial release), 'Page 2 sur 3' (a PDF's
page footer), 'Lecture 3 min' (a web page's reading time under its date line): a code or furniture,
never a name."""

REFERENCE = re.compile(r"(?=[^/]*/)(?=\D*\d)[A-Z][A-Z0-9]*(?:[ /-][A-Z0-9]+)+")
"""'CP 2026/041', 'CA82/COM/2025-31': capitals and digits in parts joined by a slash are a
document's reference number (a release's, a file's), not a name."""


def without_categories(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less those that spell a generic award category, a code or a weekday."""
    return [c for c in candidates if not _category(text, c)]


def _category(text: str, candidate: Candidate) -> bool:
    name = text[candidate.start : candidate.end].replace("\u00a0", " ")
    return bool(
        CATEGORY.fullmatch(name)
        or CODE.fullmatch(name)
        or FURNITURE.fullmatch(name)
        or REFERENCE.fullmatch(name)
        or (WEEKDAY.fullmatch(name) and DATE_AFTER.match(text, candidate.end))
    )
