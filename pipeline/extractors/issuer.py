"""The issuer of a release: every source of evidence proposes bodies, one order chooses.

The sources, in the order they are trusted (docs/issuer.md gives how often each is right on the
tune gold, `python scripts/issuer_evidence.py` measures it again):

1. ``letterhead``: the header lines above the title (and a line under the genre naming a body
   alone) that name a body; a letterhead read twice counts once, wrapped lines continue it, a unit
   under a body ends it, a line opening on another body's head-word is a co-issuer;
2. ``type_line``: the body named after the genre ("Communiqué de presse du ministère ...", "...
   conjoint de la préfecture X et de l'ARS Y" gives two);
3. ``signatories``: the bodies listed under a "Signataires :" heading (issuer_closing.py);
4. ``about``: the subjects of the closing "À propos de X" zones; when several, those the press
   contacts name (in their text or by their e-mail address), so an "À propos de PHP" describing
   the product gives way to the association whose contacts are listed;
   ``letterhead_image``: the bodies named in the images of a PDF's letterhead, read by OCR (a
   logo is one body: its lines are one name); after the sources printed in the text, which spell
   the name as the release itself does ('Animath' in its text, the full name in its logo);
5. ``press_line``: the body on a press-contact heading ("Contact presse X :", "Service presse de
   X", "Relations presse – X"), the body a contact line's communication unit belongs to, and the
   offices of the contact footer (a contact with no person), without their communication unit;
6. ``footer``: a last line naming the body with its address or web site, or "© 2025 X";
7. ``signature``: a closing paragraph that presents a body ("X a pour mission ...", "X est une
   association ...") or signs off ("L'équipe de X") or is signed by its head ("Président de X");
   a presentation in the lede describes the subject of the release, not its author;
8. ``email_domain``: a body named in the text that the domain of a press e-mail spells, whole or
   with a town or suffix added ("presse@acme-robotics.fr" and "Acme Robotics").

The first source that proposes a body gives the issuer (joint issuers joined with " ; "). Two
pieces of evidence only rank within a source: an e-mail domain that spells a candidate, then how
often the text mentions it (the organisation most mentioned). A name that is no body of its own (a
programme, "Plan Vélo 2030", or a press agency, "Rumeur Communication") gives way to a body of the
same source, and a source of nothing else is passed over when a later one names a body; an event
("Concours Alkindi") may issue its own release and stands. The organisation most mentioned is
never an issuer on its own: a release with no letterhead, signature or contact names none
(docs/annotation.md), and the gold keeps it null.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline import resources
from pipeline.extractors.addresses import find_emails
from pipeline.extractors.contacts import (
    extract_contacts,
    has_organisation_word,
    is_organisation,
)
from pipeline.extractors.contacts import vocabulary as contact_vocabulary
from pipeline.extractors.dates import find_dates
from pipeline.extractors.gazetteers import place_names
from pipeline.extractors.issuer_closing import (
    SITE,
    body_beside_unit,
    body_of_unit,
    footer_bodies,
    signatories,
    signed_by_a_head,
    units_of_bodies,
)
from pipeline.extractors.zones import about_zones

SOURCES = (
    "letterhead",
    "type_line",
    "signatories",
    "about",
    "letterhead_image",
    "press_line",
    "footer",
    "signature",
    "email_domain",
)


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
        "programme_heads": {_plain(w) for w in issuer["programme_heads"]},
        "agency_words": {_plain(w) for w in issuer["agency_words"]},
        "sign_off": re.compile(issuer["sign_off_pattern"], re.MULTILINE),
        "generic_mail_hosts": set(issuer["generic_mail_hosts"]),
        "domain_suffixes": set(issuer["domain_suffixes"]),
        "closing_fraction": issuer["closing_fraction"],
        "heads": tuple(_plain(h) for h in (*data["issuer_keywords"], *issuer["letterhead_heads"])),
        "units": tuple(_plain(u) for u in issuer["letterhead_units"]),
    }


def _fold(text: str) -> str:
    return re.sub(r"[\s.:!]+", " ", text.lower()).strip()


def _plain(text: str) -> str:
    """Lower case without accents or apostrophe variants, for comparing names."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _plain(text))


def find_issuer(
    text: str, lines, stop: int, of_type: tuple[int, int] | None, images_text: list[dict] = ()
) -> dict | None:
    """The issuer value, the span of its first piece of evidence (or the image it was read in) and
    the rule (metadata.<source>)."""
    # the contact blocks speak for the issuer; an address met in a sentence may be anyone's
    contacts = [c for c in extract_contacts(text, []) if c["rule"] != "contact.loose"]
    evidence = issuer_evidence(text, lines, stop, of_type, contacts, images_text)
    chosen = choose_issuer(text, evidence, press_emails(contacts))
    if not chosen:
        return None
    first = chosen[0]
    if first.image is not None:
        value = " ; ".join(c.name for c in chosen)
        return {"value": value, "image": first.image, "rule": "metadata.letterhead_image"}
    end = chosen[-1].end if first.source == "letterhead" else first.end  # a letterhead block: all of it
    rule = {"press_line": "contact_office", "signature": "mission"}.get(first.source, first.source)
    return {
        "value": " ; ".join(c.name for c in chosen),
        "start": first.start,
        "end": end,
        "rule": f"metadata.{rule}",
    }


def issuer_evidence(
    text: str,
    lines,
    stop: int,
    of_type: tuple[int, int] | None,
    contacts: list[dict],
    images_text: list[dict] = (),
) -> dict[str, list[Candidate]]:
    """What every source proposes, source by source (empty lists included)."""
    evidence = {
        "letterhead": _letterhead(lines[:stop]),
        "type_line": _type_line(text, of_type) if of_type else [],
        "signatories": [Candidate(*found, "signatories") for found in _astuples(signatories(text))],
        "about": _about(text, contacts),
        "press_line": _press_lines(text, contacts),
        "footer": [Candidate(*found, "footer") for found in _astuples(footer_bodies(text))],
        "signature": _signatures(text),
        "email_domain": _domain_names(text, contacts),
    }
    in_text = [c for candidates in evidence.values() for c in candidates]
    evidence["letterhead_image"] = [_as_printed(c, in_text) for c in _image_letterhead(images_text)]
    return evidence


def _as_printed(logo: Candidate, in_text: list[Candidate]) -> Candidate:
    """A body named in a logo and by a text source, as it is ('LA NOIRE GALERIE', 'La Noire
    Galerie') or by a short form ('Association pour l'animation mathématique', 'Animath'): the
    release's own spelling, with its span (the other extractors read the issuer's span)."""
    for candidate in in_text:
        short = _compact(candidate.name)
        if short == _compact(logo.name) or _short_form_of(short, _plain(logo.name).split()):
            return Candidate(candidate.name, candidate.start, candidate.end, "letterhead_image")
    return logo


def _short_form_of(short: str, words: list[str]) -> bool:
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


JOINT = re.compile(r"\s+et\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*", re.IGNORECASE)


def _type_line(text: str, span: tuple[int, int]) -> list[Candidate]:
    """'… conjoint de la préfecture du Finistère et de l'ARS Bretagne': two bodies when each side
    names one (a head-word or an acronym), else the one body as printed."""
    start, end = span
    value = text[start:end]
    parts, position = [], 0
    for joint in JOINT.finditer(value):
        parts.append((position, joint.start()))
        position = joint.end()
    parts.append((position, len(value)))
    named = all(
        has_organisation_word(value[a:b]) or re.match(r"[A-ZÀ-ÖØ-Þ]{2,8}\b", value[a:b]) for a, b in parts
    )
    if len(parts) == 1 or not named:
        return [Candidate(value, start, end, "type_line")]
    return [Candidate(value[a:b], start + a, start + b, "type_line") for a, b in parts]


def _astuples(found) -> list[tuple[str, int, int]]:
    return [(f.name, f.start, f.end) for f in found]


def press_emails(contacts: list[dict]) -> list[str]:
    return [e for contact in contacts for e in contact["emails"]]


def choose_issuer(text: str, evidence: dict[str, list[Candidate]], emails: list[str]) -> list[Candidate]:
    """The candidates of the first source that names a body, ranked within the source. A name that
    is no body of its own (a programme, a press agency) stands only when no body does:
    dropped beside a body of its source, passed over when a later source names one."""
    found = [(source, evidence[source]) for source in SOURCES if evidence.get(source)]
    for index, (source, candidates) in enumerate(found):
        bodies = [c for c in candidates if not _not_a_body(c.name)]
        later_body = any(not _not_a_body(c.name) for _, later in found[index + 1 :] for c in later)
        if not bodies and later_body:
            continue
        candidates = bodies or candidates
        if source in ("signature", "email_domain"):
            # one body signs: the one a press e-mail spells, else the one the text mentions most
            return [max(candidates, key=lambda c: (_spelled(c.name, emails), _mentions(text, c.name)))]
        return _unique(candidates)
    return []


def _unique(candidates: list[Candidate]) -> list[Candidate]:
    seen, kept = set(), []
    for candidate in candidates:
        if _compact(candidate.name) not in seen:
            seen.add(_compact(candidate.name))
            kept.append(candidate)
    return kept


def _not_a_body(name: str) -> bool:
    """'Plan Vélo 2030', 'Agence Rumeur Communication': a programme (by its head-word) or a press
    agency (by a word of its trade). An event ('Concours Alkindi') may issue its own release."""
    words = re.findall(r"[^\W\d_][\w'’-]*", _plain(name))
    vocab = vocabulary()
    phrase = f" {' '.join(words)} "
    return bool(words) and (
        words[0] in vocab["programme_heads"] or any(f" {w} " in phrase for w in vocab["agency_words"])
    )


def _mentions(text: str, name: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.IGNORECASE))


# --- letterhead -----------------------------------------------------------------------------


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def names_a_body_alone(text: str) -> bool:
    """'Préfecture de la Haute-Garonne' under 'COMMUNIQUÉ DE PRESSE': a short line opening on an
    institution's head-word, with no headline punctuation: a letterhead printed under the genre."""
    words = text.split()
    return (
        0 < len(words) <= 8
        and not re.search(r"[:!?.«»\"]", text)
        and _opens_on_head(text, vocabulary()["keywords"])
    )


def letterhead_lines(lines, stop: int, type_index: int | None) -> list:
    """The header lines a letterhead is read from: those above the title and the type line, and
    the line under the type line when it names a body alone (the title then comes after it)."""
    head = list(lines[:stop])
    below = type_index + 1 if type_index is not None and type_index == stop else None
    if below is not None and below < len(lines) and names_a_body_alone(lines[below].text):
        head.append(lines[below])
    return head


def looks_like_issuer(text: str) -> bool:
    """A line naming a body: an institution head-word, or a lone acronym ('DINUM'). Capitals
    alone are not enough: a headline may be set in capitals too."""
    folded = text.lower()
    if re.fullmatch(r"\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&'’.-]{1,11}\s*", text):
        return True
    return any(folded.startswith(k) or f" {k}" in folded[:40] for k in vocabulary()["keywords"])


def _undoubled(line: str) -> str:
    """'PRÉFECTURE DU GARD PRÉFECTURE DU GARD' (a logo's text over the same words) -> once."""
    words = line.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and _plain(" ".join(words[:half])) == _plain(" ".join(words[half:])):
        return " ".join(words[:half])
    return line.strip()


def _letterhead(lines) -> list[Candidate]:
    """The header block naming bodies. A line opening on a body's head-word ('MINISTÈRE ...' twice,
    'PRÉFÈTE DE LA SOMME' then 'Agence régionale de santé ...'), or a body then an acronym that does
    not abbreviate it ('RÉGION BRETAGNE' / 'ADEME'), starts another body: a joint release. A line
    wrapped from the one above ('de la Gironde', a region's name) continues it; a unit under a body
    ('Direction de la communication', 'Cabinet du préfet') ends the block; an acronym over the name
    it abbreviates gives way to the name."""
    block: list[tuple[object, str]] = []  # (line, how it joins: 'body', 'more', 'wrap')
    for line in lines:
        text = line.text.strip()
        if _fold(text) in vocabulary()["furniture"] or find_dates(text):
            if block:
                break
            continue
        if block and _wraps(text, block[-1][0].text):
            block.append((line, "wrap"))
            continue
        if block and _is_unit(text):
            break  # a service of the body above, not a body of its own
        if block and _is_upper(block[0][0].text) and not _is_upper(text):
            if len(text) < 120 and _opens_on_head(text, vocabulary()["keywords"]):
                block.append((line, "body"))  # a co-issuer printed in lower case ('Agence …')
                continue
            break  # under a letterhead in capitals, a line in lower case is a tagline or a parent body
        if len(text) < 120 and (
            looks_like_issuer(text) or _opens_on_head(text) or (block and _is_upper(text))
        ):
            block.append((line, "body" if not block or _opens_on_head(text) else "more"))
        elif block:
            break
    groups: list[tuple[list, list[str]]] = []  # (lines, printed parts) of each body
    for line, joins in block:
        part = _undoubled(line.text)
        if groups and _plain(part) == _plain(" ".join(groups[-1][1])):
            continue  # the same letterhead read twice
        acronym_over_name = (
            len(groups[-1][1]) == 1 and _abbreviates(groups[-1][1][0], [part]) if groups else False
        )
        if not acronym_over_name and (
            not groups or (joins == "body" and groups[-1][1]) or _other_body_acronym(line.text, groups[-1][1])
        ):
            groups.append(([], []))  # 'FFRP' over 'Fédération française de …' is one body
        groups[-1][0].append(line)
        groups[-1][1].append(part)
    return [
        Candidate(" ".join(parts), found[0].start, found[-1].end, "letterhead") for found, parts in groups
    ]


def _image_letterhead(images_text: list[dict]) -> list[Candidate]:
    """One body per letterhead image whose lines name one: the name starts at the first line that
    looks like an issuer and runs over the lines that continue it (no digits, addresses or
    sentences: a tagline or the body's address ends it); the motto and 'République française'
    are furniture."""
    by_image: dict[tuple, list[dict]] = {}
    for line in images_text:
        by_image.setdefault((line["page"], tuple(line["bbox"])), []).append(line)
    candidates = []
    for image_lines in by_image.values():
        read = [line["text"] for line in image_lines if _ocr_clean(line["text"])]
        read = [line for line in read if not _is_furniture(_ocr_clean(line))]
        start = next((n for n, line in enumerate(read) if _names_institution(line)), None)
        if start is None:
            continue
        name = [_ocr_clean(read[start])]
        for following in read[start + 1 :]:
            if not _continues_logo(following.strip()) or len(" ".join(name + [following])) > 90:
                break
            name.append(_ocr_clean(following))
        image = {**image_lines[0], "text": " ".join(name)}
        candidates.append(Candidate(" ".join(name), 0, 0, "letterhead_image", image))
    return candidates


def _is_furniture(line: str) -> bool:
    """The state's motto and name around its logos, however OCR accents them."""
    furniture = _plain_vocabulary("furniture")
    return _plain(_fold(line)) in furniture or all(_plain(w) in furniture for w in line.split())


def _names_institution(line: str) -> bool:
    """A logo line with an institution's head-word; a lone word in capitals is not enough in an
    image (drawings are read as such words)."""
    folded = _plain(line)
    return any(folded.startswith(k) or f" {k}" in folded[:40] for k in _plain_vocabulary("keywords"))


@cache
def _plain_vocabulary(name: str) -> tuple[str, ...]:
    """A word list of the vocabulary without accents, folded once (OCR drops accents)."""
    return tuple(_plain(word) for word in vocabulary()[name])


def _ocr_clean(text: str) -> str:
    """A line as read in a logo, without the stray marks a drawing leaves at its ends."""
    return re.sub(r"^[^\w«]+|[^\w»)]+$", "", text).strip()


def _continues_logo(line: str) -> bool:
    """A logo line that goes on with the name above it: no digit, address or sentence mark, and
    in capitals, or capitalised, or opening on a linking word ('d’art contemporain')."""
    if re.search(r"[\d@?!:;.]|www", line, re.IGNORECASE) or len(line.split()) > 6:
        return False
    first = line.split()[0]
    return _is_upper(line) or first[0].isupper() or _plain(first).split("'")[0] in LINKING_WORDS


LINKING_WORDS = {"de", "d", "du", "des", "et", "pour", "la", "le", "les", "l", "en", "sur"}


def _opens_on_head(text: str, heads: tuple[str, ...] | None = None) -> bool:
    """A line opening on a body's head-word ('Agence …', 'CHU de Bordeaux', 'Festival …'), a
    unit's aside, and a headline ('SALON DE L'AGRICULTURE : 50 M€ POUR …', a sentence) too."""
    folded = _plain(text.strip())
    if _is_unit(text) or re.search(r"[:!?«»]|\.$", text) or len(text.split()) > 10:
        return False
    heads = tuple(_plain(h) for h in heads) if heads else vocabulary()["heads"]
    if any(re.match(rf"{re.escape(h)}(?![\w'’-])", folded) for h in heads):
        return True
    return bool(re.fullmatch(r"[A-Z][A-Z-]{1,7}\s+(?:de|du|des|d['’])\s*[^\W\d][\w'’ -]{1,40}", text.strip()))


def _is_unit(text: str) -> bool:
    """'Direction de la communication', 'Cabinet du préfet', 'SERVICE PRESSE': a unit's line."""
    folded = _plain(text.strip())
    return any(re.match(rf"{re.escape(u)}(?![\w'’-])", folded) for u in vocabulary()["units"])


def _wraps(text: str, above: str) -> bool:
    """A letterhead wrapped over lines: the line opens on a lower-case linking word ('de la
    Gironde', 'et de la Cohésion') or is a place name under a name in lower case ('Agence régionale
    de santé' / 'Auvergne-Rhône-Alpes', 'ARS' / 'Occitanie')."""
    if re.match(r"(?:de|du|des|d['’]|et|en|pour|chargée?s?|auprès)\b", text):
        return True
    lone_acronym = re.fullmatch(r"[A-ZÀ-ÖØ-Þ]{2,8}", above.strip())
    return bool(lone_acronym or not _is_upper(above)) and _is_place(text)


@lru_cache(maxsize=1)
def _plain_places() -> frozenset[str]:
    return frozenset(_plain(p) for p in place_names())


def _is_place(text: str) -> bool:
    return _plain(text.strip()) in _plain_places()


def _abbreviates(acronym: str, parts: list[str]) -> bool:
    """'FFRP' abbreviates 'Fédération française de randonnée pédestre': its letters, in order,
    begin words of the name, the first letter the first word."""
    letters = acronym.strip().replace(".", "")
    if not re.fullmatch(r"[A-ZÀ-ÖØ-Þ]{2,8}", letters) or not parts:
        return False
    initials = [w[0].upper() for w in re.findall(r"[^\W\d_][\w-]*", _plain(" ".join(parts)))]
    if not initials or initials[0] != _plain(letters[0]).upper():
        return False
    remaining = iter(initials[1:])
    return (
        all(_plain(letter).upper() in remaining for letter in letters[1:])
        and len(initials) > len(letters) - 1
    )


def _other_body_acronym(line: str, previous: list[str]) -> bool:
    """A letterhead line that is a lone acronym, not the initials of the lines above it nor a
    place ('PRÉFÈTE' / 'DE LA RÉGION' / 'BRETAGNE')."""
    acronym = line.strip()
    if not re.fullmatch(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&.]{1,11}", acronym) or not previous or _is_place(acronym):
        return False
    initials = iter(w[0].upper() for w in re.findall(r"[^\W\d_][\w-]*", " ".join(previous)))
    return not all(letter in initials for letter in acronym.replace(".", "").replace("&", ""))


# --- about zones ----------------------------------------------------------------------------


def _about(text: str, contacts: list[dict]) -> list[Candidate]:
    """Subjects of the about zones; when several, those the press contacts name: a contact names
    the bodies printed in its lines, else the one its e-mail spells; an address or a web site in a
    subject's own section (up to the next "À propos") that spells it names it too."""
    zones, seen = [], set()
    for zone in about_zones(text):
        key = _fold(zone.name)
        if key not in seen and (zone.rule == "zone.about" or is_organisation(zone.name)):
            seen.add(key)
            zones.append(zone)
    subjects = [Candidate(z.name, z.start, z.end, "about") for z in zones]
    if len(subjects) > 1:
        named = set()
        for contact in contacts:
            printed = _plain(re.sub(r"\S+@\S+", " ", text[contact["start"] : contact["end"]]))
            found = {
                s.name for s in subjects if re.search(rf"(?<!\w){re.escape(_plain(s.name))}(?!\w)", printed)
            }
            named |= found or {s.name for s in subjects if _spelled(s.name, contact["emails"])}
        for zone, following in zip(zones, [*zones[1:], None], strict=True):
            section = text[zone.end : following.start if following else len(text)]
            if _spelled(zone.name, [e[2] for e in find_emails(section)]):
                named.add(zone.name)
            elif named and _spelled(
                zone.name, [f"site@{_domain(m.group())}" for m in SITE.finditer(section)]
            ):
                named.add(zone.name)  # beside a subject the contacts name, one that gives its web site
        subjects = [s for s in subjects if s.name in named] or subjects
    return subjects


def _domain(url: str) -> str:
    """'https://www.numeum.fr/agenda' -> 'numeum.fr'."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0].rstrip(".,;)")


# --- press lines ----------------------------------------------------------------------------

SEPARATOR = re.compile(r"\s*(?:[:–—|]|\s-\s|,)")
OF = re.compile(r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*", re.IGNORECASE)


def _press_lines(text: str, contacts: list[dict]) -> list[Candidate]:
    """Bodies named on press-contact headings, then the offices of the contact footer."""
    found = []
    heading = contact_vocabulary()["heading_prefix_re"]
    for line in re.finditer(r"[^\n]+", text):
        content = line.group()
        start = len(content) - len(content.lstrip(" \t#*>-•"))
        matched = False
        while match := heading.match(content[start:]):  # 'Contact presse : Service presse de X'
            if not match.group().strip():
                break
            matched = True
            start += match.end()
            start += len(content[start:]) - len(content[start:].lstrip(" \t:–—-"))
        if not matched:
            continue
        of = OF.match(content, start)
        start = of.end() if of else start
        end = SEPARATOR.search(content, start)
        name = content[start : end.start() if end else len(content)].strip(" *_")
        if name and _is_body_name(name, find_emails(content)):
            name = body_of_unit(name)
            offset = line.start() + content.index(name, start)
            found.append(Candidate(name, offset, offset + len(name), "press_line"))
    lines = {(m.start(), m.end()) for c in contacts for m in re.finditer(r"[^\n]+", text) if _overlaps(m, c)}
    for line_start, line_end in sorted(lines):  # '… – Service communication de l'Union X – 03 20 …'
        for unit in units_of_bodies(text[:line_end], line_start):
            if all(_compact(unit.name) != _compact(c.name) for c in found):
                found.append(Candidate(unit.name, unit.start, unit.end, "press_line"))
    headings = [_compact(c.name) for c in found]
    for contact in contacts:
        office = contact["organization"]
        # an office that is a heading's body's own service ('Service presse de X') is that body
        if (
            contact["name"] is None
            and office
            and not re.search(r"[<>]", office)  # markup read into a name is no body
            and not any(h in _compact(office) for h in headings)
        ):
            span = next((e for e in contact["evidence"] if e["rule"] == "contact.organization"), contact)
            line_start = text.rfind("\n", 0, span["start"]) + 1
            line = text[line_start : (text.find("\n", span["end"]) + 1 or len(text) + 1) - 1]
            body = body_beside_unit(line, office) or body_of_unit(office)
            start = text.find(body, line_start) if body != office else -1
            if start >= 0:
                found.append(Candidate(body, start, start + len(body), "press_line"))
            else:
                found.append(Candidate(office, span["start"], span["end"], "press_line"))
    return found


def _overlaps(line: re.Match, contact: dict) -> bool:
    return line.start() < contact["end"] and contact["start"] < line.end()


def _is_body_name(name: str, emails) -> bool:
    """A name on a press heading is a body, not a person: an acronym, an institution head-word,
    one capitalised word, or a name the line's e-mail domain spells."""
    if not name[:1].isupper() or len(name) > 90 or re.search(r"\d|@|www\.", name):
        return False
    if has_organisation_word(name) or re.fullmatch(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&'’.-]{1,11}", name):
        return True
    return " " not in name or _spelled(name, [e[2] for e in emails])


# --- signatures -----------------------------------------------------------------------------


def _signatures(text: str) -> list[Candidate]:
    """Closing presentations of a body, sign-off lines and a head signing for the body, in reading
    order."""
    vocab = vocabulary()
    closing = int(len(text) * vocab["closing_fraction"])
    last_paragraph = text.rstrip().rfind("\n\n") + 1
    found = []
    for match in vocab["mission"].finditer(text):
        if (match.start() >= closing or match.start() >= last_paragraph) and _names_a_body(match):
            start, end = _mission_name(match)
            name = text[start:end].strip()
            found.append(Candidate(name, start, start + len(name), "signature"))
    for match in vocab["sign_off"].finditer(text):
        if match.start() >= closing and is_organisation(match["name"].strip()):
            name = match["name"].strip()
            found.append(Candidate(name, match.start("name"), match.start("name") + len(name), "signature"))
    found += [Candidate(f.name, f.start, f.end, "signature") for f in signed_by_a_head(text)]
    return sorted(found, key=lambda c: c.start)


def _names_a_body(match: re.Match) -> bool:
    """'La direction ... a pour mission', 'France Chaleur Urbaine est un service': a named body,
    not 'Ce dispositif a pour objet' or 'Elle est chargée de'."""
    name = match["name"].strip()
    first = name.split()[0]
    if first.lower() in vocabulary()["function_words"] or re.search(r"[.!?;:]\s", name):
        return False
    if match["article"]:
        return first[:1].isupper() or has_organisation_word(first)
    if match["presented"] and " " not in name:  # 'Animath est une association': it says it is a body
        return first[:1].isupper()
    return is_organisation(name)


def _mission_name(match: re.Match) -> tuple[int, int]:
    """The body a mission paragraph describes; its sentence-initial article is dropped unless a
    capitalised proper name follows ('La Noire Galerie' keeps it, 'La direction ...' does not)."""
    first = match["name"].split()[0]
    proper = first[:1].isupper() and not first.isupper() and not has_organisation_word(first)
    if match["article"] and proper:
        return match.start("article"), match.end("name")
    return match.start("name"), match.end("name")


# --- e-mail domains -------------------------------------------------------------------------


def _mail_labels(email: str) -> list[str]:
    """The part of an address that names its owner: the domain label before its suffix
    ('acme-robotics' in presse@acme-robotics.fr, 'ars' in x@ars.sante.fr), or the mailbox on a
    generic host ('savoirscom1' in savoirscom1@gmail.com)."""
    vocab = vocabulary()
    local, _, domain = email.lower().partition("@")
    if domain in vocab["generic_mail_hosts"]:
        return [local]
    labels = domain.split(".")
    suffix = 2 if ".".join(labels[-2:]) in vocab["domain_suffixes"] else 1
    return [labels[-suffix - 1]] if len(labels) > suffix else []


def _spelled(name: str, emails) -> bool:
    """An address spells the body: its whole name ('acmerobotics') or its initials ('ars')."""
    key = _compact(name)
    initials = "".join(w[0] for w in re.findall(r"[a-z0-9]+", _plain(name)) if len(w) > 3 or w.isupper())
    acronym = "".join(re.findall(r"[A-ZÀ-ÖØ-Þ]", name)) if name.isupper() else ""
    for email in emails:
        for label in _mail_labels(email):
            label = _compact(label)
            if len(label) >= 3 and label in {key, _compact(acronym), initials}:
                return True
    return False


def _domain_names(text: str, contacts: list[dict]) -> list[Candidate]:
    """Bodies named in the text that a press e-mail domain spells: 'Acme Robotics' for
    presse@acme-robotics.fr, 'ADEME' for x@ademe.fr. Not a State domain (x@gard.gouv.fr names a
    territory, not the body as printed), not a personal one (arnaud@limbourg.com), and a name as
    a body stands: capitalised, not opening a sentence, not the complement of a preposition
    ('la préfecture du Rhône')."""
    owners = {}
    for contact in contacts:
        for email in contact["emails"]:
            local, _, domain = email.lower().partition("@")
            person = _compact(f"{contact['name'] or ''} {local}")
            for label in _mail_labels(email):
                generic = domain in vocabulary()["generic_mail_hosts"]
                if generic or not (domain.endswith("gouv.fr") or _compact(label) in person):
                    owners.setdefault(label, email)
    labels = {_compact(label): label for label in owners if len(_compact(label)) >= 3 and not label.isdigit()}
    best: dict[str, tuple[int, Candidate]] = {}
    for phrase in PHRASE.finditer(text):
        for start, end in _subspans(phrase):
            key = _compact(text[start:end])
            for label in labels:
                fit = 2 if key == label else 1 if _part_of(key, label) else 0
                # a name of several words that the domain spells whole may open a sentence
                several = fit == 2 and " " in text[start:end]
                if fit > best.get(label, (0,))[0] and _standing(text, start, several):
                    best[label] = (fit, Candidate(text[start:end], start, end, "email_domain"))
    return sorted((found for _, found in best.values()), key=lambda c: c.start)


PHRASE = re.compile(
    r"(?<![\w@./-])[A-ZÀ-ÖØ-Þ][\w'’&-]*"
    r"(?:[ \t]+(?:(?:de|du|des|en|et|la|le|les|sur|d['’]|l['’])[ \t]*)?[A-ZÀ-ÖØ-Þ0-9][\w'’&-]*)*"
)
"""A run of capitalised words, with the small words names keep inside them ('Jazz en Loire')."""


def _subspans(phrase: re.Match) -> list[tuple[int, int]]:
    """Every run of whole words inside a capitalised phrase that opens on a capital."""
    words = [
        (phrase.start() + m.start(), phrase.start() + m.end()) for m in re.finditer(r"[^\s]+", phrase.group())
    ]
    return [
        (words[i][0], words[j][1])
        for i in range(len(words))
        for j in range(i, len(words))
        if words[i][0] < len(phrase.string) and phrase.string[words[i][0]].isupper()
    ]


def _part_of(key: str, label: str) -> bool:
    """A domain that adds a place or a suffix to the name ('lafabrique-tours' for La Fabrique)."""
    return len(key) >= 5 and 2 * len(key) >= len(label) and (label.startswith(key) or label.endswith(key))


def _standing(text: str, start: int, may_open: bool = False) -> bool:
    """A name standing as a body: not opening a sentence ('Santé' may be a common noun there),
    not the complement of a preposition."""
    return (may_open or not _opens_sentence(text, start)) and not _complement(text, start)


def _complement(text: str, start: int) -> bool:
    """'à Rennes', 'la préfecture du Rhône': a place, or the complement of a body's head-word."""
    before = re.findall(r"[\w'’-]+", text[max(0, start - 40) : start].lower())
    last = before[-1].rstrip("'’") if before else ""
    if last in {"en", "à", "au", "aux", "sur", "dans"}:
        return True
    return last in {"de", "du", "des", "d", "la"} and has_organisation_word(" ".join(before[-4:-1]))


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in '.!?\n«“"('
