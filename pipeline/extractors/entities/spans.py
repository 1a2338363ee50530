"""Candidate spans and the clusters they form."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

SOURCE_PRIORITY = {
    "issuer": 5,
    "gazetteer": 4,
    "acronym": 3,
    "title_person": 3,
    "pattern": 2,
    "propagated": 2,
    "model": 1,
}


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    source: str
    rule: str
    key: str | None = None

    @property
    def priority(self) -> int:
        return SOURCE_PRIORITY[self.source]


@dataclass
class Cluster:
    label_votes: Counter = field(default_factory=Counter)
    mentions: list[Candidate] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)
