"""Names closed by a year: 'Horizon 2030', 'France 2030', 'Cap Jeunes 2026-2028'. A year written right
after a name, with no preposition or date before it, dates a plan, a programme, a survey or an event
(every one of the 24 gold names holding a year in the tune and read gold is MISC); the name alone is
another thing (a country, a common word)."""

from __future__ import annotations

import re

from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import fold, folded_countries, folded_places, vocabulary

COPYRIGHT_BEFORE = re.compile(r"(?:©|\([cC]\)|[cC]opyright)[ \u00a0]*$")
"""'© Anses 2025', 'Copyright UEMA 2025': a site's owner and the year of its notice, no dated name."""

CUE_BEFORE = re.compile(r"(?:[a-zà-ÿ]{4,}|[«\"“*_])[ \u00a0]*$")
"""'l'enquête Noyades 2024', 'le plan Cap 2028', '« Greffe 2030 »': a kind noun or a quotation mark
says a common word and its year are a name."""

EDITION_BEFORE = re.compile(r"édition[ \u00a0]+(?:de[ \u00a0]+(?:son|sa|leur|la|l['’])|du)[ \u00a0]*$")
"""'la sixième édition de son Observatoire …': what stands before a report named by its edition."""

YEAR_AFTER = re.compile(r"[ \u00a0](?:19|20)\d\d(?:[-–](?:19|20)\d\d)?(?![\w/.,-]\d|[\w/-])")
"""' 2030', ' 2026-2028' right after a name (not '2030/31', '2024-25', '2025.12')."""


def dated_names(text: str, candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Each capitalised name a year follows stretched over the year and labelled MISC, unless it is a
    person, a body by its head-word, a town or region ('Nantes 2025' is a heading's place and date), a
    month ('Mars 2025'), the end of a compound ('contrat de plan État-Région 2021-2027') or a
    copyright notice's owner ('© Anses 2025'); a listed scheme in lower case takes its year too
    ('i-Nov 2025'). A body's head-word that also names its yearly report ('Observatoire') names the
    report when a year or its edition dates it. A lone common noun and its year with no kind noun
    or quotation mark before them are a heading ('Palmarès 2026', 'Résultats 2024'): no name."""
    months = vocabulary()["not_name_words"]
    out = []
    for c in candidates:
        year = YEAR_AFTER.match(text, c.end)
        name = text[c.start : c.end]
        before = text[max(0, c.start - 20) : c.start]
        if year is not None and _heading_word(name, before, lexicon):
            continue
        if _report(name, year, before):
            out.append(
                Candidate(c.start, year.end() if year else c.end, "MISC", c.source, "entity.report_edition")
            )
            continue
        if (
            year is None
            or COPYRIGHT_BEFORE.search(before)
            or c.label == "PER"
            or not (name[:1].isupper() or (c.source == "gazetteer" and c.label == "MISC"))
            or text[c.start - 1 : c.start] == "-"
            or "\n" in name
            or head_label(name) == "ORG"
            or name.split()[-1].lower() in months
            or (fold(name) in folded_places() and fold(name) not in folded_countries())
        ):
            out.append(c)
            continue
        out.append(Candidate(c.start, year.end(), "MISC", c.source, "entity.dated_name"))
    return out


def _heading_word(name: str, before: str, lexicon: Lexicon) -> bool:
    """One capitalised common noun ('Palmarès', 'Baccalauréat') with no cue before it."""
    return (
        " " not in name
        and not name.isupper()
        and (lexicon.is_noun(name) or name in lexicon)
        and not CUE_BEFORE.search(before)
    )


def _report(name: str, year: re.Match | None, before: str) -> bool:
    """A body's head-word that also names its yearly report ('Observatoire'), dated by a year after the
    name or preceded by its edition: the report, not the body."""
    words = name.split()
    return (
        len(words) > 1
        and words[0] in vocabulary()["report_heads"]
        and (year is not None or EDITION_BEFORE.search(before) is not None)
    )
