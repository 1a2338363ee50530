"""What a letterhead's line is: the State's motto, a wordmark, an acronym over its territory or
the full name it stands for, a body's local formation or office over its parent, bodies printed side
by side, details after a dash (a unit, an address, a slogan), words a PDF glued together. Kept apart
from letterhead.py, which walks the header's lines and groups them into bodies, so each reads whole."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extractors.contact_words import is_address, postal_line
from pipeline.extractors.issuer.acronyms import abbreviates, spells_out
from pipeline.extractors.issuer.common import MOTTO, STATE_WORDS, plain, vocabulary
from pipeline.extractors.issuer.header_lines import WEB_ADDRESS, describes_the_body, in_common_nouns
from pipeline.extractors.issuer.line_kinds import (
    is_place,
    is_unit,
    name_and_what_it_is,
    names_a_body_of_its_own,
    names_itself,
    opens_on_head,
)
from pipeline.extractors.metadata_common import Line


def state_line(text: str) -> bool:
    """The State's motto or name on a line ('Liberté Égalité Fraternité', 'RÉPUBLIQUE FRANÇAISE')."""
    words = plain(text).split()
    return bool(words) and (words[0] in MOTTO or set(words) <= STATE_WORDS)


def wordmark(text: str) -> bool:
    """'talvane', 'wattélia': a firm's name set as a logo in lower case, one word alone on its
    line; a name only over a line saying what kind of body it is."""
    word = text.strip(" \t*_")
    return (
        bool(re.fullmatch(r"[a-zà-ÿœ][a-zà-ÿœ0-9-]{3,24}", word))
        and word not in vocabulary()["function_words"]
    )


def acronym_and_its_place(block: list) -> bool:
    """A block of two lines, an acronym over the territory it serves ('FHF' / 'HAUTS-DE-FRANCE')."""
    return (
        len(block) == 2
        and block[1][1] in ("wrap", "more")
        and bool(re.fullmatch(r"[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ&-]{1,9}", block[0][0].text.strip()))
        and is_place(block[1][0].text.strip())
    )


def stands_for(short_line: str, text: str, below: list = ()) -> bool:
    """A short name's line over the full name it stands for: spelled from the words' initials
    ('AP-HP' / 'Assistance Publique – Hôpitaux de Paris'), with the line below when the name goes
    on over it ('CARO' / 'Communauté d'agglomération' / 'Rochefort Océan'), or from their letters
    ('ISCOTE' / 'Institut supérieur de commerce de Touraine')."""
    if spells_out(short_line, text):
        return True
    if below and spells_out(short_line, f"{text} {below[0].text.strip()}"):
        return True
    if abbreviates(short_line, text):
        return True
    acronym, _, rest = short_line.strip().partition(" ")
    return bool(rest) and spells_out(acronym, text) and _places_in(rest, text)


def _places_in(rest: str, name: str) -> bool:
    """'VERSAILLES ET CENTRE' after an acronym: its content words all printed in the full name under
    it ('… de Versailles et du Centre'), so the line is the acronym and its territory."""
    small = vocabulary()["function_words"]
    words = [w for w in plain(rest).split() if w not in small]
    return bool(words) and all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", plain(name)) for w in words)


GLUED_HEAD = re.compile(r"\b(?P<head>[A-ZÀ-ÖØ-ÞŒ]{4,})(?P<link>DE|DU|DES|D['’])(?=\s|$|[A-ZÀ-ÖØ-ÞŒ])")
GLUED_WORD = re.compile(
    r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿ])|(?<=[A-ZÀ-ÖØ-ÞŒ]{2})(?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿ]{2})"
)


def unglued(text: str) -> str:
    """A PDF's text layer that lost the spaces of a bloc marque ('PRÉFETDE LA SOMMELibertéÉgalité
    Fraternité', 'Agence Régionale de SantéHauts-de-France'): a body's head-word glued to its
    preposition is parted, and so is a word glued to the motto or to a place's name (a compound or
    a long one, or after its preposition: 'deParis'); a brand in camel case ('FranceAgriMer')
    stays whole."""
    text = GLUED_HEAD.sub(
        lambda m: f"{m['head']} {m['link']}" if plain(m["head"]) in _head_words() else m.group(), text
    )
    pieces, position = [], 0
    for glue in GLUED_WORD.finditer(text):
        following = re.match(r"[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿ'’]+(?:-[\w'’]+)*", text[glue.start() :])
        before = re.search(r"[\w'’]+$", text[position : glue.start()])
        after_preposition = bool(before) and plain(before.group()) in ("de", "du", "des", "d'")
        named = following and ("-" in following.group() or len(following.group()) >= 6 or after_preposition)
        place = named and is_place(following.group())
        if following and (plain(following.group()) in MOTTO or place):
            pieces.append(text[position : glue.start()])
            position = glue.start()
    return " ".join([*pieces, text[position:]])


@cache
def _head_words() -> frozenset[str]:
    """Body head-words of one word ('prefet', 'region', 'departement'): those a PDF glues to 'DE'."""
    return frozenset(h for h in vocabulary()["heads"] if " " not in h)


DETAIL_SEPARATOR = re.compile(r"\s+[–—·•|-]\s+")


def without_details(part: str) -> str:
    """'Centre hospitalier de Cholet – Direction de la communication', 'Mairie de X · Place Y ·
    50000 X', 'Ville de X - Service presse - …', 'ONDES X — association d'éducation …': the body's
    name, without the unit, the address, the web site or the description printed after it."""
    segments = DETAIL_SEPARATOR.split(part)
    for index, segment in enumerate(segments[1:], 1):
        details = is_address(segment) or postal_line(segment) or WEB_ADDRESS.search(segment)
        description = segment[:1].islower() and describes_the_body(segment)  # '— association d'éducation …'
        if is_unit(segment) or details or description or PHONE.fullmatch(segment) or _slogan(segment):
            return part[: part.index(segment, len(" ".join(segments[:index])) - 1)].rstrip(" –—·•|-")
    return part


def _slogan(segment: str) -> bool:
    """'Ville de la mer', 'Scène conventionnée d'intérêt national' after a dash on a letterhead's
    line: common nouns after a capital, no proper name, no place; what the body is or says, not
    its name."""
    words = segment.split()
    return len(words) >= 2 and in_common_nouns(segment) and not is_place(segment)


def local_formation(parent: str, text: str) -> bool:
    """'GENDARMERIE NATIONALE' / 'Groupement de gendarmerie départementale du Morbihan': under a
    national body's name, a line naming its local formation in full (its own head noun, the
    parent's head-word again, a territory at its end) is the body that speaks; a unit or another
    body (an event) is not."""
    head = plain(parent).split()[0] if parent.split() else ""
    words = plain(text).split()
    return (
        len(head) > 3
        and opens_on_head(parent)
        and not opens_on_head(text)  # 'VOSGES ÉVÉNEMENTS' / 'Salon … des Vosges': an event
        and text[:1].isupper()
        and 3 <= len(words) <= 10
        and head in words[1:]
        and not SENTENCE.search(text)
        and not is_unit(text)
        and any(is_place(" ".join(text.split()[-size:])) for size in (1, 2, 3))
    )


OFFICE_OF = re.compile(
    r"\w+(?:\s+\w+)?\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+)(?P<parent>[A-ZÀ-Þ][\w-]{1,9})"
    r"\s+(?:pour|en|à|au|aux)\s+\S",
    re.IGNORECASE,
)
"""'Bureau de l'OIT pour la France': a unit of a body named by its acronym, and where it works."""


def office_over_parent(text: str, below: str) -> bool:
    """'BUREAU DE L'OIT POUR LA FRANCE' / 'Organisation internationale du Travail': a body's office
    in one territory, named first, over its parent's name in full (which spells the acronym the
    office's name holds): the office is the body that speaks, the parent's line describes it. Not a
    communication unit ('Service presse de l'ARS en Bretagne')."""
    found = OFFICE_OF.match(text.strip())
    return bool(
        found
        and is_unit(text)
        and not re.search(r"communication|presse", plain(text))
        and not SENTENCE.search(text)
        and spells_out(found["parent"], below.strip())
    )


SENTENCE = re.compile(r"[\d:!?.;«»\"@]")
"""A digit, a sentence's punctuation or an address: no letterhead line has one."""


def office_line(text: str) -> bool:
    """'Rectorat – Cellule communication', 'Hôtel de ville – Service presse' under a letterhead: the
    office that speaks for the body above (its seat and its unit), no co-issuer."""
    segments = DETAIL_SEPARATOR.split(text.strip())
    return len(segments) >= 2 and is_unit(segments[-1])


def lists_members(text: str, joint: bool = False) -> bool:
    """'Centre hospitalier de X · Centre hospitalier de Y · Hôpital de Z' under a grouping's name:
    the members or sites it gathers, three or more on one line between middle dots, dashes, bars
    or commas, two of them at least a body; neither part of its name nor co-issuers (in a joint
    release they may be)."""
    segments = re.split(r"\s+[·•|–—-]\s+|,\s+", text.strip())
    return not joint and len(segments) >= 3 and sum(opens_on_head(s) for s in segments) >= 2


PHONE = re.compile(r"\+?\d[\d .]{8,}")


def bodies_side_by_side(line, joint: bool = False) -> list[Line]:
    """'CMA Vienne | U2P 86', 'PRÉFECTURE DE POLICE DES BOUCHES-DU-RHÔNE / PARQUET DE MARSEILLE': two
    or three bodies printed on one line between slashes or bars, each naming a body of its own. In a
    release that says it is joint, a middle dot parts them too, and a name with no head-word counts
    ('Amis de la Vilaine · AAPPMA Le Brochet Rennais'), and so does a committee with a name of its
    own ('Ville de X · Comité de jumelage X-Y')."""
    separators = r"\s+[/|·•]\s+" if joint else r"\s+[/|]\s+"
    parts, position = [], 0
    for separator in re.finditer(separators, line.text):
        parts.append((position, separator.start()))
        position = separator.end()
    parts.append((position, len(line.text.rstrip())))
    if not 2 <= len(parts) <= 3:
        return []
    texts = [line.text[a:b] for a, b in parts]
    if not all(
        names_a_body_of_its_own(t)
        or joint
        and (names_itself(t) or name_and_what_it_is(t) or _named_committee(t))
        for t in texts
    ):
        return []
    return [Line(line.start + a, line.start + b, t) for (a, b), t in zip(parts, texts, strict=True)]


NAMED_COMMITTEE = re.compile(
    r"(?:Comité|Commission)(?:\s+[a-zà-ÿ'’-]+)+(?:\s+[A-ZÀ-ÖØ-ÞŒ][\w'’-]+){1,4}", re.UNICODE
)
"""'Comité de jumelage Lons-X', 'Comité des fêtes de Saint-Y': a committee in common nouns and a
proper name, an association of its own (a bare 'Comité de pilotage' is a body's unit)."""


def _named_committee(text: str) -> bool:
    return bool(NAMED_COMMITTEE.fullmatch(text.strip()))
