"""A body's branch named by a place written straight after it: 'Agence régionale de santé Occitanie',
'ARS Pays de la Loire', 'Chambre de commerce et d'industrie Nouvelle-Aquitaine'. The guide puts a place
in a unit's complement inside its name; without a preposition the place is the branch's and belongs to
the name all the same."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import fold, folded_places
from pipeline.extractors.extensions import glued_hyphen, text_of

GAZETTEER_KEY = "gazetteer"

DATELINE_AFTER = re.compile(r"\s*,\s*(?:le\s+)?(?:\d|1er)")
"""'Service communication Paris, le 3 mars': the place opens a dateline, it names no branch."""


BRANCH_PLACE_IDS = ("fr_subdivision_", "country_", "place_")
"""Gazetteer places a body's branch is named after: regions, départements, overseas territories,
countries (not towns, whose names are often common words, 'Orange', 'Tours', and which a body names with
a preposition: 'Centre hospitalier de Lyon')."""


def place_starts(doc: Doc, spans: list[Span] | None = None) -> dict[int, int]:
    """Token start -> token end of the gazetteer's branch places (`spans`: the gazetteer's span group)."""
    starts: dict[int, int] = {}
    for span in doc.spans.get(GAZETTEER_KEY, []) if spans is None else spans:
        if span.label_ == "LOC" and span.id_.startswith(BRANCH_PLACE_IDS):
            starts[span.start] = max(starts.get(span.start, 0), span.end)
    return starts


def branch_end(doc: Doc, end: int, places: dict[int, int] | None = None) -> int:
    """The token end of a body's name ending before token `end`, its branch's place included when the
    place follows it after one space on the same line ('Agence régionale de santé Bretagne', 'ARS
    Occitanie'); `end` otherwise: after a body already ending on a place ('Préfecture de la Gironde'),
    and before a dateline's comma and date ('Service communication Bretagne, le 3 mars')."""
    places = place_starts(doc) if places is None else places
    if end not in places or end == 0 or doc[end - 1].whitespace_ != " ":
        return end
    if any(s < end <= e for s, e in places.items()):
        return end  # 'Préfecture de la Gironde Bordeaux': the body already ends on its place
    place_end = places[end]
    while place_end + 1 < len(doc) and glued_hyphen(doc, place_end) and doc[place_end + 1].is_title:
        place_end += 2  # 'Agence de l'eau Seine-Normandie': a basin named by two places is one place
    if DATELINE_AFTER.match(text_of(doc), doc[place_end - 1].idx + len(doc[place_end - 1])):
        return end
    return place_end


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
