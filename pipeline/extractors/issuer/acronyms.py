"""Whether a short line abbreviates a name: an acronym over (or before) the name it spells out
('AP-HP' / 'Assistance Publique – Hôpitaux de Paris', 'SDIS 83', 'ARS Corse', 'IM3') or a short name
taking its letters from the name's words ('Ifremer'). The letterhead reader asks it whether a line
under an acronym is the body's full name (then one body, not two); the logo and closing readers ask
it whether an image's text or an e-mail's domain spells a body."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extractors.issuer.common import plain
from pipeline.extractors.metadata_common import Line

ACRONYM = re.compile(r"([A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ&.-]{1,11})(?:\s+\d{1,3}[AB]?)?")
"""A lone acronym line, with the number a départemental body adds ('SDIS 83', 'AP-HP')."""

ACRONYM_DASH_NAME = re.compile(
    r"([^\W\d_][\w&.-]{1,11})(?:\s+\d{1,3}[AB]?)?\s+[^\w\s'’\"«»()\[\],.;!?]\s+(?P<name>[^\W\d_].{5,})"
)
"""'SEOMP – Société d'Études Ornithologiques du Marais Poitevin' on one line, between any symbol
('ORF ⚓ OLYMPIQUE ROCHELAIS FÉMININ'; a logo's text may print the acronym in lower case: 'caf –
Caisse d'allocations familiales du Finistère'), with the number of its département ('SDIS 83 –
Service départemental …')."""


WORD = re.compile(r"[^\W\d_]+")
SMALL_WORDS = frozenset({"de", "du", "des", "d", "la", "l"})
"""The small words between a name and its seat ('… de la Corse'), as WORD splits them."""


def spells_out(acronym_line: str, text: str) -> bool:
    """`text` is the name the acronym line abbreviates ('AP-HP' / 'Assistance Publique – Hôpitaux
    de Paris', 'SDIS 83' / 'Service départemental d'incendie et de secours du Var')."""
    from pipeline.extractors.entities.span_text import acronym_matches  # entities import the issuer
    from pipeline.extractors.issuer.line_kinds import is_place

    found = ACRONYM.fullmatch(acronym_line.strip())
    multiplied = MULTIPLIED_LETTER.fullmatch(acronym_line.strip())
    if multiplied:  # 'IM3' / 'Institut Méditerranéen des Matériaux Marins'
        return any(spells_out(acronym, text) for acronym in _letters_multiplied(multiplied))
    if not found:  # 'ARS Corse' / 'Agence régionale de santé de Corse': the seat closes both lines
        acronym, _, seat = acronym_line.strip().partition(" ")
        seat_words, words = WORD.findall(seat), WORD.findall(text)
        name = words[: len(words) - len(seat_words)]
        while name and plain(name[-1]) in SMALL_WORDS:
            name.pop()
        closes = [plain(w) for w in words[len(name) :] if plain(w) not in SMALL_WORDS]
        if (
            ACRONYM.fullmatch(acronym)
            and seat[:1].isupper()
            and name
            and closes == [plain(w) for w in seat_words if plain(w) not in SMALL_WORDS]  # 'CÔTE D'OPALE'
        ):
            return spells_out(acronym, " ".join(name))
    if not found or re.search(r"[:!?]|\.$", text):
        return False
    letters = re.sub(r"[^\w]", "", found.group(1))
    words = WORD.findall(text)
    if not 2 <= len(letters) <= 8 or plain(letters) in {plain(w) for w in words}:
        return False  # 'MINISTÈRE' over 'MINISTÈRE DES SPORTS': a word, not an acronym
    if acronym_matches(letters, words):
        return True
    # 'CAF' / 'Caisse d'allocations familiales du Finistère': the seat after the name is no letter
    seat = re.search(
        r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?P<place>[A-ZÀ-ÖØ-ÞŒ][\w'’-]*(?:\s[A-ZÀ-ÖØ-ÞŒ][\w'’-]*)*)$",
        text,
    )
    if seat and is_place(seat["place"]) and acronym_matches(letters, WORD.findall(text[: seat.start()])):
        return True
    # 'ARS' / 'Agence régionale de santé Centre-Val de Loire': a region of several words closes the name
    tokens = text.split()
    return any(
        tokens[-size][:1].isupper()
        and is_place(" ".join(tokens[-size:]))
        and acronym_matches(letters, WORD.findall(" ".join(tokens[:-size])))
        for size in range(1, min(4, len(tokens) - 1) + 1)
    )


def abbreviates(short_line: str, text: str) -> bool:
    """A short name over (or before) the name it stands for when its letters are not only the
    words' initials ('ISCOTE' / 'Institut supérieur de commerce de Touraine', 'Ifremer' / 'Institut
    français de recherche pour l'exploitation de la mer', 'ARS' / 'Agence de santé Guadeloupe, …'):
    its letters are taken in order from the name's content words (the Schwartz–Hearst test), the
    first is the name's initial, and two at least open a word."""
    short = short_line.strip()
    if not re.fullmatch(r"[^\W\d_]{2,10}", short) or re.search(r"[:!?]|\.$", text) or not text[:1].isupper():
        return False
    words = [w for w in (plain(w) for w in WORD.findall(text)) if w not in SMALL_WORDS | LINK_WORDS]
    letters = plain(short)
    if len(letters) < 3 or len(words) < 2 or letters in words or len(letters) >= len("".join(words)):
        return False
    chars = [(c, n == 0) for w in words for n, c in enumerate(w)]

    @cache
    def initials(i: int, p: int) -> int:
        """The most word-initial letters letters[i:] can take from chars[p:] (-1: none fits)."""
        if i == len(letters):
            return 0
        best = -1
        for q in range(p, len(chars)):
            if chars[q][0] == letters[i] and (rest := initials(i + 1, q + 1)) >= 0:
                best = max(best, rest + chars[q][1])
        return best

    return chars[0][0] == letters[0] and initials(1, 1) + 1 >= 2


LINK_WORDS = frozenset({"et", "pour", "en", "sur", "a", "au", "aux", "les", "le"})
"""Linking words a short name skips besides SMALL_WORDS ('… de recherche pour l'exploitation …')."""


MULTIPLIED_LETTER = re.compile(r"([A-ZÀ-ÖØ-ÞŒ]*)([A-ZÀ-ÖØ-ÞŒ])([2-4])([A-ZÀ-ÖØ-ÞŒ]*)")
"""An acronym whose figure counts a letter's words: 'IM3' (three M), 'C2RMF' (two R)."""


def _letters_multiplied(found: re.Match) -> list[str]:
    """The acronym with its figure read as the letter before it repeated, then as the letter after."""
    before, letter, times, after = found.groups()
    readings = [before + letter * int(times) + after]
    if after:
        readings.append(before + letter + after[0] * int(times) + after[1:])
    return readings


def acronym_and_name(line: Line) -> Line | None:
    """'AMSO - Assurances Mutuelles du Sud-Ouest': the name an acronym before a dash spells out,
    as a line of its own (its span in the text), else None."""
    text = line.text.rstrip()
    found = ACRONYM_DASH_NAME.fullmatch(text)
    if not found or len(found["name"]) > 110 or not spells_out(found.group(1).upper(), found["name"]):
        return None
    start = line.start + found.start("name")
    return Line(start, start + len(found["name"].rstrip()), found["name"].rstrip())
