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
    # texts write "Val-d’Oise" with a typographic apostrophe as often as "Val-d'Oise"
    patterns += [{**p, "pattern": p["pattern"].replace("'", "’")} for p in patterns if "'" in p["pattern"]]
    return patterns


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every place name of the gazetteer, as written."""
    return frozenset(p["pattern"] for p in place_patterns())


def organisation_patterns() -> list[dict]:
    return list(resources.load("organisations.jsonl"))


def named_thing_patterns() -> list[dict]:
    """Token patterns (with POS) for named programmes, strategies, declarations and bodies."""
    return list(resources.load("named_patterns.jsonl"))


FINAL_ADJECTIVES = [{"ORTH": ",", "OP": "?"}, {"POS": "ADJ", "OP": "?"}, {"ORTH": ",", "OP": "?"}, {"POS": "ADJ", "OP": "?"}, {"LOWER": "et", "OP": "?"}, {"IS_ALPHA": True, "IS_LOWER": True, "POS": {"NOT_IN": ["VERB", "AUX", "DET", "ADP", "PRON"]}, "OP": "?"}]
"""', ouverte, libre et sûre': the end of a programme's name can be a list of adjectives (a dangling
comma or 'et' is trimmed by the entity resolver)."""


def _complements(spec: dict, first: bool) -> list[list[dict]]:
    """The shapes of one complement: 'de la Culture', 'et des Affaires étrangères', 'et régies',
    and (lower-case only) 'pour l'éducation'; the first one needs a preposition."""
    noun: dict = {"IS_PUNCT": False, "LIKE_NUM": False, "IS_SPACE": False, "POS": {"NOT_IN": ["AUX", "ADP", "DET", "PRON"]}, "MORPH": {"NOT_IN": ["VerbForm=Inf"]}, "LOWER": {"NOT_IN": spec["not_complement_words"]}}
    article = {"LOWER": {"IN": spec["articles"]}}
    words = [{**article, "OP": "?"}, {"POS": "ADJ", "OP": "?"}, noun, {"POS": "ADJ", "OP": "*"}]
    of = {"LOWER": {"IN": spec["prepositions"]}}
    other = {"LOWER": {"IN": spec["other_prepositions"]}}
    if first:
        return [[of] + words, [other, article] + words[1:]]
    lower_words = [article, {"POS": "ADJ", "OP": "?"}, {**noun, "IS_LOWER": True}, {"POS": "ADJ", "OP": "*"}]
    return [[{"LOWER": {"IN": ["et", ","]}, "OP": "?"}, of] + words, [{"LOWER": "et", "OP": "?"}, other] + lower_words, [{"LOWER": "et"}] + words]


@lru_cache(maxsize=1)
def structure_patterns() -> list[dict]:
    """Token patterns for named bodies and programmes: a head-word, its adjectives, then one to
    max_complements complements (resources/named_structures.json)."""
    spec = resources.load("named_structures.json")
    patterns: list[dict] = []
    for structure in spec["structures"]:
        heads: list[list[dict]] = []
        if "heads" in structure:
            head = {"ORTH": {"IN": structure["heads"]}}
            heads += [[head, {"POS": "ADJ", "OP": "*"}], [head, {"POS": "ADJ"}, {"LOWER": "et"}, {"POS": "ADJ"}]]
        if "adjectives" in structure:
            heads.append([{"LOWER": {"IN": structure["lower_heads"]}}, {"LOWER": {"IN": structure["adjectives"]}}, {"POS": "ADJ", "OP": "*"}])
        elif structure.get("adjectives_pos"):
            heads.append([{"LOWER": {"IN": structure["lower_heads"]}}, {"POS": "ADJ", "OP": "+"}])
        elif "lower_heads" in structure:
            heads.append([{"LOWER": {"IN": structure["lower_heads"]}}])
        end = FINAL_ADJECTIVES if structure.get("final_adjectives") else []
        tails = _complements(spec, True)
        for _ in range(spec["max_complements"]):
            for head in heads:
                patterns += [{"label": structure["label"], "id": structure["id"], "pattern": head + tail + end} for tail in tails]
            tails = [tail + more for tail in tails for more in _complements(spec, False)]
    return patterns


def all_patterns() -> list[dict]:
    return place_patterns() + organisation_patterns() + named_thing_patterns() + structure_patterns()
