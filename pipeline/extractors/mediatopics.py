"""The IPTC Media Topics tree (resources/mediatopics.json) and the choice of topics from weighted evidence.

Pure functions, no spaCy: the theme component finds trigger matches, this module adds their weights
up the tree and decides which topics the evidence supports. A topic's weight is its own evidence plus
its descendants' (a release about painting is about visual arts, arts, and culture); a level is kept
where it has enough weight, both absolutely and as a share of the best topic of that level, so that a
few stray words in a long release do not file it under a second subject.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline import resources


@dataclass(frozen=True)
class Topic:
    qcode: str
    level: int
    parent: str | None
    ancestors: tuple[str, ...]
    label_fr: str | None
    label_en: str

    @property
    def label(self) -> str:
        """The French label; IPTC leaves a few recent topics untranslated, shown in English."""
        return self.label_fr or self.label_en


@lru_cache(maxsize=1)
def tree() -> dict[str, Topic]:
    return {
        t["qcode"]: Topic(
            t["qcode"], t["level"], t["parent"], tuple(t["ancestors"]), t["label_fr"], t["label_en"]
        )
        for t in resources.load("mediatopics.json")["topics"]
    }


@lru_cache(maxsize=1)
def legacy_layer() -> dict[str, str]:
    """The former project themes ('artificial_intelligence') to the Media Topic each maps onto."""
    return {theme["id"]: theme["media_topic"] for theme in resources.load("themes.json")}


def at_level(qcode: str, level: int) -> str | None:
    """The topic's ancestor (or itself) at `level`; None when the topic sits higher."""
    topic = tree()[qcode]
    path = [*topic.ancestors, qcode]
    return path[level - 1] if len(path) >= level else None


def subtree_evidence(evidence: dict[str, dict[int, Any]]) -> dict[str, dict[int, Any]]:
    """Each topic's evidence with its descendants' added, one match per offset (the heaviest), so a
    word listed under two topics of one branch is counted once for the branch."""
    topics = tree()
    merged: dict[str, dict[int, Any]] = defaultdict(dict)
    for qcode, matches in evidence.items():
        for target in (qcode, *topics[qcode].ancestors):
            spans = merged[target]
            for start, match in matches.items():
                if start not in spans or spans[start].weight < match.weight:
                    spans[start] = match
    return dict(merged)


def _passing(total: dict[str, float], candidates: list[str], rule: dict) -> list[str]:
    """The candidates with enough weight and share of the best, heaviest first, at most `max_topics`."""
    best = max((total[c] for c in candidates), default=0.0)
    passing = [
        c for c in candidates if total[c] >= rule["min_weight"] and total[c] >= rule["min_share"] * best
    ]
    return sorted(passing, key=lambda c: (-total[c], c))[: rule.get("max_topics")]


def _weak_subjects(total: dict[str, float], candidates: list[str], rule: dict) -> list[str]:
    """When no level-1 topic has the weight on its own: the best one, and the runner-up too when the
    two are near-equal (`tie_share` of the best) and the runner-up has `tie_min_weight`: a short
    release about a farm school is as much about farming as about schooling, and choosing one of two
    equal subjects is a coin toss."""
    ranked = sorted(candidates, key=lambda q: (total[q], q), reverse=True)
    if (
        "tie_share" in rule
        and len(ranked) > 1
        and total[ranked[1]] >= rule["tie_min_weight"]
        and total[ranked[1]] >= rule["tie_share"] * total[ranked[0]]
    ):
        return ranked[:2]
    return ranked[:1]


def choose(total: dict[str, float], rules: dict) -> list[str]:
    """The topics to report, given each topic's weight (its subtree's evidence): the level-1 topics
    strong enough among the level-1 topics, then under each kept topic the children strong enough
    among their siblings, level by level. When no level-1 topic passes, the best one is kept with
    its best child, so that every release with any evidence is filed somewhere (the two best, each
    with its branches, when they are near-equal). At most `max_topics`
    level-1 topics are kept: a reader files a release under one or two subjects, and a third strong
    one is its setting (the State that funds a project, the schools a health bulletin mentions),
    unless its words are never a mere setting (level1 `uncapped`: the environment, disasters: a
    drought that hurts the orchards is filed under the drought as well as under farming and the
    authority's aid); such a third subject is filed in its best branch only."""
    topics = tree()
    children: dict[str | None, list[str]] = defaultdict(list)
    for qcode in total:
        children[topics[qcode].parent].append(qcode)
    kept = _passing(total, children[None], rules["level1"])
    passing = _passing(total, children[None], {**rules["level1"], "max_topics": None})
    beyond_cap = [q for q in passing if q in rules["level1"].get("uncapped", ()) and q not in kept]
    kept += beyond_cap
    if not kept and children[None]:
        kept = _weak_subjects(total, children[None], rules["level1"])
        if len(kept) == 1:
            best = max(children[kept[0]], key=lambda q: (total[q], q), default=None)
            return kept + ([best] if best else [])
    frontier = list(kept)
    while frontier:
        qcode = frontier.pop()
        rule = rules["level2"] if topics[qcode].level == 1 else rules["deeper"]
        if qcode in beyond_cap:
            rule = {**rule, "max_topics": 1}
        chosen = _passing(total, children[qcode], rule)
        if not chosen and topics[qcode].level == 1 and children[qcode]:
            chosen = [max(children[qcode], key=lambda q: (total[q], q))]  # a subject is filed in a branch
        kept.extend(chosen)
        frontier.extend(chosen)
    return kept
