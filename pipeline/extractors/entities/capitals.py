"""What a capital means: a short title-case heading of dictionary words, a word after a possessive
and a capitalised word the dictionary does not know tell a capital set by layout or style from a
name's."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.positions import line_of
from pipeline.extractors.entities.vocabulary import fold, folded_places, vocabulary
from pipeline.extractors.extensions import text_of

HEADING_WORDS = 4


KICKER = re.compile(r"^[\W_]*(?P<head>[^:\n]+?)\s*(?::|$)")
"""A line's head: after bullets or markup, up to a colon ('Gestes essentiels :') or the line's end."""


def common_words_heading(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Whether the offset lies in a short heading of capitalised dictionary words ('Chiffres Clés',
    'Faire un Don', '➡ Nos Actions', 'Mobilité Durable : …'): title case there is the layout's, as an
    all-caps heading's is. A body, programme or place head-word, a first name or a known place keeps it
    a name ('Agence Régionale de Santé', 'Plan Canicule')."""
    line_start = text_of(doc).rfind("\n", 0, start) + 1
    found = KICKER.match(line_of(doc, start))
    if found is None or not line_start + found.start("head") <= start < line_start + found.end("head"):
        return False
    head = found["head"]
    words = head.split()
    if not 2 <= len(words) <= HEADING_WORDS or head_label(head) is not None or head[-1:] in ".!?»":
        return False
    stop = vocabulary()["stop_words"]
    capitalised = [w for w in words if fold(w) not in stop]
    return bool(capitalised) and all(
        w[:1].isupper()
        and not w.isupper()
        and w.isalpha()
        and w in lexicon
        and w.lower() not in vocabulary()["first_names"]
        and fold(w) not in folded_places()
        for w in capitalised
    )


POSSESSIVES = frozenset(
    {
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "son",
        "sa",
        "ses",
        "notre",
        "nos",
        "votre",
        "vos",
        "leur",
        "leurs",
    }
)


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month, weekday and season names ('Mars', 'Lundi', 'Été'), which the dictionary may lack: with
    a year or a day alone they are a date ('Été 2026 : …' over a release), no name."""
    dates = resources.load("dates.json")
    return frozenset(dates["months"]) | frozenset(dates["weekdays"]) | frozenset(dates["seasons"])


def after_possessive(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Whether the words from token start on follow a possessive and open with a dictionary word
    ('votre Cœur', 'notre Offre Découverte'): a name takes an article, not a possessive."""
    return start > 0 and doc[start - 1].lower_ in POSSESSIVES and doc[start].text in lexicon
