"""A body's branch named by a place written straight after it: 'Agence régionale de santé Occitanie',
'ARS Pays de la Loire', 'Chambre de commerce et d'industrie Nouvelle-Aquitaine'. The guide puts a place
in a unit's complement inside its name; without a preposition the place is the branch's and belongs to
the name all the same."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.extractors.entities.head_labels import seat_place
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.titled_names import is_civility
from pipeline.extractors.entities.vocabulary import fold, folded_places, vocabulary
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
    if end >= len(doc) or end == 0 or doc[end - 1].whitespace_ != " ":
        return end
    start = end
    if end not in places and BRANCH_ACRONYM.match(doc[end].text) and doc[end].whitespace_ == " ":
        start = end + 1  # 'Délégation régionale FHF Hauts-de-France': the network's acronym, then the place
    if start not in places:
        return _named_tail_end(doc, end)
    if any(s < end <= e for s, e in places.items()):
        return end  # 'Préfecture de la Gironde Bordeaux': the body already ends on its place
    place_end = places[start]
    while place_end + 1 < len(doc) and glued_hyphen(doc, place_end) and doc[place_end + 1].is_title:
        place_end += 2  # 'Agence de l'eau Seine-Normandie': a basin named by two places is one place
    if DATELINE_AFTER.match(text_of(doc), doc[place_end - 1].idx + len(doc[place_end - 1])):
        return end
    if (
        place_end < len(doc)
        and doc[place_end - 1].whitespace_ == " "
        and doc[place_end].text in BRANCH_COMPASS
    ):
        place_end += 1  # 'Agence territoriale Île-de-France Est': a part of the region
    return place_end


BRANCH_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
"""'FHF', 'ALCA': a network's acronym between a unit's name and the place of its branch."""

BRANCH_COMPASS = frozenset({"Nord", "Sud", "Est", "Ouest"})
"""Compass words after a branch's place that name a part of it ('Île-de-France Est')."""


TAIL_CONNECTORS = frozenset({"de", "du", "des", "d'", "d’", "au", "aux", "en", "sur", "sous"})


def _hyphenated_end(doc: Doc, j: int) -> int:
    """The end of a capitalised compound glued by hyphens from token j ('Amiens-Picardie', 'Jules-Verne',
    'Gaillac-Graulhet', 'Honoré-d'Urfé'); j when there is none."""
    if not (doc[j].is_title and doc[j].is_alpha):
        return j
    k = j + 1
    while k + 1 < len(doc) and glued_hyphen(doc, k) and (doc[k + 1].is_alpha or doc[k + 1].lower_ in ELIDED):
        k += 2
        if doc[k - 1].lower_ in ELIDED and k < len(doc) and not doc[k - 1].whitespace_ and doc[k].is_alpha:
            k += 1
    return k if k > j + 1 else j


ELIDED = frozenset({"d'", "d’", "l'", "l’"})


def _named_tail_end(doc: Doc, end: int) -> int:
    """The token end of a body's name once the proper name written straight after it is added: a
    hyphenated compound, which French uses for a branch or an eponym ('université de Picardie
    Jules-Verne', 'CHU Amiens-Picardie', 'Communauté d'agglomération Gaillac-Graulhet'); after a body's
    kind ending in lower case, capitalised words and their connectors ('Communauté de communes Cévennes au
    Mont Lozère', 'Office de tourisme Cœur de Savoie'), not a person's first name nor a civility."""
    if (compound := _hyphenated_end(doc, end)) > end:
        return compound
    if (
        not (doc[end - 1].is_lower and doc[end - 1].is_alpha)
        or doc[end].lower_ in vocabulary()["first_names"]
    ):
        return end
    j = end
    while j < len(doc) and doc[j].is_title and doc[j].is_alpha and not is_civility(doc[j].text):
        j = max(j + 1, _hyphenated_end(doc, j))
        if (
            j + 1 < len(doc)
            and doc[j].lower_ in TAIL_CONNECTORS
            and doc[j + 1].is_title
            and doc[j - 1].whitespace_
        ):
            j += 1
    while j > end and not doc[j - 1].is_title:
        j -= 1
    if j > end and DATELINE_AFTER.match(text_of(doc), doc[j - 1].idx + len(doc[j - 1])):
        return end  # 'Direction de la communication Paris, le 3 mars': a dateline's place
    return j


SEAT_OF = ("de la ", "de l'", "de l’", "du ", "des ", "de ", "d'", "d’")


def acronym_seat_end(doc: Doc, end: int) -> int:
    """'CPAM de la Haute-Garonne', 'SDIS du Var', 'CHU de Nantes': a body's acronym, 'de' and the place
    it serves (any place the gazetteer knows, a town included: the preposition says it is the seat)."""
    text = text_of(doc)
    after = doc[end - 1].idx + len(doc[end - 1])
    rest = text[after : after + 8]
    seat = next((p for p in SEAT_OF if rest.startswith(" " + p)), None)
    if seat is None:
        return end
    place_at = after + 1 + len(seat)
    ends = [
        span.end
        for span in doc.spans.get(GAZETTEER_KEY, [])
        if span.label_ == "LOC" and span.start_char == place_at
    ]
    return max(ends, default=end)


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
            or fold(seat_place(" ".join(words[1:]))) not in folded_places()
        ):
            continue
        seen.add(acronym)
        for match in re.finditer(rf"(?<![\w@./-]){re.escape(acronym)}(?![\w@-]|\.\w)", text):
            found.append(Candidate(match.start(), match.end(), "ORG", "propagated", "entity.branch_acronym"))
    return found


SEAT_AFTER_ACRONYM = re.compile(
    r"[ \t]*\((?P<acronym>[A-ZÉ][A-Z0-9É&-]{1,9})\)[ \t\n]+"
    r"(?P<seat>(?:(?:du|des|de la|de l['’]|de|d['’])[ \t\n]*)?"
    r"[A-ZÉÈÎÔ][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+[A-ZÉÈÎÔ][^\W\d_]*(?:['’-][^\W\d_]+)*){0,3})"
)
"""'(UMIH) du Calvados', '(CROSS) Gris-Nez', '(ALEC) de la Grande Région Grenobloise': a body's acronym
in brackets, then the complement or place that names its branch."""


def seats_after_acronyms(
    text: str, candidates: list[Candidate]
) -> tuple[list[Candidate], list[tuple[str, str]]]:
    """'Union des métiers et des industries de l'hôtellerie (UMIH) du Calvados': the seat written after
    the acronym belongs to the body's name, which runs over the brackets (the acronym alone, 'UMIH', is
    the national body's); not a clause ('(OFB) et la gendarmerie', '(ARS) Les cas…' open no seat).
    Returns the names and the forms they are one thing with: the name without the brackets, the acronym
    with the seat, the acronym alone."""
    found, pairs = [], []
    for candidate in candidates:
        if candidate.label != "ORG" or (match := SEAT_AFTER_ACRONYM.match(text, candidate.end)) is None:
            continue
        seat = " ".join(match["seat"].split())
        complement = seat[:1].islower()  # 'du Calvados', 'de la Grande Région Grenobloise'
        place = fold(seat) in folded_places() or "-" in seat.split()[0]  # 'Bretagne', 'Gris-Nez'
        named = next(w for w in seat.replace("’", "'").replace("'", " ").split() if w[:1].isupper())
        if not (complement or place) or vocabulary()["heads"].get(named.lower()) == "ORG":
            # ('(ARS) Les cas': a sentence; '(GTLL) du Pôle Numérique': the parent body, a name of its own)
            continue
        found.append(Candidate(candidate.start, match.end("seat"), "ORG", "pattern", "entity.acronym_seat"))
        name = text[candidate.start : match.end("seat")]
        acronym = match["acronym"]
        pairs += [
            (name, f"{text[candidate.start : candidate.end]} {seat}"),
            (name, f"{acronym} {seat_place(seat)}"),
            (name, acronym),
        ]
    return found, pairs
