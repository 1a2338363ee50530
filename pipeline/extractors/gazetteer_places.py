"""Place gazetteer: French country names from pycountry, French regions and departments and common
places as SpanRuler phrase patterns, and the town matcher, which looks French towns and communes up
by first word."""

from __future__ import annotations

import gettext
import re
from functools import lru_cache
from importlib import metadata

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import resources, startup_cache
from pipeline.extractors.extensions import text_of


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


TOWN_ID = "town"
"""Pattern id of the towns list: a town's name can also be a common word ('Orange', 'Digne')."""

PLACES_CACHE = "place-patterns"


@lru_cache(maxsize=1)
def place_patterns() -> list[dict]:
    """LOC patterns: country names in French, French regions and departments, common places (towns
    are looked up by the TownMatcher). Built once per pycountry version and rule files, then read
    from the start-up cache: importing pycountry and loading its databases takes 0.15 s."""
    version = f"pycountry{metadata.version('pycountry')}-{resources.rules_sha256()[:16]}"
    values, _ = startup_cache.load_or_build(
        PLACES_CACHE, version, lambda: ({"patterns": build_place_patterns()}, {})
    )
    return values["patterns"]


def build_place_patterns() -> list[dict]:
    """The place patterns, from pycountry's databases and French translations."""
    import pycountry

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
            patterns.append(
                {
                    "label": "LOC",
                    "pattern": subdivision.name,
                    "id": f"fr_subdivision_{subdivision.code.lower()}",
                }
            )
    for region in vocabulary["natural_regions"]["names"]:
        patterns.append(
            {"label": "LOC", "pattern": region, "id": NATURAL_REGION_ID + region.lower().replace(" ", "_")}
        )
    known = {p["pattern"] for p in patterns}
    for river in vocabulary["rivers"]["names"]:
        if river not in known:
            patterns.append(
                {"label": "LOC", "pattern": river, "id": "river_" + river.lower().replace(" ", "_")}
            )
    for place in vocabulary["extra_places"]:
        patterns.append({"label": "LOC", "pattern": place, "id": "place_" + place.lower().replace(" ", "_")})
    # texts write "Val-d’Oise" with a typographic apostrophe as often as "Val-d'Oise"
    patterns += [{**p, "pattern": p["pattern"].replace("'", "’")} for p in patterns if "'" in p["pattern"]]
    return patterns


NATURAL_REGION_ID = "natural_region_"
"""Id prefix of natural regions and traditional 'pays' ('Trièves', 'Puisaye')."""


@lru_cache(maxsize=2)
def town_names(with_communes: bool = True) -> frozenset[str]:
    """French towns and villages (GeoNames, 1,000+ inhabitants), the smaller communes (INSEE, those
    whose name is no common word nor a person's) that are not already a named place, written with
    a straight apostrophe, and the departments whose name is also a common word ('la Somme', 'le
    Var', 'le Nord'): the entity rules check their context, as for 'Orange'."""
    known = {p["pattern"] for p in place_patterns()}
    ambiguous = resources.load("entities.json")["excluded_subdivisions"]
    towns = resources.load("places_fr.json")["places"]
    communes = resources.load("communes_fr.json")["places"] if with_communes else []
    return frozenset(
        town.replace("’", "'")
        for town in [*towns, *communes, *ambiguous]
        if town not in known and town[:1].isupper()
    )


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every place name of the gazetteer, as written; the small communes are matched in the text
    but not consulted by the rules that ask whether a word is a place ('Anne de Villiers', 'Fjord
    Berg' are no place names to them)."""
    return frozenset(p["pattern"] for p in place_patterns()) | town_names(with_communes=False)


PARTICLE_BEFORE = re.compile(
    r"\b(?P<first>[A-ZÀ-Ý][a-zà-ÿ]+)(?:-[A-ZÀ-Ý][a-zà-ÿ]+)? (?:(?:de|du|des|van|Van|von|der|den|le|la) )+$"
)
"""'Anne de ', 'Jean-Marc Van der ': a first name and a name's particles, which open a surname."""


def _surname_follows(text: str, start: int) -> bool:
    """A first name and particles right before 'start' ('Anne de Villiers')."""
    from pipeline.extractors.entities.person_names import sourced_first_names  # (import cycle)

    before = PARTICLE_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before["first"].lower() in sourced_first_names()


@lru_cache(maxsize=1)
def small_communes_by_first_word() -> dict[str, list[str]]:
    """The small communes (not GeoNames towns), by first word: a particle before one opens a surname
    more often than the commune ('de Villiers', 'der Berg'); towns keep their place ('CHU de Nantes')."""
    towns = set(resources.load("places_fr.json")["places"])
    index: dict[str, list[str]] = {}
    for commune in resources.load("communes_fr.json")["places"]:
        if commune not in towns:
            index.setdefault(FIRST_WORD.match(commune).group(), []).append(commune)
    return index


CAPITALISED_WORD = re.compile(r"\b[^\W\d_]")
FIRST_WORD = re.compile(r"\w+")


class TownMatcher:
    """Adds every run of tokens that spells a French town to a span group, as LOC with id TOWN_ID.

    A PhraseMatcher would find the same spans, but it must tokenize each of the 31,000 names when
    the pipeline is built (most of a second of start-up). Here names are indexed by their first
    word: each capitalised word of the text is looked up, and a name that follows it letter for
    letter counts where it starts and ends on token boundaries, as a phrase match would. A name
    with hyphens is also looked up as written with spaces when a lower-case word is part of it."""

    def __init__(self, nlp: Language, name: str, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self.by_first_word: dict[str, list[str]] = {}
        for town in sorted(town_names()):
            self.by_first_word.setdefault(FIRST_WORD.match(town).group(), []).append(town)
            spaced = town.replace("-", " ")
            if spaced != town and any(word.islower() for word in spaced.split()):
                # 'Gif sur Yvette', 'Aix en Provence': the hyphens left out, a lower-case word still
                # marks a town's name ('Saint Louis', a person, has none)
                self.by_first_word[FIRST_WORD.match(town).group()].append(spaced)
        # the same names as one tuple per first word: str.startswith tries them all in C, so a
        # capitalised 'La' or 'Saint' (a thousand names each) costs one call when none follows
        self.prefixes = {word: tuple(towns) for word, towns in self.by_first_word.items()}

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc).replace("’", "'")
        found: list[Span] = []
        for capital in CAPITALISED_WORD.finditer(text):
            start = capital.start()
            if not text[start].isupper():
                continue
            word = FIRST_WORD.match(text, start)
            communes = small_communes_by_first_word().get(word.group())
            if communes and text.startswith(tuple(communes), start) and _surname_follows(text, start):
                continue  # 'Anne de Villiers', 'Jean Van der Berg': a surname, not the small commune
            prefixes = self.prefixes.get(word.group())
            if prefixes is None or not text.startswith(prefixes, start):
                continue  # no town's name here (most capitalised words)
            for town in self.by_first_word[word.group()]:
                if not text.startswith(town, start):
                    continue
                first, last = _whole_compound(text, start, start + len(town))
                if (span := doc.char_span(first, last, label="LOC", span_id=TOWN_ID)) is not None:
                    found.append(span)
        add_to_group(doc, self.spans_key, found)
        return doc


COMPOUND_HEAD = re.compile(r"(?:[A-ZÀ-Þ][\w'’]*-)+$")
COMPOUND_TAIL = re.compile(
    r"(?:-(?:sur|sous|en|lès|lez|les|la|le|de|du|des|aux|au)-|-[dl]['’])[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*"
)


def _whole_compound(text: str, start: int, end: int) -> tuple[int, int]:
    """A listed town inside a longer hyphenated name is that name: 'Mont-Saint-Michel' (not
    'Saint-Michel'), 'Thorigné-d'Anjou' (not 'Thorigné'), as French communes are named; two places
    joined by a hyphen ('la ligne Lyon-Val-de-Reuil') stay two."""
    head = COMPOUND_HEAD.search(text, max(0, start - 40), start) if text[start - 1 : start] == "-" else None
    joined = text[head.start() : start - 1].replace("’", "'") if head else ""
    if (
        joined in place_names()
        and joined not in resources.load("entities.json")["town_compound_heads"]["words"]
    ):
        head = None
    tail = COMPOUND_TAIL.match(text, end)
    return (head.start() if head else start), (tail.end() if tail else end)


def add_to_group(doc: Doc, spans_key: str, found: list[Span]) -> None:
    """Add spans to a span group, as a SpanRuler would: once each, in order."""
    if found:
        doc.spans[spans_key] = sorted(set(doc.spans.get(spans_key, [])) | set(found))
