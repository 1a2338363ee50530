"""Evidence read beside the contacts at the end of a release: the subjects of the "À propos"
zones and the bodies on press-contact headings and in the contact footer."""

from __future__ import annotations

import re

from pipeline.extractors.addresses import find_emails
from pipeline.extractors.contact_lines import classify_line
from pipeline.extractors.contact_words import postal_line
from pipeline.extractors.contacts import has_organisation_word, is_organisation
from pipeline.extractors.contacts import vocabulary as contact_vocabulary
from pipeline.extractors.issuer.acronyms import spells_out
from pipeline.extractors.issuer.common import Candidate, compact, fold, plain, vocabulary
from pipeline.extractors.issuer.endmatter import (
    body_beside_unit,
    body_of_unit,
    is_bare_unit,
    units_of_bodies,
)
from pipeline.extractors.issuer.endmatter import vocabulary as closing_vocabulary
from pipeline.extractors.issuer.footer import PRACTICAL, SITE
from pipeline.extractors.issuer.line_kinds import is_place, is_unit
from pipeline.extractors.issuer.mail import mail_labels, spelled
from pipeline.extractors.metadata_common import vocabulary as metadata_vocabulary
from pipeline.extractors.zones import about_zones


def about_subjects(text: str, contacts: list[dict]) -> list[Candidate]:
    """Subjects of the about zones; when several, those the press contacts name: a contact names
    the bodies printed in its lines, else the one its e-mail spells; an address or a web site in a
    subject's own section (up to the next "À propos") that spells it names it too. When no contact
    names one, those the release mentions at least half as often as the most mentioned (a funder's
    or a parent group's boilerplate gives way to the company the release is about)."""
    zones, seen = [], set()
    for zone in about_zones(text):
        key = fold(zone.name)
        if key not in seen and (zone.rule == "zone.about" or is_organisation(zone.name)):
            seen.add(key)
            zones.append(zone)
    subjects = [_named_before_description(Candidate(z.name, z.start, z.end, "about")) for z in zones]
    if len(subjects) > 1:
        named = set()
        for contact in contacts:
            printed = plain(re.sub(r"\S+@\S+", " ", text[contact["start"] : contact["end"]]))
            found = {
                s.name for s in subjects if re.search(rf"(?<!\w){re.escape(plain(s.name))}(?!\w)", printed)
            }
            named |= found or {s.name for s in subjects if spelled(s.name, contact["emails"])}
        for zone, following in zip(zones, [*zones[1:], None], strict=True):
            section = text[zone.end : following.start if following else len(text)]
            if spelled(zone.name, [e[2] for e in find_emails(section)]):
                named.add(zone.name)
            elif named and spelled(zone.name, [f"site@{_domain(m.group())}" for m in SITE.finditer(section)]):
                named.add(zone.name)  # beside a subject the contacts name, one that gives its web site
        if not named:  # no contact names one: those the release itself speaks of, not a partner's
            body = text[: zones[0].start]
            counts = {
                s.name: len(re.findall(rf"(?<!\w){re.escape(s.name)}(?!\w)", body, re.I)) for s in subjects
            }
            top = max(counts.values())
            named = {name for name, count in counts.items() if 2 * count >= top}
        subjects = [s for s in subjects if s.name in named] or subjects
    if len(zones) == 1:
        return [_spelled_out_in_section(subjects[0], text)]
    return subjects


SECTION_NAME = re.compile(
    r"\s*(?:(?:Le|La|Les|L['’])\s*)?(?P<name>[A-ZÀ-ÖØ-ÞŒ][^\n(),.;:]{5,120}?)"
    r"(?:\s*\((?P<short>[^()\n]{2,12})\))?(?=,|\s+(?:est|a|fédère|regroupe|rassemble)\s)"
)
"""The name a section of presentation opens on: 'Mutuelle X, société d'assurance mutuelle …',
'Le Laboratoire … (LEMT) est …' (with its short form)."""


def _spelled_out_in_section(subject: Candidate, text: str) -> Candidate:
    """'À propos de la MMCO' over a section opening on the full name the acronym stands for
    ('Mutuelle Maritime de la Côte d'Opale, société …'): the full name, as an acronym over the name
    it abbreviates gives it (docs/annotation.md). Not when the section pairs the name with the
    acronym ('L'Association … (AFUP) a pour objet …': the tune corpus's gold keeps the acronym), nor
    in a release with several 'À propos' (its joint releases keep the acronyms of theirs)."""
    if not re.fullmatch(r"[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ&-]{1,9}", subject.name):
        return subject
    heading_end = text.find("\n", subject.end)
    found = SECTION_NAME.match(text, heading_end + 1) if heading_end >= 0 else None
    if not found or found["short"]:
        return subject  # 'L'Association … (AFUP) a pour objet': the section gives the short name too
    name = found["name"].strip()
    if not spells_out(subject.name, name):
        return subject
    start = found.start("name")
    return Candidate(name, start, start + len(name), "about")


DASH = re.compile(r"\s+[—–-]\s+")


def _named_before_description(candidate: Candidate) -> Candidate:
    """'À propos de La Cale — Créée en 2021 par …': the subject is the name before a spaced dash
    when what follows describes it (a clause, a figure, a lower-case start); a short capitalised
    part stays (a name's own dash: 'Centre hospitalier X – Côte Sud', 'Assistance Publique –
    Hôpitaux de Paris')."""
    parts = DASH.split(candidate.name, maxsplit=1)
    if len(parts) < 2 or len(parts[0]) < 2:
        return candidate
    rest = parts[1]
    if not (len(rest.split()) >= 5 or re.search(r"\d", rest) or rest[:1].islower()):
        return candidate
    return Candidate(parts[0], candidate.start, candidate.start + len(parts[0]), candidate.source)


def _domain(url: str) -> str:
    """'https://www.numeum.fr/agenda' -> 'numeum.fr'."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0].rstrip(".,;)")


# --- press lines ----------------------------------------------------------------------------

SEPARATOR = re.compile(r"\s*(?:[:–—|·•]|\s-\s|,)")
OF = re.compile(r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*", re.IGNORECASE)


EMPHASIS_MARKS = re.compile(r"\*\*|__")
"""Bold marks a reader left in the text: blanked (same length), so that a heading reads as one."""


def press_lines(text: str, contacts: list[dict]) -> list[Candidate]:
    """Bodies named on press-contact headings, then the offices of the contact footer."""
    found = []
    heading = contact_vocabulary()["heading_prefix_re"]
    for line in re.finditer(r"[^\n]+", text):
        content = EMPHASIS_MARKS.sub(
            lambda marks: " " * len(marks.group()), line.group()
        )  # '**Contact presse** :'
        start = len(content) - len(content.lstrip(" \t#*>-•["))
        matched = False
        while match := heading.match(content[start:]):  # 'Contact presse : Service presse de X'
            if not match.group().strip():
                break
            matched = True
            start += match.end()
            start += len(content[start:]) - len(content[start:].lstrip(" \t:–—-"))
        if not matched:
            continue
        if not content[start:].strip(" \t:*_[]()"):  # '[Contact presse]' / 'Anah – Service presse'
            found += _office_under_heading(text, line.end())
            continue
        of = OF.match(content, start)
        start = of.end() if of else start
        end = SEPARATOR.search(content, start)
        name = content[start : end.start() if end else len(content)].strip(" *_")
        alone = not content[end.start() if end else len(content) :].strip(" \t:*_")  # details below it
        if name and _is_body_name(name, find_emails(content), alone):
            # a communication unit speaks for the body printed beside it ('Service … – Préfecture X')
            name = body_of_unit(name)
            name = body_beside_unit(content[start:], name) or name
            offset = line.start() + content.index(name, start)
            found.append(Candidate(name, offset, offset + len(name), "press_line"))
    lines = {(m.start(), m.end()) for c in contacts for m in re.finditer(r"[^\n]+", text) if _overlaps(m, c)}
    for line_start, line_end in sorted(lines):  # '… – Service communication de l'Union X – 03 20 …'
        for unit in units_of_bodies(text[:line_end], line_start):
            if all(compact(unit.name) != compact(c.name) for c in found):
                found.append(Candidate(unit.name, unit.start, unit.end, "press_line"))
    headings = [compact(c.name) for c in found]
    for contact in contacts:
        if contact["rule"] == "contact.desk_line":
            continue  # 'Billetterie :', 'Dépôt des dossiers :': a desk answers for the body, names none
        office = contact["organization"]
        name = contact["name"] or ""
        if _body_read_as_a_person(name, contact["emails"]) and compact(name) not in headings:
            span = next((e for e in contact["evidence"] if e["rule"] == "contact.name"), None)
            if span:  # 'Contact presse' / 'ARS Grand Est' / 'Département communication' / …
                found.append(Candidate(name, span["start"], span["end"], "press_line"))
                continue
        # an office that is a heading's body's own service ('Service presse de X') is that body
        if (
            office
            and not re.search(r"[<>]", office)  # markup read into a name is no body
            and not any(h in compact(office) for h in headings)
        ):
            span = next((e for e in contact["evidence"] if e["rule"] == "contact.organization"), contact)
            office = _without_unit_below(office, text[span["start"] : span["end"]])
            line_start = text.rfind("\n", 0, span["start"]) + 1
            line = text[line_start : (text.find("\n", span["end"]) + 1 or len(text) + 1) - 1]
            # beside a person, the line's other segments are the person's ('Aurore X, cheffe du pôle …')
            beside = body_beside_unit(line, office) if contact["name"] is None else None
            body = beside or body_of_unit(office)
            start = text.find(body, line_start) if body != office else -1
            if start >= 0:
                found.append(Candidate(body, start, start + len(body), "press_line"))
            elif contact["name"] is None or not is_bare_unit(office):
                # a person's office speaks for a body ('Marie Dupont, Fédération X'), not a bare unit
                found.append(Candidate(office, span["start"], span["end"], "press_line"))
    found = found or _signatures_over_press_headings(text, contacts)
    found = [_signed_by(c) for c in found]
    found = [
        c
        for c in found
        if not _public_line(c.name) and not FOR_THE_PUBLIC.match(text, c.end) and not PRACTICAL.match(c.name)
    ]  # 'INFOS PRATIQUES ET ACCRÉDITATIONS' over the venue: a heading, no office
    press = [c for c in found if not _under_expert_heading(text, c.start)]
    return press or found


ADDRESS = re.compile(r"@|\d\d[ .]?\d\d")


def _signatures_over_press_headings(text: str, contacts: list[dict]) -> list[Candidate]:
    """'Groupe X – Direction de la communication' ⏎ postal line ⏎⏎ 'Contact presse : Y': a body's
    signature a blank line above a press heading is no organisation of the contact under it (the
    guide), but it signs for the release when no press line names a body."""
    heading = contact_vocabulary()["heading_prefix_re"]
    out = []
    for contact in contacts:
        line_start = text.rfind("\n", 0, contact["start"]) + 1
        above = text[:line_start].rstrip(" \t")
        first = text[line_start : (text.find("\n", line_start) + 1 or len(text) + 1) - 1]
        if not heading.match(first.lstrip(" \t*_#")) or ADDRESS.search(first) or not above.endswith("\n\n"):
            continue  # its addresses on the lines under it, as the contact blocks read them
        for line in reversed(above.rstrip().rsplit("\n\n", 1)[-1].split("\n")):
            if not line.strip() or postal_line(line.strip()):
                continue
            start = text.rfind(line, 0, line_start)
            bodies = [
                s for k, s in classify_line(text, start, start + len(line), [], []) if k == "organization"
            ]
            if bodies and all(compact(bodies[0].text) != compact(c.name) for c in out):
                body = body_of_unit(bodies[0].text)
                offset = text.find(body, start)
                if offset >= 0:
                    out.append(Candidate(body, offset, offset + len(body), "press_line"))
            break
    return out


def _signed_by(candidate: Candidate) -> Candidate:
    """'Le comité directeur de l'Avignon Aviron Club' read as the office over a contact line: the
    body that organ signs for, as a sign-off gives it."""
    signed = vocabulary()["sign_off"].match(candidate.name)
    if not signed:
        return candidate
    start = candidate.start + signed.start("name")
    return Candidate(signed["name"], start, start + len(signed["name"]), candidate.source)


def _without_unit_below(office: str, printed: str) -> str:
    """'Sous-préfecture de Soissons' over 'Bureau du cabinet – 03 …', read as one office: the body
    printed on its own line, without the unit the contact's next line names ('Cabinet de la préfète'
    over 'Service départemental de la communication …' is one office: both units); the same when
    one span holds both lines."""
    first = printed.split("\n")[0].strip()  # 'Direction régionale … X' / 'Service communication'
    if "\n" in printed.strip() and office.startswith(first):
        printed = first
    rest = office[len(printed) :].strip()
    if printed and rest and office.startswith(printed) and is_unit(rest) and not is_unit(printed):
        return printed.strip()
    return office


OFFICE_LINE = re.compile(r"\n[ \t*_]*(?P<body>[A-ZÀ-ÖØ-ÞŒ][^\n–—|:]{1,60}?)[ \t]+[–—-][ \t]+(?P<unit>[^\n]+)")


def _office_under_heading(text: str, end: int) -> list[Candidate]:
    """'[Contact presse]' / 'Anah – Service presse' / a person: the name before the press unit on
    the line under a heading alone is the unit's body, whatever its shape (one word in title case
    is no organisation to the contact rules)."""
    office = OFFICE_LINE.match(text, end)
    if not office or not closing_vocabulary()["body_then_unit"].match(office.group().strip(" \n*_")):
        return []
    if not is_bare_unit(office["unit"]) or len(office["body"].split()) > 6:
        return []
    name = office["body"].strip()
    if any(plain(w) in vocabulary()["first_names"] for w in name.split()):
        return []
    return [Candidate(name, office.start("body"), office.start("body") + len(name), "press_line")]


EXPERT_HEADING = re.compile(
    r"^[ \t#*]*contacts?\s+(?:scientifiques?|chercheur(?:e|s|es)?|experts?)\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""'Contact scientifique': the researcher's own details, the laboratory's name beside them."""


def _under_expert_heading(text: str, position: int) -> bool:
    """A contact printed in the paragraph under 'Contact scientifique' names the researcher's
    laboratory, not the body that issues the release: a press contact's body comes first."""
    paragraph = text.rfind("\n\n", 0, position) + 1
    return any(paragraph <= m.start() < position for m in EXPERT_HEADING.finditer(text))


FOR_THE_PUBLIC = re.compile(
    r"[ \t]*\((?:[^()\n]*\b(?:gratuit|gratuite|vert|public|grand public|usagers|particuliers)\b[^()\n]*)\)",
    re.IGNORECASE,
)
"""'Info Escroqueries (numéro gratuit)', 'Infos déchets (public)': a line the release says is for
the public, whatever its name: the body that runs it is printed elsewhere."""


def _public_line(name: str) -> bool:
    """'Ligne d'écoute patientes', 'Numéro vert', 'Service consommateurs': a line for the public,
    named by common nouns only, is nobody's name (the body that runs it is printed elsewhere)."""
    words = name.split()
    folded = plain(name)
    return all(w[:1].islower() for w in words[1:]) and any(
        re.match(rf"{re.escape(head)}(?![\w'-])", folded) for head in vocabulary()["public_lines"]
    )


def _body_read_as_a_person(name: str, emails=()) -> bool:
    """A contact's name that is a body: an institution head-word or an acronym with its place
    ('ARS Grand Est', 'CCI Normandie'), or a name its own e-mail domain spells from its first word
    on ('France Travail Auvergne-Rhône-Alpes' for presse@francetravail.fr, 'Medef Lyon-Rhône' for
    presse@medef-lyon.fr) with no given name in it; not a person ('DUPONT Marie')."""
    if not name[:1].isupper() or re.search(r"\d|@", name):
        return False
    place = re.fullmatch(
        r"[A-ZÀ-ÖØ-ÞŒ]{2,8}\s+(?:(?:de\s+la|de|du|des|d['’])\s*)?(?P<place>[A-ZÀ-ÖØ-ÞŒ].*)", name
    )
    return (
        has_organisation_word(name) or bool(place and is_place(place["place"])) or _domain_opens(name, emails)
    )


def _domain_opens(name: str, emails) -> bool:
    words = name.split()
    if any(plain(w) in vocabulary()["first_names"] for w in words):
        return False
    key, first = compact(name), compact(words[0])
    labels = {compact(label) for email in emails for label in mail_labels(email)}
    return any(len(label) >= 5 and key.startswith(label) and len(label) >= len(first) for label in labels)


def _overlaps(line: re.Match, contact: dict) -> bool:
    return line.start() < contact["end"] and contact["start"] < line.end()


def _is_body_name(name: str, emails, alone: bool = False) -> bool:
    """A name on a press heading is a body, not a person: an acronym, alone or with its place
    ('ARS Bourgogne-Franche-Comté', 'CCI Hauts-de-France'), an institution head-word, one
    capitalised word, a name the line's e-mail domain spells, or a short name with no given name
    alone on its heading line (the contact's details below it)."""
    if not name[:1].isupper() or len(name) > 90 or re.search(r"\d|@|www\.", name):
        return False
    if has_organisation_word(name) or re.fullmatch(r"[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ0-9&'’.-]{1,11}", name):
        return True
    if _body_read_as_a_person(name):  # 'ARS Bourgogne-Franche-Comté', not 'DUPONT Marie'
        return True
    return " " not in name or spelled(name, [e[2] for e in emails]) or alone and _no_given_name(name)


def _no_given_name(name: str) -> bool:
    """'Contact presse Terres Vives :': a short capitalised name with no given name in it names a
    body ('Contact presse Marie Dupont' names the person)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    given = metadata_vocabulary()["first_names"]
    return 2 <= len(words) <= 6 and not any(
        w.lower() in given or w.lower().split("-")[0] in given for w in words
    )
