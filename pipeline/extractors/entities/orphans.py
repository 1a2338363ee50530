"""Names carried over to other occurrences whose source is gone: propagation copies an accepted name to
its other occurrences, but a later stage may fold that first mention into a longer name ('Les Français'
into the study's title 'Les Français et la sobriété', 'Palmarès' into 'Palmarès 2026'); the copies then
stand on nothing."""

from __future__ import annotations

PROPAGATED = "entity.propagated"


def without_orphans(entities: list[dict]) -> list[dict]:
    """The entities but those whose every mention was carried over from another occurrence."""
    return [e for e in entities if any(m["rule"] != PROPAGATED for m in e["mentions"])]
