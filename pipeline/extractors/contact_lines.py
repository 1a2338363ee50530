"""How a line of a contact block reads: cut into segments at separators (",", " - ", "/", ":" ...)
once its e-mails, phones and URLs are set aside, each segment then a person's name, a role (it
starts with a role word), an organisation (an institution head-word, an acronym, a title-case name,
an ORG or MISC mention), an address, a label or a heading's hint, or nothing. Cells printed without
separators (a table row, PDF columns) are cut where a role word or a body's head-word starts.

The contacts extractor (contacts.py) groups the classified lines into contacts; the issuer
extractor reads the same vocabulary.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pipeline import resources
from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.addresses import label_alternation

URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|net|eu|gouv|info|io)(?:/\S*)?\b",
    re.IGNORECASE,
)
# what a segment sheds: 'ou' before the next entry ('x@y.fr ou Lionel Maurel'), a sentence's full stop
JOINED = re.compile(r"^(?:ou|et|or|and)\s+(?=[A-ZÀ-ÖØ-Þ])|(?<=[a-zà-ÿ]{3})\.$")
# brackets separate, except an inclusive mark's ('Chargé(e) de communication')
SEPARATORS = re.compile(
    r"[ \t]*(?:[,;:/|–—•\[\]<>\t]|\((?!(?:e|es|s)\))|(?<!\(e)(?<!\(es)(?<!\(s)\)"
    r"|[ \t]-[ \t]|^[ \t]*[-*][ \t])[ \t]*"
)
# a name's word; 'N'Diaye', 'O'Neill', 'McGregor', 'd'Ornano' too (not 'L'…', an article)
NAME_TOKEN = (
    r"(?:(?:[A-KM-ZÀ-ÖØ-Þ]['’]|Mc|d['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+)*"
    r"|[A-ZÀ-ÖØ-Þ]{2,}(?:[-'’][A-ZÀ-ÖØ-Þ]{2,})*"
    r"|[A-Z]\.(?:-[A-Z]\.)?)"
)
ACRONYM = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&'’.-]{1,11}$")
# an acronym with its department or unit number ('SDIS 35', 'CDOS 974', 'UD 13')
ACRONYM_CODE = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,8}\s\d{1,3}[AB]?$")
# what follows a body's name in a sentence ('... de Lille à l'adresse', '... du Rhône par courriel')
BODY_TAIL = re.compile(r"\s+(?:à|au|aux|par|sur|via|pour|qui|dès|avant)\s+(?:l['’])?[a-zà-ÿ].*$")
POSTCODE = re.compile(r"^\d{2}\s?\d{3}\b")
STREET_NUMBER = re.compile(r"^\d+\s*(?:bis|ter|[a-d])?\b", re.IGNORECASE)
OF_COMPLEMENT = re.compile(r"(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*\w", re.IGNORECASE)
# 'Pour la Ville de Caen : ...', 'For Greenleaf Energy: ...': the body a contact speaks for
FOR_BODY = re.compile(
    r"^(?:pour(?:\s+(?:la|le|les)\s+|\s+l['’]\s*|\s+)|for\s+(?:the\s+)?)(?=[A-ZÀ-ÖØ-Þ])", re.I
)
FOR_LEAD = re.compile(r"^(?:pour|for)\s+(?:(?:la|le|les|the)\s+|l['’]\s*)?", re.I)
# the feminine or plural mark of an inclusive spelling: 'chargé(e)', 'attaché·e', 'chargé.e.s'
INCLUSIVE = re.compile(r"\((?:e|es|s)\)|[·.](?:e|es|s)\b(?:[·.]s\b)?")
# small words a title-case name prints in lower case ('Port of Marseille', 'Restos du Cœur')
NAME_LINKS = {
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "et",
    "d'",
    "l'",
    "&",
    "à",
    "of",
    "and",
    "for",
    "the",
    "on",
    "in",
}
ON_BEHALF = re.compile(
    r"\s(?:pour\s+le\s+compte\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|pour(?:\s+(?:la|le|les)\s|\s+l['’])?)"
    r"\s*(?=[A-ZÀ-ÖØ-Þ])"
)


def on_line(items: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    """The items (sorted by start) that start on the line: a bisection, so blocks stay linear."""
    return items[
        bisect_left(items, start, key=lambda item: item[0]) : bisect_left(
            items, end, key=lambda item: item[0]
        )
    ]


@dataclass
class Segment:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = resources.load("contacts.json")

    particles = resources.load("entities.json")["name_particles"]
    particle = "|".join(re.escape(p) for p in particles if p.islower())
    return {
        **data,
        "headings": {_fold(h.rstrip(" :")) for h in data["block_headings"]},
        "heading_prefix_re": re.compile(data["heading_prefix"], re.IGNORECASE),
        # one label, or a table's header row of labels ('Nom  Fonction  Téléphone  Courriel')
        "label_only": re.compile(
            r"^(?:(?:{0})\.?\s+)*(?:{0})\.?$".format(label_alternation(data["line_labels"])), re.IGNORECASE
        ),
        "office_labels": {_fold(o) for o in data["office_labels"]},
        "linking_words": {
            "de",
            "du",
            "des",
            "d'",
            "de la",
            "la",
            "le",
            "les",
            "l'",
            "au",
            "aux",
            "a",
            "et",
            "en",
            "chez",
            "pour",
            "aupres",
            "at",
            "for",
        },
        "roles": sorted({_fold(r) for r in data["role_heads"]}, key=len, reverse=True),
        "organisations": {_fold(o) for o in data["organisation_heads"]},
        "units": {_fold(u) for u in data["unit_heads"]},
        "addresses": {_fold(a) for a in data["address_words"]},
        "civility": re.compile(
            r"^(?:"
            + "|".join(re.escape(c) for c in sorted(data["civilities"], key=len, reverse=True))
            + r")\s+(?=[A-ZÀ-ÖØ-Þ])"
        ),
        "name_re": re.compile(rf"^{NAME_TOKEN}(?:[ \t]+(?:(?:{particle})[ \t]+)?{NAME_TOKEN}){{1,3}}$"),
    }


def is_heading(line: str) -> bool:
    return _fold(line.strip().lstrip("-•* ").rstrip(" :")) in vocabulary()["headings"]


def _segments(text: str, start: int, end: int, items, person_spans=()) -> list[Segment]:
    """The line's pieces between separators, e-mails, phones and URLs."""
    holes = [(s, e) for s, e, _ in on_line(items, start, end)]
    holes += [(m.start() + start, m.end() + start) for m in URL.finditer(text[start:end])]
    holes.sort()
    spans, cursor = [], start
    for s, e in holes:
        if s >= cursor:
            spans.append((cursor, s))
            cursor = e
    spans.append((cursor, end))
    segments = []
    for s, e in spans:
        piece = text[s:e]
        cursor = 0
        for sep in list(SEPARATORS.finditer(piece)) + [None]:
            stop = sep.start() if sep else len(piece)
            raw = piece[cursor:stop]
            stripped = JOINED.sub("", raw.strip(" \t-*"))
            if stripped:
                offset = s + cursor + raw.find(stripped)
                segments.extend(_unrun(Segment(offset, offset + len(stripped), stripped), person_spans))
            if sep:
                cursor = sep.end()
    return segments


def _unrun(segment: Segment, person_spans=()) -> list[Segment]:
    """A run of cells printed without separators (a table row or PDF columns whose spacing the
    text lost): 'Émilie Vasseur Chargée de communication' is a name and a role, 'Chargée de
    communication Préfecture de la Sarthe' a role and a body, cut where the role word or the
    body's head-word (not after 'de', 'du' ...) starts; 'Attachée de presse Sophie Lenoir' a role
    and the person a PER entity finds after it; 'Laure Martin pour l'Union des aveugles' a person
    and the client she speaks for."""
    words = list(re.finditer(r"\S+", segment.text))
    vocab = vocabulary()
    behalf = ON_BEHALF.search(segment.text)
    person = segment.text[: behalf.start()] if behalf else ""
    if behalf and vocab["name_re"].match(person) and not has_organisation_word(person):
        cut = behalf.start() + 1
        return [
            Segment(segment.start, segment.start + behalf.start(), person),
            Segment(segment.start + cut, segment.end, segment.text[cut:]),
        ]
    for index, word in enumerate(words[1:], start=1):
        head, rest = segment.text[: word.start()].rstrip(), segment.text[word.start() :]
        previous = _fold(words[index - 1].group())
        cut = (
            (
                2 <= index <= 4
                and role_head(rest)
                and vocab["name_re"].match(head)
                and not role_head(head)
                and previous not in vocab["linking_words"]  # 'CABINET DU PRÉFET' is one office
            )
            or (
                role_head(head)
                and word.group()[:1].isupper()
                and _fold(word.group()) in vocab["organisations"]
                and previous not in vocab["linking_words"]
                and len(rest.split()) >= 2
            )
            or (
                role_head(head)
                and previous not in vocab["linking_words"]
                and (segment.start + word.start(), segment.end) in set(person_spans)
            )
        )
        if cut:
            return [
                Segment(segment.start, segment.start + len(head), head),
                *_unrun(Segment(segment.start + word.start(), segment.end, rest), person_spans),
            ]
    return [segment]


def classify_line(
    text: str, start: int, end: int, items, person_spans, bodies=()
) -> list[tuple[str, Segment]]:
    """(kind, segment) for the line: kind is name, role, organization, hint (of 'Contact X :'),
    address, label or other. Everything after an address on the line is address too. `bodies`
    are the spans of the document's ORG and MISC mentions: a segment that is one is a body."""
    vocab = vocabulary()
    out: list[tuple[str, Segment]] = []
    in_address = False
    for segment in _segments(text, start, end, items, person_spans):
        value = segment.text
        prefix = vocab["heading_prefix_re"].match(value)
        if (
            out
            and out[-1][0] == "role"
            and value[:1].islower()
            and text[out[-1][1].end : segment.start].strip() == ","
        ):
            # 'chargé de communication, permanence de crise', 'chargée de communication, relations
            # presse': the role goes on after its comma
            role = out.pop()[1]
            kind, segment = "role", Segment(role.start, segment.end, text[role.start : segment.end])
        elif (
            prefix
            and prefix.end() < len(value)
            and _fold(value).split()[0] in vocab["units"]
            and OF_COMPLEMENT.match(value, prefix.end())
        ):
            kind = "organization"  # 'Service de presse du ministère': an office named after its body
        elif prefix and prefix.end() < len(value) and not is_heading(value):
            # 'Contact presse Animath', 'Contact presse Julie Roux': the heading names a body or a person
            rest = value[prefix.end() :].strip()
            segment = Segment(segment.start + value.index(rest, prefix.end()), segment.end, rest)
            value = rest
            if is_person(text, without_civility(segment), person_spans) and not acronym_office(
                text, segment, person_spans
            ):
                kind, segment = "name", without_civility(segment)
            elif is_organisation(value) or (value[:1].isupper() and not role_head(value)):
                kind = "hint"
            else:
                kind = "other"
        elif is_heading(value) or vocab["label_only"].match(value) or not re.search(r"[^\W\d_]{2}", value):
            kind = "label"
        elif in_address or is_address(value):
            kind, in_address = "address", True
        elif role_head(value):
            kind = "role"
        elif (on_behalf := FOR_BODY.match(value)) and reads_as_body(value[on_behalf.end() :]):
            kind = "organization"
            segment = Segment(segment.start + on_behalf.end(), segment.end, value[on_behalf.end() :])
        elif _entity_body(segment, person_spans, bodies, value == text[start:end].strip(" \t-*|#_")):
            kind, segment = "organization", _client(segment)
        elif is_person(text, without_civility(segment), person_spans) and not _second_name_is_a_body(
            text, segment, out, person_spans, items
        ):
            kind, segment = "name", without_civility(segment)
        elif lower_case_body(value):
            # 'agence Verbe Haut pour le Festival', 'association Les Amis du Moulin': as for entities,
            # the body is its name, the lower-case head-word left out
            name = value.split(None, 1)[1]
            kind, segment = "organization", _client(Segment(segment.end - len(name), segment.end, name))
        elif inner := _inner_body(segment):
            kind, segment = "organization", _client(inner)
        elif reads_as_body(value):
            kind, segment = "organization", _client(segment)
        else:
            kind = "other"
        out.append((kind, segment))
    return _bodies_before_persons(text, out, person_spans)


def _inner_body(segment: Segment) -> Segment | None:
    """'écrire à l'ADEME', 'Inscriptions auprès du Comité départemental ...', 'Renseignements auprès
    de l'Office de tourisme': words leading to a body named after 'de', 'à l'', 'auprès du' ...;
    the body (an acronym, or a capitalised head-word and what follows) is the entry's."""
    words = list(re.finditer(r"\S+", segment.text))
    heads = vocabulary()["organisations"]
    if not words or _fold(words[0].group()) in heads or ACRONYM.match(words[0].group()):
        return None
    for index, word in enumerate(words[1:], start=1):
        token, offset = word.group(), word.start()
        elided = re.match(r"[ldLD]['’]", token)
        if elided:
            token, offset = token[2:], offset + 2
        previous = _fold(words[index - 1].group())
        if not (elided or previous in {"de", "du", "des", "la", "le", "les", "au", "aux", "a"}):
            continue
        if token[:1].isupper() and (
            (token.isupper() and bool(ACRONYM.match(token.rstrip(".,"))) and len(token) <= 8)
            or _fold(token) in heads
        ):
            body = BODY_TAIL.sub("", segment.text[offset:])
            return Segment(segment.start + offset, segment.start + offset + len(body), body)
    return None


def _entity_body(segment: Segment, person_spans, bodies, alone: bool) -> bool:
    """The segment is an ORG or MISC mention ('Ligue contre le cancer', 'ARS Grand Est'); a
    name-shaped one only when it opens on an acronym or is an ORG mention alone on its line
    ('Néolia Énergie' over the persons), since the model also calls persons MISC or ORG.
    `bodies` holds each mention's (start, end), and (start, end, "ORG") for an ORG."""
    if (segment.start, segment.end) not in bodies or _confirmed(segment, person_spans):
        return False
    first = segment.text.split()[0]
    acronym = first.isupper() and 2 <= len(first) <= 5 and bool(ACRONYM.match(first))
    return (
        acronym
        or (alone and (segment.start, segment.end, "ORG") in bodies)
        or not vocabulary()["name_re"].match(segment.text)
    )


def lower_case_body(value: str) -> bool:
    """'agence Verbe Haut pour le Festival', 'association Les Amis du Moulin': a head-word printed
    in lower case before the body's capitalised name."""
    words = value.split()
    return (
        len(words) >= 2
        and words[0].islower()
        and _fold(words[0]) in vocabulary()["organisations"]
        and words[1][:1].isupper()
    )


def _confirmed(segment: Segment, person_spans) -> bool:
    """A PER entity covers the segment."""
    return any(s <= segment.start and segment.end <= e for s, e in person_spans)


def _bodies_before_persons(
    text: str, parts: list[tuple[str, Segment]], person_spans
) -> list[tuple[str, Segment]]:
    """'France Nature Environnement : Élise Perrin, ...', 'Secours populaire : Karim Benali': a
    short capitalised segment that no PER entity confirms (a name-shaped body, or words read as
    nothing), followed by a colon and a person a PER entity confirms, is that person's body."""
    out = list(parts)
    for index, ((kind, segment), (after, person)) in enumerate(zip(parts, parts[1:], strict=False)):
        if (
            after == "name"
            and text[segment.end : person.start].strip() == ":"
            and _confirmed(person, person_spans)
            and not _confirmed(segment, person_spans)
            and (
                (kind == "name" and is_organisation(segment.text))
                or (kind == "other" and segment.text[:1].isupper() and len(segment.text.split()) <= 6)
            )
        ):
            lead = FOR_LEAD.match(segment.text)  # 'Pour la préfecture du Calvados : Marc Hébert'
            if lead and lead.end() < len(segment.text):
                segment = Segment(segment.start + lead.end(), segment.end, segment.text[lead.end() :])
            out[index] = ("organization", _client(segment))
    return out


def _second_name_is_a_body(
    text: str, segment: Segment, before: list[tuple[str, Segment]], person_spans, items=()
) -> bool:
    """'Pauline Roche, chargée de mission, PNR du Morvan', 'Senior PR Manager, Brightline Software':
    after the line's person or role, a name-shaped segment that no PER entity confirms and that
    reads as a body is their organisation ('Responsable communication : Delphine Marchal' is the
    role's holder: a colon after a role announces the person). After an e-mail or phone of the
    line ('Lucas Ferry (06 ...) et Jade Morin (06 ...)') a name starts the next entry."""
    after_role = (
        bool(before) and before[-1][0] == "role" and ":" not in text[before[-1][1].end : segment.start]
    )
    if not (any(kind == "name" for kind, _ in before) or after_role) or not is_organisation(segment.text):
        return False
    if on_line(items, before[-1][1].end, segment.start):
        return False
    return not _confirmed(segment, person_spans)


def _client(segment: Segment) -> Segment:
    """'Agence X pour Y': a press agency speaking for its client, who is the organisation."""
    match = ON_BEHALF.search(segment.text)
    if match is None:
        return segment
    return Segment(segment.start + match.end(), segment.end, segment.text[match.end() :])


def acronym_office(text: str, segment: Segment, person_spans) -> bool:
    """'ARS Occitanie': a name-shaped segment opening on an acronym, that no PER entity confirms,
    is a body (with a unit after it, 'ARS Occitanie – Service communication')."""
    first = segment.text.split()[0]
    confirmed = any(s <= segment.start and segment.end <= e for s, e in person_spans)
    return not confirmed and first.isupper() and 2 <= len(first) <= 5 and bool(ACRONYM.match(first))


def without_civility(segment: Segment) -> Segment:
    """'Mme Claire Fontaine' -> 'Claire Fontaine': the civility is not part of the name."""
    match = vocabulary()["civility"].match(segment.text)
    return (
        Segment(segment.start + match.end(), segment.end, segment.text[match.end() :]) if match else segment
    )


def _words(value: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’.-]*", _fold(value))


def is_address(value: str) -> bool:
    words = _words(value)
    if POSTCODE.match(value) or any(w in vocabulary()["addresses"] for w in words[:1]):
        return True
    return bool(STREET_NUMBER.match(value)) and any(w in vocabulary()["addresses"] for w in words[:2])


def role_head(value: str) -> str | None:
    """The role word the value opens on; inclusive spellings read as the plain word ('Chargé(e) de
    communication', 'Attaché·e de presse')."""
    folded = INCLUSIVE.sub("", _fold(value))
    return next(
        (
            r
            for r in vocabulary()["roles"]
            if folded == r or folded.startswith(r + " ") or folded.startswith(r + ",")
        ),
        None,
    )


def has_organisation_word(value: str) -> bool:
    folded = _fold(value)
    words = set(_words(value))
    return any(o in words or (" " in o and o in folded) for o in vocabulary()["organisations"])


def is_organisation(value: str) -> bool:
    """An institution head-word, an acronym, or a short title-case name ('Orange Business Services')."""
    if len(value) > 120 or not value[:1].isupper():
        return False
    if ACRONYM.match(value) or has_organisation_word(value):
        return True
    words = value.split()
    significant = [
        w
        for w in words
        if w.lower() not in {"de", "du", "des", "la", "le", "les", "et", "d'", "l'", "&", "à"}
    ]
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in significant)


def reads_as_body(value: str) -> bool:
    """A contact line's body: an acronym, a name opening on an institution head-word or showing
    one with a capital ('Groupe Hospitalier Sud'), or a short title-case name ('Port of Marseille').
    A head-word inside lower-case words ('For media enquiries') does not make a body."""
    if len(value) > 120 or not value[:1].isupper():
        return False
    words = value.split()
    heads = vocabulary()["organisations"]
    folded = [_fold(w) for w in words]
    if (
        ACRONYM.match(value)
        or ACRONYM_CODE.match(value)
        or folded[0] in heads
        or any(" " in h or "'" in h for h in heads if _fold(value).startswith(h))
        or any(w[:1].isupper() and f in heads for w, f in zip(words, folded, strict=True))
    ):
        return True
    significant = [w for w in words if w.lower() not in NAME_LINKS]
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in significant)


def is_person(text: str, segment: Segment, person_spans) -> bool:
    value = segment.text
    if has_organisation_word(value) or is_address(value) or role_head(value):
        return False
    if any(s <= segment.start and segment.end <= e for s, e in person_spans) and " " in value:
        return True
    first = value.split()[0].lower()
    return bool(vocabulary()["name_re"].match(value)) and first not in {"le", "la", "les", "l'", "l’"}
