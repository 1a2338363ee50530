"""Whether the words before a one-word name the model calls a place say it is one: a place preposition,
elided or not ('à Lorient', 'd'Asturies', 'jusqu'à Brest'), or one and the feminine article rivers and
regions take ('de la Vionne', 'sur la Marque', 'et l'Orvette'). Invented fragments."""

import pytest

from pipeline.extractors.entities.labels import place_cue_before


@pytest.mark.parametrize(
    "before",
    [
        "les élus de Lorient et à",
        "une délégation d'",
        "le trajet jusqu'à",
        "le long de l'Orvette et de la",
        "une passerelle sur la",
        "le transport scolaire sur le Maroni et l'",
    ],
)
def test_a_place_cue(before):
    assert place_cue_before(before.split())


@pytest.mark.parametrize(
    "before",
    [
        "",
        "l'application",
        "les agents utilisent la",  # an article after a verb: a product may follow
    ],
)
def test_no_place_cue(before):
    assert not place_cue_before(before.split())


def test_particles_in_capitals_are_no_place_cue():
    assert not place_cue_before(["02", "98", "00", "00", "00", "DE", "LA"])
