"""The genre printed in the header ('Communiqué de presse', 'Dossier de presse'), the body named
after it, and the release number."""

from __future__ import annotations

import re

from pipeline.extractors.contacts import has_organisation_word
from pipeline.extractors.dates import find_dates
from pipeline.extractors.issuer import looks_like_issuer, names_a_body_alone
from pipeline.extractors.metadata_common import LINE, fold, genre_fold, vocabulary

OF_BODY = re.compile(
    r"\s*(?:(?:conjoint|commun|commune|unitaire)\s+)?(?:(?:du|de\s+la|des)\s+|de\s+l['’]\s*|d['’]\s*|de\s+|[–—|:-]\s*)"
    r"(?P<body>\S.*?)\s*$",
    re.IGNORECASE,
)
"""'Communiqué de presse (conjoint) du ministère …', '… de l'Agence …' (the elided article before the
bare 'de', which would take it into the name), 'COMMUNIQUÉ DE PRESSE – PRÉFECTURE DU CHER'."""


def find_reference(lines) -> tuple[str, int, int] | None:
    """'N° 42', 'Communiqué de presse n°134': the number on a short header line or after the genre,
    as (value, start, end); an ordinance's number in the body is not one."""
    vocab = vocabulary()
    for line in lines[:15]:
        match = vocab["reference"].search(line.text)
        lead = genre_fold(line.text[: match.start()]).rstrip(" –—-|,•·") if match else ""
        if (
            match
            and (
                not lead
                or any(lead.endswith(t) for t in vocab["types"] + vocab["reference_leads"])
                or is_dated(
                    line.text[: match.start()].rstrip(" –—-|,•·")
                )  # 'Lyon, le 3 mars 2025 – CP 2025/041'
                or _dated_genre(
                    line.text[: match.start()].rstrip(" –—-|,•·")
                )  # 'Communiqué du 3 mars 2025 – n° 118'
            )
            and (
                len(line.text) <= 40
                or any(t in genre_fold(line.text) for t in vocab["types"])
                or is_dated(
                    line.text[match.end() :].lstrip(" –—-|,•·")
                )  # 'CP 2026/041 – Metz, le 9 avril 2026'
            )
        ):
            return (
                match["reference"],
                line.start + match.start("reference"),
                line.start + match.end("reference"),
            )
    for line in lines[:6]:  # a release code alone on a line over the headline: 'PNUE/290', 'SG/2024/114'
        match = vocab["reference_code"].match(line.text)
        if match:
            return (
                match["reference"],
                line.start + match.start("reference"),
                line.start + match.end("reference"),
            )
    return None


def find_document_type(text: str, lines) -> tuple[int | None, tuple[str, int, int, str] | None]:
    """(index of the type line in `lines`, (value, start, end, rule)): the genre printed on one of
    the first header lines, else a line anywhere that is the genre alone (printed at the end). A
    line ending a headline that closes on a colon ('COVID-19 EN GRAND EST :' over 'POINT DE
    SITUATION') is the headline's, not the genre."""
    vocab = vocabulary()
    numbered = None  # 'CP n° 12/2026': a release number, whose 'CP' gives way to a genre printed whole
    for index, line in enumerate(lines[:20]):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            following
            and following.start - line.end <= 3
            and len(line.text.strip()) + len(following.text.strip()) <= 30
            and genre_fold(f"{line.text} {following.text}") in vocab["types"]
        ):  # 'DOSSIER' / 'DE PRESSE': a cover's genre set large on two lines
            value = f"{line.text.strip()} {following.text.strip()}"
            start = line.start + len(line.text) - len(line.text.lstrip())
            return index, (
                value,
                start,
                following.start + len(following.text.rstrip()),
                "metadata.document_type",
            )
        span = type_span(line.text)
        if span and not _after_colon(text, line.start):
            start, end = line.start + span[0], line.start + span[1]
            if genre_fold(text[start:end]) in vocab["reference_leads"] and NUMBER_SIGN.match(text, end):
                numbered = numbered or (index, (text[start:end], start, end, "metadata.document_type"))
                continue
            return index, (text[start:end], start, end, "metadata.document_type")
    if numbered:
        return numbered
    for match in LINE.finditer(text):
        if genre_fold(match.group()) in vocab["types"] and not _after_colon(text, match.start()):
            value = match.group().strip()
            offset = match.start() + match.group().index(value)
            return None, (value, offset, offset + len(value), "metadata.document_type_line")
    return None, None


NUMBER_SIGN = re.compile(r"\s*(?:n[°º]|no\.?\s*\d|\d)", re.IGNORECASE)
"""What follows 'CP' in a release number: 'CP n° 12/2026', 'CP 2026-041'."""


def _after_colon(text: str, line_start: int) -> bool:
    """The line right above (no blank line between) ends on a colon."""
    return text[:line_start].rstrip(" \t").endswith(":\n")


def printed_type(line: str) -> str | None:
    """The genre printed on a header line, as printed."""
    span = type_span(line)
    return line[span[0] : span[1]] if span else None


def type_span(line: str) -> tuple[int, int] | None:
    """(start, end) of the genre on a header line: at its start ('Communiqué de presse',
    'COMMUNIQUÉ DE PRESSE – Pour diffusion immédiate', 'Communiqué de presse : Titre'), or as a
    segment set off by a separator after a body or a dateline ('Préfecture du Nord | Communiqué de
    presse', 'Paris, le 3 mars 2025 – Communiqué de presse'). A line cut after a preposition
    ('Communiqué de', a broken duplicate of the next line) is not one."""
    bracketed = re.fullmatch(r"(\s*[\[(]\s*)([^\[\]()]+?)\s*[\])]\s*", line)
    if bracketed:  # '[COMMUNIQUÉ DE PRESSE]'
        inner = type_span(bracketed[2])
        return (inner[0] + bracketed.end(1), inner[1] + bracketed.end(1)) if inner else None
    vocab = vocabulary()
    folded = genre_fold(line)
    start = len(line) - len(line.lstrip())
    for document_type in vocab["types"]:
        if folded == document_type:
            return start, start + len(document_type)
        if folded.startswith(document_type + " ") and (
            len(folded) < len(document_type) + 25
            or type_issuer(line, len(document_type))
            or SEPARATOR.match(line, start + len(document_type))
            or is_dated(line[start + len(document_type) :])  # 'COMMUNIQUÉ DE PRESSE      Lyon, le …'
        ):
            rest = folded[len(document_type) :].split()
            if all(word in vocab["function_words"] for word in rest):
                continue
            return start, start + len(document_type)
    segments = _segments(line, SENTENCE_BREAK)
    for index, (seg_start, seg_end) in enumerate(segments[1:], 1):
        if genre_fold(line[seg_start:seg_end]) in vocab["types"] and all(
            _names_body_or_date(line[s:e]) for s, e in segments[:index]
        ):
            return seg_start, seg_end
    stripped = line.rstrip(" .")
    tails: dict[int, str] = {}  # the line's folded tail at each start: ninety genres, thirty lengths
    for document_type in vocab["types"]:
        start = len(stripped) - len(document_type)
        if start <= 0:
            continue
        if start not in tails:
            tails[start] = genre_fold(stripped[start:])
        if tails[start] == document_type and is_dated(stripped[:start]):
            return start, len(stripped)  # 'Lille, le 3 mars 2025 COMMUNIQUÉ DE PRESSE' (columns run together)
    return None


SEPARATOR = re.compile(r"\s*[|•·–—]\s*|\s+-\s+|\s*-{2,}\s*|\s*:\s+")
"""What sets a genre off from the rest of its line: a bar, a bullet, a dash (or a run of them), a colon."""


SENTENCE_BREAK = re.compile(SEPARATOR.pattern + r"|\.\s+|\.$")
"""Pieces of a line a genre is looked for among: 'Paris, le 7 mai 2013. Communiqué de presse.'"""


def _segments(line: str, separator: re.Pattern = SEPARATOR) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty piece of a line between separators."""
    spans, start = [], 0
    for match in [*separator.finditer(line), None]:
        end = match.start() if match else len(line)
        piece = line[start:end]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            spans.append((left, left + len(piece.strip())))
        start = match.end() if match else len(line)
    return spans


def _names_body_or_date(segment: str) -> bool:
    """A piece printed before the genre on its line: a short name or dateline, no sentence."""
    words = segment.split()
    return 0 < len(words) <= vocabulary()["max_letterhead_words"] and not re.search(r"[!?«»\"]|\.$", segment)


def headline_after_type(line: str) -> tuple[int, int] | None:
    """'Communiqué de presse : La Région lance un plan pour les lycées': (start, end) of a headline
    printed after the genre on its line, when what follows is not a release notice, a date or
    dateline, a release number or a body's name."""
    span = type_span(line)
    return _headline_rest(line, span[1]) if span else None


def _headline_rest(line: str, type_end: int) -> tuple[int, int] | None:
    separator = SEPARATOR.match(line, type_end)
    if not separator:
        return None
    start, end = separator.end(), len(line.rstrip())
    rest = line[start:end]
    vocab = vocabulary()
    if (
        len(rest) < vocab["min_title_chars"]
        or len(rest.split()) < 2
        or vocab["reference"].search(rest)
        or _body_alone(rest)
        or is_dated(rest)
        or all(_is_notice_or_date(rest[s:e]) or _body_alone(rest[s:e]) for s, e in _segments(rest))
        or rest.split()[-1].lower() in vocab["function_words"]  # '… - le' / '3/9/25': cut, a dateline
        or all(_genre_or_cut(rest[s:e]) for s, e in _segments(rest))  # 'COMMUNIQUÉ --- COMMUNIQUÉ': a banner
    ):
        return None
    return start, end


def _genre_or_cut(piece: str) -> bool:
    """A genre, or its start cut by the line's end: the pieces of a banner repeating the genre."""
    folded = genre_fold(piece)
    return len(folded) >= 5 and any(t.startswith(folded) for t in vocabulary()["types"])


def _is_notice_or_date(piece: str) -> bool:
    """A release notice or a date(line): 'Paris, le 3 mars 2025 – Pour diffusion immédiate' after
    the genre is no headline, piece by piece (a body's name aside: '| ARS Occitanie | 3 mars')."""
    return bool(vocabulary()["release_notice"].match(fold(piece))) or is_dated(piece)


def _dated_genre(text: str) -> bool:
    """A genre and the release's date: 'Communiqué de presse du 3 mars 2025'."""
    span = type_span(text)
    return bool(span) and span[0] == 0 and is_dated(re.sub(r"^\s*du\s+", "", text[span[1] :]))


def is_dated(text: str) -> bool:
    """A date or a dateline and little else ('Paris, le 3 mars 2025', 'mardi 3 décembre 2024',
    'Les Sables-d'Olonne, le 22 octobre 2025 – 18h00': the hour is the date's)."""
    dates = find_dates(text)
    hours = sum(len(m.group()) for m in HOUR.finditer(text))
    return bool(dates) and len(text.strip()) - hours <= sum(len(d["text"]) for d in dates) + 30


HOUR = re.compile(r"[-–—,]?\s*(?:à\s+)?\d{1,2}\s?h(?:\s?\d{2})?(?!\w)")


def _body_alone(text: str) -> bool:
    """A body's name, not a headline: it opens on an institution's head-word, is short and has
    no headline punctuation ('Préfecture du Cher', 'Ministère de la Culture')."""
    return names_a_body_alone(text) or (len(text.split()) <= 2 and looks_like_issuer(text))


def type_issuer(line: str, type_length: int) -> tuple[int, int] | None:
    """'Communiqué de presse du ministère de l'Intérieur', 'Communiqué de presse | ARS Île-de-France':
    the body named after the genre (an organisation word, or a name alone: an acronym and its
    place), as (start, end) in the line."""
    stripped = len(line) - len(line.lstrip())
    match = OF_BODY.match(line, stripped + type_length)
    if (
        match
        and (has_organisation_word(match["body"]) or names_a_body_alone(match["body"]))
        and len(match["body"]) < 120
        and not _headline_rest(line, stripped + type_length)
    ):
        return match.start("body"), match.end("body")
    return None


def type_body(line: str) -> tuple[int, int] | None:
    """(start, end) of the body a type line names: after the genre ('Communiqué de presse du
    ministère de la Culture') or before it ('Préfecture du Nord | Communiqué de presse')."""
    span = type_span(line)
    if not span:
        return None
    if span[0] == len(line) - len(line.lstrip()):
        return type_issuer(line, span[1] - span[0])
    first = _segments(line, SENTENCE_BREAK)[0]
    name = line[first[0] : first[1]]
    if not is_dated(name) and (has_organisation_word(name) or looks_like_issuer(name)):
        return first
    return None
