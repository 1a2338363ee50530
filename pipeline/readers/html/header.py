"""Stage 4a of reading a page: the article's header. The headline (the <h1> the page's title
names, else a lower heading it names) is kept when the extractor left it out, with what a printed
release shows around it: a genre tag above it ('Communiqué de presse', also set as a tag or inside
the heading), a date line, a byline, a subtitle or a standfirst under it."""

from __future__ import annotations

from pipeline.readers.html.config import match_form, settings
from pipeline.readers.html.lines import Line, _marked


def _ancestors(element) -> list:
    return list(element.iterancestors()) if element is not None else []


def names_title(heading: str, title: str) -> bool:
    """Whether a heading is the headline a page title names: the same words, or most of them
    (a title often adds the site's name or a section after the headline)."""
    heading, title = match_form(heading), match_form(title)
    if not heading or not title:
        return False
    return heading == title or (heading in title and len(heading) >= 0.5 * len(title)) or title in heading


def _is_h1(line: Line) -> bool:
    return line.kind == "heading" and line.element.tag == "h1"


def _title_line(lines: list[Line], keep: set[int], title: str | None) -> int | None:
    """The article's headline (kept by the extractor or not): among the h1 lines before the body's
    first line, the one the page's title names; else a lower heading before the body that the
    page's title names (Joomla and some newsrooms print the article's title in an <h2>, the <h1>
    being the site's or absent); else the h1 nearest to the body. A kept date line above the
    headline ('16 mai 2025, par X') is not the body's first line; a release's letterhead is."""
    limit = settings()["max_header_line_chars"]

    def opens_body(index: int) -> bool:
        line = lines[index]
        return not (len(line.text) <= limit and _holds_date(line))

    first = min((i for i in keep if not _is_h1(lines[i]) and opens_body(i)), default=len(lines))
    headings = [i for i in range(first) if _is_h1(lines[i])]
    named = [i for i in headings if title and names_title(lines[i].text, title)]
    if named:
        return named[-1]
    if title:
        body = min((i for i in keep if lines[i].kind != "heading" and opens_body(i)), default=len(lines))
        lower = [i for i in range(body) if lines[i].kind == "heading" and names_title(lines[i].text, title)]
        if lower:
            return lower[-1]
    return (headings or [None])[-1]


def article_header(lines: list[Line], title: int, keep: set[int]) -> tuple[list[int], list[int]]:
    """Lines after the headline that belong to the article's header, up to the body's first line:
    the title block's other short lines (a genre tag: 'Communiqué de presse'), read before the
    headline as in a printed release; then, read after it, the short lines that hold a date (a
    <time>, 'Mis à jour le 18/07/2025', 'Publié le 3 mars 2025 par X') and a standfirst the
    extractor left out (prose, not links, within the element that holds both the headline and the
    body), even when the body's first paragraph repeats it: the page shows both. A subtitle the
    extractor kept in the headline's own block (a header that does not hold the body) is read
    there too, and the date line under it is not lost behind it."""
    limit = settings()["max_header_line_chars"]
    heading = lines[title].element
    block = heading.getparent()
    own = set(_ancestors(heading))  # elements, not id(): lxml's proxies are made on demand
    long_kept = [i for i in sorted(keep) if i > title and len(lines[i].text) > limit]
    standfirst = []  # a subtitle the extractor kept inside the headline's own block, a header
    while (
        len(long_kept) > 1
        and _in_block(lines[long_kept[0]], block)
        and not _in_block(lines[long_kept[1]], block)
    ):
        standfirst.append(long_kept.pop(0))
    first = long_kept[0] if long_kept else None
    container = _common_ancestor([heading, lines[first].element]) if first is not None else None
    if container is not None and container.tag in ("body", "html"):
        container = None
    before, after = _kicker_above(lines, title, block, limit)
    for index in range(title + 1, len(lines)):
        line = lines[index]
        if index == first:
            break
        if index in standfirst:
            after.append(index)
            continue
        ancestors = _ancestors(line.element)
        if any(
            a.tag in ("nav", "aside") or (a.tag in ("header", "footer") and a not in own) for a in ancestors
        ):
            continue
        short = len(line.text) <= limit and line.kind != "heading"
        if short and _holds_date(line):
            after.append(index)
        elif short and _in_block(line, block):
            if _marked(line.element, inline=True) or _downloads(line):
                continue  # not a 'Télécharger le communiqué (PDF)' button
            # a genre tag goes above the headline, as printed; a byline ('Par Claire Moutet') stays under it
            (before if _opens_with_genre(line) else after).append(index)
        elif index in keep and line.kind == "heading" and _in_block(line, block):
            after.append(index)  # a subtitle the extractor kept: the date line under it is read too
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


SENTENCE_END = (".", "!", "?", "»", ";")


def site_links(line: Line) -> bool:
    """Whether a line is a row of the site's links (a breadcrumb, a share bar, the legal links):
    two links or more, making at least 40% of its text ('Partager : Facebook | X | E-mail'), in no
    heading and no sentence, with no e-mail address or phone number (a contact's links) and no web
    address ('www.valcourt.fr | Facebook': the issuer's site, a clue to its name) and no date."""
    text, config = line.text.strip(), settings()
    return (
        line.kind != "heading"
        and line.links >= 2
        and line.link_chars * 5 >= 2 * len(text)
        and not text.endswith(SENTENCE_END)
        and config["contact_detail"].search(text) is None
        and not any(config["bare_address"].match(word) for word in text.split())
        and not _holds_date(line)  # '12 mars 2025 | Santé | Prévention': the page's date line
    )


def _kicker_above(lines: list[Line], title: int, block, limit: int) -> tuple[list[int], list[int]]:
    """The short lines printed just above the headline in its block, which the extractor may leave
    out: a genre tag (a <span>, or a short <h2>/<h3> as some WordPress themes print 'Communiqué de
    presse') read before it, as on the page; and a date line set between the tag and the headline
    (a <time>), read after it as on a printed release, not a wall between the tag and the headline."""
    found: list[int] = []
    dated: list[int] = []
    for index in range(title - 1, -1, -1):
        line = lines[index]
        if len(line.text) > limit or (_is_h1(line) and line.element is not lines[title].element):
            break  # not another headline; the genre tag set in the headline's own <h1> is read
        if not (line.element is block or line.element.getparent() is block):
            if block is None or block not in line.element.iterancestors():
                break
            if _opens_with_genre(line) and not _holds_date(line):
                found.insert(0, index)  # deeper in the headline's block: a tags group's genre tag
            continue  # the group's topic tags, an image's caption
        if _opens_with_genre(line) and not _holds_date(line):
            found.insert(0, index)  # a genre tag, whatever its class ('fr-tag')
            continue
        if _marked(line.element, inline=True):
            break
        if line.link_chars * 2 > len(line.text) or site_links(line):
            continue  # the post's categories as links, between a date badge and the headline; a breadcrumb
        if _holds_date(line):
            if line.kind == "heading":
                break
            dated.insert(0, index)
            continue
        found.insert(0, index)
    return found, dated


def _genre_tag(line: Line) -> bool:
    """Whether the line is only a release's genre ('COMMUNIQUÉ DE PRESSE', 'Invitation presse'):
    the metadata's document types. Set as the body's first paragraph under a site's <h1>, it is
    read above the headline, where a printed release has it and the extractors look for it."""
    return match_form(line.text) in settings()["genres"]


def _opens_with_genre(line: Line) -> bool:
    """Whether a short line opens with a release's genre ('Communiqué de presse', 'Invitation presse
    - Culture'): a tag set under the headline in the markup, that a printed release shows above it."""
    form = match_form(line.text)
    return any(form == genre or form.startswith(genre + " ") for genre in settings()["genres"])


def _downloads(line: Line) -> bool:
    """Whether the line links to a document (a release's PDF)."""
    document = settings()["document_link"]
    return any(document.search(a.get("href") or "") for a in line.element.iter("a"))


def _in_block(line: Line, block) -> bool:
    return line.element is block or line.element.getparent() is block


def _holds_date(line: Line) -> bool:
    return line.timed or settings()["date_cue"].search(line.text) is not None


def _common_ancestor(elements: list) -> object | None:
    """The deepest element holding all of elements."""
    if not elements:
        return None
    chain = [elements[0], *_ancestors(elements[0])]
    for element in elements[1:]:
        mine = {element, *_ancestors(element)}
        chain = [e for e in chain if e in mine]
    return chain[0] if chain else None
