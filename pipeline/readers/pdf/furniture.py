"""Stage 2, page furniture: what is printed on every page, or at the foot of one, is not body text.

Bare page numbers (never larger than the body's print: a headline's last line may be a year; never
part of running text: a dateline's year wrapped onto the next line, a phone number spread across a
justified box) are dropped. Running headers and footers (the same text, digits aside, in the top or
bottom band of several pages) and a small-print block at the foot of a page (typically the press contacts,
footnotes, legal lines) are taken out of the body and appended after it, each distinct text once
(a line without letters is no running text), after a blank line, with vertical text. The first
page's header stays in place: it is the letterhead.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.readers.pdf.layout import Layout
from pipeline.readers.pdf.paragraphs import Line, Paragraph, page_paragraphs
from pipeline.readers.pdf.segments import Segment

HEADER_BAND, FOOTER_BAND = 0.12, 0.88
"""Fractions of the page height where running headers, footers and page numbers are looked for."""
CONTINUED_LINE_GAP = 1.0
"""A line at most this many ems below a body line of the top band continues it."""
PAGE_NUMBER_SIZE = 1.2
"""A page number is set no larger than this many times the body's font size."""
WRAP_EDGE = 0.3
"""Ems between the left edges of a line and the number under it when the number ends that line."""
ROW_NEIGHBOUR_GAP = 4.5
"""Ems between a number and text on its row when both belong to one line (a justified box)."""
FOOTER_BLOCK_BAND = 0.70
FOOTER_BLOCK_GAP = 1.0
FOOTER_BLOCK_SIZE = 0.92
"""A block below this fraction of the page, after a gap, all in smaller print than the text above it,
is footer furniture (press contacts, footnotes, legal lines)."""

PAGE_NUMBER = re.compile(
    r"^[\s\-–—(\[]*(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:/|sur|of|de)\s*\d{1,4})?[\s\-–—)\]]*$", re.IGNORECASE
)


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
        in_text = _numbers_in_text(page["segments"], height, layout)
        for segment in page["segments"]:
            band = _band(segment, height)
            if (
                band
                and segment.size <= PAGE_NUMBER_SIZE * layout.body_size
                and PAGE_NUMBER.match(segment.text)
                and id(segment) not in in_text
            ):
                continue
            if band and len(pages) > 1 and counts[(band, furniture_key(segment.text))] >= 2:
                (header if band == "header" else footer).append(segment)
            else:
                body.append(segment)
        if page["number"] > 1:
            _keep_continued_lines(body, header, layout)
        block = footer_block(body, height, layout)
        if block:
            kept = set(map(id, block))
            body = [s for s in body if id(s) not in kept]
            footer = footer + block
        if page["number"] == 1:
            body, header = header + body, []  # the first page's header is the letterhead: kept in place
        page["body"], page["header"], page["footer"] = body, header, footer


def _keep_continued_lines(body: list[Segment], header: list[Segment], layout: Layout) -> None:
    """A repeated line right under a body line of the top band continues that block: a contact block
    run over to the next page may repeat the letterhead ("Contact presse :" / "Préfecture de X"), and
    a running header never has running text just above it."""
    for segment in sorted(header, key=lambda s: s.top):
        if any(
            0 <= segment.top - above.bottom <= CONTINUED_LINE_GAP * layout.body_size
            and min(above.x1, segment.x1) > max(above.x0, segment.x0)
            for above in body
        ):
            header.remove(segment)
            body.append(segment)


def _numbers_in_text(segments: list[Segment], height: float, layout: Layout) -> set[int]:
    """Ids of the number-only segments that belong to running text: one starting at the left edge of
    the line just above it (a dateline's year wrapped onto the next line), or digits on the same row
    as text a few ems away (a phone number spread across a justified box). A page number stands apart."""
    em = layout.body_size
    numbers = [s for s in segments if _band(s, height) and PAGE_NUMBER.match(s.text)]
    if not numbers:
        return set()
    words = [s for s in segments if s not in numbers and not PAGE_NUMBER.match(s.text)]
    kept = {
        id(number)
        for number in numbers
        if any(
            0 <= number.top - above.bottom <= CONTINUED_LINE_GAP * em
            and abs(above.x0 - number.x0) <= WRAP_EDGE * em
            and above.x1 > number.x1
            for above in words
        )
    }
    anchors = words + [n for n in numbers if id(n) in kept]
    while True:
        found = {
            id(number)
            for number in numbers
            if id(number) not in kept
            and number.text.strip().isdigit()
            and any(_row_neighbours(number, other, em) for other in anchors)
        }
        if not found:
            return kept
        kept |= found
        anchors += [n for n in numbers if id(n) in found]


def _row_neighbours(one: Segment, other: Segment, em: float) -> bool:
    same_row = min(one.bottom, other.bottom) - max(one.top, other.top) > 0.5 * (one.bottom - one.top)
    gap = max(one.x0, other.x0) - min(one.x1, other.x1)
    return other is not one and same_row and gap <= ROW_NEIGHBOUR_GAP * em


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


def furniture_paragraphs(pages: list[dict], layout: Layout, rotated: list[Segment]) -> list[Paragraph]:
    """Headers, footers and vertical text, each distinct text once, in page order."""
    seen: set[str] = {furniture_key(s.text) for p in pages for s in p["body"] if _band(s, p["height"])}
    paragraphs: list[Paragraph] = []
    for page in pages:
        on_page: set[str] = set()  # a page's own lines are all kept ("Tél. 01 …", "Tél. 06 …" share a key)
        for group in (page["header"], page["footer"]):
            fresh = []
            for segment in group:
                key = furniture_key(segment.text)
                if key not in seen or not any(
                    char.isalpha() for char in segment.text
                ):  # "45 67": no running text
                    on_page.add(key)
                    fresh.append(segment)
            if fresh:
                paragraphs.extend(page_paragraphs(fresh, layout, page["number"], page["width"]))
        seen |= on_page
    for segment in rotated:
        key = furniture_key(segment.text)
        if key not in seen:
            seen.add(key)
            paragraphs.append(Paragraph([Line([segment])], segment.glyphs[0].box[0]))
    return paragraphs
