"""Builds the spaCy pipeline once: the French model's components that the rules need, plus ours."""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata

import spacy
from spacy.language import Language

import pipeline.extractors.contacts  # noqa: F401  (registers the factories)
import pipeline.extractors.dates  # noqa: F401
import pipeline.extractors.entities  # noqa: F401
import pipeline.extractors.metadata  # noqa: F401
import pipeline.extractors.quotes  # noqa: F401
import pipeline.extractors.themes  # noqa: F401
from pipeline.extractors.gazetteers import all_patterns

MODEL = "fr_core_news_sm"
MODEL_EXCLUDE = ["parser"]
"""The dependency parser is a fifth of the model's time and no rule needs it; `senter` gives sentences."""
MODEL_DISABLE = ["lemmatizer"]
"""No rule reads token lemmas, and the French rule lemmatizer is a fifth of the time; it stays loaded
(disabled) because its lookup tables are a list of French word forms the entity rules consult."""

EXTRACTORS = ["communique_metadata", "communique_dates", "communique_entities", "communique_contacts", "communique_themes", "communique_quotes"]


def add_extractors(nlp: Language) -> Language:
    """Our components on any French pipeline (a blank one in unit tests)."""
    ruler = nlp.add_pipe("span_ruler", name="gazetteer", config={"spans_key": "gazetteer", "phrase_matcher_attr": "ORTH", "overwrite": True})
    ruler.add_patterns(all_patterns())
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The full pipeline, loaded once per process."""
    nlp = spacy.load(MODEL, exclude=MODEL_EXCLUDE, disable=MODEL_DISABLE)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return add_extractors(nlp)


@lru_cache(maxsize=1)
def model_version() -> str:
    """The model package and version, read from its installed metadata (no need to load it)."""
    return f"{MODEL}-{metadata.version(MODEL)}"
