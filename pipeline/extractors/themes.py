"""Themes as IPTC Media Topics, chosen from weighted French triggers found in the body of the release.

Rules are data: resources/mediatopic_rules.json gives each supported topic its trigger words and
phrases with weights, resources/mediatopic_labels.json the triggers derived from every topic's French
label and definition (its single 'support' words count only beside another sign of their subject);
resources/mediatopics.json is the tree (see extractors/mediatopics.py for how
weights add up and which topics are kept). Triggers are matched two ways. Names and acronyms written
with a capital ('IA', 'ANSSI', "l'État") match case-sensitively with a PhraseMatcher. Word triggers
match on a light key per token: lower case, no accents, no plural -s/-x, articles and prepositions
left out, so that 'données ouvertes' finds 'donnée ouverte' without relying on the statistical
lemmatiser; punctuation and blank lines break a match, but a hyphen glued between two words joins them
('sapeurs-pompiers', 'toxi-infection', which the tokenizer splits in three). A few words keep their
accents (theme_rules.json, accent_sensitive gives each form its key) where folding would make another
word of them: 'élevé' is not 'élève', 'marche' is not 'marché', 'pris' is not 'prix'. A topic's
`not_evidence` phrases ('mise en œuvre', 'à la recherche de') cancel the triggers they contain;
its `other_sense` phrases, found anywhere in the document, show that the document uses a word of the
topic in another sense throughout: once a release names a 'syndicat mixte' (a body of communes), 'le
syndicat' further on is that body, not a trade union, and the topic's triggers the phrase contains
count nowhere in it.

What is not evidence: a lower-case trigger written with a capital in mid-sentence (part of a proper
name, 'ministère de la Transition écologique'), anything in the issuer's closing 'À propos de ...'
zone (extractors/zones.py, or an about heading in the latter part of the text) and the press
contacts: they describe the issuer, not the release. The issuer's kind, though, is evidence of a
subject the body already shows (theme_rules.json, issuer_kinds): a préfecture's or a ministry's
release is about a measure of its own, which readers file under politics.
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
from pipeline.extractors.marks import without_marks
from pipeline.extractors.mediatopics import choose, subtree_evidence, tree
from pipeline.extractors.zones import about_zones

RULE = "theme.mediatopic"
CACHE_LIMIT = 200_000
"""Word forms whose key is kept; the cache is emptied beyond (a run over many documents)."""
Keyed = tuple[str | None, int, int]
INCLUSIVE = re.compile(r"(?<=\w)[·.](?:e|ne|le|se|euse|rice|ere|es)(?:[·.]?s)?$")
"""French inclusive writing's feminine and plural endings after a middle dot or a full stop."""


def _fold(text: str) -> str:
    folded = unicodedata.normalize(
        "NFKD", text.lower().replace("’", "'").replace("œ", "oe").replace("æ", "ae")
    )
    return without_marks(folded)


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = dict(resources.load("theme_rules.json"))
    about = "|".join(
        re.escape(h).replace("'", "['’]").replace(r"\ ", r"\s+") for h in rules["about_headings"]
    )
    rules["skipped"] = frozenset(_fold(w) for w in rules["skipped_words"])
    rules["as_written"] = {form.lower(): key for form, key in rules["accent_sensitive"].items()}
    rules["about"] = re.compile(rf"^[^\w\n]*(?:{about})\b[^\n]{{0,80}}$", re.IGNORECASE | re.MULTILINE)
    furniture = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in rules["page_furniture"])
    rules["furniture"] = re.compile(rf"^[^\n]*(?:{furniture})[^\n]*$", re.IGNORECASE | re.MULTILINE)
    rules["issuer_patterns"] = {
        topic: re.compile(_issuer_pattern(kind["heads"], kind.get("except", [])))
        for topic, kind in rules["issuer_kinds"].items()
    }
    return rules


def _issuer_pattern(heads: list[str], exceptions: list[str]) -> str:
    """An issuer name (folded) opening with one of the heads and with none of the exceptions."""
    head = rf"(?:{'|'.join(re.escape(_fold(h)) for h in heads)})\b"
    if not exceptions:
        return rf"^{head}"
    return rf"^(?!(?:{'|'.join(re.escape(_fold(p)) for p in exceptions)})\b){head}"


@lru_cache(maxsize=65536)
def token_key(text: str, skip: bool = True) -> str | None:
    """A token's matching key: '' for a word left out, None for a token that breaks a phrase."""
    if text.isspace():
        return "" if text.count("\n") < 2 else None  # a wrapped line goes on, a blank line ends
    lowered = unicodedata.normalize("NFC", text.lower().replace("’", "'"))
    if lowered in _rules()["as_written"]:
        return _rules()["as_written"][lowered]  # 'élevé' is not 'élève', 'pris' is not 'prix'
    folded = _fold(text)
    if not re.search(r"\w", folded):
        return None
    if skip and folded in _rules()["skipped"]:
        return ""
    folded = INCLUSIVE.sub("", folded)  # 'lycéen·ne·s', 'étudiant.e.s': the masculine form
    return folded[:-1] if len(folded) > 3 and folded[-1] in "sx" else folded


def _keys(words: list[str], skip: bool = True) -> tuple[str, ...]:
    return tuple(k for k in (token_key(w, skip) for w in words) if k)


def _lengths(table: dict[tuple[str, ...], object]) -> dict[str, list[int]]:
    starts: dict[str, set[int]] = defaultdict(set)
    for key in table:
        starts[key[0]].add(len(key))
    return {first: sorted(lengths, reverse=True) for first, lengths in starts.items()}


def _is_name(trigger: str) -> bool:
    """Acronyms and names ('IA', 'État', 'Union européenne') are matched as written."""
    return trigger != trigger.lower()


@dataclass(frozen=True)
class Match:
    topic: str
    start: int
    end: int
    trigger: str
    weight: float


class ThemeExtractor:
    """Fills doc._.themes with the Media Topics the body gives enough evidence for, ancestors included."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.case_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.key_cache: dict[int, tuple[str | None, bool, int]] = {}
        self.case_weights: dict[str, tuple[str, str, float]] = {}
        self.phrases: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
        self.exclusions: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.other_senses: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.support: set[tuple[str, str]] = set()
        for topic, kind, trigger, weight in _triggers():
            if _is_name(trigger):
                match_id = f"{topic} {trigger}"
                self.case_weights[match_id] = (topic, trigger, weight)
                self.case_matcher.add(match_id, [nlp.make_doc(trigger)])
            else:
                key = _keys([t.text for t in nlp.tokenizer(trigger)])
                self.phrases[key][topic] = max(weight, self.phrases[key].get(topic, 0))
                trigger = " ".join(key)
            if kind == "support":
                self.support.add((topic, trigger))
        for topic, rule in resources.load("mediatopic_rules.json")["topics"].items():
            for phrase in rule.get("not_evidence", []):
                self.exclusions[_keys([t.text for t in nlp.tokenizer(phrase)], skip=False)].add(topic)
            for phrase in rule.get("other_sense", []):
                self.other_senses[_keys([t.text for t in nlp.tokenizer(phrase)])].add(topic)
        self.phrases.pop((), None)
        self.exclusions.pop((), None)
        self.other_senses.pop((), None)
        # the keys a phrase can start with, and its lengths, longest first: most tokens start none
        self.phrase_starts = _lengths(self.phrases)
        self.exclusion_starts = _lengths(self.exclusions)
        self.other_sense_starts = _lengths(self.other_senses)

    def _keyed(self, doc: Doc) -> tuple[list[Keyed], list[Keyed]]:
        """Each token's key and span, read from the Doc's arrays (no Token object is built), keys kept
        per word form: all tokens (for not_evidence phrases) and the tokens left once articles and
        prepositions are dropped (for triggers). Blank tokens are left out; None breaks a phrase."""
        cache = self.key_cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        orths, offsets = doc.to_array(["ORTH", "IDX"]).T.tolist()
        for orth in set(orths) - cache.keys():
            word = doc.vocab.strings[orth]
            key = token_key(word, skip=False)
            cache[orth] = (key, token_key(word) == "" and key != "", len(word))
        entries = [cache[orth] for orth in orths]
        for i in _glued(orths, offsets, [e[2] for e in entries], doc.vocab.strings["-"]):
            entries[i] = ("", False, 1)  # 'sapeurs-pompiers' split by the tokenizer is one phrase
        every = [(e[0], i, i + e[2], e[1]) for e, i in zip(entries, offsets, strict=True) if e[0] != ""]
        return [k[:3] for k in every], [k[:3] for k in every if not k[3]]

    def _scan(self, keyed: list[Keyed], table: dict, starts: dict[str, list[int]]) -> list[Match]:
        """The longest entry of `table` per topic starting at each token: only the lengths some entry
        starting with that word has are tried, so the scan stays linear in the text."""
        keys = [key for key, _, _ in keyed]
        found: list[Match] = []
        for i in [i for i, key in enumerate(keys) if key in starts]:
            seen: set[str] = set()
            for length in starts[keys[i]]:
                if i + length > len(keys):
                    continue
                phrase = tuple(keys[i : i + length])
                entry = table.get(phrase)
                if not entry or None in phrase:
                    continue
                weights = entry if isinstance(entry, dict) else dict.fromkeys(entry, 0.0)
                start, end = keyed[i][1], keyed[i + length - 1][2]
                for topic in weights.keys() - seen:
                    found.append(Match(topic, start, end, " ".join(phrase), weights[topic]))
                seen |= weights.keys()
        return found

    def matches(self, doc: Doc, text: str) -> list[Match]:
        """Every trigger match of the text, before the body and the scoring decide what counts."""
        every, words = self._keyed(doc)
        found = self._scan(words, self.phrases, self.phrase_starts)
        excluded = self._scan(every, self.exclusions, self.exclusion_starts) if self.exclusions else []
        senses = self._scan(words, self.other_senses, self.other_sense_starts) if self.other_senses else []
        other = {(m.topic, word) for m in senses for word in m.trigger.split()}
        written = []
        for match_id, start, end in self.case_matcher(doc):
            topic, trigger, weight = self.case_weights[doc.vocab.strings[match_id]]
            end_char = doc[end - 1].idx + len(doc[end - 1].text)
            written.append(Match(topic, doc[start].idx, end_char, trigger, weight))
        # a phrase written with its acronym ('émissions de CO2') covers the words folded inside it
        shown = set(written)
        return [
            m
            for m in _uncovered(written + found, excluded)
            if m in shown or (not _inside_name(text, m.start, m.end) and (m.topic, m.trigger) not in other)
        ]

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        outside = outside_body(text, doc._.contacts or [])
        evidence: dict[str, dict[int, Match]] = defaultdict(dict)
        body = [m for m in self.matches(doc, text) if not any(s <= m.start < e for s, e in outside)]
        for match in supported(body, self.support):
            evidence[match.topic].setdefault(match.start, match)
        title = (doc._.metadata or {}).get("evidence", {}).get("title")
        merged = subtree_evidence(evidence)
        total = {topic: weigh(spans.values(), title, _rules()) for topic, spans in merged.items()}
        for topic, weight in issuer_kind_weights((doc._.metadata or {}).get("issuer")).items():
            if topic in total:
                total[topic] += weight
        doc._.themes = records(choose(total, _rules()), total, merged, text)
        return doc


def _triggers():
    """(topic, kind, trigger, weight) of the hand-written rules and of the rules derived from the IPTC
    labels (scripts/build_label_triggers.py); kind 'support' marks a word that needs company."""
    for name in ("mediatopic_rules.json", "mediatopic_labels.json"):
        for topic, rule in resources.load(name)["topics"].items():
            for kind in ("triggers", "support"):
                for trigger, weight in rule.get(kind, {}).items():
                    yield topic, kind, trigger, weight


def supported(matches: list[Match], support: set[tuple[str, str]]) -> list[Match]:
    """The matches, less the support words of a subject with no other evidence: a single word taken
    from a label ('prison', 'satellites', 'vins') may be another sense or a figure of speech, and
    counts only beside a trigger of the same level-1 topic that is not itself a support word."""
    topics = tree()

    def subject(qcode: str) -> str:
        return (topics[qcode].ancestors or (qcode,))[0]

    backed = {subject(m.topic) for m in matches if (m.topic, m.trigger) not in support}
    return [m for m in matches if (m.topic, m.trigger) not in support or subject(m.topic) in backed]


def records(
    chosen: list[str], total: dict[str, float], merged: dict[str, dict[int, Match]], text: str
) -> list[dict]:
    """The output themes, ancestors before descendants, each with its strongest evidence."""
    topics = tree()
    records = []
    for qcode in chosen:
        topic, weight = topics[qcode], total[qcode]
        strongest = _varied(merged[qcode].values())[: _rules()["max_evidence"]]
        records.append(
            {
                "id": qcode,
                "label": topic.label,
                "label_en": topic.label_en,
                "level": topic.level,
                "parents": list(topic.ancestors),
                "score": round(1 - math.exp(-weight / _rules()["score_scale"]), 3),
                "evidence": [
                    {"start": m.start, "end": m.end, "text": text[m.start : m.end], "rule": RULE}
                    for m in sorted(strongest, key=lambda m: m.start)
                ],
                "rule": RULE,
            }
        )
    return sorted(records, key=lambda r: ([*r["parents"], r["id"]], r["id"]))


def _varied(matches) -> list[Match]:
    """Evidence to show: each trigger's first occurrence before any repeat, heaviest triggers first."""
    seen: dict[str, int] = defaultdict(int)
    ranked = []
    for match in sorted(matches, key=lambda m: m.start):
        ranked.append((seen[match.trigger], -match.weight, match.start, match))
        seen[match.trigger] += 1
    return [item[-1] for item in sorted(ranked, key=lambda item: item[:3])]


def weigh(matches, title: dict | None, rules: dict) -> float:
    """A topic's evidence: each distinct trigger counts its weight, a little more when repeated
    (up to `repeat_cap` repeats), and again when it stands in the title."""
    by_trigger: dict[str, list[Match]] = defaultdict(list)
    for match in matches:
        by_trigger[match.trigger].append(match)
    total = 0.0
    for found in by_trigger.values():
        weight = found[0].weight
        total += weight * (1 + rules["repeat_bonus"] * min(len(found) - 1, rules["repeat_cap"]))
        if title and any(title["start"] <= m.start < title["end"] for m in found):
            total += rules["title_bonus"] * weight
    return total


def issuer_kind_weights(issuer: str | None) -> dict[str, float]:
    """Weight the issuer's kind adds to a level-1 topic the body already has evidence for: a
    préfecture, a ministry or a Région writes about a measure of its own, which readers file under
    politics, while its body names the measure's subject (a drought, a vaccination) more often than
    the authority's act. Each issuer of a joint release (parts split at ';') is read on its own."""
    if not issuer:
        return {}
    parts = [re.sub(r"^[\W_]*(?:logo\b[\W_]*)?", "", _fold(part)) for part in issuer.split(";")]
    return {
        topic: _rules()["issuer_kinds"][topic]["weight"]
        for topic, pattern in _rules()["issuer_patterns"].items()
        if any(pattern.match(part) for part in parts)
    }


def outside_body(text: str, contacts: list[dict]) -> list[tuple[int, int]]:
    """Spans that are not the body: closing 'À propos' zones, a late about heading onwards, contacts,
    and a web page's furniture lines (legal notices, site map, cookie banner), whose 'Accessibilité'
    or 'Données personnelles' are links, not subjects."""
    spans = [(text.rfind("\n", 0, zone.start) + 1, zone.zone_end) for zone in about_zones(text)]
    spans.extend(line.span() for line in _rules()["furniture"].finditer(text))
    heading = _rules()["about"].search(text, int(len(text) * _rules()["about_from"]))
    if heading:
        spans.append((heading.start(), len(text)))
    spans.extend((c["start"], c["end"]) for c in contacts if "start" in c and "end" in c)
    return spans


def _glued(orths: list[int], offsets: list[int], lengths: list[int], hyphen: int) -> list[int]:
    """Hyphens written between two letters with no space ('toxi-infection'): they join a compound the
    tokenizer split, where a free-standing hyphen (a list dash, 'Paris - Lyon') breaks a phrase."""
    return [
        i
        for i, orth in enumerate(orths)
        if orth == hyphen
        and 0 < i < len(orths) - 1
        and offsets[i + 1] == offsets[i] + 1
        and offsets[i - 1] + lengths[i - 1] == offsets[i]
    ]


def _uncovered(found: list[Match], excluded: list[Match]) -> list[Match]:
    """Matches not inside a longer match of the same topic nor inside an excluded phrase."""
    by_topic: dict[str, list[tuple[int, int, int, Match]]] = defaultdict(list)
    for match in excluded:
        by_topic[match.topic].append((match.start, match.start - match.end, 0, match))
    for match in found:
        by_topic[match.topic].append((match.start, match.start - match.end, 1, match))
    kept: list[Match] = []
    for items in by_topic.values():
        reach = -1
        for _, _, is_found, match in sorted(items, key=lambda item: item[:3]):
            if match.end <= reach:
                continue
            if is_found:
                kept.append(match)
            reach = match.end
    return kept


NAME_GOES_ON = re.compile(r"[ \t]+(?:de|des|du|d['’])[ \t]*(?:la[ \t]+|l['’])?[A-ZÀ-Ý]")
"""After the head of a name, its complement: 'Trail des Crêtes', 'Festival du Film', 'Salon de l'Auto'."""


def _inside_name(text: str, start: int, end: int) -> bool:
    """A lower-case trigger written with a capital after a lower-case word belongs to a proper name
    ('ministère de la Culture'), unless it heads the name, a named complement following it: the
    'Trail des Crêtes' is a trail, the 'Festival du Film' a festival."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    previous = re.search(r"(\S)[ \t]*$", text[max(0, start - 20) : start])
    if not previous or not (previous.group(1).islower() or previous.group(1) in "'’"):
        return False
    return not NAME_GOES_ON.match(text, end)


@Language.factory("communique_themes", assigns=["doc._.themes"], default_config={})
def make_theme_extractor(nlp: Language, name: str) -> ThemeExtractor:
    return ThemeExtractor(nlp, name)
