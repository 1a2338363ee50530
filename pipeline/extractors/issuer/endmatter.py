"""Issuer evidence printed at the end of a release, beside the contacts: the body a communication
unit belongs to ('Service communication de l'Union X' -> 'Union X'); and what the readers of the
end matter share: a body found there (Found), their vocabulary, a name's trim and the test that it
names a body. The bodies that sign the release are signatures.py's, those a footer names
footer.py's. pipeline/extractors/issuer/ weighs them with the other sources (docs/issuer.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline import resources
from pipeline.extractors.contacts import has_organisation_word, is_organisation
from pipeline.extractors.issuer.common import plain
from pipeline.extractors.issuer.common import vocabulary as issuer_vocabulary
from pipeline.extractors.issuer.line_kinds import is_place


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


def body_of_unit(name: str) -> str:
    """'Service de presse du ministère de la Culture' -> 'ministère de la Culture'; 'Agence X
    Département communication' -> 'Agence X'. A unit of no named body stays as printed."""
    vocab = vocabulary()
    match = vocab["unit_of_body"].search(name)
    if match and _owner_of_unit(body := trim(match["body"])):
        return body
    units = tuple(vocab["communication_units"]) + ("cabinet",)
    for pattern in ("body_then_unit", "unit_then_body"):
        match = vocab[pattern].match(name)
        if match and is_organisation(body := trim(match["body"])) and not body.lower().startswith(units):
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
        name = trim(segment)
        if (
            name != office
            and not name.lower().startswith(units)
            and names_a_body(name)
            and is_organisation(name)
        ):
            return name
    return None


def units_of_bodies(text: str, start: int) -> list[Found]:
    """Bodies whose communication unit a line after `start` names ('… – Service communication de
    l'Union X – 03 20 …')."""
    found = []
    for match in vocabulary()["unit_of_body"].finditer(text, start):
        body = trim(match["body"])
        if _owner_of_unit(body):
            offset = match.start("body")
            found.append(Found(body, offset, offset + len(body)))
    return found


def trim(name: str) -> str:
    return re.sub(r"\s+(?:-|au|à|:)$", "", name.strip(" \t*_.")).strip()


def _owner_of_unit(name: str) -> bool:
    """The body a unit belongs to ('Service communication de l'Union X'), not the territory it
    serves ('Service départemental de la communication interministérielle du Var'): that unit is
    printed as the office."""
    return names_a_body(name) and not is_place(name)


def names_a_body(name: str) -> bool:
    """'Union des consommateurs du Nord', 'ministère de la Culture', 'Kelvio', 'UFC-Que Choisir':
    a head-word and its complement, one capitalised word or an acronym; not a bare head-word ('du
    ministère'), not a person ('Service presse de Valérie Martin'), not a number or an address."""
    words = name.split()
    if not words or len(words) > 12 or re.search(r"\d|@", name):
        return False
    if len(words) > 1 and has_head(name):
        return True
    return name[:1].isupper() and (len(words) == 1 or bool(re.match(r"[A-ZÀ-ÖØ-ÞŒ]{2,8}\b", name)))


def has_head(name: str) -> bool:
    """A head-word, also under a prefix that makes a subordinate body ('Sous-préfecture de Morlaix',
    'Vice-présidence ...')."""
    return has_organisation_word(name) or has_organisation_word(
        re.sub(r"^(?:sous|vice)-", "", name, flags=re.I)
    )
