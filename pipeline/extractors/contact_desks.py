"""Entries named by what they answer for rather than by a person or a body: a desk or an activity
before a colon ('Billetterie : …', 'Dépôt des dossiers : …'), a service described in words ('Ligne
d'écoute patientes : …'), a desk whose bracket names its public ('Réservations (public) : …'); and
the test for a line that gives an entry of its own because it opens on such words."""

from __future__ import annotations

import re

from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_lines import CLAUSE, LEADS_TO_ITEM
from pipeline.extractors.contact_words import Segment, role_head, vocabulary


def service_line(text: str, parts: list[tuple[str, Segment]], start: int) -> Segment | None:
    """The words describing a service that open a line of their own, when they name an office by
    a service head-word ('Ligne d'écoute patientes', 'Numéro d'information du public') or by the
    public they answer."""
    if not described_line(text, parts, start) or parts[0][0] != "other":
        return None
    opening = parts[0][1]
    words = _fold(opening.text).split()
    if _for_the_public(text, parts):
        return opening  # 'Réservations (public) : 02 …', 'Accueil du festival (public) – 02 …'
    # 'Permanence : 04 …' alone names no office
    return opening if len(words) >= 2 and words[0] in vocabulary()["service_heads"] else None


# an infinitive opening a label is an instruction ('Réserver :', 'S'inscrire :'), not a desk
INFINITIVE = re.compile(r"^(?:s['’])?\w+(?:er|ir)$")


def named_desk(text: str, parts: list[tuple[str, Segment]], start: int) -> Segment | None:
    """'Bénévolat : benevoles@…', 'Réservations groupes : 03 …', 'Dépôt des dossiers : x@…': a desk
    or an activity in a few capitalised words, alone before a colon on a line printing only
    addresses (hours in brackets and the words leading to a web address aside), names the office
    of its entry."""
    if not parts or parts[0][0] != "other" or not described_line(text, parts, start):
        return None
    desk = parts[0][1]
    rest = _addresses_after(text, parts, desk)
    if rest is None or not desk_name(desk.text):
        return None
    return _bracketed_office(rest, desk.end) or desk


def _addresses_after(text: str, parts: list[tuple[str, Segment]], label: Segment) -> str | None:
    """The rest of the label's line when it prints only addresses after it (hours in brackets and
    the words leading to a web address aside: 'Réservations : 05 … ou sur www.…'), else None."""
    line_end = text.find("\n", label.end)
    rest = text[label.end : line_end if line_end >= 0 else len(text)]
    if any(
        not _in_brackets(rest, segment.start - label.end) and not LEADS_TO_ITEM.fullmatch(segment.text)
        for _, segment in parts[1:]
    ):
        return None
    return rest


# a unit named in brackets after an address: '02 … (service donateurs)', '(secrétariat du club)'
BRACKETED_OFFICE = re.compile(r"\((?P<office>[a-zà-ÿ][\w'’-]*(?:[ \t]+[\w'’-]+){1,5})\)")


def _bracketed_office(rest: str, offset: int) -> Segment | None:
    """'Dons : www.… ou 02 … (service donateurs)': a unit the bracket after an address names, with
    a unit's head-word and some words of its own, is the office answering there, more than the
    label saying what the line is for (hours, '(standard)' or '(service gratuit + prix d'un
    appel)' name none)."""
    heads = vocabulary()["units"] | vocabulary()["office_desks"]
    for match in BRACKETED_OFFICE.finditer(rest):
        words = _fold(match["office"]).split()
        if words[0] in heads and not set(words[1:]) & {"gratuit", "gratuits", "appel", "prix"}:
            start = offset + match.start("office")
            return Segment(start, start + len(match["office"]), match["office"])
    return None


def labelled_function(text: str, parts: list[tuple[str, Segment]], start: int) -> Segment | None:
    """'Relations investisseurs : finances@…', 'Officier de garde : 05 …': a function opening a line
    alone before a colon, with only addresses after it (hours in brackets aside), when it names a
    post or a desk in a few words (not a press desk nor a label saying what to ask)."""
    if not parts or parts[0][0] != "role":
        return None
    label = parts[0][1]
    if not (LINE_OPENING.fullmatch(text, start, label.start) and COLON_AFTER.match(text, label.end)):
        return None
    if _addresses_after(text, parts, label) is None:
        return None
    # a lone function word ('Présidente : 06 …') is an unnamed person's, no post
    return label if len(label.text.split()) > 1 and desk_name(label.text) else None


def desk_name(label: str) -> bool:
    """A label naming a desk ('Billetterie', 'Accueil abonnés'); not one saying what to ask
    ('Questions des familles', 'Pour toute question'), by when ('Accréditations avant le 6
    juillet') or what to do ('Réserver'), a press desk ('Standard presse'), a number's label ('Tél.
    portable', 'Astreinte du syndicat') or a service head-word alone ('Permanence')."""
    vocab = vocabulary()
    words = _fold(label).split()
    if not label[:1].isupper() or not 1 <= len(words) <= 5:
        return False
    return not (
        words[0] in vocab["enquiry_words"]
        or (INFINITIVE.match(words[0]) and not role_head(label))  # 'Officier de garde' is a noun
        or vocab["deadline_re"].search(label)
        or vocab["heading_prefix_re"].match(label)
        or vocab["label_only"].match(label)
        or (words[0] in vocab["number_labels"] and len(words) > 1 and words[1] in vocab["linking_words"])
        or any(w in vocab["desk_labels"] for w in words)
        or (len(words) == 1 and words[0] in vocab["service_heads"])
    )


def _in_brackets(rest: str, offset: int) -> bool:
    """The offset of `rest` lies inside brackets ('… : 02 … (du lundi au vendredi, 9 h-12 h)')."""
    return rest.rfind("(", 0, offset) > rest.rfind(")", 0, offset)


def _for_the_public(text: str, parts: list[tuple[str, Segment]]) -> bool:
    """'Réservations (public) : 02 …', 'Admissions (candidats et familles) — 02 …': a desk whose
    bracket says whom it answers names the office of its line (an on-call line, 'Astreinte du
    syndicat (public)', is a number's label)."""
    if len(parts) < 2 or parts[0][0] != "other" or parts[1][0] != "other":
        return False
    desk, public = parts[0][1], parts[1][1]
    words = _fold(desk.text).split()
    return (
        desk.text[:1].isupper()
        and 1 <= len(words) <= 4
        and words[0] not in vocabulary()["line_labels"]
        and text[desk.end : public.start].strip() == "("
        and text[public.end :].startswith(")")
        and public.text[:1].islower()
    )


# what may stand before a line's first words: a box's side, a bold mark ('**Bénévolat** : …')
LINE_OPENING = re.compile(r"[ \t│┃║]*(?:\*\*|__)?")
# the colon closing a line's label, after a remark in brackets if any
COLON_AFTER = re.compile(r"(?:\*\*|__)?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:")


def described_line(text: str, parts: list[tuple[str, Segment]], start: int) -> bool:
    """'Numéro d'information du public : 0 800 …', 'Plateforme téléphonique : …': a line opening on
    words that describe a service (not a label, person, role or body), then a colon, gives an
    entry of its own (a hotline beside the press contact is a contact of its own); so does a
    heading naming a kind of contact ('Contact organisateurs : …', 'Contact presse : presse@…')."""
    if not parts:
        return False
    if _for_the_public(text, parts) and not text[start : parts[0][1].start].strip(" \t-*•"):
        return True
    opening = parts[0][1]
    colon = bool(COLON_AFTER.match(text, opening.end))  # 'Greffe du tribunal (prévention) :' too
    prefix = vocabulary()["heading_prefix_re"].match(text[start : opening.end])
    if prefix and prefix.end() > 7 and colon and parts[0][0] in {"label", "other"}:
        return True  # 'Contact organisateurs :', 'Relations presse :', not a bare 'Contact :'
    if parts[0][0] == "other" and CLAUSE.search(opening.text) and not text[start : opening.start].strip():
        return True  # 'Écrivez-nous à presse@…': a mailbox the line introduces as prose
    if parts[0][0] != "other" or not opening.text[:1].isupper():  # 'Usagers : X – 02 …' too
        return False
    return bool(LINE_OPENING.fullmatch(text, start, opening.start)) and colon
