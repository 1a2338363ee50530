"""An office's name printed whole in a contact block: a body and the unit or press service printed
next to it ('ARS Occitanie – Service communication'), a generic unit under a body's line, the client
a press agency speaks for. Kept apart from contact_split.py, which walks the block's lines, so each
reads whole."""

from __future__ import annotations

import re

from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_lines import OF_COMPLEMENT
from pipeline.extractors.contact_words import (
    Segment,
    vocabulary,
)


def generic_unit_under_body(office: str, unit: str) -> bool:
    """'Préfecture des Ardennes' over 'Bureau de la communication interministérielle', 'Direction
    régionale Hautes-Pyrénées' over 'Service communication': the office line names a body (a
    proper name in it, not a cabinet), the unit under it only a function (no capitalised word
    after its head-word)."""
    office_words, unit_words = _fold(office).split(), unit.split()[1:]
    return (
        bool(office_words)
        and office_words[0] != "cabinet"
        and (
            office_words[0] not in vocabulary()["units"]
            or _names_something(office.split()[1:])
            or _press_unit_of_a_body(office)
        )
        and not _names_something(unit_words)
    )


def _press_unit_of_a_body(office: str) -> bool:
    """'Service de la communication de la préfecture de police': a press unit named after its body
    (in lower case) is an office whole, a desk under it printing the number only labels it."""
    folded = _fold(office)
    return any(
        folded.startswith(label + " ") and OF_COMPLEMENT.match(folded, len(label) + 1)
        for label in vocabulary()["office_labels"]
    )


def _names_something(words: list[str]) -> bool:
    """A capitalised word or an acronym after the head-word ('… du Gard', '… Hautes-Pyrénées',
    '… de la défense (DICoD)')."""
    return any(re.sub(r"^(?:[dlDL]['’]|\()", "", w)[:1].isupper() for w in words)


# 'Agence X – pour le Festival Y': the words before a client's name
FOR_CLIENT = re.compile(
    r"\bpour(?:\s+le\s+compte\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|\s+(?:le|la|les)|\s+l['’])?\s*$",
    re.IGNORECASE,
)


def clients(text: str, organisations: list[Segment]) -> list[Segment]:
    """'Agence Marelle – pour le Festival des Embruns': a press agency speaking for a client, the
    client is the organisation (the guide); without one, the bodies as read."""
    line_start = text.rfind("\n", 0, organisations[0].start) + 1 if organisations else 0
    client = [s for s in organisations if FOR_CLIENT.search(text[line_start : s.start])]
    return client[-1:] or organisations


def with_office_label(text: str, parts: list[tuple[str, Segment]], body: Segment) -> Segment:
    """'Relations presse - AFUL : presse@...', 'ARS Occitanie – Service communication – 04 ...',
    'Service presse, Ville de X': an office named by its body and a unit or press service printed
    next to it is printed whole, in either order (the guide's convention g)."""
    index = next(i for i, (_, s) in enumerate(parts) if s.start == body.start)
    first = last = index
    while first > 0 and _office_pair(text, parts[first - 1], parts[first]):
        first -= 1
    while last + 1 < len(parts) and _office_pair(text, parts[last], parts[last + 1]):
        last += 1
    start, stop = parts[first][1].start, parts[last][1].end
    return Segment(start, stop, text[start:stop])


def _office_pair(text: str, left: tuple[str, Segment], right: tuple[str, Segment]) -> bool:
    """Two neighbouring parts of one office: a press service or unit and a body (or another unit),
    a dash or a comma between them."""
    gap = text[left[1].end : right[1].start].strip()
    bodies = {"organization", "hint"}
    return gap in {"-", "–", "—", ","} and (
        (_office_named(left) and right[0] in bodies)
        or (left[0] in bodies and (_office_named(right) or _lower_unit(right)))
        or (left[0] in bodies and gap != "," and _desk_before_colon(text, right))
    )


def _desk_before_colon(text: str, part: tuple[str, Segment]) -> bool:
    """'Institut X – Communication : Y': a desk closing an office's name before the colon."""
    kind, segment = part
    return (
        kind in {"label", "other", "organization"}
        and _fold(segment.text) in vocabulary()["desk_labels"]
        and text[segment.end :].lstrip(" \t").startswith(":")
    )


def _office_named(part: tuple[str, Segment]) -> bool:
    """A press service ('Service presse', 'Relations presse') or a unit ('Direction de la communication')."""
    kind, segment = part
    folded = _fold(segment.text)
    return (kind == "label" and folded in vocabulary()["office_labels"]) or (
        kind == "organization" and (folded.split()[0] in vocabulary()["units"] or bool(CABINET.match(folded)))
    )


# an office-holder's cabinet ('Cabinet du préfet', 'Cabinet de la ministre'), a unit of its body
CABINET = re.compile(r"cabinet (?:du|de la|de l'|d')")


def _lower_unit(part: tuple[str, Segment]) -> bool:
    """'Agence X — service communication', 'Direction Y – bureau de la communication': a unit in
    lower case after the body."""
    kind, segment = part
    folded = _fold(segment.text).split()
    return (
        kind == "other"
        and segment.text[:1].islower()
        and len(folded) <= 6
        and folded[0] in vocabulary()["units"]
    )
