"""Later mentions of a person by the surname alone ('Claire Vasseur … Vasseur a ensuite rencontré les
élus'), and persons listed after a plural civility ('MM. Durand et Petit'): the text names them with
no title or first name, so neither the model nor the capitalised runs see them as persons."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.persons import PARTICLES, is_first_name, person_words
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import fold, folded_places
from pipeline.extractors.extensions import text_of

INITIALS = re.compile(r"^(?:[A-ZÉ]\.-?)+$")


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
            for start, end in _whole_words(text, form):
                if any(s < end and start < e and not (start <= s and e <= end) for s, e in spans):
                    continue  # inside the full name, or part of another name
                if _glued(text, start, end) or _opening_word(doc, start, end, lexicon):
                    continue
                found.append(Candidate(start, end, "PER", "pattern", "entity.person_surname"))
    return found


def _whole_words(text: str, form: str):
    """Where `form` stands in the text between non-name characters; `str.find`, not a pattern compiled
    for each surname (the compile cost more than the search)."""
    start = text.find(form)
    while start != -1:
        end = start + len(form)
        if not (start and _is_name_char(text[start - 1])) and not (
            end < len(text) and _is_name_char(text[end])
        ):
            yield start, end
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)


def _is_name_char(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


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


LIST_SEPARATOR = re.compile(r"\s*(?:,|;|&|\bet\b)\s*")


def persons_in_lists(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """'Lina Ferrand, Hugo Delmas, Sølve Brekke, Nora Vidal': a name of two or three capitalised
    words in a list whose other items (two or more) are all persons is a person too, though its first
    name is unknown and the model calls it a body (not a place or a body a gazetteer knows, nor a name
    ending with a trade word)."""
    chains: list[list[Candidate]] = []
    for candidate in sorted(resolved, key=lambda c: c.start):
        last = chains[-1][-1] if chains else None
        if last is not None and LIST_SEPARATOR.fullmatch(text[last.end : candidate.start]):
            chains[-1].append(candidate)
        else:
            chains.append([candidate])
    for chain in chains:
        persons = sum(1 for c in chain if c.label == "PER")
        if len(chain) < 3 or persons != len(chain) - 1:
            continue
        odd = next(c for c in chain if c.label != "PER")
        words = text[odd.start : odd.end].split()
        if (
            odd.source not in {"gazetteer", "issuer", "acronym"}
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
            and not head_label(text[odd.start : odd.end])
            and words[-1] not in person_words()["trade_words"]
            and fold(text[odd.start : odd.end]) not in folded_places()
        ):
            odd.label = "PER"
    return resolved
