"""Places named with the noun of their kind: 'la place du Martray', 'avenue Maudet', 'le pont de la Clapière',
'la tourbière des Sagnes', 'la chapelle Sainte-Anne'. The noun is part of the name (the bare name alone is
a hamlet, a saint or a family); a street after a house number or before a postcode is an address, which
names no entity. A facility named after where it stands ('la salle des fêtes de X', 'le captage de X') is
one place only where X is no known town (a town says where: the gazetteer reads it). Kinds are data:
`named_sites` in pipeline/resources/entities.json."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.extractors.entities.place_kinds import SPACE
from pipeline.extractors.entities.positions import wrapped_line
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import fold, folded_places, known_bodies, vocabulary
from pipeline.resources import load

WORD = r"[A-ZÀ-Ý][a-zà-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
"""A capitalised word (not an acronym), hyphenated compounds and elisions included ('Jean-Jaurès')."""

NAME = rf"{WORD}(?:[ \u00a0\n]{WORD}){{0,2}}"
"""Up to three capitalised words, one space apart (a run of spaces is a table's column gap), or one line
break where a hard-wrapped paragraph cuts the name ('la plage de la Grande\nConche'; `wrapped_line`)."""

OF = rf"(?:(?:de|du|des)(?:{SPACE}|\n)|d['’])(?:la(?:{SPACE}|\n)|l['’])?"
"""'de la', 'du', 'd'', wrapped at the line's end or not ('place du\nMartray')."""

HOUSE_NUMBER = re.compile(r"\d+\s*(?:bis|ter|[a-d])?\s*,?\s*$", re.IGNORECASE)
"""'12 rue', '27bis rue', '4, place': the number of an address."""

CONTINUATION = re.compile(rf"{SPACE}(?:de{SPACE}|du{SPACE}|d['’])(?P<word>{WORD})")
"""'place Charles de Gaulle', 'chapelle Sainte-Anne de Kérity': a particle and a name go on, a known place
does not ('la salle Georges-Brassens de Port-la-Nouvelle' says where) but after a `seated` kind ('l'église
Saint-Martin de Vic-en-Bigorre')."""

SUBJECT_BEFORE = re.compile(
    r"(?:^|[\s'’])(?:le|la|les|l|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|un|une)['’\s]+[^\W\d_]+\s+$",
    re.IGNORECASE,
)
"""'le rapport ', 'cette étude ': a subject before 'place' and a bare name, whose verb 'place' is ('signées
place Vendôme', 'depuis 20 ans place Saint-Sulpice' name the square)."""

POSTCODE_AFTER = re.compile(r"^[^\n]{0,40}?(?:\n[ \t]*)?\b(?:\d{5}|BP|CS|cedex)\b", re.IGNORECASE)
"""', 44000 Nantes' on the same line or the next: the street is an address's."""


@lru_cache(maxsize=1)
def _site_pattern() -> re.Pattern:
    data = load("entities.json")["named_sites"]
    lower_only = set(data["lower_case_only"])

    def kinds(words: list[str]) -> str:
        forms = set(words) | {w[:1].upper() + w[1:] for w in words if w not in lower_only}
        forms |= {w.replace("'", "’") for w in forms}
        return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))

    return re.compile(
        rf"(?<![\w-])(?:(?P<bare>{kinds(data['bare'])}){SPACE}(?:{OF})?"
        rf"|(?P<of_town>{kinds(data['of_town'])}){SPACE}{OF}"
        rf"|(?P<complement>{kinds(data['complement'])}){SPACE}{OF})(?P<name>{NAME})"
    )


def named_sites(text: str, gaps: Sequence[int] = ()) -> list[Candidate]:
    """Each kind noun and the capitalised name it heads, as one place; a table's column gap (`gaps`, the
    reader's offsets) ends the name ('Piscine du Lac      Colmar': the town is the next cell)."""
    data = load("entities.json")["named_sites"]
    not_after, not_names, seated = set(data["not_after"]), set(data["not_names"]), set(data["seated"])
    rejected = vocabulary()["not_name_words"]
    found = []
    position = 0
    while (match := _site_pattern().search(text, position)) is not None:
        name, end = match.group("name"), match.end()
        if (cut := name.find("\n")) >= 0 and not wrapped_line(text, match.start("name") + cut - 1):
            # a heading's, a list's or a table's lines: the next line may open a site of its own
            name, end = name[:cut], match.start("name") + cut
        position = end
        before = text[max(0, match.start() - 30) : match.start()]
        words_before = before.split()
        if HOUSE_NUMBER.search(before) or POSTCODE_AFTER.match(text[end:]):
            continue  # '12 rue des Lilas', 'place de la Mairie, 44000 Nantes': an address
        if words_before and words_before[-1].lower() in not_after:
            continue  # 'elle place Amiens au premier rang': a verb
        bare_name = name == text[match.start() + 6 : end]
        if match.group("bare") == "place" and bare_name and SUBJECT_BEFORE.search(before):
            continue  # 'le rapport place Lorient en tête': the verb 'placer' (not 'signées place Vendôme')
        if match.group("of_town") and fold(name) in folded_places():
            continue  # 'la salle des fêtes de Millau': the town says where, the town gazetteer reads it
        head = match.group("bare") or match.group("of_town") or match.group("complement")
        if head[:1].isupper() and words_before and not re.search(r"[–—:|,.(]\s*$|^\s*$|\n\s*$", before):
            continue  # 'la Place Forte': a capitalised kind opens a name only where a line or a cell does
        if _two_places(name):
            continue  # 'la gare de Lyon-Val-de-Reuil': a line between two places, each its own
        if fold(name.split()[0]) in rejected or fold(name) in known_bodies() or name in not_names:
            continue  # 'place Mars 2026', 'la station Météo-France' (a body's station)
        if (more := CONTINUATION.match(text, end)) and (
            head.lower() in seated or fold(more["word"]) not in folded_places()
        ):
            end = more.end()
        if (gap := next((g for g in gaps if match.start() < g < end), None)) is not None:
            if gap < match.start("name"):
                continue  # 'Piscine      Commune': a table's header, two cells
            end = len(text[:gap].rstrip())
        found.append(Candidate(match.start(), end, "LOC", "pattern", "entity.named_site"))
    return found


def _two_places(name: str) -> bool:
    """'Lyon-Val-de-Reuil': two known places joined by a hyphen."""
    places = folded_places()
    parts = name.split("-")
    return any(
        fold("-".join(parts[:i])) in places and fold("-".join(parts[i:])) in places
        for i in range(1, len(parts))
    )
