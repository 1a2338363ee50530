"""Stage 4b, paragraphs -> raw text: the reader's text in reading order, with a box per character.

Lines of a paragraph are separated by "\\n", paragraphs by a blank line, the furniture comes last. A
word hyphenated at a line end is rejoined, unless the hyphen belongs to it (French compounds and
inverted pronouns: "peut-être", "a-t-il"). A line that stops where the next line's first word would
not have fitted in its column is a soft wrap and joins it with a space: in the headline always, in
prose when the next line opens on a digit or punctuation ("le 15 octobre" / "2025", "« Bassins
d'été" / "», opéré"), or on a capital after a line ending inside a sentence in the body under the
headline (a name wrapped: "l'Agence régionale de santé" / "Normandie"); a long word ending at its
column's edge whose rest opens the next line was cut there (a long e-mail address in a narrow side
box) and is rejoined as one. A line ending on a word no French line ends on ("de la", "du", "et")
goes on in the next one, capital or not, outside prose (a letterhead, a contact block); a phone
number cut at a line's end is rejoined, across two small-print lines read as paragraphs too. A body
paragraph that goes on across a page or column break (a lowercase start, the same size, no sentence
end before) is joined as one paragraph, a side box read between its two parts waiting until it ends.
"""

from __future__ import annotations

import re

from pipeline.readers.normalize import SENTENCE_END
from pipeline.readers.pdf.blocks import SIDE_BOX
from pipeline.readers.pdf.glyphs import NO_BOX, Box
from pipeline.readers.pdf.layout import Layout
from pipeline.readers.pdf.paragraphs import SIZE_CHANGE, Line, Paragraph

HYPHENS = "-\u00ad\u2010"
KEEP_HYPHEN = frozenset(
    [
        "être",
        "ci",
        "là",
        "même",
        "mêmes",
        "il",
        "ils",
        "elle",
        "elles",
        "on",
        "je",
        "tu",
        "nous",
        "vous",
        "moi",
        "toi",
        "lui",
        "leur",
        "leurs",
        "y",
        "en",
        "t",
        "dessus",
        "dessous",
        "delà",
        "clé",
        "clés",
    ]
)
"""Second parts of French compounds and inverted pronouns: 'peut-être', 'a-t-il' keep their hyphen."""
WORD = re.compile(r"\w+")
WRAP_SLACK = 0.5
"""A line wraps softly when the next line's first word and this much of a space (ems) would have
overflowed its column."""
PROSE_SIZE = 0.1
"""Prose is set within this fraction of the body's font size."""
PROSE_WORDS = 6
"""Prose lines hold at least this many words (the median line of the paragraph)."""
CUT_WORD = 12
"""A word at least this long, CUT_WORD_SHARE of its column wide and ending at its edge, was cut there."""
CUT_WORD_SHARE = 0.6
CUT_WORD_GOES_ON = ".-_@/"
"""Besides lower-case letters and digits, what the rest of a cut word (an address) may start with."""
DANGLING_WORDS = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "à",
        "au",
        "aux",
        "et",
        "ou",
        "pour",
        "par",
        "sur",
        "en",
        "dans",
        "avec",
        "chez",
        "entre",
        "sous",
        "vers",
    ]
)
"""Words no line of French ends on unless the line goes on in the next one."""
PERSON_LINKS = frozenset(["et", "ou", "pour", "par", "avec", "chez", "entre"])
"""Dangling words that may stand before a person's first name ("remise par Laurent" / "Gosselin");
after the others a capitalised word ending a line is a place or a thing ("à Florence", "de Nancy")."""
ELIDED_WORDS = frozenset(["d", "l", "qu", "jusqu", "lorsqu"])
"""Elided words ("de l'" / "Agence"): the same, written with an apostrophe."""
CUT_NUMBER_TAIL = re.compile(r"\d[\d .]*$")
"""The digits, spaces and dots that end a line cut inside a number."""
PHONE_DIGITS = 10
"""Digits of a whole French phone number: a line ending on as many ends with the number."""
WRAP_STARTS = "«»\"'“”‘’()%,;:.!?"
"""Besides letters and digits, what may start the rest of a softly wrapped line: quotes, brackets
and the punctuation a line can be wrapped before ("« Bassins d'été" / "», opéré"); no bullets or
dashes, which open list items."""


class RawText:
    """The reader's raw text (lines, blank lines between paragraphs) and a box per character."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.boxes: list[Box] = []
        self.item_gaps: list[int] = []  # where a space stands for a blank parting items on a line

    def add(self, chars: list[str], boxes: list[Box], item_gaps: list[int] | None = None) -> None:
        self.item_gaps.extend(len(self.chars) + i for i in item_gaps or ())
        self.chars.extend(chars)
        self.boxes.extend(boxes)

    def separator(self, text: str) -> None:
        self.chars.extend(text)
        self.boxes.extend([NO_BOX] * len(text))

    def join_line(self, following: list[str]) -> str:
        """Separator before a line of the same paragraph: '' after a rejoined hyphenation, else '\\n'."""
        if len(self.chars) < 2 or not following or self.chars[-1] not in HYPHENS:
            return "\n"
        before, after = self.chars[-2], following[0]
        if not (before.isalnum() and after.isalnum()):
            return "\n"
        word = WORD.match("".join(following[:30]))
        if before.isalpha() and after.islower() and word and word.group().lower() not in KEEP_HYPHEN:
            self.chars.pop()
            self.boxes.pop()
        elif self.chars[-1] != "-":
            self.chars[-1] = "-"  # a kept soft hyphen must stay visible
        return ""

    def paragraph(
        self, paragraph: Paragraph, headline: bool = False, prose: bool = False, capitals: bool = False
    ) -> None:
        """Write a paragraph's lines; soft wraps are joined in a headline or prose (wrap_separator)."""
        for i, line in enumerate(paragraph.lines):
            if i:
                separator = self.join_line(line.chars)
                if separator == "\n":
                    separator = wrap_separator(paragraph.lines[i - 1], line, headline, prose, capitals)
                self.separator(separator)
            self.add(line.chars, line.boxes, line.item_gaps)

    def text(self) -> str:
        return "".join(self.chars)


def _first_word_width(line: Line) -> float:
    end = line.chars.index(" ") if " " in line.chars else len(line.chars)
    return max((box[3] for box in line.boxes[:end] if box[0]), default=line.x0) - line.x0


def _cut_word(previous: Line, following: Line) -> bool:
    """Whether the last word of a line was cut at its column's edge (a long e-mail or web address
    in a narrow box): an address, long, most of the column wide, the next glyph would not have
    fitted after it, and the next line goes on as the rest of a word would (no capital)."""
    start = len(previous.chars) - previous.chars[::-1].index(" ") if " " in previous.chars else 0
    boxes = [box for box in previous.boxes[start:] if box[0]]
    if len(previous.chars) - start < CUT_WORD or not boxes or not following.boxes[0][0]:
        return False
    first = following.chars[0]
    if not (first.islower() or first.isdigit() or first in CUT_WORD_GOES_ON):
        return False
    if not any(mark in previous.chars[start:] for mark in "@/"):
        return False  # only addresses are long enough to be cut; a long word is hyphenated
    width, column = previous.x1 - boxes[0][1], previous.reach - previous.x0
    next_glyph = following.boxes[0][3] - following.boxes[0][1]
    return (
        width >= CUT_WORD_SHARE * column and previous.reach - previous.x1 < next_glyph + 0.1 * previous.size
    )


def _dangles(line: Line) -> bool:
    """Whether a line ends on a word that cannot end one: a preposition, an article or a conjunction
    waiting for the name that opens the next line ("conseil départemental de la" / "Haute-Marne")."""
    text = "".join(line.chars[-12:]).replace("’", "'")
    last = text.rsplit(" ", 1)[-1].lower()
    return last in DANGLING_WORDS or (last.endswith("'") and last[:-1] in ELIDED_WORDS)


def _cut_number(previous: Line, following: Line) -> bool:
    """Whether a line ends inside a number that the next line goes on with (a phone number wrapped
    in a contact block: "Hélène Barthe 05" / "61 10 61 59"): digits on both sides of the break, and
    fewer digits before it than a whole phone number has."""
    tail = CUT_NUMBER_TAIL.search("".join(previous.chars[-40:]))
    return (
        bool(tail) and following.chars[0].isdigit() and sum(c.isdigit() for c in tail.group()) < PHONE_DIGITS
    )


def _first_name_ends(line: Line) -> bool:
    """Whether a line ends on a known first name, whose surname the next line opens on (a contact
    line wrapped inside a name: "Contact presse : Margaux" / "Vasseur – 03 …"): no line is meant
    to end on a first name, unless a preposition makes it a place ("à Florence")."""
    from pipeline.extractors.entities.person_names import sourced_first_names  # (import cycle)

    words = "".join(line.chars[-40:]).split(" ")
    if len(words) > 1 and words[-2].lower() in DANGLING_WORDS - PERSON_LINKS:
        return False  # 'à Florence', 'de Nancy': a place, whatever the next line opens on
    last = words[-1]
    return last[:1].isupper() and last[1:].islower() and last.lower() in sourced_first_names()


def _name_goes_on(previous: Line, capitals: bool) -> bool:
    """Whether a soft wrap before a capital falls inside a sentence of the body (the next line opens
    on a name: "l'Agence régionale de santé" / "Normandie"): prose under the headline (a letterhead
    above it may be set in the body's size, its lines meant), the line ending on neither a
    sentence's end nor a number (a contact line: "… 06 12 34 56 78" / "Logos : …")."""
    last = previous.chars[-1]
    return capitals and last not in SENTENCE_END and not last.isdigit()


def wrap_separator(
    previous: Line, following: Line, headline: bool, prose: bool, capitals: bool = False
) -> str:
    """What goes between two lines of a paragraph: "" after a word cut at its column's right edge;
    " " after a soft wrap in the headline, or in prose before a digit or punctuation, or before a
    capital when capitals (prose under the headline) allows it and the line ends inside a sentence;
    "\n" after a line break that was meant, in no known column, outside prose (a letterhead, an
    address, a contact block: set line by line) or after a line of items set apart (unless its last
    item wraps, under itself or to the line's start)."""
    if not previous.chars or not following.chars:
        return "\n"
    if previous.text_x1 < previous.x1 and not any(
        abs(following.x0 - x0) <= 0.5 * previous.size for x0 in (previous.x0, previous.last_item_x0)
    ):
        return "\n"  # a line of items set apart (a letterhead, its dateline) is set line by line
    if _cut_word(previous, following):
        return ""
    first = following.chars[0]
    dangling = first.isupper() and not prose and _dangles(previous)
    cut_number = _cut_number(previous, following)
    cut_name = first.isupper() and not (headline or prose) and _first_name_ends(previous)
    if not (headline or prose or dangling or cut_number or cut_name):
        return "\n"
    edge = previous.column_right
    if edge is None and (headline or cut_number or cut_name):
        edge = previous.page_edge  # a headline over two columns, a small-print line: the page's edges
    if not (first.isalnum() or first in WRAP_STARTS):
        return "\n"
    if dangling:
        return " "  # no line of French ends on "de la": the break falls inside a name, wherever it falls
    if edge is None:
        return "\n"
    if (
        first.isalpha()
        and first.isupper()
        and not (headline or cut_name)
        and not _name_goes_on(previous, capitals)
    ):
        return "\n"
    slack = edge - previous.x1
    return " " if slack < _first_word_width(following) + WRAP_SLACK * previous.size else "\n"


def _is_prose(paragraph: Paragraph, layout: Layout) -> bool:
    """Body text: set in the body's size, its lines of many words (a letterhead's, an address's or
    a contact block's lines are few words each, and their breaks are meant)."""
    if abs(paragraph.size - layout.body_size) > PROSE_SIZE * layout.body_size:
        return False
    words = sorted(line.chars.count(" ") + 1 for line in paragraph.lines)
    return words[len(words) // 2] >= PROSE_WORDS


def _continues(previous: Paragraph, following: Paragraph, layout: Layout) -> bool:
    """Whether a body paragraph goes on in the next one (across a page or column break)."""
    last = previous.lines[-1].chars
    first = following.lines[0].chars
    if not last or not first or not first[0].islower():
        return False
    if abs(previous.size - following.size) > SIZE_CHANGE * max(previous.size, following.size):
        return False
    if previous.size > 1.1 * layout.body_size:
        return False
    return last[-1] not in SENTENCE_END


def _number_goes_on(previous: Paragraph, following: Paragraph) -> bool:
    """Whether a paragraph ends inside a number that the next one, in the same print just under it,
    goes on with (a phone number wrapped in a small-print contact block set with more leading than
    the body, so that its lines read as paragraphs)."""
    last, first = previous.lines[-1], following.lines[0]
    return (
        previous.page == following.page
        and abs(last.size - first.size) <= SIZE_CHANGE * max(last.size, first.size)
        and 0 <= first.top - last.bottom <= last.size
        and _cut_number(last, first)
    )


def _width(paragraph: Paragraph) -> float:
    return max(line.x1 for line in paragraph.lines) - min(line.x0 for line in paragraph.lines)


def _side_box_between(before: Paragraph, between: list[Paragraph]) -> bool:
    """Whether paragraphs read between a page's last body paragraph and the next page are a side
    box (each narrower than SIDE_BOX of the body paragraph, on its page), read after the main text."""
    return bool(between) and all(
        p.page == before.page and _width(p) < SIDE_BOX * _width(before) for p in between
    )


def reading_order(body: list[Paragraph], layout: Layout) -> list[Paragraph]:
    """The body paragraphs, a paragraph cut by a page break put back together: when a page's side
    box was read after its main text and the next page opens on the rest of the main text's last
    paragraph, the side box waits until that paragraph ends."""
    ordered = list(body)
    for index in range(1, len(ordered)):
        following = ordered[index]
        if ordered[index - 1].page == following.page:
            continue
        start = index - 1
        while start > 0 and _side_box_between(ordered[start - 1], ordered[start:index]):
            start -= 1
            if _continues(ordered[start], following, layout):
                ordered.insert(start + 1, ordered.pop(index))
                break
    return ordered


def compose(
    body: list[Paragraph],
    furniture: list[Paragraph],
    layout: Layout,
    raw: RawText,
    marked: Paragraph | None = None,
) -> tuple[dict[int, int], tuple[int, int] | None]:
    """Write paragraphs into raw; returns where each page's body starts in raw, and where the
    marked paragraph (the layout title) landed."""
    page_starts: dict[int, int] = {}
    marked_range: tuple[int, int] | None = None
    previous: Paragraph | None = None
    under_headline = marked is None  # a letterhead above the headline is set line by line
    for paragraph in reading_order(body, layout):
        if previous is not None:
            if _continues(previous, paragraph, layout):
                raw.separator(raw.join_line(paragraph.lines[0].chars))
            elif _number_goes_on(previous, paragraph):
                wrap = wrap_separator(previous.lines[-1], paragraph.lines[0], False, False)
                raw.separator(" " if wrap == " " else "\n\n")
            else:
                raw.separator("\n\n")
        page_starts.setdefault(paragraph.page, len(raw.chars))
        start = len(raw.chars)
        prose = _is_prose(paragraph, layout)
        raw.paragraph(paragraph, paragraph is marked, prose, prose and under_headline)
        if paragraph is marked:
            marked_range = (start, len(raw.chars))
            under_headline = True
        previous = paragraph
    previous = None
    for paragraph in furniture:
        if previous is not None and _number_goes_on(previous, paragraph):
            wrap = wrap_separator(previous.lines[-1], paragraph.lines[0], False, False)
            raw.separator(" " if wrap == " " else "\n\n")
        elif raw.chars:
            raw.separator("\n\n")
        raw.paragraph(paragraph)
        previous = paragraph
    return page_starts, marked_range
