"""A record against its gold: which marks are false alarms, what the gold wanted, and where.

Scores come from `pipeline.evaluate.matching.score_document` in soft mode, so a review page agrees
with the evaluation report. Gold offsets point into the *source* file (samples and corpus alike:
markdown markers and wrapped lines are still there) and PDF gold has only text and page, while
marks sit on the clean `document.text`. So a missed value is found in the text by its words (spaces and
apostrophes loosened, case folded as a last resort), nearest to the gold's offset when it has one;
a miss that cannot be found is listed in the panel only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.evaluate.matching import (
    CONTACT_FIELDS,
    LABELS,
    METADATA_FIELDS,
    Counts,
    normalize,
    score_document,
)
from pipeline.review.marks import Mark, page_finder

PART_OF_FIELD = {"emails": "email", "phones": "phone"}


@dataclass
class Miss:
    """A gold value the record lacks, with where it was found in the clean text (if it was)."""

    field: str
    value: str
    mark: Mark | None = None


@dataclass
class Comparison:
    f1: float
    errors: dict[str, dict[str, list]]
    misses: list[Miss] = field(default_factory=list)

    @property
    def miss_marks(self) -> list[Mark]:
        return [m.mark for m in self.misses if m.mark is not None]

    @property
    def located(self) -> list[tuple[str, str, list[Mark]]]:
        """Misses found in the text, one entry per field and value with all the places found."""
        places: dict[tuple[str, str], list[Mark]] = {}
        for miss in self.misses:
            if miss.mark is not None:
                places.setdefault((miss.field, miss.value), []).append(miss.mark)
        return [(name, value, marks) for (name, value), marks in places.items()]


def _pattern(needle: str) -> str:
    """Words separated by any run of spaces; either apostrophe for either."""
    words = ["".join("['’]" if c in "'’" else re.escape(c) for c in word) for word in needle.split()]
    return r"\s+".join(words)


def _phone_pattern(e164: str) -> str | None:
    """A French E.164 number as it is printed: 01 40 81 72 13, 01.40.81.72.13, +33 1 40 ..."""
    if not e164.startswith("+33"):
        return None
    digits = e164[3:]
    spaced = r"[\s.\-]?".join(digits)
    return rf"(?:0|\+33\s?(?:\(0\)\s?)?){spaced}"


def locate(text: str, needle: str, near: int | None = None, phone: bool = False) -> tuple[int, int] | None:
    """Offsets of needle in text (the occurrence nearest to `near`), or None."""
    if not needle or not needle.strip():
        return None
    pattern = _phone_pattern(needle) if phone else _pattern(needle)
    if pattern is None:
        return None
    found = list(re.finditer(pattern, text)) or list(re.finditer(pattern, text, re.IGNORECASE))
    if not found:
        return None
    best = min(found, key=lambda m: abs(m.start() - near)) if near is not None else found[0]
    return best.start(), best.end()


def _flag(marks: list[Mark], groups: set[str], kinds: tuple[str, ...] | None = None) -> None:
    for mark in marks:
        if mark.group in groups and (kinds is None or mark.kind in kinds):
            mark.status = "false_alarm"


def _take(counter: Counter, key: str) -> bool:
    """Consume one occurrence of key from a multiset; True when there was one."""
    if counter[key] > 0:
        counter[key] -= 1
        return True
    return False


def compare(record: dict, gold: dict, marks: list[Mark]) -> Comparison:
    """Flag false-alarm marks in place; return the document's soft F1, its errors and its located misses."""
    fields = score_document(gold, record, "soft")
    total = Counts()
    for counts in fields.values():
        total.add(counts)
    errors = {
        name: {"misses": c.misses, "false_alarms": c.false_alarms}
        for name, c in fields.items()
        if c.misses or c.false_alarms
    }
    document = record.get("document") or {}
    text = document.get("text") or ""
    page_of = page_finder(document)
    misses: list[Miss] = []
    seen: set[tuple] = set()

    def miss(name: str, value: object, needle: str | None = None, near=None, page=None, phone=False) -> None:
        value = "" if value is None else str(value)
        where = locate(text, needle if needle is not None else value, near, phone)
        entry = Miss(name, value)
        if where and (name, *where) not in seen:
            seen.add((name, *where))
            span = {"start": where[0], "end": where[1]}
            entry.mark = Mark(
                id=f"g{len(misses)}",
                kind="miss",
                start=where[0],
                end=where[1],
                label=name,
                value=value,
                rule="gold",
                page=page or page_of(span),
            )
        elif where:
            return
        misses.append(entry)

    gold_meta = gold.get("metadata") or {}
    for name in METADATA_FIELDS:
        counts = fields[f"metadata.{name}"]
        if counts.false_alarms:
            _flag(marks, {f"metadata-{name}"})
        if counts.misses:
            miss(f"metadata.{name}", gold_meta.get(name))

    pred_entities = record.get("entities") or []
    for label in LABELS:
        counts = fields[f"entities.{label}"]
        wrong = Counter(counts.false_alarms)
        _flag(
            marks,
            {
                f"entity-{i}"
                for i, e in enumerate(pred_entities)
                if e.get("label") == label and _take(wrong, e.get("name"))
            },
        )
        missed = Counter(counts.misses)
        for entity in gold.get("entities") or []:
            if entity.get("label") == label and _take(missed, entity.get("name")):
                for mention in entity.get("mentions") or [{"text": entity.get("name")}]:
                    miss(
                        f"entities.{label}",
                        entity.get("name"),
                        mention.get("text"),
                        mention.get("start"),
                        mention.get("page"),
                    )

    def by_value(part: str, key: str, counts: Counts) -> tuple[set[int], list[dict]]:
        """Indexes of predicted items that are false alarms, and the gold items that were missed."""
        wrong, missed = Counter(counts.false_alarms), Counter(counts.misses)
        items = record.get(part) or []
        flagged = {i for i, item in enumerate(items) if _take(wrong, normalize(item.get(key) or "", "soft"))}
        gone = [g for g in gold.get(part) or [] if _take(missed, normalize(g.get(key) or "", "soft"))]
        return flagged, gone

    flagged, gone = by_value("dates", "value", fields["dates"])
    _flag(marks, {f"date-{i}" for i in flagged})
    for date in gone:
        miss("dates", date.get("value"), date.get("text"), date.get("start"), date.get("page"))

    flagged, gone = by_value("quotes", "text", fields["quotes.text"])
    _flag(marks, {f"quote-{i}" for i in flagged}, ("quote",))
    for quote in gone:
        miss("quotes.text", quote.get("text"), near=quote.get("start"), page=quote.get("page"))
    flagged, gone = by_value("quotes", "speaker", fields["quotes.speaker"])
    _flag(marks, {f"quote-{i}" for i in flagged}, ("speaker",))
    for quote in gone:
        miss("quotes.speaker", quote.get("speaker"), near=quote.get("start"), page=quote.get("page"))

    themes = record.get("themes") or []
    for level in (1, 2):  # Media Topics are scored per level; a theme is flagged at its own level
        counts = fields.get(f"themes.level{level}")
        if counts is None:
            continue
        wrong = Counter(counts.false_alarms)
        _flag(
            marks,
            {
                f"theme-{i}"
                for i, t in enumerate(themes)
                if t.get("level") == level and _take(wrong, normalize(t.get("id") or "", "soft"))
            },
        )
        for code in counts.misses:
            miss(f"themes.level{level}", code.replace(" ", ":"), "")

    contacts = record.get("contacts") or []
    for name in CONTACT_FIELDS:
        counts = fields[f"contacts.{name}"]
        wrong = Counter(counts.false_alarms)
        for i, contact in enumerate(contacts):
            values = contact.get(name)
            values = values if isinstance(values, list) else [values]
            if any(_take(wrong, normalize(v, "soft")) for v in values if v):
                part = PART_OF_FIELD.get(name, name)
                for mark in marks:
                    if mark.group == f"contact-{i}" and (mark.kind == "contact" or mark.label == part):
                        mark.status = "false_alarm"
        missed = Counter(counts.misses)
        for contact in gold.get("contacts") or []:
            values = contact.get(name)
            for value in values if isinstance(values, list) else [values]:
                if value and _take(missed, normalize(value, "soft")):
                    miss(f"contacts.{name}", value, phone=name == "phones")
    return Comparison(f1=round(total.f1, 4), errors=errors, misses=misses)
