"""Bodies a release's footer names in its last lines: 'X – address – site' (a postal address or a
web site after the body's name), '© 2025 X', or a body's name over the footer's address or the
closing press contact; not the venue under a practical heading ('Infos pratiques'). A source
pipeline/extractors/issuer/ weighs with the others (docs/issuer.md)."""

from __future__ import annotations

import re
import unicodedata

from pipeline.extractors.contacts import vocabulary as contact_vocabulary
from pipeline.extractors.issuer.endmatter import SEGMENTS, Found, has_head, is_bare_unit, trim, vocabulary
from pipeline.extractors.issuer.header_lines import describes_the_body, serves_the_state
from pipeline.extractors.issuer.line_kinds import opens_on_head

POSTCODE = re.compile(r"(?<!\d)(?:\d{5}|\d{2}\s\d{3})(?!\d)")
SITE = re.compile(
    r"(?:https?://|www\.)\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:fr|com|org|net|eu|io|bzh)\b"
)
COPYRIGHT = re.compile(
    r"^(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[^\n–—|•,]+)"
)


def footer_bodies(text: str) -> list[Found]:
    """Bodies a footer line of the last lines names: '© 2025 X', or 'X – address – site' where a
    later segment is a postal address or a web site and X is a body (a head-word, one word, or a
    site or press e-mail domain of the closing lines spells it)."""
    vocab = vocabulary()
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()][-vocab["footer_lines"] :]
    # the sites and press e-mail domains of the closing lines spell the body a footer line names
    closing_sites = " ".join(m.group() for line in lines for m in SITE.finditer(line.group()))
    found = []
    for line in lines:
        content = line.group().strip(" \t*_>#")
        if PRACTICAL.match(_paragraph_head(text, line.start())):
            continue  # 'Infos pratiques' / 'Théâtre X – 2 place …': the venue, not the issuer
        if contact_vocabulary()["heading_prefix_re"].match(content):
            above = _body_above(text, line.start(), over_contact=True)
            if above is not None:  # 'Comité départemental X de Y' / 'Contact presse : Jeanne …'
                found.append(above)
            continue
        copyright = COPYRIGHT.match(content)
        if copyright:
            # '© 2025 X – Tous droits réservés' signs; '© Jeanne Dupin' credits a photograph
            name = trim(re.split(r"\s+[Tt]ous droits|\.", copyright["name"])[0])
            if not (re.search(r"\d{4}|droits", content) and _footer_name(name, "")):
                continue
        else:
            segments = SEGMENTS.split(content)
            if len(segments) < 2 or not any(_address_or_site(s) for s in segments[1:]):
                continue
            if describes_the_body(segments[0]):
                continue  # 'Syndicat mixte ouvert – 7 rue …': the kind of the body named above it
            above = _body_above(text, line.start())
            if above is not None:  # 'Parc naturel régional X' / 'Maison du Parc – 95450 Y': its seat
                found.append(above)
                continue
            name = trim(segments[0])
            site = " ".join(
                m.group() for s in segments[1:] for m in SITE.finditer(re.sub(r"\S+@\S+", " ", s))
            )
            if not _footer_name(name, f"{site} {closing_sites}"):
                continue
        if name and name[:1].isupper() and name.lower() not in vocab["footer_labels"] and len(name) < 90:
            offset = line.start() + line.group().index(name)
            found.append(Found(name, offset, offset + len(name)))
    return found


def _body_above(text: str, start: int, over_contact: bool = False) -> Found | None:
    """The line right above a footer's address line, when it names a body alone ('Parc naturel
    régional du Vexin français' over 'Maison du Parc – 95450 …'): the body, whose seat or office
    the address line opens on. Above the closing press-contact line (`over_contact`), the body
    that signs the release: a committee named by its scope and a proper name ('Comité
    départemental X de Y') too, never a bare unit ('Service communication') nor a State service.
    A line saying what kind of body signs ('Association agréée …', 'Association loi 1901') names
    none: the name is printed above it (a sign-off, a letterhead)."""
    above_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
    above = text[above_start : max(start - 1, 0)]
    name = above.strip(" \t*_>#")
    if start == 0 or not name or SEGMENTS.search(name) or len(name) >= 90:
        return None
    if not (opens_on_head(name) or (over_contact and _scoped_body(name))):
        return None
    if describes_the_body(name):
        return None  # 'Association agréée pour la protection de …': its status, under the name signing
    if over_contact and serves_the_state(name):
        return None  # 'Direction départementale de …': it speaks for its préfet, who issues
    if re.search(r"[.:!?;,]$|\d", name):
        return None  # a sentence ('Le festival aura lieu du 3 au 5 juillet.'), a heading, a date
    offset = above_start + above.index(name)
    return Found(name, offset, offset + len(name))


def _scoped_body(name: str) -> bool:
    """'Comité départemental Handisport de l'Eure': a unit's word, its scope and a proper name, a
    body of its own (not 'Service communication')."""
    words = name.split()
    return (
        not is_bare_unit(name)
        and has_head(name)
        and 3 <= len(words) <= 10
        and any(w[:1].isupper() for w in words[2:])
    )


PRACTICAL = re.compile(
    r"^\W*(?:infos?\s+pratiques|informations\s+pratiques|lieu|adresse|accès|où|rendez-vous|"
    r"(?:le\s+)?programme|billetterie)\b",
    re.IGNORECASE,
)


def _paragraph_head(text: str, start: int) -> str:
    """The first line of the paragraph a line is in when it is a practical heading, else the line
    above it."""
    paragraph = text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else 0
    line_end = text.find("\n", paragraph)
    first = text[paragraph : len(text) if line_end < 0 else line_end]
    above = text.rfind("\n", 0, max(start - 1, 0)) + 1
    return first if PRACTICAL.match(first) else text[above:start]


def _address_or_site(segment: str) -> bool:
    segment = re.sub(r"\S+@\S+", " ", segment)  # an e-mail is a person's or a mailbox, not a site
    words = set(re.findall(r"[\w.]+", segment.lower()))
    return bool(
        POSTCODE.search(segment) or SITE.search(segment) or words & set(contact_vocabulary()["address_words"])
    )


def _footer_name(name: str, site: str) -> bool:
    """A body heads the footer line (a head-word, one word, an acronym and its place, or a name
    its web site spells), not a building ('Hôtel de Roquelaure') or a person ('Julie Bernard')."""
    if not name[:1].isupper() or re.search(r"\d|@|:", name) or len(name.split()) > 10:
        return False  # a contact line ('Contact presse X : Jeanne …') is the press line's
    if contact_vocabulary()["heading_prefix_re"].match(name):
        return False
    key = re.sub(r"[^a-z0-9]", "", _plain(name))
    labels = [label.replace("-", "") for label in re.findall(r"[a-z0-9-]+", site.lower())]
    spelled = any(min(len(key), len(label)) >= 4 and (key in label or label in key) for label in labels)
    acronym = re.match(r"[A-ZÀ-ÖØ-ÞŒ]{2,8}\b", name)
    legal = vocabulary()["legal_form"].search(name)  # 'Hydralis SAS': a company
    return bool(legal) or has_head(name) or " " not in name or spelled or bool(acronym)


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
