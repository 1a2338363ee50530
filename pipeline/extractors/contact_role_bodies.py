"""The organisation a contact's role names: 'Paul Martin, CEO de Nuagix' speaks for Nuagix when the
document names Nuagix elsewhere as an ORG (contact_split.py reads the roles whose complement carries
an organisation word or an acronym itself)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extractors.contact_split import ContactDraft

ROLE_COMPLEMENT = re.compile(
    r"(?:\b(?:de\s+la|de|du|des|chez|at)\s+|\b(?:de\s+l|d)['’]\s*)(?P<body>[A-ZÀ-Ý][^,;()]*?)\s*$"
)


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
    if body not in named:
        return
    contact.organization = body
    role = next((e for e in contact.evidence if e["rule"] == "contact.role"), None)
    if role is not None:
        start = role["start"] + found.start("body")
        contact.note(start, start + len(body), body, "contact.organization")
