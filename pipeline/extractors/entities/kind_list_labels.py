"""The labels listed items take: the last stage of the kind rules (kinds.py finds the lists).

A listed item takes its kind noun's label unless a gazetteer, the issuer, a title or its own
head-word says what it is, or it is a known place; then the bare names of a list take the label
their neighbours agree on. Kept apart from the finding of the lists, which reads the text, since
this stage only weighs candidates against each other.
"""

from __future__ import annotations

import re

from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.listing import LIST_JOIN, placed, places_agree
from pipeline.extractors.entities.spans import KIND_RULES, Candidate
from pipeline.extractors.entities.vocabulary import fold, vocabulary

TITLED_ARTICLE = re.compile(r"(?:L[ae]s?\s+|L['’])")
"""A capitalised article a name opens with ('La Provence', 'Les Sablons'), which the item's stripping cut."""


def _says_its_kind(text: str, candidate: Candidate) -> str | None:
    """The label a gazetteer, the issuer, a head-word or a cue noun vouches for, or None (a bare run)."""
    if candidate.label not in {"ORG", "MISC"}:
        return None
    if candidate.source in {"gazetteer", "issuer"} or candidate.rule in KIND_RULES:
        return candidate.label
    return head_label(text[candidate.start : candidate.end])


def neighbours_agree(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'l'Association des maires de France, la Fédération des villes moyennes, OpenDataFrance et
    Déclic': in a list of names joined by commas and 'et', bare names (no head-word, gazetteer or
    cue noun) take the label of their neighbours when at least two of these say the same kind and
    none says another, and they are not outnumbered. Persons and places keep their label."""
    chains: list[list[Candidate]] = []
    for candidate in candidates:
        if chains and LIST_JOIN.fullmatch(text[chains[-1][-1].end : candidate.start]):
            chains[-1].append(candidate)
        else:
            chains.append([candidate])
    relabelled: dict[int, str] = {}
    for chain in chains:
        kinds = [_says_its_kind(text, c) for c in chain]
        said = {k for k in kinds if k}
        bare = [
            i
            for i, (c, k) in enumerate(zip(chain, kinds, strict=True))
            if not k and c.label in {"ORG", "MISC"}
        ]
        if len(said) != 1 or not bare or sum(map(bool, kinds)) < max(2, len(bare)):
            continue
        label = said.pop()
        relabelled.update({id(chain[i]): label for i in bare if chain[i].label != label})
    return [
        Candidate(c.start, c.end, relabelled[id(c)], c.source, "entity.list_neighbours")
        if id(c) in relabelled
        else c
        for c in candidates
    ]


def relabel_listed(text: str, resolved: list[Candidate], labelled: list[tuple[int, int, str, bool]]) -> list:
    """The candidates with the listed items' labels (see KindRules._listed), then neighbours_agree."""
    out = list(resolved)
    for start, end, label, create in labelled:
        inside = [c for c in out if c.start < end and start < c.end]
        if any(
            c.source in {"gazetteer", "issuer", "title_person"}
            or (c.label == "PER" and not create and " " in text[c.start : c.end])
            or placed(text, c)
            for c in inside
        ):
            continue  # a full name stays a person in a list that can hold persons ('partenaires')
        if any(head_label(text[c.start : c.end]) for c in inside) or head_label(text[start:end]):
            continue
        if inside:
            others = [c for c in out if c not in inside]
            # a thing's whole item: 'Petites Villes de demain', not 'Petites Villes'; a name's own article
            # too: 'La Provence', which the item lost as a connector
            own_article = [c.start for c in inside if TITLED_ARTICLE.fullmatch(text[c.start : start])]
            spans = [(min([start, *own_article]), end)] if create else [(c.start, c.end) for c in inside]
            out = others + [Candidate(s, e, label, "pattern", "entity.kind_list") for s, e in spans]
        elif create and fold(text[start:end]) not in vocabulary()["rejected"]:
            out.append(Candidate(start, end, label, "pattern", "entity.kind_list"))
    return places_agree(text, neighbours_agree(text, sorted(out, key=lambda c: c.start)))
