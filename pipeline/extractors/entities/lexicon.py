"""The French lexicon: is a word a dictionary word, a noun? Read from the model's lemma tables."""

from __future__ import annotations

from array import array
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.strings import get_string_id

from pipeline import startup_cache

FUNCTION_POS = {"VERB", "AUX", "PRON", "DET", "ADP", "ADV", "SCONJ", "CCONJ", "NUM", "PUNCT"}

LEMMA_TABLES = ("lemmatizer", "lookups", "lookups.bin")
"""Where a packaged French pipeline keeps its lemmatizer's lookup tables."""

LEXICON_CACHE = "lexicon-3"
"""Name of the lexicon's start-up cache entry; a new number when its contents change."""


class Lexicon:
    """French common words, from the model's own lemmatizer tables (forms and lemmas): a capitalised
    word at the start of a line or sentence that is a common word ('Découvrez', 'Tarif') is not a name.

    The tables are read straight from the pipeline's folder, so the lemmatizer itself need not be
    loaded: forms are kept as string hashes, the way spaCy's own tables key them."""

    def __init__(self, nlp: Language) -> None:
        self.forms: frozenset[int] = frozenset()
        self.lemmas: frozenset[int] = frozenset()
        self.nouns: frozenset[int] = frozenset()
        self.adjectives: frozenset[int] = frozenset()
        folder = getattr(nlp, "path", None)
        tables_path = Path(folder, *LEMMA_TABLES) if folder else None
        if tables_path is None or not tables_path.is_file():
            return  # a blank pipeline (unit tests): every word may be a name
        version = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
        _, hashes = startup_cache.load_or_build(
            LEXICON_CACHE, version, lambda: ({}, word_hashes(tables_path))
        )
        self.forms, self.lemmas, self.nouns, self.adjectives = (
            frozenset(hashes[key]) for key in ("forms", "lemmas", "nouns", "adjectives")
        )

    def is_lemma(self, word: str) -> bool:
        """A dictionary word ('salon'), not only an inflected form some name shares ('caroline')."""
        return get_string_id(_folded(word)) in self.lemmas

    def is_noun(self, word: str) -> bool:
        """A noun of the dictionary ('vélo', 'canicule'), whatever the tagger made of it in context."""
        return get_string_id(_folded(word)) in self.nouns

    def is_adjective(self, word: str) -> bool:
        """An adjective of the dictionary, inflected or not ('Nationale', 'Publiques', 'Décoratifs'):
        its form, or the form without its plural or feminine ending, is an adjective's (not a verb's
        form ending in another letter: 'réunit' is no 'réuni')."""
        lower = _folded(word)
        stems = [lower, lower[:-1], lower[:-2]] if lower.endswith("es") else [lower, lower[:-1]]
        if lower[-1:] not in ("e", "s", "x"):
            stems = [lower]
        return any(get_string_id(stem) in self.adjectives for stem in stems if len(stem) > 2)

    def __contains__(self, word: str) -> bool:
        keys = {get_string_id(word.lower()), get_string_id(_folded(word))}
        return any(key in self.lemmas or key in self.forms for key in keys)


def _folded(word: str) -> str:
    """The word as the lemma tables write it: lower case, ligatures spelt out ('cœur' is 'coeur')."""
    return word.lower().replace("œ", "oe").replace("æ", "ae")


def word_hashes(tables_path: Path) -> dict[str, array]:
    """The lemma tables' word forms, lemmas, nouns and adjectives (lemmas and irregular forms), as
    string hashes (their lookup table's own keys); the lemma index is keyed by part of speech."""
    tables = srsly.msgpack_loads(tables_path.read_bytes())
    lookup = tables.get("lemma_lookup", {})
    index = tables.get("lemma_index", {})
    lemmas = {w for words in index.values() for w in words}
    lemmas.update(lemma for lemmas in lookup.values() for lemma in lemmas)  # infinitives

    def hashes(words) -> array:
        return array("Q", sorted({get_string_id(word) for word in words}))

    adjective_forms = tables.get("lemma_exc", {}).get(get_string_id("adj"), {})
    return {
        "forms": array("Q", sorted(lookup)),
        "lemmas": hashes(lemmas),
        "nouns": hashes(index.get(get_string_id("noun"), ())),
        "adjectives": hashes([*index.get(get_string_id("adj"), ()), *adjective_forms]),
    }
