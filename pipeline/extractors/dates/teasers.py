"""A web page's teasers for other articles, copied with the release's text ('À lire aussi' over
the titles of two other releases), and its breadcrumb trail ('Accueil > Actualités > …', which
repeats the headline): the site's, not the release's (docs/annotation.md, web pages), so the
dates in them are no mentions."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import resources

MAX_CUE_CHARS = 30
"""A teaser section's heading is a short line of its own ('Articles liés', 'Sur le même sujet :')."""
MAX_TEASERS = 8


@lru_cache(maxsize=1)
def _see_also() -> re.Pattern:
    return re.compile(resources.load("html.json")["see_also_cue"])


NEIGHBOUR_LINK = re.compile(
    r"^\W*(?:article|actualité|communiqué|billet)\s+(?:précédente?|suivante?)\s*:", re.I
)
"""'← Article précédent : Semaine du rein 2026', 'Article suivant : …': a link to a neighbouring post."""


@lru_cache(maxsize=1)
def _breadcrumb() -> re.Pattern:
    return re.compile(resources.load("metadata.json")["breadcrumb"])


def teaser_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of teasers: the lines under a 'see also' heading, up to a blank
    line, or after it on its line ('Voir aussi : A | B'), each line linking to the previous or next
    post, and each breadcrumb line (not a line of prose whose ' » ' close two quoted names)."""
    blocks = []
    for heading in re.finditer(r"^[^\n]*$", text, re.MULTILINE):
        line = heading.group().strip()
        cue = _see_also().match(line)
        inline = cue and re.match(r"\s*:\s*\S", line[cue.end() :])  # 'Voir aussi : A | B' on one line
        if NEIGHBOUR_LINK.match(line) or inline or _breadcrumb().match(line) and "«" not in line:
            blocks.append((heading.start(), heading.end()))
            continue
        if not line or len(line) > MAX_CUE_CHARS or not _see_also().match(line):
            continue
        end = heading.end()
        for _ in range(MAX_TEASERS):
            following = text.find("\n", end + 1)
            following = len(text) if following < 0 else following
            if end >= len(text) or not text[end + 1 : following].strip():
                break
            end = following
        if end > heading.end():
            blocks.append((heading.end(), end))
    return blocks
