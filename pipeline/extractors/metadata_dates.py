"""The release's place and date: the dateline first, then a date line in the header, then the
first full date near the top that is not the end of a period."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extractors.dates import find_dates
from pipeline.extractors.issuer import names_a_body_alone
from pipeline.extractors.issuer.line_kinds import is_place
from pipeline.extractors.metadata_common import fold, genre_fold, vocabulary
from pipeline.extractors.metadata_genre import type_span

PLACE = (
    r"(?P<place>[A-ZÀÂÉÈÎÔÛ][\w'’.-]*"
    r"(?:(?:[ -]|\s?/\s?)(?:sur|sous|en|le|la|les|de|d'|du|et|[A-ZÀÂÉÈÎÔÛ][\w'’.-]*))*)"
)
DATELINE = re.compile(PLACE + r"\s*,\s*(?:[Ll][Ee]\s+|the\s+)?$")
DATELINE_WITHOUT_COMMA = re.compile(r"^\s*" + PLACE + r"\s+[Ll][Ee]\s+$")
DATELINE_DASH = re.compile(r"^\s*" + PLACE + r"\s*[–—|•·-]\s*(?:le\s+)?$")
"""'Rennes – 12 mars 2024 –', 'Montpellier | 3 mars 2025': a wire-style dateline opens its line, the
place set off by a dash (or a bar or bullet, as set in a designed header)."""
COUNTRY_AFTER_PLACE = re.compile(r"\s*\([^()\n]{2,40}\)(?=\s*(?:,|[–—-])?\s*(?:[Ll][Ee]\s+)?$)")
"""'Lyon (France), le …', 'Saint-Denis (La Réunion), le …': the country or region in brackets
after the town is no part of the place."""
PERIOD_LINK = re.compile(r"\s*(?:au|à|et|[-–—>/])\s*", re.IGNORECASE)


CLOSING_FRACTION = 0.6
"""Where the closing zone starts (share of the text): the signature block and what follows it."""


def find_closing_dateline(text: str, header_limit: int) -> dict | None:
    """'Paris, le 3 avril 2025' (or 'Fait à Limoges, le …') on a line of its own above the
    signature: the dateline of a release that prints none in its header (unions, associations)."""
    start = max(header_limit, int(len(text) * CLOSING_FRACTION))
    for found in _datelines(text, start, len(text)):
        line_start = text.rfind("\n", 0, found["start"]) + 1
        line_end = text.find("\n", found["end"])
        rest = text[found["end"] : len(text) if line_end < 0 else line_end]
        lead = text[line_start : found["start"]]
        if re.fullmatch(r"\s*[.,]?\s*", rest) and re.fullmatch(r"\s*(?:(?:Fait\s+)?[àÀ]\s+)?", lead):
            return found  # the line is the dateline, not a sentence ending on a place and a date
    return None


def find_dateline(text: str, limit: int, column_gaps: Iterable[int] = ()) -> dict | None:
    """'Paris, le 15/06/2020': the first place-comma-date in the header zone ('Publié le 2 juin',
    a web page's stamp, names no place). A column gap before it parts the dateline from what its
    line prints on the left ('INFORMATION PRESSE      Rodez, le 2 mai')."""
    return next(_datelines(text, 0, limit, sorted(column_gaps)), None)


def _datelines(text: str, start: int, limit: int, column_gaps: list[int] | None = None):
    """Each place-comma-date in text[start:limit], in order."""
    vocab = vocabulary()
    for found in find_dates(text[start:limit]):
        date = {**found, "start": found["start"] + start, "end": found["end"] + start}
        line_end = text.find("\n", date["end"])
        ends_line = not text[date["end"] : len(text) if line_end < 0 else line_end].strip(" .,")
        if date["value"].startswith("--") or not (
            date["granularity"] == "day" or date["granularity"] == "month" and ends_line
        ):
            continue  # a month dates the release only alone after the place: 'Paris, janvier 2026'
        line_start = text.rfind("\n", 0, date["start"]) + 1
        line_start = max([line_start] + [g + 1 for g in column_gaps or () if g < date["start"]])
        before = text[line_start : date["start"]]
        if vocab["published_stamp"].match(before) or vocab["updated_stamp"].match(before):
            continue
        bracketed = bool(COUNTRY_AFTER_PLACE.search(before))
        before = COUNTRY_AFTER_PLACE.sub("", before)
        match = None
        for candidate in DATELINE.finditer(before):
            if candidate.end() == len(before):
                match = candidate
        match = match or DATELINE_WITHOUT_COMMA.match(before) or DATELINE_DASH.match(before)
        if match:
            place = match["place"].strip()
            place_start = line_start + match.start("place")
            words = place.split()
            while len(words) > 1 and not words[0][0].isupper():
                words.pop(0)
            # keep only the trailing capitalised run: "(niveau 2) Nîmes" -> "Nîmes"
            tail: list[str] = []
            for word in reversed(words):
                if word[0].isupper() or word.lower() in {
                    "sur",
                    "sous",
                    "en",
                    "le",
                    "la",
                    "les",
                    "de",
                    "du",
                    "et",
                    "/",
                }:
                    tail.insert(0, word)
                else:
                    break
            while tail and (not tail[0][0].isupper() or tail[0] in {"À", "A"}):  # 'À Paris, le ...'
                tail.pop(0)
            while tail and not tail[-1][0].isupper():
                tail.pop()  # 'Saint-Étienne et Châtellerault' keeps its 'et', a dangling one goes
            if (
                not tail
                or fold(" ".join(tail)) in vocab["not_places"]
                or genre_fold(" ".join(tail)) in vocab["types"]
                or fold(" ".join(tail)) in vocab["furniture"]
            ):
                continue  # 'Publié le 14 mars 2022', 'COMMUNIQUÉ DE PRESSE – 27 MARS 2025': no place
            known = bracketed or is_place(" ".join(tail)) or is_place(tail[0])
            if match.re is DATELINE_DASH and not (
                known or " ".join(tail).isupper() and len(" ".join(tail)) > 4  # not an acronym: 'CP'
            ):
                continue  # 'Feu de Vidauban – 17 juillet', 'Actualités | 3 mars': a known town, a wire's
                # capitals or a town with its country ('Sophia Antipolis (France) –') before the dash
            if match.re is DATELINE_WITHOUT_COMMA and not known or "\n" in date["text"]:
                continue  # 'GRÈVE DES KINÉSITHÉRAPEUTES LE JEUDI 12' / 'MARS 2026': a headline's end
            if sum(word[0].isupper() for word in tail) > 3:  # a run of capitals: a headline's end
                tail = tail[-1:]
            if names_a_body_alone(" ".join(tail)):
                continue  # 'Préfecture du Nord – 3 mars 2025': a body's name, not a town
            place = " ".join(tail)
            place_start = text.rfind(place, line_start, date["start"])
            if _mid_sentence(text[line_start:place_start]):
                continue  # 'la cérémonie du Jubilé des CHU, mardi 8 janvier': a sentence's noun, no place
            yield {
                "place": place,
                "place_start": place_start,
                "date": date,
                "start": place_start,
                "end": date["end"],
            }


SENTENCE_LINKS = {
    "des",
    "du",
    "de",
    "la",
    "le",
    "les",
    "aux",
    "au",
    "en",
    "et",
    "à",
    "pour",
    "par",
    "dans",
    "avec",
    "chez",
}
"""Words that put the capitalised run after them inside a sentence: 'du Jubilé des CHU, mardi 8 …'."""


def _genre_en_date_du(line: str, dates: list[dict]) -> dict | None:
    """The day after 'en date du' on a line that opens on the genre: the release's own date."""
    span = type_span(line) if dates else None
    if not span or span[0] > 0:
        return None
    return next(
        (
            d
            for d in dates
            if d["granularity"] == "day"
            and re.search(r"(?<!\w)en date du\s+$", line[: d["start"]], re.IGNORECASE)
        ),
        None,
    )


def _mid_sentence(lead: str) -> bool:
    """Whether the words before a dateline's place end on a link of a sentence ('… des CHU, mardi
    8 janvier'), not 'Fait à Limoges, le …' nor a genre or a separator."""
    words = re.findall(r"[\w'’]+|[^\w\s]", lead)
    if not words or words[-1] not in SENTENCE_LINKS:
        return False
    return not (words[-1] == "à" and len(words) > 1 and words[-2].lower() == "fait")


def find_release_date(text: str, lines, limit: int, page: dict | None) -> tuple[str, int, int, str] | None:
    """With no dateline, (value, start, end, rule) of the release date: a short date line (or a
    'Publié le' stamp) in the header, then a 'Mis à jour' stamp, then the first full day that is
    not inside a period, unless the web page has its own publication date (stronger than the first
    date of a text without a dateline, often an event's: 'le salon se tiendra le 12 mai 2025')."""
    vocab = vocabulary()
    updated = None  # 'Mis à jour le 12 juin 2025' dates a change: the release only if nothing else does
    for line in lines[:15]:
        if vocab["updated_stamp"].match(line.text):
            days = [d for d in find_dates(line.text) if d["granularity"] == "day"]
            updated = updated or (days and (line, days[0]))
            continue
        dates = find_dates(line.text)
        stamped = bool(dates) and bool(vocab["published_stamp"].match(line.text))
        dated_genre = _genre_en_date_du(line.text, dates)
        if dated_genre:  # 'Communiqué des services du Premier ministre, en date du 28 juin 2000, …'
            return (
                dated_genre["value"],
                line.start + dated_genre["start"],
                line.start + dated_genre["end"],
                ("metadata.date_line"),
            )
        genre = type_span(line.text) if dates else None  # 'Communiqué de presse du 3 mars 2025'
        label = genre[1] - genre[0] if genre else 0
        number = vocab["reference"].search(line.text) if dates else None
        label += len(number.group()) if number else 0  # 'Communiqué de presse du 3 mars 2025 – n° 118'
        if (
            (len(dates) == 1 or stamped)
            and dates[0]["granularity"] == "day"
            and (stamped or len(line.text.strip()) <= len(dates[0]["text"]) + label + 12)
        ):
            date = dates[0]
            return date["value"], line.start + date["start"], line.start + date["end"], "metadata.date_line"
    if page and page.get("published"):
        return None
    stamp = _closing_stamp(text, limit)
    if stamp:
        return stamp
    if updated:
        line, date = updated
        return date["value"], line.start + date["start"], line.start + date["end"], "metadata.date_line"
    for date in find_dates(text[:limit]):
        # a day printed without its year ('Vernissage le 12 mai') dates an event, not the release
        line_start = text.rfind("\n", 0, date["start"]) + 1
        if (
            date["granularity"] == "day"
            and date["rule"] not in vocab["yearless_date_rules"]
            and not in_a_period(text, date)
            and not vocab["updated_stamp"].match(text[line_start : date["start"]])
            and not EVENT_FIELD.match(text, line_start, date["start"])
        ):
            return date["value"], date["start"], date["end"], "metadata.first_date"
    return None


def _closing_stamp(text: str, limit: int) -> tuple[str, int, int, str] | None:
    """'Publié le 16 octobre 2018' on a line of its own under the text (a page's stamp printed
    after the article): the release date when the header prints none."""
    vocab = vocabulary()
    begin = text.rfind("\n", 0, limit) + 1
    for line in re.finditer(r"[^\n]+", text[begin:]):
        if not vocab["published_stamp"].match(line.group()):
            continue
        days = [d for d in find_dates(line.group()) if d["granularity"] == "day"]
        if days and len(line.group().strip()) <= len(days[0]["text"]) + 30:
            start = begin + line.start() + days[0]["start"]
            return days[0]["value"], start, start + len(days[0]["text"]), "metadata.date_line"
    return None


EVENT_FIELD = re.compile(r"[ \t]*(?:quand|dates)[ \t]*:", re.IGNORECASE)
"""An invitation's 'Quand : vendredi 24 avril 2026, à 11h' dates the event, not the release."""


def in_a_period(text: str, date: dict) -> bool:
    """'du 1er mars au 10 juin 2012', '13 mai > 28 mai 2011': an event's period, not the release date."""
    line_start = text.rfind("\n", 0, date["start"]) + 1
    line_end = text.find("\n", date["end"])
    line_end = len(text) if line_end < 0 else line_end
    if vocabulary()["range_end"].search(text[max(line_start, date["start"] - 30) : date["start"]]):
        return True
    for other in find_dates(text[line_start:line_end]):
        start, end = other["start"] + line_start, other["end"] + line_start
        gap = text[end : date["start"]] if end <= date["start"] else text[date["end"] : start]
        if (start, end) != (date["start"], date["end"]) and PERIOD_LINK.fullmatch(gap):
            return True
    return False
