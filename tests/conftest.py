"""Shared fixtures: the full pipeline is loaded once per test session; unit tests use blank ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = Path(os.environ.get("COMMUNIQUE_CORPUS") or ROOT.parent / "shared" / "corpus")
"""The shared corpus; COMMUNIQUE_CORPUS points elsewhere (a work tree beside the main one)."""
SEED = SAMPLES / "000_0146f9d8f82743d2.txt"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(autouse=True)
def rules_labels(request):
    """The extractors' tests (tests/extractors) test the rules as written: the fitted label decision
    (pipeline/extractors/entities/decision.py), which may overrule a rule's label on a one-sentence
    fragment as on a release, is off while they run. It has tests of its own (test_label_decision.py)
    and is judged where it is meant to help, on whole releases: the corpus floors, the samples'
    outputs, `communique evaluate`."""
    path = Path(str(request.path))
    if (
        "nlp" not in request.fixturenames
        or not path.is_relative_to(ROOT / "tests" / "extractors")
        or path.name == "test_label_decision.py"
    ):
        yield
        return
    resolver = request.getfixturevalue("nlp").get_pipe("communique_entities")
    shipped, resolver.label_model = resolver.label_model, None
    try:
        yield
    finally:
        resolver.label_model = shipped


@pytest.fixture(scope="session")
def blank_nlp():
    """A blank French pipeline with our components: rules without the statistical model."""
    from pipeline.nlp import add_extractors

    return add_extractors(spacy.blank("fr"))


@pytest.fixture(scope="session")
def themes_nlp():
    """Only the theme component on a blank French pipeline: the theme rules alone, fast."""
    import pipeline.extractors.themes  # noqa: F401  (registers the factory)
    from pipeline.extractors.extensions import register_extensions

    register_extensions()
    nlp = spacy.blank("fr")
    nlp.add_pipe("communique_themes")
    return nlp


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not available at {CORPUS} (it is not redistributed with the project)")
    return CORPUS
