"""What a line under a letterhead's first body is: the rest of its name, a line describing it, a
service of the State under its bloc marque, or the body's address; and a line as the name it prints,
without its edition or its description. The full name an acronym spells out is acronyms.py's,
columns read onto one line header_columns.py's."""

from __future__ import annotations

import re

from pipeline.extractors.contact_words import postal_line
from pipeline.extractors.dates import find_dates
from pipeline.extractors.issuer.acronyms import WORD
from pipeline.extractors.issuer.common import fold, plain, vocabulary
from pipeline.extractors.metadata_common import Line
from pipeline.extractors.metadata_common import vocabulary as metadata_vocabulary

LINKS = ("de", "du", "des", "d'", "d’")


EDITION = re.compile(r"\s+[-–—]\s+\d{1,3}(?:e|ème|eme|re|ère)\s+[ée]dition\b.*$", re.I)
"""'FESTIVAL X – 12e ÉDITION': the edition after an event's name."""


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
