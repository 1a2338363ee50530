"""Press contacts: the block of lines that carry e-mails and phones, wherever it sits (a header,
the end, or mid-text where a PDF footer was), split into one contact per person or office.

A contact starts at a line that names a person (or an office, "Cabinet de ..."); e-mails and
phones attach to the most recent contact, so a phone on the line after its person is theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import resources

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
LINE = re.compile(r"[^\n]+")
NAME_AT_START = re.compile(r"^(?P<name>(?:[A-ZÉÈ][\w'’-]+|[A-ZÉÈ]\.)(?:[ -](?:[A-ZÉÈ][\w'’-]*|de|du|van|von|d'|le|la)){1,3})\s*(?:[,:–—(]|\s-\s|$)")
SEPARATORS = re.compile(r"\s*(?:[,/|–—•]|\s-\s)\s*")


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


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = resources.load("contacts.json")
    return {
        **data,
        "headings": {h.rstrip(" :") for h in data["block_headings"]},
        "label_pattern": re.compile(r"^\s*(?:" + "|".join(re.escape(l) for l in data["line_labels"]) + r")\.?\s*:?\s*", re.IGNORECASE),
    }


def find_phones(text: str, region: str) -> list[tuple[int, int, str]]:
    """(start, end, E.164) for every valid phone number."""
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
        found.append((match.start, match.end, phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)))
    return found


def _is_heading(line: str) -> bool:
    return line.strip().lower().rstrip(" :") in vocabulary()["headings"]


def extract_contacts(text: str, person_spans: list[tuple[int, int]]) -> list[dict]:
    vocab = vocabulary()
    emails = [(m.start(), m.end(), m.group()) for m in EMAIL.finditer(text)]
    phones = find_phones(text, vocab["default_region"])
    if not emails and not phones:
        return []
    lines = [(m.start(), m.end()) for m in LINE.finditer(text)]
    anchors = {i for i, (s, e) in enumerate(lines) if any(s <= p[0] < e for p in emails + phones)}
    blocks: list[list[int]] = []
    for index in sorted(anchors):
        if blocks and index - blocks[-1][-1] <= vocab["max_gap_lines"] + 1:
            blocks[-1].extend(range(blocks[-1][-1] + 1, index + 1))
        else:
            lead = index
            while lead > 0 and index - lead < vocab["max_lead_lines"] and _lead_line(text, lines[lead - 1]):
                lead -= 1
            blocks.append(list(range(lead, index + 1)))
    contacts: list[ContactDraft] = []
    for block in blocks:
        contacts.extend(_split_block(text, [lines[i] for i in block], emails, phones, person_spans))
    return [_finish(c) for c in contacts if c.emails or c.phones]


def _lead_line(text: str, line: tuple[int, int]) -> bool:
    """A short line just above the first e-mail/phone: a heading, a name or an office."""
    content = text[line[0]:line[1]].strip()
    return 0 < len(content) <= 120 and not content.endswith((".", ";")) and len(content.split()) <= 14


def _split_block(text, lines, emails, phones, person_spans) -> list[ContactDraft]:
    contacts: list[ContactDraft] = []
    current: ContactDraft | None = None
    for start, end in lines:
        content = text[start:end]
        if _is_heading(content):
            continue
        line_emails = [e for e in emails if start <= e[0] < end]
        line_phones = [p for p in phones if start <= p[0] < end]
        person = _person_at_start(text, start, end, person_spans)
        label_only = vocabulary()["label_pattern"].match(content)
        if person is not None:
            current = ContactDraft(start, end, rule="contact.person_line")
            contacts.append(current)
            current.name = text[person[0]:person[1]]
            current.evidence.append({"start": person[0], "end": person[1], "text": current.name, "rule": "contact.name"})
            _role_and_organization(text, current, person[1], end, line_emails, line_phones)
        elif not line_emails and not line_phones and not label_only:
            stripped = content.strip()
            if current is not None and current.organization and not current.emails and not current.phones and current.name is None:
                current.organization += " " + stripped
                current.end = end
                continue
            current = ContactDraft(start, end, organization=stripped, rule="contact.office_line")
            contacts.append(current)
            current.evidence.append({"start": start, "end": end, "text": content, "rule": "contact.organization"})
        if line_emails or line_phones:
            if current is None or (current.name is None and current.organization is None and (current.emails or current.phones) and line_emails and current.emails):
                current = ContactDraft(start, end, rule="contact.bare_line")
                contacts.append(current)
            for s, e, value in line_emails:
                if value not in current.emails:
                    current.emails.append(value)
                    current.evidence.append({"start": s, "end": e, "text": text[s:e], "rule": "contact.email"})
            for s, e, value in line_phones:
                if value not in current.phones:
                    current.phones.append(value)
                    current.evidence.append({"start": s, "end": e, "text": text[s:e], "rule": "contact.phone"})
            current.end = max(current.end, end)
    return contacts


def _person_at_start(text: str, start: int, end: int, person_spans) -> tuple[int, int] | None:
    for s, e in person_spans:
        if start <= s < end and not text[start:s].strip(" -•*:"):
            return s, e
    match = NAME_AT_START.match(text[start:end])
    if match and len(match["name"].split()) >= 2 and not _is_heading(match["name"]):
        cues = vocabulary()["office_cues"]
        if match["name"].split()[0].lower() not in cues and not EMAIL.search(match["name"]):
            return start + match.start("name"), start + match.end("name")
    return None


def _role_and_organization(text, contact: ContactDraft, name_end: int, end: int, emails, phones) -> None:
    """The text between the name and the first e-mail/phone is the role; an 'of X' in it, the organisation."""
    stop = min([s for s, _, _ in emails + phones] + [end])
    rest = text[name_end:stop]
    role = SEPARATORS.sub(" ", rest).strip(" ,:-–—/()")
    role = re.sub(r"\s+", " ", role)
    if role and len(role) > 2:
        contact.role = role
        offset = name_end + rest.find(role[:10]) if role[:10] in rest else name_end
        contact.evidence.append({"start": offset, "end": offset + len(role) if text[offset:offset + len(role)] == role else stop, "text": text[offset:offset + len(role)] if text[offset:offset + len(role)] == role else text[offset:stop], "rule": "contact.role"})
        organization = re.search(r"\b(?:du|de la|de l'|de l’|des|d'|d’|chez|at)\s*(?P<org>[A-ZÉ][^,;/]+)$", role)
        keywords = resources.load("metadata.json")["issuer_keywords"]
        if organization and organization["org"].lower().startswith(tuple(keywords)):
            contact.organization = organization["org"].strip()


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
        persons = [(m["start"], m["end"]) for e in (doc._.entities or []) if e["label"] == "PER" for m in e["mentions"]]
        doc._.contacts = extract_contacts(doc.text, persons)
        return doc


@Language.factory("communique_contacts", assigns=["doc._.contacts"], requires=["doc._.entities"])
def make_contact_extractor(nlp: Language, name: str) -> ContactExtractor:
    return ContactExtractor(nlp, name)
