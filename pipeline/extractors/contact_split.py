"""A contact block's lines grouped into contacts: a contact starts at a name (or at an office line
when no person is named); e-mails and phones attach to the most recent contact, so a phone on the
line after its person is theirs; an office line heading a list of persons is each one's
organisation; a role names the organisation when its complement is a body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_desks import described_line, labelled_function, named_desk, service_line
from pipeline.extractors.contact_lines import OF_COMPLEMENT, classify_line
from pipeline.extractors.contact_role_bodies import body_in_role, set_role
from pipeline.extractors.contact_words import (
    Segment,
    acronym_office,
    on_line,
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


def split_block(text, lines, emails, phones, items, person_spans, bodies) -> list[ContactDraft]:
    contacts: list[ContactDraft] = []
    current: ContactDraft | None = None
    group: ContactDraft | None = None  # an office line heading the persons listed under it
    above: Segment | None = None  # 'Chargée des relations médias / Émilie Vasseur': a role over its holder
    heading: Segment | None = None  # 'Contacts presse ARS X' over the block's entries
    for start, end in lines:
        line_emails = on_line(emails, start, end)
        line_phones = on_line(phones, start, end)
        parts = classify_line(text, start, end, items, person_spans, bodies)
        names = [s for k, s in parts if k == "name"]
        organisations = [s for k, s in parts if k == "organization"]
        units = [s for s in organisations if _fold(s.text).split()[0] in vocabulary()["units"]]
        if (
            len(names) == 1
            and units
            and not any(k == "role" for k, _ in parts)
            and acronym_office(text, names[0], person_spans)
        ):
            organisations, names = sorted(names + organisations, key=lambda s: s.start), []
        roles = [s for k, s in parts if k == "role"]
        hints = [s for k, s in parts if k == "hint"]
        if (
            (line_emails or line_phones)
            and not names
            and not organisations
            and (current is None or current.emails or current.phones)
            and (function := labelled_function(text, parts, start)) is not None
        ):
            # 'Relations investisseurs : finances@…', 'Officier de garde : 05 …' under a complete
            # entry: a function no person holds here names an office of its own
            organisations, roles = [function], []
        shared = False
        if (
            current is not None
            and (current.emails or current.phones)
            and not (names or organisations or hints or line_emails or line_phones)
            and vocabulary()["heading_prefix_re"].match(text[start:end].strip(" \t-*#|_"))
        ):
            # 'Contact scientifique' after a complete entry opens a section of its own: the office or
            # the body heading the entries above is not its entries'
            group = heading = None
        if (
            roles
            and not names
            and not organisations
            and not line_emails
            and not line_phones
            and (current is None or current.name is None)
        ):
            above = roles[0]  # no person yet to hold it: the role heads the name under it
            continue
        role_above, above = above, None
        collecting = current is not None and not current.emails and not current.phones
        if hints and not names and not organisations and not line_emails and not line_phones:
            organisations = hints  # 'Contact presse Animath' over the persons: their body
            heading = hints[0]  # the block's heading names the body of every entry under it
        if (
            collecting
            and current.name is None
            and current.organization
            and not names
            and not organisations
            and [k for k, _ in parts] == ["label"]
            and _fold(parts[0][1].text) in vocabulary()["office_labels"]
        ):
            organisations = [parts[0][1]]  # 'Ministère X / Service de presse / 01 ...': one office
        if (line_emails or line_phones) and not collecting and not names and not organisations and not hints:
            # 'Service de presse – 01 ...' under a contact already complete: a heading naming a unit,
            # with its own number, is an office (right under a person, the number is theirs)
            organisations = [
                s
                for k, s in parts
                if k == "label"
                and _fold(s.text).split()[:1]
                and _fold(s.text).split()[0] in vocabulary()["units"]
            ]
        if names:
            if collecting and _acronym_heading(text, current, person_spans):
                # 'ARS Grand Est / Claire Muller / 03 …': the name-shaped line over a person, opening
                # on an acronym, is the office heading them
                current.name, current.organization = None, current.name
                for note in current.evidence:
                    note["rule"] = "contact.organization"
            if collecting and current.name is None and current.organization:
                group = current
            current = ContactDraft(start, end, name=names[0].text, rule="contact.person_line")
            current.note(names[0].start, names[0].end, names[0].text, "contact.name")
            contacts.append(current)
            # a body on the person's line, else the office heading the list, else a body in the role
            # 'DRAAF X – Mission communication – Hélène B.': printed whole; 'Relations médias Valmedis
            # Santé : Agence Moustic – Laure T.': the client the heading names, not the agency
            client = [h for h in hints if text[h.end :].lstrip(" \t").startswith(":")]
            printed = client + organisations if client else _clients(text, organisations) + hints
            _fill(current, [], [_with_office_label(text, parts, printed[0]), *printed[1:]] if printed else [])
            if current.organization is None and group is not None:
                # 'Mutuelle X' / 'Direction de la communication' / 'Fanny R. – 03 …': the body the
                # person speaks for, not its unit (with no person under it, the office is both)
                body = group.body
                current.organization = body.text if body else group.organization
                current.evidence += [
                    e
                    for e in group.evidence
                    if e["rule"] == "contact.organization" and (body is None or e["start"] < body.end)
                ]
            if current.organization is None and heading is not None:
                current.organization = heading.text
                current.note(heading.start, heading.end, heading.text, "contact.organization")
            _fill(current, _own_roles(text, roles, names[0]) or ([role_above] if role_above else []), [])
        elif (line_emails or line_phones) and (
            unit := _unit_of_office(text, parts, current, collecting, person_spans)
        ):
            # 'Cabinet de la préfète / Service départemental … – 04 …', 'Ministère X / Délégation … /
            # Service de presse : 01 …': the unit printing the number belongs to the office heading
            # it, one office; under a body ('Sous-préfecture de X' / 'Bureau du cabinet – 03 …'), a
            # press unit naming nothing else only labels the number, as a desk does (on a line of
            # its own, 'Préfecture X' / 'Bureau de la communication', it is part of the office)
            if heading is not None and current.organization == heading.text:
                # 'Contacts presse HCL' / 'Service de presse : 04 …': the heading names the block's
                # body, the unit printing the number is an office of its own
                current.organization = unit.text
                current.evidence = []
            elif not _generic_unit_under_body(current.organization, unit.text):
                current.organization += " " + unit.text
            else:
                # '… (DICoD)' / 'Centre de presse : 09 …' / 'Lieutenant-colonel X, porte-parole : 09
                # …': the body heading the block is the persons' under it too
                group = current
            if unit.text in current.organization:
                current.note(unit.start, unit.end, unit.text, "contact.organization")
        elif collecting and current.name is not None and (roles or organisations):
            # 'Direction de la communication – Lorient Agglomération' under the person: printed whole
            offices = (
                [_with_office_label(text, parts, organisations[0]), *organisations[1:]]
                if organisations
                else []
            )
            _fill(current, roles, offices)
        elif collecting and current.name is None and current.organization and roles and not organisations:
            # 'Contact presse SDIS 50' / 'Officier presse de permanence : 06 …': the function
            # answering the office's number is its role
            _fill(current, [r for r in roles if text[r.end :].lstrip(" \t").startswith(":")], [])
        elif current is not None and current.name is not None and roles and not organisations:
            _fill(current, roles, [])  # 'Thomas Girard / 06 ... / Attaché de presse': role under the number
        elif organisations and not line_emails and not line_phones:
            # 'FNSEA – Service de presse' over the persons: the office printed whole
            organisations = _clients(text, organisations)
            first = _with_office_label(text, parts, organisations[0])
            office = text[first.start : max(first.end, organisations[-1].end)]
            if collecting and current.name is None and current.organization:
                if current.body is None and _generic_unit_under_body(current.organization, office):
                    current.body = Segment(current.start, current.end, current.organization)
                current.organization += " " + office
                current.end = end
            else:
                current, group = (
                    ContactDraft(start, end, organization=office, rule="contact.office_line"),
                    None,
                )
                contacts.append(current)
            for s in organisations:
                current.note(s.start, s.end, s.text, "contact.organization")
        elif (organisations or hints) and (line_emails or line_phones):
            first = _with_office_label(text, parts, (organisations + hints)[0])
            current, group = (
                ContactDraft(start, end, organization=first.text, rule="contact.office_line"),
                None,
            )
            current.note(first.start, first.end, first.text, "contact.organization")
            contacts.append(current)
            # 'Coordination du prix : DAAC – 04 …': a function printed before the office is its role,
            # so is a desk after it ('Mairie de X – Secrétariat – 02 …'), and a press service in lower
            # case after the body's colon ('SNCF X : service presse – 03 …'; capitalised, 'Y : Service
            # presse', it is no role)
            desks = vocabulary()["office_desks"]
            services = [
                s
                for k, s in parts
                if k == "label"
                and s.start >= first.end
                and s.text[:1].islower()
                and _fold(s.text) in vocabulary()["office_labels"]
                and text[first.end : s.start].strip() == ":"
            ]
            _fill(
                current,
                [
                    r
                    for r in roles
                    if r.end <= first.start
                    or _fold(r.text) in desks
                    # 'Parquet – magistrat chargé de la communication : 04 …': the function labelling
                    # the office's number
                    or (r.text[:1].islower() and text[r.end :].lstrip(" \t").startswith(":"))
                ]
                + services,
                [],
            )
        if line_emails or line_phones:
            if (
                current is None
                or (current.name is None and current.organization is None and line_emails and current.emails)
                or (described_line(text, parts, start) and (current.emails or current.phones))
                or (not names and not organisations and _next_bullet(text, current, start))
                or (shared := _shared_mailbox(text, contacts, start, end, parts, line_phones))
            ):
                current = ContactDraft(start, end, rule="contact.bare_line")
                persons = contacts[-2:]
                contacts.append(current)
                heads = group or (
                    heading and ContactDraft(heading.start, heading.end, organization=heading.text)
                )
                desk = named_desk(text, parts, start)
                if shared:
                    # the persons' common body is the shared mailbox's ('Commission X' over them)
                    current.organization = _common_organisation(persons)
                    if current.organization:
                        current.evidence += [
                            e for e in persons[-1].evidence if e["rule"] == "contact.organization"
                        ]
                elif desk is not None:
                    # 'Billetterie : …', 'Accueil abonnés : …' under the press contacts: an office
                    # named by its desk, also under an office heading the block
                    current.organization, current.rule = desk.text, "contact.desk_line"
                    current.note(desk.start, desk.end, desk.text, "contact.organization")
                elif (
                    heads is not None
                    and heads.organization
                    and not names
                    and not organisations
                    and not vocabulary()["heading_prefix_re"].match(text[start:end])  # its own heading
                ):
                    # 'Département X – Direction de la communication' / 'Marine T. : 01 …' / 'Standard
                    # presse : 01 …': the office heading the block is every entry's
                    current.organization = heads.organization
                    current.note(heads.start, heads.end, heads.organization, "contact.organization")
                elif (service := service_line(text, parts, start)) is not None:
                    # 'Ligne d'écoute patientes : 09 …', 'Plateforme Info Canicule : 0 800 …': an office
                    current.organization = service.text
                    current.note(service.start, service.end, service.text, "contact.organization")
            for s, e, value in line_emails:
                if value not in current.emails:
                    current.emails.append(value)
                    current.note(s, e, text[s:e], "contact.email")
            for s, e, value in line_phones:
                if value not in current.phones:
                    current.phones.append(value)
                    current.note(s, e, text[s:e], "contact.phone")
            current.end = max(current.end, end)
    for contact in contacts:
        body_in_role(text, contact, bodies)
        _rank_as_role(text, contact)
    _drop_lone_press_desk(text, contacts)
    return _adopt(contacts)


def _rank_as_role(text: str, contact: ContactDraft) -> None:
    """'Lieutenant Clara X – 05 …' with no function printed anywhere in the entry: the rank is the
    person's role (a function printed beside it wins: 'Capitaine Y, officier communication')."""
    name = next((e for e in contact.evidence if e["rule"] == "contact.name"), None)
    if contact.role is None and name is not None:
        rank = rank_before(text, Segment(name["start"], name["end"], name["text"]))
        if rank is not None:
            set_role(contact, rank)


LABELLED_ENTRY = re.compile(r"[ \t*_#>•-]*[A-ZÀ-Ý][\w'’ -]{1,40}?[ \t*_]*:")


def _drop_lone_press_desk(text: str, contacts: list[ContactDraft]) -> None:
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


def _own_roles(text: str, roles: list[Segment], name: Segment) -> list[Segment]:
    """'Presse régionale : Agnès Roux, chargée des relations presse': the function printed after the
    name is the person's role; the label before the colon only says which press they answer."""
    after = [r for r in roles if r.start >= name.end]
    labels = [r for r in roles if r.end <= name.start and text[r.end :].lstrip(" \t").startswith(":")]
    return [r for r in roles if r not in labels] if after and labels else roles


def _unit_of_office(
    text: str, parts: list[tuple[str, Segment]], current: ContactDraft | None, collecting: bool, person_spans
) -> Segment | None:
    """The unit or press service opening a line that prints an address ('Service communication –
    02 …', 'Bureau de la communication : 04 …'), when an office line with no address yet heads it
    (a name-shaped line opening on an acronym, 'ARS Bretagne', is that office)."""
    if not collecting or not parts:
        return None
    kind, segment = parts[0]
    folded = _fold(segment.text)
    if not (
        (kind in {"label", "organization"} and folded in vocabulary()["office_labels"])
        or (kind == "organization" and folded.split()[0] in vocabulary()["units"])
    ):
        return None
    if current.name is not None and _acronym_heading(text, current, person_spans):
        current.name, current.organization = None, current.name
        for note in current.evidence:
            note["rule"] = "contact.organization"
    return segment if current.name is None and current.organization else None


def _generic_unit_under_body(office: str, unit: str) -> bool:
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


BULLET = re.compile(r"[ \t]*[-•*·–][ \t]")


def _next_bullet(text: str, current: ContactDraft, start: int) -> bool:
    """'• Léa Roy, coordinatrice : 06 …' ⏎ '• presse@…': each item of a bulleted list is an entry
    of its own, a mailbox alone in its item is not the person's of the item above."""
    if not (current.emails or current.phones):
        return False
    here, there = text.rfind("\n", 0, start) + 1, text.rfind("\n", 0, current.start) + 1
    return here != there and bool(BULLET.match(text, here)) and bool(BULLET.match(text, there))


def _shared_mailbox(
    text: str, contacts: list[ContactDraft], start: int, end: int, parts, line_phones
) -> bool:
    """'Paul Roy – 01 …' ⏎ 'Léa Mas – 06 …' ⏎ 'presse@…': a mailbox alone on the line under two
    persons or more, each printed whole on a line of its own, is the list's, an entry of its own
    (under a single person, or spelling the last one's name, it is hers)."""
    if parts or line_phones or len(contacts) < 2:
        return False
    persons = contacts[-2:]
    local = _fold(text[start:end].strip().split("@")[0])
    return (
        all(c.name and c.phones and not c.emails and "\n" not in text[c.start : c.end] for c in persons)
        and text.count("\n", persons[0].start, start) == 2
        and not any(len(w) > 2 and w in local for w in _fold(persons[-1].name).split())
    )


def _common_organisation(contacts: list[ContactDraft]) -> str | None:
    organisations = {c.organization for c in contacts}
    return organisations.pop() if len(organisations) == 1 else None


def _acronym_heading(text: str, contact: ContactDraft, person_spans) -> bool:
    """A contact so far only a name-shaped line, no role, body or address, that opens on an
    acronym no PER entity confirms ('ARS Grand Est', 'CHU de Brest'): a body, once a person
    follows under it."""
    notes = [e for e in contact.evidence if e["rule"] == "contact.name"]
    if contact.name is None or contact.role or contact.organization or len(notes) != len(contact.evidence):
        return False
    segment = Segment(notes[0]["start"], notes[0]["end"], notes[0]["text"])
    return len(notes) == 1 and acronym_office(text, segment, person_spans)


def _adopt(contacts: list[ContactDraft]) -> list[ContactDraft]:
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


# 'Agence X – pour le Festival Y': the words before a client's name
FOR_CLIENT = re.compile(
    r"\bpour(?:\s+le\s+compte\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|\s+(?:le|la|les)|\s+l['’])?\s*$",
    re.IGNORECASE,
)


def _clients(text: str, organisations: list[Segment]) -> list[Segment]:
    """'Agence Marelle – pour le Festival des Embruns': a press agency speaking for a client, the
    client is the organisation (the guide); without one, the bodies as read."""
    line_start = text.rfind("\n", 0, organisations[0].start) + 1 if organisations else 0
    client = [s for s in organisations if FOR_CLIENT.search(text[line_start : s.start])]
    return client[-1:] or organisations


def _with_office_label(text: str, parts: list[tuple[str, Segment]], body: Segment) -> Segment:
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


def _fill(contact: ContactDraft, roles: list[Segment], organisations: list[Segment]) -> None:
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
