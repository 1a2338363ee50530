"""Reader for .html/.htm pages: the article's text, without the site around it.

A saved page holds the article and a site's furniture (header, navigation, cookie banner,
sidebars, footer). Reading it takes five stages, one module each:

1. decode: the bytes' real encoding wins over a wrong declared one (a page declared ISO-8859-1
   that is valid UTF-8 is UTF-8), then lxml parses them;
2. lines: the page is walked into lines, each tied to the block element it came from (its XPath):
   a paragraph, a heading, a list item, a table row (cells joined by " | "); a <br> starts a new
   line in the same block; `mailto:` and `tel:` links keep their address;
3. content: trafilatura (made for this) extracts the article's text; the page's own lines are
   aligned with it (difflib on lines, then containment for lines it reshaped), so the text is
   ours, with its elements, and the choice is trafilatura's;
4. header and layout: the article's <h1> is kept when the extractor left it out, with its genre
   tag and date line (header); a press-contact box outside the article (an aside, a sidebar, the
   article's footer) is found by its heading and kept after the body, as the PDF reader keeps a
   footer (layout);
5. composition: the lines are joined and go through the same normalisation as text files; each clean
   character maps back to a line, and so to its element (SourceDocument.elements).

The page's own metadata (title, date, site name, canonical URL, language, author) is read by
pipeline.readers.webpage.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers.base import SourceDocument, document_id, sha256_bytes
from pipeline.readers.html.composition import clean_ranges, compose, emphasised_ranges
from pipeline.readers.html.config import settings
from pipeline.readers.html.content import (
    dropped_structure,
    extract_main,
    for_extraction,
    is_listing,
    main_lines,
    without_furniture,
)
from pipeline.readers.html.decode import decode_page, parse
from pipeline.readers.html.header import names_title
from pipeline.readers.html.layout import arrange
from pipeline.readers.html.lines import Line, page_lines
from pipeline.readers.normalize import normalize

__all__ = [
    "LISTING",
    "NO_CONTENT",
    "Line",
    "arrange",
    "decode_page",
    "extract_main",
    "is_listing",
    "main_lines",
    "names_title",
    "page_lines",
    "parse",
    "read_html",
    "settings",
    "without_furniture",
]

NO_CONTENT = "no main content found (an empty page, or one built by JavaScript)"
LISTING = "no article on this page (mostly links: a listing or index page)"

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def _read(tree) -> tuple[str, list[int], list[tuple[int, int, str]], dict, tuple[int, int] | None, list]:
    """Clean text, offsets, element ranges, page metadata, the headline's clean range (the first
    heading the page's own title names) and the clean ranges in italics of a parsed page; InputError
    (with no path) when there is no article to read."""
    from pipeline.readers.webpage import page_metadata

    lines = page_lines(tree)
    if not lines:
        raise InputError("", NO_CONTENT)
    pruned = without_furniture(tree)
    page = page_metadata(tree, dated=pruned)
    extracted = extract_main(for_extraction(pruned))
    keep = main_lines(lines, extracted) if extracted.strip() else set()
    if not keep:
        raise InputError("", NO_CONTENT)
    if is_listing(lines, keep):
        raise InputError("", LISTING)
    keep |= dropped_structure(lines, keep)
    order = arrange(lines, keep, page.get("title"))
    raw, ranges = compose(lines, order, tree.getroottree().getpath)
    clean, offsets = normalize(raw, markdown=False, join_wraps=False)
    if not clean.strip():
        raise InputError("", NO_CONTENT)
    named = (
        next(
            (
                k
                for k, i in enumerate(order)
                if lines[i].kind == "heading" and names_title(lines[i].text, page["title"])
            ),
            None,
        )
        if page.get("title")
        else None
    )
    headline = clean_ranges([ranges[named]], offsets) if named is not None else []
    emphasis = emphasised_ranges(lines, order, ranges, clean, offsets)
    return (
        clean,
        offsets,
        clean_ranges(ranges, offsets),
        page,
        (headline[0][:2] if headline else None),
        emphasis,
    )


def read_html(path: Path | str, data: bytes, declared_charset: str | None = None) -> SourceDocument:
    """A web page's article text, with the element of every line and the page's metadata."""
    name = str(path)
    text, encoding = decode_page(data, declared_charset)
    tree = parse(text)
    if tree is None:
        raise InputError(name, NO_CONTENT)
    try:
        clean, offsets, elements, page, headline, emphasis = _read(tree)
    except InputError as error:
        raise InputError(name, error.reason) from None
    except Exception as error:  # lxml, trafilatura and htmldate read arbitrary pages; none may escape
        detail = " ".join(str(error).split())[:80] or "unreadable page"
        raise InputError(name, f"cannot read the page ({type(error).__name__}: {detail})") from None
    return SourceDocument(
        id=document_id(Path(name)),
        source=name,
        format="html",
        sha256=sha256_bytes(data),
        encoding=encoding,
        text=clean,
        source_offsets=offsets,
        elements=elements,
        page=page,
        headline=headline,
        emphasis=emphasis,
    )
