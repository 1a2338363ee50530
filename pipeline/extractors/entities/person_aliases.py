"""Later mentions of a person by the surname alone ('Claire Vasseur … Vasseur a ensuite rencontré les
élus'), and persons listed after a plural civility ('MM. Durand et Petit'): the text names them with
no title or first name, so neither the model nor the capitalised runs see them as persons."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extractors.entities.persons import PARTICLES, is_first_name
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import fold
from pipeline.extractors.extensions import text_of

INITIALS = re.compile(r"^(?:[A-ZÉ]\.-?)+$")
NAME_CHAR = r"[\w'’-]"


def surname_of(name: str) -> str | None:
    """'Claire Vasseur' → 'Vasseur', 'Marie-Amélie Le Fur' → 'Le Fur', 'Anne de Villiers' → 'de Villiers',
    'J.-P. Martin' → 'Martin'; None when the name does not open on a first name or initials."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and (is_first_name(words[i]) or INITIALS.match(words[i])):
        i += 1
    if i == 0 or not words[i][:1].isalpha():
        return None
    surname = " ".join(words[i:])
    return surname if len(surname.replace(" ", "")) >= 3 else None


def surname_mentions(doc: Doc, resolved: list[Candidate], lexicon) -> list[Candidate]:
    """The surname of a person named in full, written alone elsewhere, is that person: in the same
    case or in capitals ('Vasseur', 'VASSEUR'), not inside another mention, not glued to another
    capitalised word (a different person: 'Paul Vasseur'), and, when it is a dictionary word, not
    where a sentence or line opens ('Petit à petit'). A surname two persons share names neither."""
    text = text_of(doc)
    owners: dict[str, set[str]] = {}
    for candidate in resolved:
        if candidate.label == "PER":
            name = text[candidate.start : candidate.end]
            surname = surname_of(name)
            if surname:
                owners.setdefault(surname, set()).add(fold(name))
    spans = [(c.start, c.end) for c in resolved]
    found = []
    for surname, names in owners.items():
        if len(names) > 1 or surname.lower() in PARTICLES:
            continue
        forms = (
            {surname, surname.upper(), surname.title()} if surname.isupper() else {surname, surname.upper()}
        )
        for form in forms:
            for match in re.finditer(rf"(?<!{NAME_CHAR}){re.escape(form)}(?!{NAME_CHAR})", text):
                start, end = match.span()
                if any(s < end and start < e and not (start <= s and e <= end) for s, e in spans):
                    continue  # inside the full name, or part of another name
                if _glued(text, start, end) or _opening_word(doc, start, end, lexicon):
                    continue
                found.append(Candidate(start, end, "PER", "pattern", "entity.person_surname"))
    return found


def _glued(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after, on the same line: a longer name ('Paul Vasseur',
    'Fondation Vasseur', 'Vasseur Immobilier')."""
    before = re.search(r"([^\W\d_][\w'’.-]*)[ \t]+$", text[max(0, start - 40) : start])
    after = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", text[end : end + 40])
    return bool((before and before.group(1)[:1].isupper()) or (after and after.group(1)[:1].isupper()))


def _opening_word(doc: Doc, start: int, end: int, lexicon) -> bool:
    """A dictionary word opening a sentence or a line ('Petit à petit') is capitalised by its place,
    not as a name, unless a verb follows it as its subject ('Vasseur a ensuite rencontré')."""
    text = text_of(doc)
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if (
        (before and before[-1] not in '.!?\n:«"•-–')
        or " " in text[start:end]
        or text[start:end] not in lexicon
    ):
        return False
    following = doc.char_span(end, min(len(text), end + 30), alignment_mode="expand")
    word = next((t for t in following or [] if not t.is_space), None)
    return word is None or word.pos_ not in {"VERB", "AUX"}


LISTED_NAME = r"(?:(?:[Dd]e|[Dd]u|[Ll]e|[Ll]a|[Dd]a|[Vv]an|[Vv]on|[Dd]os|Ben)[ \t]+|[Dd]['’])?[A-ZÉÈ][\w'’-]+"
"""'Durand', 'Le Bris', 'de Villiers', 'Da Silva': a surname in a list, its particle included."""
PLURAL_CIVILITY = re.compile(
    rf"(?<![\w.])(?P<civility>MM\.?|Mmes\.?|Messieurs|Mesdames)[ \t]+"
    rf"(?P<names>{LISTED_NAME}(?:[ \t]*,[ \t]*{LISTED_NAME})*[ \t]+et[ \t]+{LISTED_NAME})"
)
NAME_IN_LIST = re.compile(LISTED_NAME)


def plural_civility_persons(text: str) -> list[Candidate]:
    """'MM. Durand et Petit', 'Mmes Bachelot, Yade et Létard': each surname after a plural civility
    is a person (the first one the title rule already reads; the others are found here)."""
    found = []
    for match in PLURAL_CIVILITY.finditer(text):
        for name in NAME_IN_LIST.finditer(match["names"]):
            offset = match.start("names")
            found.append(
                Candidate(
                    offset + name.start(),
                    offset + name.end(),
                    "PER",
                    "title_person",
                    "entity.person_after_civility",
                )
            )
    return found
