"""What a header line is when it is not the headline: furniture (a genre, a stamp, a dateline, a
site's section), a date line, a kicker over the headline, a wordmark and its baseline."""

from __future__ import annotations

import re

from pipeline.extractors.contact_words import postal_line
from pipeline.extractors.dates import find_dates
from pipeline.extractors.issuer import looks_like_issuer as _looks_like_issuer
from pipeline.extractors.metadata_common import Line, fold, genre_fold, is_contact_line, vocabulary
from pipeline.extractors.metadata_genre import printed_type

TIME_TAIL = re.compile(r"\s*(?:(?:[–—,-]|à)\s*\d{1,2}\s*[hH:]\s*(?:\d{2})?)?\s*\S?\s*")
"""What may follow a dateline on its line: a time ('Paris, 3 mars 2025 – 18h00') or a last mark."""


SITE_MENU = re.compile(r"(?i)^\s*(?:accueil|home)(?:\s*(?:\||·|•|\s{2,})\s*[^|·•\s][^|·•]*?){2,}\s*$")
"""'Accueil | Nos droits | Actualités', 'Accueil   L'association   Nos actions': a site's menu."""


def site_navigation_end(lines) -> int:
    """A web page copied as text: its site's header (name, menu, search box) stands above the trail
    or the menu, printed on every page; the release (letterhead, headline) starts below the last of
    them. The index of the first line below them (0 when there is none)."""
    trail = vocabulary()["breadcrumb"]
    navigation = [i for i, line in enumerate(lines) if trail.match(line.text) or SITE_MENU.match(line.text)]
    return navigation[-1] + 1 if navigation else 0


def text_after(line, dateline: dict) -> str:
    return line.text[dateline["end"] - line.start :]


def is_furniture(line: Line, dateline: dict | None, evidence: dict) -> bool:
    vocab = vocabulary()
    folded = fold(line.text)
    genre = genre_fold(line.text)
    if folded in vocab["furniture"] or not re.search(r"\w{2}", line.text):
        return True
    if vocab["release_notice"].match(folded):
        return True  # an embargo or release notice, as in: Pour diffusion à partir du 12 mars
    if vocab["reference_code"].match(line.text):
        return True  # a release code alone on its line: 'PNUE/290', 'SG/2024/114'
    number = vocab["reference"].search(line.text)
    if number and not line.text[: number.start()].strip() and not line.text[number.end() :].strip(" .,"):
        return True  # a release number alone on its line: 'Référence : PREF/2025/118', 'N/Réf : 2025-118'
    if vocab["breadcrumb"].match(line.text):
        return True  # a web page's trail, as in: Accueil > Actualités > Communiqués
    if is_stamp(line.text) or vocab["furniture_line"].match(line.text):
        return True  # a stamp, a page number, a social-media prompt, a photo credit
    if any(genre == t or genre.startswith(t + " ") and len(genre) < len(t) + 25 for t in vocab["types"]):
        return True
    if re.sub(r"s\b", "", genre) in vocab["types"]:
        return True  # a site's rubric, the genre in the plural: Communiqués de presse
    pieces = re.split(r"\s*[|•·–—>]\s*|\s+-\s+", line.text.strip())
    if fold(pieces[-1]) in vocab["site_sections"] and len(" ".join(pieces[:-1]).split()) <= 4:
        return True  # 'MAISONIA – Espace presse', 'Newsroom': the section of a site the text was copied from
    covered = [e for e in evidence.values() if e["start"] < line.end and e["end"] > line.start]
    if covered and sum(e["end"] - e["start"] for e in covered) + 8 >= len(line.text.strip()):
        return True
    if covered and dateline and line.start <= dateline["start"] < line.end:
        rest = list(line.text)
        labelled = (
            {"start": line.start + number.start(), "end": line.start + number.end()} if number else None
        )
        for span in (*covered, dateline, *([labelled] if labelled else [])):  # 'Réf. : X/2025-44' whole
            rest[max(span["start"] - line.start, 0) : span["end"] - line.start] = " " * (
                span["end"] - span["start"]
            )
        if not re.search(r"[^\W\d_]{3,}", "".join(rest)):
            return True  # 'CP 2026/041 – Metz, le 9 avril 2026': a release number and the dateline
    if (
        dateline
        and line.start <= dateline["start"] < line.end
        and TIME_TAIL.fullmatch(text_after(line, dateline))
    ):
        return line.text[: dateline["start"] - line.start].strip() == ""
    if postal_line(line.text):
        return True  # '12 rue de la Gare', '21000 Dijon': the letterhead's address
    dates = find_dates(line.text)
    if dates and TIMESTAMP.search(line.text) and len(line.text) <= 80:
        return True  # 'Feu de Vidauban – vendredi 17 juillet 2026 – 20h00': a bulletin's time stamp
    return dates_alone(line.text, 12)


YEAR_RULES = ("date.bare_year", "date.year_interval")
"""Dates that name a year (or years) only."""


def dates_alone(text: str, slack: int) -> bool:
    """A line that is its dates and at most `slack` more characters ('Le 3 mars 2025', 'Lundi 9
    décembre'). A year with a word of its own is a label, not a date line: 'Résultats 2025',
    'Bilan 2025', 'Saison 2026-2027' start a headline."""
    dates = find_dates(text)
    if not dates or len(text.strip()) > sum(len(d["text"]) for d in dates) + slack:
        return False
    if any(d["rule"] not in YEAR_RULES for d in dates):
        return True
    rest = text
    for date in dates:
        rest = rest.replace(date["text"], " ")
    vocab = vocabulary()
    words = re.findall(r"[^\W\d_]{3,}", rest.lower())
    return all(w in vocab["function_words"] or w in vocab["date_words"] for w in words)


TIMESTAMP = re.compile(r"(?:^|[–—|-])\s*(?:à\s+)?\d{1,2}\s?[hH](?:\s?\d{2})?\s*(?:$|[–—|-])")
"""A time set off by a dash or a bar, or ending the line: '– 20h00', '| 18 h 30'."""


def is_stamp(text: str) -> bool:
    """'Publié le 03/07/2025 | Mis à jour le 05/07/2025', 'Mis à jour le 28 août 2025', 'Mise à
    jour : 12h00', 'Publié le 17/05/2026 à 18:05 – Mis à jour le 18/05/2026 à 09:12': a page's
    publication or update stamp, its dates or times and little else."""
    vocab = vocabulary()
    if not (vocab["published_stamp"].match(text) or vocab["updated_stamp"].match(text)):
        return False
    dates = find_dates(text)
    if not dates:  # 'Mise à jour : 12h00' ('Publication des résultats' is a headline)
        return len(text.strip()) <= 25 and bool(re.search(r"\d", text))
    timeless = STAMP_TIME.sub("", text).strip()
    return len(timeless) <= sum(len(d["text"]) for d in dates) + 40


STAMP_TIME = re.compile(r"\s(?:à\s+)?\d{1,2}\s?[hH:]\s?\d{2}\b")
"""' à 18:05', ' 9h30': the time a stamp gives with its date."""


def is_kicker(text, lines, index: int, stop: int, dateline, evidence) -> bool:
    """A kicker (surtitre): a rubric of one word ('Mobilités', 'CONJONCTURE'), or a rubric and its
    topic set off by a bar ('URGENCE | Inondations au Brésil'), right over a headline line
    (docs/annotation.md: not the title). A label of several words ('RÉSULTATS ANNUELS 2025',
    'Olympiades régionales de géosciences') starts the headline."""
    line = lines[index].text.strip()
    pieces = [p for p in re.split(r"\s+[|•·]\s+", line) if p]
    rubric = _one_word(line) or len(pieces) == 2 and _one_word(pieces[0]) and len(line.split()) <= 7
    return rubric and headline_under(text, lines, index, stop, dateline, evidence, 4)


def wordmark_block(text, lines, index: int, stop: int, dateline, evidence) -> bool:
    """A wordmark and its baseline ('wattélia' / "L'énergie qui se partage"): a word alone over a
    short phrase (right under it, or under a blank line, as a PDF sets a change of font), then a
    longer headline."""
    if not _one_word(lines[index].text) or index + 2 >= stop:
        return False
    baseline = lines[index + 1].text.strip()
    words = len(baseline.split())
    return (
        text.count("\n", lines[index].end, lines[index + 1].start) <= 2
        and not text[lines[index].end : lines[index + 1].start].strip()
        and 2 <= words <= 6
        and not baseline.endswith((".", ":", "…", ";"))
        and headline_under(text, lines, index + 1, stop, dateline, evidence, words + 2)
    )


def _one_word(line: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_][\w'’-]*", line.strip()))


def headline_under(text, lines, index: int, stop: int, dateline, evidence, min_words: int) -> bool:
    """The line under lines[index] (or under one blank line) reads as a headline of min_words words
    or more: it opens on a capital, and is not the genre, a date line, furniture, a contact, a
    body's name or a sentence."""
    if index + 1 >= stop:
        return False
    following = lines[index + 1]
    gap = text[lines[index].end : following.start]
    headline = following.text.strip()
    return (
        gap.count("\n") <= 2
        and not gap.strip()
        and headline[:1].isupper()
        and len(headline.split()) >= min_words
        and not headline.endswith((".", "…", ";"))
        and not is_furniture(following, dateline, evidence)
        and not is_date_line(following, dateline)
        and not is_contact_line(following.text)
        and not printed_type(headline)
        and not _looks_like_issuer(headline)
    )


def is_date_line(line: Line, dateline: dict | None) -> bool:
    """The dateline's line, or a line that is a date and little else ('Le 3 décembre 2024')."""
    if dateline and line.start <= dateline["start"] < line.end:
        return True
    return dates_alone(line.text, 15)
