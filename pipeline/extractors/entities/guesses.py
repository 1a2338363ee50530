"""The model's guesses that end as MISC with nothing to back them: a capitalised dictionary word or an
acronym said in passing, which a product's name is not. Found before propagation, dropped after the
last relabelling (a list of places or a rule may make one a place again)."""

from __future__ import annotations

import re

from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.spans import Candidate

DEMOTED = {"ner.loc", "ner.per", "ner.misc"}
"""The model's rules whose one-word dictionary words ending as MISC are guesses (the rules overrule a
place or a person to MISC when nothing around backs it)."""
BARE_ACRONYM = re.compile(r"[A-Z]{2,5}")
"""A bare acronym, or a short word in capitals ('USB', 'VSL', 'GRELE' in an all-caps heading)."""
PASSING = 2
"""At most this many occurrences: an acronym said in passing ('prises USB', 'DOI :'), not the product a
release is about ('PHP', said on every line of a conference's release)."""


def demoted_words(text: str, candidates: list[Candidate], lexicon: Lexicon) -> set[str]:
    """The model's one-word places, persons and things that are dictionary words (or, for places and
    persons, words the release also writes in lower case: 'Boccia :' over 'la boccia') and that end as
    MISC, no cue, list or rule backing them ('la Nation', 'le bâtiment Sud', 'Courriel :', 'Astreinte :',
    'l'enquête Besoins …'): a common word capitalised, not a product's name; and its acronyms said in
    passing."""
    return {
        text[c.start : c.end].lower()
        for c in candidates
        if c.rule in DEMOTED
        and c.label == "MISC"
        and text[c.start : c.end].isalpha()
        and not text[c.start : c.end].isupper()
        and (
            text[c.start : c.end] in lexicon
            or (c.rule != "ner.misc" and written_in_lower_case(text, text[c.start : c.end]))
        )
    } | {
        text[c.start : c.end].lower()
        for c in candidates
        if c.rule == "ner.misc"
        and c.label == "MISC"
        and BARE_ACRONYM.fullmatch(text[c.start : c.end])
        and len(re.findall(rf"\b{text[c.start : c.end]}\b", text)) <= PASSING
    }


def written_in_lower_case(text: str, word: str) -> bool:
    """Whether the release also writes the word in lower case as a word of a sentence (not inside an
    address: 'boccia.fr'): a common noun the lemma tables lack ('la boccia', 'les biodéchets'), which a
    heading or a sentence's start capitalised."""
    return re.search(rf"(?<![\w'’.@/-]){re.escape(word.lower())}(?![\w'’@/-]|\.\w)", text) is not None


def without_words(entities: list[dict], dropped: set[str]) -> list[dict]:
    """The entities but those the dropped words alone make up, each mention a guess (the model's or its
    propagation) ending as MISC; a list of places, a rule or an expansion that joined one to a body
    ('Le CNLL, Union des entreprises du logiciel libre, …') keeps it."""
    return [
        e
        for e in entities
        if not (
            e["label"] == "MISC"
            and all(
                m["rule"] in DEMOTED | {"entity.propagated"} and m["text"].lower() in dropped
                for m in e["mentions"]
            )
        )
    ]
