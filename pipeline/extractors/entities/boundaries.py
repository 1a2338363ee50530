"""Where a name starts and ends, and whether a candidate span is a name at all."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import IS_LOWER, LOWER
from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.entities.lexicon import FUNCTION_POS, Lexicon
from pipeline.extractors.entities.listing import listed_place
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import (
    NUMBER_SIGN,
    POSTCODE_TOWN_END,
    ROMAN_NUMERAL,
    after_street_head,
    fold,
    folded_places,
    head_label,
    is_address,
    vocabulary,
)
from pipeline.extractors.extensions import text_of
from pipeline.extractors.gazetteers import (
    TOWN_ID,
)

MAX_PHRASE = 5

MAX_QUOTED_NAME = 8

QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "*": "*", "_": "_"}
"""Quotation marks, and markdown's italics around a title ('le film *Les Ailes du désert*')."""

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
    if token.is_sent_start and not after_a_word(doc, token):
        return True
    if not line_initial(doc, token.idx):
        return False
    previous = text_of(doc).rfind("\n", 0, token.idx)
    return previous <= 0 or not wrapped(doc, previous - 1)


def after_a_word(doc: Doc, token) -> bool:
    """'au Tournoi Français des …': the parser may open a sentence right after a word, with no
    punctuation or line break between; no sentence opens there."""
    if token.i == 0:
        return False
    previous = doc[token.i - 1]
    # a hyphenated word too ('Marie-Amélie Le Fur': the parser may open a sentence at 'Le')
    return previous.text.replace("-", "").isalpha() and "\n" not in previous.whitespace_


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
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
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


def elided_surname_end(text: str, start: int, end: int) -> int:
    """'Sophie N'Diaye', 'Aïssa D'Souza': the tokenizer splits an elided capital from the surname it is
    glued to, and a span may stop after the capital; the name goes on to the surname's end."""
    words = text[start:end].split()
    last = words[-1] if len(words) >= 2 else ""
    if not re.fullmatch(r"[A-Z]['’]?", last):
        return end
    found = GLUED_SURNAME.match(text, end)
    if found is None or last.endswith(("'", "’")) == found.group().startswith(("'", "’")):
        return end
    return found.end()


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
    civilities |= {c.lower() for c in vocabulary()["civilities"]}
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
    if is_civility(text) or (candidate.label == "PER" and named_after_person(doc, candidate.start)):
        return False  # 'Pr' alone; 'place Charles de Gaulle', 'hôpital Georges Pompidou' name no person
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
        # 'Orange', 'Digne', 'Tours': a town only where a common word would not be capitalised, or as
        # an item of a list of places ('Quimper, Brest et Vannes …', a table's column of towns)
        first = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if first is not None and listed_place(text_of(doc), candidate.start, candidate.end):
            return True
        return first is not None and not (
            text.isupper() or opening(doc, first[0]) or vocabulary()["portfolio_cue"].search(before)
        )
    if candidate.source in {"issuer", "gazetteer", "acronym", "pattern"}:
        return True
    if text[0].islower() and candidate.source not in {"propagated", "title_person"}:
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
    return i >= 0 and doc[i].lower_ in heads and "\n" not in doc[i].whitespace_


def town_context(text: str, start: int, end: int) -> bool:
    """Where a one-word town is read as a place: after a place preposition ('à Massy', 'd'Orange'),
    at a line start (an address, a dateline), in a list ('à Lyon, Nantes et Brest', 'Quimper, Brest')
    or a table's cell, in parentheses, or before its department in parentheses."""
    before = text[max(0, start - 12) : start]
    words = before.replace("’", "'").split()
    last = words[-1].lower().split("'")[-1] if words else ""
    if (
        words
        and words[-1].lower() in {"le", "la", "les", "l'"}
        and text[start:end] in ambiguous_departments()
    ):
        return True  # 'le Var', 'la Somme': a common word has no capital after its article
    if last in {"la", "le", "les"} and len(words) >= 2:
        last = words[-2].lower().split("'")[-1]  # 'élus de la Vienne'
    if (
        not words
        or "\n" in before[len(before.rstrip(" \t")) - 1 :]
        or before.rstrip(" \t")[-1:] in {"(", ",", "/", "\n", "–", "-", ":", "|", ";"}
        or listed_place(text, start, end)
    ):
        return True
    if before.endswith(("'", "’")) and before.replace("’", "'").rsplit(" ", 1)[-1].lower() in {"d'", "l'"}:
        return True
    return (
        last in vocabulary()["place_prepositions"]
        or last in {"et", "ou"}
        or re.match(r"\s*\(", text[end : end + 3]) is not None
    )


@lru_cache(maxsize=1)
def ambiguous_departments() -> frozenset[str]:
    """Departments named by a common word ('Somme', 'Var', 'Lot'), looked up as towns are."""
    return frozenset(resources.load("entities.json")["excluded_subdivisions"])


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
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
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
