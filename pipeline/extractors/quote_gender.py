"""The grammatical gender a text gives a person, so that a pronoun refers back to someone it can
stand for: '», précise-t-il' after 'Paul Roche, maire, … Claire Dumas, directrice du musée' is
Paul Roche's, 'Elle explique : « … »' is the woman's. The evidence is the civility before the name
('Mme', 'M.'), the article of a role before it ('la directrice du musée, X', 'le maire, X') or the
form of the role after it ('X, présidente de …', 'X, directeur …'); none gives no gender."""

from __future__ import annotations

import re

from pipeline.extractors.quote_patterns import Person

FEMININE = re.compile(
    r"(?:trice|ière|ère|euse|esse|ente|ante|inte|ée|eure|ine|ale|cheffe|elle|enne)", re.IGNORECASE
)
"""Endings of a feminine role ('présidente', 'directrice', 'adjointe', 'déléguée', 'professeure')."""
MASCULINE = re.compile(r"(?:teur|eur|ier|er|ien|ent|ant|int|é|in|al|chef|el)", re.IGNORECASE)
"""Endings of a masculine role ('président', 'directeur', 'adjoint', 'délégué'); epicene words
('maire', 'ministre', 'responsable') have neither."""
CIVILITY = re.compile(r"(?P<f>Mme|Madame|Mlle|Mademoiselle)[ \t]+$|(?P<m>M\.|Monsieur)[ \t]+$")
ROLE_BEFORE = re.compile(
    r"(?<!\w)(?P<article>le|la)[ \t]+[a-zà-öø-ÿ-]+(?:[ \t]+[^,.;:!?\n]{0,50})?,?[ \t]*$", re.I
)
ROLE_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<first>[a-zà-öø-ÿ-]+)(?:[ \t]+(?P<second>[a-zà-öø-ÿ-]+))?")
PRONOUN_GENDER = {"elle": "f", "elles": "f", "she": "f", "il": "m", "ils": "m", "he": "m"}


def word_gender(word: str) -> str | None:
    if re.search(rf"(?:{FEMININE.pattern})$", word, re.IGNORECASE):
        return "f"
    if re.search(rf"(?:{MASCULINE.pattern})$", word, re.IGNORECASE):
        return "m"
    return None


def gender_of(text: str, person: Person) -> str | None:
    """'f', 'm', or None when the text gives the person no gender near the name."""
    before = text[max(0, person[0] - 80) : person[0]]
    civility = CIVILITY.search(before)
    if civility:
        return "f" if civility["f"] else "m"
    role = ROLE_BEFORE.search(before)
    if role:
        return "f" if role["article"].lower() == "la" else "m"
    after = ROLE_AFTER.match(text, person[1])
    if after:
        for word in (after["first"], after["second"]):
            gender = word_gender(word) if word else None
            if gender:
                return gender
    return None


def pronoun_gender(pronoun: str) -> str | None:
    """'-t-elle' → 'f', 'a-t-il' → 'm', 'she ' → 'f'."""
    word = re.search(r"(?:elles?|ils?|she|he)(?!\w)", pronoun, re.IGNORECASE)
    return PRONOUN_GENDER.get(word.group().lower()) if word else None


def agreeing(text: str, candidates: list[Person | None], pronoun: str) -> Person | None:
    """The first candidate the pronoun can stand for (a person of its gender, or of none the text
    gives); the first candidate when none agrees, as before genders were read."""
    gender = pronoun_gender(pronoun)
    present = [c for c in candidates if c is not None]
    if gender is None:
        return next(iter(present), None)
    return next((c for c in present if gender_of(text, c) in (None, gender)), next(iter(present), None))
