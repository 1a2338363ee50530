"""Issuer evidence printed at the end of a release, beside the contacts: a list of co-signatories,
a footer naming the body with its address or web site ('Musée Fabre – 39 boulevard … –
museefabre.fr', '© 2025 Kelvio'), and the body a communication unit belongs to ('Service
communication de l'Union X' -> 'Union X'). pipeline/extractors/issuer/ weighs them with the
other sources (docs/issuer.md)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline import resources
from pipeline.extractors.contacts import has_organisation_word, is_organisation
from pipeline.extractors.contacts import vocabulary as contact_vocabulary
from pipeline.extractors.issuer.common import plain
from pipeline.extractors.issuer.common import vocabulary as issuer_vocabulary
from pipeline.extractors.issuer.header_lines import describes_the_body, serves_the_state
from pipeline.extractors.issuer.line_kinds import is_place, opens_on_head


@dataclass(frozen=True)
class Found:
    """A body named at the end of the text, and where."""

    name: str
    start: int
    end: int


UNIT_PHRASE = (
    r"(?:{units})(?:\s+(?-i:(?!de\b|des\b|du\b)[a-zà-ÿ]+))?\s+(?:de\s+(?:la\s+)?|des\s+|du\s+)?"
    r"(?:presse|communication|relations\s+(?:presse|médias?|publiques)|information)"
    r"(?:\s+(?-i:(?!de\b|des\b|du\b|et\b)[a-zà-ÿ]+))?"
    r"(?:\s+et\s+(?:de\s+la\s+|des\s+|du\s+|de\s+l['’])?[\w-]+)?"
)
"""A communication unit, with the adjectives of its remit ('Service départemental de la
communication interministérielle', 'Direction de la communication et du numérique'); the
adjectives in lower case, so that a body's name juxtaposed ('… Mairie de Quimper') is not one."""


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = resources.load("metadata.json")["issuer"]
    units = "|".join(data["communication_units"])
    return {
        "signatories": re.compile(data["signatories_heading"], re.IGNORECASE | re.MULTILINE),
        # 'Service communication de X', 'Direction de la communication et du numérique de X'
        "unit_of_body": re.compile(
            rf"(?<!\w){UNIT_PHRASE.format(units=units)}\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
            r"(?P<body>[^\n–—|:;,()•]+)",
            re.IGNORECASE,
        ),
        # 'Bureau de la communication interministérielle Préfecture du Morbihan' (two lines read as one)
        "unit_then_body": re.compile(
            rf"^(?i:{UNIT_PHRASE.format(units=units)})[\s–—-]+(?P<body>[A-ZÀ-ÖØ-ÞŒ][^\n–—|:;,()•]+)$"
        ),
        # 'Agence régionale de santé Nouvelle-Aquitaine Département communication' -> the body
        "body_then_unit": re.compile(
            rf"^(?P<body>.+?)[\s–—-]+(?:{units})\s+(?:de\s+(?:la\s+)?|des\s+)?"
            r"(?:presse|communication|relations\s+(?:presse|médias?))\b.*$",
            re.IGNORECASE,
        ),
        "communication_units": data["communication_units"],
        "footer_labels": set(data["footer_labels"]),
        "footer_lines": data["footer_lines"],
        "legal_form": re.compile(rf"\s+(?:{'|'.join(data['legal_forms'])})$"),
    }


SEGMENTS = re.compile(r"\s+[–—|•·]\s+|\s+-\s+")
POSTCODE = re.compile(r"(?<!\d)(?:\d{5}|\d{2}\s\d{3})(?!\d)")
SITE = re.compile(
    r"(?:https?://|www\.)\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:fr|com|org|net|eu|io|bzh)\b"
)
COPYRIGHT = re.compile(
    r"^(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[^\n–—|•,]+)"
)
ITEM = re.compile(r"^[ \t]*(?:[-–—•*·▪►✓]|\d{1,2}[.)])[ \t]*(?P<item>\S[^\n]*)$", re.MULTILINE)


def body_of_unit(name: str) -> str:
    """'Service de presse du ministère de la Culture' -> 'ministère de la Culture'; 'Agence X
    Département communication' -> 'Agence X'. A unit of no named body stays as printed."""
    vocab = vocabulary()
    match = vocab["unit_of_body"].search(name)
    if match and _owner_of_unit(body := _trim(match["body"])):
        return body
    units = tuple(vocab["communication_units"]) + ("cabinet",)
    for pattern in ("body_then_unit", "unit_then_body"):
        match = vocab[pattern].match(name)
        if match and is_organisation(body := _trim(match["body"])) and not body.lower().startswith(units):
            return body
    return name


def is_bare_unit(office: str) -> bool:
    """'Service communication', 'Cabinet du préfet': an office that opens on a unit's word; not a
    State service named by its scope ('Direction régionale des affaires culturelles de X')."""
    words = plain(office).split()
    if len(words) > 1 and words[1] in issuer_vocabulary()["scope_adjectives"]:
        return False
    return office.lower().startswith((*vocabulary()["communication_units"], "cabinet"))


def body_beside_unit(line: str, office: str) -> str | None:
    """'Service communication – Mairie de Rennes – 02 23 …': the body printed beside a bare
    communication unit on its line."""
    if not is_bare_unit(office):
        return None
    units = tuple(vocabulary()["communication_units"]) + ("cabinet",)
    for segment in SEGMENTS.split(line.strip()):
        name = _trim(segment)
        if (
            name != office
            and not name.lower().startswith(units)
            and _names_a_body(name)
            and is_organisation(name)
        ):
            return name
    return None


def units_of_bodies(text: str, start: int) -> list[Found]:
    """Bodies whose communication unit a line after `start` names ('… – Service communication de
    l'Union X – 03 20 …')."""
    found = []
    for match in vocabulary()["unit_of_body"].finditer(text, start):
        body = _trim(match["body"])
        if _owner_of_unit(body):
            offset = match.start("body")
            found.append(Found(body, offset, offset + len(body)))
    return found


def _trim(name: str) -> str:
    return re.sub(r"\s+(?:-|au|à|:)$", "", name.strip(" \t*_.")).strip()


def _owner_of_unit(name: str) -> bool:
    """The body a unit belongs to ('Service communication de l'Union X'), not the territory it
    serves ('Service départemental de la communication interministérielle du Var'): that unit is
    printed as the office."""
    return _names_a_body(name) and not is_place(name)


def _names_a_body(name: str) -> bool:
    """'Union des consommateurs du Nord', 'ministère de la Culture', 'Kelvio', 'UFC-Que Choisir':
    a head-word and its complement, one capitalised word or an acronym; not a bare head-word ('du
    ministère'), not a person ('Service presse de Valérie Martin'), not a number or an address."""
    words = name.split()
    if not words or len(words) > 12 or re.search(r"\d|@", name):
        return False
    if len(words) > 1 and _has_head(name):
        return True
    return name[:1].isupper() and (len(words) == 1 or bool(re.match(r"[A-ZÀ-ÖØ-ÞŒ]{2,8}\b", name)))


def signatories(text: str) -> list[Found]:
    """The bodies listed under a 'Signataires :' heading, one per line (bullets or not) or on the
    heading line itself, separated by commas: a joint release of all of them."""
    found: list[Found] = []
    for heading in vocabulary()["signatories"].finditer(text):
        line_end = text.find("\n", heading.end())
        rest = text[heading.end() : len(text) if line_end < 0 else line_end]
        if rest.strip().startswith(":") and rest.strip(" \t:"):
            found = _listed(text, heading.end() + rest.index(":") + 1, heading.end() + len(rest))
        elif not rest.strip(" \t:*_"):
            found = _listed_lines(text, heading.end() + len(rest))
        if len(found) >= 2:
            return found
    return []


def _listed(text: str, start: int, end: int) -> list[Found]:
    """'la LPO, France Nature Environnement et Humanité et Biodiversité': the items between
    commas, the last cut at its first 'et' (a name may hold 'et' itself), a lower-case article
    dropped."""
    items = text[start:end].split(",")
    last = re.split(r"\s+et\s+", items[-1], maxsplit=1)
    found, position = [], start
    for item in [*items[:-1], *last]:
        name = re.sub(r"^(?:la|le|les|l['’])\s*", "", _trim(item.strip(" \t:.")))
        position = text.find(name, position) if name else -1
        if position < 0:
            return []
        if _names_a_body(name) or is_organisation(name):
            found.append(Found(name, position, position + len(name)))
        position += len(name)
    return found


def _listed_lines(text: str, start: int) -> list[Found]:
    """The lines under a heading up to the first blank line after an item, each item cut at a
    dash, a comma or a parenthesis ('LPO – Ligue pour la protection des oiseaux')."""
    found = []
    for line in re.finditer(r"[^\n]*\n?", text[start:]):
        content = line.group().strip()
        if not content:
            if found:
                break
            continue
        item = ITEM.match(content)
        name = _trim(re.split(r"\s+[–—-]\s+|,|\s\(", item["item"] if item else content)[0])
        if not name[:1].isupper() or re.search(r"\d|@|[.!?]$", name) or len(name.split()) > 12:
            break  # an item names a body; a sentence or a number ends the list
        offset = start + line.start() + line.group().index(name)
        found.append(Found(name, offset, offset + len(name)))
    return found


HEAD_OF_BODY = re.compile(
    r"^(?:Le\s+|La\s+)?(?:Présidente?|Directeur|Directrice|Délégué|Déléguée|Secrétaire)(?:\s+générale?)?"
    r"\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*(?P<body>[A-ZÀ-ÖØ-ÞŒ][^\n,;:()]{1,90}?)[\s.]*$"
)
PERSON = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞŒ][\w'’.-]+\s+){1,3}[A-ZÀ-ÖØ-ÞŒ][\w'’.-]+$")


def signed_by_a_head(text: str) -> list[Found]:
    """'Jean-Marc Lefèvre' / 'Président de la Fédération … du Loiret' closing the release, or both on
    one line after a comma: the body its head signs for."""
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()][-4:]
    found = []
    for above, line in zip([None, *lines], lines, strict=False):
        signer, _, title = line.group().strip(" \t*_").partition(", ")
        if not (title and PERSON.match(signer)):  # 'Jeanne Martin, présidente de la Fédération X'
            signer, title = (above.group().strip(" \t*_") if above else ""), line.group().strip(" \t*_")
        match = HEAD_OF_BODY.match(title[:1].upper() + title[1:])
        if match and PERSON.match(signer) and is_organisation(match["body"]):
            name = match["body"].strip()
            offset = line.start() + line.group().index(name)
            found.append(Found(name, offset, offset + len(name)))
    return found


SIGNING_BODY = re.compile(r"^(?:La|Le|L['’])\s*(?P<body>[A-ZÀ-ÖØ-ÞŒ][^\n\d:;@!?«»\"]{2,140}?)[\s,]*$")
"""'La Chambre régionale des commissaires de justice' / 'de la cour d'appel de Douai': a body
signing the release, its article before it."""

HEAD_NEAR_COURT = re.compile(
    r"^(?:Le|La)\s+(?:procureure?|procureure?\s+générale?)\s+(?:de\s+la\s+République\s+)?"
    r"près\s+(?:le|la|l['’])\s*(?P<body>[^\n\d:;@,]{5,90}?)[\s,.]*$",
    re.IGNORECASE,
)
"""'Le procureur de la République' / 'près le tribunal judiciaire de Chambéry,': the court whose
prosecutor signs the release."""


def signing_bodies(text: str) -> list[Found]:
    """A paragraph of one or two lines among the last lines that is a body's name after its
    article ('La Chambre régionale des métiers' / 'de Bretagne'), or a prosecutor's title naming
    the court ('Le procureur de la République près le tribunal judiciaire de X'): the body that
    signs the release. A sentence (a verb, a full stop) is none."""
    found = []
    closing = len(text) - 600
    for paragraph in re.finditer(r"(?:^|\n\n)([^\n]+(?:\n[^\n]+)?)(?=\n\n|\n?$)", text):
        start = paragraph.start(1)
        if start < closing:
            continue
        printed = paragraph.group(1)
        joined = " ".join(part.strip(" \t*_") for part in printed.split("\n"))
        court = HEAD_NEAR_COURT.match(joined)
        body = court or SIGNING_BODY.match(joined)
        if (
            not body
            or joined.rstrip().endswith(".")
            and not court
            or issuer_vocabulary()["sign_off"].match(joined)
        ):
            continue  # no body, a sentence, or a board signing for its body ('Le Bureau national du X')
        name = body["body"].strip()
        if court or (_has_head(name.split()[0]) and len(name.split()) <= 16):
            offset = start + printed.find(name.split()[0])
            found.append(Found(name, offset, start + len(printed.rstrip(" ,.\t"))))
    return found[-1:]


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
            name = _trim(re.split(r"\s+[Tt]ous droits|\.", copyright["name"])[0])
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
            name = _trim(segments[0])
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
    départemental X de Y') too, never a bare unit ('Service communication') nor a State service."""
    above_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
    above = text[above_start : max(start - 1, 0)]
    name = above.strip(" \t*_>#")
    if start == 0 or not name or SEGMENTS.search(name) or len(name) >= 90:
        return None
    if not (opens_on_head(name) or (over_contact and _scoped_body(name))):
        return None
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
        and _has_head(name)
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
    return bool(legal) or _has_head(name) or " " not in name or spelled or bool(acronym)


def _has_head(name: str) -> bool:
    """A head-word, also under a prefix that makes a subordinate body ('Sous-préfecture de Morlaix',
    'Vice-présidence ...')."""
    return has_organisation_word(name) or has_organisation_word(
        re.sub(r"^(?:sous|vice)-", "", name, flags=re.I)
    )


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
