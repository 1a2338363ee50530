"""Where the contact blocks of a text are: the lines that carry e-mails and phones (not prose
that happens to hold one), with the short lines above them that name a person, office or role up
to a heading ('Contact presse'), the role or person line printed right under them, each line cut
before a second person, and two boxes printed side by side read as two columns.

contacts.py turns each block (or column) into contacts with contact_split.py.
"""

from __future__ import annotations

import re

from pipeline.extractors.addresses import fold as _fold
from pipeline.extractors.contact_lines import URL, classify_line
from pipeline.extractors.contact_words import (
    has_first_name,
    has_organisation_word,
    is_address,
    is_heading,
    on_line,
    role_head,
    vocabulary,
)

TAG = re.compile(r"<[^<>\n]*>")
# an entry opening on a kind of contact ('Contact presse : X – 06 …'), not on an office's label
CONTACT_LEAD = re.compile(r"(?:contacts?|press\s+contacts?|media\s+contacts?)\b", re.IGNORECASE)


def find_blocks(text: str, lines, items, person_spans, bodies) -> list[list[int]]:
    """The indices of each block's lines: lines with an address (not prose), joined when only a
    few short lines stand between them, with their lead and tail lines."""
    vocab = vocabulary()
    anchors = [
        i for i, (s, e) in enumerate(lines) if on_line(items, s, e) and not _is_prose(text, s, e, items)
    ]
    blocks: list[list[int]] = []
    for index in anchors:
        between = [text[s:e] for s, e in lines[blocks[-1][-1] + 1 : index]] if blocks else []
        if (
            blocks
            and index - blocks[-1][-1] <= vocab["max_gap_lines"] + 1
            and all(short_line(b) for b in between)
        ):
            blocks[-1].extend(range(blocks[-1][-1] + 1, index + 1))
        else:
            blocks.append(_lead(text, lines, index, items, person_spans, bodies) + [index])
    for block in blocks:
        block += _tail(text, lines, block[-1], person_spans, bodies)
    return blocks


def _is_prose(text: str, start: int, end: int, items) -> bool:
    """A sentence that happens to hold an address ('... écrire à x@y.fr.') is not a contact block;
    a footer line printing a postal address ('Préfecture du Nord – 12 rue ... – 59039 Lille Cedex
    – Tél : ...') is one."""
    own = _free_text(text, start, end, items)
    # '… et le premier samedi du mois à la' ⏎ 'Maison X, ou écrire à x@y.fr.': the sentence goes on
    free = (_wrapped_sentence(text, start) + " " + own).strip()
    return (
        len(free.split()) >= vocabulary()["prose_words"]
        and not re.search(r"\bcontacts?\b|\bpresse\b|\bpress\b", free, re.IGNORECASE)
        and not any(is_address(part.strip()) for part in re.split(r"\s[–—-]\s|,", own))
        and not _entry_cells(text, start, end, items)
    )


# what a contact line's cells are printed between: a colon, a spaced dash, a comma, a middle dot, a bar
CELL = re.compile(r"\s*(?::|,|\s[–—-]\s|[·|/])\s*")


def _entry_cells(text: str, start: int, end: int, items) -> bool:
    """'Conseil régional de l'Ordre X : Mélanie Roth, chargée de communication – 03 … – m.roth@…':
    a long line ending on its last address, cut into short cells (a body, a name, a role), is an
    entry, not a sentence (which runs on in cells of many words, or on after its address)."""
    line_items = on_line(items, start, end)
    if not line_items or text[line_items[-1][1] : end].strip():
        return False
    cells = [c for c in CELL.split(_free_text(text, start, end, items)) if c.strip()]
    return len(cells) >= 3 and all(len(c.split()) <= 8 for c in cells)


def _wrapped_sentence(text: str, start: int) -> str:
    """The line above, when the line at `start` goes on with its sentence (a hard-wrapped paragraph:
    the line above is long and ends inside a sentence, on a lower-case word or a comma)."""
    if start < 2 or text[start - 1] != "\n" or text[start - 2] == "\n":
        return ""
    above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].rstrip()
    if (
        len(above.split()) < 8
        # ends on a lower-case word ('d'Ille-et-Vilaine' is a name)
        or not re.search(r"(?:^|\s)(?![dlDL]['’][A-ZÀ-Þ])[a-zà-ÿ][\w'’-]*,?$", above)
        or _person_and_role(above)  # 'Hugo R., directeur de la communication et des relations publiques'
        or re.match(r"[•*>·–—-]", text[start : start + 1])  # a bullet starts an item of its own
        or re.search(r"@|\d\d[ .]?\d\d[ .]?\d\d|\s[–—|·-]\s", above)  # a contact line, not prose
    ):
        return ""
    return above


def _person_and_role(line: str) -> bool:
    """A contact's line: a name with a known first name, a comma, then a role word."""
    head, _, rest = line.partition(",")
    return (
        bool(rest)
        and len(head.split()) <= 4
        and bool(vocabulary()["name_re"].match(head.strip()))
        and has_first_name(head)
        and role_head(rest.strip()) is not None
    )


def _free_text(text: str, start: int, end: int, items) -> str:
    pieces, cursor = [], start
    for s, e, _ in on_line(items, start, end):
        pieces.append(text[cursor:s])
        cursor = e
    pieces.append(text[cursor:end])
    return URL.sub(" ", TAG.sub(" ", " ".join(pieces)))


def _lead(text: str, lines, index: int, items, person_spans, bodies) -> list[int]:
    """Short lines above the first e-mail/phone that name a person, office, role or address,
    walking up to a heading ('Contact presse'), which ends the walk."""
    vocab = vocabulary()
    lead: list[int] = []
    cursor = index
    opening = text[lines[index][0] : lines[index][1]].strip()
    if (
        cursor > 0
        and vocab["heading_prefix_re"].match(opening)
        and not text[lines[cursor - 1][1] : lines[index][0]].strip(" \t\n")
        and text.count("\n", lines[cursor - 1][1], lines[index][0]) > 1
    ):
        return lead  # 'Contact presse : X – 06 …' after a blank line: the signature above is not its body
    if cursor > 0 and CONTACT_LEAD.match(opening.strip("*_ ")):
        start, end = lines[cursor - 1]
        kinds = {kind for kind, _ in classify_line(text, start, end, [], person_spans, bodies)}
        names_one = any(
            k == "name" for k, _ in classify_line(text, *lines[index], items, person_spans, bodies)
        )
        if names_one and "name" not in kinds and not _press_office(text[start:end]):
            # a body's signature right above 'Contact presse : Y – …' is the release's, not Y's (a
            # signing person's line is the entry's: 'Karine D., secrétaire générale'; so is a body
            # over a bare 'Contact presse : 02 …', which names no one else)
            return lead
    if cursor > 0 and text.count("\n", lines[cursor - 1][1], lines[index][0]) > 1:
        parts = classify_line(text, *lines[index], items, person_spans, bodies)
        if parts and parts[0][0] == "organization" and text[parts[0][1].end :].lstrip(" \t").startswith(":"):
            return lead  # 'Secrétariat de la Commission : …' after a blank line: an office of its own
    while cursor > 0 and len(lead) < vocab["max_lead_lines"]:
        start, end = lines[cursor - 1]
        content = text[start:end].strip()
        if not short_line(content):
            break
        if is_heading(content):
            lead.insert(0, cursor - 1)
            if _fold(content.rstrip(" :")) not in vocab["office_labels"]:
                break
            cursor -= 1
            continue
        kinds = {kind for kind, _ in classify_line(text, start, end, [], person_spans, bodies)}
        if not kinds - {"other", "label"}:
            break
        lead.insert(0, cursor - 1)
        cursor -= 1
        if _after_blank(text, lines, cursor) and vocab["heading_prefix_re"].match(content):
            break  # 'Contact presse : X, chargée …' ⏎ '06 …' after a blank line: as on one line
    return lead


def _after_blank(text: str, lines, index: int) -> bool:
    """A blank line separates line `index` from the one above it."""
    return index > 0 and text.count("\n", lines[index - 1][1], lines[index][0]) > 1


def _press_office(line: str) -> bool:
    """'Ville de X – Direction de la communication', 'Service de presse de Y': a signature line that
    names the press or communication office answering for the entry under it."""
    folded = _fold(line)
    return bool(re.search(r"\bcommunication\b|\bpresse\b|\bmedias?\b", folded)) or any(
        label in folded for label in vocabulary()["office_labels"]
    )


def _tail(text: str, lines, index: int, person_spans, bodies) -> list[int]:
    """The role line printed right under a block's last e-mail or phone ('Nadia Colin / nadia@... /
    Chargée des relations médias'), or the person line ('Mail : ... / Tél : ... / Anne Dupont')."""
    if index + 1 >= len(lines) or text[lines[index][1] : lines[index + 1][0]].strip(" \t") != "\n":
        return []
    start, end = lines[index + 1]
    kinds = [kind for kind, _ in classify_line(text, start, end, [], person_spans, bodies)]
    person = "name" in kinds and set(kinds) <= {"name", "role", "organization"}
    return [index + 1] if (kinds == ["role"] or person) and short_line(text[start:end]) else []


def short_line(content: str) -> bool:
    """A line that can belong to a contact block: short, not a sentence, a bullet or a link."""
    content = content.strip()
    return (
        len(content) <= vocabulary()["max_lead_chars"]
        and not content.endswith((".", ";", "»"))
        and not URL.search(content)
        and not content.startswith("•")
    )


def pieces(text: str, start: int, end: int, items, person_spans, bodies) -> list[tuple[int, int]]:
    """The line cut before each person printed after an e-mail or phone of the line ('Contact :
    x@y.fr ou Lionel Maurel, ... lm@y.fr', two persons side by side): each piece is read as a line,
    the cut falling after the last item before the person, with what stands between."""
    cuts = [start]
    parts = classify_line(text, start, end, items, person_spans, bodies)
    for index, (kind, segment) in enumerate(parts):
        before = [item for item in on_line(items, cuts[-1], segment.start)]
        if kind != "name" or not before:
            continue
        cut = next(s.start for _, s in parts[: index + 1] if s.start >= before[-1][1])
        if cut > cuts[-1]:
            cuts.append(cut)
    return list(zip(cuts, cuts[1:] + [end], strict=True))


def columns(text: str, lines, emails, items, person_spans, gaps=()) -> list[list[tuple[int, int]]]:
    """Two contact boxes printed side by side, which the text layer reads line by line across both
    ('Région Occitanie Ville de Montpellier / Anne Roux Paul Vidal / a@x.fr p@y.fr'): when a line
    holds two e-mails with only spaces between them, every line is cut in two (before its second
    e-mail or phone, its second person, or its second body's head-word) and each column is read
    as a block; so are lines of which two or more are cut by a wide gutter, kept as a run of spaces
    or, once the reader collapsed it, among `gaps` (the offsets of spaces standing for a column gap
    in the source). Otherwise the block is one column."""
    cuts = [_wide_gap(text, s, e, gaps) for s, e in lines]
    if sum(cut is not None for cut in cuts) >= 2:
        # 'ARS Grand Est        Préfecture de la Moselle / Claire Muller        Julien Bastien': a
        # text layer (or a plain-text e-mail) that keeps the gutter between the boxes
        return [
            [(s, cut[0]) if cut else (s, e) for (s, e), cut in zip(lines, cuts, strict=True)],
            [(cut[1], e) if cut else (s, e) for (s, e), cut in zip(lines, cuts, strict=True)],
        ]
    between = [
        text[found[0][1] : found[1][0]]
        for found in (on_line(emails, s, e) for s, e in lines)
        if len(found) == 2
    ]
    bars = [_cell_bar(text, s, e) for s, e in lines]
    if any(b.strip() == "|" for b in between) and sum(bar is not None for bar in bars) >= 2:
        # 'Helvane | Agence Sémaphore' / 'a@helvane.com | t@semaphore.fr': a table of two contacts
        # side by side (a web page's, its cells joined by ' | '), cut between its cells
        return [
            [(s, bar.start()) if bar else (s, e) for (s, e), bar in zip(lines, bars, strict=True)],
            [(bar.end(), e) if bar else (s, e) for (s, e), bar in zip(lines, bars, strict=True)],
        ]
    if not any(not b.strip() for b in between):
        return [lines]
    left, right = [], []
    for start, end in lines:
        cut = _column_cut(text, start, end, items, person_spans)
        if cut is None:
            left.append((start, end))
            right.append((start, end))
        else:
            left.append((start, cut))
            right.append((cut, end))
    return [left, right]


GUTTER = re.compile(r"(?<=\S)(?:[ \t]*\t[ \t]*|[ \t]{3,})(?=[^\s│┃║])")
"""The gutter between two boxes read across: a tab or three spaces or more between two words (the
padding before a box's right side is none)."""


CELL_BAR = re.compile(r"(?<=\S) \| (?=\S)")
"""Two table cells of a web page's row, as its reader joins them."""


def _cell_bar(text: str, start: int, end: int) -> re.Match | None:
    """The one cell separator of a row of two cells; None for none or several."""
    found = list(CELL_BAR.finditer(text, start, end))
    return found[0] if len(found) == 1 else None


def _wide_gap(text: str, start: int, end: int, gaps=()) -> tuple[int, int] | None:
    """The one gutter of a line printed across two boxes, as a run of blanks or a space standing
    for one in the source; None for none or several (a table)."""
    found = [(m.start(), m.end()) for m in GUTTER.finditer(text, start, end)]
    found += [(gap, gap + 1) for gap in gaps if start < gap < end - 1 and text[gap] == " "]
    # a box's frame beside the text ('│ Bureau du cabinet │') is no second column: words on both sides
    found = [(s, e) for s, e in found if _has_word(text[start:s]) and _has_word(text[e:end])]
    return found[0] if len(found) == 1 else None


def _has_word(piece: str) -> bool:
    return any(c.isalnum() for c in piece)


def _column_cut(text: str, start: int, end: int, items, person_spans) -> int | None:
    """Where the second column starts on a line read across two boxes, or None."""
    found = on_line(items, start, end)
    if len(found) == 2 and not text[found[0][1] : found[1][0]].strip():
        return found[1][0]
    persons = [s for s, e in person_spans if start <= s and e <= end]
    if len(persons) == 2:
        return persons[1]
    words = list(re.finditer(r"\S+", text[start:end]))
    vocab = vocabulary()
    if (
        len(words) == 4
        and vocab["name_re"].match(text[start:end])
        and not has_organisation_word(text[start:end])
    ):
        return start + words[2].start()  # 'Anne Roux Paul Vidal'
    for index, word in enumerate(words[1:], start=1):
        head = {_fold(word.group()), _fold(" ".join(w.group() for w in words[index : index + 2]))}
        acronym = word.group().isupper() and 2 <= len(word.group()) <= 6 and word.group().isalpha()
        if (
            word.group()[:1].isupper()
            # '… CCI Seine', 'Directrice financière Relations investisseurs'
            and (head & vocab["organisations"] or role_head(text[start + word.start() : end]) or acronym)
            and _fold(words[index - 1].group()) not in vocab["linking_words"]
        ):
            return start + word.start()
    return None
