"""Stage 3, segments -> blocks: a page cut recursively along its widest strips of white (XY cut).

A vertical strip through the whole region separates columns (read left to right) or a side box
(a narrow column with less text, read after the main text beside it); a column of bullets or
numbers belongs to the text on its right and is never cut off. A horizontal strip clearly wider
than the line spacing separates paragraphs, or a title from the columns under it.
"""

from __future__ import annotations

import re

from pipeline.readers.pdf.layout import Layout
from pipeline.readers.pdf.segments import Segment

# Geometry, in ems of the font size unless said otherwise.
MIN_GUTTER = 0.6
"""Narrowest vertical strip of white that separates columns or a side box."""
SIDE_BOX = 0.5
"""A column narrower than this fraction of its neighbour, with less text, is a side box."""
SAME_SIZE = 0.15
"""Font sizes differing by at most this fraction are one font (items of one row)."""
MARKER = re.compile(r"^(?:[•◦▪▫■□●○‣⁃∙·➢➤►▶▸✓✔❖◆◇➔→*\-–—]|\(?\d{1,2}[.)°]|\(?[a-zA-Z][.)])$")


def xy_cut(segments: list[Segment], layout: Layout) -> list[list[Segment]]:
    """Blocks of segments in reading order, by recursive cuts along the widest strip of white.

    A vertical strip through the whole region separates columns (read left to right) or a side
    box (read after the main text); a horizontal one, clearly taller than the line spacing,
    separates paragraphs or a title from what is under it. The wider strip is cut first, so
    that a title over three columns is taken off before the columns are split.
    """
    blocks: list[list[Segment]] = []
    pending = [segments] if segments else []  # regions still to cut, next one last
    while pending:
        region = pending.pop()
        if len(region) == 1:
            blocks.append(region)
            continue
        columns, gutter = split_columns(region)
        rows, gap = split_rows(region, layout)
        if columns and _items_of_one_row(columns, region):
            columns = None
        if columns and gutter >= gap:
            pending.extend(reversed(columns))
        elif rows:
            pending.extend(reversed(rows))
        else:
            blocks.append(region)
    return blocks


def _items_of_one_row(parts: list[list[Segment]], region: list[Segment]) -> bool:
    """Parts that are only items set along the region's top row, in the font of that row (two
    letterheads side by side, a dateline at the right end of the letterhead's line), or two parts
    of which one goes on below: a line with wide blanks, read left to right, not columns. A table's
    row of three cells, one of them wrapped, stays cut into cells."""
    top = min(region, key=lambda s: s.top)
    level = [
        part
        for part in parts
        if all(s.top < top.bottom and s.bottom > top.top for s in part)
        and all(abs(s.size - top.size) <= SAME_SIZE * max(s.size, top.size) for s in part)
    ]
    return len(level) == len(parts) or len(parts) == 2 and len(level) == 1


def _is_markers(segments: list[Segment]) -> bool:
    return all(MARKER.match(s.text) for s in segments)


def split_columns(segments: list[Segment]) -> tuple[list[list[Segment]] | None, float]:
    """Parts between vertical strips of white running through the whole region, and the widest strip."""
    ordered = sorted(segments, key=lambda s: s.x0)
    sizes = sorted(s.size for s in segments)
    minimum = max(4.0, MIN_GUTTER * sizes[len(sizes) // 2])
    groups = [[ordered[0]]]
    gaps: list[float] = []
    right = ordered[0].x1
    for segment in ordered[1:]:
        if segment.x0 - right >= minimum:
            groups.append([segment])
            gaps.append(segment.x0 - right)
        else:
            groups[-1].append(segment)
        right = max(right, segment.x1)
    if len(groups) == 1:
        return None, 0.0
    merged: list[list[Segment]] = [groups[0]]
    kept: list[float] = []
    for group, gap in zip(groups[1:], gaps, strict=False):
        if _is_markers(merged[-1]):
            merged[-1].extend(group)  # a column of bullets or numbers belongs to the text on its right
        else:
            merged.append(group)
            kept.append(gap)
    if len(merged) > 1 and _is_markers(merged[-1]):
        merged[-2].extend(merged.pop())
        kept.pop()
    if len(merged) == 1:
        return None, 0.0
    if len(merged) == 2:
        left, right_part = merged
        width_left = max(s.x1 for s in left) - min(s.x0 for s in left)
        width_right = max(s.x1 for s in right_part) - min(s.x0 for s in right_part)
        chars_left = sum(len(s.glyphs) for s in left)
        chars_right = sum(len(s.glyphs) for s in right_part)
        if width_left < SIDE_BOX * width_right and chars_left < SIDE_BOX * chars_right:
            merged = [right_part, left]  # a side box on the left is read after the main text
    return merged, max(kept)


def split_rows(segments: list[Segment], layout: Layout) -> tuple[list[list[Segment]] | None, float]:
    """The region cut at its tallest horizontal strips of white (clearly more than line spacing).

    Strips nearly as tall as the tallest are cut together: evenly spaced paragraphs are split in
    one pass instead of one cut per paragraph.
    """
    ordered = sorted(segments, key=lambda s: s.top)
    lowest = ordered[0]
    cuts: list[tuple[int, float]] = []
    for index in range(1, len(ordered)):
        segment = ordered[index]
        gap = segment.top - lowest.bottom
        if gap > 0 and gap > layout.paragraph_gap(min(lowest.size, segment.size)):
            cuts.append((index, gap))
        if segment.bottom > lowest.bottom:
            lowest = segment
    if not cuts:
        return None, 0.0
    widest = max(gap for _, gap in cuts)
    bounds = [index for index, gap in cuts if gap >= 0.9 * widest]
    parts = [ordered[a:b] for a, b in zip([0] + bounds, bounds + [len(ordered)], strict=False)]
    return parts, widest
