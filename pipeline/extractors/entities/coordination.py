"""A name coordinated with a known body is a body too: 'd'Inria et de Kelvanor', 'le CNRS, Ondalys et
…'. The model calls many one-word firm names places (a 'de' before them reads as a place's), or
things; a coordination with a body the gazetteer or a rule knows says what kind of name stands
beside it, unless something says it is a place: a place the gazetteer knows ('de Rennes et de
l'Inserm'), or a kind noun that labelled it ('les villes de …', not a model's guess)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import fold, folded_places

CONNECTOR = re.compile(
    r"^(?:\s*,\s*|\s+et\s+|\s*,\s*et\s+)(?:(?:de\s+la|de\s+l['’]|de|du|des|d['’]|la|le|les|l['’]|au|aux)\s*)?$"
)
"""What joins two items of a coordination, with the second's preposition or article: ' et de ',
', ', ' et l''."""


def _guessed(candidate: Candidate) -> bool:
    """Whether a mention, or the mention it was copied from, is the model's guess ('ner.loc')."""
    return candidate.rule.startswith("ner.")


def _coordinated(text: str, first: Candidate, second: Candidate) -> bool:
    """Whether first and second stand side by side in one coordination."""
    return first.end <= second.start and bool(CONNECTOR.match(text[first.end : second.start]))


def coordinated_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name the model alone proposed as a place or a thing, and the gazetteer knows as no place,
    relabelled ORG when it is coordinated with a body a rule or the gazetteer found; every mention of
    it follows, and a name relabelled so can anchor the next item ('d'Inria, de Kelvanor et d'Ondalys')."""
    places = folded_places()
    bodies = [c for c in candidates if c.label == "ORG" and not _guessed(c)]
    guessed = [
        c
        for c in candidates
        if _guessed(c) and c.label == "LOC" and fold(text[c.start : c.end]) not in places
    ]
    names: set[str] = set()
    changed = True
    while changed:
        changed = False
        for c in guessed:
            name = fold(text[c.start : c.end])
            if name in names:
                continue
            if any(_coordinated(text, b, c) or _coordinated(text, c, b) for b in bodies):
                names.add(name)
                bodies.append(c)
                changed = True
    return [replace(c, label="ORG") if _follows(text, c, names) else c for c in candidates]


def _follows(text: str, candidate: Candidate, names: set[str]) -> bool:
    """Whether a mention is the model's guess, or its copy, of a name found coordinated with a body."""
    return (
        _guessed(candidate)
        and candidate.label == "LOC"
        and fold(text[candidate.start : candidate.end]) in names
    )
