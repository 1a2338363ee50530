"""How a line of a contact block reads: cut into segments at separators (",", " - ", "/", ":" ...)
once its e-mails, phones and URLs are set aside, each segment then a person's name, a role (it
starts with a role word), an organisation (an institution head-word, an acronym, a title-case name,
an ORG or MISC mention), an address, a label or a heading's hint, or nothing. Cells printed without
separators (a table row, PDF columns) are cut where a role word or a body's head-word starts.

What each piece reads as (name, role, body, address) is decided in contact_words.py; the contacts
extractor (contact_split.py) groups the classified lines into contacts.
What classify_line asks of one segment (is this mention a body or a person?) is in
contact_segment_kinds.py, the passes over a classified line's parts in contact_line_parts.py.
"""

from __future__ import annotations

import re

from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_line_parts import (
    ON_BEHALF,
    bodies_before_persons,
    client,
    desks_of_offices,
    functions_before_persons,
    with_acronym,
)
from pipeline.extractors.contact_segment_kinds import (
    entity_body,
    heading_body,
    inner_body,
    named_under_heading,
    one_word_client,
    second_name_is_a_body,
)
from pipeline.extractors.contact_words import (
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
# does a box-drawing frame's side ('│ Julie Roux, chargée de communication │'); a dash between two
# letters joins a compound ('la ligne Paris–Granville'), one beside a blank or a digit separates
SEPARATORS = re.compile(
    r"[ \t]*(?:[,;:/|•\[\]<>\t\u2500-\u257f]|(?<![^\W\d_])[–—]|[–—](?![^\W\d_])"
    r"|\((?!(?:e|es|s)\))|(?<!\(e)(?<!\(es)(?<!\(s)\)"
    r"|[ \t]-[ \t]|[ \t][·∙⋅][ \t]|^[ \t]*[-*][ \t])[ \t]*"
)
DASHES = {"–", "—", "-"}
REGION_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)*")
"""A place's name as a region pair prints it: capitalised, hyphenated parts ('Rhône-Alpes')."""
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
            or one_word_client(text, out, segment, on_behalf.group(), value[on_behalf.end() :])
        ):
            kind = "organization"
            segment = Segment(segment.start + on_behalf.end(), segment.end, value[on_behalf.end() :])
        elif FOR_BODY.match(value) and text[segment.end : end].lstrip(" \t").startswith(":"):
            kind = "other"  # 'Pour la Ville : Anthony Morel': whom the person speaks for, no person
        elif heading_body(text, out, segment, person_spans):
            kind = "hint"  # 'Contact presse – Halles Chabrier': the heading names the entries' body
        elif named_under_heading(text, out, segment, end, items, bodies) and is_person(
            text, without_civility(segment), person_spans
        ):
            kind, segment = "name", without_civility(segment)
        elif entity_body(segment, person_spans, bodies, value == text[start:end].strip(" \t-*|#_")):
            kind, segment = "organization", client(segment)
        elif is_person(text, without_civility(segment), person_spans) and not second_name_is_a_body(
            text, segment, out, person_spans, items
        ):
            kind, segment = "name", without_civility(segment)
        elif lower_case_body(value) and _fold(value).split()[0] in vocabulary()["units"]:
            kind = "organization"  # 'service Agronomie-Environnement': a unit's name holds its head-word
        elif lower_case_body(value):
            # 'agence Verbe Haut pour le Festival', 'association Les Amis du Moulin': as for entities,
            # the body is its name, the lower-case head-word left out
            name = value.split(None, 1)[1]
            kind, segment = "organization", client(Segment(segment.end - len(name), segment.end, name))
        elif lower_case_unit(value):
            kind = "organization"  # 'cellule communication du GGD 87': the head-word belongs to the name
        elif inner := inner_body(segment):
            kind, segment = "organization", client(inner)
        elif reads_as_body(value):
            kind, segment = "organization", client(segment)
        elif (pair := _region_pair(text, out, segment)) is not None:
            out.pop()
            kind, segment = "organization", pair
        else:
            kind = "other"
        out.append((kind, segment))
    out = bodies_before_persons(text, with_acronym(text, out), person_spans)
    return desks_of_offices(functions_before_persons(text, out))


def _region_pair(text: str, out: list[tuple[str, Segment]], segment: Segment) -> Segment | None:
    """'Direction régionale Cévennes – Méditerranée', 'Délégation Bourgogne – Franche-Comté': a body
    qualified by a region named as a pair of places across a dash goes on after the dash; the body
    and the place are one organisation. Not a place after a complement ('Ville de Brest – Finistère'
    names the body's town or county, printed apart)."""
    if not out or out[-1][0] != "organization" or text[out[-1][1].end : segment.start].strip() not in DASHES:
        return None
    body = out[-1][1]
    words = body.text.split()
    if len(words) < 2 or not REGION_WORD.fullmatch(words[-1]) or _fold(words[-2]) in {"de", "du", "des"}:
        return None
    if not re.fullmatch(rf"{REGION_WORD.pattern}(?: {REGION_WORD.pattern}){{0,2}}", segment.text):
        return None
    return Segment(body.start, segment.end, text[body.start : segment.end])
