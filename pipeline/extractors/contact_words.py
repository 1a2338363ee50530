"""How a piece of a contact line reads, word by word: a person's name, a role (it opens on a role
word), a body (an institution head-word, an acronym, a title-case name), a postal address; and
the contact vocabulary (pipeline/resources/contacts.json) these tests read, which the issuer
extractor reads too. contact_lines.py cuts a line into pieces and classifies each with these.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pipeline import resources
from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.addresses import label_alternation

# a name's word; 'N'Diaye', 'O'Neill', 'McGregor', 'd'Ornano' too (not 'L'…', an article)
NAME_TOKEN = (
    r"(?:(?:[A-KM-ZÀ-ÖØ-Þ]['’]|Mc|d['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+)*"
    r"|[A-ZÀ-ÖØ-Þ]{2,}(?:[-'’][A-ZÀ-ÖØ-Þ]{2,})*"
    r"|[A-Z]\.(?:-[A-Z]\.)?)"
)
ACRONYM = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&'’.-]{1,11}$")
# an acronym with its department or unit number ('SDIS 35', 'CDOS 974', 'UD 13')
ACRONYM_CODE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9]{1,7}\s\d{1,3}[AB]?$")  # 'SDIS 35', 'U2P 86'

POSTCODE = re.compile(r"^\d{2}\s?\d{3}\b")
STREET_NUMBER = re.compile(r"^\d+\s*(?:bis|ter|[a-d])?\b", re.IGNORECASE)
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

    entities = resources.load("entities.json")
    particles = entities["name_particles"]
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
        "number_labels": {_fold(w) for w in data["line_labels"]},
        # a desk a press line answers for, printed before the person's name ('Presse : X')
        "desk_labels": {_fold(o) for o in data["desk_labels"]},
        # a desk of an office, printed after its body ('Mairie de X – Secrétariat – 02 …'): its role
        "office_desks": {_fold(o) for o in data["office_desks"]},
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
        # a role presiding a body ('président de la section régionale ovine'): the body is the
        # organisation, though named in common nouns
        "presiding": {_fold(r) for r in data["presiding_heads"]},
        "service_heads": {_fold(u) for u in data["service_heads"]},
        # words opening a label that says what to ask, not which desk answers ('Questions des familles')
        "enquiry_words": {_fold(w) for w in data["enquiry_words"]},
        # a label with a deadline is an instruction ('Inscriptions avant le 13 mars :'), no desk
        "deadline_re": re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) for w in data["deadline_words"]) + r")(?!\w)|\d",
            re.IGNORECASE,
        ),
        # a staff body or a kind of establishment named by its acronym ('secrétaire du CSE', 'un
        # EHPAD'): no body's name
        "staff_bodies": {_fold(w) for w in data["staff_bodies"] + entities["kind_acronyms"]["words"]},
        # a firm speaking for clients ('Agence Mistral pour la Fondation X')
        "agency_heads": {_fold(w) for w in data["agency_heads"]},
        "addresses": {_fold(a) for a in data["address_words"]},
        "civility": re.compile(
            r"^(?:"
            + "|".join(
                re.escape(c)
                for c in sorted(_civilities(data["civilities"] + data["ranks"]), key=len, reverse=True)
            )
            + r")\s+(?=[A-ZÀ-ÖØ-Þ])"
        ),
        # 'Lieutenant Clara X' with no function printed: the rank is the person's role
        "rank": re.compile(
            r"(?:^|(?<=[\s:]))(?:"
            + "|".join(re.escape(r) for r in sorted(_civilities(data["ranks"]), key=len, reverse=True))
            + r")[ \t]+$"
        ),
        "name_re": re.compile(rf"^{NAME_TOKEN}(?:[ \t]+(?:(?:{particle})[ \t]+)?{NAME_TOKEN}){{1,3}}$"),
    }


def _civilities(civilities: list[str]) -> set[str]:
    """The civilities as printed, and a rank or title word in lower case too ('Contact presse :
    lieutenant Marion X, officier presse'); abbreviations stay capitalised ('Me', 'Pr')."""
    lower = {c[0].lower() + c[1:] for c in civilities if len(c) > 3 and c.isalpha() and c[1:].islower()}
    return set(civilities) | lower


def rank_before(text: str, name: Segment) -> Segment | None:
    """The military or fire-service rank printed right before a person's name on its line
    ('Lieutenant Clara X – 05 …'), a civility in the name but the only function some entries give."""
    line_start = text.rfind("\n", 0, name.start) + 1
    match = vocabulary()["rank"].search(text[line_start : name.start])
    if match is None:
        return None
    rank = match.group().rstrip()
    return Segment(line_start + match.start(), line_start + match.start() + len(rank), rank)


def is_heading(line: str) -> bool:
    """'Contact presse', 'Renseignements', and headings joined ('Renseignements et presse', 'Presse /
    médias'): each part a heading or a desk's label."""
    vocab = vocabulary()
    folded = _fold(line.strip().lstrip("-•* ").rstrip(" :"))
    if folded in vocab["headings"]:
        return True
    parts = re.split(r"\s+(?:et|&)\s+|\s*/\s*", folded)
    return len(parts) > 1 and all(p in vocab["headings"] or p in vocab["desk_labels"] for p in parts)


def lower_case_unit(value: str) -> bool:
    """'cellule communication du GGD 87', 'brigade de gendarmerie de Saint-Junien': a unit or body
    head-word in lower case whose complement names a body or a place (a capitalised word or an
    acronym after 'de', 'du' ...): the whole is the body's name, head-word included. An office's
    desk needs no capital in its complement ('secrétariat du parquet')."""
    words = value.split()
    vocab = vocabulary()
    head = _fold(words[0]) if words else ""
    of = r"\b(?:de|du|des|d['’]|de la|de l['’])\s*"
    return (
        2 <= len(words) <= 8
        and words[0].islower()
        and (
            (
                (head in vocab["units"] or head in vocab["organisations"])
                and bool(re.search(of + "[A-ZÀ-ÖØ-Þ]", value))
            )
            or (
                head in vocab["office_desks"]
                and bool(re.match(r"\S+\s+(?:du|de la|de l['’]|des)\s*\w", value))
            )
        )
    )


MIXED_ACRONYM = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,}[a-z]{1,2}[A-Z]+$")
"""An acronym printed with a small letter inside ('DDFiP', 'DGFiP', 'DICoD')."""


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


def confirmed(segment: Segment, person_spans) -> bool:
    """A PER entity covers the segment."""
    return any(s <= segment.start and segment.end <= e for s, e in person_spans)


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
    # the longest role the value is, or opens on before a space or a comma: its prefixes ending
    # there, longest first, looked up in a set (not every role tried on every line)
    roles = _role_set()
    cuts = [i for i, c in enumerate(folded) if c in " ,"]
    return next((folded[:i] for i in reversed([*cuts, len(folded)]) if folded[:i] in roles), None)


@lru_cache(maxsize=1)
def _role_set() -> frozenset[str]:
    return frozenset(vocabulary()["roles"])


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
        or MIXED_ACRONYM.match(words[0])  # 'DDFiP de l'Yonne'
        or folded[0] in heads
        or any(" " in h or "'" in h for h in heads if _fold(value).startswith(h))
        or any(w[:1].isupper() and f in heads for w, f in zip(words, folded, strict=True))
    ):
        return True
    unit = UNIT_OF_BODY.match(value)  # 'Greffe du tribunal administratif de Pau': a body's unit
    if (
        unit
        and _fold(unit["head"]) in heads
        and len(words) <= 10
        and re.search(r"\s[A-ZÀ-ÖØ-Þ]", value[unit.end() :])
    ):
        return True  # the body a proper name: not 'Astreinte du syndicat'

    significant = [w for w in words if w.lower() not in NAME_LINKS]
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in significant)


UNIT_OF_BODY = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?P<head>[\w'’-]+)"
)
"""A capitalised word and the head-word of the body it belongs to ('Secrétariat de la mairie de X')."""


def is_person(text: str, segment: Segment, person_spans) -> bool:
    value = segment.text
    if has_organisation_word(value) or is_address(value) or role_head(value):
        return False
    if any(s <= segment.start and segment.end <= e for s, e in person_spans) and " " in value:
        return True
    first = value.split()[0].lower()
    if not vocabulary()["name_re"].match(value) or first in {"le", "la", "les", "l'", "l’"}:
        return False
    return not value.isupper() or has_first_name(value)


def has_first_name(value: str) -> bool:
    """A known first name among the words: a line in capitals that no PER entity confirms is a
    person's name only with one ('MARIE DUPONT', 'DUPONT Marie'); 'INFORMATIONS PRATIQUES' is a
    heading."""
    from pipeline.extractors.entities.person_names import sourced_first_names  # (import cycle)

    names = sourced_first_names()
    return any(word in names for word in re.split(r"[\s-]+", value.lower()))


POSTCODE_CITY = re.compile(
    r"(?<![\d.,])\d{5}\s+[A-ZÀ-Þ][\w'’-]*"
    r"(?:[ -]+(?:[A-ZÀ-Þ]|sur\b|sous\b|en\b|l[ea]s?\b|de\b|du\b|cedex\b|\d)[\w'’-]*){0,4}\s*$"
)
"""A postcode and its town ending a line: '21000 Dijon', '– 87000 Limoges Cedex 1'."""


def postal_line(text: str) -> bool:
    """A postal address on its own line ('12 rue de la Gare', '8 avenue Foch – 87000 Limoges'): a
    street number and a street word, or a postcode and its town at the end; short, no sentence."""
    text = text.strip()
    if len(text) > 90 or ":" in text or text.endswith((".", "!", "?")):
        return False
    return bool(STREET_NUMBER.match(text) and is_address(text) or POSTCODE_CITY.search(text))
