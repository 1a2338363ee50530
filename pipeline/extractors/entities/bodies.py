"""Bodies named by a capitalised head-word, adjectives the tagger misreads, and a complement:
'Centre hospitalier universitaire de Nantes' (the tagger calls 'universitaire' a noun, so the token
patterns, which want the tagger's adjectives, stop at 'Centre hospitalier')."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.extractors.entities.boundaries import coordinated_tail_end, is_adjective, verb_tail_end
from pipeline.extractors.entities.branches import branch_end
from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import vocabulary
from pipeline.extractors.gazetteers import BODY_ID, body_heads, extend_structure, portfolio_end

MAX_ADJECTIVES = 3

AUTHORITY_ARTICLES = frozenset({"le", "la", "l'", "l’", "du", "au"})
OF = frozenset({"de", "du", "des", "d'", "d’"})
"""A complement follows: the structure patterns read the authority's whole name ('Département du Doubs')."""


def adjectival_bodies(doc: Doc, lexicon: Lexicon, titled: Callable[[str], bool]) -> list[Candidate]:
    """A capitalised body head-word ('Centre', 'Institut', 'Caisse'), one to three lower-case words the
    dictionary knows as adjectives whatever their tag, then at least one complement ('de Nantes', 'des
    forêts'); the name ends before a verb it would run on into."""
    heads = body_heads()
    found = []
    for head in doc:
        if not head.is_title or head.text not in heads:
            continue
        i = head.i + 1
        while (
            i < len(doc)
            and i - head.i <= MAX_ADJECTIVES
            and doc[i].is_lower
            and doc[i].is_alpha
            and is_adjective(lexicon, doc[i].text)
            and "Fin" not in doc[i].morph.get("VerbForm")
        ):
            i += 1
        if i == head.i + 1 or "\n" in doc[head.i : i].text or portfolio_end(doc, head.i, i) == head.i + 1:
            continue  # (not 'le Département chargé des sports': a role's portfolio)
        end = coordinated_tail_end(doc, head.i, extend_structure(doc, i, BODY_ID, titled))
        end = branch_end(
            doc, verb_tail_end(doc, head.i, end, lexicon)
        )  # 'Agence régionale de santé Bretagne'
        if end <= i or "\n" in doc[head.i : end].text:
            continue  # 'le Centre hospitalier' alone is the kind of body, not its name
        found.append(
            Candidate(head.idx, doc[end - 1].idx + len(doc[end - 1]), "ORG", "pattern", "entity.body")
        )
    return found


def lone_authorities(doc: Doc) -> list[Candidate]:
    """'financé par le Département', 'la Région a voté': a local authority's head-word written with its
    capital after an article, with no name or complement after it, is that authority named by its kind
    (the council, ORG); in lower case ('la région') it is the territory, and is no name."""
    heads = vocabulary()["capitalised_org_heads"]
    found = []
    for token in doc[1:]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            token.is_title
            and token.text in heads
            and doc[token.i - 1].lower_ in AUTHORITY_ARTICLES
            and not (following is not None and (following.text[:1].isupper() or following.lower_ in OF))
        ):
            found.append(Candidate(token.idx, token.idx + len(token), "ORG", "pattern", "entity.authority"))
    return found


PRESS_UNIT = re.compile(
    r"(?:service|direction|bureau|pôle|cellule|département|mission)\s+(?:de\s+(?:la\s+)?)?"
    r"(?:presse|communication|relations\s+(?:presse|publiques|médias))"
    r"(?:\s+(?:interministérielle|externe|institutionnelle))?"
    r"(?=\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*(?:[A-ZÀ-Ý]|ministère|préfecture|agence|conseil|ambassade))",
    re.IGNORECASE,
)
"""'Service de presse' before 'de l'AP-HP', 'de Météo-France', 'du ministère de l'Agriculture': a press
or communication unit before the named body it belongs to."""


def press_units(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A press or communication unit followed by the named body it belongs to is two names side by side
    ('Service de presse' and 'AP-HP'), as the guide writes a unit before its body; before a parent named
    by its head-word alone ('Service de presse du ministère') it is one. The body keeps its own mention."""
    out = []
    for candidate in candidates:
        unit = PRESS_UNIT.match(text, candidate.start, candidate.end)
        bare = unit is not None and BARE_PARENT.match(text, unit.end(), candidate.end)
        if candidate.label == "ORG" and unit is not None and not bare:
            candidate = Candidate(candidate.start, unit.end(), "ORG", candidate.source, candidate.rule)
        out.append(candidate)
    return out


BARE_PARENT = re.compile(
    r"\s+(?:du|de\s+la|de\s+l['’])\s*(?:ministère|préfecture|rectorat|mairie|ambassade|consulat)\s*$",
    re.IGNORECASE,
)
"""'… du ministère', '… de l'ambassade' ending the name: the parent named by its head-word alone belongs to
the unit's name."""
