"""Every span of a record as a mark on its text, and the text cut into properly nested pieces.

Spans overlap freely (an entity inside a quote inside a contact block, a theme trigger across an
entity's edge), but HTML elements nest. `layout` walks the text once and, where two spans cross,
closes the inner one and reopens it after: a mark may then be drawn as several elements that share
its id, so counting marks means counting distinct ids.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

# Outer to inner, for spans of equal extent.
KINDS = (
    "language",
    "contact",
    "quote",
    "metadata",
    "theme",
    "entity",
    "speaker",
    "date",
    "contact_part",
    "miss",
)


@dataclass
class Mark:
    """One span of the record, as the page shows it."""

    id: str
    kind: str
    start: int
    end: int
    label: str
    value: str = ""
    rule: str | None = None
    page: int | None = None
    group: str | None = None  # the entity, contact, quote or theme the span belongs to
    status: str | None = None  # "false_alarm" with gold
    where: str | None = None  # the HTML element (XPath) a web page's span came from
    classes: list[str] = field(default_factory=list)

    def details(self) -> dict:
        """What the tooltip says about the mark."""
        return {
            "kind": self.kind,
            "label": self.label,
            "value": self.value,
            "rule": self.rule,
            "page": self.page,
            "status": self.status,
            "where": self.where,
        }


@dataclass
class Token:
    """A piece of the marked-up text: opens a mark, closes one, plain text, or a page break."""

    type: str  # "open", "close", "text", "page"
    mark: Mark | None = None
    text: str = ""
    page: int | None = None
    continued: bool = False


def page_finder(document: dict):
    """Page number of an offset, from document.pages (PDF); None for unpaged documents."""
    pages = [p for p in document.get("pages") or [] if isinstance(p, dict) and "start" in p]
    pages.sort(key=lambda p: p["start"])
    starts = [p["start"] for p in pages]

    def page_of(span: dict) -> int | None:
        location = span.get("location")
        if isinstance(location, dict) and location.get("page"):
            return location["page"]
        if isinstance(span.get("page"), int):
            return span["page"]
        index = bisect_right(starts, span.get("start", 0)) - 1
        return pages[index].get("number") if index >= 0 else None

    return page_of


def _valid(span: object, length: int) -> bool:
    if not isinstance(span, dict):
        return False
    start, end = span.get("start"), span.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= length


def collect_marks(record: dict) -> list[Mark]:
    """Marks for every span of the record, in a stable order; spans without valid offsets are left out."""
    document = record.get("document") or {}
    length = len(document.get("text") or "")
    page_of = page_finder(document)
    marks: list[Mark] = []

    def add(kind: str, span: dict, label: object, value: object = "", **extra) -> Mark | None:
        if not _valid(span, length):
            return None
        fallback_rule = extra.pop("rule", None)
        mark = Mark(
            id=f"m{len(marks)}",
            kind=kind,
            start=span["start"],
            end=span["end"],
            label=str(label or ""),
            value="" if value is None else str(value),
            rule=span.get("rule") or fallback_rule,
            page=page_of(span),
            where=(span.get("location") or {}).get("xpath")
            if isinstance(span.get("location"), dict)
            else None,
            **extra,
        )
        marks.append(mark)
        return mark

    for i, block in enumerate(document.get("language_blocks") or []):
        add("language", block, block.get("lang"), "not French: not mined", group=f"language-{i}")
    metadata = record.get("metadata") or {}
    for name, span in (metadata.get("evidence") or {}).items():
        add("metadata", span, name, metadata.get(name), group=f"metadata-{name}")
    for i, entity in enumerate(record.get("entities") or []):
        for mention in entity.get("mentions") or []:
            add(
                "entity",
                mention,
                entity.get("label"),
                entity.get("name"),
                rule=entity.get("rule"),
                group=f"entity-{i}",
                classes=[f"l-{entity.get('label')}"],
            )
    for i, date in enumerate(record.get("dates") or []):
        add("date", date, date.get("granularity"), date.get("value"), group=f"date-{i}")
    for i, contact in enumerate(record.get("contacts") or []):
        who = contact.get("name") or contact.get("organization") or ", ".join(contact.get("emails") or [])
        add("contact", contact, "contact", who, group=f"contact-{i}")
        for span in contact.get("evidence") or []:
            part = str(span.get("rule") or "").rpartition(".")[2] or "evidence"
            add("contact_part", span, part, span.get("text"), group=f"contact-{i}")
    for i, quote in enumerate(record.get("quotes") or []):
        add("quote", quote, "quote", quote.get("speaker") or "(no speaker)", group=f"quote-{i}")
        if quote.get("speaker_span"):
            add("speaker", quote["speaker_span"], "speaker", quote.get("speaker"), group=f"quote-{i}")
    for i, theme in enumerate(record.get("themes") or []):
        for span in theme.get("evidence") or []:
            if isinstance(span, dict):
                add("theme", span, theme.get("label") or theme.get("id"), theme.get("id"), group=f"theme-{i}")
    return marks


def layout(text: str, marks: list[Mark], breaks: dict[int, int] | None = None) -> list[Token]:
    """The text as tokens in which marks nest properly; `breaks` maps offsets to the page starting there."""
    breaks = breaks or {}
    order = {kind: i for i, kind in enumerate(KINDS)}
    starting: dict[int, list[Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    points = sorted({0, len(text), *starting, *(m.end for m in marks), *breaks})
    tokens: list[Token] = []
    stack: list[Mark] = []
    for n, position in enumerate(points):
        ending = [i for i, mark in enumerate(stack) if mark.end == position]
        if ending:
            reopen = [mark for mark in stack[ending[0] :] if mark.end != position]
            tokens.extend(Token("close") for _ in stack[ending[0] :])
            del stack[ending[0] :]
            for mark in reopen:
                tokens.append(Token("open", mark, continued=True))
                stack.append(mark)
        if position in breaks:
            tokens.append(Token("page", page=breaks[position]))
        for mark in sorted(starting.get(position, []), key=lambda m: (-m.end, order.get(m.kind, 99))):
            tokens.append(Token("open", mark))
            if mark.end == position:
                tokens.append(Token("close"))
            else:
                stack.append(mark)
        if n + 1 < len(points):
            tokens.append(Token("text", text=text[position : points[n + 1]]))
    tokens.extend(Token("close") for _ in stack)
    return tokens
