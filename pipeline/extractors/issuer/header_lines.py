"""What a line under a letterhead's first body is: the rest of its name, its full name, a line
describing it, a service of the State under its bloc marque, or a place line."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extractors.contact_words import postal_line
from pipeline.extractors.dates import find_dates
from pipeline.extractors.issuer.common import MOTTO, STATE_WORDS, fold, plain, vocabulary
from pipeline.extractors.metadata_common import Line
from pipeline.extractors.metadata_common import vocabulary as metadata_vocabulary

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
LINKS = ("de", "du", "des", "d'", "d’")
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


EDITION = re.compile(r"\s+[-–—]\s+\d{1,3}(?:e|ème|eme|re|ère)\s+[ée]dition\b.*$", re.I)
"""'FESTIVAL X – 12e ÉDITION': the edition after an event's name."""


RIGHT_COLUMN = re.compile(
    r"^(?P<left>[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ'’-]*(?:\s+[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ'’-]*)*-?)\s+"
    r"(?P<right>(?:Sous-préfecture|Préfecture|Bureau|Cabinet|Service|Direction|Délégation|Secrétariat|Pôle|Mission)"
    r"\b[^\n]*)$"
)
"""'PRÉFET   Sous-préfecture de Bayonne': a bloc marque in capitals and, in the column beside it,
a service in lower case, read onto one line from a PDF's two-column letterhead."""


def left_column(line: Line) -> Line:
    """A letterhead line as its bloc marque's column, without the service printed beside it in
    the other column ('ATLANTIQUES   Bureau du cabinet' -> 'ATLANTIQUES')."""
    found = RIGHT_COLUMN.match(line.text.rstrip())
    if not found or not re.search(r"[a-zà-ÿ]", found["right"]):
        return line
    left = found["left"]
    return Line(line.start, line.start + len(left), left)


def without_edition(line: Line) -> Line:
    """'FESTIVAL X – 12e ÉDITION': a letterhead line as the event's name, without its edition."""
    text = line.text.rstrip()
    edition = EDITION.search(text)
    if edition:
        return Line(line.start, line.start + edition.start(), text[: edition.start()])
    return line


SINCE_YEAR = re.compile(r"\b(?:depuis|since)\s+(?:18|19|20)\d\d\b", re.IGNORECASE)
"""'… depuis 1958': a firm's tagline under its name, no date of the release."""


def describes_the_body(text: str) -> bool:
    """A line under a body's name that says what kind of body it is, or where, and is no name
    of its own: 'Association loi 1901 reconnue d'utilité publique', 'SCOP SA à capital variable',
    'sous l'égide de la Fondation de France', 'Membre de l'Institut …', 'ANNONAY · ARDÈCHE'."""
    from pipeline.extractors.issuer.line_kinds import is_place

    stripped = text.strip()
    folded = plain(stripped)
    if vocabulary()["letterhead_descriptors"].match(folded + " "):
        return True
    first = stripped.split()[0] if stripped else ""
    if first[:1].islower() and not first.startswith(LINKS) and first not in ("et", "en", "pour"):
        return True  # a tagline: 'sous l'égide de …', 'l'énergie qui se partage'
    if SINCE_YEAR.search(stripped):
        return True  # 'Charcuterie artisanale depuis 1958 – Loudéac (22)': a tagline
    if _what_it_does(folded):
        return True  # "Organisateur d'événements professionnels · Parc des expositions de X"
    if _kind_and_adjectives(stripped) or _kind_in_common_nouns(stripped):
        return True  # 'Banque coopérative régionale', 'Association locale de défense des …'
    kind = without_description(stripped)
    if kind != stripped and (_kind_and_adjectives(kind) or plain(kind) in vocabulary()["heads"]):
        return True  # "Fondation abritée sous l'égide de …", "Fondation reconnue d'utilité publique"
    parts = [p for p in re.split(r"\s*[·•,|/()]\s*|\s+[-–—]\s+", stripped) if p]
    places = [is_place(p) for p in parts]
    # 'ANNONAY · ARDÈCHE'; 'Fils et câbles d'acier · Montluçon (Allier)', 'GROUPE INDUSTRIEL ·
    # ANNECY': a trade or a kind of body, and where
    return (
        len(parts) >= 2
        and all(place or in_common_nouns(_sentence_case(p)) for place, p in zip(places, parts, strict=True))
        and any(places)
    )


def _sentence_case(text: str) -> str:
    """'GROUPE INDUSTRIEL' -> 'Groupe industriel': a line set in capitals read as a sentence is
    written, so that its common nouns show."""
    return text[:1] + text[1:].lower() if text.isupper() else text


def in_common_nouns(text: str) -> bool:
    """'Fils et câbles d'acier', 'Charpente et couverture': what a firm makes or does, in common
    nouns after a capital, no proper name."""
    words = text.split()
    return (
        1 <= len(words) <= 6
        and not re.search(r"[\d:!?.;«»\"]", text)
        and words[0][:1].isupper()
        and not words[0].isupper()
        and all(re.sub(r"^[dl]['’]", "", w)[:1].islower() for w in words[1:])
    )


def _what_it_does(folded: str) -> bool:
    """ "Organisateur d'événements professionnels", 'Fabricant de menuiseries depuis …',
    'Spécialiste du vélo en Bretagne': a line opening on what the body does, a trade's agent noun
    and its object, under the name it describes (folded text)."""
    return bool(vocabulary()["trade_agent_line"].match(folded))


def without_description(part: str) -> str:
    """'Fondation X sous l'égide de la Fondation de France' (a tagline read onto the name's line):
    the name, without what follows it."""
    pattern = vocabulary()["letterhead_descriptors_printed"]
    found = pattern.search(part.replace("’", "'"), 1)
    return part[: found.start()].rstrip(" ,–—-") if found else part


def _kind_and_adjectives(text: str) -> bool:
    """'Banque coopérative régionale', 'Scène nationale': a kind of body and its adjectives only,
    no complement and no proper name."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and not re.search(r"[\d:!?.,;«»\"']", text)
        and words[0][:1].isupper()
        and not words[0].isupper()
        and all(w.islower() and w not in ("de", "du", "des", "et", "en", "pour") for w in words[1:])
    )


def _kind_in_common_nouns(text: str) -> bool:
    """'Association locale de défense des consommateurs agréée – 12 rue …': a kind of body
    (`descriptor_heads`) and common nouns only, its address after a dash, no proper name."""
    name = re.split(r"\s+[-–—·|]\s+", text)[0]
    words = name.split()
    return (
        3 <= len(words) <= 12
        and plain(words[0]) in vocabulary()["descriptor_heads"]
        and not re.search(r"[\d:!?.;«»\"]", name)
        and all(re.sub(r"^[dl]['’]", "", w)[:1].islower() for w in words[1:])
    )


def serves_the_state(text: str) -> bool:
    """A State service printed under a bloc marque and its motto: 'Direction départementale des
    territoires', 'Sous-préfecture de Saint-Nazaire', 'Secrétariat d'État chargé …', 'DREAL
    Occitanie': the service of the préfet or the minister above, not a co-issuer (unless the release
    says it is joint); an 'Institut français' of a country or a town abroad is an embassy's
    cultural service."""
    from pipeline.extractors.issuer.line_kinds import is_place

    folded = plain(text.strip())
    institute = FRENCH_INSTITUTE.fullmatch(text.strip())
    if institute and is_place(institute["where"]):  # 'Institut français du Portugal'
        return True
    return any(re.match(rf"{re.escape(s)}(?![\w'’-])", folded) for s in vocabulary()["state_services"])


FRENCH_INSTITUTE = re.compile(
    r"(?i:institut\s+français)\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]|en|au|à)\s*"
    r"(?P<where>[A-ZÀ-ÖØ-ÞŒ][\w'’ -]{1,40})"
)
"""'Institut français du Portugal', 'Institut français de Madrid': the network of the embassies'
cultural services (not 'Institut français de recherche pour …', a body of its own)."""


def continues_above(above: str, text: str) -> bool:
    """A name whose first line no rule took: 'HOSPICES CIVILS' / 'DE LYON' (the line goes on with a
    linking word), 'HAUTE-GARONNE' / 'LE DÉPARTEMENT' (a place over the kind of collectivity)."""
    from pipeline.extractors.issuer.line_kinds import is_place

    above = above.strip()
    if not above or re.search(r"[\d:!?.,;«»\"()|/@]", above) or len(above.split()) > 5:
        return False
    if not all(w[:1].isupper() for w in above.split()):
        return False
    first = plain(text.strip()).split(" ")[0]
    if first in ("de", "du", "des") or first.startswith("d'"):
        return len(text.split()) <= 6 and not re.search(r"[\d:!?.«»\"]", text)
    return is_place(above) and fold(plain(text)) in vocabulary()["place_heads"]


def is_split_furniture(lines, index: int) -> bool:
    """'RÉPUBLIQUE' / 'FRANÇAISE': the State's name or motto printed over two lines."""
    furniture = vocabulary()["furniture"]
    text = lines[index].text.strip()
    before = lines[index - 1].text.strip() if index > 0 else ""
    after = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return bool(
        (after and fold(f"{text} {after}") in furniture) or (before and fold(f"{before} {text}") in furniture)
    )


def joined(parts: list[str]) -> str:
    """A name's lines joined with a space, but a name cut at its own hyphen ('HAUTE-' / 'SAVOIE')
    joined without one."""
    name = ""
    for part in parts:
        name += part if not name or name.endswith("-") else f" {part}"
    return name


WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
"""A web address: a letterhead's details, after its name or on the line under it."""


def over_its_address(lines, index: int) -> bool:
    """'Fromagerie du Vallon d'Aspe' / 'Route du Somport – 64490 Bedous': a short name printed
    right over a postal address or a web site is a letterhead, whatever its words (a headline is
    not followed by an address), unless a contact heading is above it ('Contact presse')."""
    text = lines[index].text.strip()
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or following.start != lines[index].end + 1:
        return False
    if index and re.search(r"\b(?:contacts?|presse|press)\b", lines[index - 1].text, re.IGNORECASE):
        return False
    words = WORD.findall(text)
    return (
        1 <= len(words) <= 10
        and text[:1].isupper()
        and words[0].lower()
        not in metadata_vocabulary()["first_names"]  # 'Aurore Kerdraon' / 'Tél : …': a press contact
        and not re.search(r"[,:!?«»\"“”]|\.$", text)
        and not find_dates(text)
        and (postal_line(following.text) or bool(WEB_ADDRESS.search(following.text)))
    )


CAPITALS_RUN = re.compile(r"(?:[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ'’-]*(?:\s+|$))+")
"""The bloc marque's words in capitals at a line's start ('PRÉFET', 'DE LA VENDÉE')."""


def in_columns(
    lines: list[Line], column_gaps: frozenset[int] = frozenset(), joint: bool = False
) -> list[Line]:
    """Two columns read onto the same lines: parted at the wide blank between them (gap_columns),
    else, under the State's motto, the bloc marque and its motto in the left column and a body or
    service in the right one, read from a PDF that kept no blank ('RÉPUBLIQUE FRANÇAISE Agence
    régionale de santé' / 'Liberté Normandie', 'PRÉFET Direction régionale …' / 'DE LA VENDÉE de
    l'aménagement …'): the left column's lines, then the right column's, each with its span. The
    lines as they are when no line has a right column."""
    columns = gap_columns(lines, column_gaps, joint)
    if columns:  # 'PRÉFET DE X      COLLECTIVITÉ TERRITORIALE' / 'Liberté …      DE X': the blank parts them
        left, right, rest = columns
        return left + right + rest
    if not any(plain(line.text.strip()).split(" ")[0] in MOTTO for line in lines):
        return lines
    left, right = [], []
    for line in lines:
        column = _right_column_start(line.text)
        if column is None:
            left.append(line)
            continue
        name = line.text[:column].rstrip()
        left.append(Line(line.start, line.start + len(name), name))
        right.append(Line(line.start + column, line.end, line.text[column:]))
    return left + right if right else lines


def _right_column_start(text: str) -> int | None:
    """Where the right column starts on a bloc marque's line: after a motto word ('Liberté
    Normandie'), or after the bloc's capitals, on a word in lower case or a capital and lower case
    ('PRÉFET Direction …', 'DE LA VENDÉE de l'aménagement …'); never on the rest of the motto."""
    words = text.split()
    if not words:
        return None
    if plain(words[0]) in MOTTO:
        rest = text.split(None, 1)[1:] or [""]
        if not rest[0] or all(plain(w) in STATE_WORDS for w in rest[0].split()):
            return None
        return text.index(rest[0], len(words[0]))
    bloc = CAPITALS_RUN.match(text)
    if not bloc or bloc.end() >= len(text.rstrip()):
        return None
    rest = text[bloc.end() :]
    if all(plain(w) in STATE_WORDS for w in rest.split()) or not re.match(
        r"[a-zà-ÿ]|[A-ZÀ-ÖØ-ÞŒ][a-zà-ÿ]", rest
    ):
        return None
    return bloc.end()


TABLE_BAR = re.compile(r"[ \t]+\|[ \t]+")
"""A table's cells read onto one line ('AGENCE DE L'EAU | DÉPARTEMENT', a web page's layout table)."""


def gap_columns(
    lines: list[Line], column_gaps: frozenset[int], joint: bool
) -> tuple[list[Line], list[Line], list[Line]] | None:
    """Two letterheads printed side by side, read line by line ('AGENCE DE L'EAU      DÉPARTEMENT' /
    'RHIN-MEUSE      DE LA MEUSE', a wide blank in the source between the columns): the first lines
    holding one such blank (or a table's bar) each, two lines at least, or one blank in a release
    that says it is joint ('CIDRES DE L'OUEST   SAINT-MALO CONGRÈS'). The left column's lines, the
    right one's and the lines under them; None when the letterhead has no such columns."""
    left, right, bars = [], [], 0
    for line in lines:
        gaps = [
            (g - line.start, 1) for g in column_gaps if line.start < g < line.start + len(line.text.rstrip())
        ]
        bar = [(m.start(), len(m.group())) for m in TABLE_BAR.finditer(line.text)]
        gaps, bars = (gaps, bars) if gaps else (bar, bars + 1)
        if len(gaps) != 1:
            break
        ((at, width),) = gaps
        left.append(Line(line.start, line.start + at, line.text[:at]))
        right.append(Line(line.start + at + width, line.end, line.text[at + width :]))
    if len(right) < (2 if bars or not joint else 1):
        return None
    return left, right, lines[len(right) :]
