"""Names joined by an ampersand are firms and associations: 'Maillard & Associés', 'Granit &
Lumière', 'Kelp&Co', 'Cidres & Poirés de l'Ouest'. No person's name holds one; products and events
that do say their kind with a head-word ('Salon Bois & Habitat', 'Forum X & Y'), which keeps theirs.
So do names ending with a company's legal form in another language ('AntiFoul Tech BV')."""

from __future__ import annotations

from dataclasses import replace

from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import head_label, vocabulary


def firm_shapes(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Person or thing candidates with an ampersand, or ending with a legal form, relabelled ORG."""
    out = []
    for c in candidates:
        name = text[c.start : c.end]
        if c.label in {"PER", "MISC"} and _firm_shaped(name) and head_label(name) != "MISC":
            c = replace(c, label="ORG")
        out.append(c)
    return out


def _firm_shaped(name: str) -> bool:
    words = name.split()
    # a legal form is a short tail ('SAS', 'GmbH', 'Ltd'): 'France Services' names a programme
    return "&" in name or (len(words) > 1 and len(words[-1]) <= 6 and words[-1] in vocabulary()["org_tails"])
