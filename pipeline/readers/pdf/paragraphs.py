"""Stage 4a, blocks -> lines -> paragraphs.

A block's segments are grouped into lines by vertical overlap; consecutive lines are one paragraph
unless the gap between them widens past the document's paragraph gap or the font size changes (so
a title in a larger font stands as its own paragraph, apart from the letterhead above it). A line
keeps a box per character; the spaces between its segments get the empty box.
"""

from __future__ import annotations

from pipeline.readers.pdf.blocks import xy_cut
from pipeline.readers.pdf.glyphs import NO_BOX, Box
from pipeline.readers.pdf.layout import Layout
from pipeline.readers.pdf.segments import Segment, dominant_size

SIZE_CHANGE = 0.15
"""Consecutive lines whose font sizes differ by more than this fraction are separate paragraphs."""


class Line:
    __slots__ = ("chars", "boxes", "size", "top", "bottom")

    def __init__(self, segments: list[Segment]) -> None:
        segments.sort(key=lambda s: s.x0)
        self.chars: list[str] = []
        self.boxes: list[Box] = []
        for i, segment in enumerate(segments):
            if i:
                self.chars.append(" ")
                self.boxes.append(NO_BOX)
            for char, box in segment.pieces():
                self.chars.append(char)
                self.boxes.append(box)
        self.size = dominant_size([g for s in segments for g in s.glyphs])
        self.top = min(s.top for s in segments)
        self.bottom = max(s.bottom for s in segments)


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


def page_paragraphs(segments: list[Segment], layout: Layout, page: int) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    for block in xy_cut(segments, layout):
        paragraphs.extend(block_paragraphs(block, layout, page))
    return paragraphs
