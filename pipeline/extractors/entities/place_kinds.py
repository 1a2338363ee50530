"""Places named after the lower-case noun of their kind: 'la commune de Vidauban', 'au lieu-dit Les Blaïs',
'le hameau d'Aubertans', 'les villes d'Itabuna et d'Ilhéus'. Releases of préfectures, fire services and
health agencies name hamlets and small communes no gazetteer holds; the noun says they are places
(a capitalised 'Ville de Brest' or 'Commune de X' is the authority, a body: not read here)."""

from __future__ import annotations

import re

from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import fold, vocabulary

SPACE = r"[ \t\u00a0]+"
NAME = (
    rf"(?:(?:Les|La|Le)(?:{SPACE}|\n)|L['’])?[A-ZÀ-Ý][^\W\d_]*(?:['’-][^\W\d_]+)*"
    rf"(?:{SPACE}[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*)?"
)
"""A place's name: one or two capitalised words, hyphenated compounds, an article of its own ('Les Blaïs',
wrapped after it or not)."""

OF = rf"(?:(?:de|du|des){SPACE}|d['’])"

PLACE_KIND = re.compile(
    rf"(?<![\w'’-])(?P<kind>communes?|villages?|hameaux?|lieux?-dits?|localités?|villes?|quartiers?|bourg)"
    rf"{SPACE}{OF}?(?P<name>{NAME})"
)
"""The kind noun in lower case, an optional 'de', the name."""

MORE = re.compile(rf"[ \t]*(?:,|{SPACE}et|{SPACE}ou){SPACE}{OF}?(?P<name>{NAME})")
"""The next name of a plural kind's list: ', de Y', ' et d'Ilhéus'."""


def place_kinds(text: str) -> list[Candidate]:
    """The names right after a place's kind noun, and the names listed after a plural one, as places."""
    rejected = vocabulary()["not_name_words"]
    found = []
    for match in PLACE_KIND.finditer(text):
        spans = [match.span("name")]
        if match.group("kind").endswith(("s", "x")):
            position = match.end()
            while more := MORE.match(text, position):
                spans.append(more.span("name"))
                position = more.end()
        for start, end in spans:
            name = text[start:end]
            if fold(name.split()[0]) in rejected or head_label(name) or text[end : end + 1] == "-":
                continue  # 'la ville de Mars', 'le quartier Centre Hospitalier …', 'Cannet-' cut at a line'
            found.append(Candidate(start, end, "LOC", "pattern", "entity.place_kind"))
    return found
