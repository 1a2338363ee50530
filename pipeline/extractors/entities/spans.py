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
KIND_RULES = frozenset(
    {
        "entity.appositive",
        "entity.appositive_after",
        "entity.quoted_name",
        "entity.kind_list",
        "entity.legal_text",
        "entity.eponym",
        "entity.place_kind",
        "entity.appellation",
    }
)
"""Rules whose label comes from a word that says the kind of thing named."""
CUED_RULES = KIND_RULES | {
    "entity.employer",
    "entity.list_neighbours",
    "entity.contact_body",
    "entity.report_edition",
}
"""Rules whose label a kind noun or a role in the sentence states ('la société brestoise X', 'X, l'outil
financier du mouvement', 'directrice de X', 'la quatrième édition de son Observatoire X'): more than a
label guessed from a name's shape."""


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

    @property
    def weight(self) -> int:
        """The vote of this mention's label: its source's priority, two more when the sentence states
        the kind ('la start-up nantaise Kelora' outvotes two 'Kelora' guessed products from their shape,
        not a name the model and the runs agree on at every other line)."""
        return self.priority + 2 * (self.rule in CUED_RULES)


@dataclass
class Cluster:
    label_votes: Counter = field(default_factory=Counter)
    mentions: list[Candidate] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)
