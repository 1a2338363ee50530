"""The headline: the first header paragraph that is not furniture, a contact line or a lede
sentence (a PDF's largest-font line: metadata_headings); metadata_title_end.py finds where it stops."""

from __future__ import annotations

import re

from pipeline.extractors.dates import find_dates
from pipeline.extractors.issuer import looks_like_issuer as _looks_like_issuer
from pipeline.extractors.issuer.header_lines import over_its_address
from pipeline.extractors.metadata_common import Line, fold, is_contact_line, vocabulary
from pipeline.extractors.metadata_furniture import (
    is_date_line,
    is_furniture,
    is_kicker,
    postal_line,
    site_navigation_end,
    wordmark_block,
)
from pipeline.extractors.metadata_genre import headline_after_type
from pipeline.extractors.metadata_letterhead import (
    letterhead_line,
    name_block_end,
    names_a_person,
    opens_on_body,
    opens_on_head_word,
    over_its_organ,
    wraps_onto_next,
)
from pipeline.extractors.metadata_title_end import (
    closes_headline,
    continues,
    label_over,
    last_word,
    resumes,
    wraps_over_blank,
)

TITLE_LABEL = re.compile(r"\s*(?:objet|titre|sujet)\s*:\s*(?=\S)", re.IGNORECASE)
"""'Objet : fermeture de la RD 12': the label an administrative release sets before its headline."""
BULLET_LINE = re.compile(r"\s*[-–•*·▪►✓]\s+\S")
"""'- Chiffre d'affaires en hausse de 12 %': an item of a list under the headline, not part of it."""

HEADER_LINES = 12
"""How far down a site's menu or trail is looked for above the headline."""

SECTION_NUMBER = re.compile(r"^\s*(?:[IVX]{1,4}|\d{1,2}|[A-H])\s?[).]\s+\S")
"""A numbered section heading: 'I) Le concours', '2. Les lauréats', 'A) Calendrier'."""


def _is_lede(title: str) -> bool:
    """'Du 13 au 28 mai 2011, la galerie présente des dessins.': a full sentence opening on a date
    is body text ('Le 8 mars, journée des droits des femmes' is still a headline)."""
    dates = find_dates(title)
    opens_on_date = (
        bool(dates) and dates[0]["start"] <= 15 and title[dates[0]["end"] :].lstrip().startswith(",")
    )
    return opens_on_date and (title.endswith(".") or len(title) > 120)


def find_title(text, lines, fields, evidence, dateline, type_index, record) -> int | None:
    """The first header line after the type line (or from the top) that reads like a headline,
    joined with the lines it wraps onto; contact lines and numbered section headings are skipped,
    and a sentence means the body began without one. With no headline below the type line, one
    printed above it ('CONCOURS X' over 'Dossier de presse') is taken, letterhead lines aside; so
    is one above it when what follows the type line is a sentence (a page's heading, then
    'Communiqué de presse – 12 septembre 2024', then the lede). A headline printed on the type
    line after the genre ('Communiqué de presse : Titre') comes first."""
    rest = headline_after_type(lines[type_index].text) if type_index is not None else None
    if rest and genre_qualifier(text, lines, type_index, dateline, evidence):
        rest = None  # 'COMMUNIQUÉ DE PRESSE – ANNONCE DE PROGRAMMATION' over the headline
    if rest:
        line = lines[type_index]
        start, end = line.start + rest[0], line.start + rest[1]
        record("title", re.sub(r"\s+", " ", text[start:end]).strip(" -–:"), start, end, "metadata.title")
        return type_index
    top = site_navigation_end(lines[: type_index if type_index is not None else HEADER_LINES])
    if type_index is None:
        # a page copied as text: the site's name and menu over the trail are no headline
        found = _title_between(text, lines, top, len(lines), dateline, evidence, letterhead=False)
        found = found and (_under_letterhead(text, lines, found, dateline, evidence, top) or found)
    else:
        found = _title_between(text, lines, type_index + 1, len(lines), dateline, evidence, False)
        if found and _genre_subtitle(lines, type_index, found):
            # 'PRÉAVIS DE GRÈVE' / 'Communiqué aux usagers et à la presse': the genre's second line
            found = _title_between(text, lines, found[0] + 1, len(lines), dateline, evidence, False)
        found = found and (_under_letterhead(text, lines, found, dateline, evidence, type_index + 1) or found)
        if (found is None or _reads_as_sentence(found[1]) or len(found[1].split()) <= 2) and type_index > 0:
            # a sentence, or a section heading of two words ('Point épidémiologique') under the genre
            found = _title_between(text, lines, top, type_index, dateline, evidence, letterhead=True) or found
    if found is not None and _site_chrome(found[1]):
        found = _under_stamp(text, lines, found[0], dateline, evidence) or found
    if found is None:
        return None
    index, title, start, end = found
    record("title", title, start, end, "metadata.title")
    return index


SITE_STAMP = re.compile(
    r"(?:^|[|•·–—]\s*)(?:publié|publiée|mis en ligne|mise en ligne|posté|postée)(?![\w-])", re.IGNORECASE
)


def _over_an_address(lines, index: int, stop: int) -> int | None:
    """A name and its descriptor printed over a postal address ('CONSO'ACTEURS ISÈRE' /
    'Association locale de défense des consommateurs' / 'agréée - 12 rue … - 38000 GRENOBLE'):
    a letterhead, as a name right over its address is. The index of the address line, or None."""
    last = index
    while last + 1 < stop and lines[last + 1].start == lines[last].end + 1 and last - index < 3:
        last += 1
    address = postal_line(lines[last].text) or STREET_AND_POSTCODE.search(lines[last].text)
    return last if last > index and address else None


STREET_AND_POSTCODE = re.compile(
    r"(?<!\w)\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|quai|route|impasse|cours)"
    r"(?!\w).{2,60}?(?<!\d)\d{5}\s+\S",
    re.IGNORECASE,
)
"""'… agréée - 12 rue Lesdiguières - 38000 GRENOBLE': a street and a postcode at the end of a line."""


def _genre_subtitle(lines, type_index: int, found) -> bool:
    """The line right under the genre opens on a genre word of its own and has no colon: it says
    to whom the release goes ('Communiqué aux usagers et à la presse'), it is no headline."""
    index, title = found[0], found[1]
    adjacent = index == type_index + 1 and lines[index].start == lines[type_index].end + 1
    words = title.split()
    return adjacent and ":" not in title and bool(words) and fold(words[0]) in GENRE_WORDS


GENRE_WORDS = {"communiqué", "communique", "communiqués", "communiques"}


def _genre_of_an_office(line: str) -> bool:
    """'COMMUNIQUÉ DU PROCUREUR DE LA RÉPUBLIQUE', 'COMMUNIQUÉ DE LA MAIRIE': the genre and who
    speaks, in capitals on a line of its own, no headline (a headline in capitals has a verb or a
    colon, and does not open on the genre)."""
    words = line.split()
    return (
        line.isupper()
        and 3 <= len(words) <= 10
        and fold(words[0]) in GENRE_WORDS
        and fold(words[1]) in ("du", "de", "des", "d'")
        and not re.search(r"[:!?«»\"]", line)
    )


def _site_chrome(title: str) -> bool:
    """A web page's header read as a headline: a menu ('Accueil | Nos droits | Actualités'), a
    logo's alt text ('[logo] STADE DOLOIS BASKET'), a line of menu words in capitals."""
    return "|" in title or title.startswith("[") or bool(re.search(r"\S {3,}\S", title))


def _under_stamp(text, lines, index: int, dateline, evidence):
    """The headline under the page's date line ('Publié le 03/06/2026', 'Mis en ligne le 3 avril
    2026 par le bureau', 'Vendredi 10 juillet 2026') when the header above it is the site's."""
    for below in range(index + 1, min(index + 12, len(lines))):
        line = lines[below]
        if is_date_line(line, dateline) or SITE_STAMP.search(line.text) and find_dates(line.text):
            found = _over_stamp(text, lines, index, below, dateline, evidence) or _title_between(
                text, lines, below + 1, len(lines), dateline, evidence, letterhead=False
            )
            return found if found and not _reads_as_sentence(found[1]) else None
    return None


def _over_stamp(text, lines, index: int, stamp: int, dateline, evidence):
    """'Comptes 2025 : …' / 'Arrêtés par le conseil …, les comptes …' / 'Publié le 02/04/26': an
    article's headline and its lede printed over the page's stamp, in one block under the site's
    header; the headline is the block's first line."""
    first = stamp - 1
    while (
        first - 1 > index
        and lines[first - 1].end + 1 == lines[first].start
        and not is_furniture(lines[first - 1], dateline, evidence)
    ):
        first -= 1
    if stamp - first < 2:
        return None
    if not lines[stamp - 1].text.rstrip().endswith("."):
        return None  # no lede over the stamp
    found = _title_between(text, lines, first, stamp - 1, dateline, evidence, letterhead=False)
    if found is None or found[0] != first or _site_chrome(found[1]):
        return None
    return found


HEADING_RULES = ("metadata.page_headline", "metadata.heading")
"""Title evidence from a heading the source marks as such, recorded before the text rules run."""


def genre_qualifier(text, lines, type_index: int, dateline, evidence) -> tuple[int, int] | None:
    """'COMMUNIQUÉ DE PRESSE – ANNONCE DE PROGRAMMATION', 'Information presse – Rentrée scolaire'
    over a headline: a few words after the genre on its line (no colon nor closing mark) say what
    kind of release it is when a headline follows under the type line; with none under it they are
    the headline ('APPEL À TÉMOINS - DISPARITION INQUIÉTANTE' over the dateline and the lede).
    (start, end) of the words in the text."""
    line = lines[type_index]
    rest = headline_after_type(line.text)
    if not rest:
        return None
    words = line.text[rest[0] : rest[1]]
    if len(words.split()) > vocabulary()["max_qualifier_words"] or re.search(r"[:.!?«»\"]", words):
        return None
    heading = evidence.get("title")
    if heading and heading["rule"] in HEADING_RULES and heading["start"] >= line.end:
        # the headline a page's <h1> or a markdown '#' sets under the type line: a headline under it,
        # though the title evidence covering its line makes that line furniture to the search below
        evidence = {field: found for field, found in evidence.items() if field != "title"}
    below = _title_between(text, lines, type_index + 1, len(lines), dateline, evidence, letterhead=False)
    if below is None or _reads_as_sentence(below[1]):
        return None
    return line.start + rest[0], line.start + rest[1]


def _under_letterhead(text, lines, found, dateline, evidence, zone_start: int):
    """'MINISTÈRE DE LA CULTURE' / 'Paris, le 3 mars 2025' / 'Titre': a block (from the top or
    under the type line) whose first line opens on a body's head-word, or that only a letterhead
    has above it ('WATTELIA' / 'La recharge pour tous', a company's baseline), and which a date line
    closes is the letterhead; the headline is the first one under the date line, unless what
    follows is the lede (a sentence). A short block in capitals naming no body is a masthead when the
    dateline alone on its line closes it ('VIVRE SANS DOULEUR ARTOIS' / 'Association de …', a
    rubric 'INFO MERCATO'), or when it ends on a date line of its own ('RUE DES CAUSSES — 10e
    édition' / 'MILLAU · 17 > 19 JUILLET 2026'), over a headline of some length."""
    index, title, _, end = found
    first = index
    while first > 0 and lines[first - 1].end + 1 == lines[first].start:
        first -= 1
    head = lines[first].text.strip()
    if len(head.split()) > 15 or head.endswith((".", "!", "?", ":")):
        return None
    named = opens_on_head_word(head) or _letterhead_above(lines, zone_start, first, dateline, evidence)
    if not named and (
        len(title.split()) > vocabulary()["max_masthead_words"]
        or re.search(r"[:!?]", title)
        or not " ".join(title.split()[:3]).isupper()
    ):
        return None  # long, saying its piece ('Salon du livre : un record') or in lower case: a headline
    for below in range(index + 1, min(index + 8, len(lines))):
        line = lines[below]
        own = line.start < end
        if own and (named or below == first or line.end < end or not is_date_line(line, dateline)):
            continue  # the block's own lines
        if is_date_line(line, dateline) and (named or own or _dateline_alone(line, dateline, evidence)):
            second = _title_between(text, lines, below + 1, len(lines), dateline, evidence, letterhead=False)
            if second and (_reads_as_sentence(second[1]) or BULLET_LINE.match(lines[second[0]].text)):
                return None  # the lede, or a list of highlights: the block was the headline
            if second and not named and second[1].endswith("."):
                return None  # 'Le texte suit.': a sentence, however short
            if second and not named and len(second[1].split()) < vocabulary()["min_sentence_words"]:
                return None  # 'SALON X' / '14 > 17 mars 2025' over its venue, a short subtitle
            return second
        if not is_furniture(line, dateline, evidence):
            return None
    return None


def _dateline_alone(line: Line, dateline: dict | None, evidence: dict) -> bool:
    """The dateline's line holds the dateline only ('Arras, le 14 janvier 2026'), not the lede after it."""
    return (
        bool(dateline)
        and line.start <= dateline["start"] < line.end
        and is_furniture(line, dateline, evidence)
    )


def _letterhead_above(lines, zone_start: int, first: int, dateline, evidence) -> bool:
    """Every line above lines[first] (from zone_start) is furniture or a body's name in capitals
    or opening on its head-word, and there is one: 'WATTELIA', 'UPFR', 'PRÉFECTURE DU CHER'."""
    names = [
        line
        for line in lines[zone_start:first]
        if not is_furniture(line, dateline, evidence) and not is_contact_line(line.text)
    ]
    return bool(names) and all(
        _looks_like_issuer(line.text) and (line.text.isupper() or opens_on_head_word(line.text.strip()))
        for line in names
    )


def _reads_as_sentence(title: str) -> bool:
    """A line that ends as a sentence ends, long enough to be the lede's first sentence."""
    return title.endswith((".", "…")) and len(title.split()) >= vocabulary()["min_sentence_words"]


def _title_between(text, lines, first: int, stop: int, dateline, evidence, letterhead: bool):
    """The headline among lines[first:stop]: (its index, text, start, end), or None. `letterhead`:
    any line that reads as a body's name is skipped (above the type line), else only a short one
    in capitals that opens on the body's head-word ('PRÉFECTURE DU GARD', not 'UN NOUVEAU CENTRE
    DE VACCINATION OUVRE'), with lines under it, and the first line naming a body alone
    ('Préfecture du Cher' under the genre, 'Agence régionale de santé Grand Est' at the top:
    issuer.names_a_body_under_genre)."""
    vocab = vocabulary()
    seen = False
    skip_to = first
    for index in range(first, stop):
        line = lines[index]
        if index < skip_to or is_furniture(line, dateline, evidence) or is_contact_line(line.text):
            continue
        if SECTION_NUMBER.match(line.text):
            continue  # 'I) Le concours', '2. Les lauréats': a section of the body, not its headline
        if _genre_of_an_office(line.text):
            continue  # 'COMMUNIQUÉ DU PROCUREUR DE LA RÉPUBLIQUE' over the headline: the genre
        if wordmark_block(text, lines, index, stop, dateline, evidence):
            skip_to = index + 2  # 'wattélia' / "L'énergie qui se partage" over the headline
            continue
        if index + 1 < stop and over_its_organ(lines, index):
            skip_to = index + 2  # 'LIGUE X' / 'Commission …', 'Fonds de dotation X' / its tagline
            continue
        if _looks_like_issuer(line.text) and (
            letterhead
            and (opens_on_head_word(line.text) or len(line.text.split()) <= vocab["max_letterhead_words"])
            and not wraps_onto_next(lines, index, stop)
        ):
            skip_to = name_block_end(lines, index, stop)
            continue
        opening, seen = not seen, True
        address = _over_an_address(lines, index, stop) if opening and not letterhead else None
        if address:
            skip_to = address + 1  # the letterhead down to its address
            continue
        if not letterhead and (
            _looks_like_issuer(line.text)
            and index + 1 < len(lines)
            and line.text.isupper()
            and opens_on_body(line.text)
            or opening
            and index + 1 < stop
            and letterhead_line(lines, index)
            and not names_a_person(line.text)
            or opening
            and over_its_address(lines, index)
        ):
            # 'Agence régionale de santé' / 'Grand Est' over the headline: the letterhead
            skip_to = name_block_end(lines, index, stop)
            continue
        if is_kicker(text, lines, index, stop, dateline, evidence):
            continue  # 'Mobilités' over 'Onze lignes de cars express …': the rubric
        title, start, end = line.text, line.start, line.end
        if dateline and line.start <= dateline["start"] < line.end:
            before, after = text[line.start : dateline["start"]], text[dateline["end"] : line.end]
            if not before.strip() and re.match(r"\s*[–—-]\s*\S", after):
                return None  # 'PARIS, 12 MARS 2024 – Le groupe annonce...': the body begins
            title = (before + " " + after).strip()
        title = re.sub(r"\s+", " ", title).strip(" -–")
        label = TITLE_LABEL.match(line.text)
        if label and TITLE_LABEL.match(title) and len(line.text) - label.end() >= vocab["min_title_chars"]:
            title, start = TITLE_LABEL.sub("", title, count=1), line.start + label.end()
        added = 0
        reach = end  # the end of the last line read (a date line inside the headline is read, not kept)
        for position, following in enumerate(lines[index + 1 : stop], index + 1):
            if is_contact_line(following.text) or BULLET_LINE.match(following.text):
                break  # a contact, or a list of highlights under the headline
            if SECTION_NUMBER.match(following.text) or postal_line(following.text):
                break  # '1. Le concours' (a section, a table of contents), or a name's address
            if following.start != reach + 1:
                if not (
                    wraps_over_blank(text, reach, following, title)
                    or label_over(text, lines, position, stop, title, dateline, evidence)
                ):
                    break
                title, end = f"{title} {following.text.strip()}", following.end
                reach = end
                continue
            if is_date_line(following, dateline) and resumes(title, lines, position + 1, stop):
                reach = following.end  # a column's dateline read between two headline lines
                continue
            if not continues(title, following.text):
                if not closes_headline(text, title, following, dateline, added):
                    break
                added += 1
            title, end = f"{title} {following.text.strip()}", following.end
            reach = end
        title = title.strip(" -–:")
        if _is_lede(title) or last_word(title) in vocab["function_words"] or title.endswith(","):
            return None  # the body has begun: a sentence (cut on a comma), not a headline
        if len(title) > vocab["max_title_chars"]:
            return None  # a paragraph of body text: the body has begun
        if len(title) < vocab["min_title_chars"] or len(title.split()) < 2:
            continue  # 'Actualités', 'Accueil': a page's rubric, a headline has several words
        return index, title, start, end
    return None
