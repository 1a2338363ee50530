"""Stage 1a, opening a page: pdfplumber's characters become glyphs with a box each.

A glyph keeps its text, its extent, its font size and its baseline, and the box that leads back to
the page ((page, x0, top, x1, bottom), rounded to a hundredth of a point). Three things are set
apart here, before any layout: the copies a fake bold draws a hair apart (read once), characters
that are no text (zero-width and direction marks, unmapped "(cid:N)" glyphs, glyphs off the page),
and rotated glyphs (vertical photo credits), which segments.rotated_lines reads apart.
"""

from __future__ import annotations

Box = tuple[int, float, float, float, float]
NO_BOX: Box = (0, 0.0, 0.0, 0.0, 0.0)

DOUBLE_STRIKE = 1.0
"""Points within which a second glyph of the same text and size is a fake-bold copy (pdfplumber's
dedupe_chars default); the narrowest real letter pair is wider."""
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e")
"""Zero-width and direction marks: drawn as glyphs by some producers, but no text and no space."""


class Glyph:
    """One drawn character (or ligature) with its box; space: a drawn space precedes it."""

    __slots__ = ("text", "x0", "x1", "top", "bottom", "size", "baseline", "box", "space")

    def __init__(self, text, x0, x1, top, bottom, size, baseline, box) -> None:
        self.text, self.x0, self.x1, self.top, self.bottom = text, x0, x1, top, bottom
        self.size, self.baseline, self.box, self.space = size, baseline, box, False


def drop_doubled_glyphs(chars: list[dict], tolerance: float = DOUBLE_STRIKE) -> list[dict]:
    """The chars without the copies a fake bold draws a hair apart ('CCoommmm...'): a glyph of the
    same text and size within `tolerance` points of a kept one is a copy. pdfplumber's
    dedupe_chars does this too, but in quadratic time (seconds on a long press kit)."""
    kept: list[dict] = []
    seen: dict[tuple, list[tuple[float, float]]] = {}
    cell = 2 * tolerance  # a copy lies in the glyph's cell or in the neighbour on its nearer side
    for char in chars:
        x, y = char["x0"] / cell, char["doctop"] / cell
        key = (char["text"], round(char["size"] or 0, 1))
        column, row = int(x), int(y)
        columns = (column, column - 1 if x - column < 0.5 else column + 1)
        rows = (row, row - 1 if y - row < 0.5 else row + 1)
        if not any(
            abs(ox - x) * cell <= tolerance and abs(oy - y) * cell <= tolerance
            for c in columns
            for r in rows
            for ox, oy in seen.get((*key, c, r), ())
        ):
            kept.append(char)
            seen.setdefault((*key, column, row), []).append((x, y))
    return kept


def page_glyphs(page, number: int) -> tuple[list[Glyph], list[Glyph], list[tuple[Glyph, float]]]:
    """Horizontal glyphs, drawn spaces, and rotated glyphs (with their direction) of a page."""
    width, height = float(page.width), float(page.height)
    glyphs: list[Glyph] = []
    spaces: list[Glyph] = []
    rotated: list[tuple[Glyph, float]] = []
    for char in drop_doubled_glyphs(page.chars):
        text = char["text"]
        if not text or text in INVISIBLE or text.startswith("(cid:"):
            continue
        x0, x1, top, bottom = char["x0"], char["x1"], char["top"], char["bottom"]
        if x1 < 0 or x0 > width or bottom < 0 or top > height:
            continue
        size = char["size"] or (bottom - top) or 1.0
        matrix = char.get("matrix") or (1, 0, 0, 1, 0, -bottom)
        box = (number, round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2))
        glyph = Glyph(text, x0, x1, top, bottom, size, -matrix[5], box)
        if abs(matrix[1]) > 1e-6 or abs(matrix[2]) > 1e-6 or matrix[0] < 0:
            if not text.isspace():
                rotated.append((glyph, matrix[1]))
        elif text.isspace():
            spaces.append(glyph)
        else:
            glyphs.append(glyph)
    return glyphs, spaces, rotated
