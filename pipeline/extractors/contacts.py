"""Press contacts: the block of lines that carry e-mails and phones, wherever it sits (a header,
the end, or mid-text where a PDF footer was), split into one contact per person or office.

Each line of a block is read by contact_lines.py (name, role, organisation, address, label ...).
A contact starts at a name (or at an office line when no person is named); e-mails and phones
attach to the most recent contact, so a phone on the line after its person is theirs; a person
printed after an address of the line starts a contact of their own, and two boxes printed side by
side are read as two columns. A person listed twice is one contact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extractors.addresses import document_addresses
from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_lines import (
    ACRONYM,
    URL,
    Segment,
    acronym_office,
    classify_line,
    has_organisation_word,
    is_heading,
    is_organisation,
    lower_case_body,
    on_line,
    role_head,
    vocabulary,
)
from pipeline.extractors.extensions import text_of
from pipeline.extractors.zones import about_zones

__all__ = ["extract_contacts", "has_organisation_word", "is_organisation", "vocabulary"]

LINE = re.compile(r"[^\n]+")
TAG = re.compile(r"<[^<>\n]*>")
SENTENCE_END = re.compile(r"[.!?…»]\s+(?=\S)")


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

    def note(self, start: int, end: int, text: str, rule: str) -> None:
        self.evidence.append({"start": start, "end": end, "text": text, "rule": rule})


def extract_contacts(
    text: str,
    person_spans: list[tuple[int, int]],
    issuer: dict | None = None,
    bodies: frozenset[tuple[int, int]] = frozenset(),
) -> list[dict]:
    """Contacts in reading order. `issuer` (the metadata value and its span) names the office of
    a bare mailbox called after it ('Contact : nom-de-l-organisme@...'); `bodies` are the spans of
    the ORG and MISC mentions, so a segment the entities call a body is not read as a person."""
    vocab = vocabulary()
    emails, phones = document_addresses(text, vocab["default_region"])
    if not emails and not phones:
        return []
    lines = [(m.start(), m.end()) for m in LINE.finditer(text)]
    items = sorted(emails + phones)
    anchors = [
        i for i, (s, e) in enumerate(lines) if on_line(items, s, e) and not _is_prose(text, s, e, items)
    ]
    blocks: list[list[int]] = []
    for index in anchors:
        between = [text[s:e] for s, e in lines[blocks[-1][-1] + 1 : index]] if blocks else []
        if (
            blocks
            and index - blocks[-1][-1] <= vocab["max_gap_lines"] + 1
            and all(_short_line(b) for b in between)
        ):
            blocks[-1].extend(range(blocks[-1][-1] + 1, index + 1))
        else:
            blocks.append(_lead(text, lines, index, person_spans, bodies) + [index])
    contacts: list[ContactDraft] = []
    for block in blocks:
        block += _tail(text, lines, block[-1], person_spans, bodies)
        block_lines = [p for i in block for p in _pieces(text, *lines[i], items, person_spans, bodies)]
        for column in _columns(text, block_lines, emails, items, person_spans):
            contacts.extend(_split_block(text, column, emails, phones, items, person_spans, bodies))
    contacts += _loose_contacts(text, lines, items, contacts, person_spans)
    contacts.sort(key=lambda c: c.start)
    zones = about_zones(text)
    # a zone holds the contacts printed before the next 'À propos de' heading (the contact lines
    # of each co-issuer's section), the last one only its own paragraph
    ends = [max(z.zone_end, following.start) for z, following in zip(zones, zones[1:], strict=False)]
    ends += [z.zone_end for z in zones[len(ends) :]]
    for contact in contacts:
        zone = next((z for z, stop in zip(zones, ends, strict=True) if z.start < contact.start < stop), None)
        if contact.organization is None and zone is not None:
            contact.organization = zone.name
            contact.note(zone.start, zone.end, zone.name, "contact.about_zone")
        elif (
            contact.organization is None
            and contact.name is None
            and issuer
            and _named_after(contact.emails, issuer["value"])
        ):
            contact.organization = issuer["value"]
            contact.note(issuer["start"], issuer["end"], issuer["text"], "contact.issuer_mailbox")
    return [_finish(c) for c in _merge(contacts) if c.emails or c.phones]


def _loose_contacts(text, lines, items, contacts: list[ContactDraft], person_spans) -> list[ContactDraft]:
    """Every e-mail and phone is someone's: those outside contact blocks (in a sentence, a closing
    line, a public mailbox) make one contact per line, named after a person of the same sentence
    printed before them, and the body of the mailbox's domain when the sentence names it, or the
    office heading the paragraph when the sentence names it."""
    taken = {value for c in contacts for value in c.emails + c.phones}
    loose: list[ContactDraft] = []
    for index, (start, end) in enumerate(lines):
        found = [item for item in on_line(items, start, end) if item[2] not in taken]
        if not found:
            continue
        sentence = max([start, *(m.end() for m in SENTENCE_END.finditer(text, start, found[0][0]))])
        contact = ContactDraft(start, end, rule="contact.loose")
        persons = [(s, e) for s, e in person_spans if sentence <= s and e <= found[0][0]]
        if persons:
            s, e = persons[-1]
            contact.name = text[s:e]
            contact.note(s, e, text[s:e], "contact.name")
        for s, e, value in found:
            target = contact.emails if "@" in value else contact.phones
            if value not in target:
                target.append(value)
                contact.note(s, e, text[s:e], "contact.email" if "@" in value else "contact.phone")
            taken.add(value)
        _domain_body(text, sentence, found[0][0], contact)
        if contact.organization is None:
            _heading_office(text, lines[index - 1] if index else None, sentence, found[0][0], contact)
        loose.append(contact)
    return loose


def _heading_office(text: str, above: tuple[int, int] | None, start: int, end: int, contact) -> None:
    """'Cellule d'information du public' over 'Une cellule d'information du public, ouverte ...,
    répond aux questions : 03 ...': the office heading the paragraph, which the number's sentence
    names, is the number's."""
    if above is None:
        return
    s, e = above
    heading = text[s:e].strip()
    words = _fold(heading).split()
    vocab = vocabulary()
    if (
        not words
        or not _short_line(heading)
        or heading.endswith((":", ",", "?", "!"))
        or (words[0] not in vocab["organisations"] and words[0] not in vocab["units"])
        or _fold(heading) not in _fold(text[start:end])
    ):
        return
    contact.organization = heading
    offset = s + text[s:e].index(heading)
    contact.note(offset, offset + len(heading), heading, "contact.heading_office")


def _domain_body(text: str, start: int, end: int, contact: ContactDraft) -> None:
    """'... se rapprocher de l'ANCT : suite@anct.gouv.fr': a mailbox at the domain of a body the
    same sentence names, printed before it, is that body's."""
    for email in contact.emails:
        label = email.split("@")[1].split(".")[0]
        if len(label) < 3:
            continue
        pattern = rf"(?<![\w.@-]){re.escape(label)}(?![\w.@-])"
        named = next((m for m in re.finditer(pattern, text[start:end], re.I) if m.group()[0].isupper()), None)
        if named:
            contact.organization = named.group()
            contact.note(start + named.start(), start + named.end(), named.group(), "contact.domain_body")
            return


def _named_after(emails: list[str], body: str) -> bool:
    """The mailbox carries the body's name ('france-chaleur-urbaine@...')."""

    def compact(value: str) -> str:
        return re.sub(r"[^a-z0-9]", "", _fold(value))

    key = compact(body)
    return bool(key) and any(
        key in {compact(e.split("@")[0]), compact(e.split("@")[1].split(".")[0])} for e in emails
    )


def _is_prose(text: str, start: int, end: int, items) -> bool:
    """A sentence that happens to hold an address ('... écrire à x@y.fr.') is not a contact block."""
    free = _free_text(text, start, end, items)
    words = len(free.split())
    return words >= vocabulary()["prose_words"] and not re.search(
        r"\bcontact|\bpresse\b|\bpress\b", free, re.IGNORECASE
    )


def _free_text(text: str, start: int, end: int, items) -> str:
    pieces, cursor = [], start
    for s, e, _ in on_line(items, start, end):
        pieces.append(text[cursor:s])
        cursor = e
    pieces.append(text[cursor:end])
    return URL.sub(" ", TAG.sub(" ", " ".join(pieces)))


def _lead(text: str, lines, index: int, person_spans, bodies) -> list[int]:
    """Short lines above the first e-mail/phone that name a person, office, role or address,
    walking up to a heading ('Contact presse'), which ends the walk."""
    vocab = vocabulary()
    lead: list[int] = []
    cursor = index
    while cursor > 0 and len(lead) < vocab["max_lead_lines"]:
        start, end = lines[cursor - 1]
        content = text[start:end].strip()
        if not _short_line(content):
            break
        if is_heading(content):
            lead.insert(0, cursor - 1)
            if _fold(content.rstrip(" :")) not in vocab["office_labels"]:
                break
            cursor -= 1
            continue
        kinds = {kind for kind, _ in classify_line(text, start, end, [], person_spans, bodies)}
        if not kinds - {"other", "label"}:
            break
        lead.insert(0, cursor - 1)
        cursor -= 1
    return lead


def _tail(text: str, lines, index: int, person_spans, bodies) -> list[int]:
    """The role line printed right under a block's last e-mail or phone ('Nadia Colin / nadia@... /
    Chargée des relations médias'), or the person line ('Mail : ... / Tél : ... / Anne Dupont')."""
    if index + 1 >= len(lines) or text[lines[index][1] : lines[index + 1][0]].strip(" \t") != "\n":
        return []
    start, end = lines[index + 1]
    kinds = [kind for kind, _ in classify_line(text, start, end, [], person_spans, bodies)]
    person = "name" in kinds and set(kinds) <= {"name", "role", "organization"}
    return [index + 1] if (kinds == ["role"] or person) and _short_line(text[start:end]) else []


def _short_line(content: str) -> bool:
    """A line that can belong to a contact block: short, not a sentence, a bullet or a link."""
    content = content.strip()
    return (
        len(content) <= vocabulary()["max_lead_chars"]
        and not content.endswith((".", ";", "»"))
        and not URL.search(content)
        and not content.startswith("•")
    )


def _pieces(text: str, start: int, end: int, items, person_spans, bodies) -> list[tuple[int, int]]:
    """The line cut before each person printed after an e-mail or phone of the line ('Contact :
    x@y.fr ou Lionel Maurel, ... lm@y.fr', two persons side by side): each piece is read as a line,
    the cut falling after the last item before the person, with what stands between."""
    cuts = [start]
    parts = classify_line(text, start, end, items, person_spans, bodies)
    for index, (kind, segment) in enumerate(parts):
        before = [item for item in on_line(items, cuts[-1], segment.start)]
        if kind != "name" or not before:
            continue
        cut = next(s.start for _, s in parts[: index + 1] if s.start >= before[-1][1])
        if cut > cuts[-1]:
            cuts.append(cut)
    return list(zip(cuts, cuts[1:] + [end], strict=True))


def _columns(text: str, lines, emails, items, person_spans) -> list[list[tuple[int, int]]]:
    """Two contact boxes printed side by side, which the text layer reads line by line across both
    ('Région Occitanie Ville de Montpellier / Anne Roux Paul Vidal / a@x.fr p@y.fr'): when a line
    holds two e-mails with only spaces between them, every line is cut in two (before its second
    e-mail or phone, its second person, or its second body's head-word) and each column is read
    as a block. Otherwise the block is one column."""
    pair = any(
        len(found) == 2 and not text[found[0][1] : found[1][0]].strip()
        for found in (on_line(emails, s, e) for s, e in lines)
    )
    if not pair:
        return [lines]
    left, right = [], []
    for start, end in lines:
        cut = _column_cut(text, start, end, items, person_spans)
        if cut is None:
            left.append((start, end))
            right.append((start, end))
        else:
            left.append((start, cut))
            right.append((cut, end))
    return [left, right]


def _column_cut(text: str, start: int, end: int, items, person_spans) -> int | None:
    """Where the second column starts on a line read across two boxes, or None."""
    found = on_line(items, start, end)
    if len(found) == 2 and not text[found[0][1] : found[1][0]].strip():
        return found[1][0]
    persons = [s for s, e in person_spans if start <= s and e <= end]
    if len(persons) == 2:
        return persons[1]
    words = list(re.finditer(r"\S+", text[start:end]))
    vocab = vocabulary()
    if (
        len(words) == 4
        and vocab["name_re"].match(text[start:end])
        and not has_organisation_word(text[start:end])
    ):
        return start + words[2].start()  # 'Anne Roux Paul Vidal'
    for index, word in enumerate(words[1:], start=1):
        head = {_fold(word.group()), _fold(" ".join(w.group() for w in words[index : index + 2]))}
        if (
            word.group()[:1].isupper()
            and (head & vocab["organisations"] or role_head(word.group()))
            and _fold(words[index - 1].group()) not in vocab["linking_words"]
        ):
            return start + word.start()
    return None


def _split_block(text, lines, emails, phones, items, person_spans, bodies) -> list[ContactDraft]:
    contacts: list[ContactDraft] = []
    current: ContactDraft | None = None
    group: ContactDraft | None = None  # an office line heading the persons listed under it
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
        collecting = current is not None and not current.emails and not current.phones
        if hints and not names and not organisations and not line_emails and not line_phones:
            organisations = hints  # 'Contact presse Animath' over the persons: their body
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
            if collecting and current.name is None and current.organization:
                group = current
            current = ContactDraft(start, end, name=names[0].text, rule="contact.person_line")
            current.note(names[0].start, names[0].end, names[0].text, "contact.name")
            contacts.append(current)
            # a body on the person's line, else the office heading the list, else a body in the role
            _fill(current, [], organisations + hints)
            if current.organization is None and group is not None:
                current.organization = group.organization
                current.evidence += [e for e in group.evidence if e["rule"] == "contact.organization"]
            _fill(current, roles, [])
        elif collecting and current.name is not None and (roles or organisations):
            _fill(current, roles, organisations)
        elif current is not None and current.name is not None and roles and not organisations:
            _fill(current, roles, [])  # 'Thomas Girard / 06 ... / Attaché de presse': role under the number
        elif organisations and not line_emails and not line_phones:
            office = text[organisations[0].start : organisations[-1].end]
            if collecting and current.name is None and current.organization:
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
        if line_emails or line_phones:
            if current is None or (
                current.name is None and current.organization is None and line_emails and current.emails
            ):
                current = ContactDraft(start, end, rule="contact.bare_line")
                contacts.append(current)
            for s, e, value in line_emails:
                if value not in current.emails:
                    current.emails.append(value)
                    current.note(s, e, text[s:e], "contact.email")
            for s, e, value in line_phones:
                if value not in current.phones:
                    current.phones.append(value)
                    current.note(s, e, text[s:e], "contact.phone")
            current.end = max(current.end, end)
    return _adopt(contacts)


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


def _with_office_label(text: str, parts: list[tuple[str, Segment]], body: Segment) -> Segment:
    """'Relations presse - AFUL : presse@...', 'ARS Occitanie – Service communication – 04 ...': an
    office named by its body and a unit or press service, joined by dashes, is printed whole."""
    index = next(i for i, (_, s) in enumerate(parts) if s.start == body.start)
    first = last = index
    while first > 0 and _office_part(text, parts[first - 1], parts[first][1]):
        first -= 1
    while last + 1 < len(parts) and _office_part(text, parts[last + 1], parts[last][1]):
        last += 1
    start, stop = parts[first][1].start, parts[last][1].end
    return Segment(start, stop, text[start:stop])


def _office_part(text: str, part: tuple[str, Segment], neighbour: Segment) -> bool:
    """A press service or unit printed next to an office's body, a dash between them."""
    kind, segment = part
    gap = text[min(segment.end, neighbour.end) : max(segment.start, neighbour.start)].strip()
    folded = _fold(segment.text)
    named = (kind == "label" and folded in vocabulary()["office_labels"]) or (
        kind == "organization" and folded.split()[0] in vocabulary()["units"]
    )
    return named and gap in {"-", "–", "—"}


def _fill(contact: ContactDraft, roles: list[Segment], organisations: list[Segment]) -> None:
    """A person's role and organisation from the first such segments, when not yet known."""
    if roles and contact.role is None:
        _set_role(contact, roles[0])
    if organisations and contact.organization is None:
        contact.organization = organisations[0].text
        contact.note(
            organisations[0].start, organisations[0].end, organisations[0].text, "contact.organization"
        )


def _set_role(contact: ContactDraft, segment: Segment) -> None:
    """The role as printed; an 'of X' in it naming an institution or an acronym is the organisation,
    and so is a unit right after the role word ('cheffe du bureau de la communication')."""
    contact.role = segment.text
    contact.note(segment.start, segment.end, segment.text, "contact.role")
    head = len(role_head(segment.text) or "")
    for match in re.finditer(
        r"\b(?:(?:de l|d)['’]\s*|(?:auprès du|auprès de la|de la|du|des|de|chez|at)\s+)", segment.text
    ):
        complement = segment.text[match.end() :].strip()
        words = _fold(complement).split()
        if (
            match.start() >= head
            and not segment.text[head : match.start()].strip()
            and words
            and words[0] in vocabulary()["units"]
        ):
            if contact.organization is None:
                complement = complement.split(",")[0].strip()
                contact.organization = complement
                offset = segment.start + match.end()
                contact.note(offset, offset + len(complement), complement, "contact.organization")
            return
        headed = lower_case_body(complement)  # 'présidente de l'association Les Amis du Moulin'
        if headed:
            complement = complement.split(None, 1)[1]
        elif not complement[:1].isupper():
            continue
        match_end = segment.text.index(complement, match.end())
        if (
            headed
            or ACRONYM.match(complement)
            or _fold(complement).split()[0] in vocabulary()["organisations"]
            or match.group().strip() in {"chez", "at"}
        ):
            if contact.organization is None:
                contact.organization = complement
                offset = segment.start + match_end
                contact.note(offset, offset + len(complement), complement, "contact.organization")
            return


def _merge(contacts: list[ContactDraft]) -> list[ContactDraft]:
    """One entry per person: the same name (case and accents aside) printed twice is merged."""
    merged: list[ContactDraft] = []
    by_name: dict[str, ContactDraft] = {}
    for contact in contacts:
        key = _fold(contact.name) if contact.name else None
        if key is None or key not in by_name:
            merged.append(contact)
            if key:
                by_name[key] = contact
            continue
        kept = by_name[key]
        kept.role = kept.role or contact.role
        kept.organization = kept.organization or contact.organization
        kept.emails += [e for e in contact.emails if e not in kept.emails]
        kept.phones += [p for p in contact.phones if p not in kept.phones]
        kept.evidence += contact.evidence
    return merged


def _finish(contact: ContactDraft) -> dict:
    return {
        "name": contact.name,
        "role": contact.role,
        "organization": contact.organization,
        "emails": contact.emails,
        "phones": contact.phones,
        "start": contact.start,
        "end": contact.end,
        "evidence": contact.evidence,
        "rule": contact.rule,
    }


class ContactExtractor:
    """Fills doc._.contacts; uses the PER entities so names are the same as in doc._.entities."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        entities = doc._.entities or []
        persons = [(m["start"], m["end"]) for e in entities if e["label"] == "PER" for m in e["mentions"]]
        bodies = frozenset(
            (m["start"], m["end"]) for e in entities if e["label"] in {"ORG", "MISC"} for m in e["mentions"]
        )
        metadata = doc._.metadata or {}
        evidence = metadata.get("evidence", {}).get("issuer")
        issuer = {**evidence, "value": metadata["issuer"]} if evidence and metadata.get("issuer") else None
        doc._.contacts = extract_contacts(text_of(doc), persons, issuer, bodies)
        return doc


@Language.factory(
    "communique_contacts", assigns=["doc._.contacts"], requires=["doc._.entities", "doc._.metadata"]
)
def make_contact_extractor(nlp: Language, name: str) -> ContactExtractor:
    return ContactExtractor(nlp, name)
