"""A contact being drafted from a block's lines (ContactDraft), and the passes over drafted contacts:
a role or organisation filled in, a rank as the role, a lone press desk dropped, a person adopting the
bare addresses above them, a name-shaped line opening on an acronym read as a body. Kept apart from
contact_split.py, which walks the block's lines, so each reads whole."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_role_bodies import set_role
from pipeline.extractors.contact_words import (
    Segment,
    acronym_office,
    rank_before,
    vocabulary,
)


@dataclass
class ContactDraft:
    start: int
    end: int
    name: str | None = None
    role: str | None = None
    organization: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    rule: str = "contact.block"
    # 'Préfecture X' over 'Bureau de la communication': the body line alone, the persons' under both
    body: Segment | None = None

    def note(self, start: int, end: int, text: str, rule: str) -> None:
        self.evidence.append({"start": start, "end": end, "text": text, "rule": rule})


def rank_as_role(text: str, contact: ContactDraft) -> None:
    """'Lieutenant Clara X – 05 …' with no function printed anywhere in the entry: the rank is the
    person's role (a function printed beside it wins: 'Capitaine Y, officier communication')."""
    name = next((e for e in contact.evidence if e["rule"] == "contact.name"), None)
    if contact.role is None and name is not None:
        rank = rank_before(text, Segment(name["start"], name["end"], name["text"]))
        if rank is not None:
            set_role(contact, rank)


LABELLED_ENTRY = re.compile(r"[ \t*_#>•-]*[A-ZÀ-Ý][\w'’ -]{1,40}?[ \t*_]*:")


def drop_lone_press_desk(text: str, contacts: list[ContactDraft]) -> None:
    """'Presse : Camille A. – 01 …' alone is the block's heading, no function of Camille; a desk is a
    role when it tells the block's entries apart ('Presse : X' over 'Communication financière : Y',
    'Usagers : Z'); an office named by its desk ('Billetterie : 01 …') tells no persons apart."""
    desks = [c for c in contacts if c.role and _fold(c.role) == "presse"]
    others = [
        c
        for c in contacts
        if c not in desks and LABELLED_ENTRY.match(text, c.start) and not _named_by_its_label(text, c)
    ]
    if len(desks) == 1 and not others:
        desks[0].role = None
        desks[0].evidence = [e for e in desks[0].evidence if e["rule"] != "contact.role"]


def _named_by_its_label(text: str, contact: ContactDraft) -> bool:
    """An office entry whose organisation is the label opening its line ('Billetterie : 01 …')."""
    opening = text[contact.start :].lstrip(" \t*_#>•-│")
    return contact.name is None and bool(contact.organization) and opening.startswith(contact.organization)


def common_organisation(contacts: list[ContactDraft]) -> str | None:
    organisations = {c.organization for c in contacts}
    return organisations.pop() if len(organisations) == 1 else None


def acronym_heading(text: str, contact: ContactDraft, person_spans) -> bool:
    """A contact so far only a name-shaped line, no role, body or address, that opens on an
    acronym no PER entity confirms ('ARS Grand Est', 'CHU de Brest'): a body, once a person
    follows under it."""
    notes = [e for e in contact.evidence if e["rule"] == "contact.name"]
    if contact.name is None or contact.role or contact.organization or len(notes) != len(contact.evidence):
        return False
    segment = Segment(notes[0]["start"], notes[0]["end"], notes[0]["text"])
    return len(notes) == 1 and acronym_office(text, segment, person_spans)


def adopt(contacts: list[ContactDraft]) -> list[ContactDraft]:
    """'Mail : ... / Tél : ... / Anne Dupont, chargée de presse': a person printed after the
    block's addresses, with none of their own, is the one those bare addresses belong to."""
    out: list[ContactDraft] = []
    for contact in contacts:
        previous = out[-1] if out else None
        if (
            previous is not None
            and contact is contacts[-1]
            and contact.name
            and not contact.emails
            and not contact.phones
            and previous.name is None
            and previous.organization is None
            and previous.rule == "contact.bare_line"
        ):
            previous.name, previous.role, previous.organization = (
                contact.name,
                contact.role,
                contact.organization,
            )
            previous.evidence += contact.evidence
            previous.end = contact.end
            continue
        out.append(contact)
    return out


def fill(contact: ContactDraft, roles: list[Segment], organisations: list[Segment]) -> None:
    """A person's role and organisation from the first such segments, when not yet known."""
    if roles and contact.role is None:
        set_role(contact, roles[0])
    if organisations and (contact.organization is None or _unit_of_role(contact)):
        # 'Chef du bureau de la communication / Préfecture du Var': the body printed on the entry's
        # own line is the one the person speaks for, rather than the unit their role names
        contact.evidence = [
            e
            for e in contact.evidence
            if not (e["rule"] == "contact.organization" and e["text"] == contact.organization)
        ]
        contact.organization = organisations[0].text
        contact.note(
            organisations[0].start, organisations[0].end, organisations[0].text, "contact.organization"
        )


def _unit_of_role(contact: ContactDraft) -> bool:
    """The organisation so far is only the unit the role names ('bureau de la communication')."""
    organisation = contact.organization or ""
    words = _fold(organisation).split()
    return (
        bool(contact.role)
        and organisation in contact.role
        and bool(words)
        and words[0] in vocabulary()["units"]
    )
