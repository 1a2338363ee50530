"""A letterhead printed in columns, read onto the same lines by a PDF reader or a web page's table:
the first stage of reading a letterhead, before its lines are judged one by one (header_lines.py,
line_kinds.py). Parts two letterheads side by side at the blank or the bar between them, and a
bloc marque from the State service printed in the column beside it."""

from __future__ import annotations

import re

from pipeline.extractors.issuer.common import MOTTO, STATE_WORDS, plain
from pipeline.extractors.metadata_common import Line

RIGHT_COLUMN = re.compile(
    r"^(?P<left>[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ'’-]*(?:\s+[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ'’-]*)*-?)\s+"
    r"(?P<right>(?:Sous-préfecture|Préfecture|Bureau|Cabinet|Service|Direction|Délégation|Secrétariat|Pôle|Mission)"
    r"\b[^\n]*)$"
)
"""'PRÉFET   Sous-préfecture de Bayonne': a bloc marque in capitals and, in the column beside it,
a service in lower case, read onto one line from a PDF's two-column letterhead."""


def left_column(line: Line) -> Line:
    """A letterhead line as its bloc marque's column, without the service printed beside it in
    the other column ('ATLANTIQUES   Bureau du cabinet' -> 'ATLANTIQUES')."""
    found = RIGHT_COLUMN.match(line.text.rstrip())
    if not found or not re.search(r"[a-zà-ÿ]", found["right"]):
        return line
    left = found["left"]
    return Line(line.start, line.start + len(left), left)


CAPITALS_RUN = re.compile(r"(?:[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ'’-]*(?:\s+|$))+")
"""The bloc marque's words in capitals at a line's start ('PRÉFET', 'DE LA VENDÉE')."""


def in_columns(
    lines: list[Line], column_gaps: frozenset[int] = frozenset(), joint: bool = False
) -> list[Line]:
    """Two columns read onto the same lines: parted at the wide blank between them (gap_columns),
    else, under the State's motto, the bloc marque and its motto in the left column and a body or
    service in the right one, read from a PDF that kept no blank ('RÉPUBLIQUE FRANÇAISE Agence
    régionale de santé' / 'Liberté Normandie', 'PRÉFET Direction régionale …' / 'DE LA VENDÉE de
    l'aménagement …'): the left column's lines, then the right column's, each with its span. The
    lines as they are when no line has a right column."""
    columns = gap_columns(lines, column_gaps, joint)
    if columns:  # 'PRÉFET DE X      COLLECTIVITÉ TERRITORIALE' / 'Liberté …      DE X': the blank parts them
        left, right, rest = columns
        return left + right + rest
    if not any(plain(line.text.strip()).split(" ")[0] in MOTTO for line in lines):
        return lines
    left, right = [], []
    for line in lines:
        column = _right_column_start(line.text)
        if column is None:
            left.append(line)
            continue
        name = line.text[:column].rstrip()
        left.append(Line(line.start, line.start + len(name), name))
        right.append(Line(line.start + column, line.end, line.text[column:]))
    return left + right if right else lines


def _right_column_start(text: str) -> int | None:
    """Where the right column starts on a bloc marque's line: after a motto word ('Liberté
    Normandie'), or after the bloc's capitals, on a word in lower case or a capital and lower case
    ('PRÉFET Direction …', 'DE LA VENDÉE de l'aménagement …'); never on the rest of the motto."""
    words = text.split()
    if not words:
        return None
    if plain(words[0]) in MOTTO:
        rest = text.split(None, 1)[1:] or [""]
        if not rest[0] or all(plain(w) in STATE_WORDS for w in rest[0].split()):
            return None
        return text.index(rest[0], len(words[0]))
    bloc = CAPITALS_RUN.match(text)
    if not bloc or bloc.end() >= len(text.rstrip()):
        return None
    rest = text[bloc.end() :]
    if all(plain(w) in STATE_WORDS for w in rest.split()) or not re.match(
        r"[a-zà-ÿ]|[A-ZÀ-ÖØ-ÞŒ][a-zà-ÿ]", rest
    ):
        return None
    return bloc.end()


TABLE_BAR = re.compile(r"[ \t]+\|[ \t]+")
"""A table's cells read onto one line ('AGENCE DE L'EAU | DÉPARTEMENT', a web page's layout table)."""


def gap_columns(
    lines: list[Line], column_gaps: frozenset[int], joint: bool
) -> tuple[list[Line], list[Line], list[Line]] | None:
    """Two letterheads printed side by side, read line by line ('AGENCE DE L'EAU      DÉPARTEMENT' /
    'RHIN-MEUSE      DE LA MEUSE', a wide blank in the source between the columns): the first lines
    holding one such blank (or a table's bar) each, two lines at least, or one blank in a release
    that says it is joint ('CIDRES DE L'OUEST   SAINT-MALO CONGRÈS'). The left column's lines, the
    right one's and the lines under them; None when the letterhead has no such columns."""
    left, right, bars = [], [], 0
    for line in lines:
        gaps = [
            (g - line.start, 1) for g in column_gaps if line.start < g < line.start + len(line.text.rstrip())
        ]
        bar = [(m.start(), len(m.group())) for m in TABLE_BAR.finditer(line.text)]
        gaps, bars = (gaps, bars) if gaps else (bar, bars + 1)
        if len(gaps) != 1:
            break
        ((at, width),) = gaps
        left.append(Line(line.start, line.start + at, line.text[:at]))
        right.append(Line(line.start + at + width, line.end, line.text[at + width :]))
    if len(right) < (2 if bars or not joint else 1):
        return None
    return left, right, lines[len(right) :]
