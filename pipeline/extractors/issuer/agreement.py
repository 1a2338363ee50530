"""Evidence agreement between the issuer's sources: what the other sources name (press lines,
e-mail domains, sign-offs, footers) parts a letterhead line whose column gaps the reader lost,
and sets aside a lone word of the letterhead that nothing backs (a site's rubric)."""

from __future__ import annotations

import re

from pipeline.extractors.issuer.common import Candidate, compact, mentions, plain, vocabulary
from pipeline.extractors.issuer.line_kinds import is_place, names_a_body_of_its_own


def unless_a_lone_word(text: str, evidence: dict[str, list[Candidate]]) -> list[Candidate]:
    """A letterhead of one word ('CONSERVATION', 'MOBILITÉ' over a web article's headline: the rubric
    the site files it under) that the text never names again and no other source names, while two
    other sources agree on another body: that body is the issuer, the word a rubric. A body's short
    name on its letterhead ('ONF', 'Wattélia') comes again in its text or its contacts."""
    letterhead = evidence.get("letterhead", [])
    if len(letterhead) != 1 or len(letterhead[0].name.split()) != 1:
        return letterhead
    word = letterhead[0]
    if mentions(text, word.name) > 1:
        return letterhead
    named_by: dict[str, set[str]] = {}
    for source, found in evidence.items():
        for candidate in found if source != "letterhead" else []:
            named_by.setdefault(compact(candidate.name), set()).add(source)
    key = compact(word.name)
    if any(key in other or other in key for other in named_by if len(other) >= 3):
        return letterhead
    return [] if any(len(sources) >= 2 for sources in named_by.values()) else letterhead


def parted_by_others(candidate: Candidate, evidence: dict[str, list[Candidate]]) -> list[Candidate]:
    """'Business France Région X CCI X', 'VOSGES ÉVÉNEMENTS FÉDÉRATION VOSGIENNE DU BÂTIMENT': one
    letterhead line whose column gaps the reader lost, that other sources (the press lines, the
    e-mail domains) show to hold two or three bodies: those bodies, as the letterhead prints them.
    The names other sources give open the line one after the other; what is left after them must
    be a body of its own (a head-word, an acronym), not a place ('RÉGION' named alone leaves
    'CENTRE-VAL DE LOIRE')."""
    others = {compact(c.name) for source, found in evidence.items() if source != "letterhead" for c in found}
    others.discard("")
    name = candidate.name
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\s–—×/|·•]+", name)]
    if "\n" in name or len(words) < 3 or not others:
        return [candidate]
    heads = vocabulary()["heads"]
    named, first = [], 0
    while first < len(words):
        last = next(
            (
                last
                for last in range(len(words) - 1, first - 1, -1)
                if compact(name[words[first][0] : words[last][1]]) in others
                and (last > first or plain(name[words[first][0] : words[first][1]]) not in heads)
                and (first, last) != (0, len(words) - 1)
            ),
            None,
        )
        if last is None:
            first += 1
            continue
        named.append((first, last))
        first = last + 1
    if not named or named[0][0] != 0 or any(a[1] + 1 != b[0] for a, b in zip(named, named[1:], strict=False)):
        return [candidate]  # the names others give open the line and follow each other
    parts = [(first, last, True) for first, last in named]
    if named[-1][1] + 1 < len(words):
        parts.append((named[-1][1] + 1, len(words) - 1, False))  # the last may be a body of its own
    spans = [(words[a][0], words[b][1]) for a, b, _ in parts]
    if len(parts) < 2 or any(
        not known
        and (len(name[a:b].split()) < 2 or not names_a_body_of_its_own(name[a:b]) or is_place(name[a:b]))
        for (a, b), (_, _, known) in zip(spans, parts, strict=True)
    ):
        return [candidate]
    printed = candidate.end - candidate.start == len(name)  # else its span holds more than its name
    return [
        Candidate(
            name[a:b],
            *((candidate.start + a, candidate.start + b) if printed else (candidate.start, candidate.end)),
            "letterhead",
        )
        for a, b in spans
    ]
