"""Where a name ends: a legal text's title before its verb, a verb or a coordinated name it ran on
into, a noun compound's second noun and its seat, a closing number or year. Whether a span is a name at
all is in acceptance.py."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.extractors.entities.branches import branch_end
from pipeline.extractors.entities.capitals import calendar_words
from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.vocabulary import not_complement_words, vocabulary

PLACE_OF = frozenset({"de", "du", "des", "d'", "d’"})


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


EVENT_YEAR = re.compile(r" (?:19|20)\d\d(?![\w/-])")

NAME_NUMBER = re.compile(
    r"[ -](?P<number>\d{1,2})"
    r"(?=[ \t]*(?:[.,](?!\d)|[;:)»]|\n|$|(?:et|ou|en|pour|qui|dans|par|avec|sur|au|à) ))"
)
"""A one- or two-digit number closing a name before punctuation, a line's end or a function word
('SAMU Centre 15.', 'le SAMU Centre 15 en signalant', 'la Ligue 1 et'), not a count before its noun
('ARS Occitanie 3 cas') nor a decimal's whole part ('FRANCE CLOUD 24,3 millions')."""


def verb_tail_end(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """The token end of a name once a verb it ran on into is cut ('Établissement français du sang
    lance', 'Les Nuits de Fourvière accueille'): the tagger often calls the verb after a name an
    adjective; a final lower-case word the dictionary knows, but not as an adjective, is the clause's
    verb, not the name's adjective. A verb with its object inside the name ends it there too ('Salon de
    l'habitat réunit des artisans', 'Forum de l'emploi accueille des recruteurs')."""
    end = next((i for i in range(start + 2, end - 1) if _verb_before_object(doc, i, lexicon)), end)
    while end - 1 > start:
        token = doc[end - 1]
        verb = token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm")
        if not token.is_lower or not (
            verb or (token.pos_ == "ADJ" and not is_adjective(lexicon, token.text))
        ):
            break
        end -= 1
    return end


OBJECT_OPENERS = frozenset(
    {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "ses", "son", "sa", "leur", "leurs"}
)
"""Determiners that open a verb's object ('réunit des artisans', 'accueille les familles')."""


def _verb_before_object(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """A lower-case word the dictionary knows, neither as a noun nor as an adjective, before a
    determiner: a verb and its object, whatever the tagger called the verb (often a noun or an
    adjective after a name)."""
    token = doc[i]
    return (
        token.is_lower
        and token.is_alpha
        and doc[i + 1].lower_ in OBJECT_OPENERS
        and token.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}
        and token.text in lexicon
        and not lexicon.is_noun(token.text)
        and not (token.lower_[-1] in "sx" and lexicon.is_noun(token.text[:-1]))  # 'archives des'
        and not is_adjective(lexicon, token.text)
        and "Part" not in token.morph.get("VerbForm")
    )


def is_adjective(lexicon: Lexicon, word: str) -> bool:
    """The lexicon's adjective test, plurals in -aux read as their -al singular ('régionaux')."""
    lower = word.lower()
    return lexicon.is_adjective(word) or (lower.endswith("aux") and lexicon.is_adjective(lower[:-3] + "al"))


def coordinated_tail_end(doc: Doc, start: int, end: int, body_starts: frozenset[int] = frozenset()) -> int:
    """The token end of a body's name once a coordinated name is cut: French names repeat the
    preposition before each complement ('de l'Économie et des Finances', 'du commerce et de
    l'industrie'), so 'et' or 'ou' right before a capitalised word opens the next name ('le conseil
    régional d'Occitanie et France Travail', 'le Centre national de la recherche scientifique et Inria
    Lille'); so does a repeated preposition before a body's head or a known body (BODY_STARTS, token
    indices): 'du Conseil de l'Europe et de l'Union européenne', 'du Département du Cantal, de la
    commune de Murat et du Crédit Agricole'."""
    for i in range(start + 1, end - 1):
        following = doc[i + 1]
        if (
            doc[i].lower_ in {"et", "ou"}
            and (following.is_title or following.is_upper)
            and following.is_alpha
        ):
            return i
        if doc[i].lower_ in {"et", "ou", ","} and _body_complement(doc, i + 1, end, body_starts):
            return i
    return end


def _body_complement(doc: Doc, i: int, end: int, body_starts: frozenset[int]) -> bool:
    """Whether a preposition at token I opens a complement that is itself a body ('de la commune de
    Murat', "de l'Union européenne"), not a portfolio ('des Finances') or a domain ('de l'industrie')."""
    if doc[i].lower_ not in PLACE_OF:
        return False
    j = i + 1
    if j < end and doc[j].lower_ in {"la", "l'", "l’"}:
        j += 1
    if j >= end:
        return False
    word = doc[j].lower_
    return (
        j in body_starts
        or vocabulary()["heads"].get(word) == "ORG"
        or (doc[j].is_lower and word in body_kind_nouns())  # 'et de la Ville': a ministry's portfolio
    )


@lru_cache(maxsize=1)
def body_kind_nouns() -> frozenset[str]:
    """The kind nouns of local authorities ('commune', 'ville', 'région'), in lower case (capitalised, 'la
    Ville' may be a ministry's portfolio)."""
    return frozenset(w.lower() for w in vocabulary()["capitalised_org_heads"]) | {"commune"}


def noun_bridge_end(doc: Doc, end: int, lexicon: Lexicon) -> int:
    """The token end of a body's name once a noun compound's second noun and the seat after it are
    added: 'Caisse primaire d'assurance maladie de l'Hérault' (the structure stops at 'd'assurance';
    'maladie' joins no preposition). Only when a capitalised complement follows the noun, so a noun
    that begins the clause ('… d'assurance lundi') stays out."""
    i = end
    if (
        i + 1 >= len(doc)
        or not (doc[i].is_lower and doc[i].pos_ == "NOUN" and lexicon.is_noun(doc[i].text))
        or doc[i].lower_ in calendar_words()
        or doc[i].lower_ in not_complement_words()
    ):
        return end  # '… de la communication mardi de Paris': a day, a month, a time word begins the clause
    if (branch := branch_end(doc, i + 1)) > i + 1:
        return branch  # 'Caisse primaire d'assurance maladie Occitanie': the noun, then its branch's place
    j = i + 1
    if doc[j].lower_ not in PLACE_OF:
        return end
    j += 1
    if j < len(doc) and doc[j].lower_ in {"la", "l'", "l’", "les"}:
        j += 1
    if j >= len(doc) or not (doc[j].is_title and doc[j].is_alpha) or "\n" in doc[end - 1 : j].text:
        return end
    while (
        j + 1 < len(doc)
        and doc[j + 1].is_title
        and doc[j + 1].is_alpha
        or (j + 2 < len(doc) and doc[j + 1].text == "-" and doc[j + 2].is_alpha)
    ):
        j += 2 if doc[j + 1].text == "-" else 1
    return j + 1
