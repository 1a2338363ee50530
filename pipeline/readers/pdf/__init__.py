"""Reader for .pdf files: pdfplumber glyphs put back in reading order, with a box per character.

Reading order is rebuilt from geometry rather than taken from the content stream, in stages, one
module each:

1. glyphs -> segments (glyphs.py, segments.py): fake-bold copies are read once; glyphs sharing a
   baseline and horizontally close make a segment (a gap of about an em splits one, so a column
   gutter never lies inside one); superscripts and detached bullets are attached to the segment
   they belong to;
2. page furniture (furniture.py, with the document's measures in layout.py): bare page numbers
   are dropped; running headers and footers (the same text in the top or bottom band of several
   pages) and a small-print footer block (typically the press contacts) are taken out of the body
   and appended after it, once, after a blank line. The first page's header stays in place: it is
   the letterhead;
3. segments -> blocks by a recursive XY cut (blocks.py): a vertical gutter splits first (columns,
   side boxes; a narrow side box is read after the main text beside it), then horizontal gaps
   clearly wider than the line spacing (paragraphs);
4. blocks -> lines -> paragraphs (paragraphs.py) -> raw text (compose.py): lines of a paragraph are
   separated by "\\n", paragraphs by a blank line. A change of font size also starts a paragraph,
   so the title (the first page's largest font, title.py) stands as its own paragraph, apart from
   the letterhead above it. Words hyphenated at a line end are rejoined.

The raw text then goes through the same normalisation as text files (spaces, ligatures, soft
wraps); each clean character keeps the box of the glyph it came from, and characters that no
glyph produced (spaces, line breaks) get the empty box (0, 0, 0, 0, 0). source_offsets are
offsets into that raw reading-order text, so they increase along the clean text like a text
file's; the boxes, not the offsets, lead back to the page.
"""

from __future__ import annotations

import io
import logging
from bisect import bisect_left
from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers import ocr
from pipeline.readers.base import PageInfo, SourceDocument, document_id, sha256_bytes
from pipeline.readers.normalize import normalize
from pipeline.readers.pdf.compose import RawText, compose
from pipeline.readers.pdf.furniture import furniture_paragraphs, split_furniture
from pipeline.readers.pdf.glyphs import page_glyphs
from pipeline.readers.pdf.layout import Layout
from pipeline.readers.pdf.paragraphs import Paragraph, page_paragraphs
from pipeline.readers.pdf.segments import Segment, build_segments, rotated_lines
from pipeline.readers.pdf.title import title_paragraph

SCANNED = "no text layer: scanned PDF, OCR not supported"
ENCRYPTED = "encrypted PDF (password protected)"
NOT_PDF = "not a PDF (no %PDF header)"

logging.getLogger("pdfminer").setLevel(logging.ERROR)


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


def read_pdf(path: Path, data: bytes) -> SourceDocument:
    """A .pdf document in reading order, with a page and box for each clean character."""
    name = str(path)
    if b"%PDF-" not in data[:1024]:
        raise InputError(name, NOT_PDF)
    try:
        pages, layout, rotated, images_text = _extract(data)
        body: list[Paragraph] = []
        for page in pages:
            body.extend(page_paragraphs(page["body"], layout, page["number"], page["width"]))
        furniture = furniture_paragraphs(pages, layout, rotated)
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
        gaps=_clean_positions(raw.item_gaps, offsets, text),
    )


def _clean_positions(raw_positions: list[int], offsets: list[int], text: str) -> list[int]:
    """The clean-text offsets of raw spaces the cleaning kept (offsets map clean to raw, in order)."""
    found = (bisect_left(offsets, raw) for raw in raw_positions)
    return [
        i
        for i, raw in zip(found, raw_positions, strict=True)
        if i < len(offsets) and offsets[i] == raw and text[i] == " "
    ]


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
