"""Sourced person-name lists (pipeline/resources/person_names.json, built from Faker by
scripts/build_person_names.py): what makes capitalised words a person's name rather than a body's."""

from __future__ import annotations

from functools import lru_cache

from pipeline import resources


@lru_cache(maxsize=1)
def sourced_first_names() -> frozenset[str]:
    """First names, lower-cased, less those that are also place names ('France', 'Lorraine',
    'Nancy': a town or a region before a capitalised word names a body or a place far more often) and
    those French releases use as common nouns or brands ('Samu', 'Mercedes')."""
    from pipeline.extractors.entities.vocabulary import fold, folded_places

    places = folded_places()
    data = resources.load("person_names.json")
    words = set(resources.load("persons.json")["not_first_names"]["words"])
    return frozenset(
        n for n in data["first_names"] + data["first_names_other"] if fold(n) not in places and n not in words
    )


@lru_cache(maxsize=1)
def known_surnames() -> frozenset[str]:
    """Common surnames, lower-cased: 'Petit', 'Fontaine', 'Le Goff' are surnames though some are words."""
    return frozenset(resources.load("person_names.json")["surnames"])
