"""Stage 2 of reading a page: the page walked into lines, each tied to the block element it came
from: a paragraph, a heading, a list item, a table row (cells joined by " | "); a <br> starts a
new line in the same block; `mailto:` and `tel:` links keep their address."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.errors import InputError
from pipeline.readers.html.config import MATCH_FORM, SPACES, marked_names, settings

HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
ITEMS = frozenset(("li", "dd", "dt"))
CELLS = frozenset(("td", "th"))
EMPHASIS_TAGS = frozenset(("em", "i", "cite"))
"""Inline elements that set words in italics: a work's title is often set so."""


LABEL_BREAK = "\x00"
"""Where two labels meet (see _glued): a space on a short line (a date line, a badge, a card: the
style sheet sets labels apart), nothing in prose, where spans are styling the reader sees run
together as written (a name whose two halves are coloured apart, a highlighted part of a word)."""


@dataclass
class Line:
    """One line of the page: the block element it belongs to, its text, and how it was written."""

    element: object
    kind: str  # "heading", "item", "row", "text"
    parts: list[str] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    """The page's own characters only (no inserted address or bullet): what trafilatura also sees."""
    link_chars: int = 0
    links: int = 0
    """How many links its text holds (a breadcrumb's or a share bar's several, a sentence's one)."""
    timed: bool = False
    """Holds the text of a <time> element."""
    continued: bool = False
    """Started by a <br> inside the same block."""
    done: tuple[str, str] | None = None
    """Text and match form of a finished line, computed once (the later steps read them often)."""
    emphasised: list[str] = field(default_factory=list)
    """The words of each element in italics on the line (EMPHASIS_TAGS), in order."""

    @property
    def text(self) -> str:
        if self.done:
            return self.done[0]
        written = "".join(self.parts)
        if LABEL_BREAK in written:  # labels set side by side: apart on a short line only
            short = len(written.replace(LABEL_BREAK, "").strip()) <= settings()["max_header_line_chars"]
            written = written.replace(LABEL_BREAK, " " if short else "")
        return SPACES.sub(" ", written).strip()

    @property
    def match_form(self) -> str:
        return self.done[1] if self.done else MATCH_FORM.sub(" ", "".join(self.plain)).strip().lower()

    def finish(self, text: str) -> None:
        self.done = (text, self.match_form)


def _hiding_style(style: str | None) -> bool:
    """Whether an inline style hides the element."""
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


UNMARKED = frozenset(("html", "body", "main", "article"))
"""Elements no class or id makes furniture: the page and the article ('<body class="cookies-not-set">'
from a consent plugin, '<article class="post has-share-buttons">')."""


def _marked(element, inline: bool = False, marks: str = "furniture_marks") -> bool:
    """Whether the element's class or id names a site's furniture (html.json's furniture_marks), or
    with inline, also a topic tag or a print link (inline_furniture_marks); or other marks."""
    if element.tag in UNMARKED:
        return False
    names = element.get("class"), element.get("id")
    return any(names) and marked_names(
        f"{names[0] or ''} {names[1] or ''}", "inline_marks" if inline else marks
    )


def _follows_link(element) -> bool:
    """A link set right after another with nothing between them (a contact card's e-mail then phone
    links, which the style sheet shows on lines of their own): read as one, their texts run
    together."""
    previous = element.getprevious()
    return previous is not None and previous.tag == "a" and not previous.tail  # a space: 'x y', no run


def _genre(element) -> bool:
    """Whether the element holds only a release's genre ('Communiqué de presse' set as a tag, as the
    State design system's `fr-tag` or `fr-badge`): not a topic tag, whatever its class says."""
    return MATCH_FORM.sub(" ", element.text_content()).strip().lower() in settings()["genres"]


LABELS = frozenset(
    ("span", "time", "a", "strong", "b", "em", "i", "small", "label", "abbr", "mark", "cite", "font")
)
"""Inline elements that hold a label of their own; not <sup> or <sub>, which end a word ('1<sup>er</sup>')."""


EDITOR_CLASSES = re.compile(r"\s*(?:Mso|SpellE|GramE|apple-)")
"""Classes a word processor gives to the runs it cuts text into (Word's MsoNormal, SpellE, GramE;
Apple's apple-converted-space)."""


def _themed(element) -> bool:
    """A label the site's theme sets out: a <time>, or an element with a class of the theme's."""
    classes = element.get("class")
    return element.tag == "time" or (bool(classes) and not EDITOR_CLASSES.match(classes))


def _glued(element, line: Line | None) -> bool:
    """Two labels set side by side with nothing between them, that the site's style sheet shows
    apart (blocks, a margin, a separator drawn by CSS): read as written, their words run together
    ('Communiqué de presse' then 'le 23/09/2024': 'Communiqué de pressele 23/09/2024'). True when
    the element and the one before it are labels, one of them a theme's (a <time>, or a class
    other than a word processor's), no text stands between them, and a letter or digit would meet
    another or follow a punctuation mark ('sept.' then '2024'). Text pasted from a word processor
    is cut into runs anywhere, inside words too ('les mai' 'res', styled or in a language, without
    a class of the site's): those are read as written. The space is only made on a short line
    (LABEL_BREAK)."""
    if line is None or element.tag not in LABELS:
        return False
    previous = element.getprevious()
    if previous is None or previous.tag not in LABELS or previous.tail:
        return False
    if not (_themed(element) or _themed(previous)):
        return False
    if len(before := (previous.text_content() or "").strip()) == 1 and before.isalpha():
        return False  # a drop cap: '<span class="lettrine">L</span><span>e préfet</span>
    text = (element.text or (element[0].text if len(element) else None) or "")[:1]
    written = "".join(line.parts)[-2:]
    if not text.isalnum() or not written:
        return False
    if written[-1] in ".,":  # 'sept.' then '2024', not a number's decimals ('1,' then '5')
        return not (text.isdigit() and written[:1].isdigit())
    return written[-1].isalnum() or written[-1] in ";:!?)»"


def _second_date(element) -> bool:
    """An update date printed right after the publication date, which the site's style sheet hides
    (WordPress themes print `<time class="entry-date published">` then `<time class="updated">`
    and show one): read, it runs into the first ('18 novembre 202419 novembre 2024')."""
    classes = (element.get("class") or "").split()
    previous = element.getprevious()
    return (
        "updated" in classes
        and "published" not in classes
        and previous is not None
        and previous.tag == "time"
        and not (previous.tail or "").strip()
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
        self.link_opened = False
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
            if tag == "li":  # a definition list's terms and definitions are lines, not bullets
                self.current.parts.append("• ")
        text = SPACES.sub(" ", text)
        self.current.parts.append(text)
        if own:
            self.current.plain.append(text)
            if self.in_link and text.strip():
                self.current.link_chars += len(text.strip())
                self.current.links += self.link_opened
                self.link_opened = False
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
        """Reads the element into lines. The tests every element goes through (hidden, furniture
        inside a line, labels side by side) are written inline, with each attribute read once: the
        walk visits every element of the page's body but its navigation."""
        tag = element.tag
        if not isinstance(tag, str):
            return  # a comment or a processing instruction
        tag = tag.lower()
        if tag in self.skip:
            return
        get = element.get
        classes = get("class")
        if (
            get("hidden") is not None
            or get("aria-hidden") == "true"
            or (classes and not self.hidden_classes.isdisjoint(classes.lower().split()))
            or _hiding_style(get("style"))
        ) and not (tag in UNMARKED or element.find(".//h1") is not None):
            # not shown (by attribute, style or a screen-reader-only class); but the page or the
            # article itself is: a page saved while a dialog was open has its <main> aria-hidden,
            # and some sites hide their <body> until a script has run
            return
        if tag == "br":
            if self.current is not None:
                self.end_line(continued=True)
            return
        if tag == "time" and _second_date(element):
            return
        block = tag in self.block_tags or (tag in CELLS and self._layout_cell(element))
        ident = get("id") if not block and tag not in UNMARKED else None
        if (classes or ident) and not block and tag not in UNMARKED:
            names = f"{classes or ''} {ident or ''}"
            if marked_names(names, "inline_marks") and not _genre(element):
                return  # a site's furniture inside a line: topic tags after a date, a 'Print' link
        current = self.current
        if block:
            if current is not None:
                self.end_line()
            self.blocks.append(element)
        elif tag in CELLS and current is not None and "".join(current.parts).strip():
            self.add(" | ", own=False)
        if tag == "a" and self.current is not None and _follows_link(element):
            self.end_line(continued=True)  # 'hugo@x.fr' then '06 12 34 56 78': two links, two lines
        elif not block and tag in LABELS and self.current is not None and _glued(element, self.current):
            self.current.parts.append(LABEL_BREAK)  # not in plain: trafilatura runs them together
        href = (get("href") or "").strip() if tag == "a" else ""
        if tag == "a":
            self.in_link += 1
            self.link_opened = True
        protected = get("data-cfemail") if tag in ("a", "span") else None
        if protected and _cloudflare_email(protected):
            self.add(_cloudflare_email(protected) or "", own=False)
            if self.current is not None:
                self.current.plain[-1] = f" {element.text_content()} "  # what trafilatura sees
        else:
            text = element.text
            if text and (self.current is not None or not text.isspace()):
                self.add(text)
            heading = tag in HEADINGS
            for child in element:
                self.visit(child)
                if heading and self._genre_kicker(child):
                    self.end_line(continued=True)
                tail = child.tail
                if tail and (self.current is not None or not tail.isspace()):
                    self.add(tail)
        self.in_link -= tag == "a"
        if tag in EMPHASIS_TAGS and self.current is not None:
            words = SPACES.sub(" ", element.text_content()).strip()
            if words:
                self.current.emphasised.append(words)
        if tag == "time" and self.current is not None:
            self.current.timed = True
        if href:
            self._link_address(href, element)
        if block:
            self.end_line()
            self.blocks.pop()

    def _genre_kicker(self, child) -> bool:
        """Whether a heading's child set before the headline's words holds only a release's genre
        (`<h1><span class="surtitre">Communiqué de presse</span> Headline</h1>`): it is a line of its
        own, the genre tag above the headline, not the headline's first words (the issuer and
        title extractors read 'Communiqué de presse Headline' as an issuer then a title)."""
        line = self.current
        if line is None or not isinstance(child.tag, str) or child.tag in HEADINGS:
            return False
        if MATCH_FORM.sub(" ", "".join(line.plain)).strip().lower() not in settings()["genres"]:
            return False
        rest = "".join([child.tail or "", *(s.text_content() + (s.tail or "") for s in child.itersiblings())])
        return rest.strip()[:1].isalnum()  # 'Communiqué : headline' is one line, as printed

    def _layout_cell(self, element) -> bool:
        """A table cell that lays out a page (a menu column, the article's column of an old site)
        rather than holding a value: it holds <br> breaks or blocks. Its lines are its own, not
        one row's values joined by ' | '."""
        return next(element.iterdescendants("br", *self.block_tags), None) is not None

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
