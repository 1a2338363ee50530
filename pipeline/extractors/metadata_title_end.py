"""Where a headline stops: its wrapped lines (over a blank line too), a date or a label running on
from it, a subtitle set after a head in capitals (metadata_title.py finds where it starts)."""

from __future__ import annotations

import re

from pipeline.extractors.dates import find_dates
from pipeline.extractors.gazetteer_places import place_names
from pipeline.extractors.metadata_common import Line, fold, vocabulary
from pipeline.extractors.metadata_furniture import (
    headline_under,
    is_stamp,
)
from pipeline.extractors.metadata_genre import printed_type

PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\n[ \t]*[-–•*·▪►✓][ \t]")
"""Where a headline's paragraph ends: a blank line, or the first item of a list under it."""


VENUE_LINE = re.compile(r"(?P<town>[^\W\d_][\w'’ -]*?)\s+[–—-]\s+\S")
"""'Town – venue': the line placing an event."""


def closes_headline(text: str, title: str, line: Line, dateline: dict | None, added: int = 0) -> bool:
    """A further headline line ('Exposition du 11 avril au 31 août'): short, no sentence, in a
    headline paragraph of at most max_headline_lines lines (a blank line ends it; `added` lines
    were joined already), or in capitals under a headline in capitals (the standfirst under it, in
    a paragraph with no blank line, is not); a standfirst is a sentence."""
    paragraph = PARAGRAPH_END.search(text, line.end)  # a blank line, or a list under the headline
    paragraph_end = paragraph.start() if paragraph else len(text.rstrip())
    ends_paragraph = (
        text.count("\n", line.end, paragraph_end) <= vocabulary()["max_headline_lines"] - 2 - added
    )
    content = line.text.strip()
    if re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿœ'’-]+", content):
        return False  # 'Situation', 'Contexte': a section heading under the headline
    venue = VENUE_LINE.match(content)
    if venue and venue["town"] in place_names():
        return False  # 'Brixol – Parc des expositions' under an event's name: its venue
    if len(title) > vocabulary()["max_open_headline_chars"] and not title.isupper():
        return False  # a headline that is whole already: a line under it is the standfirst
    if title.isupper() and not content.isupper() and not _is_label(title):
        return False  # 'EAU DU ROBINET : NE PAS BOIRE' over 'Huit communes concernées': a subtitle
    sentence = content.endswith((".", ";", "…")) or title.endswith((".", "!", "?"))
    tag = content.startswith(("#", "@"))  # '#Canicule': a social-media tag, not a headline
    in_capitals = title.isupper() and content.isupper()  # a headline in capitals goes on in capitals
    if (
        not (ends_paragraph or in_capitals)
        or sentence
        or tag
        or len(content) > vocabulary()["max_second_line_chars"]
    ):
        return False
    if (
        dateline
        and line.start <= dateline["start"] < line.end
        or fold(content) in vocabulary()["furniture"]
        or printed_type(content)
        or is_stamp(content)
        or vocabulary()["furniture_line"].match(content)
    ):
        return False
    # a line of dates alone ('le 3 mars 2024', 'Lundi 9 décembre à 10 heures') is no headline;
    # 'Concert du 14 au 16 juin' is
    undated = content
    for date in find_dates(content):
        undated = undated.replace(date["text"], " ")
    vocab = vocabulary()
    words = re.findall(r"[^\W\d_]{3,}", undated.lower())
    return any(w not in vocab["function_words"] and w not in vocab["date_words"] for w in words)


def label_over(text, lines, index: int, stop: int, title: str, dateline, evidence) -> bool:
    """'APPEL À LA MOBILISATION NATIONALE LE 10 MARS' over a blank line and the headline: a short
    label in capitals, no colon nor closing mark, starts the headline under it (docs/annotation.md)."""
    return (
        _is_label(title)
        and lines[index - 1].end == lines[index].start - 2
        and headline_under(text, lines, index - 1, stop, dateline, evidence, 4)
    )


CAPS_THEN_SUBTITLE = re.compile(r"(?P<head>[^a-zß-ÿ]*[A-ZÀ-Þ][^a-zß-ÿ]*?)\s+(?=[A-ZÀ-Þ][a-zß-ÿ])")
"""A run in capitals, then a word in lower case with its capital: where a subtitle starts on one line."""


def subtitle_start(heading: str) -> int | None:
    """'EAU DU ROBINET : NE PAS BOIRE Huit communes concernées' (a page's <h1> holding both lines):
    where the subtitle in lower case starts after a headline in capitals that is no label, or where
    the event's venue starts after its name ('SALON X Vannes – Parc des expositions …')."""
    match = CAPS_THEN_SUBTITLE.match(heading)
    if not match or not heading[match.end() :].strip() or heading[match.end() :].isupper():
        return None
    head = match["head"].strip()
    venue = VENUE_LINE.match(heading[match.end() :])
    if venue and venue["town"] in place_names():
        return match.end("head")  # 'RENCONTRES DU TOURISME FLUVIAL Chalon-sur-Saône – Parc …': its venue
    return match.end("head") if len(head.split()) >= 3 and not _is_label(head) else None


def _is_label(title: str) -> bool:
    """A short line in capitals with no colon nor closing mark ('RÉSULTATS ANNUELS 2025'): it
    starts the headline under it; a longer one, or one that says its piece ('EAU DU ROBINET : NE
    PAS BOIRE'), is the headline whole."""
    return (
        title.isupper() and len(title) <= vocabulary()["max_label_chars"] and not re.search(r"[:.!?]", title)
    )


def resumes(title: str, lines, index: int, stop: int) -> bool:
    """The line at index, right under a date line, goes on with the headline: it opens in lower
    case, the headline stops on a linking word, or both are in capitals."""
    if index >= stop or lines[index].start != lines[index - 1].end + 1:
        return False
    following = lines[index].text.strip()
    return (
        following[:1].islower()
        or last_word(title) in vocabulary()["function_words"]
        or title.isupper()
        and following.isupper()
        and not following.endswith(".")
    )


def last_word(text: str) -> str:
    words = re.findall(r"[\w'’]+", text.lower())
    return words[-1] if words else ""


def wraps_over_blank(text: str, end: int, following: Line, title: str = "") -> bool:
    """'Concours Alkindi', a blank line, 'édition 2017-2018': a short line that goes on with the
    headline (lower case, a bracket, after a colon, a comma or a linking word), or in capitals under
    one in capitals, after one blank line still belongs to it (a spaced-out cover, a text extracted
    with a blank line between lines); body paragraphs open on a capital, a sentence ends on a stop,
    and a period after a linking word ('présente du' / '1er mars au 10 juin') is a sentence's."""
    content = following.text.strip()
    return (
        text[end : following.start].count("\n") == 2
        and not text[end : following.start].strip()
        and (continues(title, content) or title.endswith(",") or title.isupper() and content.isupper())
        and not (last_word(title) in vocabulary()["function_words"] and find_dates(content))
        and not title.endswith((".", "!", "?"))  # 'FORUM PHP : LANCEMENT !' is whole
        and len(content) <= vocabulary()["max_second_line_chars"]
        and not content.endswith((".", ";", "…", ":"))
    )


def continues(title: str, following: str) -> bool:
    """A headline wrapped over lines: the next line starts in lower case, is a bracket that
    completes this one ('(1850-1980)') or the end of a date it cuts, or this one ends on a colon or
    a preposition."""
    content = following.strip()
    return (
        content[:1].islower()
        or content.startswith("(")
        and content.endswith(")")
        and len(content) <= 40
        or _date_across(title, content)
        or title.endswith(":")
        or last_word(title) in vocabulary()["function_words"]
    )


def _date_across(title: str, following: str) -> bool:
    """A date cut by the line's end ('… du 14 mars au 27 septembre' / '2026', 'LE MARDI 10' / 'MARS
    2026'): the line goes on with the headline."""
    tail, head = title[-30:], following[:30]
    return any(d["start"] < len(tail) < d["end"] for d in find_dates(f"{tail} {head}"))
