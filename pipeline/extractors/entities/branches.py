"""A body's branch named by a place written straight after it: 'Agence régionale de santé Occitanie',
'ARS Pays de la Loire', 'Chambre de commerce et d'industrie Nouvelle-Aquitaine'. The guide puts a place
in a unit's complement inside its name; without a preposition the place is the branch's and belongs to
the name all the same."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import fold, folded_places
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


def bare_acronyms(text: str, mentions: list[Candidate]) -> list[Candidate]:
    """'la DREAL' after 'DREAL Normandie': the acronym of a branch named with its place is a mention of
    that body wherever it stands alone (clustering joins it to the branch when the document names one)."""
    found = []
    seen = set()
    for mention in mentions:
        words = text[mention.start : mention.end].split()
        acronym = words[0] if len(words) >= 2 else ""
        if (
            mention.label != "ORG"
            or acronym in seen
            or not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8)
            or fold(" ".join(words[1:])) not in folded_places()
        ):
            continue
        seen.add(acronym)
        for match in re.finditer(rf"(?<![\w@./-]){re.escape(acronym)}(?![\w@-]|\.\w)", text):
            found.append(Candidate(match.start(), match.end(), "ORG", "propagated", "entity.branch_acronym"))
    return found
