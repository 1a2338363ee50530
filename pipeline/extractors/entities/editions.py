"""Names closed by a year: 'Horizon 2030', 'France 2030', 'Cap Jeunes 2026-2028'. A year written right
after a name, with no preposition or date before it, dates a plan, a programme, a survey or an event
(every one of the 24 gold names holding a year in the tune and read gold is MISC); the name alone is
another thing (a country, a common word)."""

from __future__ import annotations

import re

from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import (
    fold,
    folded_countries,
    folded_places,
    head_label,
    vocabulary,
)

YEAR_AFTER = re.compile(r"[ \u00a0](?:19|20)\d\d(?:[-–](?:19|20)\d\d)?(?![\w/.,-]\d|[\w/-])")
"""' 2030', ' 2026-2028' right after a name (not '2030/31', '2024-25', '2025.12')."""


def dated_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Each capitalised name a year follows stretched over the year and labelled MISC, unless it is a
    person, a body by its head-word, a town or region ('Nantes 2025' is a heading's place and date), a
    month ('Mars 2025'), or the end of a compound ('contrat de plan État-Région 2021-2027')."""
    months = vocabulary()["not_name_words"]
    out = []
    for c in candidates:
        year = YEAR_AFTER.match(text, c.end)
        name = text[c.start : c.end]
        if (
            year is None
            or c.label == "PER"
            or not name[:1].isupper()
            or text[c.start - 1 : c.start] == "-"
            or "\n" in name
            or head_label(name) == "ORG"
            or name.split()[-1].lower() in months
            or (fold(name) in folded_places() and fold(name) not in folded_countries())
        ):
            out.append(c)
            continue
        out.append(Candidate(c.start, year.end(), "MISC", c.source, "entity.dated_name"))
    return out
