"""Entities: the model's NER corrected and completed by rules, then one entry per real-world thing.

Candidates come from three places: the statistical NER (doc.ents), the gazetteer components
(doc.spans["gazetteer"]: SpanRuler phrases, headed token patterns, towns) and rules (persons after a title,
acronym definitions, the issuer).
They are cleaned and filtered, resolved with one overlap policy, propagated to every other
occurrence of a known name, and clustered (case and accents folded, acronym and expansion joined).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import srsly
from spacy.attrs import IS_LOWER, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from pipeline import resources, startup_cache
from pipeline.extractors.extensions import text_of
from pipeline.extractors.gazetteers import (
    BARE_ID,
    TITLED_ID,
    TOWN_ID,
    UNIT_ID,
    VENUE_ID,
    body_heads,
    extend_structure,
    named_parent_follows,
    organisation_patterns,
    place_names,
)

SOURCE_PRIORITY = {
    "issuer": 5,
    "gazetteer": 4,
    "acronym": 3,
    "title_person": 3,
    "pattern": 2,
    "propagated": 2,
    "model": 1,
}
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
SENTENCE_BREAK = re.compile(r"\.\s+(?P<word>[^\W\d_]+)(?P<sep>['’]|\s+)(?P<next>[^\W\d_])")
NUMBER_SIGN = re.compile(r"(?:\b[nN]°|\bnuméro)\s*$")
ARTICLE_AFTER_PARTICLE = re.compile(r"\bde\s+(?:la|les?|l['’])(?=[\s\w])")
"""'Webconférence de l’État': a lower-case article after 'de' is no nobiliary particle ('Charles de Gaulle').
"""
OF_THE_STATE = re.compile(r"(?<![\w'’-])[A-ZÉÈÀ][^\W\d_]+(?:-[^\W\d_]+)* de l['’](?:État|Etat)\b")
"""'Webinaire de l'État', 'Audioconférence de l’État': a capitalised word 'of the State' names one of its
services
(not an acronym: 'SI de l'État' is its information system)."""
ENGLISH_CUE = re.compile(r"\ben (?:langue )?anglais|\bin English", re.IGNORECASE)


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    source: str
    rule: str
    key: str | None = None

    @property
    def priority(self) -> int:
        return SOURCE_PRIORITY[self.source]


@dataclass
class Cluster:
    label_votes: Counter = field(default_factory=Counter)
    mentions: list[Candidate] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = resources.load("entities.json")
    return {
        "articles": sorted(data["leading_articles"], key=len, reverse=True),
        "stop_words": set(data["stop_words"]),
        "rejected": {fold(form) for form in data["rejected_surface_forms"] + data["title_pronouns"]["words"]},
        "titles": data["person_titles"],
        "event_heads": set(data["event_heads"]["words"]),
        "capitalised_org_heads": set(data["capitalised_org_heads"]["words"]),
        "heads": {
            word: label
            for label, words in data["head_labels"].items()
            if not label.startswith("_")
            for word in words
        },
        "org_tails": set(data["org_tail_words"]),
        "address_heads": set(data["address_heads"]),
        "street_heads": set(data["street_heads"]),
        "school_heads": set(data["school_heads"]),
        "town_prepositions": set(data["town_prepositions"]),
        "units": set(data["unit_symbols"]["units"]),
        "sentence_openers": {w.replace("’", "'") for w in data["sentence_openers"]},
        "employer_roles": set(data["employer_roles"]["words"]),
        "employer": re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, data['employer_roles']['words']))})"
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
        "not_name_words": set(data["not_name_words"]),
        "pronouns": set(data["title_pronouns"]["words"]),
        "law": law_regex(data["law_pattern"]),
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
    }


def law_regex(spec: dict) -> re.Pattern:
    """'loi n° 2005-102 du 11 février 2005 pour l'égalité ...', 'ordonnance n° 2023-859': a head,
    then a number, a date or a title clause (at least one), the title running to the clause's end."""

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    number = r"\s+n°\s*\d[\d\-/]*"
    date = rf"\s+du\s+\d{{1,2}}(?:er)?\s+(?:{alternatives(spec['months'])})\s+\d{{4}}"
    title = rf"\s+(?:{alternatives(spec['title_cues'])})\s[^.;:!?\n()«»\[\]]*[^\s.;:!?\n()«»,\[\]]"
    head = rf"\b(?:{alternatives(spec['heads'])})(?:\s+(?:{alternatives(spec['kinds'])}))?"
    return re.compile(rf"{head}(?:(?:{number})(?:{date})?(?:{title})?|(?:{date})(?:{title})?|(?:{title}))")


@lru_cache(maxsize=1)
def folded_places() -> frozenset[str]:
    """The gazetteer's place names, folded as names are compared."""
    return frozenset(fold(p) for p in place_names())


def head_label(text: str) -> str | None:
    """The label a name's head-word implies: 'ministère de la Culture' ORG, 'loi 3DS' MISC,
    'vallée du Rhône' LOC, 'Motive Gallery' ORG (English names end with their head), 'Région
    Bretagne' ORG but 'région Bretagne' LOC."""
    words = text.replace("’", "'").split()
    if not words:
        return None
    vocab = vocabulary()
    if words[0] in vocab["capitalised_org_heads"] and len(words) > 1:
        return "ORG"  # 'la Région Bretagne': the authority; 'la région Bretagne': the territory
    label = vocab["heads"].get(words[0].lower())
    if label is None and len(words) > 1 and words[-1] in vocab["org_tails"]:
        label = "ORG"
    return label


def is_address(text: str) -> bool:
    """'Avenue Feuchères', '12 rue de la Paix': street names are not entities (only the city is);
    an all-caps head in a name that is not all in capitals is an acronym ('BD Adresse')."""
    words = text.split()
    while words and words[0][:1].isdigit():
        words.pop(0)
    if len(words) < 2 or words[0].lower() not in vocabulary()["address_heads"]:
        return False
    return not (words[0].isupper() and not text.isupper())


def after_street_head(text: str, start: int) -> bool:
    """'27bis rue Jean Dupré', '12 place Carnot': a name after a street head-word names the street
    (part of an address, not an entity); heads that are also common words need a number before."""
    before = text[max(0, start - 40) : start].split()
    if not before:
        return False
    head = before[-1].lower()
    vocab = vocabulary()
    return head in vocab["street_heads"] or (
        head in vocab["address_heads"] and len(before) > 1 and before[-2][:1].isdigit()
    )


def sentence_end(text: str, start: int, end: int) -> int:
    """'Charles V. La tenture a été filmée': a span that runs over a full stop into a sentence opened
    by an article or pronoun and a lower-case word ends at the full stop ('John F. Kennedy' goes on)."""
    for match in SENTENCE_BREAK.finditer(text, start, end):
        opener = match["word"].lower() + ("'" if match["sep"] in "'’" else "")
        if opener in vocabulary()["sentence_openers"] and match["next"].islower():
            return match.start()
    return end


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, accents, apostrophes and punctuation folded: the key entity names are compared on."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(WORD.findall(text))


def name_key(text: str) -> str:
    """Folded name without stop words: 'Partenariat mondial sur l'IA' ~ 'Partenariat Mondial pour l'IA'."""
    words = [w for w in fold(text).split() if w not in vocabulary()["stop_words"]]
    return " ".join(words) or fold(text)


def acronym_matches(acronym: str, words: list[str]) -> bool:
    """Whether the acronym spells the words' initials (stop words may be skipped, all-caps words
    spelled out). An acronym of four letters or more may leave out one last complement, as
    official ones often do: 'direction ... de communication de l'État (DINSIC)'; any acronym may
    leave out the place of a branch: 'Agence régionale de santé Occitanie (ARS)'."""
    letters = fold(acronym).replace(" ", "")
    stop = vocabulary()["stop_words"]

    def rest_is_one_complement(j: int) -> bool:
        rest = [fold(w) for w in words[j:]]
        return len(letters) >= 4 and len([w for w in rest if w not in stop]) == 1 and rest[0] in stop

    def rest_is_place(j: int) -> bool:
        """'Agence régionale de santé Occitanie (ARS)': the region of a body's branch is no letter."""
        return 0 < len(words) - j <= 3 and fold(" ".join(words[j:])) in folded_places()

    def match(i: int, j: int) -> bool:
        if i == len(letters):
            return j == len(words) or rest_is_one_complement(j) or rest_is_place(j)
        if j == len(words):
            return False
        word = fold(words[j])
        if word in stop and match(i, j + 1):
            return True
        if (
            words[j].isupper()
            and len(words[j]) > 1
            and letters.startswith(word, i)
            and match(i + len(word), j + 1)
        ):
            return True
        # a word gives its initial, or a first syllable ('DINUM': direction interministérielle du NUMérique)
        size = 1
        while (
            size <= min(len(word), 4) and i + size <= len(letters) and letters[i + size - 1] == word[size - 1]
        ):
            if match(i + size, j + 1):
                return True
            size += 1
        return False

    return bool(letters) and words and fold(words[0]) not in stop and match(0, 0)


def clean_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a span: leading articles, quotes, markdown leftovers and trailing punctuation out."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ").&"):
        end -= 1
    lowered = text[start:end].lower().replace("’", "'")
    if text[start : start + 1].isupper() and text[:start].rstrip(" ")[-1:] not in (
        "",
        "\n",
        ".",
        "!",
        "?",
        ":",
        "«",
        '"',
        "(",
        "-",
        "•",
        "*",
        "#",
    ):
        lowered = ""  # 'La Poste', 'Le Monde': a capitalised article inside a sentence belongs to the name
    for article in vocabulary()["articles"]:
        article = article.replace("’", "'")
        if lowered.startswith(article) and (
            article.endswith("'") or lowered[len(article) : len(article) + 1] == " "
        ):
            if end - start > len(article) + 1:
                start += len(article)
                while start < end and text[start] == " ":
                    start += 1
            break
    if text[start:end].endswith(")") and "(" not in text[start:end]:
        end -= 1
    words = text[start:end].split(" ")
    while len(words) > 1 and words[-1].lower().strip(",") in vocabulary()["stop_words"]:
        words.pop()
        end = start + len(" ".join(words))
    while end > start and text[end - 1] in ",;: ":
        end -= 1
    return start, end


FUNCTION_POS = {"VERB", "AUX", "PRON", "DET", "ADP", "ADV", "SCONJ", "CCONJ", "NUM", "PUNCT"}


LEMMA_TABLES = ("lemmatizer", "lookups", "lookups.bin")
"""Where a packaged French pipeline keeps its lemmatizer's lookup tables."""
LEXICON_CACHE = "lexicon-2"
"""Name of the lexicon's start-up cache entry; a new number when its contents change."""


class Lexicon:
    """French common words, from the model's own lemmatizer tables (forms and lemmas): a capitalised
    word at the start of a line or sentence that is a common word ('Découvrez', 'Tarif') is not a name.

    The tables are read straight from the pipeline's folder, so the lemmatizer itself need not be
    loaded: forms are kept as string hashes, the way spaCy's own tables key them."""

    def __init__(self, nlp: Language) -> None:
        self.forms: frozenset[int] = frozenset()
        self.lemmas: frozenset[int] = frozenset()
        self.nouns: frozenset[int] = frozenset()
        folder = getattr(nlp, "path", None)
        tables_path = Path(folder, *LEMMA_TABLES) if folder else None
        if tables_path is None or not tables_path.is_file():
            return  # a blank pipeline (unit tests): every word may be a name
        version = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
        _, hashes = startup_cache.load_or_build(
            LEXICON_CACHE, version, lambda: ({}, word_hashes(tables_path))
        )
        self.forms, self.lemmas, self.nouns = (frozenset(hashes[key]) for key in ("forms", "lemmas", "nouns"))

    def is_lemma(self, word: str) -> bool:
        """A dictionary word ('salon'), not only an inflected form some name shares ('caroline')."""
        return get_string_id(word.lower()) in self.lemmas

    def is_noun(self, word: str) -> bool:
        """A noun of the dictionary ('vélo', 'canicule'), whatever the tagger made of it in context."""
        return get_string_id(word.lower()) in self.nouns

    def __contains__(self, word: str) -> bool:
        key = get_string_id(word.lower())
        return key in self.lemmas or key in self.forms


def word_hashes(tables_path: Path) -> dict[str, array]:
    """The lemma tables' word forms, lemmas and nouns, as string hashes (their lookup table's own
    keys); the lemma index is keyed by part of speech."""
    tables = srsly.msgpack_loads(tables_path.read_bytes())
    lookup = tables.get("lemma_lookup", {})
    index = tables.get("lemma_index", {})
    lemmas = {w for words in index.values() for w in words}
    lemmas.update(lemma for lemmas in lookup.values() for lemma in lemmas)  # infinitives

    def hashes(words) -> array:
        return array("Q", sorted({get_string_id(word) for word in words}))

    return {
        "forms": array("Q", sorted(lookup)),
        "lemmas": hashes(lemmas),
        "nouns": hashes(index.get(get_string_id("noun"), ())),
    }


MAX_PHRASE = 5
MAX_QUOTED_NAME = 8
QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
MAX_MODIFIERS = 4
MODIFIER_POS = {"ADJ", "NOUN", "ADP", "DET"}
WRAPPED_LINE = 60


def lower_case_phrases(doc: Doc) -> set[tuple[int, ...]]:
    """Every run of 2 to MAX_PHRASE lower-case words of the text, as tuples of their LOWER hashes
    (read in one array, linear in the text's length)."""
    if not len(doc):
        return set()
    attributes = doc.to_array([LOWER, IS_LOWER])
    lowers, is_lower = attributes[:, 0].tolist(), attributes[:, 1].tolist()
    phrases: set[tuple[int, ...]] = set()
    for i in range(len(lowers)):
        if not is_lower[i]:
            continue
        for size in range(2, MAX_PHRASE + 1):
            if i + size > len(lowers) or not is_lower[i + size - 1]:
                break
            phrases.add(tuple(lowers[i : i + size]))
    return phrases


def legal_title_end(doc: Doc, start: int, end: int) -> int:
    """A legal text's title stops before the sentence goes on: a conjugated verb ('s'applique')
    or a relative pronoun ('qui accélère')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return end
    for i, token in enumerate(span):
        if i > 1 and (
            token.lower_ in {"qui", "que", "dont"}
            or (token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm"))
        ):
            while i > 0 and span[i - 1].pos_ == "PRON":
                i -= 1
            return span[i].idx
    return end


def wrapped(doc: Doc, offset: int) -> bool:
    """Whether the line holding this offset is a long line cut inside a sentence (a hard-wrapped
    paragraph), so a name may go on at the start of the next line ('Giovanni\nGiaretta')."""
    line_start = text_of(doc).rfind("\n", 0, offset) + 1
    line_end = text_of(doc).find("\n", offset)
    line = text_of(doc)[line_start:line_end].rstrip()
    # an address ends its line with the postcode's town ('… 27bis rue X/ 75010 Paris'): nothing goes on after
    # it
    return (
        line_end > 0
        and len(line) >= WRAPPED_LINE
        and line[-1:] not in ".:;!?»"
        and not POSTCODE_TOWN_END.search(line)
    )


def opening(doc: Doc, token) -> bool:
    """Whether a token opens a sentence, or a line that does not continue a wrapped one."""
    if token.is_sent_start:
        return True
    if not line_initial(doc, token.idx):
        return False
    previous = text_of(doc).rfind("\n", 0, token.idx)
    return previous <= 0 or not wrapped(doc, previous - 1)


def surname_follows(token) -> bool:
    """'Caroline CELLIER': a capitalised word before an all-caps surname is a first name."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.is_upper and len(following) >= 4 and following.is_alpha


def line_of(doc: Doc, offset: int) -> str:
    """The line of text holding this offset."""
    text = text_of(doc)
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : len(text) if end < 0 else end]


def surname_and_role_follow(doc: Doc, token) -> bool:
    """'Claire Morvan, cheffe du bureau …': a common word opening a line ('Claire', 'Julien') is a
    first name when a capitalised word and a role follow it."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        following is not None
        and following.is_title
        and role_follows(text_of(doc), following.idx + len(following.text))
    )


def line_initial(doc: Doc, start: int) -> bool:
    """Whether only spaces, bullets or markup stand between the line start and this offset."""
    line_start = text_of(doc).rfind("\n", 0, start) + 1
    return not any(c.isalnum() for c in text_of(doc)[line_start:start])


def opens_no_name(token, lexicon: Lexicon | None) -> bool:
    """A function word, or a verb the lexicon knows ('Permettre'; the tagger also calls 'Mounir' a verb)."""
    if token.is_upper:
        return False
    if token.pos_ == "VERB":
        return lexicon is None or token.text in lexicon
    return token.pos_ in FUNCTION_POS


@lru_cache(maxsize=1)
def role_titles() -> frozenset[str]:
    """One-word role titles of the vocabulary ('président', 'ministre'), lower-cased; civilities
    ('M.', 'Madame') are left out: the model may keep them in a person's span."""
    civilities = {"m.", "mme", "mlle", "monsieur", "madame", "mademoiselle", "dr", "pr"}
    return frozenset(
        t.lower() for t in vocabulary()["titles"] if " " not in t and t.lower() not in civilities
    )


def acceptable(
    doc: Doc,
    candidate: Candidate,
    furniture: list[tuple[int, int]],
    lexicon: Lexicon | None = None,
    phrases: set | None = None,
) -> bool:
    """Whether a candidate can be a name: rule-made spans are trusted; the model's spans must look
    like a name (a proper noun, not a heading, not a common word opening a line or sentence)."""
    text = text_of(doc)[candidate.start : candidate.end]
    if len(text) < 2 or fold(text) in vocabulary()["rejected"] or not any(c.isalpha() for c in text):
        return False
    if "@" in text or "http" in text or "www." in text or is_address(text) or ROMAN_NUMERAL.match(text):
        return False
    before = text_of(doc)[max(0, candidate.start - 30) : candidate.start]
    if candidate.source != "issuer" and (
        after_street_head(text_of(doc), candidate.start) or NUMBER_SIGN.search(before)
    ):
        return False  # '27 rue Jean Dupré', 'stand n°J59': part of an address, a number
    if all(fold(word) in vocabulary()["rejected"] for word in text.split()):
        return False  # 'Coronavirus Covid-19': rejected words together are no name either
    if (
        candidate.source == "model"
        and text.split()[0] in vocabulary()["units"]
        and text_of(doc)[: candidate.start].rstrip()[-1:].isdigit()
    ):
        return False  # '0,78 TWh de froid livré': a quantity's unit, not a name
    if (candidate.label == "PER" or candidate.source == "model") and text.split()[0].lower() in role_titles():
        return False  # 'Président de l'AFUP': a role, not the person holding it
    if (
        candidate.rule == f"gazetteer.{TOWN_ID}"
        and " " not in text
        and "-" not in text
        and not town_context(text_of(doc), candidate.start, candidate.end)
    ):
        return False  # 'nous avons créé Albert, une IA': a one-word town needs a place's context
    if (
        candidate.rule == f"gazetteer.{TOWN_ID}"
        and lexicon is not None
        and " " not in text
        and text in lexicon
    ):
        # 'Orange', 'Digne', 'Tours': a town only where a common word would not be capitalised
        first = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        return first is not None and not (
            text.isupper() or opening(doc, first[0]) or vocabulary()["portfolio_cue"].search(before)
        )
    if candidate.source in {"issuer", "gazetteer", "acronym", "pattern"}:
        return True
    if text[0].islower() and candidate.source != "propagated":
        return False
    if "\n" in text or any(s <= candidate.start < e for s, e in furniture):
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return False
    if candidate.source == "model":
        if line_of(doc, candidate.start).strip() == text and len(text.split()) <= 3:
            return False  # a short line that is only this span is a heading
        proper = [t for t in span if t.pos_ == "PROPN" or (t.is_upper and len(t) > 1 and t.is_alpha)]
        if not proper:
            return False
        if (
            phrases
            and lexicon is not None
            and tuple(t.lower for t in span) in phrases
            and all(t.text in lexicon for t in span if t.is_alpha)
        ):
            return False  # 'Intelligence Artificielle' in a headline, 'intelligence artificielle' in the text
        if opens_no_name(span[0], lexicon):
            return False  # 'Découvrez ...', 'Permettre ...': a verb or function word opens no name
        if vocabulary()["portfolio_cue"].search(before):
            return False  # 'secrétaire d'État chargé du Numérique': a portfolio, part of the role
        words = [t for t in span if t.is_alpha]
        if lexicon is not None and len(words) >= 2:
            if (
                opening(doc, span[0])
                and span[0].text in lexicon
                and not any(t.text[:1].isupper() for t in span[1:])
            ):
                # '• Lancement du programme': a common word opening a line, nothing capitalised after
                return False
            if all(t.is_upper for t in words) and any(
                t.text in lexicon for t in words if t.lower_ not in vocabulary()["stop_words"]
            ):
                return False  # 'NOS CAMPAGNES DE PUB': all-caps common words are a heading
    if len(span) == 1 and lexicon is not None and candidate.source in {"model", "propagated"}:
        word = span[0]
        at_opening = (
            word.is_sent_start
            or line_initial(doc, candidate.start)
            or text_of(doc)[candidate.start - 2 : candidate.start].strip() in {":", "-", "•"}
        )
        shouted = word.is_upper and (
            not any(c.islower() for c in line_of(doc, candidate.start))
            or any(t.is_upper and t.is_alpha for t in doc[max(0, word.i - 1) : word.i + 2] if t.i != word.i)
        )
        if word.text in lexicon and (at_opening or shouted):
            # 'Tarif', 'Découvrez', 'PIC DE CHALEUR': a common word capitalised by position or emphasis
            return False
    return True


@lru_cache(maxsize=1)
def role_apposition() -> re.Pattern:
    """', cheffe du bureau', ' – attachée de presse': a role right after a name, in lower case."""
    roles = set(resources.load("contacts.json")["role_heads"]) | {
        t for t in vocabulary()["titles"] if t.islower()
    }
    alternation = "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
    return re.compile(rf"[ \t]*[,–-][ \t]*(?:{alternation})(?!\w)")


def town_context(text: str, start: int, end: int) -> bool:
    """Where a one-word town is read as a place: after a place preposition ('à Massy', 'd'Orange'),
    at a line start (an address, a dateline), in a list ('à Lyon, Nantes et Brest'), in parentheses,
    or before its department in parentheses."""
    before = text[max(0, start - 12) : start]
    words = before.replace("’", "'").split()
    last = words[-1].lower().split("'")[-1] if words else ""
    if last in {"la", "le", "les"} and len(words) >= 2:
        last = words[-2].lower().split("'")[-1]  # 'élus de la Vienne'
    if (
        not words
        or "\n" in before[len(before.rstrip(" \t")) - 1 :]
        or before.rstrip(" \t")[-1:] in {"(", ",", "/", "\n", "–", "-", ":"}
    ):
        return True
    if before.endswith(("'", "’")) and before.replace("’", "'").rsplit(" ", 1)[-1].lower() in {"d'", "l'"}:
        return True
    return (
        last in vocabulary()["place_prepositions"]
        or last in {"et", "ou"}
        or re.match(r"\s*\(", text[end : end + 3]) is not None
    )


def role_follows(text: str, end: int) -> bool:
    return role_apposition().match(text, end) is not None


EMAIL_AFTER = re.compile(r"[ \t:–-]*<?(?P<local>[\w.'-]+)@")


def email_names(text: str, end: int, surname: str) -> bool:
    """Whether an e-mail address right after a name has the surname in its local part."""
    found = EMAIL_AFTER.match(text, end)
    key = fold(surname).replace(" ", "")
    return found is not None and len(key) >= 3 and key in fold(found["local"]).replace(" ", "")


EVENT_YEAR = re.compile(r" (?:19|20)\d\d(?![\w/-])")
UPPER_NAME = re.compile(r"^[A-ZÉ][A-ZÉÈ'-]+$")


def name_after_title(doc: Doc, start: int):
    """The name right after a title ('Madame Claire Dubois', 'M. Jean DUPONT'): a capitalised word,
    then at most one more, then at most one all-caps surname, hyphenated parts included. Empty when no name
    follows."""
    if start >= len(doc) or not (doc[start].is_title and doc[start].is_alpha):
        return doc[start:start]
    end = start + 1
    if end < len(doc) and doc[end].is_title:
        end += 1
    if end < len(doc) and UPPER_NAME.match(doc[end].text):
        end += 1
    # 'Lucie Arnaud-Tessier': a surname goes on over a hyphen written without spaces
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and (doc[end + 1].is_title or doc[end + 1].is_upper)
        and doc[end + 1].is_alpha
    ):
        end += 2
    return doc[start:end]


class EntityResolver:
    """Turns candidate spans into doc._.entities (clusters with aliases) and doc.ents."""

    def __init__(self, nlp: Language, name: str, gazetteer_key: str) -> None:
        self.name = name
        self.gazetteer_key = gazetteer_key
        # titles are found by a PhraseMatcher (no per-token Python); the name after one is read directly
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_matcher.add("title", list(nlp.tokenizer.pipe(vocabulary()["titles"])))
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.lexicon = Lexicon(nlp)
        self.organisations = {p["pattern"] for p in organisation_patterns() if isinstance(p["pattern"], str)}

    def __call__(self, doc: Doc) -> Doc:
        metadata = doc._.metadata or {}
        # names in the title and the dateline's place are mentions; the genre, date and number lines are not
        furniture = [
            (e["start"], e["end"])
            for k, e in metadata.get("evidence", {}).items()
            if k in {"document_type", "date", "reference"}
        ]
        phrases = lower_case_phrases(doc)
        candidates = self._candidates(doc, metadata, phrases)
        candidates = [c for c in candidates if acceptable(doc, c, furniture, self.lexicon, phrases)]
        links = self._acronym_links(doc, candidates)
        # 'appel à manifestation d'intérêt (AMI)': the acronym of a common phrase is no name anywhere
        candidates = [
            c
            for c in candidates
            if c.source != "model" or text_of(doc)[c.start : c.end] not in links["common"]
        ]
        candidates += [c for c in links["mentions"] if acceptable(doc, c, furniture, self.lexicon, phrases)]
        resolved = resolve_overlaps(candidates)
        resolved = resolve_overlaps(resolved + self._propagate(doc, resolved, furniture, phrases))
        doc._.entities = cluster(text_of(doc), resolved, links["pairs"])
        spans = []
        for candidate in resolved:
            span = doc.char_span(
                candidate.start, candidate.end, label=candidate.label, alignment_mode="contract"
            )
            if span is not None and len(span):
                spans.append(span)
        doc.spans["entities"] = spans
        doc.ents = [s for s in _non_overlapping(spans)]
        return doc

    def _candidates(self, doc: Doc, metadata: dict, phrases: set[tuple[int, ...]]) -> list[Candidate]:
        found: list[Candidate] = []
        issuer = metadata.get("evidence", {}).get("issuer")
        if issuer:
            found.append(Candidate(issuer["start"], issuer["end"], "ORG", "issuer", "entity.issuer"))
        place = metadata.get("evidence", {}).get("place")
        if place:  # the dateline's place ('Nîmes, le 19 juillet 2021') is a place
            found.append(Candidate(place["start"], place["end"], "LOC", "issuer", "entity.dateline_place"))
        for span in doc.spans.get(self.gazetteer_key, []):
            last = (
                doc[extend_structure(doc, span.end, span.id_) - 1]
                if span.id_.startswith("pattern_named_")
                else span[-1]
            )
            if span.id_ == UNIT_ID and not named_parent_follows(doc, last.i + 1):
                continue  # 'la direction de projet': a lower-case unit is named only as a ministry's
            if (
                span.id_ == VENUE_ID
                and span.start > 0
                and doc[span.start - 1].lower_ in vocabulary()["appositive_heads"]
            ):
                continue  # 'lycée Parc de Vilgénis': the appositive names the school, not a park
            if span.id_ == TITLED_ID and opening(doc, span[0]):
                continue  # 'Programme complet' opening a line: a heading, capitalised by its position
            if span.id_ == BARE_ID and not (
                self.lexicon.is_noun(span[-1].text) and (span.end == len(doc) or doc[span.end].pos_ != "DET")
            ):
                continue  # 'plan national prévoit des aides': a verb the tagger took for the bare noun
            start, end = clean_bounds(text_of(doc), span.start_char, last.idx + len(last))
            source = "pattern" if span.id_.startswith("pattern_") else "gazetteer"
            authority = text_of(doc)[start:end].split(" ", 1)[0] in vocabulary()["capitalised_org_heads"]
            label = (
                "ORG" if span.label_ == "LOC" and authority else span.label_
            )  # 'Métropole de Lyon' is an authority
            # the forms a gazetteer entry lists under one id ('DINUM', 'direction interministérielle du
            # numérique') are one thing
            key = span.id_ if source == "gazetteer" and span.id_ and span.id_ != TOWN_ID else None
            found.append(
                Candidate(start, end, label, source, f"{source}.{span.id_ or span.label_.lower()}", key)
            )
        for span in doc.ents:
            start, end = clean_bounds(text_of(doc), span.start_char, span.end_char)
            if "\n" in text_of(doc)[start:end]:
                end = start + text_of(doc)[start:end].index("\n")
                start, end = clean_bounds(text_of(doc), start, end)
            if (cut := sentence_end(text_of(doc), start, end)) < end:
                start, end = clean_bounds(text_of(doc), start, cut)
            start = self._skip_opening_words(doc, start, end)
            if start < end:
                label = self._model_label(doc, start, end, span.label_)
                found.append(Candidate(start, end, label, "model", f"ner.{span.label_.lower()}"))
        appositives = self._appositives(doc)
        found += appositives
        found += self._named_runs(doc, [c for c in found if c.source == "model"], phrases, appositives)
        found += self._wrapped_places(doc)
        found += self._state_services(doc)
        found += self._employers(doc)
        for match in vocabulary()["law"].finditer(text_of(doc)):
            end = legal_title_end(doc, match.start(), match.end())
            found.append(
                Candidate(
                    *clean_bounds(text_of(doc), match.start(), end), "MISC", "pattern", "entity.legal_text"
                )
            )
        for start in sorted({end for _, _, end in self.title_matcher(doc)}):
            name = name_after_title(doc, start)
            if len(name) >= 2 or (len(name) == 1 and len(name[0]) > 2 and not name[0].is_upper):
                found.append(
                    Candidate(
                        name.start_char, name.end_char, "PER", "title_person", "entity.person_after_title"
                    )
                )
        return found

    def _appositives(self, doc: Doc) -> list[Candidate]:
        """'l'association Amorce', 'l'application Tchap', and after the name 'Resana, plateforme
        collaborative', 'Tchap : la messagerie': a common noun next to a capitalised name gives its
        label. School names keep their noun, and a last 'de Town' is the town: 'collège Jules Verne
        de Villebon-sur-Yvette' (not 'lycée Charles de Gaulle', whose 'de' is inside the name).
        After such a noun or a naming word ('intitulée'), words in quotation marks are the name."""
        vocab = vocabulary()
        heads = vocab["appositive_heads"]
        found = []
        for token in doc[:-1]:
            label = heads.get(token.lower_)
            if not token.is_lower or (label is None and token.lower_ not in vocab["quoted_name_cues"]):
                continue
            quoted = self._quoted_name(doc, self._after_modifiers(doc, token.i + 1))
            if quoted:
                found.append(
                    Candidate(
                        quoted[0].idx,
                        quoted[-1].idx + len(quoted[-1].text),
                        label or vocab["quoted_name_cues"][token.lower_],
                        "pattern",
                        "entity.quoted_name",
                    )
                )
            if label is None:
                continue
            name = self._appositive_name(doc, token.i + 1)
            if len(name) == 1 and token.lower_ in vocab["sentence_case_heads"] and name[0].is_title:
                # 'volet Transformation numérique de l’État et des territoires': a name in sentence case
                name = list(doc[name[0].i : extend_structure(doc, name[0].i + 1, TITLED_ID)])
                cut = next(
                    (
                        k
                        for k, t in enumerate(name[:-1])
                        if t.lower_ == "et"
                        and name[k + 1].lower_.replace("’", "'") in {"la", "le", "les", "l'"}
                    ),
                    len(name),
                )
                name = name[:cut]  # '… et l'application Tchap': 'et' and an article coordinate another thing
            joined = bool(
                name
            )  # 'collège Jules Verne': the school's noun is part of its name, not 'école d'ingénieurs, X'
            if not name:
                name = self._name_after_complement(doc, token.i + 1)
            if (
                token.lower_ in vocab["school_heads"]
                and len(name) >= 4
                and name[-2].lower_ in vocab["town_prepositions"]
                and sum(t.lower_ not in vocab["connectors"] for t in name[:-2]) >= 2
            ):
                town = name[-1]
                found.append(
                    Candidate(town.idx, town.idx + len(town.text), "LOC", "pattern", "entity.school_town")
                )
                name = name[:-2]
            if name and not (len(name) == 1 and name[0].is_upper and len(name[0]) <= 2):
                start = token.idx if token.lower_ in vocab["school_heads"] and joined else name[0].idx
                found.append(
                    Candidate(start, name[-1].idx + len(name[-1].text), label, "pattern", "entity.appositive")
                )
            before = self._name_before(doc, token.i)
            if before:
                found.append(
                    Candidate(
                        before[0].idx,
                        before[-1].idx + len(before[-1].text),
                        label,
                        "pattern",
                        "entity.appositive_after",
                    )
                )
        return found

    def _name_after_complement(self, doc: Doc, i: int) -> list:
        """'son école d’ingénieurs, ENSG-Géomatique, forme …': after the head's complement ('de' and
        one lower-case word) and a comma, a name closed by a comma or parenthesis is the head's name."""
        if (
            i + 2 >= len(doc)
            or doc[i].lower_ not in {"de", "d'", "d’"}
            or not (doc[i + 1].is_lower and doc[i + 1].is_alpha)
            or doc[i + 2].text != ","
        ):
            return []
        name = self._appositive_name(doc, i + 3)
        closed = name and name[-1].i + 1 < len(doc) and doc[name[-1].i + 1].text in {",", ")"}
        return name if closed else []

    @staticmethod
    def _after_modifiers(doc: Doc, i: int) -> int:
        """'programme gouvernemental de transformation « … »': the token after the lower-case
        adjectives and complements (up to MAX_MODIFIERS words) of a cue noun, where a quoted name opens."""
        j = i
        while (
            j < len(doc)
            and j - i < MAX_MODIFIERS
            and doc[j].is_lower
            and doc[j].is_alpha
            and doc[j].pos_ in MODIFIER_POS
        ):
            j += 1
        return j if j < len(doc) and doc[j].text in QUOTE_PAIRS else i

    @staticmethod
    def _quoted_name(doc: Doc, i: int) -> list:
        """'« BD Adresse »': the words between quotation marks opening at token i, on one line, up
        to MAX_QUOTED_NAME words and with no sentence punctuation (a citation is not a name)."""
        if i >= len(doc) or doc[i].text not in QUOTE_PAIRS:
            return []
        closing = QUOTE_PAIRS[doc[i].text]
        words = []
        for following in doc[i + 1 : i + 2 + MAX_QUOTED_NAME]:
            if following.text == closing:
                if (
                    len(words) > 1
                    and words[0].is_lower
                    and words[0].lower_.replace("’", "'") in vocabulary()["articles"]
                ):
                    words = words[
                        1:
                    ]  # 'les jours clairs' → 'jours clairs': a lower-case article is not part of a name
                return words if words and words[0].text[:1].isalnum() else []
            if "\n" in following.text or following.text in {".", "!", "?", ";", ":"}:
                return []
            if not following.is_space:
                words.append(following)
        return []

    @staticmethod
    def _appositive_name(doc: Doc, i: int) -> list:
        """The capitalised words from token i on, a connector or a hyphen joining two of them ('Parc de
        Vilgénis')."""
        vocab = vocabulary()

        def is_name(token) -> bool:
            return (
                not token.is_space
                and token.text[:1].isupper()
                and NAME_WORD.match(token.text) is not None
                and token.lower_ not in vocab["not_name_words"]
            )

        name: list = []
        for following in doc[i : i + 7]:
            if is_name(following):
                name.append(following)
            elif (
                name
                and following.i + 1 < len(doc)
                and is_name(doc[following.i + 1])
                and (
                    following.lower_ in vocab["connectors"]
                    or (following.text == "-" and not name[-1].whitespace_ and not following.whitespace_)
                )
            ):
                name.append(following)  # 'Parc de Vilgénis', 'ENSG-Géomatique'
            else:
                break
        return name

    def _name_before(self, doc: Doc, head: int) -> list:
        """'Resana, plateforme ...', 'Tchap : la messagerie ...': the capitalised words before a comma or
        colon (and an article) that precede an appositive head; not a common word opening the
        sentence, nor a place after its preposition ('À Lyon, l'association ...')."""
        vocab = vocabulary()
        i = head - 1
        if i >= 0 and doc[i].lower_.replace("’", "'") in vocab["articles"]:
            i -= 1
        if i < 1 or doc[i].text not in {",", ":"}:
            return []
        name: list = []
        i -= 1
        while (
            i >= 0
            and len(name) < 4
            and doc[i].text[:1].isupper()
            and NAME_WORD.match(doc[i].text)
            and not doc[i].like_num
            and doc[i].lower_ not in vocab["stop_words"]
        ):
            name.insert(0, doc[i])
            i -= 1
        if not name or (
            i >= 0 and doc[i].lower_.replace("’", "'").split("'")[-1] in vocab["place_prepositions"] | {""}
        ):
            return []
        first = name[0]
        if first.lower_ in vocab["not_name_words"] or (
            opening(doc, first) and (opens_no_name(first, self.lexicon) or first.text in self.lexicon)
        ):
            return []
        return name

    def _employers(self, doc: Doc) -> list[Candidate]:
        """'Ulrich Tan, chef du Datalab': one capitalised word after a role held in an organisation
        and 'de' is that organisation, unless it is a dictionary word (a field: 'directeur de
        Recherche') or a place ('président de Bretagne')."""
        found = []
        for match in vocabulary()["employer"].finditer(text_of(doc)):
            name = match["name"]
            if (
                name.isupper()
                or name in self.lexicon
                or fold(name) in folded_places()
                or fold(name) in vocabulary()["rejected"]
            ):
                # (an acronym is found by the gazetteer or its definition: 'directeur de l'IA' names a field)
                continue
            found.append(
                Candidate(match.start("name"), match.end("name"), "ORG", "pattern", "entity.employer")
            )
        return found

    def _state_services(self, doc: Doc) -> list[Candidate]:
        """'pour le Webinaire de l'État', '- Audioconférence de l’État comptant …': a capitalised word
        'of the State' (not a role, not a common word capitalised by opening a sentence) is a named
        service, labelled by its head-word ('Conseil de l'État') or else a named thing."""
        found = []
        for match in OF_THE_STATE.finditer(text_of(doc)):
            first = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            word = match.group().split(" ", 1)[0]
            roles = role_titles() | vocabulary()["employer_roles"]
            if (
                first is None
                or not word[1:].replace("-", "").islower()
                or word.lower() in roles
                or word.lower() in vocabulary()["not_name_words"]
            ):
                continue
            if opening(doc, first[0]) and (word in self.lexicon or opens_no_name(first[0], self.lexicon)):
                continue
            label = head_label(match.group()) or "MISC"
            found.append(Candidate(match.start(), match.end(), label, "pattern", "entity.state_service"))
        return found

    def _wrapped_places(self, doc: Doc) -> list[Candidate]:
        """'Seine-et-\nMarne': a place name cut at a hyphen by a line wrap; 'New-York' in 'Paris-New-York'."""
        places = folded_places()
        found = []
        for match in HYPHEN_WRAP.finditer(text_of(doc)):
            if fold(match["head"] + match["tail"]) in places:
                found.append(
                    Candidate(match.start(), match.end(), "LOC", "gazetteer", "gazetteer.wrapped_place")
                )
        for match in HYPHEN_COMPOUND.finditer(text_of(doc)):
            # 'vol Paris-New-York': the tokenizer splits the compound, so 'New-York' is no gazetteer match;
            # a hyphenated place at either end of a compound that is no place itself is one
            parts = match.group().split("-")
            if fold(match.group()) in places:
                continue
            for size in range(len(parts) - 1, 1, -1):
                head, tail = "-".join(parts[:size]), "-".join(parts[-size:])
                if fold(head) in places:
                    found.append(
                        Candidate(
                            match.start(),
                            match.start() + len(head),
                            "LOC",
                            "gazetteer",
                            "gazetteer.hyphenated_place",
                        )
                    )
                if fold(tail) in places and tail[:1].isupper():
                    found.append(
                        Candidate(
                            match.end() - len(tail),
                            match.end(),
                            "LOC",
                            "gazetteer",
                            "gazetteer.hyphenated_place",
                        )
                    )
        return found

    def _skip_opening_words(self, doc: Doc, start: int, end: int) -> int:
        """'Lancement de Tchap', 'Découvrez Tchap': a common word opening the sentence or line, and
        the articles or 'de' after it, are not part of the model's name."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 2:
            return start
        first = span[0]
        if first.is_upper or not opening(doc, first) or first.text not in self.lexicon:
            return start
        rest = [
            t
            for t in span[1:]
            if t.lower_ not in vocabulary()["connectors"] and t.lower_ not in vocabulary()["articles"]
        ]
        if not rest or not rest[0].text[:1].isupper():
            return start
        return rest[0].idx

    def _named_runs(
        self,
        doc: Doc,
        model: list[Candidate],
        lower_phrases: set[tuple[int, ...]],
        appositives: list[Candidate],
    ) -> list[Candidate]:
        """Capitalised words in a row inside a line ('France Chaleur Urbaine', 'Mes Adresses',
        'Cyril PIERRE de GEYER') and CamelCase words ('AgentConnect') are one name. A common word
        opening a sentence or a line, titles and months are not part of it. Labelled by head-word,
        then by the model's span there, then by shape (Firstname SURNAME is a person), else MISC.
        Runs the appositive rule has already read and labelled are left to it."""
        vocab = vocabulary()
        found: list[Candidate] = []
        run: list = []

        decided: dict[int, bool] = {}  # token index -> name_word, asked several times per token

        def name_word(token) -> bool:
            if token.i not in decided:
                decided[token.i] = is_name_word(token)
            return decided[token.i]

        def is_name_word(token) -> bool:
            text = token.text[1:] if token.text[:1] == "-" else token.text  # 'Lamarche', '-Vadel'
            if token.is_upper and (token.lower_ in vocab["stop_words"] or token.lower_ in vocab["articles"]):
                return False  # 'ET', 'LES' in an all-caps line
            if (
                not text[:1].isupper()
                or not NAME_WORD.match(text)
                or token.like_num
                or token.lower_ in vocab["not_name_words"]
                or token.lower_ in vocab["connectors"]
            ):
                return False
            if (
                opening(doc, token)
                and not surname_and_role_follow(doc, token)
                and not heads_a_name(token)
                and (
                    opens_no_name(token, self.lexicon)
                    or (text in self.lexicon and not surname_follows(token))
                )
            ):
                return False
            return token.is_title or token.is_upper or CAMEL_CASE.match(text) is not None or "-" in text

        def heads_a_name(token) -> bool:
            """'Agence Mots & Champs' opening a line: a body's head-word before a capitalised word is part of
            the name."""
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return (
                token.text in body_heads()
                and following is not None
                and (following.is_title or following.is_upper)
                and following.is_alpha
            )

        def pairs_one_word(token) -> bool:
            """'Schleicher & Lange': a pair connector joins one more name word, then the name ends."""
            following = doc[token.i + 1 : token.i + 3]
            return (
                token.text in vocab["pair_connectors"]
                and len(following) >= 1
                and name_word(following[0])
                and not (
                    len(following) == 2
                    and (name_word(following[1]) or following[1].lower_ in vocab["connectors"])
                )
            )

        def titled_pronoun_follows(token) -> bool:
            """'Mobile Connect et Moi': a pronoun capitalised inside a sentence belongs to a title."""
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return (
                token.lower_ == "et"
                and following is not None
                and following.is_title
                and following.lower_ in vocab["pronouns"]
            )

        def close() -> None:
            if not run:
                return
            while run and not name_word(run[-1]):
                run.pop()
            while (
                len(run) > 2
                and fold(run[0].text) in vocab["rejected"]
                and run[1].lower_ in vocab["connectors"]
            ):
                del run[:2]  # 'SI d’Orange Business Services': a rejected word 'of' a name is no part of it
            words = [t for t in run if name_word(t)]
            if len(words) >= 2 or (len(words) == 1 and CAMEL_CASE.match(words[0].text)):
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                described = (
                    len(run) == 2
                    and self._titled_article(doc, start, words)
                    and text_of(doc)[start:end] not in self.organisations
                )
                if described and (last := self._adjectives_after(doc, run[-1].i + 1)) > run[-1].i + 1:
                    end = doc[last - 1].idx + len(
                        doc[last - 1].text
                    )  # 'La Suite numérique': a titled name goes on with its adjectives
                if words[0].lower_ in vocab["event_heads"] and (year := EVENT_YEAR.match(text_of(doc), end)):
                    end = year.end()  # 'Salon Terres Connectées 2025': the edition's year is part of the name
                # an all-caps line, or all-caps words some of which are dictionary words, is a heading
                heading = all(t.is_upper for t in words) and (
                    line_initial(doc, start)
                    and text_of(doc).find("\n", end) in (end, -1)
                    or any(self.lexicon.is_lemma(t.text) or t.text in self.lexicon for t in words)
                )
                # 'République Emmanuel Macron': words before a person's name are a title, not the name
                inner_person = any(
                    c.label == "PER" and start < c.start < end for c in model
                ) and not role_follows(text_of(doc), end)
                # 'Sommet du G7': a common word 'of' a known organisation is that organisation's thing, not a
                # name
                of_known = (
                    len(words) >= 2
                    and all(w.text in self.lexicon for w in words[:-1])
                    and words[-1].text in self.organisations
                )
                # 'Intelligence Artificielle' in a headline, written 'intelligence artificielle' in the text:
                # a phrase
                phrase = (
                    not self._titled_article(doc, start, words)
                    and len(run) <= MAX_PHRASE
                    and tuple(t.lower for t in run) in lower_phrases
                    and all(t.text in self.lexicon for t in words)
                )
                # 'collège Jules Verne de Villebon-sur-Yvette': the appositive rule read these words already
                read = any(a.start <= start < a.end for a in appositives) and any(
                    a.start < end <= a.end for a in appositives
                )
                if not heading and not inner_person and not of_known and not phrase and not read:
                    label = self._run_label(doc, start, end, words, model)
                    if (
                        described
                        and end > run[-1].idx + len(run[-1].text)
                        and not head_label(text_of(doc)[start:end])
                    ):
                        label = "MISC"  # 'La Suite numérique': common words in sentence case name a thing
                    found.append(Candidate(start, end, label, "pattern", "entity.capitalised_run"))
            run.clear()

        for token in doc:
            if token.is_space:
                if "\n" in token.text and not (run and name_word(run[-1]) and wrapped(doc, run[-1].idx)):
                    close()
                continue
            across_lines = bool(run) and "\n" in text_of(doc)[run[-1].idx : token.idx]
            if name_word(token) and not (
                across_lines and (not wrapped(doc, run[-1].idx) or self.lexicon.is_lemma(token.text))
            ):
                # a hyphen goes on a full name ('Bertrand Lamarche-Vadel'), not a lone word ('Paris-New-York')
                surname_goes_on = run and run[-1].text == "-" and sum(1 for t in run if name_word(t)) >= 2
                if (
                    run
                    and not name_word(run[-1])
                    and run[-1].lower_ not in vocab["connectors"]
                    and run[-1].text not in vocab["pair_connectors"]
                    and not surname_goes_on
                    and not (run[-1].lower_ == "et" and token.lower_ in vocab["pronouns"])
                ):
                    close()
                run.append(token)
            elif (
                run
                and name_word(run[-1])
                and (
                    token.lower_ in vocab["connectors"]
                    or pairs_one_word(token)
                    or titled_pronoun_follows(token)
                    or (token.text == "-" and not run[-1].whitespace_ and not token.whitespace_)
                )
            ):
                run.append(token)
            else:
                close()
        close()
        return found

    @staticmethod
    def _adjectives_after(doc: Doc, i: int) -> int:
        """The end of the lower-case adjectives from token i on ('numérique collaborative')."""
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower and doc[i].is_alpha:
            i += 1
        return i

    @staticmethod
    def _titled_article(doc: Doc, start: int, words: list) -> bool:
        """'Le Monde', 'La Poste': an article written with a capital mid-sentence opens a title."""
        return (
            text_of(doc)[start : start + 4].split(" ")[0] in vocabulary()["capitalised_articles"]
            and not line_initial(doc, start)
            and not words[0].is_sent_start
        )

    def _run_label(self, doc: Doc, start: int, end: int, words: list, model: list[Candidate]) -> str:
        text = text_of(doc)[start:end]
        implied = head_label(text)
        if implied:
            return implied
        if len(words) == 1:
            return "MISC"  # 'AgentConnect': a CamelCase word names a product
        if len(words) <= 3 and all(w.is_title for w in words) and role_follows(text_of(doc), end):
            return "PER"  # 'Claire Morvan, cheffe du bureau …': a name in apposition to a role
        if (
            len(words) <= 3
            and all(w.is_title for w in words)
            and email_names(text_of(doc), end, words[-1].text)
        ):
            return "PER"  # 'Véronique Loquet vloquet@…': the address that follows spells the surname
        overlapping = [c.label for c in model if c.start < end and start < c.end]
        places = folded_places()
        if len(words) == 2 and words[0].is_upper and len(words[0]) >= 2 and fold(words[1].text) in places:
            return "ORG"  # 'DRAC Limousin', 'ARS Bretagne': a body's acronym and the region of its branch
        if "PER" in overlapping and words[0].text not in self.lexicon and fold(words[0].text) not in places:
            return "PER"  # (not 'France Chaleur Urbaine': a name opening with a country is no person)
        first_name = words[0].is_title and not self.lexicon.is_lemma(words[0].text)
        if first_name and all(
            w.is_upper and len(w) >= 4 and w.text not in self.organisations for w in words[1:]
        ):
            return "PER"  # 'Floriane BEAUDRON': Firstname SURNAME (not 'Forum PHP')
        if self._titled_article(doc, start, words):
            # 'Le Monde', 'La Poste': an article written with a capital mid-sentence belongs to a title
            return "ORG"
        run_words = text_of(doc)[start:end].replace("’", "'").split()
        last_is_place = fold(run_words[-1]) in places or any(
            c.label == "LOC" and c.end == end and c.start > start for c in model
        )
        if len(run_words) >= 3 and run_words[-2].lower() in {"de", "du", "d'"} and last_is_place:
            return (
                "ORG"  # 'Villes de France', 'Eau de Paris': the pattern of associations and public companies
            )
        if (
            "LOC" not in overlapping
            and first_name
            and words[0].pos_ not in FUNCTION_POS
            and len(words) <= 3
            and all(w.is_title and w.is_alpha for w in words)
            and words[-1].text not in self.lexicon
        ):
            # 'Gilles Deleuze': capitalised words that are no dictionary words, as a name is written
            return "PER"
        if all(w.text in self.lexicon or fold(w.text) in places for w in words):
            return "MISC"  # 'Démarches Simplifiées', 'France Relance': common words capitalised into a name
        same = [c.label for c in model if c.start == start and c.end == end]
        return same[0] if same and same[0] != "LOC" else "MISC"

    def _model_label(self, doc: Doc, start: int, end: int, label: str) -> str:
        """The model's label, corrected by the name's head-word; a one-word 'place' with no place
        cue before it (à, en, dans...) and no place shape is more often a product ('Tchap'), and a
        'person' made of common words only is a thing."""
        text = text_of(doc)[start:end]
        implied = head_label(text)
        if implied:
            return implied
        if label == "PER" and (
            all(word in self.lexicon for word in WORD.findall(text)) or ARTICLE_AFTER_PARTICLE.search(text)
        ):
            # 'Mes Adresses', 'Webconférence de l’État': common words or 'de l’' name a thing, not a person
            return "MISC"
        if label == "LOC" and " " not in text and "-" not in text:
            before = text_of(doc)[max(0, start - 12) : start].split()
            if (
                not before
                or before[-1].lower().replace("’", "'").split("'")[-1]
                not in vocabulary()["place_prepositions"]
            ):
                return "MISC"
        return label

    def _acronym_links(self, doc: Doc, candidates: list[Candidate]) -> dict:
        """'Long Form (ACR)' and 'ACR (Long Form, ACR2, en anglais)': mentions plus alias pairs, and the
        acronyms defined by a lower-case common phrase, which name nothing
        ('intelligence artificielle (IA)')."""
        text = text_of(doc)
        mentions: list[Candidate] = []
        pairs: list[tuple[str, str]] = []
        common: set[str] = set()
        for match in ACRONYM_IN_PARENS.finditer(text):
            inner = match["inner"].strip()
            parts = [p.strip() for p in inner.split(",")]
            line_start = text.rfind("\n", 0, match.start()) + 1
            before = text[line_start : match.start()].rstrip()
            words = list(WORD.finditer(before))
            if ACRONYM.match(parts[0]) and len(parts) == 1:
                for size in range(2, min(len(words), 20) + 1):
                    chosen = words[-size:]
                    if acronym_matches(parts[0], [w.group() for w in chosen]):
                        start = line_start + chosen[0].start()
                        end = line_start + len(before)
                        implied = head_label(text[start:end])
                        if implied is None and not text[start].isupper():
                            common.add(parts[0])
                            # 'intelligence artificielle (IA)': a lower-case expansion needs a head-word
                            break
                        label = implied or _overlapping_label(candidates, start, end)
                        label = label or "ORG"
                        mentions.append(Candidate(start, end, label, "acronym", "entity.acronym_expansion"))
                        mentions.append(
                            Candidate(
                                match.start("inner"),
                                match.start("inner") + len(parts[0]),
                                label,
                                "acronym",
                                "entity.acronym",
                            )
                        )
                        pairs.append((text[start:end], parts[0]))
                        place = next(
                            (
                                " ".join(w.group() for w in chosen[-k:])
                                for k in (1, 2, 3)
                                if k < len(chosen)
                                and fold(" ".join(w.group() for w in chosen[-k:])) in folded_places()
                            ),
                            None,
                        )
                        if place:
                            pairs.append(
                                (text[start:end], f"{parts[0]} {place}")
                            )  # 'ARS Occitanie': the acronym and the branch's region
                        break
                else:
                    # 'Institut national de l’information géographique et forestière (IGN)': letters from a
                    # former name, but the parentheses still define the named body right before them
                    end = line_start + len(before)
                    named = [
                        c
                        for c in candidates
                        if c.end == end and c.label in {"ORG", "MISC"} and head_label(text[c.start : c.end])
                    ]
                    if named:
                        body = max(named, key=lambda c: c.end - c.start)
                        mentions.append(
                            Candidate(body.start, end, body.label, "acronym", "entity.acronym_expansion")
                        )
                        mentions.append(
                            Candidate(
                                match.start("inner"),
                                match.start("inner") + len(parts[0]),
                                body.label,
                                "acronym",
                                "entity.acronym",
                            )
                        )
                        pairs.append((text[body.start : end], parts[0]))
            elif (
                words
                and ACRONYM.match(words[-1].group())
                and len(parts) == 1
                and inner[:1].isupper()
                and head_label(inner) == "ORG"
            ):
                # 'l'ADEME (Agence de la transition écologique)': the acronym first, the body's name after
                acronym, start = (
                    words[-1].group(),
                    match.start("inner") + len(match["inner"]) - len(match["inner"].lstrip()),
                )
                mentions.append(
                    Candidate(start, start + len(inner), "ORG", "acronym", "entity.acronym_expansion")
                )
                pairs.append((inner, acronym))
            elif words and ACRONYM.match(words[-1].group()) and len(parts) >= 2 and ENGLISH_CUE.search(inner):
                acronym = words[-1].group()
                label = (
                    _overlapping_label(
                        candidates, line_start + words[-1].start(), line_start + words[-1].end()
                    )
                    or "ORG"
                )
                offset = match.start("inner")
                for part in parts:
                    if part and part[0].isupper() and not ENGLISH_CUE.search(part):
                        start = text.find(part, offset, match.end())
                        mentions.append(
                            Candidate(
                                start,
                                start + len(part),
                                label,
                                "acronym",
                                "entity.translation_in_parentheses",
                            )
                        )
                        pairs.append((acronym, part))
        return {"mentions": mentions, "pairs": pairs, "common": common}

    def _propagate(
        self, doc: Doc, resolved: list[Candidate], furniture, phrases: set[tuple[int, ...]]
    ) -> list[Candidate]:
        """Every other occurrence of an accepted name is a mention too (case-insensitive)."""
        matcher = PhraseMatcher(self.vocab, attr="LOWER")
        labels: dict[str, str] = {}
        lower_case: dict[str, bool] = {}
        for candidate in resolved:
            surface = text_of(doc)[candidate.start : candidate.end]
            if "\n" in surface or len(surface) < 2:
                continue
            key = surface.lower()
            lower_case[key] = lower_case.get(key, False) or surface[:1].islower()
            if key not in labels:
                labels[key] = candidate.label
                matcher.add(key, [self.tokenizer(surface)])
        found = []
        for match_id, start, end in matcher(doc):
            span = doc[start:end]
            key = self.vocab.strings[match_id]
            if span.text[:1].islower() and not lower_case[key]:
                # 'Intelligence Artificielle' named in a heading does not make every 'intelligence
                # artificielle' a name
                continue
            candidate = Candidate(
                span.start_char, span.end_char, labels[key], "propagated", "entity.propagated"
            )
            if acceptable(doc, candidate, furniture, self.lexicon, phrases):
                found.append(candidate)
        return found


def _overlapping_label(candidates: list[Candidate], start: int, end: int) -> str | None:
    labels = [
        c.label for c in sorted(candidates, key=lambda c: -c.priority) if c.start < end and start < c.end
    ]
    return labels[0] if labels else None


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """One overlap policy: rule-made spans before the model's; among them the longer (the outer
    name wins: "Centre d'expertise de Paris" over "Paris"), then the higher source, then earlier."""
    persons = [(c.start, c.end) for c in candidates if c.source == "model" and c.label == "PER"]
    # 'Florence Dupont', 'Jean Calais': a first name or surname that is also a place stays in the person's
    # name
    candidates = [
        c
        for c in candidates
        if not (
            c.source == "gazetteer"
            and any(s <= c.start and c.end <= e and c.end - c.start < e - s for s, e in persons)
        )
    ]
    kept: list[Candidate] = []
    taken = bytearray(
        max((c.end for c in candidates), default=0)
    )  # 1 where a kept mention lies: linear, not pairwise
    ordered = sorted(
        candidates, key=lambda c: (c.source == "model", -(c.end - c.start), -c.priority, c.start)
    )
    for candidate in ordered:
        if candidate.start >= candidate.end or taken.find(1, candidate.start, candidate.end) >= 0:
            continue
        kept.append(candidate)
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
    return sorted(kept, key=lambda c: c.start)


def _non_overlapping(spans: list) -> list:
    from spacy.util import filter_spans

    return filter_spans(spans)


def cluster(text: str, mentions: list[Candidate], pairs: list[tuple[str, str]]) -> list[dict]:
    """Group mentions into one entity per real-world thing: same folded name, acronym-expansion
    pairs, forms listed under one gazetteer id, a shorter form that begins a longer one, a surname of a full
    person name, a lone
    head-word ('le Musée') of the one body of that kind named in full."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    keys = [name_key(text[m.start : m.end]) for m in mentions]
    for key in keys:
        find(key)
    for a, b in pairs:
        union(name_key(a), name_key(b))
    first_of_key: dict[str, str] = {}
    for mention, key in zip(mentions, keys, strict=False):
        if mention.key:
            union(key, first_of_key.setdefault(mention.key, key))
    by_label: dict[str, set[str]] = defaultdict(set)
    for mention, key in zip(mentions, keys, strict=False):
        by_label[mention.label].add(key)
    for label, label_keys in by_label.items():
        ordered = sorted(label_keys, key=len)
        for short in ordered:
            for long in ordered:
                if long == short or len(long.split()) <= len(short.split()):
                    continue
                if (
                    label == "PER"
                    and long.split()[-1] == short
                    and len(short.split()) == 1
                    or label != "PER"
                    and len(short.split()) >= 2
                    and long.startswith(short + " ")
                ):
                    union(short, long)
    heads = vocabulary()["heads"]
    for label, label_keys in by_label.items():
        for short in label_keys:
            longer = {find(key) for key in label_keys if key.startswith(short + " ")}
            if heads.get(short) == label and len(longer) == 1:
                union(
                    short, longer.pop()
                )  # 'le Musée' after 'Musée départemental de X': the one body of that kind
    clusters: dict[str, Cluster] = defaultdict(Cluster)
    for mention, key in zip(mentions, keys, strict=False):
        group = clusters[find(key)]
        group.mentions.append(mention)
        group.label_votes[mention.label] += mention.priority
        group.forms[text[mention.start : mention.end].replace("\n", " ")] += 1
    entities = []
    for group in clusters.values():
        label = group.label_votes.most_common(1)[0][0]
        if (
            any(m.source == "title_person" for m in group.mentions)
            and label in {"MISC", "LOC"}
            and all(m.source in {"title_person", "pattern", "model", "propagated"} for m in group.mentions)
        ):
            # 'la peintre Lucie Arnaud-Tessier': a name after a person's title names a person, whatever its
            # shape elsewhere
            label = "PER"
        if label == "PER" and not any(
            char.isspace() for m in group.mentions for char in text[m.start : m.end].strip()
        ):
            # 'Albert', 'Ameli': a person is named in full at least once; a lone word is a product,
            # or a place when written after 'à' or a postcode ('à Rochechouart', '87600 Rochechouart')
            at_place = any(
                vocabulary()["lone_place_cue"].search(text, max(0, m.start - 12), m.start)
                for m in group.mentions
            )
            label = next(
                (other for other, _ in group.label_votes.most_common() if other != "PER"),
                "LOC" if at_place else "MISC",
            )
        forms = list(group.forms)
        name = max(
            forms,
            key=lambda f: (
                len(f.split()) > 1 and not f.isupper(),
                -sum(w.isupper() and len(w) > 1 for w in f.split()),
                len(f),
                group.forms[f],
            ),
        )
        seen = {fold(name)}
        aliases = []
        for form in forms:
            if fold(form) not in seen:
                seen.add(fold(form))
                aliases.append(form)
            elif form != name and form not in aliases:
                aliases.append(form)
        rule = max(group.mentions, key=lambda m: m.priority).rule
        entities.append(
            {
                "name": name,
                "label": label,
                "aliases": aliases,
                "mentions": [
                    {"start": m.start, "end": m.end, "text": text[m.start : m.end], "rule": m.rule}
                    for m in sorted(group.mentions, key=lambda m: m.start)
                ],
                "rule": rule,
            }
        )
    return sorted(entities, key=lambda e: e["mentions"][0]["start"])


@Language.factory(
    "communique_entities",
    assigns=["doc.ents", "doc.spans", "doc._.entities"],
    requires=["doc._.metadata"],
    default_config={"gazetteer_key": "gazetteer"},
)
def make_entity_resolver(nlp: Language, name: str, gazetteer_key: str) -> EntityResolver:
    return EntityResolver(nlp, name, gazetteer_key)
