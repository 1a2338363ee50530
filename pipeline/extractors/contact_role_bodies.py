"""The organisation a contact's role names: 'Présidente de l'association Les Amis du Moulin', 'chef
du bureau de la communication', 'directeur de la communication de la mairie de Saint-Avé' carry their
body; 'Paul Martin, CEO de Nuagix' speaks for Nuagix when the document names Nuagix as an ORG."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_words import (
    ACRONYM,
    Segment,
    lower_case_body,
    lower_case_unit,
    role_head,
    vocabulary,
)

if TYPE_CHECKING:
    from pipeline.extractors.contact_drafts import ContactDraft

ACTIVITY_WORDS = frozenset(
    {"communication", "communications", "media", "medias", "press", "consulting", "partners"}
)
"""Organisation words that also name an activity ('directeur de la communication'): in a role they
are the person's field, not a body."""

PRESS_UNIT = re.compile(r"\b(?:presse|communication|médias?|cabinet)\b", re.IGNORECASE)
"""A unit answering the press: an office of its own in the guide, though named in common nouns."""
NAMED = re.compile(r"(?:^|[\s'’])[A-ZÀ-Ý]")
"""A capitalised word (after an elision too) in a unit's name: it names a body ('de l'Élysée')."""
ROLE_COMPLEMENT = re.compile(
    r"(?:\b(?:de\s+la|de|du|des|chez|at)\s+|\b(?:de\s+l|d)['’]\s*|(?<=\w)\s+(?=[A-ZÀ-Ý]{2,}$))"
    r"(?P<body>[A-ZÀ-Ý][^,;()]*?)\s*$"
)
"""'CEO de Nuagix', and an acronym closing the role with no link word ('délégué syndical CGT')."""


def body_in_role(text: str, contact: ContactDraft, bodies) -> None:
    """'Paul Martin, CEO de Nuagix': a role ending on the name of a body the document names
    elsewhere as an ORG gives that body as the organisation (the guide: the body the person
    speaks for, even when the role names it), though the name carries no organisation word."""
    if contact.organization is not None or not contact.role:
        return
    found = ROLE_COMPLEMENT.search(contact.role)
    if found is None:
        return
    body = found.group("body")
    named = {text[b[0] : b[1]] for b in bodies if len(b) == 3}
    if body not in named or _fold(body) in vocabulary()["staff_bodies"]:
        return
    contact.organization = body
    role = next((e for e in contact.evidence if e["rule"] == "contact.role"), None)
    if role is not None:
        start = role["start"] + found.start("body")
        contact.note(start, start + len(body), body, "contact.organization")


PRESIDED_BODY = re.compile(
    r"(?P<head>[\w-]+)\s+(?:(?:du|de\s+la)\s+|de\s+l['’]\s*)(?P<body>[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]{4,}){1,3})"
)
"""'président de la section régionale ovine': a role word, then a body's head-word in lower case
qualified by one to three adjectives, ending the role."""


def presided_body(contact: ContactDraft, segment: Segment) -> None:
    """'président de la section régionale ovine', 'présidente du comité départemental': the body a
    person presides, named in lower case by its head-word (`organisation_heads`, `unit_heads`) and
    its adjectives, is their organisation; a bare head-word ('présidente du club') names none, nor
    does a complement with a link word in it ('président du comité d'organisation')."""
    found = PRESIDED_BODY.fullmatch(segment.text)
    if found is None or contact.organization is not None:
        return
    vocab = vocabulary()
    words = _fold(found.group("body")).split()
    if (
        _fold(found.group("head")) not in vocab["presiding"]
        or words[0] not in vocab["units"] | vocab["organisations"]
        or any(w in vocab["linking_words"] for w in words[1:])
    ):
        return
    body = found.group("body")
    contact.organization = body
    start = segment.start + found.start("body")
    contact.note(start, start + len(body), body, "contact.organization")


def set_role(contact: ContactDraft, segment: Segment) -> None:
    """The role as printed; an 'of X' in it naming an institution or an acronym is the organisation,
    and so is a press unit or a named one right after the role word ('cheffe du bureau de la
    communication'), not a function's service ('responsable du service apprentissage'), and so is
    a body the role presides, named by its head-word and adjectives."""
    contact.role = segment.text
    contact.note(segment.start, segment.end, segment.text, "contact.role")
    presided_body(contact, segment)
    head = len(role_head(segment.text) or "")
    for match in re.finditer(
        r"\b(?:(?:de l|d|à l)['’]\s*|(?:auprès du|auprès de la|de la|du|des|de|à la|au|aux|chez|at)\s+)",
        segment.text,
    ):
        complement = segment.text[match.end() :].strip()
        words = _fold(complement).split()
        if (
            match.start() >= head
            and not segment.text[head : match.start()].strip()
            and words
            and words[0] in vocabulary()["units"]
        ):
            complement = complement.split(",")[0].strip()
            # 'responsable du service apprentissage' names a function, no body: a press unit
            # ('cheffe du bureau de la communication interministérielle', the guide's offices) or a
            # unit with a name in it ('chef du service des sports de la Ville') is one
            if contact.organization is None and (
                PRESS_UNIT.search(complement) or NAMED.search(complement.split(None, 1)[-1])
            ):
                contact.organization = complement
                offset = segment.start + match.end()
                contact.note(offset, offset + len(complement), complement, "contact.organization")
            return
        if (
            words
            and words[0] in vocabulary()["organisations"]
            and words[0] not in ACTIVITY_WORDS
            and lower_case_unit(complement)
            and not lower_case_body(complement)  # 'association Les Amis du Moulin': the name alone
        ):
            # 'directeur de la communication de la mairie de Saint-Avé': a body named in lower case
            # with its place, the head-word included (not 'communication', an activity)
            if contact.organization is None:
                complement = complement.split(",")[0].strip()
                contact.organization = complement
                offset = segment.start + segment.text.index(complement, match.end())
                contact.note(offset, offset + len(complement), complement, "contact.organization")
            return
        headed = lower_case_body(complement)  # 'présidente de l'association Les Amis du Moulin'
        if headed:
            complement = complement.split(None, 1)[1]
        elif not complement[:1].isupper() or _fold(complement) in vocabulary()["staff_bodies"]:
            continue  # 'secrétaire du CSE': a staff body's kind, no name
        match_end = segment.text.index(complement, match.end())
        if (
            headed
            or ACRONYM.match(complement.split()[0])
            or re.match(r"[A-ZÀ-ÖØ-Þ]{2}", complement)  # 'FFRandonnée', 'CNRS'
            or _fold(complement).split()[0] in vocabulary()["organisations"]
            or " ".join(_fold(complement).split()[:2]) in vocabulary()["organisations"]
            or match.group().strip() in {"chez", "at"}
        ):
            if contact.organization is None:
                contact.organization = complement
                offset = segment.start + match_end
                contact.note(offset, offset + len(complement), complement, "contact.organization")
            return
