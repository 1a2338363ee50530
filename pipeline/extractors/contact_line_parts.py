"""The passes over a contact line's classified parts (kind, segment): an acronym in brackets joined
to its body, a short segment before a colon and a person read as that person's body, a function word
before a person read as their role, a desk on an office's line read as its role; and the client a
press agency speaks for ('Agence X pour Y'). Kept apart from contact_lines.py, which cuts a line into
segments and classifies them, so each reads whole."""

from __future__ import annotations

import re

from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_words import (
    Segment,
    confirmed,
    has_organisation_word,
    is_organisation,
    reads_as_body,
    role_head,
    vocabulary,
)

FOR_LEAD = re.compile(r"^(?:pour|for)\s+(?:(?:la|le|les|the)\s+|l['’]\s*)?", re.I)
ON_BEHALF = re.compile(
    r"\s(?:pour\s+le\s+compte\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|pour(?:\s+(?:la|le|les)\s|\s+l['’])?)"
    r"\s*(?=[A-ZÀ-ÖØ-Þ])"
)


def desks_of_offices(parts: list[tuple[str, Segment]]) -> list[tuple[str, Segment]]:
    """'Mairie de X – Secrétariat – 02 …', 'Musée X – accueil : 04 …': on an office's line (no
    person), a desk printed after the body is the office's role, not a part of its name."""
    if any(kind == "name" for kind, _ in parts):
        return parts
    desks = vocabulary()["office_desks"]
    out: list[tuple[str, Segment]] = []
    for kind, segment in parts:
        if (
            kind in {"organization", "other", "label"}
            and _fold(segment.text) in desks
            and any(k == "organization" for k, _ in out)
        ):
            kind = "role"
        out.append((kind, segment))
    return out


def with_acronym(text: str, parts: list[tuple[str, Segment]]) -> list[tuple[str, Segment]]:
    """'Délégation à l'information et à la communication de la défense (DICoD)': the acronym in
    brackets after a body is part of its name as printed."""
    out: list[tuple[str, Segment]] = []
    for kind, segment in parts:
        if (
            out
            and out[-1][0] == "organization"
            and text[out[-1][1].end : segment.start].strip() == "("
            and re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w&.-]{1,9}", segment.text)
            and sum(c.isupper() for c in segment.text) >= 2  # 'DICoD', 'CNRS', 'MiNT'
            and text.startswith(")", segment.end)
        ):
            body = out.pop()[1]
            segment = Segment(body.start, segment.end + 1, text[body.start : segment.end + 1])
            kind = "organization"
        out.append((kind, segment))
    return out


def bodies_before_persons(
    text: str, parts: list[tuple[str, Segment]], person_spans
) -> list[tuple[str, Segment]]:
    """'France Nature Environnement : Élise Perrin, ...', 'Secours populaire : Karim Benali': a
    short capitalised segment that no PER entity confirms (a name-shaped body, or words read as
    nothing), followed by a colon and a person a PER entity confirms, is that person's body; so is
    a name-shaped one though the entities call it a person ('Mécaniques Bréval : Lucas Prévost':
    no one introduces a person by a person)."""
    out = list(parts)
    for index, ((kind, segment), (after, person)) in enumerate(zip(parts, parts[1:], strict=False)):
        if (
            after == "name"
            and text[segment.end : person.start].strip() == ":"
            and confirmed(person, person_spans)
            and (not confirmed(segment, person_spans) or kind == "name")
            and (
                (kind == "name" and is_organisation(segment.text))
                or (kind == "other" and segment.text[:1].isupper() and len(segment.text.split()) <= 6)
            )
        ):
            lead = FOR_LEAD.match(segment.text)  # 'Pour la préfecture du Calvados : Marc Hébert'
            if lead and lead.end() < len(segment.text):
                segment = Segment(segment.start + lead.end(), segment.end, segment.text[lead.end() :])
                if not reads_as_body(segment.text) and not has_organisation_word(segment.text):
                    continue  # 'Pour la presse : Delphine Sarraute': the readers, not a body
            out[index] = ("organization", client(segment))
    return out


def functions_before_persons(text: str, parts: list[tuple[str, Segment]]) -> list[tuple[str, Segment]]:
    """'Relations presse : Agence Kalame – Thibault Noyer', 'Presse régionale : Théo Martel',
    'Groupe X – Relations investisseurs : Sophie Carmel': a function word read as a heading or a
    body, printed before a colon on the line of a person, is that person's role, unless the line
    prints the person's own ('Relations médias : Hugo Petit, responsable communication')."""
    out = list(parts)
    names = [index for index, (kind, _) in enumerate(parts) if kind == "name"]
    if any(kind == "role" for kind, _ in parts):
        return out
    for index, (kind, segment) in enumerate(parts):
        if (
            kind in {"label", "hint", "organization", "other"}
            and names
            and index < names[0]
            and text[segment.end :].lstrip(" \t").startswith(":")
            and (
                role_head(segment.text)
                # a desk ('Presse : Y') is the role of the person right after it, not of a line
                # printing a body first ('Presse : Office de tourisme X · Y')
                or (
                    _fold(segment.text) in vocabulary()["desk_labels"]
                    and index + 1 == names[0]
                    and not _after_a_body(text, parts, index)
                )
            )
            and _fold(segment.text).split()[0] not in {"contact", "contacts", *vocabulary()["units"]}
        ):
            out[index] = ("role", segment)
    return out


def _after_a_body(text: str, parts: list[tuple[str, Segment]], index: int) -> bool:
    """'Institut X – Communication : Y': a desk printed after a body and a dash is the body's unit
    (the office printed whole), not the person's role."""
    return (
        index > 0
        and parts[index - 1][0] in {"organization", "hint"}
        and text[parts[index - 1][1].end : parts[index][1].start].strip() in {"-", "–", "—"}
    )


def client(segment: Segment) -> Segment:
    """'Agence X pour Y': a press agency speaking for its client, who is the organisation; not a
    body whose own name holds `pour` ('Bureau de l'OIT pour la France', 'Agence nationale pour …')."""
    match = ON_BEHALF.search(segment.text)
    if match is None:
        return segment
    bare_name = match.group().strip() == "pour" and re.fullmatch(r"\S+", segment.text[match.end() :])
    if not bare_name and not _names_an_agent(segment.text[: match.start()]):
        return segment  # 'Fondation X pour Agrimer': a one-word client after a bare `pour` still is
    return Segment(segment.start + match.end(), segment.end, segment.text[match.end() :])


def _names_an_agent(before: str) -> bool:
    """The words before `pour` name an agent, not a body's name going on: no institution head-word
    opens them ('Verbe Haut', 'Laure Martin'), or an agency's does with a proper name after it
    ('Agence Mistral', 'Cabinet Lemoine'), not an adjective or a complement ('Agence nationale',
    'Bureau de l'OIT')."""
    words = before.split()
    if not words or _fold(words[0]) not in vocabulary()["organisations"]:
        return True
    return _fold(words[0]) in vocabulary()["agency_heads"] and len(words) > 1 and words[1][:1].isupper()
