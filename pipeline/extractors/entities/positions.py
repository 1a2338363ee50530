"""Where a token stands on its line and in its sentence: what makes a capital positional (a line or
sentence opening, a hard-wrapped paragraph) rather than a name's."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IS_LOWER, LOWER
from spacy.tokens import Doc

from pipeline.extractors.entities.lexicon import FUNCTION_POS, Lexicon
from pipeline.extractors.entities.vocabulary import POSTCODE_TOWN_END, fold, folded_places
from pipeline.extractors.extensions import CELL_GAPS, text_of

MAX_PHRASE = 5

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


def wrapped(doc: Doc, offset: int) -> bool:
    """Whether the line holding this offset is a long line cut inside a sentence (a hard-wrapped
    paragraph), so a name may go on at the start of the next line ('Giovanni\nGiaretta')."""
    return wrapped_line(text_of(doc), offset)


def wrapped_line(text: str, offset: int) -> bool:
    """`wrapped` on the text alone, for the rules that read it with regular expressions."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start:line_end].rstrip()
    # an address ends its line with the postcode's town ('… 27bis rue X/ 75010 Paris'): nothing goes on after
    # it
    # a blank line after it ends a paragraph (a headline over the first paragraph), never a wrap
    return (
        line_end > 0
        and len(line) >= WRAPPED_LINE
        and line[-1:] not in ".:;!?»"
        and not POSTCODE_TOWN_END.search(line)
        and not re.match(r"\n[ \t]*\n", text[line_end : line_end + 40])
    )


def line_break(doc: Doc, i: int) -> bool:
    """Whether token i is one line break: a space token holding a single newline (no blank line)."""
    return 0 <= i < len(doc) and doc[i].is_space and doc[i].text.count("\n") == 1


def wrap_break(doc: Doc, i: int) -> bool:
    """Whether token i is one line break inside a hard-wrapped paragraph ('le lycée Kerbrat de\nMorlaix'):
    the line before it is long and ends on no sentence punctuation, and no blank line follows (a heading, a
    letterhead's or a list's short lines, a paragraph's end are no wrap)."""
    return i > 0 and line_break(doc, i) and not doc[i - 1].is_space and wrapped(doc, doc[i - 1].idx)


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


def line_of(doc: Doc, offset: int) -> str:
    """The line of text holding this offset."""
    text = text_of(doc)
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : len(text) if end < 0 else end]


def cell_gap(doc: Doc, start: int, end: int) -> int | None:
    """The offset of the first table column gap (SourceDocument.cell_gaps) in [start, end), if any."""
    gaps = doc.user_data.get(CELL_GAPS, ())
    k = bisect_left(gaps, start)
    return gaps[k] if k < len(gaps) and gaps[k] < end else None


def line_initial(doc: Doc, start: int) -> bool:
    """Whether only spaces, bullets or markup stand between the line start, or the start of the table
    cell holding this offset ('Usses      Alerte renforcée'), and this offset."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, start) + 1
    gaps = doc.user_data.get(CELL_GAPS, ())
    k = bisect_left(gaps, start) - 1
    if k >= 0 and gaps[k] >= line_start:
        line_start = gaps[k] + 1
    return not any(c.isalnum() for c in text[line_start:start])


def opens_no_name(token, lexicon: Lexicon | None) -> bool:
    """A function word, or a verb the lexicon knows ('Permettre'; the tagger also calls 'Mounir' a verb)."""
    if token.is_upper:
        return False
    if token.pos_ == "VERB":
        return lexicon is None or token.text in lexicon
    return token.pos_ in FUNCTION_POS


GLUED_WORD_BEFORE = re.compile(r"(?:[^\W\d_]+[-'’])*[^\W\d_]{2,}[-'’]\Z")
"""The words a span's start is glued to by a hyphen or an apostrophe ('Lucie-' before 'Aubrac')."""

GLUES = frozenset("-'’")
"""What GLUED_WORD_BEFORE ends on: the one character to look at before searching the 60 before a start."""


def glued_start(text: str, start: int) -> int:
    """'collège Lucie-Aubrac', 'Mouthier-Haute-Pierre', "Conso'Acteurs": a name does not start inside a
    compound; it starts with the compound's first word when that word is capitalised ('centre-Finistère'
    and "d'Auray" keep their start)."""
    if text[start : start + 1].isspace() or text[start - 1 : start] not in GLUES:
        return start  # (the pattern ends on a hyphen or an apostrophe just before the start: no search)
    glued = GLUED_WORD_BEFORE.search(text, max(0, start - 60), start)
    if glued is None or not glued.group()[0].isupper() or glued.group()[:-1].lower().endswith("qu"):
        return start  # 'Lorsqu'Anne': a conjunction's elision
    return glued.start()


LINE_END_HYPHEN = re.compile(r"-\n[ \t]*(?P<tail>[^\W\d_][\w'’]*(?:-[\w'’]+)*)")
"""A hyphen glued to a word at a line's end, and the compound the next line goes on with."""

LINE_END_HYPHENS = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=[^\W\d_])")
"""Line-end hyphens between letters: a word or a compound wrapped, not a line break between two things."""

NEXT_WORD = re.compile(r" [^\W\d_][\w'’-]*")

MAX_PLACE_WORDS = 2
"""Words a wrapped place's name may go on with after its compound ('Provence-Alpes-\nCôte d'Azur')."""


def wrapped_end(text: str, start: int, end: int, label: str) -> int:
    """'Département de la Charente-\nMaritime', 'CHU de Caen Norman-\ndie': a name does not end at a
    line-end hyphen glued to its last word; it goes on with the compound the next line opens with, and
    with the words after it when they complete a known place ('Provence-Alpes-\nCôte d'Azur'). Not when a
    place goes on with a place of its own ('la liaison Rennes-\nLorient': two places)."""
    wrap = LINE_END_HYPHEN.match(text, end)
    if wrap is None or end <= start or not text[end - 1].isalpha():
        return end
    left = end
    while left > start and (text[left - 1].isalnum() or text[left - 1] == "-"):
        left -= 1
    places = folded_places()
    if label == "LOC" and fold(wrap["tail"]) in places and fold(text[left : wrap.end()]) not in places:
        return end
    new_end = cursor = wrap.end()
    for _ in range(MAX_PLACE_WORDS):
        word = NEXT_WORD.match(text, cursor)
        if word is None:
            break
        cursor = word.end()
        if fold(text[left:cursor]) in places:
            new_end = cursor
    return new_end
