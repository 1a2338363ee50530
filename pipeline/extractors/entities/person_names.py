"""Sourced person-name lists (pipeline/resources/person_names.json, built from Faker by
scripts/build_person_names.py): what makes capitalised words a person's name rather than a body's."""

from __future__ import annotations

from functools import lru_cache

from pipeline import resources


@lru_cache(maxsize=1)
def sourced_first_names() -> frozenset[str]:
    """First names, lower-cased, less those that are also the names of countries, regions or
    departments ('France', 'Lorraine', 'Malte': before a capitalised word they name a body or a place
    far more often; small towns named like a person, 'Yves', do not count) and those French releases
    use as common nouns, brands or cities ('Samu', 'Mercedes', 'Nancy')."""
    from pipeline.extractors.entities.vocabulary import fold
    from pipeline.extractors.gazetteers import place_patterns

    places = {fold(p["pattern"]) for p in place_patterns() if isinstance(p["pattern"], str)}
    data = resources.load("person_names.json")
    words = set(resources.load("persons.json")["not_first_names"]["words"])
    return frozenset(
        n for n in data["first_names"] + data["first_names_other"] if fold(n) not in places and n not in words
    )


@lru_cache(maxsize=1)
def known_surnames() -> frozenset[str]:
    """Common surnames, lower-cased: 'Petit', 'Fontaine', 'Le Goff' are surnames though some are words."""
    return frozenset(resources.load("person_names.json")["surnames"])
