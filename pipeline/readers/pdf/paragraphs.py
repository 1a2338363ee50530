"""Stage 4a, blocks -> lines -> paragraphs.

A block's segments are grouped into lines by vertical overlap; consecutive lines are one paragraph
unless the gap between them widens past the document's paragraph gap or the font size changes (so
a title in a larger font stands as its own paragraph, apart from the letterhead above it). A line
keeps a box per character; the spaces between its segments get the empty box.

A line also learns the right edge of its column, where its text would wrap: the farthest right
that lines starting at the same left edge reach on the page (a headline set in the body's
column wraps where the body does), when several lines reach
it. A column has many such lines; a centred line, a lone one or a letterhead whose one long line
sets no edge has none, and its breaks are kept.
"""

from __future__ import annotations

from pipeline.readers.pdf.blocks import xy_cut
from pipeline.readers.pdf.glyphs import NO_BOX, Box
from pipeline.readers.pdf.layout import Layout
from pipeline.readers.pdf.segments import Segment, dominant_size

SIZE_CHANGE = 0.15
"""Consecutive lines whose font sizes differ by more than this fraction are separate paragraphs."""
COLUMN_LINES = 3
"""Lines starting at the same left edge (within half an em) that make a column."""
ITEMS_APART = 2.0
"""A blank wider than this (ems), and twice as wide as the line's other blanks between segments
(a justified line's word spaces are all alike), parts items set along one line (a letterhead and a
dateline, two logos' names): the line's text ends before it where the column's right edge is
concerned."""


class Line:
    __slots__ = (
        "chars",
        "boxes",
        "size",
        "top",
        "bottom",
        "x0",
        "x1",
        "item_gaps",
        "text_x1",
        "last_item_x0",
        "column_right",
        "page_edge",
        "reach",
    )

    def __init__(self, segments: list[Segment]) -> None:
        segments.sort(key=lambda s: s.x0)
        self.size = dominant_size([g for s in segments for g in s.glyphs])
        self.chars: list[str] = []
        self.boxes: list[Box] = []
        self.item_gaps: list[int] = []  # the spaces standing for a blank that parts items
        self.text_x1 = segments[0].x1  # where the first item ends
        self.last_item_x0 = segments[0].x0  # where the last item starts
        blanks = [b.x0 - a.x1 for a, b in zip(segments, segments[1:], strict=False)]
        for i, segment in enumerate(segments):
            if i:
                blank, others = blanks[i - 1], blanks[: i - 1] + blanks[i:]
                if blank > ITEMS_APART * self.size and blank > 2 * min(others, default=0):
                    self.item_gaps.append(len(self.chars))
                    self.last_item_x0 = segment.x0
                elif not self.item_gaps:
                    self.text_x1 = segment.x1
                self.chars.append(" ")
                self.boxes.append(NO_BOX)
            for char, box in segment.pieces():
                self.chars.append(char)
                self.boxes.append(box)
        self.top = min(s.top for s in segments)
        self.bottom = max(s.bottom for s in segments)
        self.x0 = min(s.x0 for s in segments)
        self.x1 = max(s.x1 for s in segments)
        self.column_right: float | None = None
        self.page_edge: float | None = None
        self.reach = self.x1


class Paragraph:
    __slots__ = ("lines", "size", "page")

    def __init__(self, lines: list[Line], page: int) -> None:
        self.lines, self.page = lines, page
        self.size = lines[0].size


def block_lines(segments: list[Segment]) -> list[Line]:
    """Segments of a block grouped into lines by vertical overlap, top to bottom."""
    rows: list[list[Segment]] = []
    top = bottom = 0.0
    for segment in sorted(segments, key=lambda s: s.top):
        height = segment.bottom - segment.top
        if rows and min(bottom, segment.bottom) - max(top, segment.top) >= 0.5 * min(height, bottom - top):
            rows[-1].append(segment)
            bottom = max(bottom, segment.bottom)
        else:
            rows.append([segment])
            top, bottom = segment.top, segment.bottom
    return [Line(row) for row in rows]


def block_paragraphs(segments: list[Segment], layout: Layout, page: int) -> list[Paragraph]:
    """A block's lines, split into paragraphs where the gap widens or the font size changes."""
    paragraphs: list[Paragraph] = []
    current: list[Line] = []
    for line in block_lines(segments):
        if current:
            previous = current[-1]
            gap = line.top - previous.bottom
            sizes = (line.size, previous.size)
            if abs(sizes[0] - sizes[1]) > SIZE_CHANGE * max(sizes) or gap > layout.paragraph_gap(min(sizes)):
                paragraphs.append(Paragraph(current, page))
                current = []
        current.append(line)
    if current:
        paragraphs.append(Paragraph(current, page))
    return paragraphs


def page_paragraphs(
    segments: list[Segment], layout: Layout, page: int, width: float | None = None
) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    for block in xy_cut(segments, layout):
        paragraphs.extend(block_paragraphs(block, layout, page))
    set_column_edges([line for paragraph in paragraphs for line in paragraph.lines], width)
    return paragraphs


def _confirmed_edge(rights: list[float], size: float) -> float | None:
    """The farthest right of a column's lines, when there are enough lines and two end there."""
    right = max(rights)
    enough = len(rights) >= COLUMN_LINES and sum(x1 >= right - size for x1 in rights) >= 2
    return right if enough else None


def set_column_edges(lines: list[Line], width: float | None = None) -> None:
    """Each line's reach: the farthest right reached by the page's lines of its size that start at
    its left edge; and its column_right: that reach, when there are enough of these lines to make a
    column and at least two end there (one long line among short ones is no column's edge). A line
    of a size that makes no column (a headline) takes the nearest edge, at or past its own end, of
    the columns of other sizes starting where it starts (the body it is set above). Its page_edge
    is the nearest edge, at or past its end, of any column of the page or of the right margin
    (as wide as the left one, on a page of that width): where a headline set across two columns
    wraps."""
    page_edges: set[float] = set()
    if width and lines:
        page_edges.add(width - min(line.x0 for line in lines))
    for line in lines:
        at_left = [other for other in lines if abs(other.x0 - line.x0) <= 0.5 * line.size]
        by_size: dict[float, list[float]] = {}
        for other in at_left:
            by_size.setdefault(round(other.size * 2) / 2, []).append(other.text_x1)
        own = [o.text_x1 for o in at_left if abs(o.size - line.size) <= SIZE_CHANGE * max(o.size, line.size)]
        line.reach = max(own)
        line.column_right = _confirmed_edge(own, line.size)
        if line.column_right is None:
            edges = [_confirmed_edge(rights, size) for size, rights in by_size.items()]
            beyond = [edge for edge in edges if edge is not None and edge >= line.x1 - 0.5 * line.size]
            line.column_right = min(beyond, default=None)
        if line.column_right is not None:
            page_edges.add(line.column_right)
    for line in lines:
        line.page_edge = min((edge for edge in page_edges if edge >= line.x1 - 0.5 * line.size), default=None)
