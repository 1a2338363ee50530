"""A venue named where something takes place is a place: 'à la Maison des associations', 'au
Théâtre du Port', 'à l'Espace Lumière'. The same head-words name the body that runs the venue
elsewhere ('la Maison des femmes a inauguré…', 'le Théâtre Le Phare programme…'), so only a name
right after 'à' or 'au' is relabelled; the heads are data (`venue_heads` in entities.json).
Parks and congress centres run by a body ('Parc naturel régional du Perche', 'Parc des expositions',
'Palais des congrès de Tours') are that body wherever they are named (`head_phrases`), although 'Parc'
and 'Palais' alone head places."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extractors.entities.head_labels import head_phrase_label
from pipeline.extractors.entities.spans import Candidate
from pipeline.resources import load

AT_BEFORE = re.compile(r"(?:^|[\s(])(?:à[ \n]+(?:la[ \n]+|l['’])|au[ \n]+)(?:\*\*)?$", re.IGNORECASE)
"""'à la ', 'à l'', 'au ' (wrapped or in bold markup) right before the name."""


def venues_at(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates headed by a venue word right after 'à la' or 'au' relabelled LOC; parks and congress
    centres run by a body, and standing conferences ('Conférence des financeurs …', which the event
    patterns read as meetings), relabelled ORG."""
    heads = set(load("entities.json")["venue_heads"]["words"])
    out = []
    for c in candidates:
        first = re.split(r"[\s'’]", text[c.start : c.end], maxsplit=1)[0]
        if c.label == "ORG" and first in heads and AT_BEFORE.search(text[max(0, c.start - 12) : c.start]):
            c = replace(c, label="LOC", rule="entity.venue")
        elif c.label in {"LOC", "MISC"} and head_phrase_label(text[c.start : c.end]) == "ORG":
            c = replace(c, label="ORG")
        out.append(c)
    return out
