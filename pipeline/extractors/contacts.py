"""Press contacts: the block of lines that carry e-mails and phones, wherever it sits (a header,
the end, or mid-text where a PDF footer was), split into one contact per person or office.

Stages: contact_blocks.py finds the blocks (and their columns), contact_lines.py reads each line
(name, role, organisation, address, label ...), contact_split.py groups a block's lines into
contacts. Here: the addresses outside blocks, the organisation given by an "À propos de" zone, and
one entry per person (a person listed twice is one contact).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extractors.addresses import document_addresses
from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_blocks import columns, find_blocks, pieces, short_line
from pipeline.extractors.contact_drafts import ContactDraft
from pipeline.extractors.contact_role_bodies import set_role
from pipeline.extractors.contact_split import split_block
from pipeline.extractors.contact_words import (
    ACRONYM,
    MIXED_ACRONYM,
    Segment,
    has_organisation_word,
    is_organisation,
    lower_case_unit,
    on_line,
    reads_as_body,
    role_head,
    vocabulary,
)
from pipeline.extractors.extensions import CELL_GAPS, rule_entities, text_of
from pipeline.extractors.zones import about_zones

__all__ = ["extract_contacts", "has_organisation_word", "is_organisation", "vocabulary"]

LINE = re.compile(r"[^\n]+")
SENTENCE_END = re.compile(r"[.!?…»]\s+(?=\S)")


def extract_contacts(
    text: str,
    person_spans: list[tuple[int, int]],
    issuer: dict | None = None,
    bodies: frozenset[tuple[int, int]] = frozenset(),
    gaps: tuple[int, ...] = (),
) -> list[dict]:
    """Contacts in reading order. `issuer` (the metadata value and its span) names the office of
    a bare mailbox called after it ('Contact : nom-de-l-organisme@...'); `bodies` are the spans of
    the ORG and MISC mentions (an ORG's also as (start, end, "ORG")), so a segment the entities
    call a body is not read as a person; `gaps` the offsets of spaces standing for a column gap in
    the source (two boxes side by side)."""
    vocab = vocabulary()
    emails, phones = document_addresses(text, vocab["default_region"])
    if not emails and not phones:
        return []
    lines = [(m.start(), m.end()) for m in LINE.finditer(text)]
    items = sorted(emails + phones)
    contacts: list[ContactDraft] = []
    for block in find_blocks(text, lines, items, person_spans, bodies):
        block_lines = [p for i in block for p in pieces(text, *lines[i], items, person_spans, bodies)]
        for column in columns(text, block_lines, emails, items, person_spans, gaps):
            for contact in split_block(text, column, emails, phones, items, person_spans, bodies):
                _name_from_sentence(text, contact, person_spans)
                if contact.rule == "contact.bare_line" and not contact.name and not contact.organization:
                    first = min(
                        e["start"]
                        for e in contact.evidence
                        if e["rule"] in {"contact.email", "contact.phone"}
                    )
                    _asked_body(
                        text, _sentence_start(text, text.rfind("\n", 0, first) + 1, first), first, contact
                    )
                    if contact.organization is None:
                        _named_service(text, _wrapped_sentence_start(text, first), first, contact)
                contacts.append(contact)
    contacts += _loose_contacts(text, lines, items, contacts, person_spans)
    contacts.sort(key=lambda c: c.start)
    zones = about_zones(text)
    # a zone holds the contacts printed before the next 'À propos de' heading (the contact lines
    # of each co-issuer's section), the last one only its own paragraph
    ends = [max(z.zone_end, following.start) for z, following in zip(zones, zones[1:], strict=False)]
    ends += [_section_end(text, z) for z in zones[len(ends) :]]
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
    kept = _without_footer_repeats(text, _merge(contacts))
    return [_finish(c) for c in kept if c.emails or c.phones]


# a running footer's page number ending its line: 'page 2/2', '– 1/3'
PAGE_MARK = re.compile(r"(?:\bpage\s+|[–—|-]\s*)\d{1,2}\s*/\s*\d{1,2}\s*$", re.IGNORECASE)


def _without_footer_repeats(text: str, contacts: list[ContactDraft]) -> list[ContactDraft]:
    """'SAPLA 43 – 4 rue … – sapla43@… – page 2/2': a running footer repeating the addresses an
    entry printed elsewhere holds is page furniture, not a contact of its own."""
    footers = [c.name is None and bool(PAGE_MARK.search(_line_of(text, c.start))) for c in contacts]
    held = {a for c, footer in zip(contacts, footers, strict=True) if not footer for a in c.emails + c.phones}
    return [
        c
        for c, footer in zip(contacts, footers, strict=True)
        if not (footer and set(c.emails + c.phones) <= held)
    ]


def _line_of(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : end if end >= 0 else len(text)]


def _section_end(text: str, zone) -> int:
    """Where the last 'À propos de X' zone ends: its paragraph; or, when the heading is a paragraph
    of its own ('### À propos de X' ⏎⏎ body ⏎⏎ 'Contact presse : …'), the paragraph after its body
    too, a contact line of the section (the guide's 'a contact line inside À propos de X')."""
    heading_end = text.find("\n", zone.end)
    alone = heading_end >= 0 and not text[zone.end : heading_end].strip(" \t:*#")
    if not alone or not re.match(r"\n[ \t]*\n", text[heading_end:]) or zone.zone_end >= len(text):
        return zone.zone_end
    following = re.compile(r"\S").search(text, zone.zone_end)
    if following is None:
        return zone.zone_end
    blank = re.compile(r"\n[ \t]*\n").search(text, following.start())
    return blank.start() if blank else len(text)


def _loose_contacts(text, lines, items, contacts: list[ContactDraft], person_spans) -> list[ContactDraft]:
    """Every e-mail and phone is someone's: those outside contact blocks (in a sentence, a closing
    line, a public mailbox) make one contact per sentence of a line, named after a person of the same sentence
    printed before them, and the body of the mailbox's domain when the sentence names it, or the
    office heading the paragraph when the sentence names it."""
    taken = {value for c in contacts for value in c.emails + c.phones}
    loose: list[ContactDraft] = []
    for index, (start, end) in enumerate(lines):
        found = [item for item in on_line(items, start, end) if item[2] not in taken]
        # one contact per sentence: 'Joindre la mairie au 02 … . Les journalistes contacteront Léa
        # Morin (06 …).' gives the mairie's line and Léa Morin's
        sentences: dict[int, list] = {}
        for item in found:
            sentences.setdefault(_sentence_start(text, start, item[0]), []).append(item)
        for sentence, group in sentences.items():
            contact = ContactDraft(start, end, rule="contact.loose")
            _name_from_sentence(text, contact, person_spans, group[0][0])
            for s, e, value in group:
                target = contact.emails if "@" in value else contact.phones
                if value not in target:
                    target.append(value)
                    contact.note(s, e, text[s:e], "contact.email" if "@" in value else "contact.phone")
                taken.add(value)
            _domain_body(text, sentence, group[0][0], contact)
            if contact.organization is None:
                # '… appelez le centre antipoison au' ⏎ '05 …': the sentence may wrap before the number
                _asked_body(text, _wrapped_sentence_start(text, group[0][0]), group[0][0], contact)
            if contact.organization is None:
                _named_service(text, _wrapped_sentence_start(text, group[0][0]), group[0][0], contact)
            if contact.organization is None:
                _heading_office(text, lines[index - 1] if index else None, sentence, group[0][0], contact)
            loose.append(contact)
    return loose


def _sentence_start(text: str, line_start: int, index: int) -> int:
    return max([line_start, *(m.end() for m in SENTENCE_END.finditer(text, line_start, index))])


def _wrapped_sentence_start(text: str, index: int) -> int:
    """Where the sentence holding `index` starts, across the hard line breaks of its paragraph."""
    paragraph = max(text.rfind("\n\n", 0, index) + 2, index - 400)
    return _sentence_start(text, paragraph, index)


def _name_from_sentence(text: str, contact: ContactDraft, person_spans, first: int | None = None) -> None:
    """'Pour plus d'informations, contactez Julie Martin au 06 …': an address printed in a sentence
    (a contact line worded as prose) is the person's the sentence names before it. Only for a
    contact with neither a name nor a body of its own (a bare line of a block, a loose address)."""
    if contact.name or contact.organization or contact.rule not in {"contact.bare_line", "contact.loose"}:
        return
    if first is None:
        found = [e["start"] for e in contact.evidence if e["rule"] in {"contact.email", "contact.phone"}]
        if not found:
            return
        first = min(found)
    sentence = _sentence_start(text, text.rfind("\n", 0, first) + 1, first)
    persons = [(s, e) for s, e in person_spans if sentence <= s and e <= first] or _first_name_pairs(
        text, sentence, first
    )
    if persons:
        s, e = persons[-1]
        contact.name = text[s:e]
        contact.note(s, e, text[s:e], "contact.name")
        # 'contactez Léa Morin, chargée de communication de la mairie, au 06 …': the role set off by
        # commas after the name
        role = APPOSED_ROLE.match(text, e, first)
        if role and role_head(role.group("role")):
            at = role.start("role")
            set_role(contact, Segment(at, role.end("role"), role.group("role")))


APPOSED_ROLE = re.compile(r",[ \t]*(?P<role>[^,;:()«»\n]{3,90}?)[ \t]*(?:,|[ \t]+(?:au|à|par|sur|via)[ \t])")
"""A role set off by commas after a name in a sentence, up to a comma or the words leading to the
number or the address."""
PAIR = re.compile(
    r"(?i:contact|contacter|contactez|joindre|joignez|reach|call|write to|écrire à|écrivez à)[ \t]+"
    r"(?P<name>(?P<first>[A-ZÀ-Ý][a-zà-ÿ'’-]+)[ \t]+(?:(?:de|du|van|von|le|la)[ \t]+)?[A-ZÀ-Ý][\w'’-]+)"
)


def _first_name_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'please contact Emma Clarke at …': a known first name and a capitalised word right after a
    verb asking to contact them, where the entity model (French) finds no person in a sentence in
    another language."""
    from pipeline.extractors.entities.person_names import sourced_first_names  # (import cycle)

    names = sourced_first_names()
    return [
        (m.start("name"), m.end("name"))
        for m in PAIR.finditer(text, start, end)
        if m.group("first").lower() in names
    ]


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
        or not short_line(heading)
        or heading.endswith((":", ",", "?", "!"))
        or (words[0] not in vocab["organisations"] and words[0] not in vocab["units"])
        or _fold(heading) not in _fold(text[start:end])
    ):
        return
    contact.organization = heading
    offset = s + text[s:e].index(heading)
    contact.note(offset, offset + len(heading), heading, "contact.heading_office")


ASKED = re.compile(
    r"(?:contacter|contactez|joindre|joignez|appeler|appelez|auprès\s+(?:de\s+la|de\s+l['’]|du|des|de)"
    r"|s['’]adresser\s+(?:à\s+la|à\s+l['’]|au|aux))\s+(?:[a-zé]+ment\s+)?"
    # 'appelez immédiatement le 15 ou le centre antipoison au 05 …': the last of two numbers' callees
    r"(?:[^\n,;:.!?]{1,30}?\s+ou\s+)?(?:(?:la|le|les)\s+|l['’])?"
    r"(?P<body>[^\s,;:.!?][^,;:.!?\n]{2,80}?)\s+(?:au|à|par|sur|via)?\s*(?:le\s+)?(?:numéro\s+)?:?\s*$",
    re.IGNORECASE,
)


def _asked_body(text: str, start: int, end: int, contact: ContactDraft) -> None:
    """'… de contacter la brigade de gendarmerie de Saint-Junien au 05 …', '… auprès de la mairie de
    Riom au 04 …': the body a sentence asks the reader to call, right before the number, is its."""
    asked = ASKED.search(text, start, end)
    if asked is None:
        return
    body = asked.group("body")
    words = body.split()
    # 'appelez le centre antipoison au': a service's head-word and its kind, in lower case
    service = body.islower() and len(words) == 2 and _fold(words[0]) in vocabulary()["service_heads"]
    if not service and (
        not (reads_as_body(body) or lower_case_unit(body))
        or not (
            has_organisation_word(body)
            or ACRONYM.match(body)
            or MIXED_ACRONYM.match(body)  # 'joindre la DGFiP au'
        )
    ):
        return
    contact.organization = body
    contact.note(asked.start("body"), asked.end("body"), body, "contact.asked_body")


NAMED_SERVICE = r"\b(?:{heads})\s+(?P<body>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ0-9][\w'’-]*)*)"


def _named_service(text: str, start: int, end: int, contact: ContactDraft) -> None:
    """'La plateforme Canicule Info Service répond au 0 800 …': a service named after its
    lower-case head-word (plateforme, ligne, cellule …) in the number's sentence is the number's
    office, the head-word left out as for entities."""
    heads = "|".join(re.escape(h) for h in vocabulary()["service_heads"])
    found = list(re.finditer(NAMED_SERVICE.format(heads=heads), text[start:end]))
    if not found or len(found[-1].group("body").split()) < 2:
        return
    body = found[-1]
    contact.organization = body.group("body")
    contact.note(
        start + body.start("body"), start + body.end("body"), body.group("body"), "contact.named_service"
    )


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
    """The mailbox carries the body's name before its '@' ('france-chaleur-urbaine@...'); a mailbox
    at the body's domain ('presse@maisonia.fr') does not: the guide takes no organisation from a
    domain."""

    def compact(value: str) -> str:
        return re.sub(r"[^a-z0-9]", "", _fold(value))

    key = compact(body)
    return bool(key) and any(key == compact(e.split("@")[0]) for e in emails)


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
    """Fills doc._.contacts; uses the PER entities so names are the same as in doc._.entities, as the
    rules labelled them (extensions.RULE_ENTITIES)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        entities = rule_entities(doc)
        persons = [(m["start"], m["end"]) for e in entities if e["label"] == "PER" for m in e["mentions"]]
        mentions = [(e["label"], m) for e in entities if e["label"] in {"ORG", "MISC"} for m in e["mentions"]]
        bodies = frozenset((m["start"], m["end"]) for _, m in mentions) | frozenset(
            (m["start"], m["end"], "ORG") for label, m in mentions if label == "ORG"
        )
        metadata = doc._.metadata or {}
        evidence = metadata.get("evidence", {}).get("issuer")
        issuer = {**evidence, "value": metadata["issuer"]} if evidence and metadata.get("issuer") else None
        gaps = tuple(doc.user_data.get(CELL_GAPS) or ())
        doc._.contacts = extract_contacts(text_of(doc), persons, issuer, bodies, gaps)
        return doc


@Language.factory(
    "communique_contacts", assigns=["doc._.contacts"], requires=["doc._.entities", "doc._.metadata"]
)
def make_contact_extractor(nlp: Language, name: str) -> ContactExtractor:
    return ContactExtractor(nlp, name)
