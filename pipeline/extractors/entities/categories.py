"""Generic award categories name nothing: 'Prix du public', 'Prix du jury jeune', 'Prix de
l'innovation' are the categories any contest hands out (the prize list of a school contest, a film
festival, a trade fair), written with a capital because they open a line or a cell. A prize named
after someone or with a name of its own keeps a capitalised word ('Prix Coup de cœur', 'prix
Turing'); a category's complement is lower case. 'Prix du beurre' is a price, no name either."""

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


def without_categories(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less those that spell a generic award category."""
    return [c for c in candidates if not CATEGORY.fullmatch(text[c.start : c.end].replace("\u00a0", " "))]
