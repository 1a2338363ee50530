"""Stage 4b of reading a page: the lines in reading order. The article's header comes first (see
header.py); contact cards and attached documents inside the body are kept in place; a
press-contact box outside the article (an aside, a sidebar, the article's footer) is found by its
heading and kept after the body, as the PDF reader keeps a footer."""

from __future__ import annotations

from pipeline.readers.html.config import settings
from pipeline.readers.html.header import (
    _ancestors,
    _common_ancestor,
    _downloads,
    _genre_tag,
    _title_line,
    article_header,
    site_links,
)
from pipeline.readers.html.lines import HEADINGS, Line, _marked

CONTACT_LINKS = ".//a[starts-with(@href, 'mailto:') or starts-with(@href, 'tel:')]"


def contact_cards(lines: list[Line], keep: set[int]) -> set[int]:
    """Contact details inside the article that the extractor dropped (a card under a staff photo,
    a figure caption): the blocks, within the element holding the body, whose lines show an e-mail
    address or a phone number, kept whole (the name and role lines of the same block too)."""
    config = settings()
    container = _common_ancestor([lines[i].element for i in keep])
    if container is None or container.tag == "html":
        return set()
    inside = set(container.iter())  # one walk of the body's element, not each line's ancestors
    blocks = set()
    for index, line in enumerate(lines):
        if index in keep or line.element not in inside or not config["contact_detail"].search(line.text):
            continue
        ancestors = _ancestors(line.element)
        if any(a.tag in ("nav", "header", "footer", "aside", "form") or _marked(a) for a in ancestors):
            continue  # in the site's furniture: a consent popup's contact, a related article's card
        blocks.add(line.element)
    return {i for i, line in enumerate(lines) if i not in keep and line.element in blocks}


QUOTE_SOURCE_TAGS = ("footer", "cite", "figcaption")


def quote_sources(lines: list[Line], keep: set[int]) -> set[int]:
    """The line naming who said a quote set as a <blockquote> or a <figure> ('<footer>X, maire de
    Y</footer>', '<cite>', '<figcaption>'), which the extractor drops as furniture: read in place
    when the quote's own lines are kept, so the quote keeps its speaker."""
    holders = {
        a
        for i in keep
        for a in [lines[i].element, *_ancestors(lines[i].element)]
        if a.tag in ("blockquote", "figure")
    }
    if not holders:
        return set()  # no quote kept: no line to look at
    found = set()
    for index, line in enumerate(lines):
        if index in keep or not line.text.strip() or len(line.text) > 200:
            continue
        chain = [line.element, *_ancestors(line.element)]
        source = next((i for i, a in enumerate(chain) if a.tag in QUOTE_SOURCE_TAGS), None)
        if source is None and line.element.tag in ("blockquote", "figure"):
            source = 0 if line.element.find(".//cite") is not None else None
        if source is not None and any(a in holders for a in chain[source:]):
            found.add(index)
    return found


def attachments(lines: list[Line], keep: set[int]) -> set[int]:
    """Links to a document attached to the release (a PDF, an office file) standing between two
    paragraphs of the body, which the extractor drops as link text: 'see the release of 25/02/2020
    (pdf, 752 Ko)' is read in place. A downloads block ('Documents à télécharger' and its links)
    stays out, also when the extractor kept a sidebar after it: no heading stands between the
    link and the body's line before it."""
    if not keep:
        return set()
    kept = sorted(keep)
    found = set()
    for index in range(kept[0] + 1, kept[-1]):
        line = lines[index]
        if index in keep or line.link_chars * 2 < len(line.text):
            continue
        if not _downloads(line):
            continue
        if any(a.tag in ("nav", "header", "footer", "aside", "form") for a in _ancestors(line.element)):
            continue
        previous = max(i for i in kept if i < index)
        if all(lines[i].kind != "heading" for i in range(previous + 1, index)):
            found.add(index)
    return found


def announced_links(lines: list[Line], keep: set[int]) -> set[int]:
    """Web addresses that a kept line announces ('Pour en savoir plus :', 'sur le site du
    Gouvernement :'), printed as links on lines of their own, which the extractor drops as link
    text: the run of such lines right after a kept line ending with a colon, in the same block."""
    address = settings()["bare_address"]
    found = set()
    for index in sorted(keep):
        if not lines[index].text.rstrip().endswith(":"):
            continue
        parent = lines[index].element.getparent()
        following = index + 1
        while following < len(lines) and following not in keep:
            line = lines[following]
            if not address.match(line.text.strip("• ")) or parent not in _ancestors(line.element):
                break
            found.add(following)
            following += 1
    return found


def contact_boxes(lines: list[Line], keep: set[int]) -> list[int]:
    """Lines of press-contact boxes outside the main content: a heading or line that names press
    contacts, and the smallest element around it that also holds an e-mail or a phone number."""
    config = settings()

    def holds_contact(candidate, content: str) -> bool:
        return bool(config["contact_detail"].search(content) or candidate.xpath(CONTACT_LINKS))

    return _boxes(lines, keep, config["press_contact"], holds_contact, ("nav", "header"), -1)


def about_boxes(lines: list[Line], keep: set[int]) -> list[int]:
    """Lines of the issuer's boilerplate set after the article in a section of its own ('À propos
    de Trelys' and a paragraph, as hosted newsrooms print it), which the extractor leaves out: the
    smallest element around the heading that also holds prose. A site's own 'À propos' in its
    footer or a sidebar stays out."""
    config = settings()
    limit = config["max_header_line_chars"]

    def holds_prose(candidate, content: str) -> bool:
        return len(content.strip()) > 2 * limit

    after = max(keep, default=0)
    return _boxes(lines, keep, config["about_cue"], holds_prose, ("nav", "header", "footer", "aside"), after)


def _boxes(lines: list[Line], keep: set[int], cue, holds, outside: tuple[str, ...], after: int) -> list[int]:
    """Lines of the boxes outside the main content that a line matching cue heads (a line that is
    not a link, after line `after`, in none of the `outside` elements): the smallest element
    around it, up to max_box_chars of text, for which holds(element, text) is true."""
    config = settings()
    chosen: list[int] = []
    taken: set[int] = set()
    for index, line in enumerate(lines):
        if index <= after or index in keep or index in taken or not cue.search(line.text):
            continue
        if line.link_chars * 2 > len(line.text) and not config["contact_detail"].search(line.text):
            continue  # a menu's 'Presse' link, not a box's heading (a mailto link is a contact's)
        ancestors = _ancestors(line.element)
        if any(a.tag in outside for a in ancestors) or any(_marked(a) for a in ancestors):
            continue  # in a site's furniture: its navigation, a cookie banner ('À propos des cookies')
        box = None
        for candidate in [line.element, *_ancestors(line.element)]:
            if candidate.tag in ("body", "html", "main"):
                break
            if candidate.tag in HEADINGS:
                continue  # a heading is the box's title, never the whole box ('Contact presse : Name, phone')
            content = candidate.text_content()
            if len(content) > config["max_box_chars"]:
                break
            if holds(candidate, content):
                box = candidate
                break
        if box is None:
            continue
        inside = [  # with what the body kept of it after its heading (a card's e-mail and phone)
            i
            for i in range(len(lines))
            if (i not in keep or i > index)
            and i not in taken
            and (lines[i].element is box or box in _ancestors(lines[i].element))
        ]
        taken.update(inside)
        chosen.extend(inside)
    return sorted(chosen)


def cross_references(lines: list[Line], keep: set[int]) -> set[int]:
    """Kept lines that point to another of the site's articles inside the body ('Lire aussi :
    <link>', 'À lire également : <link>'): the cue, then nothing but link text. The headline they
    name is another release's (the annotation guide counts lists of other articles as the site's);
    a sentence that only begins so ('Lire aussi le rapport annuel, disponible en mairie') stays."""
    cue = settings()["see_also"]
    found = set()
    for index in keep:
        line = lines[index]
        opening = cue.match(line.text)
        if opening is None or not line.link_chars:
            continue
        rest = line.text[opening.end() :].strip(" :–—-»>")
        if line.link_chars >= 0.8 * len(rest):
            found.add(index)
    return found


def related_sections(lines: list[Line], keep: set[int]) -> set[int]:
    """Kept sections of teasers for other articles: a short heading that opens like a cross-reference
    ('Voir aussi', 'À lire aussi', 'Sur le même sujet'), and the blocks after it up to the next
    heading of its rank or higher, when their text is mostly links (the articles' titles as links,
    with their dates and topics). The extractor keeps such a section when it sits in the article's
    column (the State design system's cards under the article); its dates are other releases'."""
    cue, limit = settings()["see_also"], settings()["max_header_line_chars"]
    found: set[int] = set()
    for index in keep:
        line = lines[index]
        if line.kind != "heading" or len(line.text) > limit or not cue.match(line.text):
            continue
        heading = line.element
        rank = int(heading.tag[1]) if heading.tag in HEADINGS else 6
        while (
            heading.getnext() is None
            and heading.getparent() is not None
            and heading.getparent().tag != "body"
        ):
            heading = heading.getparent()  # '<div class="title"><h2>Voir aussi</h2></div><ul>...'
        section = []
        sibling = heading.getnext()
        while sibling is not None:
            if isinstance(sibling.tag, str) and sibling.tag in HEADINGS and int(sibling.tag[1]) <= rank:
                break
            section.append(sibling)
            sibling = sibling.getnext()
        members = [
            i
            for i, other in enumerate(lines)
            if any(other.element is s or s in other.element.iterancestors() for s in section)
        ]
        link_chars = sum(lines[i].link_chars for i in members)
        if members and link_chars * 2 >= sum(len(lines[i].text) for i in members):
            found.update([index, *members])
    return found


def side_columns(lines: list[Line], keep: set[int]) -> set[int]:
    """Kept lines that lie in a side column (`<div id="secondary" role="complementary">`, a
    WordPress widget area, an old préfecture template's "col-droite": html.json's
    side_column_marks): the extractor sometimes keeps a sidebar after the article, with the site's
    general "Contact" box (its address and switchboard), latest news or opening hours. A press
    contact box among them is read as any such box outside the article. A column that holds
    the headline, the <main> element or half the kept text is the article's, whatever its name."""
    total = sum(len(lines[i].text) for i in keep)
    nearest: dict[object, object] = {}  # an element: the side column it lies in (itself included), or None

    def column_of(element):
        path, node, column = [], element.getparent(), None
        while node is not None:
            if node in nearest:
                column = nearest[node]
                break
            path.append(node)
            if node.get("role") == "complementary" or _marked(node, marks="side_column_marks"):
                column = node
                break
            node = node.getparent()
        nearest.update(dict.fromkeys(path, column))
        return column

    columns: dict[object, list[int]] = {}
    for index in keep:
        column = column_of(lines[index].element)
        if column is not None:
            columns.setdefault(column, []).append(index)
    found: set[int] = set()
    for column, indexes in columns.items():
        if column.find(".//h1") is not None or column.find(".//main") is not None:
            continue
        if sum(len(lines[i].text) for i in indexes) * 2 < total:
            found.update(indexes)
    return found


def navigation_edges(lines: list[Line], keep: set[int]) -> set[int]:
    """Kept lines at either end of the extraction that are a site's links, not the article's: a
    breadcrumb over the headline ('Accueil > Actualités > Piscine'), a share bar ('Partager :
    Facebook | X | E-mail') or the legal links ('Mentions légales - Plan du site') under the body.
    On a short page whose furniture no class or element names (loose <div>s and <p>s, an old
    table layout), the extractor keeps them; a breadcrumb kept above the <h1> also hid the
    headline (it read as the body's first line). Lines between it and the end are such lines too
    (see site_links); a page of nothing else is left to the listing test."""
    kept = sorted(keep)
    found: set[int] = set()
    for run in (kept, kept[::-1]):
        for index in run:
            if not site_links(lines[index]):
                break
            found.add(index)
    return found if len(found) < len(keep) else set()


def arrange(lines: list[Line], keep: set[int], title_text: str | None) -> list[int]:
    """The lines of the text in reading order: the article's header (genre tag, headline, date),
    the body with the contact cards and attached documents it holds, then press-contact boxes and
    the issuer's boilerplate from outside it, in the page's order."""
    keep = keep - cross_references(lines, keep) - side_columns(lines, keep) - related_sections(lines, keep)
    keep -= navigation_edges(lines, keep)
    body = sorted(
        keep
        | contact_cards(lines, keep)
        | attachments(lines, keep)
        | announced_links(lines, keep)
        | quote_sources(lines, keep)
    )
    title = _title_line(lines, keep, title_text)
    if title is not None:
        kicker, dated = article_header(lines, title, keep)
        header = {title, *kicker, *dated}
        rest = [i for i in body if i not in header and i > title]
        if not kicker and rest and _genre_tag(lines[rest[0]]):
            kicker = [rest[0]]  # 'COMMUNIQUÉ DE PRESSE' opening the body, under the page's <h1>
            header.add(rest[0])
        body = [*kicker, title, *dated, *(i for i in body if i not in header)]
    outside = keep | set(body)
    boxed = set(contact_boxes(lines, outside)) | set(about_boxes(lines, outside))
    return [i for i in body if i not in boxed] + sorted(boxed)
