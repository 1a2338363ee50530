"""The page's furniture around a release's text, where a span is no name the release cites: a
sharing or link line's buttons, a site's menu (side by side, or between ' | '), a markdown page's front
matter and its teasers for other articles. Kept apart from acceptance.py, which asks these among its
other tests of a candidate."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.dates.teasers import teaser_blocks
from pipeline.extractors.extensions import OFF_RELEASE_KEY, text_of

LINK_SEPARATOR = re.compile(r"\s[|·•]\s")
"""The separator of a line of links or buttons ('Facebook | X | E-mail')."""


def on_link_line(text: str, start: int, name: str) -> bool:
    """Whether a social network's name stands on a page's sharing or link line ('Partager : Facebook |
    LinkedIn', 'www.example.fr · LinkedIn'), where it is a button, not a name the release cites."""
    links = resources.load("entities.json")["link_lines"]
    if name not in links["networks"] and not set(name.split()) & set(links["networks"]):
        return False  # (a run over the buttons: 'Facebook X LinkedIn Courriel', 'Partager f X in')
    line = line_around(text, start).lower()
    return any(cue in line for cue in links["line_cues"]) or bool(LINK_SEPARATOR.search(line))


def on_menu_line(text: str, start: int) -> bool:
    """Whether a span stands on a web page's navigation menu ('Accueil   Qui sommes-nous ?   Actualités
    Faire un don'): a line holding two of a site's menu entries, written with their capital, and no
    sentence's full stop. Its words are buttons side by side, not a name."""
    line = line_around(text, start)
    if line.rstrip().endswith("."):
        return False
    return sum(entry in line and bool(pattern.search(line)) for entry, pattern in _menu_entries()) >= 2


@lru_cache(maxsize=1)
def _menu_entries() -> tuple[tuple[str, re.Pattern], ...]:
    """Each menu entry with its whole-word pattern, compiled once (the check runs on every candidate)."""
    entries = resources.load("entities.json")["menu_entries"]["words"]
    return tuple((entry, re.compile(rf"(?<!\w){re.escape(entry)}(?!\w)")) for entry in entries)


def off_the_release(doc: Doc, start: int) -> bool:
    """Whether a span stands in page metadata or the site's furniture, not the release's text: a
    markdown page's front matter ('title: Prix de l'eau 2026'), or its teasers for other articles
    ('Sur le même sujet' over two other releases' titles, '← Article précédent : …'). Neither gives
    a mention (docs/annotation.md, front matter and web pages), whatever rule or list found it."""
    zones = doc.user_data.get(OFF_RELEASE_KEY)
    if zones is None:
        from pipeline.extractors.metadata import FRONT_MATTER  # metadata imports the issuer's rules

        header_end = max(
            (
                end
                for key, (_, end) in (doc.user_data.get(FRONT_MATTER) or {}).items()
                if not key.startswith("heading")  # the body's own opening headings are body
            ),
            default=0,
        )
        zones = doc.user_data[OFF_RELEASE_KEY] = [(0, header_end), *teaser_blocks(text_of(doc))]
    return any(s <= start < e for s, e in zones)


PIPE_MENU_ENTRIES = 3
"""A line of at least this many short entries between ' | ' is a site's links (a header, a footer)."""
MAX_ENTRY_WORDS = 4


def on_pipe_menu(line: str) -> bool:
    """Whether a line is a web page's links set side by side with ' | ' ('Mon espace | Trouver une
    agence | Devis en ligne'): short entries, no figure (a table row or a dateline has some: 'N° 12 |
    Toulon, le 4 mai'), and not a markdown table's row ('| … |')."""
    stripped = line.strip()
    entries = stripped.split(" | ")
    return (
        len(entries) >= PIPE_MENU_ENTRIES
        and not stripped.startswith("|")
        and not stripped.endswith("|")
        and not any(ch.isdigit() for ch in stripped)
        and all(0 < len(entry.split()) <= MAX_ENTRY_WORDS for entry in entries)
    )


def line_around(text: str, start: int) -> str:
    """The whole line a position stands on."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return text[line_start : line_end if line_end >= 0 else len(text)]
