"""A name whose every mention was carried over from another occurrence stands on nothing once a later
stage folded that occurrence into a longer name; a name with one mention of its own keeps its copies."""

from pipeline.extractors.entities.orphans import without_orphans


def entity(*rules: str) -> dict:
    mentions = [
        {"start": 10 * i, "end": 10 * i + 8, "text": "Palmarès", "rule": r} for i, r in enumerate(rules)
    ]
    return {"name": "Palmarès", "label": "MISC", "aliases": [], "mentions": mentions, "rule": rules[0]}


def test_only_carried_mentions_stand_on_nothing():
    assert without_orphans([entity("entity.propagated", "entity.propagated")]) == []


def test_one_mention_of_its_own_keeps_the_copies():
    kept = entity("entity.capitalised_run", "entity.propagated")
    assert without_orphans([kept]) == [kept]
