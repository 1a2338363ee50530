"""The language of each block (paragraph) of a French release: a version in English appended to it,
or a quotation in another language, is recorded and not mined.

A block is asked of the detector (lingua, chosen in docs/language.md) only when it reads as prose
(eight words or more, mostly in lower case: a line of names, addresses or phone numbers is no
language) and carries few French function words; a block that is plainly French never loads the
model. Entities, dates and quotes are mined in French blocks only: extractors ask `in_french`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.addresses import EMAIL
from pipeline.extractors.extensions import text_of

BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
LINK = re.compile(r"(?:https?://|www\.)\S+")
MIN_WORDS = 8
"""Fewer words than this and a block is left to the document's language (a title, a name line)."""
MIN_LOWER_SHARE = 0.5
"""Prose is mostly lower-case words; a list of names or a contact line is not."""
FRENCH_SHARE = 0.08
"""A block whose words are at least this share of French function words is French, unasked (the
threshold by which screening calls a whole text French)."""
CANDIDATES = ("fr", "en", "de", "es", "it", "nl", "pt")
"""Languages the detector chooses among: French and the languages a French release may quote."""


@lru_cache(maxsize=1)
def _french_markers() -> frozenset[str]:
    return frozenset(resources.load("screening.json")["language_markers"]["fr"])


@lru_cache(maxsize=1)
def _detector():
    """lingua's detector (models in its wheel) over CANDIDATES, in low accuracy mode: 17 MB and a
    tenth of a second to load instead of 200 MB and 6 s, as right on prose blocks (docs/language.md).
    Loaded on first need only."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def _prose_words(block: str) -> list[str] | None:
    """The block's words when it reads as prose (enough words, mostly lower case), else None."""
    words = WORD.findall(LINK.sub(" ", EMAIL.sub(" ", block)))
    if len(words) < MIN_WORDS or sum(w[0].islower() for w in words) / len(words) < MIN_LOWER_SHARE:
        return None
    return words


def _french_share(words: list[str]) -> float:
    counts = Counter(w.lower() for w in words)
    return sum(counts[m] for m in _french_markers()) / len(words)


def opens_in_french(text: str) -> bool:
    """Whether the first prose block is French: a release comes first in its own language, and a
    translation follows it, so a French release with an English version as long is still French."""
    for match in BLOCK.finditer(text):
        words = _prose_words(match.group())
        if words is not None:
            return _french_share(words) >= FRENCH_SHARE
    return False


def block_language(block: str) -> str | None:
    """The block's language when it is prose that is not plainly French, else None (French, or too
    little text to say)."""
    words = _prose_words(block)
    if words is None or _french_share(words) >= FRENCH_SHARE:
        return None
    found = _detector().detect_language_of(block)
    return found.iso_code_639_1.name.lower() if found is not None else None


def language_blocks(text: str) -> list[dict]:
    """{start, end, lang} for each block not in French, in text order."""
    found = []
    for match in BLOCK.finditer(text):
        language = block_language(match.group())
        if language is not None and language != "fr":
            found.append({"start": match.start(), "end": match.end(), "lang": language})
    return found


def in_french(doc: Doc, start: int, end: int) -> bool:
    """Whether the text span [start, end) is outside every non-French block of the doc (a span
    straddling a block's edge counts as in it)."""
    blocks = doc._.language_blocks or []
    index = bisect_right([b["start"] for b in blocks], end - 1) - 1
    return index < 0 or blocks[index]["end"] <= start


class LanguageBlocks:
    """Fills doc._.language_blocks; runs before the extractors that consult it."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.language_blocks = language_blocks(text_of(doc))
        return doc


@Language.factory("communique_language", assigns=["doc._.language_blocks"])
def make_language_blocks(nlp: Language, name: str) -> LanguageBlocks:
    return LanguageBlocks(nlp, name)
