"""Every component of ours is reachable from any French pipeline through spaCy's entry points."""

from importlib.metadata import entry_points

from spacy.util import registry

import pipeline.nlp  # noqa: F401  (registers the factories)


def test_every_communique_factory_is_an_entry_point():
    ours = {name for name in registry.factories.get_all() if name.startswith("communique_")}
    published = {point.name: point.value for point in entry_points(group="spacy_factories")}
    assert ours and ours <= set(published), sorted(ours - set(published))
    assert all(published[name].startswith("pipeline.extractors.") for name in ours)
