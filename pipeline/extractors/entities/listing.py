"""Names standing as items of a list or cells of a table, with no preposition to say what they are; a
list of places with their articles (kinds.py and kind_list_labels.py relabel the other lists)."""

from __future__ import annotations

import re

from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import fold, folded_places

LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:et|ou))\s+(?:(?:de\s+|d['’])?(?:la\s+|les?\s+|l['’])?|du\s+|des\s+)")
"""What joins two names of a list: a comma or 'et', an article or 'de' ('…, la Fédération X et l'ADEME')."""

ARTICLE_IN_JOIN = re.compile(r"\b(?:la|le|les|l['’]|du|des)(?:\s|$|(?<=['’]))")
"""Places listed with their articles ('la Vienne et la Glane'), not a clause after a town ('à Paris et
Tchap compte')."""

PLACE_JOIN = re.compile(r"\s*(?:,|,?\s+(?:et|ou))\s+(?:à|de|d['’])\s*|\s+ou\s+")
"""What joins two places with no article: the place's preposition said again ('à Sète et à Tanger',
'de Saint-Florent et d'Erbalunga') or 'ou' ('vers Manosque ou Aix'); not a bare 'et', which may open
the clause after a town ('à Paris et Tchap compte'), nor a bare 'à' ('un BTS à Vannes')."""

BETWEEN = re.compile(r"(?<!\w)entre\s+$")
"""'entre Vannes et Plescop': the two names 'entre' opens, joined by 'et', are of one kind."""

CELL_SEPARATOR = re.compile(r"[,;|\t:()–·]|\s-\s|(?<!\w)(?:et|ou)(?!\w)|\s(?=\d)|\s*(?:\.{3,}|…+)\s*")
"""What separates the items of a list or the cells of a table row: punctuation, a dash, 'et', 'ou',
the space before a figure (a table's columns of numbers, as PDF text gives them) and a leader of
dots ('Vannes ........ mardi 3 juin', a timetable's columns)."""

LEADER_BEFORE = re.compile(r"(?:\.{3,}|…)$")

SEPARATOR_MARKS = ",;|\t:(–·"

CELL_MARKUP = " -•*#>_\u00a0"
"""Bullets and markup around an item ('- Quimper', '| **Brest** |')."""


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


def _cells(line: str) -> list[str]:
    """The items of a line, bullets and markup stripped, empty ones left out ('| Brest | 80 |')."""
    return [cell for cell in (c.strip(CELL_MARKUP) for c in CELL_SEPARATOR.split(line)) if cell]


def _fills_cell(text: str, start: int, end: int) -> bool:
    """Whether only markup stands between the name and the separators (or line ends) around it."""
    line_start, line_end = _line_bounds(text, start)
    before = text[line_start:start].rstrip(CELL_MARKUP)
    after = text[end:line_end].lstrip(CELL_MARKUP)
    opens = (
        not before
        or before[-1] in SEPARATOR_MARKS
        or re.search(r"(?<!\w)(?:et|ou)$", before)
        or LEADER_BEFORE.search(before)
    )
    closes = not after or CELL_SEPARATOR.match(after) is not None or after[:1] in ".!?" or after[:1].isdigit()
    return bool(opens) and closes


def listed_place(text: str, start: int, end: int) -> bool:
    """'Quimper, Brest et Vannes accueillent …', '| Vannes | 80 |', a column of towns one per line:
    a name that fills its item of a list or its cell of a table is a place when another item of the
    same line, or the first item or the item in the same column of the line before or after it, is a
    known place ('mardi 3 juin ..... Vannes' under 'lundi 2 juin ..... Lorient'). A common word
    opening a sentence ('Orange annonce …') fills no item, and the items beside a company name are
    no places ('Orange, SFR et Free')."""
    if not _fills_cell(text, start, end):
        return False
    places = folded_places()
    own = fold(text[start:end])
    line_start, line_end = _line_bounds(text, start)
    cells = _cells(text[line_start:line_end])
    column = len(_cells(text[line_start:start]))
    neighbours = [c for c in cells if fold(c) != own]
    previous = text.rfind("\n", 0, max(0, line_start - 1))
    if line_start > 0:
        neighbours += _column_cells(text[previous + 1 : line_start - 1], column)
    if line_end < len(text):
        following = text.find("\n", line_end + 1)
        neighbours += _column_cells(text[line_end + 1 : len(text) if following < 0 else following], column)
    return any(fold(cell) in places for cell in neighbours)


def _places_join(text: str, chain: list[Candidate], join: str) -> bool:
    """Whether JOIN, after the names of CHAIN, joins one more item of a list of places: an article in it,
    the place's preposition said again, 'ou', or 'et' after a pair that 'entre' opens."""
    if LIST_JOIN.fullmatch(join) and ARTICLE_IN_JOIN.search(join):
        return True
    if PLACE_JOIN.fullmatch(join):
        return True
    return (
        len(chain) == 1
        and re.fullmatch(r"\s+et\s+", join) is not None
        and BETWEEN.search(text, max(0, chain[0].start - 8), chain[0].start) is not None
    )


def _column_cells(line: str, column: int) -> list[str]:
    """A neighbouring line's first item and its item in the given column."""
    cells = _cells(line)
    return cells[:1] + cells[column : column + 1]


def placed(text: str, candidate: Candidate) -> bool:
    """A place the rules or a gazetteer vouch for; the model's 'place' on an unknown word
    ('avec le soutien de Nuagix') is not one."""
    return candidate.label == "LOC" and not (
        candidate.source == "model" and fold(text[candidate.start : candidate.end]) not in folded_places()
    )


GUESSED_NAME = re.compile(r"[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+){0,2}")
"""A name of one to three capitalised words ('Glane', 'Nuku Hiva', 'Golfe-Juan')."""


def _guessed_place(text: str, candidate: Candidate) -> bool:
    """A thing the model guessed, or a capitalised run no rule could label, that may be a place beside
    places: a lone word, or up to three capitalised words when a run of the rules found them."""
    name = text[candidate.start : candidate.end]
    if candidate.label != "MISC":
        return False
    if candidate.source in {"model", "propagated"}:
        return re.fullmatch(r"[A-ZÀ-Ý][^\W\d_]+", name) is not None
    return candidate.rule == "entity.capitalised_run" and GUESSED_NAME.fullmatch(name) is not None


def places_agree(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'les bords de la Vienne et de la Glane', 'le long de la Deûme et de la Cance': in a list of names
    joined by commas and 'et' with an article each, a lone word the model guessed a thing beside places
    the gazetteer or the rules vouch for, and nothing else, is a place too (a river, a pays the
    gazetteer lacks)."""
    chains: list[list[Candidate]] = []
    for candidate in candidates:
        join = text[chains[-1][-1].end : candidate.start] if chains else ""
        if chains and _places_join(text, chains[-1], join):
            chains[-1].append(candidate)
        else:
            chains.append([candidate])
    relabelled: set[int] = set()
    for chain in chains:
        guessed = [c for c in chain if _guessed_place(text, c)]
        if guessed and len(guessed) < len(chain) and all(c in guessed or placed(text, c) for c in chain):
            relabelled.update(id(c) for c in guessed)
    return [
        Candidate(c.start, c.end, "LOC", c.source, "entity.list_places") if id(c) in relabelled else c
        for c in candidates
    ]
