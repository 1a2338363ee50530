"""Closing "about" zones of a release: "À propos de X" headings and "En savoir plus sur X" links.

A heading may carry its markup ('<h2>À propos de X</h2>', '## À propos de X', '**À propos de X**')
and be set in capitals ('À PROPOS DE X').

Both the issuer (metadata) and the organisation of a contact printed inside such a zone (contacts)
come from here, so the two extractors read the zone the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ARTICLES = r"(?:de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]*|du[ \t]+|des[ \t]+|de[ \t]+|d['’][ \t]*)"
CAPITAL_ARTICLES = r"(?:DE[ \t]+LA[ \t]+|DE[ \t]+L['’][ \t]*|DU[ \t]+|DES[ \t]+|DE[ \t]+|D['’][ \t]*)"
ABOUT = re.compile(
    r"^[ \t]*(?:(?:<[^<>\n]*>|[#*_>])[ \t]*)*[ÀAÁ][ \t]+"  # one mark a turn: no backtracking
    rf"(?:propos[ \t]+(?:de[ \t]+L['’][ \t]*|{ARTICLES})|PROPOS[ \t]+{CAPITAL_ARTICLES})"
    r"(?P<name>[^,.:;!?\n<*]+?)[ \t]*(?:[,.:;!?<*]|$)",
    re.MULTILINE,
)
"""'À propos de l'AFUP', 'A propos de La Plateforme' (a capitalised article is the name's),
'À PROPOS DE NATURÉO'."""
MORE_ABOUT = re.compile(
    (
        r"^[ \t]*(?:[-•*][ \t]*)?En[ \t]+savoir[ \t]+plus[ \t]+sur[ "
        r"\t]+(?:la[ \t]+|le[ \t]+|les[ \t]+|l['’][ \t]*|L['’][ \t]*)?(?P<name>[^,.:;!?\n]+?)[ "
        r"\t]*$"
    ),
    re.MULTILINE,
)
BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass
class About:
    """A subject named by an about zone, its span, and the zone it heads (to the next blank line)."""

    name: str
    start: int
    end: int
    zone_end: int
    rule: str


def about_zones(text: str) -> list[About]:
    """'À propos de X' zones in reading order; 'En savoir plus sur X' lines only when there is none."""
    found = [_about(text, m, "zone.about") for m in ABOUT.finditer(text)]
    if not found:
        found = [_about(text, m, "zone.learn_more") for m in MORE_ABOUT.finditer(text)]
    return [a for a in found if a.name]


def _about(text: str, match: re.Match, rule: str) -> About:
    name = match["name"].strip()
    start = match.start("name")
    body = len(text) - len(text[match.end() :].lstrip())
    blank = BLANK_LINE.search(text, body)
    following = ABOUT.search(text, match.end())
    zone_end = min([len(text)] + [m.start() for m in (blank, following) if m])
    return About(name, start, start + len(name), zone_end, rule)
