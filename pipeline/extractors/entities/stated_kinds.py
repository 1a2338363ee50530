"""The kind a sentence states beats a label guessed elsewhere: 'la société Restaurations Val de Loire
(RVL)', 'la coopérative maraîchère Terres de Caux' name a firm, though an acronym's expansion ending on a
region or a commune's name read the same words as a place."""

from __future__ import annotations

from dataclasses import replace

from pipeline.extractors.entities.spans import Candidate

STATED = "entity.appositive"


def stated_kinds(resolved: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """The resolved candidates, each with the label of a kind noun's name ('l'association X') of the very
    same span that lost the overlap to it; the issuer's own label stays."""
    kinds = {(c.start, c.end): c.label for c in candidates if c.rule == STATED}
    return [
        replace(c, label=kinds[(c.start, c.end)])
        if (c.start, c.end) in kinds and c.label != kinds[(c.start, c.end)] and c.source != "issuer"
        else c
        for c in resolved
    ]
