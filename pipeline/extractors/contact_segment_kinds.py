"""What classify_line asks of one segment of a contact line before calling it a body or a person: an
ORG or MISC mention that is a body, a name-shaped mention under a press heading that is a person, a
heading's body after a dash, a one-word client after 'pour', a body named inside a clause ('auprès de
l'ADEME'), a second name on a person's line that is their organisation. Kept apart from
contact_lines.py, which cuts a line into segments and classifies them, so each reads whole."""

from __future__ import annotations

import re

from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_words import (
    ACRONYM,
    Segment,
    confirmed,
    has_first_name,
    has_organisation_word,
    is_heading,
    is_organisation,
    on_line,
    vocabulary,
    without_civility,
)

# what follows a body's name in a sentence ('... de Lille à l'adresse', '... du Rhône par courriel')
BODY_TAIL = re.compile(r"\s+(?:à|au|aux|par|sur|via|pour|qui|dès|avant)\s+(?:l['’])?[a-zà-ÿ].*$")


def one_word_client(
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


def heading_body(text: str, out: list[tuple[str, Segment]], segment: Segment, person_spans) -> bool:
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


def inner_body(segment: Segment) -> Segment | None:
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


def entity_body(segment: Segment, person_spans, bodies, alone: bool) -> bool:
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


def named_under_heading(text: str, out, segment: Segment, end: int, items, bodies) -> bool:
    """'Contact presse : Gwenola S. – 02 … – presse@…': a name-shaped mention the model calls MISC
    (not ORG) right after a press heading's colon, with only addresses after it, is the contact
    person (the model also calls persons MISC); a body there heads a person ('Contact presse :
    Kervalan Cycles – Maëlys T.'). So is one after a function opening the line and a dash
    ('Attachée de presse du groupe – Gwenola S. – 02 …'): the function's holder, the only one the
    entry could name."""
    if not out:
        return False
    between = text[out[-1][1].end : segment.start].strip(" \t*_")
    under_heading = out[-1][0] == "label" and is_heading(out[-1][1].text) and between == ":"
    after_function = len(out) == 1 and out[0][0] == "role" and between in {"–", "—", "-"}
    if not (under_heading or after_function):
        return False
    rest = text[segment.end : end]
    for s, e, _ in on_line(items, segment.end, end):
        rest = rest.replace(text[s:e], " ")
    return (
        (segment.start, segment.end) in bodies
        and (segment.start, segment.end, "ORG") not in bodies
        and bool(vocabulary()["name_re"].match(segment.text))
        and not segment.text.split()[0].isupper()  # 'ARS Normandie' is an office
        and not has_organisation_word(segment.text)
        and not re.search(r"[^\W\d_]{2}", rest)
    )


def second_name_is_a_body(
    text: str, segment: Segment, before: list[tuple[str, Segment]], person_spans, items=()
) -> bool:
    """'Pauline Roche, chargée de mission, PNR du Morvan', 'Senior PR Manager, Brightline Software':
    after the line's person or role, a name-shaped segment that no PER entity confirms and that
    reads as a body is their organisation ('Responsable communication : Delphine Marchal' is the
    role's holder: a colon after a role announces the person). After an e-mail or phone of the
    line ('Lucas Ferry (06 ...) et Jade Morin (06 ...)') a name starts the next entry. A civility or
    a rank is not part of the name it opens ('Officier communication – Capitaine Julien F.')."""
    segment = without_civility(segment)
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
