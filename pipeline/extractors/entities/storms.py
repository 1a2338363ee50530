"""A named storm's bare name: 'Cyclone Fitia' in the headline, then 'le cyclone tropical intense Fitia' or
'Fitia' alone in the text. The kind noun and the name are one named event; the name alone, wherever the
text uses it, is its alias, not a person or a product of its own."""

from __future__ import annotations

from pipeline.extractors.entities.spans import Candidate

STORM_RULE = "pattern.pattern_named_storm"


def storm_pairs(text: str, candidates: list[Candidate]) -> list[tuple[str, str]]:
    """(full name, bare name) for each storm named with its kind noun ('tempête Orla', 'Orla')."""
    pairs = []
    for c in candidates:
        if c.rule == STORM_RULE:
            full = text[c.start : c.end]
            pairs.append((full, full.split()[-1]))
    return pairs
