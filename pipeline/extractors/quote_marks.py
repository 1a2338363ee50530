"""Quotation marks paired into quotes: « », “ ”, straight and single quotes (‹ ›, ‘ ’), over markup
and paragraphs.

Marks of one family nest (a title in « » inside a quote, a "term" inside a straight-quoted
passage); straight quotes are told apart as opening or closing by the characters around them; a
blank line or the end of an HTML block (a markdown page carrying raw HTML) is a paragraph break,
which a quote crosses only when the next paragraph reopens it (French typography).
"""

from __future__ import annotations

import html
import re

MARKUP = r"(?:</?[A-Za-z][^<>\n]*>|&nbsp;|&#160;|[*_]|(?m:^[ \t]*>+))"
"""Markup a markdown or HTML page puts around a quote ('*« … »*', '<em>«&nbsp;…&nbsp;»</em>', a
'> ' blockquote line)."""
PARAGRAPH_BREAK = re.compile(
    r"(?:\n[ \t]*\n|</(?:p|div|li|h[1-6]|blockquote|td)>)"
    r"(?:\s|</?(?:p|div|li|ul|ol|h[1-6]|blockquote|td|tr)\b[^<>\n]*>)*",
    re.IGNORECASE,
)
"""A blank line, or the end of an HTML block in a markdown page that carries raw HTML."""


UNMARKED_PARAGRAPHS = 6
"""Paragraphs a quote in « » or “ ” may run over without reopening: 'X a déclaré : « P1' ⏎⏎ 'P2' ⏎⏎
'P3 », a-t-elle conclu', up to a speech of six paragraphs (a new opening mark before the closing one
still ends a stray one). Straight quotes, which also mark inches and typos, run over one at most."""


LINK = re.compile(r"<a\s[^<>]*\bhref\s*=|\]\([^()\s]+\)", re.IGNORECASE)
"""A link inside a span: an HTML anchor with its target, or a markdown '[text](url)'."""


def visible_text(raw: str) -> str:
    """A quote whose raw slice holds a link ('le <a href="/node/9">réseau</a> grandit') is written as
    its visible text, as a reader sees it (the guide's rule for spans holding a URL): tags and link
    targets dropped, entities decoded, spaces collapsed. Other markup stays, as printed."""
    if not LINK.search(raw):
        return raw
    visible = re.sub(r"\[([^\]]*)\]\([^()\s]+\)", r"\1", raw)
    visible = html.unescape(re.sub(r"</?[A-Za-z][^<>]*>", "", visible))
    return re.sub(r"\s+", " ", visible.replace("\u00a0", " ")).strip()


def _straight_kind(text: str, index: int) -> str | None:
    """'open' or 'close' for a straight double quote, from its neighbours; None when unclear."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if (before.isspace() or before in "([-–—:>*_") and not after.isspace():
        return "open"  # '>' and '*' close markup ('<em>"', '*"') before an opening mark
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]-–—…<*_"):
        return "close"
    return None


LOW_QUOTE = re.compile(r"„[^„«»\n]*?([“”\"])(?!\w)")
"""'„Die Jugendlichen haben debattiert“': German typography opens low and closes with “ (or ” or a
straight quote), marks the other families read otherwise."""


def _marks(text: str) -> list[tuple[int, str, str]]:
    """(index, family, kind) of every quotation mark."""
    marks = []
    low = {}
    for match in LOW_QUOTE.finditer(text):
        low[match.start()] = "open"
        low[match.start(1)] = "close"
    for match in re.finditer(r"[«»“”\"„‹›‘]|’(?![\w'’])", text):
        char, index = match.group(), match.start()
        if index in low:
            marks.append((index, "low", low[index]))
        elif char == "„":
            continue
        elif char in "‹›‘’":
            # '‹ … ›', '‘…’': single marks (a closing ’ is no apostrophe when no letter follows it)
            marks.append((index, "single", "open" if char in "‹‘" else "close"))
        elif char == '"':
            kind = _straight_kind(text, index)
            if kind:
                marks.append((index, "straight", kind))
        else:
            marks.append(
                (index, "guillemets" if char in "«»" else "curly", "open" if char in "«“" else "close")
            )
    return marks


def pair_marks(text: str) -> list[tuple[int, int, str]]:
    """(open index, close index, family) of outermost quotation pairs, in reading order.

    Marks of one family nest (a title in « » inside a quote). A quote may run over paragraph
    breaks that do not reopen it; an opening still unclosed after UNMARKED_PARAGRAPHS paragraphs
    without a mark was a stray mark. French typography opens each next paragraph of a statement
    with the same mark ('« P1' ⏎⏎ '« P2 », dit X'): each paragraph so marked is a quote of its own,
    the first closing where its paragraph ends (its close index is the first blank after it)."""
    found = list(PARAGRAPH_BREAK.finditer(text))
    breaks = [m.end() for m in found]
    ends = {m.end(): len(text[: m.start()].rstrip()) for m in found}
    marks = _marks(text)
    pairs: list[tuple[int, int, str]] = []
    for family in ("guillemets", "curly", "low", "straight", "single"):
        events = sorted([(i, k) for i, f, k in marks if f == family] + [(b, "break") for b in breaks])
        stack: list[int] = []
        pending = -1  # where the paragraph after a break starts, while a quote is open
        unmarked = 0  # paragraphs crossed since the open quote's last mark
        for index, kind in events:
            if kind == "break":
                unmarked = unmarked + 1 if pending >= 0 else 0
                limit = UNMARKED_PARAGRAPHS if family not in {"straight", "single"} else 1
                stack = stack[:1] if unmarked < limit else []
                pending = index if stack else -1
                continue
            if pending >= 0:
                continuation = kind == "open" and index == pending and not unmarked
                pending = -1
                if continuation:
                    pairs.append((stack[0], ends[index], family))
                    stack = [index]
                    continue
                if kind == "open":
                    stack = []  # the open quote was a stray mark: a new one starts
            if kind == "open":
                stack.append(index)
            elif stack:
                first = stack[0]
                stack.pop()
                if not stack:
                    pairs.append((first, index, family))
    pairs.sort()
    kept: list[tuple[int, int, str]] = []
    for pair in pairs:
        if kept and pair[0] < kept[-1][1]:
            continue  # nested in a pair of another family
        kept.append(pair)
    return kept
