"""The text as the quote rules read it: a plain-text page break and a word hyphenated at a line end
do not stop a statement or its attribution.

A text file converted from a PDF keeps its page furniture ('Sorbier – Résultats 2025      1/2',
'- Page 1/2 -      www.x.gouv.fr', '-- 2 --') and its hyphenations ('», rap-' ⏎ 'pelle le Dr X').
The view has the same length as the text, so every offset found in it is an offset of the text:
a folio line inside a sentence is blanked (with the blank lines around it), and a hyphenated word
is written whole, the two characters it saves moved before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extractors.quote_patterns import patterns

FOLIO = (
    r"(?:-{1,2}[ \t]*)?(?:Page[ \t]+)?(?<![\d/])\d{1,3}[ \t]*/[ \t]*\d{1,3}(?![\d/])(?:[ \t]*-{1,2})?"
    r"(?:[ \t]+(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4})?"
    r"|(?i:page)[ \t]+\d{1,3}[ \t]+sur[ \t]+\d{1,3}"
    r"|-{1,2}[ \t]*\d{1,3}[ \t]*-{1,2}"
)
"""A page number as a converter prints it ('1/2', '- Page 1/2 - www.x.gouv.fr', 'page 1 sur 2',
'-- 3 --')."""

PAGE_BREAK = re.compile(
    rf"(?<=[\w,;])[ \t\f]*\n[ \t\f]*\n[ \t\f]*(?:[^\n]{{0,160}}?[ \t])?(?:{FOLIO})"
    r"(?:[ \t\f]*\n[ \t\f]*(?:\n[ \t\f]*)?|[ \t]+)(?=(?P<lower>[a-zà-öø-ÿ])|[A-ZÀ-Ý])"
)
"""A sentence cut by a page's furniture: text stopping on a word or a comma, a blank line, a line
ending on a folio (a running title before it), and the sentence going on in lower case, on that
line ('commandes' ⏎⏎ 'Sorbier – Résultats 2025 1/2 ferroviaire plein') or on the next (a form feed
and a blank line may come between); or going on with a name after a verb of saying ('», explique'
⏎⏎ 'X – Communiqué du 12/02/2026 1/2' ⏎⏎ 'Paul Roy, président')."""

HYPHENATED = re.compile(r"(?<=[a-zà-öø-ÿ])-(?:\n|[ \t])([a-zà-öø-ÿ]+)")
"""'rap-' ⏎ 'pelle', or 'rap- pelle' once a reader has joined the lines: a word cut at a line end."""

KEPT_HYPHEN = re.compile(r"t|il|elle|ils|elles|on|je|tu|nous|vous|en|y|là|ci|même|être|et|ou")
"""Second parts that keep their hyphen ('a-t-il', 'peut-être', 'celle-ci') or follow a prefix that
shares its stem with the next word ('pré- et post-opératoire'): not a cut word."""


def _verb_before(text: str, index: int) -> bool:
    """Whether the text before `index` ends on a verb of saying ('», explique')."""
    word = re.search(r"[\w'’-]+$", text[max(0, index - 40) : index])
    return bool(word) and bool(patterns().verb.fullmatch(word.group()))


@dataclass(frozen=True)
class View:
    text: str
    blanked: tuple[tuple[int, int], ...]
    """Ranges of the text that the view blanks (page furniture inside a sentence)."""

    def original(self, source: str, start: int, end: int) -> str:
        """The source's slice without the blanked furniture, a space where it stood."""
        pieces, cursor = [], start
        for low, high in self.blanked:
            if high <= start or low >= end:
                continue
            pieces.append(source[cursor:low].rstrip())
            cursor = max(cursor, high)
        pieces.append(source[cursor:end])
        return " ".join(p for p in pieces if p) if len(pieces) > 1 else pieces[0]


def reading_view(text: str) -> View:
    """The text with page furniture inside a sentence blanked and line-end hyphenations joined."""
    chars = list(text)
    blanked = []
    for cut in PAGE_BREAK.finditer(text):
        if cut["lower"] is None and not _verb_before(text, cut.start()):
            continue
        # one line break stays where the furniture was: the sentence's paragraph goes on
        chars[cut.start() : cut.end()] = ["\n"] + [" "] * (cut.end() - cut.start() - 1)
        blanked.append((cut.start(), cut.end()))
    for cut in HYPHENATED.finditer(text):
        if KEPT_HYPHEN.fullmatch(cut.group(1)):
            continue
        # a surname after a first name keeps its capital ('Odile Ca-' ⏎ 'zenave')
        surname = re.search(
            r"[A-ZÀ-Ý][\w'’-]*[ \t]+([A-ZÀ-Ý][a-zà-öø-ÿ]+)$", text[max(0, cut.start() - 60) : cut.start()]
        )
        head = surname[1] if surname else re.search(r"[a-zà-öø-ÿ]+$", text[: cut.start()]).group()
        start = cut.start() - len(head)
        chars[start : cut.end()] = list("  " + head + cut.group(1))
    return View("".join(chars), tuple(blanked))
