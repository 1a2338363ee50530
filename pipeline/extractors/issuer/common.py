"""What the issuer's sources share: the candidate they propose, the vocabulary, name folding."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline import resources
from pipeline.extractors.marks import without_marks

MOTTO = frozenset({"liberte", "egalite", "fraternite"})
"""The State's motto (its words only: 'République française' ends no body's name)."""

STATE_WORDS = MOTTO | {"republique", "francaise"}
"""The State's name and motto over its marianne: no body's name, and a body's name follows them."""


@dataclass(frozen=True)
class Candidate:
    """A body one source proposes as the issuer, with the span it was read from (or the image, for
    a name read in a letterhead image: it has no span)."""

    name: str
    start: int
    end: int
    source: str
    image: dict | None = None


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = resources.load("metadata.json")
    issuer = data["issuer"]
    return {
        "keywords": tuple(data["issuer_keywords"]),
        "furniture": set(data["furniture"]),
        "function_words": set(data["function_words"]),
        "mission": re.compile(data["mission_pattern"], re.MULTILINE),
        "programme_heads": {plain(w) for w in issuer["programme_heads"]},
        "agency_words": {plain(w) for w in issuer["agency_words"]},
        "agency_heads": {plain(w) for w in issuer["agency_heads"]},
        "public_agency_words": {plain(w) for w in issuer["public_agency_words"]},
        "descriptor_heads": {plain(w) for w in issuer["descriptor_heads"]},
        "trade_agent_line": re.compile(  # "Producteur indépendant d'électricité …": what it does
            rf"(?:{'|'.join(re.escape(plain(w)) for w in issuer['trade_agents'])})s?"
            r"(?:\s+[a-z-]+)?\s+(?:de\s|du\s|des\s|d'|en\s)"
        ),
        "first_names": _first_names(),
        "sign_off": re.compile(issuer["sign_off_pattern"], re.MULTILINE),
        "generic_mail_hosts": set(issuer["generic_mail_hosts"]),
        "domain_suffixes": set(issuer["domain_suffixes"]),
        "closing_fraction": issuer["closing_fraction"],
        "heads": tuple(plain(h) for h in (*data["issuer_keywords"], *issuer["letterhead_heads"])),
        "units": tuple(plain(u) for u in issuer["letterhead_units"]),
        "scope_adjectives": tuple(plain(a) for a in issuer["scope_adjectives"]),
        "state_services": tuple(plain(s) for s in issuer["state_services"]),
        "letterhead_descriptors": re.compile("|".join(plain(d) for d in issuer["letterhead_descriptors"])),
        "letterhead_descriptors_printed": re.compile(
            r"\s(?:" + "|".join(issuer["letterhead_descriptors"]) + ")", re.IGNORECASE
        ),
        "place_heads": {plain(h) for h in issuer["place_heads"]},
        "dashed_legal_form": re.compile(rf"\s+[–—-]\s+(?:{'|'.join(issuer['legal_forms'])})$"),
        "firm_line": re.compile(rf"(?P<name>.+?)\s+[–—-]\s+(?:{'|'.join(issuer['legal_forms'])})"),
        "public_lines": tuple(plain(h) for h in issuer["public_lines"]),
    }


def _first_names() -> frozenset[str]:
    """Given names (the entity gazetteer's), to tell a person's name from a body's."""
    data = resources.load("entities.json")
    return frozenset(w.lower() for key in ("first_names", "first_names_more") for w in data[key]["words"])


BOX_DRAWING = re.compile(r"[\u2500-\u257f]")
"""The frame of a box drawn in text ('┌──┐', '│ Contact presse │'): no character of what it holds."""


def without_box_drawing(text: str) -> str:
    """The text with a drawn box's frame blanked out (one space a character, so that offsets stay
    the document's): the lines it holds then read as lines of their own ('│ Contact presse │')."""
    return BOX_DRAWING.sub(" ", text)


def fold(text: str) -> str:
    return re.sub(r"[\s.:!]+", " ", text.lower()).strip()


def plain(text: str) -> str:
    """Lower case without accents, ligatures ('Cœur', 'coeur' in an address) or apostrophe
    variants, for comparing names."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").lower().replace("œ", "oe").replace("æ", "ae"))
    return without_marks(text)


def compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain(text))


def mentions(text: str, name: str) -> int:
    """How often the text names `name` as a whole word, whatever its case."""
    return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.IGNORECASE))
