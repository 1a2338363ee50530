"""Policy themes from the taxonomy in resources/themes.json, scored by how much evidence the text gives.

Triggers are matched two ways. Acronyms and names written with capitals ('IA', 'ANSSI') match
case-sensitively with a PhraseMatcher. Word triggers match on a light key per token: lower case,
no accents, no plural -s/-x, articles and prepositions left out, so that 'données ouvertes' finds
'donnée ouverte' and 'partage des données' finds 'partage de données' without relying on the
statistical lemmatiser; punctuation and blank lines break a match. A theme's `not_evidence`
phrases ('à la carte', 'mise en œuvre') cancel the triggers they contain.

What is not evidence: a trigger written with a capital in mid-sentence (part of a proper name,
'ministère de la Transition écologique'), and anything in the issuer's closing 'À propos de ...'
boilerplate (a heading in the latter part of the text), which describes the issuer rather than
the release.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.extensions import text_of


def _fold(text: str) -> str:
    folded = unicodedata.normalize(
        "NFKD", text.lower().replace("’", "'").replace("œ", "oe").replace("æ", "ae")
    )
    return "".join(c for c in folded if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = resources.load("theme_rules.json")
    about = "|".join(
        re.escape(h).replace("'", "['’]").replace(r"\ ", r"\s+") for h in rules["about_headings"]
    )
    return {
        "skipped": frozenset(_fold(w) for w in rules["skipped_words"]),
        "about": re.compile(rf"^[^\w\n]*(?:{about})\b[^\n]{{0,80}}$", re.IGNORECASE | re.MULTILINE),
        "multiword_bonus": rules["multiword_bonus"],
        "about_from": rules["about_from"],
    }


@lru_cache(maxsize=65536)
def token_key(text: str, skip: bool = True) -> str | None:
    """A token's matching key: '' for a word left out, None for a token that breaks a phrase."""
    if text.isspace():
        return "" if text.count("\n") < 2 else None  # a wrapped line goes on, a blank line ends
    folded = _fold(text)
    if not re.search(r"\w", folded):
        return None
    if skip and folded in _rules()["skipped"]:
        return ""
    return folded[:-1] if len(folded) > 3 and folded[-1] in "sx" else folded


def _keys(words: list[str], skip: bool = True) -> tuple[str, ...]:
    return tuple(k for k in (token_key(w, skip) for w in words) if k)


def _words(doc: Doc) -> list[tuple[str, int]]:
    """(text, offset) of every token, read from the Doc's arrays: no Token object is built."""
    strings = doc.vocab.strings
    return [(strings[orth], idx) for orth, idx in doc.to_array(["ORTH", "IDX"]).tolist()]


@dataclass(frozen=True)
class Match:
    theme: str
    start: int
    end: int
    words: int


class ThemeExtractor:
    """Fills doc._.themes with taxonomy themes that have enough evidence in the text."""

    def __init__(self, nlp: Language, name: str, min_score: float) -> None:
        self.name = name
        self.min_score = min_score
        self.taxonomy = {theme["id"]: theme for theme in resources.load("themes.json")}
        self.case_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.phrases: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.exclusions: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for theme in self.taxonomy.values():
            acronyms = [t for t in theme["triggers"] if t.isupper() or any(c.isupper() for c in t[1:])]
            self.case_matcher.add(theme["id"], list(nlp.tokenizer.pipe(acronyms)))
            for trigger in (t for t in theme["triggers"] if t not in acronyms):
                self.phrases[_keys([t.text for t in nlp.tokenizer(trigger)])].add(theme["id"])
            for phrase in theme.get("not_evidence", []):
                self.exclusions[_keys([t.text for t in nlp.tokenizer(phrase)], skip=False)].add(theme["id"])
        self.phrases.pop((), None)
        # the keys a phrase can start with: most tokens start none and are passed over at once
        self.phrase_starts = {key[0] for key in self.phrases}
        self.exclusion_starts = {key[0] for key in self.exclusions if key}
        self.longest = max((len(k) for k in [*self.phrases, *self.exclusions]), default=1)

    def _scan(
        self,
        tokens: list[tuple[str, int]],
        text: str,
        table: dict[tuple[str, ...], set[str]],
        starts: set[str],
        skip: bool,
    ) -> list[Match]:
        """The longest entry of `table` per theme starting at each token: linear, `longest` steps a token."""
        keyed = [(key, idx, idx + len(word)) for word, idx in tokens if (key := token_key(word, skip)) != ""]
        keys = [key for key, _, _ in keyed]
        next_break = [len(keys)] * (len(keys) + 1)  # first index at or after i whose key breaks a phrase
        for i in range(len(keys) - 1, -1, -1):
            next_break[i] = i if keys[i] is None else next_break[i + 1]
        found: list[Match] = []
        for i, key in enumerate(keys):
            if key not in starts:
                continue
            seen: set[str] = set()
            for length in range(min(self.longest, next_break[i] - i), 0, -1):
                themes = table.get(tuple(keys[i : i + length]), set()) - seen
                if themes:
                    start, end = keyed[i][1], keyed[i + length - 1][2]
                    words = len(_keys(text[start:end].split(), skip=False))
                    found.extend(Match(theme, start, end, words) for theme in themes)
                    seen |= themes
        return found

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        tokens = _words(doc)
        found = self._scan(tokens, text, self.phrases, self.phrase_starts, skip=True)
        excluded = (
            self._scan(tokens, text, self.exclusions, self.exclusion_starts, skip=False)
            if self.exclusions
            else []
        )
        matches = [m for m in _uncovered(found, excluded) if not _inside_name(text, m.start, m.end)]
        for match_id, start, end in self.case_matcher(doc):
            matches.append(
                Match(
                    doc.vocab.strings[match_id],
                    doc[start].idx,
                    doc[end - 1].idx + len(doc[end - 1].text),
                    end - start,
                )
            )
        about = _rules()["about"].search(text, int(len(text) * _rules()["about_from"]))
        body_end = about.start() if about else len(text)
        evidence: dict[str, dict[int, Match]] = defaultdict(dict)
        for match in matches:
            if match.start < body_end:
                evidence[match.theme].setdefault(match.start, match)
        title = (doc._.metadata or {}).get("evidence", {}).get("title")
        bonus = _rules()["multiword_bonus"]
        themes = []
        for theme_id, spans in evidence.items():
            theme = self.taxonomy[theme_id]
            distinct = {_keys(text[m.start : m.end].split()) for m in spans.values()}
            label = _keys(theme["label_fr"].split())
            # a one-word label ('Culture') is too common a word to name the theme by itself
            names_itself = len(label) > 1 and any(_contains(key, label) for key in distinct)
            in_title = bool(title) and any(title["start"] <= m.start < title["end"] for m in spans.values())
            multiword = sum(1 for m in spans.values() if m.words > 1)
            weight = (
                len(spans) + len(distinct) - 1 + bonus * multiword + (2 if in_title or names_itself else 0)
            )
            score = round(1 - math.exp(-weight / 3), 3)
            if (
                len(spans) < theme.get("min_evidence", 2) and not (in_title or names_itself)
            ) or score < self.min_score:
                continue
            themes.append(
                {
                    "id": theme_id,
                    "label": theme["label_fr"],
                    "score": score,
                    "evidence": [
                        {
                            "start": m.start,
                            "end": m.end,
                            "text": text[m.start : m.end],
                            "rule": "theme.trigger",
                        }
                        for _, m in sorted(spans.items())
                    ],
                    "rule": "theme.trigger",
                }
            )
        doc._.themes = sorted(themes, key=lambda t: (-t["score"], t["id"]))
        return doc


def _contains(key: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(key[i : i + len(part)] == part for i in range(len(key) - len(part) + 1))


def _uncovered(found: list[Match], excluded: list[Match]) -> list[Match]:
    """Matches not inside a longer match of the same theme nor inside an excluded phrase."""
    by_theme: dict[str, list[tuple[int, int, int, Match]]] = defaultdict(list)
    for match in excluded:
        by_theme[match.theme].append((match.start, match.start - match.end, 0, match))
    for match in found:
        by_theme[match.theme].append((match.start, match.start - match.end, 1, match))
    kept: list[Match] = []
    for items in by_theme.values():
        reach = -1
        for _, _, is_found, match in sorted(items, key=lambda item: item[:3]):
            if match.end <= reach:
                continue
            if is_found:
                kept.append(match)
            reach = match.end
    return kept


def _inside_name(text: str, start: int, end: int) -> bool:
    """A lower-case trigger written with a capital after a lower-case word belongs to a proper name."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    previous = re.search(r"(\S)[ \t]*$", text[max(0, start - 20) : start])
    return bool(previous) and (previous.group(1).islower() or previous.group(1) in "'’")


@Language.factory("communique_themes", assigns=["doc._.themes"], default_config={"min_score": 0.6})
def make_theme_extractor(nlp: Language, name: str, min_score: float) -> ThemeExtractor:
    return ThemeExtractor(nlp, name, min_score)
