"""The names a letterhead block holds. The issuer's evidence is often a block of lines: one body's name
wrapped over several ('MINISTÈRE / DE L'AGRICULTURE / ET DE LA SOUVERAINETÉ'), or joint issuers one
under the other ('Préfète de la Charente / Agence régionale de santé Nouvelle-Aquitaine'), with the
State's motto or a body's acronym on lines of their own. Each body is one mention; the motto is none."""

from __future__ import annotations

import re

from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.span_text import clean_bounds
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.titled_names import role_titles
from pipeline.extractors.entities.vocabulary import fold, folded_places, legal_status, vocabulary
from pipeline.extractors.issuer.common import STATE_WORDS
from pipeline.extractors.issuer.common import vocabulary as issuer_vocabulary

ACRONYM_LINE = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&-]{1,11}")
"""'ARS', 'DDETS', 'SNPDEN-UNSA': a line holding only a body's acronym."""

CONTINUES = frozenset(
    {"de", "du", "des", "d'", "et", "pour", "la", "le", "les", "l'", "en", "à", "au", "aux"}
)
"""Words a wrapped name's line ends or the next line opens with: the name goes on over the break."""


LOGO_WORD = re.compile(r"[Ll]ogo[ \u00a0]+(?=[A-ZÀ-Ý0-9])")
"""'[Logo Regards Partagés]': the word a letterhead's image description opens with, no part of the name."""


def without_logo_word(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, those opening with 'Logo ' starting after it: the logo is the body's."""
    out = []
    for c in candidates:
        word = LOGO_WORD.match(text, c.start, c.end)
        out.append(Candidate(word.end(), c.end, c.label, c.source, c.rule, c.key) if word else c)
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The block's non-blank lines, without their markup and the lines of the motto, each with its
    text as printed (cleaning takes a line's opening article out: 'DES ARMÉES' is read as 'ARMÉES')."""
    found = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        s, e = clean_bounds(text, start + match.start(), start + match.end())
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", text[s:e])]
        if s < e and words and not all(w in STATE_WORDS for w in words):
            found.append((s, e, match.group().strip(" *#_|")))
    return found


def _opens_a_body(line: str) -> bool:
    """A line opening with a body's head-word ('Agence …', 'MINISTÈRE DES SPORTS', 'Région Normandie',
    'Préfète de la Charente'), as the entity rules or the letterhead's own vocabulary know them."""
    words = line.replace("’", "'").split()
    if not words or not words[0][:1].isupper() or fold(line) in folded_places():
        return False  # 'PAYS DE LA LOIRE' under 'PRÉFÈTE DE LA RÉGION': the place completes the name
    first = words[0].capitalize() if words[0].isupper() else words[0]
    if head_label(" ".join([first, *words[1:]])) == "ORG":
        return True
    opening = line.lower()
    return any(opening.startswith(k) for k in issuer_vocabulary()["keywords"])


def _word(text: str, last: bool) -> str:
    words = text.replace("’", "'").lower().split()
    if not words:
        return ""
    word = words[-1] if last else words[0]
    return "d'" if word.startswith("d'") and not last else ("l'" if word.startswith("l'") else word)


def _issuer_label(name: str) -> str:
    """A letterhead names a body, unless an event's head-word opens it ('FESTIVAL FALAISES & LUMIÈRES'):
    a festival or a fair that issues its own release is still the event, a thing."""
    first = name.split()[0].lower()
    return "MISC" if first in vocabulary()["event_heads"] and head_label(name) == "MISC" else "ORG"


def letterhead_names(text: str, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The (start, end, label) of each name in the issuer's block: a new name opens on a line holding an
    acronym, or on a line opening with a body's head-word when the line before ends the name before it
    (not on a connector: 'Direction régionale de / l'environnement'). A block of one line is left whole;
    a title's block ('PRÉFET DE LA RÉGION BRETAGNE') gives the place it ends with; a legal form after
    a dash ('X – SASP') is left out."""
    lines = _lines(text, start, end) if "\n" in text[start:end].strip() else []
    groups: list[list[tuple[int, int]]] = []
    if len(lines) < 2:
        lines, groups = (
            [],
            [[(start, end)]],
        )  # a one-line issuer keeps its span whole, as the metadata reads it
    printed = ""
    for s, e, as_printed in lines:
        line = text[s:e]
        previous = text[groups[-1][-1][0] : groups[-1][-1][1]] if groups else ""
        previous_printed, printed = printed, as_printed
        acronym = (
            bool(ACRONYM_LINE.fullmatch(line))
            and _word(printed, last=False) not in CONTINUES  # not 'DES ARMÉES' under 'MINISTÈRE'
            and not lexicon.is_lemma(line)  # not 'ALIMENTAIRE'
            and fold(line) not in folded_places()  # 'RÉGION ACADÉMIQUE / BRETAGNE': the place completes it
            and not previous.endswith("-")
        )

        new = (
            not groups
            or acronym
            or (
                _opens_a_body(line)
                and not previous.endswith("-")  # 'DE LA HAUTE- / SAVOIE'
                and _word(previous, last=True) not in CONTINUES
                and not previous_printed.endswith(",")  # 'DE L'ÉCONOMIE, / DES FINANCES'
                and _word(printed, last=False) not in CONTINUES  # 'MINISTÈRE / DES ARMÉES'
            )
        )
        if new:
            groups.append([(s, e)])
        else:
            groups[-1].append((s, e))
    names = []
    for group in groups:
        start, end = group[0][0], group[-1][1]
        legal = issuer_vocabulary()["dashed_legal_form"].search(text, start, end)
        end = legal.start() if legal else end  # 'STADE X – SASP': the legal form is no part of the name
        if legal_status(text[start:end]):
            continue  # 'Fondation abritée sous l'égide de …' under the name: its status, no name
        if text[start:end].split()[0].lower() not in role_titles():
            names.append((start, end, _issuer_label(text[start:end])))
        elif place := _trailing_place(text, start, end):
            # 'PRÉFET DE LA RÉGION / BRETAGNE': a title's block names an office a person holds, not a
            # body; the place it ends with is a place
            names.append((*place, "LOC"))
    return names


def _trailing_place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The known place a block ends with (the longest), as (start, end)."""
    words = list(re.finditer(r"[^\s']+", text[start:end]))
    for k in range(len(words)):
        place_start = start + words[k].start()
        if fold(" ".join(text[place_start:end].split())) in folded_places():
            return place_start, end
    return None
