"""How a line of a contact block reads: cut into segments at separators (",", " - ", "/", ":" ...)
once its e-mails, phones and URLs are set aside, each segment then a person's name, a role (it
starts with a role word), an organisation (an institution head-word, an acronym, a title-case name,
an ORG or MISC mention), an address, a label or a heading's hint, or nothing. Cells printed without
separators (a table row, PDF columns) are cut where a role word or a body's head-word starts.

What each piece reads as (name, role, body, address) is decided in contact_words.py; the contacts
extractor (contact_split.py) groups the classified lines into contacts.
"""

from __future__ import annotations

import re

from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_words import (
    ACRONYM,
    ACRONYM_CODE,
    Segment,
    acronym_office,
    confirmed,
    has_first_name,
    has_organisation_word,
    is_address,
    is_heading,
    is_organisation,
    is_person,
    lower_case_body,
    lower_case_unit,
    on_line,
    reads_as_body,
    role_head,
    vocabulary,
    without_civility,
)

URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|net|eu|gouv|info|io)(?:/\S*)?\b",
    re.IGNORECASE,
)
# what a segment sheds: 'ou' before the next entry ('x@y.fr ou Lionel Maurel'), a sentence's full stop
JOINED = re.compile(r"^(?:ou|et|or|and)\s+(?=[A-ZÀ-ÖØ-Þ])|(?<=[a-zà-ÿ]{3})\.$")
# brackets separate, except an inclusive mark's ('Chargé(e) de communication'); a middle dot between
# spaces separates ('Julie Roux · Chargée de communication'), not one inside a word ('Attaché·e'); so
# does a box-drawing frame's side ('│ Julie Roux, chargée de communication │')
SEPARATORS = re.compile(
    r"[ \t]*(?:[,;:/|–—•\[\]<>\t\u2500-\u257f]|\((?!(?:e|es|s)\))|(?<!\(e)(?<!\(es)(?<!\(s)\)"
    r"|[ \t]-[ \t]|[ \t][·∙⋅][ \t]|^[ \t]*[-*][ \t])[ \t]*"
)
# what follows a body's name in a sentence ('... de Lille à l'adresse', '... du Rhône par courriel')
BODY_TAIL = re.compile(r"\s+(?:à|au|aux|par|sur|via|pour|qui|dès|avant)\s+(?:l['’])?[a-zà-ÿ].*$")
OF_COMPLEMENT = re.compile(r"(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*\w", re.IGNORECASE)
# 'Pour la Ville de Caen : ...', 'For Greenleaf Energy: ...': the body a contact speaks for
FOR_BODY = re.compile(
    r"^(?:pour\s+le\s+compte\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)"
    r"|pour(?:\s+(?:la|le|les)\s+|\s+l['’]\s*|\s+)|for\s+(?:the\s+)?)(?=[A-ZÀ-ÖØ-Þ])",
    re.I,
)
CLAUSE = re.compile(
    r"-(?:nous|vous)(?!\w)|\s(?:à|au|aux|auprès\s+de|auprès\s+du|par|sur|chez)$", re.IGNORECASE
)
"""Words leading to an address as a clause does ('Écrivez-nous à', 'Inscriptions auprès de'): no body."""
LEADS_TO_ITEM = re.compile(
    r"(?:(?:ou|et|joignable|disponible|par|téléphone|tél\.?|courriel|mail|e-mail|email|au|aux|à|sur|via)"
    r"(?:\s+|$))+",
    re.IGNORECASE,
)
"""', au 01 …', ', joignable par téléphone au …': words leading to the phone or e-mail, no part of a role."""
HEADING_LINK = re.compile(
    r"^(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|pour(?:\s+(?:la|le|les)\s+|\s+l['’]\s*|\s+))"
    r"(?=[A-ZÀ-ÖØ-Þ])"
)
FOR_LEAD = re.compile(r"^(?:pour|for)\s+(?:(?:la|le|les|the)\s+|l['’]\s*)?", re.I)
ON_BEHALF = re.compile(
    r"\s(?:pour\s+le\s+compte\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|pour(?:\s+(?:la|le|les)\s|\s+l['’])?)"
    r"\s*(?=[A-ZÀ-ÖØ-Þ])"
)


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
                and not has_organisation_word(head)  # 'Agence Zeste RP' is one body
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


def starting_person(text: str, start: int, end: int, person_spans) -> bool:
    """A PER mention opens the rest of the line ('Service de presse Julie Roux' names a person)."""
    rest = start + len(text[start:end]) - len(text[start:end].lstrip())
    return any(low == rest for low, _ in person_spans)


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
            and not LEADS_TO_ITEM.fullmatch(value)
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
        elif (
            prefix
            and _fold(value).split()[0] in vocab["units"]
            and _fold(value[: prefix.end()].strip()) in vocab["office_labels"]
            and value[prefix.end() :].strip()[:1].isupper()
            and not starting_person(text, segment.start + prefix.end(), segment.end, person_spans)
        ):
            kind = "organization"  # 'Service de presse INRAE': the press service named as a unit
        elif (
            prefix
            and _fold(value[: prefix.end()].strip()) in vocab["office_labels"]
            and re.fullmatch(r"\s*[a-zà-ÿ]+", value[prefix.end() :])
        ):
            kind = "organization"  # 'Service presse national : presse@…': an office and its scope
        elif prefix and prefix.end() < len(value) and not is_heading(value):
            # 'Contact presse Animath', 'Contact presse Julie Roux': the heading names a body or a person
            rest = value[prefix.end() :].strip()
            # 'Contact presse de la Ville de Brest', 'Contact presse pour Brixol': the body after its link
            rest = rest[len(link.group()) :] if (link := HEADING_LINK.match(rest)) else rest
            segment = Segment(segment.start + value.index(rest, prefix.end()), segment.end, rest)
            value = rest
            if (
                is_person(text, without_civility(segment), person_spans)
                and not acronym_office(text, segment, person_spans)
                # 'Contact presse Quimper Bretagne Occidentale': a name-shaped body the entities call ORG
                # (or MISC, with no known first name)
                and not (
                    (
                        (segment.start, segment.end, "ORG") in bodies
                        or ((segment.start, segment.end) in bodies and not has_first_name(value))
                    )
                    and not confirmed(segment, person_spans)
                )
            ):
                kind, segment = "name", without_civility(segment)
            elif is_organisation(value) or (value[:1].isupper() and not role_head(value)):
                kind = "hint"
            else:
                kind = "other"
        elif (
            out
            and out[-1][0] == "name"
            and value[:1].islower()
            and text[out[-1][1].end : segment.start].strip() == ","
            and (is_heading(value) or _fold(value) in vocab["desk_labels"])
        ):
            kind = "role"  # 'Thomas Brunet, relations presse': a desk after the name is the person's
        elif (
            is_heading(value)
            or vocab["label_only"].match(value)
            or not (re.search(r"[^\W\d_]{2}", value) or ACRONYM_CODE.match(value))  # 'U2P 86' is a body
        ):
            kind = "label"
        elif in_address or is_address(value):
            kind, in_address = "address", True
        elif CLAUSE.search(value):
            kind = "other"  # 'Écrivez-nous à', 'Renseignements auprès de': a clause leading to the address
        elif role_head(value):
            kind = "role"
        elif (on_behalf := FOR_BODY.match(value)) and (
            reads_as_body(value[on_behalf.end() :])
            or _one_word_client(text, out, segment, on_behalf.group(), value[on_behalf.end() :])
        ):
            kind = "organization"
            segment = Segment(segment.start + on_behalf.end(), segment.end, value[on_behalf.end() :])
        elif FOR_BODY.match(value) and text[segment.end : end].lstrip(" \t").startswith(":"):
            kind = "other"  # 'Pour la Ville : Anthony Morel': whom the person speaks for, no person
        elif _heading_body(text, out, segment, person_spans):
            kind = "hint"  # 'Contact presse – Halles Chabrier': the heading names the entries' body
        elif _entity_body(
            segment, person_spans, bodies, value == text[start:end].strip(" \t-*|#_")
        ) and not _named_under_heading(text, out, segment, end, items, bodies):
            kind, segment = "organization", _client(segment)
        elif is_person(text, without_civility(segment), person_spans) and not _second_name_is_a_body(
            text, segment, out, person_spans, items
        ):
            kind, segment = "name", without_civility(segment)
        elif lower_case_body(value) and _fold(value).split()[0] in vocabulary()["units"]:
            kind = "organization"  # 'service Agronomie-Environnement': a unit's name holds its head-word
        elif lower_case_body(value):
            # 'agence Verbe Haut pour le Festival', 'association Les Amis du Moulin': as for entities,
            # the body is its name, the lower-case head-word left out
            name = value.split(None, 1)[1]
            kind, segment = "organization", _client(Segment(segment.end - len(name), segment.end, name))
        elif lower_case_unit(value):
            kind = "organization"  # 'cellule communication du GGD 87': the head-word belongs to the name
        elif inner := _inner_body(segment):
            kind, segment = "organization", _client(inner)
        elif reads_as_body(value):
            kind, segment = "organization", _client(segment)
        else:
            kind = "other"
        out.append((kind, segment))
    out = _bodies_before_persons(text, _with_acronym(text, out), person_spans)
    return _desks_of_offices(_functions_before_persons(text, out))


def _one_word_client(
    text: str, out: list[tuple[str, Segment]], segment: Segment, lead: str, name: str
) -> bool:
    """'Julie Marchand pour Brixol', 'Pour Brixol : Julie Marchand': a one-word name after `pour`,
    next to the person, is the client; not a body's common noun ('Pour la Ville : …') nor a first
    name."""
    return (
        lead.strip().lower() in {"pour", "for"}  # no article: 'Pour la Ville : …' names no one
        and bool(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w&'’-]+", name))
        and _fold(name) not in vocabulary()["organisations"]
        and not has_first_name(name)
        and ((bool(out) and out[-1][0] == "name") or text[segment.end :].lstrip(" \t").startswith(":"))
    )


def _heading_body(text: str, out: list[tuple[str, Segment]], segment: Segment, person_spans) -> bool:
    """'Contact presse – Halles Chabrier' (a box's top edge too): a name-shaped segment set off by a
    dash after a heading is the body it names, unless a known first name or a PER entity makes it a
    person ('Contact presse – Julie Roux'); a PER entity does not when the name is a mail domain of
    the text ('presse@halles-chabrier.fr')."""
    return (
        bool(out)
        and out[-1][0] == "label"
        and is_heading(out[-1][1].text)
        and text[out[-1][1].end : segment.start].strip() in {"–", "—", "-"}
        and bool(vocabulary()["name_re"].match(segment.text))
        and not has_first_name(segment.text)
        and (not confirmed(segment, person_spans) or _mail_domain(text, segment.text))
    )


def _mail_domain(text: str, name: str) -> bool:
    """The name, its words joined, is a label of an e-mail's domain in the text ('Halles Chabrier',
    'presse@halles-chabrier.fr')."""
    joined = re.sub(r"[^a-z0-9]", "", _fold(name))
    labels = {
        re.sub(r"[^a-z0-9]", "", label)
        for domain in re.findall(r"@([\w.-]+)", text)
        for label in domain.lower().split(".")
    }
    return len(joined) > 3 and joined in labels


def _desks_of_offices(parts: list[tuple[str, Segment]]) -> list[tuple[str, Segment]]:
    """'Mairie de X – Secrétariat – 02 …', 'Musée X – accueil : 04 …': on an office's line (no
    person), a desk printed after the body is the office's role, not a part of its name."""
    if any(kind == "name" for kind, _ in parts):
        return parts
    desks = vocabulary()["office_desks"]
    out: list[tuple[str, Segment]] = []
    for kind, segment in parts:
        if (
            kind in {"organization", "other", "label"}
            and _fold(segment.text) in desks
            and any(k == "organization" for k, _ in out)
        ):
            kind = "role"
        out.append((kind, segment))
    return out


def _with_acronym(text: str, parts: list[tuple[str, Segment]]) -> list[tuple[str, Segment]]:
    """'Délégation à l'information et à la communication de la défense (DICoD)': the acronym in
    brackets after a body is part of its name as printed."""
    out: list[tuple[str, Segment]] = []
    for kind, segment in parts:
        if (
            out
            and out[-1][0] == "organization"
            and text[out[-1][1].end : segment.start].strip() == "("
            and re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w&.-]{1,9}", segment.text)
            and sum(c.isupper() for c in segment.text) >= 2  # 'DICoD', 'CNRS', 'MiNT'
            and text.startswith(")", segment.end)
        ):
            body = out.pop()[1]
            segment = Segment(body.start, segment.end + 1, text[body.start : segment.end + 1])
            kind = "organization"
        out.append((kind, segment))
    return out


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
    name-shaped one only when it opens on an acronym, is an ORG mention alone on its line
    ('Néolia Énergie' over the persons), or holds no known first name ('Kervalan Cycles – Maëlys
    Tanguy – 06 …', 'Signalement Ambroisie : 0 9 …'), since the model also calls persons MISC or
    ORG. `bodies` holds each mention's (start, end), and (start, end, "ORG") for an ORG."""
    if (segment.start, segment.end) not in bodies or confirmed(segment, person_spans):
        return False
    first = segment.text.split()[0]
    acronym = first.isupper() and 2 <= len(first) <= 5 and bool(ACRONYM.match(first))
    return (
        acronym
        or (alone and (segment.start, segment.end, "ORG") in bodies)
        or not vocabulary()["name_re"].match(segment.text)
        or not has_first_name(segment.text)
    )


def _named_under_heading(text: str, out, segment: Segment, end: int, items, bodies) -> bool:
    """'Contact presse : Gwenola S. – 02 … – presse@…': a name-shaped mention the model calls MISC
    (not ORG) right after a press heading's colon, with only addresses after it, is the contact
    person (the model also calls persons MISC); a body there heads a person ('Contact presse :
    Kervalan Cycles – Maëlys T.')."""
    if not out or out[-1][0] != "label" or not is_heading(out[-1][1].text):
        return False
    rest = text[segment.end : end]
    for s, e, _ in on_line(items, segment.end, end):
        rest = rest.replace(text[s:e], " ")
    return (
        text[out[-1][1].end : segment.start].strip(" \t*_") == ":"
        and (segment.start, segment.end, "ORG") not in bodies
        and bool(vocabulary()["name_re"].match(segment.text))
        and not segment.text.split()[0].isupper()  # 'ARS Normandie' is an office
        and not has_organisation_word(segment.text)
        and not re.search(r"[^\W\d_]{2}", rest)
    )


def _bodies_before_persons(
    text: str, parts: list[tuple[str, Segment]], person_spans
) -> list[tuple[str, Segment]]:
    """'France Nature Environnement : Élise Perrin, ...', 'Secours populaire : Karim Benali': a
    short capitalised segment that no PER entity confirms (a name-shaped body, or words read as
    nothing), followed by a colon and a person a PER entity confirms, is that person's body; so is
    a name-shaped one though the entities call it a person ('Mécaniques Bréval : Lucas Prévost':
    no one introduces a person by a person)."""
    out = list(parts)
    for index, ((kind, segment), (after, person)) in enumerate(zip(parts, parts[1:], strict=False)):
        if (
            after == "name"
            and text[segment.end : person.start].strip() == ":"
            and confirmed(person, person_spans)
            and (not confirmed(segment, person_spans) or kind == "name")
            and (
                (kind == "name" and is_organisation(segment.text))
                or (kind == "other" and segment.text[:1].isupper() and len(segment.text.split()) <= 6)
            )
        ):
            lead = FOR_LEAD.match(segment.text)  # 'Pour la préfecture du Calvados : Marc Hébert'
            if lead and lead.end() < len(segment.text):
                segment = Segment(segment.start + lead.end(), segment.end, segment.text[lead.end() :])
                if not reads_as_body(segment.text) and not has_organisation_word(segment.text):
                    continue  # 'Pour la presse : Delphine Sarraute': the readers, not a body
            out[index] = ("organization", _client(segment))
    return out


def _functions_before_persons(text: str, parts: list[tuple[str, Segment]]) -> list[tuple[str, Segment]]:
    """'Relations presse : Agence Kalame – Thibault Noyer', 'Presse régionale : Théo Martel',
    'Groupe X – Relations investisseurs : Sophie Carmel': a function word read as a heading or a
    body, printed before a colon on the line of a person, is that person's role, unless the line
    prints the person's own ('Relations médias : Hugo Petit, responsable communication')."""
    out = list(parts)
    names = [index for index, (kind, _) in enumerate(parts) if kind == "name"]
    if any(kind == "role" for kind, _ in parts):
        return out
    for index, (kind, segment) in enumerate(parts):
        if (
            kind in {"label", "hint", "organization", "other"}
            and names
            and index < names[0]
            and text[segment.end :].lstrip(" \t").startswith(":")
            and (
                role_head(segment.text)
                # a desk ('Presse : Y') is the role of the person right after it, not of a line
                # printing a body first ('Presse : Office de tourisme X · Y')
                or (
                    _fold(segment.text) in vocabulary()["desk_labels"]
                    and index + 1 == names[0]
                    and not _after_a_body(text, parts, index)
                )
            )
            and _fold(segment.text).split()[0] not in {"contact", "contacts", *vocabulary()["units"]}
        ):
            out[index] = ("role", segment)
    return out


def _after_a_body(text: str, parts: list[tuple[str, Segment]], index: int) -> bool:
    """'Institut X – Communication : Y': a desk printed after a body and a dash is the body's unit
    (the office printed whole), not the person's role."""
    return (
        index > 0
        and parts[index - 1][0] in {"organization", "hint"}
        and text[parts[index - 1][1].end : parts[index][1].start].strip() in {"-", "–", "—"}
    )


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
    from pipeline.extractors.entities.person_names import sourced_first_names  # (import cycle)

    words = segment.text.split()
    paired = before[-1][0] == "name" and text[before[-1][1].end : segment.start].strip() in {"/", "&"}
    if (after_role or paired) and len(words) in (2, 3) and words[0].lower() in sourced_first_names():
        # 'Directrice de la communication, Isabelle Moreau', 'Camille Denis / Hugo Petit': a first
        # name opens a person's name
        return False
    return not confirmed(segment, person_spans)


def _client(segment: Segment) -> Segment:
    """'Agence X pour Y': a press agency speaking for its client, who is the organisation; not a
    body whose own name holds `pour` ('Bureau de l'OIT pour la France', 'Agence nationale pour …')."""
    match = ON_BEHALF.search(segment.text)
    if match is None:
        return segment
    bare_name = match.group().strip() == "pour" and re.fullmatch(r"\S+", segment.text[match.end() :])
    if not bare_name and not _names_an_agent(segment.text[: match.start()]):
        return segment  # 'Fondation X pour Agrimer': a one-word client after a bare `pour` still is
    return Segment(segment.start + match.end(), segment.end, segment.text[match.end() :])


def _names_an_agent(before: str) -> bool:
    """The words before `pour` name an agent, not a body's name going on: no institution head-word
    opens them ('Verbe Haut', 'Laure Martin'), or an agency's does with a proper name after it
    ('Agence Mistral', 'Cabinet Lemoine'), not an adjective or a complement ('Agence nationale',
    'Bureau de l'OIT')."""
    words = before.split()
    if not words or _fold(words[0]) not in vocabulary()["organisations"]:
        return True
    return _fold(words[0]) in vocabulary()["agency_heads"] and len(words) > 1 and words[1][:1].isupper()
