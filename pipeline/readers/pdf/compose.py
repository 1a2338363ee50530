"""Stage 4b, paragraphs -> raw text: the reader's text in reading order, with a box per character.

Lines of a paragraph are separated by "\\n", paragraphs by a blank line, the furniture comes last.
A word hyphenated at a line end is rejoined, unless the hyphen belongs to it (French compounds and
inverted pronouns: "peut-être", "a-t-il"); a body paragraph that goes on across a page or column
break (a lowercase start, the same size, no sentence end before) is joined as one paragraph.
"""

from __future__ import annotations

import re

from pipeline.readers.normalize import SENTENCE_END
from pipeline.readers.pdf.glyphs import NO_BOX, Box
from pipeline.readers.pdf.layout import Layout
from pipeline.readers.pdf.paragraphs import SIZE_CHANGE, Paragraph

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


class RawText:
    """The reader's raw text (lines, blank lines between paragraphs) and a box per character."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.boxes: list[Box] = []

    def add(self, chars: list[str], boxes: list[Box]) -> None:
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

    def paragraph(self, paragraph: Paragraph) -> None:
        for i, line in enumerate(paragraph.lines):
            if i:
                self.separator(self.join_line(line.chars))
            self.add(line.chars, line.boxes)

    def text(self) -> str:
        return "".join(self.chars)


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
    for paragraph in body:
        if previous is not None:
            if _continues(previous, paragraph, layout):
                raw.separator(raw.join_line(paragraph.lines[0].chars))
            else:
                raw.separator("\n\n")
        page_starts.setdefault(paragraph.page, len(raw.chars))
        start = len(raw.chars)
        raw.paragraph(paragraph)
        if paragraph is marked:
            marked_range = (start, len(raw.chars))
        previous = paragraph
    for paragraph in furniture:
        if raw.chars:
            raw.separator("\n\n")
        raw.paragraph(paragraph)
    return page_starts, marked_range
