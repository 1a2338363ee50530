"""Matching and counting, field by field, for one document against its gold.

Matching (GROBID's way): strict compares values with whitespace collapsed; soft also folds case,
accents and punctuation. Metadata is scored field by field; entities per label at entity level
(a prediction matches a gold entity when one of its names or aliases equals one of the gold's);
dates on ISO value; contacts per attribute; themes as IPTC Media Topics at levels 1 and 2;
quotes on text and on speaker. Every field gives true positives, false positives and false
negatives (Counts), with what was missed and what was wrongly found, for the error listing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

METADATA_FIELDS = ("issuer", "document_type", "title", "place", "date", "reference")
LABELS = ("PER", "ORG", "LOC", "MISC")
CONTACT_FIELDS = ("name", "role", "organization", "emails", "phones")
MODES = ("strict", "soft")


def normalize(value: str, mode: str) -> str:
    value = re.sub(r"\s+", " ", str(value)).strip()
    if mode == "strict":
        return value
    value = unicodedata.normalize("NFKD", value.replace("’", "'"))
    value = "".join(c for c in value if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[^\W_]+", value))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    false_alarms: list = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def compare_bags(gold: list[str], pred: list[str], mode: str) -> Counts:
    """Multiset comparison of values."""
    gold_bag = Counter(normalize(v, mode) for v in gold if v not in (None, ""))
    pred_bag = Counter(normalize(v, mode) for v in pred if v not in (None, ""))
    common = gold_bag & pred_bag
    counts = Counts(
        tp=sum(common.values()), fp=sum((pred_bag - common).values()), fn=sum((gold_bag - common).values())
    )
    counts.misses = sorted((gold_bag - common).elements())
    counts.false_alarms = sorted((pred_bag - common).elements())
    return counts


def compare_entities(gold: list[dict], pred: list[dict], label: str, mode: str) -> Counts:
    """One-to-one matching: a predicted entity matches a gold one sharing any name or alias."""
    gold_items = [e for e in gold if e.get("label") == label]
    pred_items = [e for e in pred if e.get("label") == label]

    def names(entity: dict) -> set[str]:
        return {normalize(n, mode) for n in [entity.get("name"), *entity.get("aliases", [])] if n}

    used: set[int] = set()
    counts = Counts()
    for entity in pred_items:
        match = next(
            (i for i, g in enumerate(gold_items) if i not in used and names(g) & names(entity)), None
        )
        if match is None:
            counts.fp += 1
            counts.false_alarms.append(entity.get("name"))
        else:
            used.add(match)
            counts.tp += 1
    for i, entity in enumerate(gold_items):
        if i not in used:
            counts.fn += 1
            counts.misses.append(entity.get("name"))
    return counts


def topics_at_level(codes: list[str], level: int) -> list[str]:
    """The distinct Media Topics at `level` that the given topics are, or sit under."""
    from pipeline.extractors.mediatopics import at_level, tree

    known = tree()
    return sorted({q for c in codes if c in known and (q := at_level(c, level))})


def gold_topics(gold: dict) -> list[str]:
    """The gold's Media Topics; an output record playing the gold gives its themes' qcodes, and gold
    labelled before Media Topics is read through the thin layer mapping the former themes onto them."""
    if gold.get("media_topics"):
        return gold["media_topics"]
    from pipeline.extractors.mediatopics import legacy_layer

    return [legacy_layer().get(t["id"], t["id"]) for t in gold.get("themes", [])]


def compare_themes(gold: dict, pred: dict, mode: str) -> dict[str, Counts]:
    """Themes at Media Topic levels 1 and 2; a gold with no topic at all is not scored on themes."""
    codes = gold_topics(gold)
    if not codes:
        return {}
    predicted = [t["id"] for t in pred.get("themes", [])]
    return {
        f"themes.level{level}": compare_bags(
            topics_at_level(codes, level), topics_at_level(predicted, level), mode
        )
        for level in (1, 2)
    }


def score_document(gold: dict, pred: dict, mode: str) -> dict[str, Counts]:
    """Counts per field for one document."""
    fields: dict[str, Counts] = {}
    gold_meta, pred_meta = gold.get("metadata") or {}, pred.get("metadata") or {}
    for name in METADATA_FIELDS:
        fields[f"metadata.{name}"] = compare_bags([gold_meta.get(name)], [pred_meta.get(name)], mode)
    for label in LABELS:
        fields[f"entities.{label}"] = compare_entities(
            gold.get("entities", []), pred.get("entities", []), label, mode
        )
    fields["dates"] = compare_bags(
        [d["value"] for d in gold.get("dates", [])], [d["value"] for d in pred.get("dates", [])], mode
    )
    for name in CONTACT_FIELDS:

        def values(record: dict, name: str = name) -> list[str]:
            out: list[str] = []
            for contact in record.get("contacts", []):
                value = contact.get(name)
                out.extend(value if isinstance(value, list) else [value])
            return out

        fields[f"contacts.{name}"] = compare_bags(values(gold), values(pred), mode)
    fields.update(compare_themes(gold, pred, mode))
    fields["quotes.text"] = compare_bags(
        [q["text"] for q in gold.get("quotes", [])], [q["text"] for q in pred.get("quotes", [])], mode
    )
    fields["quotes.speaker"] = compare_bags(
        [q.get("speaker") for q in gold.get("quotes", [])],
        [q.get("speaker") for q in pred.get("quotes", [])],
        mode,
    )
    return fields
