"""The entity rules' data (pipeline/resources/entities.json), the word patterns the rules share, and
the folded name lists names are compared on (fold, places, countries, subdivisions, known bodies). The
label a name's head-word implies is in head_labels.py, the tests and trims on a span's text (an
address, a sentence's end, an acronym's initials, a span's bounds) in span_text.py."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline import resources
from pipeline.extractors.entities.person_names import sourced_first_names
from pipeline.extractors.gazetteers import (
    organisation_patterns,
    place_names,
    place_patterns,
)
from pipeline.extractors.marks import without_marks

WORD = re.compile(r"[^\W_]+", re.UNICODE)

ACRONYM_IN_PARENS = re.compile(r"\((?P<inner>[^()\n]{1,120})\)")

ACRONYM = re.compile(r"^[A-ZÉ][A-Za-zÉ0-9&]*[A-Z0-9][A-Za-z0-9&]*$")

HYPHEN_WRAP = re.compile(r"(?P<head>\b[A-ZÉÈÎ][\w'’-]*-)\n(?P<tail>[\w'’-]*\w)")

HYPHEN_COMPOUND = re.compile(r"(?<![\w-])[A-ZÉÈÎ][\w'’]*(?:-[\w'’]+){2,}")
"""'Paris-New-York': three or more parts joined by hyphens, which may hold a hyphenated place after another.
"""

POSTCODE_TOWN_END = re.compile(r"\b\d{5}\s+[^\W\d_][\w'’ -]*$")
"""'75010 Paris' ending a line: an address line, never cut inside a sentence."""

ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
"""'VII', 'XIV': a numbering (of a chapter, a king's name), never a name by itself."""

NAME_WORD = re.compile(r"^[^\W_][\w'’&.-]*[^\W_]$|^[^\W\d_]$")

CAMEL_CASE = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$")

NUMBER_SIGN = re.compile(r"(?:\b[nN]°|\bnuméro)\s*$")

ARTICLE_AFTER_PARTICLE = re.compile(r"\bde\s+(?:la|les?|l['’])(?=[\s\w])")
"""'Webconférence de l’État': a lower-case article after 'de' is no nobiliary particle ('Charles de Gaulle').
"""

OF_THE_STATE = re.compile(r"(?<![\w'’-])[A-ZÉÈÀ][^\W\d_]+(?:-[^\W\d_]+)* de l['’](?:État|Etat)\b")
"""'Webinaire de l'État', 'Audioconférence de l’État': a capitalised word 'of the State' names one of its
services
(not an acronym: 'SI de l'État' is its information system)."""

ENGLISH_CUE = re.compile(r"\ben (?:langue )?anglais|\bin English", re.IGNORECASE)


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = resources.load("entities.json")
    return {
        "articles": sorted(data["leading_articles"], key=len, reverse=True),
        "stop_words": set(data["stop_words"]),
        "rejected": {fold(form) for form in data["rejected_surface_forms"] + data["title_pronouns"]["words"]},
        "kind_acronyms": {fold(form) for form in data["kind_acronyms"]["words"]},
        "legal_statuses": tuple(fold(phrase) for phrase in data["legal_statuses"]["phrases"]),
        "kind_nouns": set(data["kind_nouns_before_names"]["words"]),
        "titles": data["person_titles"]
        + [
            t
            for t in data["person_civilities"]["abbreviations"] + data["person_civilities"]["words"]
            if t not in data["person_titles"]
        ],
        "civilities": set(data["person_civilities"]["abbreviations"]),
        "civility_words": set(data["person_civilities"]["words"]) | {"Monsieur", "Madame"},
        "person_named_heads": set(data["person_named_heads"]["words"]),
        "first_names": set(data["first_names"]["words"])
        | set(data["first_names_more"]["words"])
        | sourced_first_names(),
        "particles": {p.lower() for p in data["name_particles"]},
        "event_heads": set(data["event_heads"]["words"]),
        "report_heads": set(data["report_heads"]["words"]),
        "sequence_parts": set(data["sequence_parts"]["words"]),
        "diploma_heads": set(data["diploma_heads"]["words"]),
        "quality_marks": set(data["quality_marks"]["words"]),
        "capitalised_org_heads": set(data["capitalised_org_heads"]["words"]),
        "capitalised_body_heads": set(data["capitalised_body_heads"]["words"]),
        "house_heads": set(data["house_heads"]["words"]),
        "heads": {
            word: label
            for label, words in data["head_labels"].items()
            if not label.startswith("_")
            for word in words
        },
        "head_phrases": {
            phrase: label
            for label, phrases in data["head_phrases"].items()
            if not label.startswith("_")
            for phrase in phrases
        },
        "org_tails": set(data["org_tail_words"]),
        "sports_clubs": data["sports_clubs"],
        "misc_tails": set(data["misc_tail_words"]["words"]),
        "address_heads": set(data["address_heads"]),
        "street_heads": set(data["street_heads"]),
        "school_heads": set(data["school_heads"]),
        "unit_heads": set(data["unit_heads"]["words"]),
        "region_adjectives": set(data["region_adjectives"]["words"]),
        "town_prepositions": set(data["town_prepositions"]),
        "units": set(data["unit_symbols"]["units"]),
        "sentence_openers": {w.replace("’", "'") for w in data["sentence_openers"]},
        "employer_roles": set(data["employer_roles"]["words"]),
        "employer": re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, data['employer_roles']['words']))})"
            rf"(?:\s+(?:{'|'.join(map(re.escape, data['employer_roles']['adjectives']))})){{0,3}}"
            rf"\s+(?:du|de\s+la|de\s+l['’]|de|d['’])\s*(?P<name>[A-ZÉÈ][^\W\d_]+)(?![\w'’-]|\s+[A-ZÉÈ\d])"
        ),
        "portfolio_cue": re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, data['portfolio_cues']['words']))})"
            rf"\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*$",
            re.IGNORECASE,
        ),
        "lone_place_cue": re.compile(
            rf"(?:(?<!\w)(?:{'|'.join(map(re.escape, data['lone_name_place_cues']))})|\b\d{{5}})\s+$",
            re.IGNORECASE,
        ),
        "place_prepositions": set(data["place_prepositions"]),
        "connectors": set(data["name_connectors"]),
        "pair_connectors": set(data["pair_connectors"]["words"]),
        "route_nouns": set(data["route_nouns"]["words"]),
        "not_name_words": set(data["not_name_words"]),
        "pronouns": set(data["title_pronouns"]["words"]),
        "law": law_regex(data["law_pattern"]),
        "road": re.compile(
            rf"\b(?:{'|'.join(data['road_names']['glued'])})\d{{1,4}}\b|"
            + "|".join(rf"(?<={re.escape(cue)})A\d{{1,3}}\b" for cue in data["road_names"]["motorway_cues"])
        ),
        "spaced_road_kinds": set(data["road_names"]["spaced"]),
        "sentence_case_heads": set(data["sentence_case_heads"]["words"]),
        "appositive_heads": {
            word: label
            for label, words in data["appositive_heads"].items()
            if not label.startswith("_")
            for word in words
        },
        "quoted_name_cues": {
            word: label
            for label, words in data["quoted_name_cues"].items()
            if not label.startswith("_")
            for word in words
        },
        "capitalised_articles": {a[:1].upper() + a[1:] for a in data["leading_articles"] if a[:1] == "l"},
        "not_before_branch": set(data["regional_branches"]["not_before"]),
        "branch_compass": set(data["branch_territories"]["compass"]),
        "branch_nouns": set(data["branch_territories"]["nouns"]),
        "grand_towns": data["grand_towns"],
    }


def law_regex(spec: dict) -> re.Pattern:
    """'loi n° 2005-102 du 11 février 2005 pour l'égalité ...', 'ordonnance n° 2023-859': a head,
    then a number or a title clause (a date may come between), the title running to the clause's end.
    A date alone ('l'arrêté du 13 février 2026') designates one act among the day's, it names none."""

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    number = r"\s+n°\s*\d[\d\-/]*"
    date = rf"\s+du\s+\d{{1,2}}(?:er)?\s+(?:{alternatives(spec['months'])})\s+\d{{4}}"
    title = rf"\s+(?:{alternatives(spec['title_cues'])})\s[^.;:!?\n()«»\[\]]*[^\s.;:!?\n()«»,\[\]]"
    head = rf"\b(?:{alternatives(spec['heads'])})(?:\s+(?:{alternatives(spec['kinds'])}))?"
    return re.compile(rf"{head}(?:(?:{number})(?:{date})?(?:{title})?|(?:{date})(?:{title})|(?:{title}))")


@lru_cache(maxsize=1)
def not_complement_words() -> frozenset[str]:
    """Lower-case words that never go on a name as its complement: months, weekdays, time words,
    determiners, other bodies' head-words (`named_structures.json`)."""
    return frozenset(resources.load("named_structures.json")["not_complement_words"])


@lru_cache(maxsize=1)
def folded_places() -> frozenset[str]:
    """The gazetteer's place names, folded as names are compared."""
    return frozenset(fold(p) for p in place_names())


@lru_cache(maxsize=1)
def folded_countries() -> frozenset[str]:
    """Country names (French, from pycountry), folded: a body's national branch ends with one."""
    return frozenset(
        fold(p["pattern"]) for p in place_patterns() if str(p.get("id", "")).startswith("country_")
    )


@lru_cache(maxsize=1)
def _legal_statuses() -> re.Pattern:
    phrases = sorted(vocabulary()["legal_statuses"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(p) for p in phrases)})(?: |\Z)")


@lru_cache(maxsize=4096)
def legal_status(text: str) -> bool:
    """'Établissement public industriel et commercial', 'Association reconnue d'utilité publique': a
    body's legal form or status, no capitalised word after its head-word, describes the body, it is
    not its name. (Asked of every candidate and of its clause: cached.)"""
    return not any(word[:1].isupper() for word in text.split()[1:]) and bool(
        _legal_statuses().match(fold(text))
    )


@lru_cache(maxsize=1)
def folded_subdivisions() -> frozenset[str]:
    """French regions and départements, folded (the gazetteer's `fr_subdivision_` places)."""
    return frozenset(
        fold(p["pattern"])
        for p in place_patterns()
        if isinstance(p["pattern"], str) and str(p.get("id", "")).startswith("fr_subdivision_")
    )


@lru_cache(maxsize=1)
def known_bodies() -> frozenset[str]:
    """The organisations gazetteer's names, folded."""
    return frozenset(fold(p["pattern"]) for p in organisation_patterns() if isinstance(p["pattern"], str))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, accents, apostrophes and punctuation folded: the key entity names are compared on."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = without_marks(text).lower()
    return " ".join(WORD.findall(text))


def name_key(text: str) -> str:
    """Folded name without stop words: 'Partenariat mondial sur l'IA' ~ 'Partenariat Mondial pour l'IA'."""
    words = [w for w in fold(text).split() if w not in vocabulary()["stop_words"]]
    return " ".join(words) or fold(text)
