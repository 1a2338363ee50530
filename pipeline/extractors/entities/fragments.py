"""The model's names cut out of a longer one: 'Kanta' in 'Agence Kanta', 'Aisne Handball' in 'Saint-Quentin
Aisne Handball', 'FDSEA' in 'FDSEA 18'. The statistical model alone found them, and a capitalised word or a
number stands right against every mention on the same line: the text names something longer, which the
fragment is not. Persons are left alone: a capitalised title stands before many ('Président Paul Vasseur',
'Maître Anne Roux') and is no part of the name."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extractors.extensions import text_of

MODEL_RULE = "ner."
"""The rule ids of the statistical model's own guesses."""
NEIGHBOUR_BEFORE = re.compile(r"(?:^|[\s(«\"'’])([^\W_][\w'’&.-]*) $")
NEIGHBOUR_AFTER = re.compile(r"^ ([^\W_][\w'’&-]*)")
"""The word right before or after a mention, one space apart (a tab or two spaces part table columns)."""
POSTCODE = re.compile(r"\d{5}")
"""'59100 Roubaix': a postcode before a town is an address, not a longer name."""
LINKING = {"DET", "ADP", "CCONJ", "SCONJ", "ADV", "PRON", "AUX", "VERB"}
"""Parts of speech of a word that opens a sentence ('Le CHIC est …', 'Après Montélimar') or links two
phrases: capitalised by its place, not part of a name."""


def without_model_fragments(doc: Doc, entities: list[dict]) -> list[dict]:
    """The entities but those only the model found whose every mention is glued to a capitalised word or a
    number on its line."""
    return [e for e in entities if not _fragment(doc, e)]


def _fragment(doc: Doc, entity: dict) -> bool:
    mentions = entity["mentions"]
    return (
        entity["label"] != "PER"
        and all(m["rule"].startswith(MODEL_RULE) for m in mentions)
        and all(_glued(doc, m["start"], m["end"]) for m in mentions)
    )


def _glued(doc: Doc, start: int, end: int) -> bool:
    text = text_of(doc)
    if text[end - 1 : end] in ".!?:;,":
        return False
    before = NEIGHBOUR_BEFORE.search(text[max(0, start - 40) : start])
    after = NEIGHBOUR_AFTER.match(text[end : end + 40])
    if before and _name_word(doc, start - 1 - len(before.group(1)), before.group(1)):
        return True
    return bool(after and _name_word(doc, end + 1, after.group(1)))


def _name_word(doc: Doc, start: int, word: str) -> bool:
    """A capitalised word or a short number that may belong to a name: no postcode, no article,
    preposition, conjunction, pronoun or verb."""
    if word.isdigit():
        return not POSTCODE.fullmatch(word)
    if not word[:1].isupper():
        return False
    span = doc.char_span(start, start + len(word), alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ not in LINKING
