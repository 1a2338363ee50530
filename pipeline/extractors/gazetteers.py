"""Gazetteer patterns for the SpanRuler: French country names from pycountry, French regions and
departments, international organisations and French public bodies (resources/organisations.jsonl)."""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry

from pipeline import resources


def _french_forms(translate, country) -> set[str]:
    forms: set[str] = set()
    for attribute in ("name", "common_name"):
        english = getattr(country, attribute, None)
        if not english:
            continue
        french = translate(english)
        if ", " in french:
            head, tail = french.split(", ", 1)
            forms.add(head)
            if tail[:1].isupper():
                forms.add(f"{tail} {head}")
        else:
            forms.add(french)
    return forms


@lru_cache(maxsize=1)
def place_patterns() -> list[dict]:
    """LOC patterns: country names in French, French regions and departments, common places."""
    try:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:
        translate = str
    vocabulary = resources.load("entities.json")
    patterns: list[dict] = []
    for country in pycountry.countries:
        for form in sorted(_french_forms(translate, country)):
            patterns.append({"label": "LOC", "pattern": form, "id": f"country_{country.alpha_2.lower()}"})
    excluded = set(vocabulary["excluded_subdivisions"])
    for subdivision in pycountry.subdivisions.get(country_code="FR") or []:
        if subdivision.name not in excluded:
            patterns.append({"label": "LOC", "pattern": subdivision.name, "id": f"fr_subdivision_{subdivision.code.lower()}"})
    for place in vocabulary["extra_places"]:
        patterns.append({"label": "LOC", "pattern": place, "id": "place_" + place.lower().replace(" ", "_")})
    return patterns


def organisation_patterns() -> list[dict]:
    return list(resources.load("organisations.jsonl"))


def named_thing_patterns() -> list[dict]:
    """Token patterns (with POS) for named programmes, strategies, declarations and bodies."""
    return list(resources.load("named_patterns.jsonl"))


def all_patterns() -> list[dict]:
    return place_patterns() + organisation_patterns() + named_thing_patterns()
