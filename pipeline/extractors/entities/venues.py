"""A venue named where something takes place is a place: 'à la Maison des associations', 'au
Théâtre du Port', 'à l'Espace Lumière'. The same head-words name the body that runs the venue
elsewhere ('la Maison des femmes a inauguré…', 'le Théâtre Le Phare programme…'), so only a name
right after 'à' or 'au', or where a programme says where (a table's cell, a time and a dash, 'sur la scène
du'), is relabelled; the heads are data (`venue_heads` in entities.json).
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

WHERE_BEFORE = re.compile(
    r"\|[ \t]*$|\b\d{1,2}[ \t]*h[ \t]*\d{0,2}[ \t]*[–—-][ \t]*$"
    r"|\bscène[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’])[ \t]*$",
    re.IGNORECASE,
)
"""Where a programme says where, on the name's own line: a table's cell ('| Théâtre du Port |'), a time and a
dash ('20h – Salle Vauban'), 'sur la scène du'."""


def venues_at(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates headed by a venue word right after 'à la' or 'au' relabelled LOC; parks and congress
    centres run by a body, and standing conferences ('Conférence des financeurs …', which the event
    patterns read as meetings), relabelled ORG."""
    heads = set(load("entities.json")["venue_heads"]["words"])
    out = []
    for c in candidates:
        first = re.split(r"[\s'’]", text[c.start : c.end], maxsplit=1)[0]
        line_before = text[text.rfind("\n", 0, c.start) + 1 : c.start]
        at = AT_BEFORE.search(text[max(0, c.start - 12) : c.start]) or WHERE_BEFORE.search(line_before)
        if c.label == "ORG" and first in heads and at:
            c = replace(c, label="LOC", rule="entity.venue")
        elif c.label in {"LOC", "MISC"} and head_phrase_label(text[c.start : c.end]) == "ORG":
            c = replace(c, label="ORG")
        out.append(c)
    return out
