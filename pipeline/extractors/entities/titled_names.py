"""Persons' names around titles and roles: civilities, first names, particles, the name after a
title ('Mme Claire de Villiers') and the role after a name ('Claire Morvan, cheffe du bureau')."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.person_names import known_surnames
from pipeline.extractors.entities.positions import cell_gap
from pipeline.extractors.entities.vocabulary import fold, folded_places, vocabulary
from pipeline.extractors.extensions import glued_hyphen, text_of


def surname_follows(token) -> bool:
    """'Caroline CELLIER': a capitalised word before an all-caps surname is a first name."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.is_upper and len(following) >= 4 and following.is_alpha


def first_name_opens(doc: Doc, token) -> bool:
    """'Jean Le Goff, président …', 'Claire de Villiers': a known first name is no common word
    capitalised by its position when a capitalised surname follows it on its line (after a particle
    or not)."""
    if not token.is_title or token.lower_ not in vocabulary()["first_names"]:
        return False
    i = token.i + 1
    if compound_first_name(doc, i):
        i += 2  # 'François-Xavier Lauch': the first name's second part
    if i + 1 < len(doc) and doc[i].lower_ in vocabulary()["particles"] and doc[i].is_lower:
        i += 1
    return (
        i < len(doc)
        and doc[i].is_alpha
        and (doc[i].is_title or doc[i].is_upper)
        and doc[i].lower_ not in vocabulary()["not_name_words"]
    )


def compound_first_name(doc: Doc, i: int) -> bool:
    """'François-Xavier', 'Marie-Claude': a hyphen at token i, written without spaces, joins a second
    known first name."""
    return (
        i + 1 < len(doc)
        and glued_hyphen(doc, i)
        and doc[i + 1].is_title
        and doc[i + 1].lower_ in vocabulary()["first_names"]
    )


def is_civility(word: str) -> bool:
    """'Dr', 'Pr.', 'Mgr', 'Me': an abbreviated civility, never a word of the name it precedes."""
    return word in vocabulary()["civilities"] or f"{word}." in vocabulary()["civilities"]


def civility_at(doc: Doc, first: int, end: int) -> bool:
    """Whether the title doc[first:end] is a civility ('M.', 'Mme', 'Dr') or a civility or rank written
    as a word and capitalised after an article or a preposition ('le Général de Gaulle', 'Monsieur
    Durand'), not inside a role ('Directeur Général')."""
    title = doc[first:end].text
    if is_civility(title):
        return True
    return title in vocabulary()["civility_words"] and (
        first == 0
        or doc[first - 1].is_punct
        or doc[first - 1].is_space
        or doc[first - 1].is_lower
        or doc[first - 1].lower_ in vocabulary()["articles"]
    )


GLUED_SURNAME = re.compile(r"['’]?[A-ZÉÈÀ][^\W\d_]+(?:-[A-ZÉÈÀ][^\W\d_]+)*")


def breton_ch(doc: Doc, token) -> bool:
    """Whether TOKEN ends a Breton name's 'c'h' ('Floc'', then 'h': 'Le Floc'h', 'Guivarc'h')."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.text.endswith(("c'", "c’"))
        and following is not None
        and following.text == "h"
        and not token.whitespace_
    )


def elided_surname_end(text: str, start: int, end: int) -> int:
    """'Sophie N'Diaye', 'Aïssa D'Souza': the tokenizer splits an elided capital from the surname it is
    glued to, and a span may stop after the capital; the name goes on to the surname's end."""
    if text[end - 2 : end] in {"c'", "c’"} and re.match(r"h\b", text[end : end + 2]):
        return end + 1  # 'Le Floc'h': the 'h' of the trigraph
    words = text[start:end].split()
    last = words[-1] if len(words) >= 2 else ""
    if not re.fullmatch(r"[A-Z]['’]?", last):
        return end
    found = GLUED_SURNAME.match(text, end)
    if found is None or last.endswith(("'", "’")) == found.group().startswith(("'", "’")):
        return end
    return found.end()


def surname_and_role_follow(doc: Doc, token) -> bool:
    """'Claire Morvan, cheffe du bureau …': a common word opening a line ('Claire', 'Julien') is a
    first name when a capitalised word and a role follow it."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        following is not None
        and following.is_title
        and role_follows(text_of(doc), following.idx + len(following.text))
    )


@lru_cache(maxsize=1)
def role_titles() -> frozenset[str]:
    """One-word role titles of the vocabulary ('président', 'ministre'), lower-cased; civilities
    ('M.', 'Madame') are left out: the model may keep them in a person's span."""
    civilities = {"m.", "mme", "mlle", "monsieur", "madame", "mademoiselle", "dr", "pr"}
    civilities |= {c.lower() for c in vocabulary()["civilities"]}
    return frozenset(
        t.lower() for t in vocabulary()["titles"] if " " not in t and t.lower() not in civilities
    )


@lru_cache(maxsize=1)
def role_apposition() -> re.Pattern:
    """', cheffe du bureau', ' – attachée de presse': a role right after a name, in lower case."""
    roles = set(resources.load("contacts.json")["role_heads"]) | {
        t for t in vocabulary()["titles"] if t.islower()
    }
    alternation = "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
    return re.compile(rf"[ \t]*[,–-][ \t]*(?:{alternation})(?!\w)")


def named_after_person(doc: Doc, start: int) -> bool:
    """'place Charles de Gaulle', 'l'école publique Léon Lambert', 'hôpital Georges Pompidou': a person's
    name right after a lower-case street or building head-word (and at most two adjectives) names the
    street or the building."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    i = span[0].i - 1
    while i >= 0 and span[0].i - i <= 2 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1  # 'école publique', 'stade municipal'
    heads = vocabulary()["address_heads"] | vocabulary()["person_named_heads"]
    return (
        i >= 0
        and doc[i].lower_ in heads
        and "\n" not in doc[i].whitespace_
        and cell_gap(doc, doc[i].idx, start)
        is None  # 'Collège      Manon Perrault': the head is another cell's
    )


def role_follows(text: str, end: int) -> bool:
    return role_apposition().match(text, end) is not None


EMAIL_AFTER = re.compile(r"[ \t:–-]*<?(?P<local>[\w.'-]+)@")


def email_names(text: str, end: int, surname: str) -> bool:
    """Whether an e-mail address right after a name has the surname in its local part."""
    found = EMAIL_AFTER.match(text, end)
    key = fold(surname).replace(" ", "")
    return found is not None and len(key) >= 3 and key in fold(found["local"]).replace(" ", "")


UPPER_NAME = re.compile(r"^[A-ZÉ][A-ZÉÈ'-]+$")


def name_after_title(doc: Doc, start: int, civility: bool = False):
    """The name right after a title ('Madame Claire Dubois', 'M. Jean DUPONT'): a capitalised word,
    then at most one more, then at most one all-caps surname, hyphenated parts included; particles
    and the capitalised word after them go on it ('Jean Le Goff', 'Anne de Villiers', 'Jean DE LA
    TOUR'), unless that word is a place or a body ('M. Martin de la Région'). Empty when no name
    follows. After a civility, a surname may open with its particle ('M. de Rugy', 'Mme de La Tour du
    Pin')."""
    if 0 < start < len(doc) and doc[start].text == "." and is_civility(doc[start - 1].text):
        start += 1  # 'Pr. Alain Benoît': the abbreviation's full stop
    particles = vocabulary()["particles"]
    if (
        civility
        and start + 1 < len(doc)
        and doc[start].is_lower
        and not doc[start + 1].is_lower
        and doc[start].lower_ in particles - {"le", "la", "les"}
        and _surname_at(doc, after := _after_particles(doc, start, particles), place_ok=True)
    ):
        return doc[
            start : _particle_surnames(doc, after + 1, particles)
        ]  # 'M. de Rugy', 'Mme de La Tour du Pin'
    if start >= len(doc) or not (doc[start].is_title and _name_token(doc, start)):
        return doc[start:start]
    end = start + 1
    while compound_first_name(doc, end):
        end += 2  # 'Anne-Sophie Colin-Roux'
    if (after := _after_particles(doc, end, particles)) > end and _surname_at(doc, after):
        end = after + 1
    else:
        if end < len(doc) and doc[end].is_title:
            end += 1
        if (after := _after_particles(doc, end, particles)) > end and _surname_at(doc, after):
            end = after + 1
        elif end < len(doc) and UPPER_NAME.match(doc[end].text):
            end += 1
    # 'Sophie N'Diaye': an elided capital glued to the surname
    while (
        end < len(doc)
        and doc[end - 1].text[-1:] in {"'", "’"}
        and not doc[end - 1].whitespace_
        and doc[end].is_title
        and doc[end].is_alpha
    ):
        end += 1
    # 'Lucie Arnaud-Tessier': a surname goes on over a hyphen written without spaces
    while (
        end + 1 < len(doc)
        and glued_hyphen(doc, end)
        and (doc[end + 1].is_title or doc[end + 1].is_upper)
        and doc[end + 1].is_alpha
    ):
        end += 2
    return doc[start:end]


def _name_token(doc: Doc, i: int) -> bool:
    """A word of letters and hyphens, or an elided capital glued to a surname ('N'' of 'N'Guessan')."""
    text = doc[i].text
    if text[-1:] in {"'", "’"}:
        return len(text) == 2 and not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].is_title
    return text.replace("-", "").isalpha()


def after_civility(text: str, start: int, end: int) -> int:
    """'Dr N'Guessan', 'Mgr Ginoux' from the model: the civility opening a span is no part of the name."""
    first, _, rest = text[start:end].partition(" ")
    if not rest.strip() or not is_civility(first):
        return start
    return end - len(rest.lstrip())


def _particle_surnames(doc: Doc, end: int, particles: set[str]) -> int:
    """The end of a surname's further particle parts ('de La Tour du Pin' after 'de La Tour')."""
    while (after := _after_particles(doc, end, particles)) > end and _surname_at(doc, after):
        end = after + 1
    return end


def _after_particles(doc: Doc, i: int, particles: set[str]) -> int:
    """The token after the particles from token i on ('de', 'Le', 'de La', 'van der')."""
    while i < len(doc) and doc[i].lower_ in particles and doc[i].whitespace_:
        i += 1
    return i


def _surname_at(doc: Doc, i: int, place_ok: bool = False) -> bool:
    """A capitalised word that is no place and no body's head-word: a surname after a particle (a place
    too when a civility opens the name with its particle: 'le Colonel de La Roche')."""
    if i >= len(doc) or not (doc[i].is_title or doc[i].is_upper) or not doc[i].is_alpha:
        return False
    return (place_ok or fold(doc[i].text) not in folded_places()) and head_label(f"{doc[i].text} X") is None


def common_words_only(name, lexicon) -> bool:
    """Whether the words read after a title are all dictionary words and none a first name or an
    all-caps surname ('Responsable Grands Comptes', 'Directrice Commerciale'): the role goes on in
    title case, no person is named."""
    words = [t for t in name if t.is_alpha]
    return (
        bool(words)
        and all(t.is_title or t.is_upper for t in words)
        and all(
            t.text in lexicon and not t.is_upper and t.lower_ not in vocabulary()["first_names"]
            for t in words
        )
    )


def portfolio_word(name, lexicon) -> bool:
    """Whether the name read after a title opens with a capitalised dictionary word that is no first
    name and no common surname ('directrice Innovation', 'vice-président Éducation'): the role's
    portfolio, not a person's first word."""
    if not len(name):
        return False
    token = name[0]
    return (
        token.is_title
        and token.text in lexicon
        and not token.is_upper
        and token.lower_ not in vocabulary()["first_names"]
        and token.lower_ not in known_surnames()
    )
