"""Schools named after their kind noun: 'Collège Les Tilleuls', 'Lycée professionnel Marcel-Sembat', 'le lycée
agricole de la Noue', 'Collège Elsa-Triolet'. Prize lists and tables of results capitalise the kind and give
the town in the next cell; the kind, its adjectives and the school's own name are one body (ORG). A school or
a hospital named after someone then 'de' and its town in running text ('le lycée Jean-Moulin de Draguignan',
'l'hôpital René-Dubos de Pontoise') is one name with its town, as a place in a body's complement is. Kinds
and adjectives are data: `named_schools` in pipeline/resources/entities.json."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import fold, folded_places, vocabulary
from pipeline.resources import load

SPACE = r"[ \u00a0]"

WORD = r"[A-ZÀ-Ý][a-zà-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
"""A capitalised word, hyphenated compounds and elisions included ('Honoré-d'Urfé')."""

NAME = (
    rf"(?:(?:Les|La|Le){SPACE}|L['’])?{WORD}(?:-[A-ZÀ-Ý][^\W\d_]*)*"
    rf"|(?:de{SPACE}la{SPACE}|de{SPACE}l['’]|du{SPACE}|des{SPACE}|d['’]){WORD}"
)
"""The school's own name: a capitalised word or compound, with its own article ('Les Tilleuls'), or a 'de'
complement ('du Bugey', 'de la Noue')."""


EPONYM = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)+")
"""A hyphenated name, as French writes a person's name given to a building ('Jean-Moulin')."""

SEAT = re.compile(
    rf"{SPACE}(?:de{SPACE}|d['’])(?P<town>(?:(?:Le|La|Les){SPACE})?[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*)(?![\w'’-])"
)
"""' de Draguignan', ' d'Aurillac', ' de La Roche-sur-Yon': 'de' and a town on the name's own line."""

NEXT_CAPITALISED = re.compile(r"[ \u00a0]+[A-ZÀ-Ý][a-zà-ÿ]")


def _alternatives(words: list[str]) -> str:
    forms = {w for word in words for w in (word, word[:1].upper() + word[1:])}
    return "|".join(sorted((re.escape(f).replace(r"\ ", SPACE) for f in forms), key=len, reverse=True))


@lru_cache(maxsize=1)
def _school_pattern() -> re.Pattern:
    data = load("entities.json")["named_schools"]
    return re.compile(
        rf"(?<![\w-])(?:{_alternatives(data['heads'])})"
        rf"(?:{SPACE}(?:{_alternatives(data['adjectives'])})){{0,2}}"
        rf"{SPACE}(?P<name>{NAME})(?![\w'’-])"
    )


@lru_cache(maxsize=1)
def _seated_pattern() -> re.Pattern:
    heads = load("entities.json")["named_schools"]["seated_heads"]
    return re.compile(rf"(?<![\w-])(?:{_alternatives(heads)}){SPACE}(?P<name>{EPONYM.pattern})(?![\w'’-])")


def seat_end(text: str, name_end: int) -> int | None:
    """The end of the town after an eponym's name ('Jean-Moulin| de Draguignan'); None when no known town
    follows ('du Gard', 'de la Maison', 'de Rennes' after a plain name say something else)."""
    seat = SEAT.match(text, name_end)
    if seat is None or fold(seat["town"]) not in folded_places():
        return None
    return seat.end()


def named_schools(text: str) -> list[Candidate]:
    """Each school's kind noun, adjectives and name, as one body; not where the name is a first name
    ('Lycée général Awa Diallo': a table's category, then the pupil). An eponym's town goes with it."""
    first_names = vocabulary()["first_names"]
    found = []
    for match in _school_pattern().finditer(text):
        name = match["name"]
        if name.lower() in first_names:
            continue
        if name.isalpha() and NEXT_CAPITALISED.match(text, match.end()):
            continue  # 'Lycée général Awa Diallo': one word then another capitalised one, a person's name
        end = match.end()
        if EPONYM.fullmatch(name) and (seat := seat_end(text, end)):
            end = seat
        found.append(Candidate(match.start(), end, "ORG", "pattern", "entity.named_school"))
    return found + seated_hospitals(text)


def seated_hospitals(text: str) -> list[Candidate]:
    """'l'hôpital René-Dubos de Pontoise', 'le centre hospitalier Henri-Mondor d'Aurillac': a hospital named
    after someone, with its town, is one body (without a town, the appositive rules name it)."""
    found = []
    for match in _seated_pattern().finditer(text):
        if seat := seat_end(text, match.end()):
            found.append(Candidate(match.start(), seat, "ORG", "pattern", "entity.seated_hospital"))
    return found
