"""The names a list gives after its kind noun or cue: the first stage of the kind rules (kinds.py).

Where an inline list ('des associations comme X, Y et Z.') or a bulleted one ends, and where each
of its items' names begins and ends; a list stops at its first item that is no name. Kept apart so
the list's shape can be read, and tested, without the labels the kind nouns give (kind_list_labels.py).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extractors.extensions import text_of

LIST_END = re.compile(r"[.!?;](?=\s|$)|\n\s*\n|\s[-–]\s")
"""Where an inline list ends: a sentence's end, a blank line, a dash opening an aside."""

ITEM_SEPARATOR = re.compile(r",|\(|\)|…|\s(?:et|ou|and|or)\s")

BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")

BULLET = re.compile(r"[ \t]*(?:[-–•●*▪]|o(?=\s))[ \t]+")

LEADING = {"de", "du", "des", "d'", "la", "le", "les", "l'", "the", "un", "une", "et", "ou", "aux", "au"}
"""Words before an item's name in a list ('avec le soutien de la Région et de Nuagix')."""


DOMAIN = re.compile(r"(?<![\w@/.:-])[^\W_][\w-]*(?:\.[\w-]+)*\.(?:fr|com|org|net|eu|info|io)(?![\w/@-]|\.\w)")
"""'impots.gouv.fr', 'Pole-emploi.fr': a bare domain, not part of an address, a URL or an e-mail."""

CLAUSE_AFTER_NAME = re.compile(
    r"\s(?!(?:de|du|des|d|la|le|les|l|et|en|sur|pour|à|au|aux|of|the|and|for)\b)[^\W\d_A-ZÀ-Ý][\w'’-]*\s+[A-ZÀ-Ý]"
)
"""A lower-case word that is no connector between two capitalised words: the verb of a clause."""

MAX_ITEM_WORDS = 6
MAX_ITEMS = 20


def _strip_item(text: str, start: int, end: int) -> tuple[int, int]:
    """The item's name: markup, spaces and leading connectors or articles ('et de la') out."""
    while True:
        while start < end and (text[start].isspace() or text[start] in '*_"“”«»'):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in '*_"“”«»:'):
            end -= 1
        word = re.match(r"[^\W\d_]+['’]?", text[start:end])
        if not word or word.group().lower().replace("’", "'") not in LEADING or word.end() == end - start:
            return start, end
        start += word.end()


def _name_words(item: str) -> int:
    """The length of the item's name: its words up to the first lower-case word that is no connector
    ('Nuagix signent la charte' -> 'Nuagix': a list right after its kind noun is often the subject)."""
    end = 0
    for word in re.finditer(r"\S+", item):
        if word.group()[:1].islower() and word.group().replace("’", "'") not in NAME_LINKS:
            break
        end = word.end()
    return end


NAME_LINKS = {"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "en", "sur", "sous", "lès", "&"}
"""Lower-case words inside a name ('Pagaie Club de Strasbourg', 'Vivre avec l'Endo' keeps 'avec' out)."""


def _finite_verb(token) -> bool:
    """A verb that makes the item a clause ('X sont'), not a participle naming ('Action bourg vivant'), nor a
    capitalised word of the name the tagger took for a verb ('France Bleu Provence')."""
    return token.is_lower and token.pos_ in {"VERB", "AUX"} and "Part" not in token.morph.get("VerbForm")


def list_items(doc: Doc, position: int, trim: bool = False) -> list[tuple[int, int]]:
    """The names listed from `position` on: inline ('X, Y et Z.') up to the sentence's end, or one
    bullet line each when the cue ends its line (the name before a comma or a verb: '- Nuagix
    soutient ...'). A list ends at its first item that is no name: one opening in lower case, longer
    than MAX_ITEM_WORDS words, or holding a verb. With `trim`, an item ends at its first lower-case word
    that is no connector (names in title case, right after their kind noun)."""
    text = text_of(doc)
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    pieces: list[tuple[int, int]] = []
    if not text[position:line_end].strip():
        cursor = BLANK_LINES.match(text, line_end + 1).end()  # 'Partenaires :', a blank line, the bullets
        while cursor < len(text):
            bullet = BULLET.match(text, cursor)
            stop = text.find("\n", cursor)
            stop = len(text) if stop < 0 else stop
            if bullet is None:
                break
            first = ITEM_SEPARATOR.search(text, bullet.end(), stop)
            end = first.start() if first else stop
            line = doc.char_span(bullet.end(), end, alignment_mode="expand")
            verb = next((t for t in line[1:] if _finite_verb(t)), None) if line is not None else None
            pieces.append((bullet.end(), verb.idx if verb else end))  # '- Nuagix soutient le concours'

            cursor = stop + 1
    else:
        end_match = LIST_END.search(text, position)
        end = end_match.start() if end_match else len(text)
        cursor = position
        for separator in ITEM_SEPARATOR.finditer(text, position, end):
            pieces.append((cursor, separator.start()))
            cursor = separator.end()
        pieces.append((cursor, end))
    items = []
    for start, end in pieces[:MAX_ITEMS]:
        start, end = _strip_item(text, start, end)
        if start >= end:
            continue
        verb = CLAUSE_AFTER_NAME.search(text, start, end)
        if verb:  # 'Ameli et Pajemploi acceptent FranceConnect': the list was the sentence's subject
            start, end = _strip_item(text, start, verb.start())
        if trim:  # 'les entreprises Brixol et Nuagix signent la charte': a name in title case ends there
            end = start + _name_words(text[start:end])
        words = text[start:end].split()
        if not text[start].isupper() and not text[start].isdigit() and not DOMAIN.fullmatch(text[start:end]):
            break  # (a domain names a service in lower case: 'des services comme impots.gouv.fr')
        if not any(char.isalpha() for char in text[start:end]):
            break  # '18/09/2017', '5 822': a date or a figure ends the names
        span = doc.char_span(start, end, alignment_mode="expand")
        if len(words) > MAX_ITEM_WORDS or span is None or any(_finite_verb(t) for t in span[1:]):
            break
        items.append((start, end))
    return items
