"""A contact block's lines grouped into contacts: a contact starts at a name (or at an office line
when no person is named); e-mails and phones attach to the most recent contact, so a phone on the
line after its person is theirs; an office line heading a list of persons is each one's
organisation; a role names the organisation when its complement is a body. The drafted contacts
and the passes over them are in contact_drafts.py, an office's name printed whole in
contact_offices.py.
"""

from __future__ import annotations

import re

from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_desks import described_line, labelled_function, named_desk, service_line
from pipeline.extractors.contact_drafts import (
    ContactDraft,
    acronym_heading,
    adopt,
    common_organisation,
    drop_lone_press_desk,
    fill,
    rank_as_role,
)
from pipeline.extractors.contact_lines import classify_line
from pipeline.extractors.contact_offices import clients, generic_unit_under_body, with_office_label
from pipeline.extractors.contact_role_bodies import body_in_role
from pipeline.extractors.contact_words import (
    Segment,
    acronym_office,
    on_line,
    vocabulary,
)


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
            if collecting and acronym_heading(text, current, person_spans):
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
            printed = client + organisations if client else clients(text, organisations) + hints
            fill(current, [], [with_office_label(text, parts, printed[0]), *printed[1:]] if printed else [])
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
            fill(current, _own_roles(text, roles, names[0]) or ([role_above] if role_above else []), [])
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
            elif not generic_unit_under_body(current.organization, unit.text):
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
                [with_office_label(text, parts, organisations[0]), *organisations[1:]]
                if organisations
                else []
            )
            fill(current, roles, offices)
        elif collecting and current.name is None and current.organization and roles and not organisations:
            # 'Contact presse SDIS 50' / 'Officier presse de permanence : 06 …': the function
            # answering the office's number is its role
            fill(current, [r for r in roles if text[r.end :].lstrip(" \t").startswith(":")], [])
        elif current is not None and current.name is not None and roles and not organisations:
            fill(current, roles, [])  # 'Thomas Girard / 06 ... / Attaché de presse': role under the number
        elif organisations and not line_emails and not line_phones:
            # 'FNSEA – Service de presse' over the persons: the office printed whole
            organisations = clients(text, organisations)
            first = with_office_label(text, parts, organisations[0])
            office = text[first.start : max(first.end, organisations[-1].end)]
            if collecting and current.name is None and current.organization:
                if current.body is None and generic_unit_under_body(current.organization, office):
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
            first = with_office_label(text, parts, (organisations + hints)[0])
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
            fill(
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
                    current.organization = common_organisation(persons)
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
        rank_as_role(text, contact)
    drop_lone_press_desk(text, contacts)
    return adopt(contacts)


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
    if current.name is not None and acronym_heading(text, current, person_spans):
        current.name, current.organization = None, current.name
        for note in current.evidence:
            note["rule"] = "contact.organization"
    return segment if current.name is None and current.organization else None


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
