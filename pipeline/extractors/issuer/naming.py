"""How the issuer is named: a common noun or legal form dropped before its name, the release's own
spelling of a logo's name, the full name a logo or an address line prints for a short name or an
acronym, the header's form of a body another source names. Kept apart from choice.py, which
chooses the body, and __init__.py, which gathers the evidence."""

from __future__ import annotations

import re
from dataclasses import astuple
from functools import cache

from pipeline.extractors.issuer.acronyms import ACRONYM_DASH_NAME, abbreviates, spells_out
from pipeline.extractors.issuer.common import Candidate, compact, plain, vocabulary
from pipeline.extractors.issuer.endmatter import vocabulary as closing_vocabulary
from pipeline.extractors.issuer.logo import spelled_in


def as_named(candidate: Candidate) -> Candidate:
    """'l'association Sons du Lac', 'le groupe Mobilis', 'Hydralis SAS' -> 'Sons du Lac', 'Mobilis',
    'Hydralis': a common noun in lower case or a legal form that says what kind of body a proper
    name is, not part of the name (dropped like the article; 'Groupe Lavandier' in capitals is the
    name). A letterhead keeps its legal form: it prints the name the body gives itself ('STADE X –
    SASP')."""
    legal = closing_vocabulary()["legal_form"].search(candidate.name)  # 'Hydralis SAS' -> 'Hydralis'
    if legal and legal.start() > 0 and candidate.source != "letterhead":
        end = (
            candidate.end - (len(candidate.name) - legal.start())
            if candidate.image is None
            else candidate.end
        )
        candidate = Candidate(candidate.name[: legal.start()], candidate.start, end, *astuple(candidate)[3:])
    candidate = _spelled_after_acronym(candidate)
    head = re.match(r"(?:l['’]\s*|le\s+|la\s+)?(?P<head>[a-zà-ÿ-]+)\s+(?=[A-ZÀ-ÖØ-ÞŒ0-9])", candidate.name)
    if not head or plain(head["head"]) not in vocabulary()["descriptor_heads"]:
        return candidate
    return Candidate(candidate.name[head.end() :], candidate.start + head.end(), *astuple(candidate)[2:])


def _spelled_after_acronym(candidate: Candidate) -> Candidate:
    """'AUPG – Association des usagers de la ligne X' (an e-mail's signature, a contact line): the
    full name the acronym before the dash stands for, as a letterhead's gives it (docs/annotation.md)."""
    found = ACRONYM_DASH_NAME.fullmatch(candidate.name)
    if not found or candidate.image is not None or not found.group(1).isupper():
        return candidate
    acronym, name = found.group(1), found["name"].rstrip()
    if not (spells_out(acronym, name) or abbreviates(acronym, name)):
        return candidate
    start = candidate.start + found.start("name")
    return Candidate(name, start, start + len(name), candidate.source)


def as_printed(logo: Candidate, in_text: list[Candidate], text: str) -> Candidate:
    """A body named in a logo and by a text source, as it is ('LA NOIRE GALERIE', 'La Noire
    Galerie') or by a short form ('Association pour l'animation mathématique', 'Animath'): the
    release's own spelling, with its span (the other extractors read the issuer's span). An acronym
    ('ARS Grand Est') gives way to the name the logo spells out. A name no source proposes is
    spelled as the text prints it, when it does (OCR misreads a glyph: letterhead.spelled_in)."""
    paired = bool(logo.image and logo.image.get("short"))  # 'Ifremer – Institut français …': the full name
    for candidate in in_text:
        short = compact(candidate.name)
        acronym = re.match(r"[A-ZÀ-ÖØ-ÞŒ]{2,}\b", candidate.name) or paired
        one_word = " " not in candidate.name.strip()  # 'Animath'; not a unit the logo's words include
        if short == compact(logo.name) or (
            not acronym and one_word and short_form_of(short, plain(logo.name).split())
        ):
            # 'ministère de la Justice' in a sentence, 'Ministère de la Justice' on its logo: the name
            sentence_case = (
                short == compact(logo.name) and candidate.name[:1].islower() and logo.name[:1].isupper()
            )
            name = logo.name if sentence_case else candidate.name
            return Candidate(name, candidate.start, candidate.end, "letterhead_image")
    found = spelled_in(text, logo)
    if logo.image and logo.image.get("image") and plain(found.name) != plain(logo.name):
        return logo  # an alt text is typed, not misread: a near spelling is another word
    return found


def full_name(candidate: Candidate, logos: list[Candidate]) -> Candidate:
    """A short name ('Ifremer' in its 'À propos', its press line) whose logo prints it with the full
    name it stands for ('Ifremer – Institut français de recherche pour l'exploitation de la mer'):
    the full name, as a letterhead over the name it abbreviates gives (docs/annotation.md)."""
    key = compact(candidate.name)
    return next(
        (logo for logo in logos if logo.image and compact(logo.image.get("short") or "") == key), candidate
    )


NAME_BEFORE_DETAILS = re.compile(
    r"^[ \t*_]*(?P<name>[A-ZÀ-ÖØ-ÞŒ][^\n–—|:]{5,100}?)[ \t]+[–—|][ \t]", re.MULTILINE
)
"""A line opening on a name before its details ('Office national des forêts – Agence … – 77300 …')."""


def spelled_out_below(text: str, candidate: Candidate) -> Candidate:
    """A letterhead that is an acronym alone ('ONF' over its branch) whose full name the release
    prints opening a line of its own ('Office national des forêts – Agence territoriale X', its
    address line): the full name, as an acronym over the name it abbreviates gives it."""
    if not re.fullmatch(r"[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ&-]{1,9}", candidate.name):
        return candidate
    for line in NAME_BEFORE_DETAILS.finditer(text, candidate.end):
        name = line["name"]
        if spells_out(candidate.name, name):
            return Candidate(name, line.start("name"), line.end("name"), "footer")
    return candidate


def as_in_header(candidate: Candidate, lines) -> Candidate:
    """A body another source names ('Valmedis Santé' in its 'À propos') printed alone on a header
    line ('VALMEDIS SANTÉ' over the genre, a name no letterhead rule took): the header's form and
    span, the issuer being named as its letterhead prints it (docs/annotation.md); so is a logo's
    typed alt text ('![Logo du Sémaphore]' over 'LE SÉMAPHORE'), not a name read by OCR, which
    misreads."""
    key = compact(candidate.name)
    read_by_ocr = candidate.image is not None and not candidate.image.get("image")
    if candidate.source == "letterhead" or read_by_ocr or len(key) < 3:
        return candidate
    for line in lines:
        for segment in HEADER_SEGMENT.split(line.text):  # 'X × Y': two partners' names on one line
            printed = DETAILS_AFTER.split(segment)[0].strip(" \t*_#")  # '**X** — what it makes
            unarticled = re.sub(r"^(?:les|le|la|l['’])\s*", "", printed, flags=re.IGNORECASE)
            if key in (compact(printed), compact(unarticled)) and printed != candidate.name:
                start = line.start + line.text.index(printed)
                return Candidate(printed, start, start + len(printed), "letterhead")
    return candidate


HEADER_SEGMENT = re.compile(r"\s+[×/|·•]\s+")
"""What parts two names printed side by side on a header line (a dash parts a name from what it
is, or a logo's short name from its full name)."""
DETAILS_AFTER = re.compile(r"\s+[–—]\s+")
"""'ATELIER X — Cosmétiques solides, fabriqués à Grasse': the name, then what the body is."""


def short_form_of(short: str, words: list[str]) -> bool:
    """`short` is made of prefixes of two or more of `words`, in order ('animath': ANIMation
    MATHématique; 'ars': Agence Régionale de Santé), and is shorter than the full name."""
    words = [re.sub(r"[^a-z0-9]", "", w.split("'")[-1]) for w in words]
    words = [w for w in words if w]
    if len(short) < 2 or len(short) >= len("".join(words)):
        return False

    @cache
    def match(position: int, index: int, used: int) -> bool:
        if position == len(short):
            return used >= 2
        for next_index in range(index, len(words)):
            word, length = words[next_index], 0
            while length < len(word) and position + length < len(short):
                if word[length] != short[position + length]:
                    break
                length += 1
                if match(position + length, next_index + 1, used + 1):
                    return True
        return False

    return match(0, 0, 0)
