"""Builds the spaCy pipeline once: the French model's components that the rules need, plus ours."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import metadata

import spacy
from spacy.language import Language
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

import pipeline.extractors.contacts  # noqa: F401  (registers the factories)
import pipeline.extractors.dates  # noqa: F401
import pipeline.extractors.entities  # noqa: F401
import pipeline.extractors.language  # noqa: F401
import pipeline.extractors.metadata  # noqa: F401
import pipeline.extractors.quotes  # noqa: F401
import pipeline.extractors.themes  # noqa: F401
from pipeline import startup_cache
from pipeline.extractors.gazetteers import phrase_patterns

MODEL = "fr_core_news_sm"
MODEL_EXCLUDE = ["parser", "lemmatizer", "attribute_ruler"]
"""Components no rule needs, never loaded. The dependency parser is a fifth of the model's time
(`senter` gives sentences); no rule reads lemmas (the entity lexicon reads the lemmatizer's tables
from the model's folder, without its 150 MB in memory); the attribute ruler only copies POS to TAG."""

TOKEN_MATCH_CACHE = "fr-token-match"
"""The French tokenizer's 1.4-million-character regex, compiled once and kept (see startup_cache)."""

REGEX_BUNDLE = "regex-bundle"
BUNDLED_LENGTHS = (100, 100_000)
"""The other long regexes a run compiles, kept together after a first document: spaCy's affix
rules, our date, contact, metadata and theme rules (about 0.2 s of every start-up otherwise)."""

MATRIX_OPS = {"name": "numpy", "use_blis": False}
"""The models' matrix products go to numpy's BLAS (OpenBLAS) instead of thinc's default, blis:
measured on a 2-core AMD EPYC (AVX2), a 1500x288 by 288x288 product takes 3.8 ms instead of
11.9, and the kept model components 113 ms a document instead of 180, with identical tags and
entities (benchmarks/throughput.py compares both backends)."""

BLAS_THREADS = 1
"""One BLAS thread per process: parallelism comes from worker processes (`--jobs`); a second
thread inside a process costs a third more CPU for no measurable gain in wall time."""

EXTRACTORS = [
    "communique_language",
    "communique_metadata",
    "communique_dates",
    "communique_entities",
    "communique_contacts",
    "communique_themes",
    "communique_quotes",
]


def add_extractors(nlp: Language) -> Language:
    """Our components on any French pipeline (a blank one in unit tests)."""
    ruler = nlp.add_pipe(
        "span_ruler",
        name="gazetteer",
        config={"spans_key": "gazetteer", "phrase_matcher_attr": "ORTH", "overwrite": True},
    )
    # The ruler would run every phrase pattern through the model's components; matching on ORTH,
    # tokenizing them is all it needs (thousands of place names: seconds saved at start-up).
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(phrase_patterns())
    nlp.add_pipe("communique_named_patterns", config={"spans_key": "gazetteer"})
    nlp.add_pipe("communique_towns", config={"spans_key": "gazetteer"})
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The full pipeline, loaded once per process (which it limits to BLAS_THREADS)."""
    cached = startup_cache.restore_pattern(TOKEN_MATCH_CACHE, spacy.__version__)
    startup_cache.restore_patterns(REGEX_BUNDLE, _bundle_version())
    threadpool_limits(BLAS_THREADS, user_api="blas")
    with use_ops(**MATRIX_OPS):  # the ops a model is built with are the ones it runs with
        nlp = spacy.load(MODEL, exclude=MODEL_EXCLUDE)
    token_match = getattr(nlp.tokenizer.token_match, "__self__", None)
    if isinstance(token_match, re.Pattern) and token_match is not cached:
        startup_cache.store_pattern(
            TOKEN_MATCH_CACHE, spacy.__version__, token_match
        )  # once per spaCy version
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return add_extractors(nlp)


def _bundle_version() -> str:
    """The regexes depend on spaCy, on our code and on the rule files."""
    from pipeline import __version__, resources

    return f"{spacy.__version__}-{__version__}-{resources.rules_sha256()[:16]}"


@lru_cache(maxsize=1)
def keep_compiled_regexes() -> None:
    """After a process's first document, when every rule has compiled its regexes: keep them for
    the next start-up (once per version; see startup_cache.store_patterns)."""
    startup_cache.store_patterns(REGEX_BUNDLE, _bundle_version(), *BUNDLED_LENGTHS)


@lru_cache(maxsize=1)
def model_version() -> str:
    """The model package and version, read from its installed metadata (no need to load it)."""
    return f"{MODEL}-{metadata.version(MODEL)}"
