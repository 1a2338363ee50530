"""Stage 5 of reading a page: the chosen lines joined into raw text, each line's range tied to its
element's XPath, and those ranges carried over to the normalised text."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from pipeline.readers.html.config import settings
from pipeline.readers.html.lines import Line
from pipeline.readers.normalize import joins_next

WRAPPED_LINES, WRAPPED_LENGTH = 3, 60
"""A block of at least this many <br> lines, nearly all this long, holds copied line wraps."""


def wrapped_blocks(lines: list[Line]) -> set[int]:
    """Blocks whose <br> breaks are a copied layout's line wraps, not meant breaks: at least
    WRAPPED_LINES lines, nearly all as long as a printed line (text pasted from a PDF)."""
    by_block: dict[int, list[int]] = {}
    for line in lines:
        by_block.setdefault(id(line.element), []).append(len(line.text))
    return {
        block
        for block, lengths in by_block.items()
        if len(lengths) >= WRAPPED_LINES
        and sum(length >= WRAPPED_LENGTH for length in lengths[:-1]) >= 0.8 * (len(lengths) - 1)
    }


def _box_title(text: str) -> bool:
    """A short heading that names press contacts ('Contacts presse', 'Relations médias')."""
    config = settings()
    return len(text) <= config["max_header_line_chars"] and config["press_contact"].search(text) is not None


def _separator(previous: Line, line: Line, wrapped: set[int]) -> str:
    if line.continued and line.element is previous.element:
        last = previous.text.rsplit(" ", 1)[-1].lower()
        cut = id(line.element) in wrapped or last in settings()["continuation_words"]
        return " " if cut and joins_next(previous.text, line.text) else "\n"
    if line.kind == previous.kind and line.kind in ("item", "row"):
        return "\n"
    if previous.kind == "heading" and _box_title(previous.text):
        return "\n"  # 'Contact presse' over its lines, one block as a printed release sets it
    return "\n\n"


def compose(lines: list[Line], order: list[int], xpath) -> tuple[str, list[tuple[int, int, str]]]:
    """Raw text of the chosen lines, and each line's raw range with its element's XPath. A <br> is
    a line break, except where it cuts a sentence (the text reader's rule for soft wraps) in a
    block of copied line wraps or after a word that cannot end one ('de', 'la', 'pour'...)."""
    wrapped = wrapped_blocks([lines[i] for i in order])
    parts: list[str] = []
    ranges: list[tuple[int, int, str]] = []
    position = 0
    previous: Line | None = None
    paths: dict[int, str] = {}  # one XPath per element, not per line (a <br> block has many lines)
    for index in order:
        line = lines[index]
        if previous is not None:
            separator = _separator(previous, line, wrapped)
            parts.append(separator)
            position += len(separator)
        text = line.text
        parts.append(text)
        key = id(line.element)
        if key not in paths:
            paths[key] = xpath(line.element)
        ranges.append((position, position + len(text), paths[key]))
        position += len(text)
        previous = line
    return "".join(parts), ranges


def clean_ranges(ranges: list[tuple[int, int, str]], offsets: list[int]) -> list[tuple[int, int, str]]:
    """Raw-text ranges as clean-text ranges (offsets map each clean character to its raw one)."""
    out = []
    for start, end, path in ranges:
        clean_start, clean_end = bisect_left(offsets, start), bisect_right(offsets, end - 1)
        if clean_end > clean_start:
            out.append((clean_start, clean_end, path))
    return out


def emphasised_ranges(
    lines: list[Line], order: list[int], ranges: list[tuple[int, int, str]], clean: str, offsets: list[int]
) -> list[tuple[int, int]]:
    """The clean range of each stretch in italics of the chosen lines (`ranges`: each line's raw range,
    in `order`), kept only where the clean text holds exactly its words."""
    found = []
    for index, (start, _, _) in zip(order, ranges, strict=True):
        text, position = lines[index].text, 0
        for words in lines[index].emphasised:
            at = text.find(words, position)
            if at < 0:
                continue
            position = at + len(words)
            clean_start = bisect_left(offsets, start + at)
            clean_end = bisect_right(offsets, start + position - 1)
            if clean_end > clean_start and clean[clean_start:clean_end].split() == words.split():
                found.append((clean_start, clean_end))
    return found
