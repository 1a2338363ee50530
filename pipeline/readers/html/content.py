"""Stage 3 of reading a page: the main content. Trafilatura (made for this) extracts the article's
text from a copy of the page without its furniture; the page's own lines are aligned with it
(difflib on lines, then containment for lines it reshaped), so the text is ours, with its
elements, and the choice is trafilatura's."""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from pipeline.readers.html.config import MATCH_FORM, marked_names, match_form, settings
from pipeline.readers.html.lines import UNMARKED, Line, _marked

MIN_CONTAINED = 15
"""A line trafilatura reshaped is matched by containment only when it is at least this long."""


def main_lines(lines: list[Line], extracted: str) -> set[int]:
    """Indexes of the page's lines that make up trafilatura's extraction. The two are aligned in
    order; then a line of the extraction left unmatched because trafilatura moved it (it puts a
    standfirst it finds by its class first) is found by its exact words, when only one line of
    the page has them."""
    theirs = [form for form in (match_form(line) for line in extracted.splitlines()) if form]
    ours = [line.match_form for line in lines]
    keep: set[int] = set()
    unmatched: list[str] = []
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
            unmatched.extend(t for t in theirs[j1:j2] if t not in ours[i1:i2])
        elif tag == "insert":
            unmatched.extend(theirs[j1:j2])
    for form in unmatched:
        found = [i for i, mine in enumerate(ours) if mine == form] if len(form) >= MIN_CONTAINED else []
        if len(found) == 1:
            keep.add(found[0])
    return keep


def _site_furniture(tree) -> list:
    """The site's header and footer. An article's own header or footer stays, and so does a header
    holding a headline that is not a link (a theme's title banner above the article, with its date);
    a site's name in an <h1> links to its home page. Found by lxml's iterator (an XPath over the
    page costs more)."""
    found = []
    for element in tree.iter("header", "footer"):
        if any(ancestor.tag == "article" for ancestor in element.iterancestors()):
            continue
        if element.tag == "header" and any(h1.find(".//a") is None for h1 in element.iter("h1")):
            continue
        found.append(element)
    return found


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
    for element in _site_furniture(pruned):
        element.getparent().remove(element)
    body = pruned.find("body")
    if body is None:
        return pruned
    half: list[float] = []

    def limit() -> float:
        if not half:
            half.append(len(body.text_content()) / 2)
        return half[0]

    _drop_marked(body, limit)
    return pruned


def for_extraction(pruned):
    """The furniture-free copy, changed where trafilatura would delete what an article holds, with
    its text: a <time> (a date inside a sentence: 'le <time>2 juin</time> à 11 heures') loses its
    tags, its text stays; a <figure> holding a quote (a WordPress pull quote, the State design
    system's quote block) becomes a <div>, as trafilatura itself does with a figure holding a table,
    and so does its caption, without the classes ('fr-quote__author') that would make the
    speaker's name a byline to drop. The <head> goes: htmldate has read it, and trafilatura deletes
    it unread, after testing each of its elements against its first XPaths (a tenth of its work on
    a short page).
    In place: htmldate has read the copy before (it reads <time> elements)."""
    from lxml import etree

    etree.strip_elements(pruned, "head", with_tail=False)

    for figure in pruned.iter("figure"):
        if figure.find(".//blockquote") is not None:
            figure.tag = "div"
            for element in figure.iter():  # its caption names the speaker, whom no class makes a byline
                element.attrib.pop("class", None)
                if element.tag == "figcaption":
                    element.tag = "div"
    etree.strip_tags(pruned, "time")
    return pruned


UNMARKABLE = frozenset(("main", "article", "h1", "a"))
"""Elements no class or id makes furniture: the article, the headline, a link; nor anything inside
a link or the headline."""


@lru_cache(maxsize=1)
def _shielding():
    """An XPath, compiled once, of what no class or id makes furniture: what lies in a link or the
    headline, and what holds the headline or the <main> element."""
    from lxml import etree

    return etree.XPath(".//a//* | .//h1//* | .//h1/ancestor::* | .//main/ancestor::*")


def _drop_marked(body, limit) -> None:
    """Removes, below body, the blocks whose class or id names a site's furniture, unless they hold
    the headline or the <main> element or at least limit() characters of text (half the page's,
    counted once and only when needed). The elements are walked by lxml's iterator (an XPath
    selecting those with a class or an id costs more), each distinct name tested once per page (a
    page repeats a few dozen; a test of the names in an XPath costs more still). What lies in a
    link or the headline, and what holds the headline or <main>, are found once by XPath, not by
    walking each block's ancestors and descendants; a block inside one removed before it is no
    longer under body."""
    from lxml import etree

    marks: dict[str | None, bool] = {None: False}
    candidates = []
    for element in body.iter(etree.Element):
        classes, ident = element.get("class"), element.get("id")
        if classes is None and ident is None:
            continue
        if classes not in marks:
            marks[classes] = marked_names(classes)
        if ident not in marks:
            marks[ident] = marked_names(ident)
        if (marks[classes] or marks[ident]) and element.tag not in UNMARKABLE and element.tag not in UNMARKED:
            candidates.append(element)
    if not candidates:
        return
    shielded = set(_shielding()(body))
    for element in candidates:
        if element in shielded or not _under(element, body) or len(element.text_content()) >= limit():
            continue
        element.drop_tree()  # its tail stays


def _under(element, body) -> bool:
    """Whether the element is still below body (not inside a block removed before it)."""
    parent = element.getparent()
    while parent is not None and parent is not body:
        parent = parent.getparent()
    return parent is body


BALANCED_SETTLED = "balanced, escalation decided by the reader"
"""Trafilatura's focus for the first extraction: its balanced mode (every test of the focus in
trafilatura 2.x is `== "precision"` or `== "recall"`, save the escalation's `== "balanced"`),
without its own escalation check, which turns the whole page into text (`html2txt`, a tenth of
a short page's reading) to measure it. The reader makes that check with what it has (below)."""
ESCALATION_LENGTH, ESCALATION_SHARE, ESCALATION_GAIN = 3000, 0.2, 1.5
"""Trafilatura's escalation (2.3): an extraction shorter than ESCALATION_LENGTH that holds less than
ESCALATION_SHARE of the page's text is tried again in recall mode, and the retry is kept when
ESCALATION_GAIN times longer (and not below the extractor's minimum size)."""


@lru_cache(maxsize=2)
def _extractor(recall: bool = False):
    """Trafilatura's options, built once: building them reads its configuration anew each time (a
    tenth of an extraction on a short page). Trafilatura copies them before any change."""
    from trafilatura.settings import Extractor

    options = Extractor(
        output_format="txt",
        comments=False,
        tables=True,
        links=False,
        dedup=False,
        with_metadata=False,
        fast=True,  # no second opinion from readability/jusText: a third faster, same text on the corpus
        recall=recall,
    )
    if not recall:
        options.focus = BALANCED_SETTLED
    return options


def extract_main(pruned) -> str:
    """Trafilatura's text of the page's main content (on the furniture-free copy). A short text that
    holds little of the page's (a page that is not laid out as an article) is extracted again with
    more recall, as trafilatura's balanced mode does, measured on the copy's own text."""
    import trafilatura

    text = trafilatura.extract(pruned, options=_extractor()) or ""
    body = pruned.find("body")
    page_chars = len((body if body is not None else pruned).text_content())
    if 0 < len(text) < ESCALATION_LENGTH and len(text) < ESCALATION_SHARE * page_chars:
        wider = trafilatura.extract(pruned, options=_extractor(recall=True)) or ""
        if len(wider) >= _extractor().min_extracted_size and len(wider) > ESCALATION_GAIN * len(text):
            return wider
    return text


def is_listing(lines: list[Line], keep: set[int]) -> bool:
    """Whether the main content is mostly link text: an index of other pages, not an article."""
    config = settings()
    link_chars = sum(lines[i].link_chars for i in keep)
    total = sum(len(lines[i].text) for i in keep) or 1
    return len(keep) >= config["listing_min_lines"] and link_chars / total > config["listing_link_share"]


OUTSIDE = frozenset(("nav", "aside", "header", "footer", "form"))


def dropped_structure(lines: list[Line], keep: set[int]) -> set[int]:
    """Lists and headings of the body that trafilatura dropped: it leaves out a list of prose items
    ('demande à chacun :' then '• de boire de l'eau...') and a section's heading ('Chiffres clés')
    on many pages, and the end of a body set as loose text with <br><br> between paragraphs (see
    _same_block). A list (not mostly link text) set right beside a kept block, and a short heading
    right before kept or restored content (first in its block, or after kept content), are read in
    place. A list of links (related articles, downloads) and a heading over one stay out, and so
    does anything in the site's navigation, header, footer, asides or blocks marked as furniture
    or as topic tags (a list of tags that are not links)."""
    by_element: dict[object, list[int]] = {}
    for index, line in enumerate(lines):
        by_element.setdefault(line.element, []).append(index)
    found = _same_block(lines, keep, by_element)
    held = _holders(lines, keep | found)
    lists: dict[object, list[int]] = {}
    for index, line in enumerate(lines):
        if index in keep or line.kind != "item":
            continue
        container = next(line.element.iterancestors("ul", "ol"), None)
        if container is not None:
            lists.setdefault(container, []).append(index)
    for container, items in lists.items():
        if _beside(container, held) and _prose(lines, items) and not _furniture(container):
            found.update(items)
    held |= _holders(lines, found)
    for index, line in enumerate(lines):
        if index in keep or line.kind != "heading" or line.element.tag == "h1":
            continue
        heading = line.element
        following, previous = _sibling(heading, "getnext"), _sibling(heading, "getprevious")
        while previous is not None and (
            previous.tag in BREAKS or previous.tag not in settings()["block_tags"]
        ):
            previous = _sibling(previous, "getprevious")  # a break, or a word set in bold in loose text
        if len(line.text) > settings()["max_header_line_chars"] or line.link_chars * 2 > len(line.text):
            continue
        if not (following is not None and following in held) and not _tail_read(heading, lines, keep | found):
            continue
        if previous is not None and previous not in held:
            continue
        if not _furniture(heading):
            found.update(by_element.get(heading, []))
    return found


BREAKS = frozenset(("br", "hr"))
LOOSE = frozenset(("body", "html"))


def _same_block(lines: list[Line], keep: set[int], by_element: dict[object, list[int]]) -> set[int]:
    """Lines of prose that trafilatura dropped from a block whose other lines it kept: a body set as
    one <div> of text with <br><br> between paragraphs (pasted into an old CMS, SPIP), where it
    leaves out a section at the end. Not in the page's <body> itself, nor in furniture; not mostly
    link text, not a heading."""
    found: set[int] = set()
    for element in {lines[i].element for i in keep}:
        if element is None or element.tag in LOOSE or _furniture(element):
            continue
        for index in by_element.get(element, []):
            line = lines[index]
            if index not in keep and line.kind != "heading" and line.link_chars * 2 < len(line.text):
                found.add(index)
    return found


def _tail_read(heading, lines: list[Line], read: set[int]) -> bool:
    """Whether the text right after the heading, loose in its block (its tail), is read."""
    tail = MATCH_FORM.sub(" ", heading.tail or "").strip().lower()[:30]
    parent = heading.getparent()
    return bool(tail) and any(
        lines[i].element is parent and lines[i].match_form.startswith(tail) for i in read
    )


def _holders(lines: list[Line], indexes: set[int]) -> set:
    """The elements that hold one of these lines (the lines' own and their ancestors). Elements, not
    their id(): lxml makes its Python proxies on demand, and a freed proxy's id is reused."""
    held = set()
    for index in indexes:
        element = lines[index].element
        held.add(element)
        held.update(element.iterancestors())
    return held


def _sibling(element, step: str):
    """The element's previous or next sibling element (comments skipped)."""
    sibling = getattr(element, step)()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = getattr(sibling, step)()
    return sibling


def _beside(element, held: set) -> bool:
    """Whether a kept block stands right before or after the element (a heading between them, as
    'Chiffres clés' over its list, does not part them)."""
    previous = _sibling(element, "getprevious")
    while previous is not None and previous.tag in ("h2", "h3", "h4", "h5", "h6") and previous not in held:
        previous = _sibling(previous, "getprevious")
    return any(s is not None and s in held for s in (previous, _sibling(element, "getnext")))


def _prose(lines: list[Line], items: list[int]) -> bool:
    return sum(lines[i].link_chars for i in items) * 2 < sum(len(lines[i].text) for i in items)


def _furniture(element) -> bool:
    """In the site's navigation, header, footer, an aside or a form, or in a block named furniture
    or topic tags or print tools."""
    return any(
        node.tag in OUTSIDE or _marked(node, inline=True) for node in [element, *element.iterancestors()]
    )
