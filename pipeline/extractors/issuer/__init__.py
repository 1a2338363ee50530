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

The stages: this module gathers the evidence source by source (find_issuer, issuer_evidence),
choice.py chooses among the sources' bodies (the order of trust, press agencies, names that are no
body, co-issuers vouched for) and naming.py names the chosen body as the release prints it (in
its header, in full from its logo or address line).
"""

from __future__ import annotations

import re

from pipeline.extractors.contacts import extract_contacts, has_organisation_word
from pipeline.extractors.dates import find_dates
from pipeline.extractors.issuer.choice import choose_issuer
from pipeline.extractors.issuer.closing import about_subjects, press_lines
from pipeline.extractors.issuer.common import Candidate, vocabulary, without_box_drawing
from pipeline.extractors.issuer.footer import footer_bodies
from pipeline.extractors.issuer.letterhead import (
    letterhead_lines,
    names_a_body_under_genre,
    organisers,
    text_letterhead,
)
from pipeline.extractors.issuer.line_kinds import looks_like_issuer, names_a_body_alone
from pipeline.extractors.issuer.logo import image_letterhead, logo_lines
from pipeline.extractors.issuer.mail import domain_names, signatures
from pipeline.extractors.issuer.naming import as_in_header, as_named, as_printed, full_name, spelled_out_below
from pipeline.extractors.issuer.signatures import signatories

__all__ = [
    "letterhead_lines",
    "looks_like_issuer",
    "names_a_body_alone",
    "names_a_body_under_genre",
    "vocabulary",
]


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
    chosen = [as_in_header(full_name(c, evidence["letterhead_image"]), lines[:stop]) for c in chosen]
    if len(chosen) == 1 and chosen[0].source == "letterhead":
        chosen = [spelled_out_below(text, chosen[0])]
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
    evidence = {source: [as_named(c) for c in candidates] for source, candidates in evidence.items()}
    in_text = [c for candidates in evidence.values() for c in candidates]
    evidence["letterhead_image"] = [as_printed(c, in_text, text) for c in image_letterhead(images_text)]
    evidence["letterhead_image"] += logo_lines(lines[:stop])
    return evidence


def _header_end(text: str) -> int:
    """Where the header ends: the first paragraph of running text (a line of 150 characters or more,
    or three lines of prose), or 1,500 characters."""
    body = re.search(r"^[^\n]{150,}$|^[^\n]{60,}\n[^\n]{60,}\n[^\n]{60,}$", text[:1500], re.MULTILINE)
    return body.start() if body else min(len(text), 1500)


JOINT_GENRE = re.compile(r"\b(?:conjoint|commun)e?s?\b", re.IGNORECASE)
"""A release that says it is joint: the services under a bloc marque issue it with the body above."""


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
