"""A body's governing organs are no names: 'le Conseil d'administration', 'l'Assemblée générale des
sociétaires', 'le Bureau national de la FNTSI'. Written in title case in company, club and association
releases, they name a meeting or a board of the body, which the gold never lists; the body named after
their 'de' is the entity."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import resources
from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.spans import Candidate

OF_BODY = re.compile(r"\s+(?:du|des|de\s+la|de\s+l'|de|d')\s*(?=[A-ZÀ-Ý])")
"""The 'de' after an organ, before the body's capitalised name."""


@lru_cache(maxsize=1)
def _organ() -> re.Pattern:
    words = sorted(resources.load("entities.json")["governing_organs"]["words"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?![\w-])", re.IGNORECASE)


def without_organs(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each organ dropped, and the body after its 'de' kept as a body of its own."""
    out = []
    for c in candidates:
        name = text[c.start : c.end].replace("’", "'")
        organ = _organ().match(name)
        if organ is None:
            out.append(c)
            continue
        body = OF_BODY.match(name, organ.end())
        if body:
            out.append(
                Candidate(
                    c.start + body.end(),
                    c.end,
                    head_label(name[body.end() :]) or "ORG",
                    "pattern",
                    "entity.employer",
                )
            )
    return out
