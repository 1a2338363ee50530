"""The issuer of a release: every source of evidence proposes bodies, one order chooses.

The sources, in the order they are trusted (docs/issuer.md gives how often each is right on the
tune gold, `python scripts/issuer_evidence.py` measures it again):

1. ``letterhead``: the header lines above the title (and a line under the genre naming a body
   alone) that name a body; a letterhead read twice counts once, wrapped lines continue it, a unit
   under a body ends it, a line opening on another body's head-word is a co-issuer;
2. ``type_line``: the body named after the genre ("Communiqué de presse du ministère ...", "...
   conjoint de la préfecture X et de l'ARS Y" gives two);
3. ``signatories``: the bodies listed under a "Signataires :" heading (endmatter.py);
4. ``about``: the subjects of the closing "À propos de X" zones; when several, those the press
   contacts name (in their text or by their e-mail address), so an "À propos de PHP" describing
   the product gives way to the association whose contacts are listed;
   ``organiser``: a header line under an event's name saying who organises it ("organisées par
   l'Association X (AX)");
   ``letterhead_image``: the bodies named in the images of a PDF's letterhead, read by OCR (a
   logo is one body: its lines are one name), or by a markdown logo's alt text ('![Logo X](…)')
   over the release; after the sources printed in the text, which spell the name as the release
   itself does ('Animath' in its text, the full name in its logo);
5. ``press_line``: the body on a press-contact heading ("Contact presse X :", "Service presse de
   X", "Relations presse – X"), the body a contact line's communication unit belongs to, and the
   offices of the contact footer (a contact with no person), without their communication unit;
6. ``sign_off``: a closing line the body signs with ("L'équipe de X", "Le bureau du X", the first
   line under an e-mail's "--"), before a site's footer, which every page of the site prints;
   ``footer``: a last line naming the body with its address or web site, or "© 2025 X";
7. ``signature``: a closing paragraph that presents a body ("X a pour mission ...", "X est une
   association ...") or is signed by its head ("Président de X");
   a presentation in the lede describes the subject of the release, not its author;
8. ``email_domain``: a body named in the text that the domain of a press e-mail spells, whole or
   with a town or suffix added ("presse@acme-robotics.fr" and "Acme Robotics").

The first source that proposes a body gives the issuer (joint issuers joined with " ; "). Two
pieces of evidence only rank within a source: an e-mail domain that spells a candidate, then how
often the text mentions it (the organisation most mentioned). A press agency ("Rumeur
Communication", "Agence Krog", "agence L'Œil Public") speaks for its client and is never the
issuer, even when nothing else names one. A name that is no body of its own (a programme, "Plan
Vélo 2030") gives way to a body of the same source, and a source of nothing else is passed over
when a later one names a body; an event ("Concours Alkindi") may issue its own release and stands. The
organisation most mentioned is never an issuer on its own: a release with no letterhead, signature
or contact names none (docs/annotation.md), and the gold keeps it null.
"""

from __future__ import annotations

import re
from dataclasses import astuple
from functools import cache

from pipeline.extractors.contacts import extract_contacts, has_organisation_word
from pipeline.extractors.dates import find_dates
from pipeline.extractors.issuer.agreement import parted_by_others, unless_a_lone_word
from pipeline.extractors.issuer.closing import about_subjects, press_lines
from pipeline.extractors.issuer.common import (
    MOTTO,
    Candidate,
    compact,
    mentions,
    plain,
    vocabulary,
    without_box_drawing,
)
from pipeline.extractors.issuer.endmatter import footer_bodies, is_bare_unit, signatories
from pipeline.extractors.issuer.endmatter import vocabulary as closing_vocabulary
from pipeline.extractors.issuer.header_lines import spells_out
from pipeline.extractors.issuer.letterhead import (
    letterhead_lines,
    names_a_body_under_genre,
    organisers,
    text_letterhead,
)
from pipeline.extractors.issuer.line_kinds import is_place, looks_like_issuer, names_a_body_alone
from pipeline.extractors.issuer.logo import image_letterhead, logo_lines, spelled_in
from pipeline.extractors.issuer.mail import domain_names, signatures, spelled

__all__ = [
    "letterhead_lines",
    "looks_like_issuer",
    "names_a_body_alone",
    "names_a_body_under_genre",
    "vocabulary",
]

SOURCES = (
    "letterhead",
    "type_line",
    "signatories",
    "about",
    "organiser",
    "letterhead_image",
    "press_line",
    "sign_off",
    "footer",
    "signature",
    "email_domain",
)


def find_issuer(
    text: str,
    lines,
    stop: int,
    of_type: tuple[int, int] | None,
    images_text: list[dict] = (),
    genre: str = "",
    column_gaps: frozenset[int] = frozenset(),
) -> dict | None:
    """The issuer value, the span of its first piece of evidence (or the image it was read in) and
    the rule (metadata.<source>); `genre` is the type line ('Communiqué de presse conjoint');
    `column_gaps` the offsets of spaces standing for a wide blank in the source (two columns)."""
    text = without_box_drawing(text)  # '│ Contact presse – X │': a drawn contact box's lines
    # the contact blocks speak for the issuer; an address met in a sentence may be anyone's
    contacts = [c for c in extract_contacts(text, []) if c["rule"] != "contact.loose"]
    joint = any(JOINT_GENRE.search(part) for part in (genre, *(line.text for line in lines[:stop])))
    evidence = issuer_evidence(text, lines, stop, of_type, contacts, images_text, joint, column_gaps)
    # a logo's name typed in its alt text (a markdown image, '[Logo X]' kept in a text copy)
    typed_logo = any(line.get("image") for line in images_text) or bool(logo_lines(lines[:stop]))
    chosen = choose_issuer(text, evidence, press_emails(contacts), joint, typed_logo)
    chosen = [_as_in_header(_full_name(c, evidence["letterhead_image"]), lines[:stop]) for c in chosen]
    if len(chosen) == 1 and chosen[0].source == "letterhead":
        chosen = [_spelled_out_below(text, chosen[0])]
    if not chosen:
        return None
    first = chosen[0]
    if first.image is not None:
        value = " ; ".join(c.name for c in chosen)
        return {"value": value, "image": first.image, "rule": "metadata.letterhead_image"}
    end = chosen[-1].end if first.source == "letterhead" else first.end  # a letterhead block: all of it
    if "\n" not in text[first.start : end] or "\n\n" in text[first.start : end]:
        end = first.end  # side by side on one line, or apart ('en partenariat avec'): the first's name
    rule = {"press_line": "contact_office", "signature": "mission", "sign_off": "mission"}.get(
        first.source, first.source
    )
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
    joint: bool = False,
    column_gaps: frozenset[int] = frozenset(),
) -> dict[str, list[Candidate]]:
    """What every source proposes, source by source (empty lists included)."""
    closing_signatures = signatures(text)
    evidence = {
        "letterhead": text_letterhead(lines[:stop], joint, column_gaps),
        "type_line": _type_line(text, of_type) if of_type else [],
        "signatories": [Candidate(*found, "signatories") for found in _astuples(signatories(text))],
        "about": about_subjects(text, contacts),
        "organiser": organisers(text, _header_end(text)),
        "press_line": press_lines(text, contacts),
        "footer": [Candidate(*found, "footer") for found in _astuples(footer_bodies(text))],
        "sign_off": [c for c in closing_signatures if c.source == "sign_off"],
        "signature": [c for c in closing_signatures if c.source == "signature"],
        "email_domain": domain_names(text, contacts),
    }
    evidence = {source: [_as_named(c) for c in candidates] for source, candidates in evidence.items()}
    in_text = [c for candidates in evidence.values() for c in candidates]
    evidence["letterhead_image"] = [_as_printed(c, in_text, text) for c in image_letterhead(images_text)]
    evidence["letterhead_image"] += logo_lines(lines[:stop])
    return evidence


def _header_end(text: str) -> int:
    """Where the header ends: the first paragraph of running text (a line of 150 characters or more,
    or three lines of prose), or 1,500 characters."""
    body = re.search(r"^[^\n]{150,}$|^[^\n]{60,}\n[^\n]{60,}\n[^\n]{60,}$", text[:1500], re.MULTILINE)
    return body.start() if body else min(len(text), 1500)


JOINT_GENRE = re.compile(r"\b(?:conjoint|commun)e?s?\b", re.IGNORECASE)
"""A release that says it is joint: the services under a bloc marque issue it with the body above."""


def _as_named(candidate: Candidate) -> Candidate:
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
    head = re.match(r"(?:l['’]\s*|le\s+|la\s+)?(?P<head>[a-zà-ÿ-]+)\s+(?=[A-ZÀ-ÖØ-ÞŒ0-9])", candidate.name)
    if not head or plain(head["head"]) not in vocabulary()["descriptor_heads"]:
        return candidate
    return Candidate(candidate.name[head.end() :], candidate.start + head.end(), *astuple(candidate)[2:])


def _as_printed(logo: Candidate, in_text: list[Candidate], text: str) -> Candidate:
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
            not acronym and one_word and _short_form_of(short, plain(logo.name).split())
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


def _full_name(candidate: Candidate, logos: list[Candidate]) -> Candidate:
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


def _spelled_out_below(text: str, candidate: Candidate) -> Candidate:
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


def _as_in_header(candidate: Candidate, lines) -> Candidate:
    """A body another source names ('Valmedis Santé' in its 'À propos') printed alone on a header
    line ('VALMEDIS SANTÉ' over the genre, a name no letterhead rule took): the header's form and
    span, the issuer being named as its letterhead prints it (docs/annotation.md)."""
    key = compact(candidate.name)
    if candidate.source == "letterhead" or candidate.image is not None or len(key) < 3:
        return candidate
    for line in lines:
        for segment in HEADER_SEGMENT.split(line.text):  # 'X × Y': two partners' names on one line
            printed = segment.strip(" \t*_#")
            unarticled = re.sub(r"^(?:les|le|la|l['’])\s*", "", printed, flags=re.IGNORECASE)
            if key in (compact(printed), compact(unarticled)) and printed != candidate.name:
                start = line.start + line.text.index(printed)
                return Candidate(printed, start, start + len(printed), "letterhead")
    return candidate


HEADER_SEGMENT = re.compile(r"\s+[×/|·•]\s+")
"""What parts two names printed side by side on a header line (a dash parts a name from what it
is, or a logo's short name from its full name)."""


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
    dateline = next((d for d in find_dates(value) if d["granularity"] in ("day", "month")), None)
    if dateline and dateline["start"] > 0:  # 'communiqué - Vercors Running Club - le 3/9/25'
        value = re.sub(r"[\s,–—-]*(?:\ble\s*)?$", "", value[: dateline["start"]])
        end = start + len(value)
    parts, position = [], 0
    for joint in JOINT.finditer(value):
        parts.append((position, joint.start()))
        position = joint.end()
    parts.append((position, len(value)))
    named = all(
        has_organisation_word(value[a:b]) or re.match(r"[A-ZÀ-ÖØ-ÞŒ]{2,8}\b", value[a:b]) for a, b in parts
    )
    if len(parts) == 1 or not named:
        return [Candidate(value, start, end, "type_line")]
    return [Candidate(value[a:b], start + a, start + b, "type_line") for a, b in parts]


def _astuples(found) -> list[tuple[str, int, int]]:
    return [(f.name, f.start, f.end) for f in found]


def press_emails(contacts: list[dict]) -> list[str]:
    return [e for contact in contacts for e in contact["emails"]]


def choose_issuer(
    text: str,
    evidence: dict[str, list[Candidate]],
    emails: list[str],
    joint: bool = False,
    typed_logo: bool = False,
) -> list[Candidate]:
    """The candidates of the first source that names a body, ranked within the source. A name that
    is no body of its own (a programme, a press agency) stands only when no body does:
    dropped beside a body of its source, passed over when a later source names one. Bodies on
    lines of their own in a letterhead are co-issuers only when the release says it is joint or
    the rest of the text vouches for each (_vouched). A logo whose name is typed (`typed_logo`: a
    markdown logo's alt text) comes before the 'À propos' (_order)."""
    evidence = {**evidence, "letterhead": _territory_named(evidence)}
    evidence["letterhead"] = [part for c in evidence["letterhead"] for part in parted_by_others(c, evidence)]
    evidence["letterhead"] = unless_a_lone_word(text, evidence)
    found = [(source, evidence[source]) for source in _order(typed_logo) if evidence.get(source)]
    # a press agency's own name elsewhere ('Tintamarre' its e-mail spells) is the agency too
    agencies = {compact(name) for _, listed in found for c in listed if (name := _agency_name(c))}
    agencies |= {compact(c.name) for _, listed in found for c in listed if _agency_by_word(text, c)}

    def is_agency(candidate: Candidate) -> bool:
        return _named_agency(candidate) or compact(candidate.name) in agencies or _trade_words(candidate)

    # a press agency speaks for its client: never the issuer, even when nothing else names one
    found = [(source, kept) for source, listed in found if (kept := [c for c in listed if not is_agency(c)])]

    def not_a_body(candidate: Candidate) -> bool:
        return _not_a_body(candidate)

    for index, (source, candidates) in enumerate(found):
        bodies = [c for c in candidates if not not_a_body(c)]
        later_body = any(not not_a_body(c) for _, later in found[index + 1 :] for c in later)
        if not bodies and later_body:
            continue
        candidates = bodies or candidates
        if source == "letterhead" and len(candidates) > 1 and not joint:
            candidates = _vouched(text, candidates, evidence)
        if source in ("sign_off", "signature", "email_domain"):
            # one body signs: the one a press e-mail spells, else the one the text mentions most
            return [max(candidates, key=lambda c: (spelled(c.name, emails), mentions(text, c.name)))]
        return _unique(candidates)
    return []


def _order(typed_logo: bool) -> tuple[str, ...]:
    """The sources in the order they are trusted. A logo whose name is typed (a markdown logo's alt
    text or a '[Logo X]' line, not read by OCR, which misreads) is the letterhead as the release
    shows it, and comes before its 'À propos' ('![Fondation X – Recherche …]' over 'À propos de la
    Fondation Y-X': the logo's name, docs/annotation.md)."""
    if not typed_logo:
        return SOURCES
    rest = tuple(s for s in SOURCES if s != "letterhead_image")
    at = rest.index("about")
    return (*rest[:at], "letterhead_image", *rest[at:])


def _territory_named(evidence: dict[str, list[Candidate]]) -> list[Candidate]:
    """A letterhead that is a place alone ('NORMANDIE' under a logo the text layer lost) names no
    body: it gives way to the body of that territory another source names ('France Travail
    Normandie' on the press line), else it is left out."""
    letterhead = evidence.get("letterhead", [])
    if not letterhead or not all(is_place(c.name) for c in letterhead):
        return letterhead
    place = plain(letterhead[0].name)
    others = [c for source in SOURCES if source != "letterhead" for c in evidence.get(source, [])]
    return [c for c in others if plain(c.name).endswith(f" {place}")][:1]


def _vouched(text: str, candidates: list[Candidate], evidence: dict[str, list[Candidate]]) -> list[Candidate]:
    """'Cour d'appel de Bordeaux' / 'Tribunal judiciaire de Périgueux': a body printed over the
    issuer on a line of its own (a parent, a unit) is no co-issuer unless the text names it again
    (beyond the letterhead, or by another source). Bodies side by side on one line ('X / Y'), a
    body under the préfet or the State's motto (an ARS), a partner's acronym ('CNES'), an acronym
    over its name and peers of one kind (two ministries) stand. When none is vouched for, the
    first line's body is the issuer."""
    others = [compact(c.name) for source, found in evidence.items() if source != "letterhead" for c in found]

    def vouched(candidate: Candidate) -> bool:
        key = compact(candidate.name)
        named = any(key and (key in other or other in key) for other in others if len(other) >= 3)
        return named or mentions(text, candidate.name) >= 2

    between = [text[a.end : b.start] for a, b in zip(candidates, candidates[1:], strict=False)]
    under_the_prefect = plain(candidates[0].name).startswith(("prefet", "prefecture"))
    logo = any(re.fullmatch(r"[A-ZÀ-ÖØ-ÞŒ&.-]{2,12}(?:\s+\S+)?", c.name) for c in candidates[1:])
    if (
        under_the_prefect
        or logo
        or all("\n" not in gap or set(plain(gap).split()) >= MOTTO for gap in between)
    ):
        return candidates  # side by side, or an agency under the préfet (docs/annotation.md)
    acronyms = [(a, re.split(r"[\s-]", a.name)[0]) for a in candidates]
    if any(
        word.isupper() and _short_form_of(compact(word), plain(c.name).split())
        for a, word in acronyms
        for c in candidates
        if c is not a and not c.name.isupper()
    ):
        return candidates  # an acronym over the name it abbreviates ('SNPDEN-UNSA' / 'Syndicat …')
    if len({plain(c.name).split()[0] for c in candidates if c.name.split()}) == 1:
        return candidates  # peers of one kind: 'MINISTÈRE DE …' / 'MINISTÈRE DES …'
    kept = [c for c in candidates if vouched(c)]
    return kept or candidates[:1]


def _unique(candidates: list[Candidate]) -> list[Candidate]:
    seen, kept = set(), []
    for candidate in candidates:
        if compact(candidate.name) not in seen:
            seen.add(compact(candidate.name))
            kept.append(candidate)
    return kept


def _not_a_body(candidate: Candidate) -> bool:
    """'Plan Vélo 2030', 'Service donateurs': a programme (by its head-word, unless a body's head
    opens it: 'Fonds de dotation X') or a unit named by common nouns. An event ('Concours Alkindi')
    may issue its own release."""
    words = re.findall(r"[^\W\d_][\w'’-]*", plain(candidate.name))
    if not words:
        return False
    vocab = vocabulary()
    if words[0] in vocab["programme_heads"] and not " ".join(words).startswith(vocab["heads"]):
        return True  # 'Fonds vert' is a programme, a 'fonds de dotation' a body
    if _communication_unit(words[0]) and any(
        f" {w} " in f" {' '.join(words)} " for w in vocab["agency_words"]
    ):
        return True  # 'Service communication': speaks for a body, stands only when none is named
    return _nameless_unit(candidate)


def _trade_words(candidate: Candidate) -> bool:
    """A press agency by a word of its trade ('Rumeur Communication', 'Krog RP'); a body's own
    unit ('Service communication', 'Cabinet de la préfète …') is none."""
    words = re.findall(r"[^\W\d_][\w'’-]*", plain(candidate.name))
    phrase = f" {' '.join(words)} "
    return (
        bool(words)
        and not _communication_unit(words[0])
        and any(f" {w} " in phrase for w in vocabulary()["agency_words"])
    )


def _communication_unit(word: str) -> bool:
    """'service', 'direction', 'cabinet' …: a body's own unit, by its first word (folded)."""
    return word == "cabinet" or word in _communication_units()


@cache
def _communication_units() -> frozenset[str]:
    return frozenset(plain(w) for w in closing_vocabulary()["communication_units"])


def _agency_by_word(text: str, candidate: Candidate) -> bool:
    """On a press line, a name printed after the common noun 'agence' ('Margaux Fichet, agence
    L'Œil Public'): a press agency, which the contact names by its trade."""
    before = text[max(0, candidate.start - 12) : candidate.start]
    return candidate.source == "press_line" and bool(re.search(r"(?<![\w'’])agence\s+$", before))


def _nameless_unit(candidate: Candidate) -> bool:
    """On a press line, a unit named by common nouns only ('Service de la communication
    interministérielle', 'Service donateurs', 'Secrétariat de l'association', 'Secrétariat'): it
    speaks for a body printed elsewhere and is none of its own ('Service départemental d'incendie
    et de secours du Var', with a scope and a place, is a body)."""
    words = candidate.name.split()
    scope = tuple(a[:-1] for a in vocabulary()["scope_adjectives"])  # 'départemental(e)'
    if candidate.source == "press_line" and len(words) == 1:  # 'Secrétariat :', 'Service :' alone
        return plain(words[0]) == "secretariat" or is_bare_unit(words[0]) and words[0].lower() != "cabinet"
    return (
        candidate.source == "press_line"
        and len(words) > 1
        and (is_bare_unit(candidate.name) or plain(words[0]) == "secretariat")
        and all(w[:1].islower() for w in words[1:])
        and not plain(words[1]).startswith(scope)
    )


def _named_agency(candidate: Candidate) -> bool:
    return _agency_name(candidate) is not None


def _agency_name(candidate: Candidate) -> str | None:
    """On a press heading or spelled by a press e-mail, an 'Agence', a 'Bureau' or a 'Bureau de
    presse' with a name of its own ('Agence Cap Ouest', 'Bureau de presse Alizé', 'Bureau Lumen' for
    alice@bureaulumen.fr): the agency's own name; not a public agency ('Agence régionale de santé
    Corse', 'Bureau national du X') nor a body's own office ('Bureau de presse de la préfecture')."""
    if candidate.source not in ("press_line", "email_domain"):
        return None
    vocab = vocabulary()
    for head in vocab["agency_heads"]:
        found = re.match(rf"{re.escape(head)}\s+(?P<name>[A-ZÀ-ÖØ-ÞŒ].*)", candidate.name, re.IGNORECASE)
        if (
            found
            and found["name"][:1].isupper()
            and plain(found["name"].split()[0]) not in vocab["public_agency_words"]
        ):
            return found["name"]
    return None
