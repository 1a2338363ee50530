"""Bylines: a testimonial's speaker printed in a paragraph of its own, a name and a role with no
sentence, under the quote or above it."""

from __future__ import annotations

import re

from pipeline.extractors.quote_bodies import aged_name_at
from pipeline.extractors.quote_marks import MARKUP
from pipeline.extractors.quote_patterns import Person, patterns, starting

BYLINE_CHARS = 200
"""A byline paragraph (the speaker's name and role printed beside or under a testimonial) is short."""


def byline(
    text: str, start: int, end: int, paragraph: tuple[int, int], persons: list[Person]
) -> Person | None:
    """A testimonial whose speaker is printed in a paragraph of its own, a name and a role with
    no sentence ('Léa Roy\nDirectrice de X', or a PDF's side column read after the quote): the
    byline under the quote, unless it heads the next quote; else the byline above it."""
    alone_after = not re.sub(rf"(?:[\s.,;!?…]|{MARKUP})+", "", text[end : paragraph[1]])
    alone_before = not re.sub(rf"(?:\s|{MARKUP})+", "", text[paragraph[0] : start])
    under = _byline_at(text, _next_paragraph(text, paragraph[1]), persons) if alone_after else None
    # a quote that its paragraph goes on after ('« … ? » : trois lycéennes remportent …') is no
    # testimonial: the paragraph above it is a heading, not its byline
    above = (
        _byline_at(text, _previous_paragraph(text, paragraph[0]), persons)
        if alone_before and alone_after
        else None
    )
    if under and (above is None or not _opens_with_quote(text, _next_paragraph(text, under[2]))):
        return under[0]
    return above[0] if above else None


def _next_paragraph(text: str, index: int) -> tuple[int, int] | None:
    match = re.compile(r"\S").search(text, index)
    if match is None:
        return None
    following = text.find("\n\n", match.start())
    return match.start(), len(text) if following < 0 else following


def _previous_paragraph(text: str, index: int) -> tuple[int, int] | None:
    body = text[:index].rstrip()
    if not body:
        return None
    return body.rfind("\n\n") + 2 if "\n\n" in body else 0, len(body)


def _byline_at(text: str, paragraph, persons: list[Person]) -> tuple[Person, int, int] | None:
    """(person, start, end) when the paragraph is a byline: short, no quotation mark, opening on a
    name followed by a role (after a comma, a dash or a line break) or by nothing."""
    if paragraph is None:
        return None
    start, end = paragraph
    start += len(text[start:end]) - len(re.sub(rf"^(?:\s|[–—-]|{MARKUP})+", "", text[start:end]))
    content = text[start:end]  # '— **Amélie Roussel**, fondatrice de X': the dash and bold are no name
    if len(content) > BYLINE_CHARS or re.search(r"[«»“”\"]", content):
        return None
    person = next(iter(starting(persons, start, start + 1)), None)
    if person is None:
        name = patterns().name.match(text, start, end)
        person = (name.start(), name.end(), name.group()) if name else aged_name_at(text, start, end)
        inside = starting(persons, name.start() + 1, name.end()) if name else []
        if inside and inside[0][1] == name.end():  # 'Témoignage de Marie Durand': the person
            person = inside[0]
    if person is None:
        return None
    if not re.match(rf"(?:{MARKUP})*(?:\s*$|\s*[,–—(-]|[ \t]*\n)", text[person[1] : end]):  # a role follows
        return None
    return person, start, end


def _opens_with_quote(text: str, paragraph) -> bool:
    return paragraph is not None and bool(
        re.match(rf"(?:\s|{MARKUP})*[«“\"]", text[paragraph[0] : paragraph[1]])
    )


ECHO = re.compile(rf"(?:{MARKUP})*(?:C['’]est|Voilà|Voici)[ \t]+ce[ \t]+qu(?:e[ \t]+|['’][ \t]*)")
"""'C'est ce que souligne X', 'Voilà ce qu'explique X': a paragraph opening by giving the
statement above it to its speaker."""


def echoed_below(text: str, end: int, paragraph: tuple[int, int], persons: list[Person]) -> Person | None:
    """A statement alone in its paragraph that the next paragraph gives to someone ('« … »' ⏎⏎
    'C'est ce que souligne X, présidente de Y, qui …'): the person the verb of saying names."""
    if re.sub(rf"(?:[\s.,;!?…]|{MARKUP})+", "", text[end : paragraph[1]]):
        return None
    following = _next_paragraph(text, paragraph[1])
    echo = ECHO.match(text, following[0], following[1]) if following else None
    # 'C'est ce que souligne X', 'C'est ce qu'a rappelé devant les élus X'
    verb = patterns().verb.search(text, echo.end(), min(echo.end() + 40, following[1])) if echo else None
    if verb is None or re.search(r"[.!?,;:«»]", text[echo.end() : verb.start()]):
        return None
    named = starting(persons, verb.end(), verb.end() + 40)
    between = text[verb.end() : named[0][0]] if named else ""
    if named and not re.search(r"[.!?,;:]", between) and not patterns().verb.search(between):
        return named[0]
    return None


def named_just_before(
    text: str, start: int, end: int, paragraph: tuple[int, int], persons: list[Person]
) -> Person | None:
    """A statement standing alone in its paragraph, no verb or byline naming its speaker, right
    after a paragraph that names one person and no other ('La ministre des Sports, Amélie Garnier,
    s'est rendue au stade.' ⏎⏎ '« Le sport doit être accessible à tous. »'): the release gives the
    words to that person, as a reader takes them."""
    alone_after = not re.sub(rf"(?:[\s.,;!?…]|{MARKUP})+", "", text[end : paragraph[1]])
    alone_before = not re.sub(rf"(?:\s|{MARKUP})+", "", text[paragraph[0] : start])
    above = _previous_paragraph(text, paragraph[0]) if alone_after and alone_before else None
    if above is None:
        return None
    named = [q for q in starting(persons, above[0], above[1]) if q[1] <= above[1]]
    if not named or len({re.sub(r"\s+", " ", q[2]) for q in named}) != 1:
        return None
    return named[-1]


def only_person(
    text: str, start: int, end: int, paragraph: tuple[int, int], persons: list[Person]
) -> Person | None:
    """A statement standing alone in its paragraph, that nothing else attributes, in a release that
    names one person and no other, before it: that person's (a minister's visit, a blockquote after
    a list of measures)."""
    alone_after = not re.sub(rf"(?:[\s.,;!?…]|{MARKUP})+", "", text[end : paragraph[1]])
    alone_before = not re.sub(rf"(?:\s|{MARKUP})+", "", text[paragraph[0] : start])
    names = {re.sub(r"\s+", " ", q[2]) for q in persons}
    before = [q for q in persons if q[1] <= start]
    return before[-1] if alone_after and alone_before and len(names) == 1 and before else None
