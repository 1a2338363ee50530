"""The headline: the first header paragraph that is not furniture, a contact line or a lede
sentence, with its wrapped continuation lines (a PDF's largest-font line: metadata_headings)."""

from __future__ import annotations

import re

from pipeline.extractors.dates import find_dates
from pipeline.extractors.gazetteer_places import place_names
from pipeline.extractors.issuer import looks_like_issuer as _looks_like_issuer
from pipeline.extractors.issuer.header_lines import over_its_address
from pipeline.extractors.metadata_common import Line, fold, is_contact_line, vocabulary
from pipeline.extractors.metadata_furniture import (
    headline_under,
    is_date_line,
    is_furniture,
    is_kicker,
    is_stamp,
    postal_line,
    wordmark_block,
)
from pipeline.extractors.metadata_genre import headline_after_type, printed_type
from pipeline.extractors.metadata_letterhead import (
    letterhead_line,
    name_block_end,
    names_a_person,
    opens_on_body,
    opens_on_head_word,
    wraps_onto_next,
)

PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\n[ \t]*[-–•*·▪►✓][ \t]")
"""Where a headline's paragraph ends: a blank line, or the first item of a list under it."""
TITLE_LABEL = re.compile(r"\s*(?:objet|titre|sujet)\s*:\s*(?=\S)", re.IGNORECASE)
"""'Objet : fermeture de la RD 12': the label an administrative release sets before its headline."""
BULLET_LINE = re.compile(r"\s*[-–•*·▪►✓]\s+\S")
"""'- Chiffre d'affaires en hausse de 12 %': an item of a list under the headline, not part of it."""

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
    if type_index is None:
        found = _title_between(text, lines, 0, len(lines), dateline, evidence, letterhead=False)
        found = found and (_under_letterhead(text, lines, found, dateline, evidence, 0) or found)
    else:
        found = _title_between(text, lines, type_index + 1, len(lines), dateline, evidence, False)
        if found and _genre_subtitle(lines, type_index, found):
            # 'PRÉAVIS DE GRÈVE' / 'Communiqué aux usagers et à la presse': the genre's second line
            found = _title_between(text, lines, found[0] + 1, len(lines), dateline, evidence, False)
        found = found and (_under_letterhead(text, lines, found, dateline, evidence, type_index + 1) or found)
        if (found is None or _reads_as_sentence(found[1]) or len(found[1].split()) <= 2) and type_index > 0:
            # a sentence, or a section heading of two words ('Point épidémiologique') under the genre
            found = _title_between(text, lines, 0, type_index, dateline, evidence, letterhead=True) or found
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
        if wordmark_block(text, lines, index, stop, dateline, evidence):
            skip_to = index + 2  # 'wattélia' / "L'énergie qui se partage" over the headline
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
                    _wraps_over_blank(text, reach, following, title)
                    or _label_over(text, lines, position, stop, title, dateline, evidence)
                ):
                    break
                title, end = f"{title} {following.text.strip()}", following.end
                reach = end
                continue
            if is_date_line(following, dateline) and _resumes(title, lines, position + 1, stop):
                reach = following.end  # a column's dateline read between two headline lines
                continue
            if not _continues(title, following.text):
                if not _closes_headline(text, title, following, dateline, added):
                    break
                added += 1
            title, end = f"{title} {following.text.strip()}", following.end
            reach = end
        title = title.strip(" -–:")
        if _is_lede(title) or _last_word(title) in vocab["function_words"] or title.endswith(","):
            return None  # the body has begun: a sentence (cut on a comma), not a headline
        if len(title) > vocab["max_title_chars"]:
            return None  # a paragraph of body text: the body has begun
        if len(title) < vocab["min_title_chars"] or len(title.split()) < 2:
            continue  # 'Actualités', 'Accueil': a page's rubric, a headline has several words
        return index, title, start, end
    return None


VENUE_LINE = re.compile(r"(?P<town>[^\W\d_][\w'’ -]*?)\s+[–—-]\s+\S")
"""'Town – venue': the line placing an event."""


def _closes_headline(text: str, title: str, line: Line, dateline: dict | None, added: int = 0) -> bool:
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


def _label_over(text, lines, index: int, stop: int, title: str, dateline, evidence) -> bool:
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


def _resumes(title: str, lines, index: int, stop: int) -> bool:
    """The line at index, right under a date line, goes on with the headline: it opens in lower
    case, the headline stops on a linking word, or both are in capitals."""
    if index >= stop or lines[index].start != lines[index - 1].end + 1:
        return False
    following = lines[index].text.strip()
    return (
        following[:1].islower()
        or _last_word(title) in vocabulary()["function_words"]
        or title.isupper()
        and following.isupper()
        and not following.endswith(".")
    )


def _last_word(text: str) -> str:
    words = re.findall(r"[\w'’]+", text.lower())
    return words[-1] if words else ""


def _wraps_over_blank(text: str, end: int, following: Line, title: str = "") -> bool:
    """'Concours Alkindi', a blank line, 'édition 2017-2018': a short line that goes on with the
    headline (lower case, a bracket, after a colon, a comma or a linking word), or in capitals under
    one in capitals, after one blank line still belongs to it (a spaced-out cover, a text extracted
    with a blank line between lines); body paragraphs open on a capital, a sentence ends on a stop,
    and a period after a linking word ('présente du' / '1er mars au 10 juin') is a sentence's."""
    content = following.text.strip()
    return (
        text[end : following.start].count("\n") == 2
        and not text[end : following.start].strip()
        and (_continues(title, content) or title.endswith(",") or title.isupper() and content.isupper())
        and not (_last_word(title) in vocabulary()["function_words"] and find_dates(content))
        and not title.endswith((".", "!", "?"))  # 'FORUM PHP : LANCEMENT !' is whole
        and len(content) <= vocabulary()["max_second_line_chars"]
        and not content.endswith((".", ";", "…", ":"))
    )


def _continues(title: str, following: str) -> bool:
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
        or _last_word(title) in vocabulary()["function_words"]
    )


def _date_across(title: str, following: str) -> bool:
    """A date cut by the line's end ('… du 14 mars au 27 septembre' / '2026', 'LE MARDI 10' / 'MARS
    2026'): the line goes on with the headline."""
    tail, head = title[-30:], following[:30]
    return any(d["start"] < len(tail) < d["end"] for d in find_dates(f"{tail} {head}"))
