"""The headline by layout: evidence for the title extractor from font sizes alone.

A release's headline is set in the largest font among the first page's opening paragraphs, and
clearly larger than the body text; a letterhead in small capitals is not. The paragraph found here
is marked while the text is composed and reaches the extractors as SourceDocument.layout_title.
"""

from __future__ import annotations

from pipeline.readers.pdf.layout import Layout
from pipeline.readers.pdf.paragraphs import Paragraph

TITLE_SIZE_RATIO = 1.25
"""A headline's font is at least this much larger than the body text's."""
TITLE_SEARCH_PARAGRAPHS = 8
"""The headline is among the first page's first paragraphs."""


def title_paragraph(body: list[Paragraph], layout: Layout) -> Paragraph | None:
    """The headline by layout: the largest font among the first page's opening paragraphs, when it
    is clearly larger than the body text (a letterhead in small capitals does not qualify)."""
    if not body:
        return None
    opening = [p for p in body if p.page == body[0].page][:TITLE_SEARCH_PARAGRAPHS]
    largest = max(opening, key=lambda p: p.size)
    return largest if largest.size >= TITLE_SIZE_RATIO * layout.body_size else None
