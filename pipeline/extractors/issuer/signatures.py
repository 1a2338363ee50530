"""Bodies that sign a release at its end: a list of co-signatories under a 'Signataires :'
heading (a joint release), a head signing for their body ('Président de la Fédération X'), or a
body's name after its article as the last paragraph ('La Chambre régionale des métiers'). The
closing sources pipeline/extractors/issuer/ weighs with the letterhead (docs/issuer.md)."""

from __future__ import annotations

import re

from pipeline.extractors.contacts import is_organisation
from pipeline.extractors.issuer.common import vocabulary as issuer_vocabulary
from pipeline.extractors.issuer.endmatter import Found, has_head, names_a_body, trim, vocabulary

ITEM = re.compile(r"^[ \t]*(?:[-–—•*·▪►✓]|\d{1,2}[.)])[ \t]*(?P<item>\S[^\n]*)$", re.MULTILINE)


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
        name = re.sub(r"^(?:la|le|les|l['’])\s*", "", trim(item.strip(" \t:.")))
        position = text.find(name, position) if name else -1
        if position < 0:
            return []
        if names_a_body(name) or is_organisation(name):
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
        name = trim(re.split(r"\s+[–—-]\s+|,|\s\(", item["item"] if item else content)[0])
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
        if court or (has_head(name.split()[0]) and len(name.split()) <= 16):
            offset = start + printed.find(name.split()[0])
            found.append(Found(name, offset, start + len(printed.rstrip(" ,.\t"))))
    return found[-1:]


SIGNED_FOR = re.compile(
    r"^[ \t*_]*Pour[ \t]+(?:la[ \t]+|le[ \t]+|les[ \t]+|l['’][ \t]*)?"
    r"(?P<body>[A-ZÀ-ÖØ-ÞŒ][^\n,;:()@\d«»\"]{1,90}?)[ \t,*_]*\n[ \t*_]*(?P<signer>[^\n]{3,100})$",
    re.MULTILINE,
)
"""'Pour l'Union départementale X' / 'Le secrétaire général, Name': a letter's sign-off, the body
its head signs for, then the head."""

SIGNED_FOR_ON_ONE_LINE = re.compile(
    r"^[ \t*_]*Pour[ \t]+(?:la[ \t]+|le[ \t]+|les[ \t]+|l['’][ \t]*)?"
    r"(?P<body>[A-ZÀ-ÖØ-ÞŒ][^\n,;:()@\d«»\"]{1,90}?),[ \t]+"
    r"(?P<signer>[^\n\d:;«»\"“”.!?]{3,60}?)[ \t*_]*(?:\n\n|\n?\Z)",
    re.MULTILINE,
)
"""'Pour X, le conseil d'administration' closing its paragraph: the same sign-off read onto one line
(the reader joins a line ending on a comma to the lower-case line under it)."""

HEAD_SIGNING = re.compile(
    r"(?:^|,[ \t]*)(?:(?:le|la)[ \t]+)?(?:vice-)?(?:présidente?|secrétaire|directeur|directrice|"
    r"délégué|déléguée|trésorière?|porte-parole|bureau|conseil)\b",
    re.IGNORECASE,
)


def signed_for(text: str) -> list[Found]:
    """'Pour la Fédération X' over its head's title and name ('Le président, Name', 'Name,
    présidente'), in the closing part, or on one line closing its paragraph ('Pour X, le conseil
    d'administration'): the body the release is signed for. Not 'Pour Name, role,' opening a quote
    (a sentence goes on after it)."""
    found = []
    closing = int(len(text) * issuer_vocabulary()["closing_fraction"])
    matches = [*SIGNED_FOR.finditer(text, closing), *SIGNED_FOR_ON_ONE_LINE.finditer(text, closing)]
    for match in sorted(matches, key=lambda m: m.start()):
        if match.re is SIGNED_FOR_ON_ONE_LINE and len(match["signer"].split()) > 5:
            continue  # 'Pour X, le conseil municipal a voté contre': a sentence, not a title
        name = match["body"].strip()
        if HEAD_SIGNING.search(match["signer"].strip(" *_")) and is_organisation(name):
            start = match.start("body")
            found.append(Found(name, start, start + len(name)))
    return found[-1:]
