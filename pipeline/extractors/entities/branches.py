"""A body's branch named by a place written straight after it: 'Agence régionale de santé Occitanie',
'ARS Pays de la Loire', 'Chambre de commerce et d'industrie Nouvelle-Aquitaine'. The guide puts a place
in a unit's complement inside its name; without a preposition the place is the branch's and belongs to
the name all the same."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.extractors.extensions import text_of
from pipeline.extractors.gazetteers import TOWN_ID

DATELINE_AFTER = re.compile(r"\s*,\s*(?:le\s+)?(?:\d|1er)")
"""'Service communication Paris, le 3 mars': the place opens a dateline, it names no branch."""


def place_starts(doc: Doc, spans: list[Span]) -> dict[int, int]:
    """Token start -> token end of the gazetteer's regions, departments and countries (a town's name is
    often a common word, 'Orange', 'Tours', and is left out)."""
    starts: dict[int, int] = {}
    for span in spans:
        if span.label_ == "LOC" and span.id_ != TOWN_ID:
            starts[span.start] = max(starts.get(span.start, 0), span.end)
    return starts


def branch_end(doc: Doc, last: int, places: dict[int, int]) -> int:
    """The token end of a body ending at token `last`, its branch's place included when the place
    follows it after one space on the same line; last + 1 otherwise."""
    after = last + 1
    if after not in places or doc[last].whitespace_ != " " or after in {p for p in places if p <= last}:
        return after
    if any(s <= last < e for s, e in places.items()):
        return after  # 'Préfecture de la Gironde Bordeaux': the body already ends on its place
    end = places[after]
    if DATELINE_AFTER.match(text_of(doc), doc[end - 1].idx + len(doc[end - 1])):
        return after
    return end
