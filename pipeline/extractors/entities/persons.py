"""Where French releases name a person by the shape around the name rather than its words: a photo
credit, a quote's attribution, a list or signature that writes the surname first in capitals."""

from __future__ import annotations

import re

from pipeline.extractors.entities.boundaries import role_follows
from pipeline.extractors.entities.vocabulary import fold, folded_places, vocabulary
from pipeline.extractors.quotes import patterns

CREDIT_CUE = re.compile(
    r"(?:©|\([cC]\)|(?<!\w)(?:[cC]r[ée]dits?(?:[ \t]+photos?)?|[pP]hotos?(?:[ \t]+de)?)[ \t]*:)[ \t]*$"
)
"""'© ', 'Crédit photo : ', 'Photo : ': a credit line names who took the picture."""

AFTER_QUOTE = re.compile(r"[»\"”][ \t]*,?[ \t]*(?P<words>(?:[^\W\d_]+(?:-t-(?:il|elle))?[ \t]+){1,2})$")
"""'», souligne ', '" a déclaré ': the words between a closing quote and the name after it."""


def person_cue_before(text: str, start: int) -> bool:
    """Whether the words right before a name make it a person's: a photo credit ('© Jean Dupont',
    'Crédit photo : Lucie Caradec') or a speech verb after a closing quote ('», ajoute Salomé
    Brunet')."""
    before = text[max(0, start - 40) : start]
    if CREDIT_CUE.search(before):
        return True
    found = AFTER_QUOTE.search(before)
    return found is not None and patterns().verb.search(found["words"]) is not None


def surname_first(text: str, end: int, words: list, organisations: set[str]) -> bool:
    """'DUPONT Marie', 'NGUYEN Thi Lan, secrétaire', 'BENOIT Arnaud - 06 …': in lists, sign-up sheets
    and signatures the surname comes first, in capitals, then the first names in title case; read so
    when a known first name or a role follows the surname (not 'ARS Bretagne', 'SNCF Réseau')."""
    surname, given = words[0], words[1:]
    return (
        surname.is_upper
        and surname.is_alpha
        and len(surname) >= 2
        and 1 <= len(given) <= 2
        and all(w.is_title and w.is_alpha for w in given)
        and surname.text not in organisations
        and fold(surname.text) not in folded_places()
        and fold(surname.text) not in vocabulary()["rejected"]
        and (given[0].lower_ in vocabulary()["first_names"] or role_follows(text, end))
    )
