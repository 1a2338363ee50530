"""The gazetteer's spaCy components: phrase patterns for the SpanRuler (places, and international
organisations and French public bodies from resources/organisations.jsonl); the town matcher
(gazetteer_places); and the headed-pattern matcher, which tries each token pattern (named_patterns.jsonl
and the named structures of gazetteer_structures) only where its head-word stands."""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from pipeline import resources
from pipeline.extractors.gazetteer_places import (
    NATURAL_REGION_ID,
    TOWN_ID,
    TownMatcher,
    add_to_group,
    place_names,
    place_patterns,
    town_names,
)
from pipeline.extractors.gazetteer_structure_ends import extend_structure, named_parent_follows, portfolio_end
from pipeline.extractors.gazetteer_structures import (
    BARE_ID,
    BODY_ID,
    TITLED_ID,
    UNIT_ID,
    VENUE_ID,
    body_heads,
    structure_patterns,
)

__all__ = [  # the stages' names other modules import from here
    "BARE_ID",
    "BODY_ID",
    "NATURAL_REGION_ID",
    "TITLED_ID",
    "TOWN_ID",
    "UNIT_ID",
    "VENUE_ID",
    "body_heads",
    "extend_structure",
    "named_parent_follows",
    "organisation_patterns",
    "phrase_patterns",
    "place_names",
    "place_patterns",
    "portfolio_end",
    "token_patterns",
    "town_names",
]


@Language.factory("communique_towns", default_config={"spans_key": "gazetteer"})
def make_town_matcher(nlp: Language, name: str, spans_key: str) -> TownMatcher:
    return TownMatcher(nlp, name, spans_key)


def organisation_patterns() -> list[dict]:
    return list(resources.load("organisations.jsonl"))


def programme_patterns() -> list[dict]:
    """National schemes, labels, codes, services and events any French release may cite (MISC)."""
    return list(resources.load("programmes.jsonl"))


def named_thing_patterns() -> list[dict]:
    """Token patterns (with POS) for named programmes, strategies, declarations and bodies."""
    return list(resources.load("named_patterns.jsonl"))


def phrase_patterns() -> list[dict]:
    """The SpanRuler's patterns: places, organisations and national programmes, matched as phrases."""
    return place_patterns() + organisation_patterns() + programme_patterns()


def token_patterns() -> list[dict]:
    """Named programmes, bodies, venues and places as token patterns, each opening with a head-word."""
    return named_thing_patterns() + structure_patterns()


HEAD_WINDOW = 40
"""Tokens a token pattern may span from its head-word on (the longest match seen is under 15)."""


class HeadedPatternMatcher:
    """Adds the spans of the token patterns to a span group, trying each pattern only where one of
    its head-words stands.

    spaCy's Matcher starts every pattern at every token, so forty patterns cost more than the rest
    of the gazetteer. Each pattern opens with a head-word ('Agence', 'ministère'): at a token that
    is one, a Matcher holding just the patterns that word opens runs on the tokens after it, and
    keeps the matches that start there. The spans are those a SpanRuler would add."""

    def __init__(self, nlp: Language, name: str, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self.vocab = nlp.vocab
        self.patterns = token_patterns()
        self.openers: dict[int, dict[int, set[int]]] = {
            ORTH: {},
            LOWER: {},
        }  # attribute -> value hash -> pattern indexes
        for index, pattern in enumerate(self.patterns):
            first = pattern["pattern"][0]
            attribute = next(iter(first)) if len(first) == 1 else None
            spec = first.get(attribute)
            if attribute not in ("ORTH", "LOWER") or not (
                isinstance(spec, str) or (isinstance(spec, dict) and set(spec) == {"IN"})
            ):
                raise ValueError(
                    f"token pattern {pattern.get('id')!r} must open with "
                    f"an ORTH or LOWER word or IN list, not {first}"
                )
            for value in [spec] if isinstance(spec, str) else spec["IN"]:
                self.openers[ORTH if attribute == "ORTH" else LOWER].setdefault(
                    self.vocab.strings.add(value), set()
                ).add(index)
        self.matchers: dict[frozenset[int], Matcher] = {}

    def _matcher(self, indexes: frozenset[int]) -> Matcher:
        if indexes not in self.matchers:
            matcher = Matcher(self.vocab)
            for index in indexes:
                matcher.add(str(index), [self.patterns[index]["pattern"]])
            self.matchers[indexes] = matcher
        return self.matchers[indexes]

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        by_orth, by_lower = self.openers[ORTH], self.openers[LOWER]
        for i, (orth, lower) in enumerate(doc.to_array([ORTH, LOWER]).tolist()):
            by_word, by_lowered = by_orth.get(orth), by_lower.get(lower)
            if by_word is None and by_lowered is None:
                continue  # most tokens open no pattern
            indexes = frozenset((by_word or set()) | (by_lowered or set()))
            for match_id, start, end in self._matcher(indexes)(doc[i : i + HEAD_WINDOW]):
                if start == 0:
                    pattern = self.patterns[int(self.vocab.strings[match_id])]
                    found.append(Span(doc, i, i + end, label=pattern["label"], span_id=pattern.get("id", "")))
        add_to_group(doc, self.spans_key, found)
        return doc


@Language.factory("communique_named_patterns", default_config={"spans_key": "gazetteer"})
def make_headed_pattern_matcher(nlp: Language, name: str, spans_key: str) -> HeadedPatternMatcher:
    return HeadedPatternMatcher(nlp, name, spans_key)
