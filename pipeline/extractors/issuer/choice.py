"""Which body the sources' evidence gives: the sources in the order they are trusted, press agencies
(never the issuer), names that are no body of their own (a programme, a unit), and co-issuers on a
letterhead's lines of their own, kept only when the text vouches for them. Kept apart from
__init__.py, which gathers the evidence, and naming.py, which names the chosen body."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extractors.issuer.agreement import parted_by_others, unless_a_lone_word
from pipeline.extractors.issuer.common import MOTTO, Candidate, compact, mentions, plain, vocabulary
from pipeline.extractors.issuer.endmatter import is_bare_unit
from pipeline.extractors.issuer.endmatter import vocabulary as closing_vocabulary
from pipeline.extractors.issuer.line_kinds import is_place
from pipeline.extractors.issuer.mail import spelled
from pipeline.extractors.issuer.naming import short_form_of

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
        word.isupper() and short_form_of(compact(word), plain(c.name).split())
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
