"""Reader for .pdf files: pdfplumber glyphs put back in reading order, with a box per character.

Reading order is rebuilt from geometry rather than taken from the content stream:

1. glyphs -> segments: glyphs sharing a baseline and horizontally close (a gap of about an em
   splits a segment, so a column gutter never lies inside one); superscripts and detached
   bullets are attached to the segment they belong to;
2. page furniture: bare page numbers are dropped; running headers and footers (the same text
   in the top or bottom band of several pages) and a small-print footer block (typically the
   press contacts) are taken out of the body and appended after it, once, after a blank line.
   The first page's header stays in place: it is the letterhead;
3. segments -> blocks by a recursive XY cut: a vertical gutter splits first (columns, side
   boxes; a narrow side box is read after the main text beside it), then horizontal gaps
   clearly wider than the line spacing (paragraphs);
4. blocks -> lines -> paragraphs: lines of a paragraph are separated by "\\n", paragraphs by a
   blank line. A change of font size also starts a paragraph, so the title (the first page's
   largest font) stands as its own paragraph, apart from the letterhead above it. Words
   hyphenated at a line end are rejoined.

The raw text then goes through the same normalisation as text files (spaces, ligatures, soft
wraps); each clean character keeps the box of the glyph it came from, and characters that no
glyph produced (spaces, line breaks) get the empty box (0, 0, 0, 0, 0). source_offsets are
offsets into that raw reading-order text, so they increase along the clean text like a text
file's; the boxes, not the offsets, lead back to the page.
"""

from __future__ import annotations

import io
import logging
import re
from bisect import bisect_left
from collections import Counter
from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers import ocr
from pipeline.readers.base import PageInfo, SourceDocument, document_id, sha256_bytes
from pipeline.readers.normalize import SENTENCE_END, normalize

Box = tuple[int, float, float, float, float]
NO_BOX: Box = (0, 0.0, 0.0, 0.0, 0.0)

SCANNED = "no text layer: scanned PDF, OCR not supported"
ENCRYPTED = "encrypted PDF (password protected)"
NOT_PDF = "not a PDF (no %PDF header)"

TITLE_SIZE_RATIO = 1.25
"""A headline's font is at least this much larger than the body text's."""
TITLE_SEARCH_PARAGRAPHS = 8
"""The headline is among the first page's first paragraphs."""

# Geometry, in ems of the font size unless said otherwise.
ROW_TOLERANCE = 0.3
"""Glyphs whose baselines differ by less than this share a row."""
SEGMENT_GAP = 1.0
"""A horizontal gap wider than this splits a row into segments (a gutter is never inside one)."""
SPACE_GAP_EXPLICIT = 0.3
SPACE_GAP_IMPLICIT = 0.18
"""A gap wider than this is a word space (pages that draw their spaces need a wider gap)."""
MIN_GUTTER = 0.6
"""Narrowest vertical strip of white that separates columns or a side box."""
PARAGRAPH_PITCH = 1.4
"""A paragraph starts where the line pitch exceeds the usual one by this factor."""
SIZE_CHANGE = 0.15
"""Consecutive lines whose font sizes differ by more than this fraction are separate paragraphs."""
SIDE_BOX = 0.5
"""A column narrower than this fraction of its neighbour, with less text, is a side box."""
DOUBLE_STRIKE = 1.0
"""Points within which a second glyph of the same text and size is a fake-bold copy (pdfplumber's
dedupe_chars default); the narrowest real letter pair is wider."""
HEADER_BAND, FOOTER_BAND = 0.12, 0.88
"""Fractions of the page height where running headers, footers and page numbers are looked for."""
FOOTER_BLOCK_BAND = 0.70
FOOTER_BLOCK_GAP = 1.0
FOOTER_BLOCK_SIZE = 0.92
"""A block below this fraction of the page, after a gap, all in smaller print than the text above it,
is footer furniture (press contacts, footnotes, legal lines)."""

PAGE_NUMBER = re.compile(
    r"^[\s\-–—(\[]*(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:/|sur|of|de)\s*\d{1,4})?[\s\-–—)\]]*$", re.IGNORECASE
)
BULLET_CHARS = frozenset("•◦▪▫■□●○‣⁃∙·➢➤►▶▸✓✔❖◆◇➔→")
PRIVATE_BULLETS = frozenset("\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf075\uf0e0\uf0d7\uf0f0\uf02d")
MARKER = re.compile(r"^(?:[•◦▪▫■□●○‣⁃∙·➢➤►▶▸✓✔❖◆◇➔→*\-–—]|\(?\d{1,2}[.)°]|\(?[a-zA-Z][.)])$")
HYPHENS = "-\u00ad\u2010"
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e")
"""Zero-width and direction marks: drawn as glyphs by some producers, but no text and no space."""
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

logging.getLogger("pdfminer").setLevel(logging.ERROR)


class Glyph:
    """One drawn character (or ligature) with its box; space: a drawn space precedes it."""

    __slots__ = ("text", "x0", "x1", "top", "bottom", "size", "baseline", "box", "space")

    def __init__(self, text, x0, x1, top, bottom, size, baseline, box) -> None:
        self.text, self.x0, self.x1, self.top, self.bottom = text, x0, x1, top, bottom
        self.size, self.baseline, self.box, self.space = size, baseline, box, False


class Segment:
    """Glyphs of one row with no wide gap between them: the unit the layout analysis moves."""

    __slots__ = ("glyphs", "x0", "x1", "top", "bottom", "size", "space_gap", "_text")

    def __init__(self, glyphs: list[Glyph], space_gap: float) -> None:
        self.glyphs = glyphs
        self.space_gap = space_gap
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


# -- 1. glyphs -> segments ---------------------------------------------------------------------


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
        current: list[Glyph] = []
        pending_space = False
        for glyph in row:
            if glyph.text.isspace():
                pending_space = True
                continue
            if current:
                last = current[-1]
                if glyph.x0 - last.x1 > SEGMENT_GAP * max(glyph.size, last.size):
                    segments.append(Segment(current, space_gap))
                    current = []
            glyph.space = pending_space and bool(current)
            pending_space = False
            current.append(glyph)
        if current:
            segments.append(Segment(current, space_gap))
    return attach_marks(segments)


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


# -- 2. document statistics and page furniture ----------------------------------------------


class Layout:
    """Figures measured over the whole document that the layout thresholds depend on."""

    def __init__(self, pages: list[list[Segment]]) -> None:
        sizes: Counter = Counter()
        for segments in pages:
            for segment in segments:
                sizes[round(segment.size * 2) / 2] += len(segment.glyphs)
        self.body_size = sizes.most_common(1)[0][0] if sizes else 10.0
        self.gap_ratio = self._line_gap(pages)

    def _line_gap(self, pages: list[list[Segment]]) -> float:
        """Usual white gap between two lines of body text, in ems."""
        gaps = []
        for segments in pages:
            body = sorted(
                (s for s in segments if abs(s.size - self.body_size) <= 0.1 * self.body_size),
                key=lambda s: s.top,
            )
            for i, segment in enumerate(body):
                for below in body[i + 1 : i + 12]:
                    if below.top >= segment.bottom - 0.2 * segment.size and min(below.x1, segment.x1) > max(
                        below.x0, segment.x0
                    ):
                        gap = (below.top - segment.bottom) / segment.size
                        if gap < 3:
                            gaps.append(gap)
                        break
        if not gaps:
            return 0.25
        gaps.sort()
        return min(max(gaps[len(gaps) // 2], 0.0), 1.2)

    def paragraph_gap(self, size: float) -> float:
        """White gap above which two lines of this size belong to different paragraphs."""
        pitch = (1 + self.gap_ratio) * size
        return PARAGRAPH_PITCH * pitch - size


def furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text.lower()))


def split_furniture(pages: list[dict], layout: Layout) -> None:
    """Mark each page's segments: body, dropped (page numbers), header, footer (kept for the end)."""
    counts: Counter = Counter()
    for page in pages:
        keys = set()
        for segment in page["segments"]:
            band = _band(segment, page["height"])
            if band:
                keys.add((band, furniture_key(segment.text)))
        counts.update(keys)
    for page in pages:
        height = page["height"]
        body, header, footer = [], [], []
        for segment in page["segments"]:
            band = _band(segment, height)
            if band and PAGE_NUMBER.match(segment.text):
                continue
            if band and len(pages) > 1 and counts[(band, furniture_key(segment.text))] >= 2:
                (header if band == "header" else footer).append(segment)
            else:
                body.append(segment)
        block = footer_block(body, height, layout)
        if block:
            kept = set(map(id, block))
            body = [s for s in body if id(s) not in kept]
            footer = footer + block
        if page["number"] == 1:
            body, header = header + body, []  # the first page's header is the letterhead: kept in place
        page["body"], page["header"], page["footer"] = body, header, footer


def _band(segment: Segment, height: float) -> str | None:
    if segment.bottom <= HEADER_BAND * height:
        return "header"
    if segment.top >= FOOTER_BAND * height:
        return "footer"
    return None


def footer_block(segments: list[Segment], height: float, layout: Layout) -> list[Segment]:
    """The small-print block at the foot of a page (contacts, footnotes, legal lines), if any."""
    ordered = sorted(segments, key=lambda s: s.top)
    lowest = float("-inf")
    sizes_above: Counter = Counter()  # glyphs per font size above the candidate cut
    for i, segment in enumerate(ordered):
        if (
            i
            and segment.top > FOOTER_BLOCK_BAND * height
            and segment.top - lowest >= FOOTER_BLOCK_GAP * layout.body_size
        ):
            tail = ordered[i:]
            limit = FOOTER_BLOCK_SIZE * sizes_above.most_common(1)[0][0]
            if all(s.size <= limit or len(s.glyphs) <= 3 for s in tail):
                return tail
        lowest = max(lowest, segment.bottom)
        for glyph in segment.glyphs:
            sizes_above[round(glyph.size * 2) / 2] += 1
    return []


# -- 3. segments -> blocks (recursive XY cut) --------------------------------------------------


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
        if columns and gutter >= gap:
            pending.extend(reversed(columns))
        elif rows:
            pending.extend(reversed(rows))
        else:
            blocks.append(region)
    return blocks


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


# -- 4. blocks -> lines -> paragraphs ----------------------------------------------------------


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


def title_paragraph(body: list[Paragraph], layout: Layout) -> Paragraph | None:
    """The headline by layout: the largest font among the first page's opening paragraphs, when it
    is clearly larger than the body text (a letterhead in small capitals does not qualify)."""
    if not body:
        return None
    opening = [p for p in body if p.page == body[0].page][:TITLE_SEARCH_PARAGRAPHS]
    largest = max(opening, key=lambda p: p.size)
    return largest if largest.size >= TITLE_SIZE_RATIO * layout.body_size else None


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


# -- the reader ------------------------------------------------------------------------------


class _Refusal(Exception):
    """A reason to refuse the document, raised inside the reader and given its path at the boundary."""


def _refusal_reason(error: BaseException) -> str:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    inner = error
    while inner.args and isinstance(inner.args[0], BaseException):
        inner = inner.args[0]
    if isinstance(error, _Refusal):
        return str(error)
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
        return ENCRYPTED
    detail = " ".join(str(inner).split())[:80] or "unreadable structure"
    return f"corrupt or truncated PDF ({type(inner).__name__}: {detail})"


def _extract(data: bytes) -> tuple[list[dict], Layout, list[Segment], list[dict]]:
    import pdfplumber

    pages: list[dict] = []
    rotated_all: list[Segment] = []
    images_text: list[dict] = []
    with pdfplumber.open(io.BytesIO(data), raise_unicode_errors=False) as pdf:
        if not pdf.pages:
            raise _Refusal("corrupt or truncated PDF (no pages)")
        for page in pdf.pages:
            number = page.page_number
            glyphs, spaces, rotated = page_glyphs(page, number)
            pages.append(
                {
                    "number": number,
                    "width": float(page.width),
                    "height": float(page.height),
                    "segments": build_segments(glyphs, spaces),
                }
            )
            if rotated:
                rotated_all.extend(rotated_lines(rotated))
            if number == 1:
                images_text = [vars(line) for line in ocr.read_letterhead(page)]
    if not any(p["segments"] for p in pages) and not rotated_all:
        raise _Refusal(SCANNED)
    layout = Layout([p["segments"] for p in pages])
    split_furniture(pages, layout)
    return pages, layout, rotated_all, images_text


def _furniture_paragraphs(pages: list[dict], layout: Layout, rotated: list[Segment]) -> list[Paragraph]:
    """Headers, footers and vertical text, each distinct text once, in page order."""
    seen: set[str] = {furniture_key(s.text) for p in pages for s in p["body"] if _band(s, p["height"])}
    paragraphs: list[Paragraph] = []
    for page in pages:
        for group in (page["header"], page["footer"]):
            fresh = []
            for segment in group:
                key = furniture_key(segment.text)
                if key not in seen:
                    seen.add(key)
                    fresh.append(segment)
            if fresh:
                paragraphs.extend(page_paragraphs(fresh, layout, page["number"]))
    for segment in rotated:
        key = furniture_key(segment.text)
        if key not in seen:
            seen.add(key)
            paragraphs.append(Paragraph([Line([segment])], segment.glyphs[0].box[0]))
    return paragraphs


def read_pdf(path: Path, data: bytes) -> SourceDocument:
    """A .pdf document in reading order, with a page and box for each clean character."""
    name = str(path)
    if b"%PDF-" not in data[:1024]:
        raise InputError(name, NOT_PDF)
    try:
        pages, layout, rotated, images_text = _extract(data)
        body: list[Paragraph] = []
        for page in pages:
            body.extend(page_paragraphs(page["body"], layout, page["number"]))
        furniture = _furniture_paragraphs(pages, layout, rotated)
        raw = RawText()
        page_starts, title_range = compose(body, furniture, layout, raw, title_paragraph(body, layout))
        text, offsets = normalize(raw.text(), markdown=False)
    except InputError:
        raise
    except Exception as error:  # pdfminer raises many kinds; none may escape the reader
        raise InputError(name, _refusal_reason(error)) from None
    if not text.strip():
        raise InputError(name, SCANNED)
    boxes = [raw.boxes[o] for o in offsets]
    return SourceDocument(
        id=document_id(path),
        source=name,
        format="pdf",
        sha256=sha256_bytes(data),
        encoding="pdf",
        text=text,
        source_offsets=offsets,
        pages=_page_infos(pages, page_starts, offsets, len(text)),
        boxes=boxes,
        layout_title=_clean_range(title_range, offsets, text),
        images_text=images_text,
    )


def _clean_range(raw_range: tuple[int, int] | None, offsets: list[int], text: str) -> tuple[int, int] | None:
    """A raw-text range as a clean-text range (offsets map each clean character to its raw one)."""
    if raw_range is None:
        return None
    start, end = bisect_left(offsets, raw_range[0]), bisect_left(offsets, raw_range[1])
    return (start, end) if text[start:end].strip() else None


def _page_infos(
    pages: list[dict], page_starts: dict[int, int], offsets: list[int], length: int
) -> list[PageInfo]:
    """Clean-text range of each page's body; the furniture appended at the end falls in the last page."""
    starts = []
    for page in pages:
        raw_start = page_starts.get(page["number"])
        starts.append(None if raw_start is None else bisect_left(offsets, raw_start))
    infos = []
    for i, page in enumerate(pages):
        start = starts[i] if starts[i] is not None else (infos[-1].end if infos else 0)
        following = [s for s in starts[i + 1 :] if s is not None]
        end = following[0] if following else length
        infos.append(PageInfo(page["number"], page["width"], page["height"], start, max(start, end)))
    return infos
