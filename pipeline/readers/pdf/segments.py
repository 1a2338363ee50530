"""Stage 1b, glyphs -> segments: the unit the layout analysis moves.

Glyphs sharing a baseline and horizontally close make a segment; a gap of about an em splits a
row, so a column gutter never lies inside one, unless the row is justified text whose word spaces
are all that wide (a justified headline, a narrow justified column): a gutter is wider than the
row's other word spaces, or has text of another size on its other side (a justified line of a side
box in small print beside the body's date line). A segment knows where its word spaces fall (a drawn
space, or a gap wider than a fraction of an em: pages that draw their spaces need a wider gap).
Superscripts ("5ème", footnote calls) and bullets drawn off the baseline or set apart as with a
tab are attached to the segment they belong to, so they stay in their word or line. Vertical text
is read column by column along its direction.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from pipeline.readers.pdf.glyphs import NO_BOX, Box, Glyph

# Geometry, in ems of the font size.
ROW_TOLERANCE = 0.3
"""Glyphs whose baselines differ by less than this share a row."""
SEGMENT_GAP = 1.0
"""A horizontal gap wider than this splits a row into segments (a gutter is never inside one)."""
JUSTIFIED_SPACES = 3
"""A row with at least this many word spaces can be justified text: its wide spaces are not gutters."""
GUTTER_OVER_SPACE = 1.4
"""In such a row a gap splits only if it is this much wider than the row's usual word space."""
JUSTIFIED_MAX_GAP = 3.0
"""No word space of justified text is wider than this (ems)."""
SIZE_STEP = 0.15
"""Glyphs whose font sizes differ by more than this fraction, with such a gap between them, belong to
two texts set side by side (a side box's small print beside the body's date line)."""
SPACE_GAP_EXPLICIT = 0.3
SPACE_GAP_IMPLICIT = 0.18
"""A gap wider than this is a word space (pages that draw their spaces need a wider gap)."""
BULLET_CHARS = frozenset("•◦▪▫■□●○‣⁃∙·➢➤►▶▸✓✔❖◆◇➔→")
PRIVATE_BULLETS = frozenset("\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf075\uf0e0\uf0d7\uf0f0\uf02d")


class Segment:
    """Glyphs of one row with no wide gap between them: the unit the layout analysis moves."""

    __slots__ = ("glyphs", "x0", "x1", "top", "bottom", "size", "space_gap", "table_column", "_text")

    def __init__(self, glyphs: list[Glyph], space_gap: float) -> None:
        self.glyphs = glyphs
        self.space_gap = space_gap
        self.table_column: int | None = None  # set when the segment is a cell of a table
        self._text: str | None = None
        self.x0 = min(g.x0 for g in glyphs)
        self.x1 = max(g.x1 for g in glyphs)
        self.top = min(g.top for g in glyphs)
        self.bottom = max(g.bottom for g in glyphs)
        self.size = dominant_size(glyphs)

    def absorb(self, other: Segment) -> None:
        """Take in a superscript or a bullet; the vertical extent stays that of the main text."""
        self.glyphs = sorted(self.glyphs + other.glyphs, key=lambda g: g.x0)
        self.x0, self.x1 = min(self.x0, other.x0), max(self.x1, other.x1)
        self._text = None

    def pieces(self) -> list[tuple[str, Box]]:
        """The segment's characters with their boxes, word spaces inserted (with no box)."""
        out: list[tuple[str, Box]] = []
        previous: Glyph | None = None
        for glyph in self.glyphs:
            if previous is not None and (
                glyph.space or glyph.x0 - previous.x1 > self.space_gap * max(glyph.size, previous.size)
            ):
                out.append((" ", NO_BOX))
            text = glyph.text
            if text in PRIVATE_BULLETS:
                text = "•"
            for char in text:
                out.append((char, glyph.box))
            previous = glyph
        return out

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(char for char, _ in self.pieces())
        return self._text


def dominant_size(glyphs: list[Glyph]) -> float:
    """The font size most glyphs have (superscripts and drop caps do not count)."""
    if len(glyphs) == 1:
        return glyphs[0].size
    counts = Counter(round(g.size * 2) / 2 for g in glyphs)
    return counts.most_common(1)[0][0]


def _vertical_overlap(a, b) -> float:
    return min(a.bottom, b.bottom) - max(a.top, b.top)


def build_segments(glyphs: list[Glyph], spaces: list[Glyph]) -> list[Segment]:
    """Rows by baseline, split at wide gaps; then superscripts and bullets attached."""
    space_gap = SPACE_GAP_EXPLICIT if len(spaces) > 0.05 * len(glyphs) else SPACE_GAP_IMPLICIT
    items = sorted(glyphs + spaces, key=lambda g: g.baseline)
    rows: list[list[Glyph]] = []
    anchor = anchor_size = 0.0
    for glyph in items:
        if not rows or glyph.baseline - anchor > ROW_TOLERANCE * min(anchor_size, glyph.size):
            rows.append([glyph])
            anchor, anchor_size = glyph.baseline, glyph.size
        else:
            rows[-1].append(glyph)
    segments: list[Segment] = []
    for row in rows:
        row.sort(key=lambda g: g.x0)
        word_space = _usual_word_space(row, space_gap)
        current: list[Glyph] = []
        pending_space = False
        for glyph in row:
            if glyph.text.isspace():
                pending_space = True
                continue
            if current:
                last = current[-1]
                gap, em = glyph.x0 - last.x1, max(glyph.size, last.size)
                if gap > SEGMENT_GAP * em and (
                    gap > GUTTER_OVER_SPACE * word_space
                    or gap > JUSTIFIED_MAX_GAP * em
                    or abs(glyph.size - last.size) > SIZE_STEP * em
                ):
                    segments.append(Segment(current, space_gap))
                    current = []
            glyph.space = pending_space and bool(current)
            pending_space = False
            current.append(glyph)
        if current:
            segments.append(Segment(current, space_gap))
    return attach_marks(segments)


def _usual_word_space(row: list[Glyph], space_gap: float) -> float:
    """The median gap between the words of a row of glyphs (x order), or 0 when the row has too
    few words to tell justified text from a gutter."""
    glyphs = [g for g in row if not g.text.isspace()]
    gaps = sorted(
        b.x0 - a.x1
        for a, b in zip(glyphs, glyphs[1:], strict=False)
        if b.x0 - a.x1 > space_gap * max(a.size, b.size)
    )
    return gaps[len(gaps) // 2] if len(gaps) >= JUSTIFIED_SPACES else 0.0


def _is_bullet(segment: Segment) -> bool:
    return all(g.text in BULLET_CHARS or g.text in PRIVATE_BULLETS for g in segment.glyphs)


def attach_marks(segments: list[Segment]) -> list[Segment]:
    """Superscripts (5ème, 1er, footnote calls) and bullets drawn off the baseline join their line."""
    if len(segments) < 2:
        return segments
    by_top = sorted(segments, key=lambda s: s.top)
    tops = [s.top for s in by_top]
    tallest = max(s.bottom - s.top for s in by_top)
    absorbed: set[int] = set()
    for mark in by_top:
        bullet = _is_bullet(mark)
        if len(mark.glyphs) > 6 and not bullet:
            continue
        best, best_score = None, None
        # only segments that can overlap the mark vertically: top within [mark.top - tallest, mark.bottom)
        for position in range(bisect_left(tops, mark.top - tallest), bisect_left(tops, mark.bottom)):
            host = by_top[position]
            overlap = _vertical_overlap(mark, host)
            if host is mark or id(host) in absorbed or overlap <= 0:
                continue
            if bullet:
                distance = host.x0 - mark.x1
                if _is_bullet(host) or distance < -1 or distance > 3 * host.size:
                    continue
            else:
                if mark.size > 0.85 * host.size or len(host.glyphs) <= len(mark.glyphs):
                    continue
                distance = max(host.x0 - mark.x1, mark.x0 - host.x1, 0.0)
                if distance > 0.5 * host.size:
                    continue
            score = (round(overlap / (mark.bottom - mark.top or 1.0), 1), -distance)
            if best_score is None or score > best_score:
                best, best_score = host, score
        if best is not None:
            best.absorb(mark)
            absorbed.add(id(mark))
    return [s for s in segments if id(s) not in absorbed]


def rotated_lines(rotated: list[tuple[Glyph, float]]) -> list[Segment]:
    """Vertical text (photo credits along the edge): one line per column, read along its direction."""
    columns: list[list[tuple[Glyph, float]]] = []
    for glyph, direction in sorted(rotated, key=lambda item: (item[0].x0 + item[0].x1) / 2):
        center = (glyph.x0 + glyph.x1) / 2
        if columns and center - (columns[-1][-1][0].x0 + columns[-1][-1][0].x1) / 2 <= 0.5 * glyph.size:
            columns[-1].append((glyph, direction))
        else:
            columns.append([(glyph, direction)])
    lines = []
    for column in columns:
        upward = sum(1 for _, d in column if d > 0) * 2 >= len(column)
        ordered = sorted((g for g, _ in column), key=lambda g: -g.bottom if upward else g.top)
        previous = None
        for glyph in ordered:
            glyph.space = (
                previous is not None
                and ((previous.top - glyph.bottom) if upward else (glyph.top - previous.bottom))
                > SPACE_GAP_IMPLICIT * glyph.size
            )
            previous = glyph
        lines.append(Segment(ordered, SPACE_GAP_IMPLICIT))  # glyphs in reading order, not x order
    return lines
