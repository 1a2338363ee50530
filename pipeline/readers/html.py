"""Reader for .html/.htm pages: the article's text, without the site around it.

A saved page holds the article and a site's furniture (header, navigation, cookie banner,
sidebars, footer). Reading it takes four steps:

1. decoding: the bytes' real encoding wins over a wrong declared one (a page declared ISO-8859-1
   that is valid UTF-8 is UTF-8);
2. lines: the page is walked into lines, each tied to the block element it came from (its XPath):
   a paragraph, a heading, a list item, a table row (cells joined by " | "); a <br> starts a new
   line in the same block; `mailto:` and `tel:` links keep their address;
3. main content: trafilatura (made for this) extracts the article's text; the page's own lines are
   aligned with it (difflib on lines, then containment for lines it reshaped), so the text is
   ours, with its elements, and the choice is trafilatura's. The article's <h1> is kept when the
   extractor left it out; a press-contact box outside the article (an aside, a sidebar, the
   article's footer) is found by its heading and kept after the body, as the PDF reader keeps
   a footer;
4. the lines go through the same normalisation as text files; each clean character maps back to
   a line, and so to its element (SourceDocument.elements).

The page's own metadata (title, date, site name, canonical URL, language, author) is read by
pipeline.readers.webpage.
"""

from __future__ import annotations

import codecs
import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from pipeline import resources
from pipeline.errors import InputError
from pipeline.readers.base import SourceDocument, document_id, sha256_bytes
from pipeline.readers.normalize import joins_next, normalize

NO_CONTENT = "no main content found (an empty page, or one built by JavaScript)"
LISTING = "no article on this page (mostly links: a listing or index page)"
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
ITEMS = frozenset(("li", "dd", "dt"))
CELLS = frozenset(("td", "th"))
SPACES = re.compile(r"[ \t\n\r\f]+")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
MATCH_FORM = re.compile(r"[\W_]+")
CONTACT_LINKS = ".//a[starts-with(@href, 'mailto:') or starts-with(@href, 'tel:')]"
MIN_CONTAINED = 15
WRAPPED_LINES, WRAPPED_LENGTH = 3, 60
"""A block of at least this many <br> lines, nearly all this long, holds copied line wraps."""
"""A line trafilatura reshaped is matched by containment only when it is at least this long."""

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@lru_cache(maxsize=1)
def settings() -> dict:
    data = resources.load("html.json")
    return {
        "press_contact": re.compile(data["press_contact_cue"], re.MULTILINE),
        "contact_detail": re.compile(data["contact_detail"]),
        "max_box_chars": data["max_box_chars"],
        "block_tags": frozenset(data["block_tags"]),
        "skip_tags": frozenset(data["skip_tags"]),
        "hidden_classes": frozenset(data["hidden_classes"]),
        "max_header_line_chars": data["max_header_line_chars"],
        "furniture_marks": re.compile(data["furniture_marks"]),
        "document_link": re.compile(data["document_link"]),
        "continuation_words": frozenset(data["continuation_words"]),
        "listing_link_share": data["listing_link_share"],
        "listing_min_lines": data["listing_min_lines"],
    }


# -- 1. decoding -------------------------------------------------------------------------------


def decode_page(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """The page's text and its encoding. Valid UTF-8 is UTF-8 whatever the page declares (a wrong
    declaration is common, and UTF-8 is never valid by accident); else the declared charset (from
    the HTTP header or a <meta>), else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            return data.decode("utf-16", errors="replace"), "utf-16"
    match = META_CHARSET.search(data[:4096])
    named = (declared or (match.group(1).decode("ascii", "replace") if match else "")).lower()
    try:
        text = data.decode("utf-8")
        note = f" (declared {named})" if named and codecs.lookup(named).name != "utf-8" else ""
        return text, "utf-8" + note
    except (UnicodeDecodeError, LookupError):
        pass
    encoding = "cp1252"
    try:
        if named and codecs.lookup(named).name not in ("utf-8", "ascii", "latin-1", "iso8859-1"):
            encoding = codecs.lookup(named).name
    except LookupError:
        pass
    note = f" (declared {named})" if named and named.replace("-", "") == "utf8" else ""
    return data.decode(encoding, errors="replace"), encoding + note


def parse(text: str):
    """An lxml tree of the page; None when there is no markup to speak of."""
    import lxml.html
    from lxml import etree

    text = XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


# -- 2. lines ----------------------------------------------------------------------------------


@dataclass
class Line:
    """One line of the page: the block element it belongs to, its text, and how it was written."""

    element: object
    kind: str  # "heading", "item", "row", "text"
    parts: list[str] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    """The page's own characters only (no inserted address or bullet): what trafilatura also sees."""
    link_chars: int = 0
    continued: bool = False
    """Started by a <br> inside the same block."""
    done: tuple[str, str] | None = None
    """Text and match form of a finished line, computed once (the later steps read them often)."""

    @property
    def text(self) -> str:
        return self.done[0] if self.done else SPACES.sub(" ", "".join(self.parts)).strip()

    @property
    def match_form(self) -> str:
        return self.done[1] if self.done else MATCH_FORM.sub(" ", "".join(self.plain)).strip().lower()

    def finish(self, text: str) -> None:
        self.done = (text, self.match_form)


def _hidden(element, hidden_classes: frozenset[str]) -> bool:
    """Not shown: hidden by attribute or style, or a label for screen readers only."""
    style = (element.get("style") or "").replace(" ", "").lower()
    classes = (element.get("class") or "").lower().split()
    return (
        element.get("hidden") is not None
        or any(c in hidden_classes for c in classes)
        or element.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def _cloudflare_email(encoded: str) -> str | None:
    """The address behind Cloudflare's e-mail protection (data-cfemail: a key byte, then XORed bytes)."""
    try:
        raw = bytes.fromhex(encoded)
        return bytes(b ^ raw[0] for b in raw[1:]).decode("utf-8") if len(raw) > 1 else None
    except (ValueError, UnicodeDecodeError):
        return None


class Walker:
    """Turns a tree into Lines in document order."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.blocks: list[object] = []
        self.current: Line | None = None
        self.in_link = 0
        self.skip = settings()["skip_tags"] | {"nav"}  # a site's navigation is never read
        self.block_tags = settings()["block_tags"]
        self.hidden_classes = settings()["hidden_classes"]

    def add(self, text: str, own: bool = True) -> None:
        if not text or (self.current is None and text.isspace()):
            return  # the indentation between elements starts no line
        if self.current is None:
            owner = self.blocks[-1] if self.blocks else None
            tag = owner.tag if owner is not None and isinstance(owner.tag, str) else ""
            kind = (
                "heading" if tag in HEADINGS else "item" if tag in ITEMS else "row" if tag == "tr" else "text"
            )
            self.current = Line(owner, kind)
            if kind == "item":
                self.current.parts.append("• ")
        text = SPACES.sub(" ", text)
        self.current.parts.append(text)
        if own:
            self.current.plain.append(text)
            if self.in_link:
                self.current.link_chars += len(text.strip())
        else:
            self.current.plain.append(" ")

    def end_line(self, continued: bool = False) -> None:
        line = self.current
        text = line.text if line is not None else ""
        kept = bool(text.strip("• "))
        if kept:
            line.finish(text)
            self.lines.append(line)
        self.current = None
        if continued and kept:
            self.current = Line(line.element, line.kind, continued=True)

    def visit(self, element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is None or tag in self.skip or _hidden(element, self.hidden_classes):
            return
        if tag == "br":
            self.end_line(continued=True)
            return
        block = tag in self.block_tags
        if block:
            self.end_line()
            self.blocks.append(element)
        if tag in CELLS and self.current is not None and self.current.text:
            self.add(" | ", own=False)
        href = (element.get("href") or "").strip() if tag == "a" else ""
        self.in_link += tag == "a"
        protected = element.get("data-cfemail")
        if protected and _cloudflare_email(protected):
            self.add(_cloudflare_email(protected) or "", own=False)
            if self.current is not None:
                self.current.plain[-1] = f" {element.text_content()} "  # what trafilatura sees
        else:
            self.add(element.text or "")
            for child in element:
                self.visit(child)
                self.add(child.tail or "")
        self.in_link -= tag == "a"
        if href:
            self._link_address(href, element)
        if block:
            self.end_line()
            self.blocks.pop()

    def _link_address(self, href: str, element) -> None:
        """A mailto: or tel: link whose label does not show its address gets it after the label."""
        scheme, _, address = href.partition(":")
        scheme = scheme.lower()
        if scheme not in ("mailto", "tel") or not address:
            return
        from urllib.parse import unquote

        address = unquote(address.split("?")[0]).strip()
        label = SPACES.sub(" ", element.text_content()).strip()
        if scheme == "mailto":
            shown = address.lower() in label.lower()
        else:
            digits = re.sub(r"\D", "", address)
            shown = bool(digits) and digits[-9:] in re.sub(r"\D", "", label)
        if address and not shown:
            self.add(f" ({address})" if label else address, own=False)


def page_lines(tree) -> list[Line]:
    walker = Walker()
    body = tree.find("body")
    try:
        walker.visit(body if body is not None else tree)
    except RecursionError:
        raise InputError("", "page nested too deeply to read") from None
    walker.end_line()
    return walker.lines


# -- 3. main content ---------------------------------------------------------------------------


def _match_form(line: str) -> str:
    return MATCH_FORM.sub(" ", line).strip().lower()


def main_lines(lines: list[Line], extracted: str) -> set[int]:
    """Indexes of the page's lines that make up trafilatura's extraction."""
    theirs = [form for form in (_match_form(line) for line in extracted.splitlines()) if form]
    ours = [line.match_form for line in lines]
    keep: set[int] = set()
    matcher = SequenceMatcher(None, ours, theirs, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            keep.update(range(i1, i2))
        elif tag == "replace":
            region = " \n ".join(theirs[j1:j2])
            pieces = [t for t in theirs[j1:j2] if len(t) >= MIN_CONTAINED]
            for index in range(i1, i2):
                form = ours[index]
                if (len(form) >= MIN_CONTAINED and form in region) or any(p in form for p in pieces):
                    keep.add(index)
    return keep


def _ancestors(element) -> list:
    return list(element.iterancestors()) if element is not None else []


def names_title(heading: str, title: str) -> bool:
    """Whether a heading is the headline a page title names: the same words, or most of them
    (a title often adds the site's name or a section after the headline)."""
    heading, title = _match_form(heading), _match_form(title)
    if not heading or not title:
        return False
    return heading == title or (heading in title and len(heading) >= 0.5 * len(title)) or title in heading


def _is_h1(line: Line) -> bool:
    return line.kind == "heading" and line.element.tag == "h1"


def _title_line(lines: list[Line], keep: set[int], title: str | None) -> int | None:
    """The article's <h1> (kept by the extractor or not): among the h1 lines before the body's
    first line, the one the page's title names, else the nearest to the body."""
    first = min((i for i in keep if not _is_h1(lines[i])), default=len(lines))
    headings = [i for i in range(first) if _is_h1(lines[i])]
    named = [i for i in headings if title and names_title(lines[i].text, title)]
    return (named or headings or [None])[-1]


def article_header(lines: list[Line], title: int, keep: set[int]) -> tuple[list[int], list[int]]:
    """Lines after the headline that belong to the article's header, up to the body's first line:
    the title block's other short lines (a genre tag: 'Communiqué de presse'), read before the
    headline as in a printed release; then, read after it, the lines that hold a <time> (the date)
    and a standfirst the extractor left out (prose, not links, within the element that holds both
    the headline and the body), even when the body's first paragraph repeats it: the page shows
    both."""
    limit = settings()["max_header_line_chars"]
    heading = lines[title].element
    block = heading.getparent()
    own = {id(a) for a in _ancestors(heading)}
    first = next((i for i in sorted(keep) if i > title and len(lines[i].text) > limit), None)
    container = _common_ancestor([heading, lines[first].element]) if first is not None else None
    if container is not None and container.tag in ("body", "html"):
        container = None
    before, after = [], []
    for index in range(title + 1, len(lines)):
        line = lines[index]
        if index == first:
            break
        ancestors = _ancestors(line.element)
        if any(
            a.tag in ("nav", "aside") or (a.tag in ("header", "footer") and id(a) not in own)
            for a in ancestors
        ):
            continue
        short = len(line.text) <= limit and line.kind != "heading"
        if short and (line.element is block or line.element.getparent() is block):
            before.append(index)
        elif short and (line.element.tag == "time" or line.element.find(".//time") is not None):
            after.append(index)
        elif index in keep:
            break
        elif (
            not short
            and container is not None
            and container in ancestors
            and line.link_chars * 2 < len(line.text)
        ):
            after.append(index)
    return before, after


def _common_ancestor(elements: list) -> object | None:
    """The deepest element holding all of elements."""
    if not elements:
        return None
    chain = [elements[0], *_ancestors(elements[0])]
    for element in elements[1:]:
        mine = {id(e) for e in [element, *_ancestors(element)]}
        chain = [e for e in chain if id(e) in mine]
    return chain[0] if chain else None


def contact_cards(lines: list[Line], keep: set[int]) -> set[int]:
    """Contact details inside the article that the extractor dropped (a card under a staff photo,
    a figure caption): the blocks, within the element holding the body, whose lines show an e-mail
    address or a phone number, kept whole (the name and role lines of the same block too)."""
    config = settings()
    container = _common_ancestor([lines[i].element for i in keep])
    if container is None or container.tag == "html":
        return set()
    blocks = set()
    for index, line in enumerate(lines):
        if index in keep or not config["contact_detail"].search(line.text):
            continue
        ancestors = _ancestors(line.element)
        if container is not line.element and container not in ancestors:
            continue
        if any(a.tag in ("nav", "header", "footer", "aside", "form") for a in ancestors):
            continue
        blocks.add(id(line.element))
    return {i for i, line in enumerate(lines) if i not in keep and id(line.element) in blocks}


def attachments(lines: list[Line], keep: set[int]) -> set[int]:
    """Links to a document attached to the release (a PDF, an office file) standing between two
    paragraphs of the body, which the extractor drops as link text: 'see the release of 25/02/2020
    (pdf, 752 Ko)' is read in place. A downloads block after the body stays out."""
    if not keep:
        return set()
    document = settings()["document_link"]
    found = set()
    for index in range(min(keep) + 1, max(keep)):
        line = lines[index]
        if index in keep or line.link_chars * 2 < len(line.text):
            continue
        if not any(document.search(a.get("href") or "") for a in line.element.iter("a")):
            continue
        if any(a.tag in ("nav", "header", "footer", "aside", "form") for a in _ancestors(line.element)):
            continue
        found.add(index)
    return found


def contact_boxes(lines: list[Line], keep: set[int]) -> list[int]:
    """Lines of press-contact boxes outside the main content: a heading or line that names press
    contacts, and the smallest element around it that also holds an e-mail or a phone number."""
    config = settings()
    chosen: list[int] = []
    taken: set[int] = set()
    for index, line in enumerate(lines):
        if index in keep or index in taken or not config["press_contact"].search(line.text):
            continue
        if any(a.tag in ("nav", "header") for a in _ancestors(line.element)):
            continue
        box = None
        for candidate in [line.element, *_ancestors(line.element)]:
            if candidate.tag in ("body", "html", "main"):
                break
            content = candidate.text_content()
            if len(content) > config["max_box_chars"]:
                break
            if config["contact_detail"].search(content) or candidate.xpath(CONTACT_LINKS):
                box = candidate
                break
        if box is None:
            continue
        inside = [
            i
            for i in range(len(lines))
            if i not in keep
            and i not in taken
            and (lines[i].element is box or box in _ancestors(lines[i].element))
        ]
        taken.update(inside)
        chosen.extend(inside)
    return sorted(chosen)


# -- 4. composition ----------------------------------------------------------------------------


def wrapped_blocks(lines: list[Line]) -> set[int]:
    """Blocks whose <br> breaks are a copied layout's line wraps, not meant breaks: at least
    WRAPPED_LINES lines, nearly all as long as a printed line (text pasted from a PDF)."""
    by_block: dict[int, list[int]] = {}
    for line in lines:
        by_block.setdefault(id(line.element), []).append(len(line.text))
    return {
        block
        for block, lengths in by_block.items()
        if len(lengths) >= WRAPPED_LINES
        and sum(length >= WRAPPED_LENGTH for length in lengths[:-1]) >= 0.8 * (len(lengths) - 1)
    }


def _separator(previous: Line, line: Line, wrapped: set[int]) -> str:
    if line.continued and line.element is previous.element:
        last = previous.text.rsplit(" ", 1)[-1].lower()
        cut = id(line.element) in wrapped or last in settings()["continuation_words"]
        return " " if cut and joins_next(previous.text, line.text) else "\n"
    if line.kind == previous.kind and line.kind in ("item", "row"):
        return "\n"
    return "\n\n"


def compose(lines: list[Line], order: list[int], xpath) -> tuple[str, list[tuple[int, int, str]]]:
    """Raw text of the chosen lines, and each line's raw range with its element's XPath. A <br> is
    a line break, except where it cuts a sentence (the text reader's rule for soft wraps) in a
    block of copied line wraps or after a word that cannot end one ('de', 'la', 'pour'...)."""
    wrapped = wrapped_blocks([lines[i] for i in order])
    parts: list[str] = []
    ranges: list[tuple[int, int, str]] = []
    position = 0
    previous: Line | None = None
    paths: dict[int, str] = {}  # one XPath per element, not per line (a <br> block has many lines)
    for index in order:
        line = lines[index]
        if previous is not None:
            separator = _separator(previous, line, wrapped)
            parts.append(separator)
            position += len(separator)
        text = line.text
        parts.append(text)
        key = id(line.element)
        if key not in paths:
            paths[key] = xpath(line.element)
        ranges.append((position, position + len(text), paths[key]))
        position += len(text)
        previous = line
    return "".join(parts), ranges


def clean_ranges(ranges: list[tuple[int, int, str]], offsets: list[int]) -> list[tuple[int, int, str]]:
    """Raw-text ranges as clean-text ranges (offsets map each clean character to its raw one)."""
    out = []
    for start, end, path in ranges:
        clean_start, clean_end = bisect_left(offsets, start), bisect_right(offsets, end - 1)
        if clean_end > clean_start:
            out.append((clean_start, clean_end, path))
    return out


SITE_FURNITURE = "//header[not(ancestor::article)] | //footer[not(ancestor::article)]"
"""The site's header and footer (an article's own header or footer stays)."""


def without_furniture(tree):
    """A copy of the tree without what is never the article: navigation, asides, the site's header
    and footer, scripts, forms, and the blocks whose class or id names a site's furniture (related
    articles, a carousel, sharing buttons, menus, a cookie banner), unless they hold the headline,
    the article or most of the page's text. Trafilatura and htmldate read it: the same extraction,
    half as costly on a regional agency's page (a 200-element "voir aussi" carousel). Asides and
    footers are still searched for contact boxes, on the original tree."""
    from copy import deepcopy

    from lxml import etree

    pruned = deepcopy(tree)
    skipped = [tag for tag in settings()["skip_tags"] if tag != "head"]  # htmldate reads the <head>
    etree.strip_elements(pruned, *skipped, "nav", "aside", "form", with_tail=False)
    for element in pruned.xpath(SITE_FURNITURE):
        element.getparent().remove(element)
    body = pruned.find("body")
    if body is None:
        return pruned
    _drop_marked(
        body, settings()["furniture_marks"], lru_cache(maxsize=1)(lambda: len(body.text_content()) / 2)
    )
    return pruned


def _drop_marked(element, marks: re.Pattern, limit) -> None:
    """Removes, below element, the blocks whose class or id matches marks, unless they hold the
    headline or the <main> element or at least limit() characters of text (half the page's, counted
    once and only when needed) (a <main> or <article>
    is never removed for its class; a link or the headline is not looked into)."""
    for child in list(element):
        if not isinstance(child.tag, str) or child.tag in ("h1", "a"):
            continue
        if (
            child.tag not in ("main", "article")
            and marks.search(f"{child.get('class') or ''} {child.get('id') or ''}")
            and child.find(".//h1") is None
            and child.find(".//main") is None
            and len(child.text_content()) < limit()
        ):
            child.drop_tree()  # its tail stays
        else:
            _drop_marked(child, marks, limit)


def extract_main(pruned) -> str:
    """Trafilatura's text of the page's main content (on the furniture-free copy)."""
    import trafilatura

    return (
        trafilatura.extract(
            pruned,
            include_comments=False,
            include_tables=True,
            include_links=False,
            deduplicate=False,
            with_metadata=False,
            fast=True,  # no second opinion from readability/jusText: a third faster, same text on the corpus
            output_format="txt",
        )
        or ""
    )


def is_listing(lines: list[Line], keep: set[int]) -> bool:
    """Whether the main content is mostly link text: an index of other pages, not an article."""
    config = settings()
    link_chars = sum(lines[i].link_chars for i in keep)
    total = sum(len(lines[i].text) for i in keep) or 1
    return len(keep) >= config["listing_min_lines"] and link_chars / total > config["listing_link_share"]


def arrange(lines: list[Line], keep: set[int], title_text: str | None) -> list[int]:
    """The lines of the text in reading order: the article's header (genre tag, headline, date),
    the body with the contact cards and attached documents it holds, then press-contact boxes from
    outside it."""
    body = sorted(keep | contact_cards(lines, keep) | attachments(lines, keep))
    title = _title_line(lines, keep, title_text)
    if title is not None:
        kicker, dated = article_header(lines, title, keep)
        header = {title, *kicker, *dated}
        body = [*kicker, title, *dated, *(i for i in body if i not in header)]
    return body + contact_boxes(lines, keep | set(body))


def _read(tree) -> tuple[str, list[int], list[tuple[int, int, str]], dict]:
    """Clean text, offsets, element ranges and page metadata of a parsed page; InputError (with no
    path) when there is no article to read."""
    from pipeline.readers.webpage import page_metadata

    lines = page_lines(tree)
    pruned = without_furniture(tree) if lines else None
    extracted = extract_main(pruned) if pruned is not None else ""
    keep = main_lines(lines, extracted) if extracted.strip() else set()
    if not keep:
        raise InputError("", NO_CONTENT)
    if is_listing(lines, keep):
        raise InputError("", LISTING)
    page = page_metadata(tree, dated=pruned)
    raw, ranges = compose(lines, arrange(lines, keep, page.get("title")), tree.getroottree().getpath)
    clean, offsets = normalize(raw, markdown=False, join_wraps=False)
    if not clean.strip():
        raise InputError("", NO_CONTENT)
    return clean, offsets, clean_ranges(ranges, offsets), page


def read_html(path: Path | str, data: bytes, declared_charset: str | None = None) -> SourceDocument:
    """A web page's article text, with the element of every line and the page's metadata."""
    name = str(path)
    text, encoding = decode_page(data, declared_charset)
    tree = parse(text)
    if tree is None:
        raise InputError(name, NO_CONTENT)
    try:
        clean, offsets, elements, page = _read(tree)
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
    )
