"""Turn raw lines (plain text or markdown) into clean text, keeping a map back to the source.

Cleaning removes markdown markers, invisible characters and layout whitespace, and rejoins
lines that a PDF-to-text conversion wrapped in the middle of a sentence, so that rules see
sentences rather than page lines.
"""

from __future__ import annotations

import re

from pipeline.readers.base import TextBuilder

HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+")
BULLET = re.compile(r"^[ \t]*[*+-][ \t]+")
INLINE = re.compile(
    r"(?P<image>!\[[^\]\n]*\]\([^)\s]*\))"
    r"|(?P<link>\[(?P<label>[^\]\n]*)\]\((?P<url>[^)\s]*)\))"
    r"|(?P<emphasis>\*+|__)"
    r"|(?P<space>[ \t\u00a0\u202f\u2007\u2009\u3000]+)"
    r"|(?P<invisible>[\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069])"
    r"|(?P<ligature>[\ufb00-\ufb06])"
    r"|(?P<control>[\x00-\x08\x0b\x0c\x0e-\x1f\x7f])"
)
NEEDS_CLEANING = re.compile(
    r"[\[*_\t\u00a0\u202f\u2007\u2009\u3000\u200b-\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
    r"\ufb00-\ufb06\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|  "
)
"""Anything INLINE would change besides a single space: a line without it is copied as it is. A
markdown image ('![bandeau](/medias/logo.png)') leaves nothing: its alt text is not printed."""
LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
SENTENCE_END = tuple('.!?:;»"”)')
LINE_SPLIT = re.compile(r"\r\n|\r|\n")


def split_lines(raw: str) -> list[tuple[int, str]]:
    """Lines of raw with their start offsets, whatever the line-end convention."""
    lines: list[tuple[int, str]] = []
    position = 0
    for match in LINE_SPLIT.finditer(raw):
        lines.append((position, raw[position : match.start()]))
        position = match.end()
    lines.append((position, raw[position:]))
    return lines


def clean_line(line: str, offset: int, markdown: bool) -> TextBuilder:
    """One line, cleaned: markdown markers and invisible characters out, spaces collapsed."""
    out = TextBuilder()
    if not NEEDS_CLEANING.search(line) and not (markdown and (HEADING.match(line) or BULLET.match(line))):
        text = line.strip(" ")  # most lines: plain words and single spaces, kept as they are
        out.copy(text, offset + len(line) - len(line.lstrip(" ")))
        return out
    position = 0
    if markdown:
        heading = HEADING.match(line)
        if heading:
            position = heading.end()
        else:
            bullet = BULLET.match(line)
            if bullet:
                out.insert("• ", offset)
                position = bullet.end()
    pending_space: int | None = None
    for match in INLINE.finditer(line, position):
        _flush(out, line, offset, position, match.start(), pending_space)
        if match.start() > position:
            pending_space = None
        position = match.end()
        kind = match.lastgroup
        if kind == "space" or (kind == "control" and match.group() in "\x0b\x0c"):
            if out.offsets and pending_space is None:
                pending_space = offset + match.start()
        elif kind == "image" and not markdown:  # plain text: the mark stays, the link is a link
            _flush(out, line, offset, match.start(), match.start() + 1, pending_space)
            _copy_link(out, INLINE.match(line, match.start() + 1), offset, None)
            pending_space = None
        elif kind == "link":
            _copy_link(out, match, offset, pending_space)
            pending_space = None
        elif kind == "emphasis" and not markdown:
            _flush(out, line, offset, match.start(), match.end(), pending_space)
            pending_space = None
        elif kind == "ligature":
            if pending_space is not None:
                out.copy(" ", pending_space)
                pending_space = None
            out.insert(LIGATURES[match.group()], offset + match.start())
    _flush(out, line, offset, position, len(line), pending_space)
    return out


def _flush(out: TextBuilder, line: str, offset: int, start: int, end: int, pending_space: int | None) -> None:
    if start >= end:
        return
    if pending_space is not None:
        out.insert(" ", pending_space)
    out.copy(line[start:end], offset + start)


def _copy_link(out: TextBuilder, match: re.Match, offset: int, pending_space: int | None) -> None:
    """A markdown link keeps its label; a mailto: link keeps its address when the label lacks it."""
    label, url = match.group("label"), match.group("url")
    if pending_space is not None:
        out.insert(" ", pending_space)
    label_start = offset + match.start("label")
    if label:
        cleaned = clean_line(label, label_start, markdown=True)
        out.extend(*cleaned.build())
    if url.lower().startswith("mailto:"):
        address = url[len("mailto:") :]
        if address and address.lower() not in (label or "").lower():
            address_start = offset + match.start("url") + len("mailto:")
            out.insert(" (" if label else "", address_start)
            out.copy(address, address_start)
            out.insert(")" if label else "", address_start + len(address) - 1)


ADDRESS_LINE = re.compile(r"[\w.+-]+@[\w-]+\.|www\.|https?://", re.IGNORECASE)
"""A line opening on an e-mail or web address."""
CONTACT_LINE_END = re.compile(r"(?:\d|@[\w.-]+\.[a-z]{2,})$", re.IGNORECASE)
"""A line ending on a phone number's digits or an e-mail address."""
GUTTER = re.compile(r"(?<=\S)[ ]{3,}(?=\S)")
"""A blank of three spaces or more between two words: where a line printed across columns opens its
next column (or a justified line's stretched space)."""
PHONE_START = re.compile(r"(?:\+\d{2}|0)[ .]?\d(?:[ .]?\d{2}){4}\b")
"""A line opening on a phone number."""
STYLED_LINE = re.compile(r"\s*(?P<mark>\*\*|__|\*|_)(?=\S).*\S(?P=mark)\s*")
"""A markdown line set whole in one emphasis ('**Fonds X**', '*au service de …*')."""


def styled_apart(previous_raw: str, following_raw: str) -> bool:
    """Two lines each set whole in a different emphasis (a bold name over its tagline in italics)
    are two elements of a layout, never one sentence wrapped."""
    first, second = STYLED_LINE.fullmatch(previous_raw), STYLED_LINE.fullmatch(following_raw)
    return bool(first and second and len(first["mark"]) != len(second["mark"]))


def joins_next(previous: str, following: str) -> bool:
    """Whether a line break is a soft wrap inside a sentence (next line starts in lower case); a
    line of addresses under a line of numbers or addresses is a contact block's next line ('06 30 12
    45 78    02 35 55 26 00' / 'julie@x.fr    t.brunet@y.fr'), never the rest of a sentence."""
    return (
        bool(previous and following)
        and following[0].islower()
        and not previous.endswith(SENTENCE_END)
        and not (ADDRESS_LINE.match(following) and CONTACT_LINE_END.search(previous))
    )


def columns_apart(previous_raw: str, following_raw: str) -> bool:
    """Two rows of contact boxes printed side by side ('Anne Roux, directrice     Paul Vidal' over
    'a.roux@x.fr               06 …'): columns opening at the same place and the next row opening on
    an address or a phone number, never one sentence wrapped. Prose beside a box ('le musée      │
    INFOS PRATIQUES' over 'présente vingt-trois …') is a sentence that wraps past the box: joined."""
    opened = {m.end() for m in GUTTER.finditer(previous_raw)}
    row = following_raw.lstrip()
    return any(m.end() in opened for m in GUTTER.finditer(following_raw)) and bool(
        ADDRESS_LINE.match(row) or PHONE_START.match(row)
    )


def normalize(raw: str, markdown: bool, join_wraps: bool = True) -> tuple[str, list[int]]:
    """Clean text of raw and, for each of its characters, the offset in raw it came from. Soft
    wraps are rejoined unless join_wraps is false (a reader that knows its line breaks are meant)."""
    out = TextBuilder()
    blank_run = 0
    previous_text = previous_line = ""
    for line_start, line in split_lines(raw):
        text, offsets = clean_line(line, line_start, markdown).build()
        if text.startswith(" "):
            text, offsets = text[1:], offsets[1:]
        if text.endswith(" "):
            text, offsets = text[:-1], offsets[:-1]
        if not text:
            blank_run += 1
            continue
        if out.offsets:
            separator_at = max(line_start - 1, 0)
            if blank_run:
                out.insert("\n\n", separator_at)
            elif (
                join_wraps
                and joins_next(previous_text, text)
                and not (markdown and styled_apart(previous_line, line))
                and not columns_apart(previous_line, line)
            ):
                out.insert(" ", separator_at)
            else:
                out.insert("\n", separator_at)
        out.extend(text, offsets)
        previous_text, previous_line = text, line
        blank_run = 0
    return out.build()
