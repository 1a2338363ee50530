"""Placing a day or month printed without a year from the document's own context.

The document date gives the default year (rules.py); printed clues override it, as the annotation
guide's "Day-month without a year" case says. A year printed once at the end of a list of days is
every day's ("les 2 avril et 3 mai 2010"). A season the release is about ("édition 2017-2018",
"saison 2024-2025", "année scolaire 2024/2025") places August to December in its first year and
January to July in its second. A tense pins the side of the document date: an act in the past
("se sont déroulées en décembre", "a signé le 12 décembre"; not a passive or a schedule, "est
prévue le 15 juin", "a fixé au 15 juin") in an April release is the December before; "se tiendra
le 15 janvier" in a November release is the January after. A weekday printed with the day
("mercredi 17 mai") names the one year near the default where that day is that weekday.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extractors.dates.context import tense_before, told_in_past
from pipeline.extractors.dates.patterns import patterns
from pipeline.extractors.dates.values import shifted_years, value_parts
from pipeline.extractors.dates.years import YEARLESS

YEARLESS_RULES = {
    "date.day_month",
    "date.day_interval",
    "date.cross_month_interval",
    "date.numeric_day_month",
    "date.bare_month",
    "date.day_slash_pair",
    "date.numeric_interval",
    "date.fortnight",
    "date.month_interval",
    "date.yearless_quarter",
}
SEASON_START = 8
"""A season or school year runs from late summer: August to December lie in its first year."""
MARGIN = dt.timedelta(days=30)
"""A tense moves a date only when it lies this far on the wrong side of the document date: a
release printed a few days late still says "aura lieu" of a day just past."""


def place_years(dates: list[dict], text: str, reference: dt.date | None) -> list[dict]:
    """Move each date printed without a year to the year its season, tense or weekday requires."""
    seasons = [(m, int(m["first"])) for m in patterns().season_span.finditer(text) if _season(m)]
    for index in range(len(dates) - 1, -1, -1):
        date = dates[index]
        if date["rule"] not in YEARLESS_RULES or re.search(r"\d{4}", date["text"]):
            continue
        if DIRECTED.search(date["text"]):
            continue  # 'en juin dernier', 'le 3 mars prochain': the word has placed it already
        parts = [value_parts(value) for value in date["value"].split("/")]
        if any(part is None for part in parts):
            continue
        year, month = parts[0][0], parts[0][1]
        before = [first for m, first in seasons if m.start() < date["start"] and _governs(text, m, date)]
        listed = _listed_year(text, date, dates[index + 1] if index + 1 < len(dates) else None)
        named = _month_named_before(text, date, dates[:index], month)
        if listed is not None:
            target = listed - (month > int(dates[index + 1]["value"][5:7]))
        elif named is not None:
            target = named
        elif before:
            target = before[-1] + (month < SEASON_START)
            if target < year and _bound_ahead(text, date, parts, target - year, reference):
                target = year  # 'ouverts jusqu'au 31 août' under last season's heading: still to come
        elif reference is not None and year == reference.year:
            target = year + _tense_shift(text, date, parts, reference)
        else:
            target = year
        target = _weekday_year(date["text"], target, parts[0], reference)
        if target != year:
            date["value"] = "/".join(
                shifted_years(value, target - year) for value in date["value"].split("/")
            )
    return dates


def _listed_year(text: str, date: dict, following: dict | None) -> int | None:
    """The year printed once at the end of a list of days or months: "les 2 avril et 3 mai 2010",
    "le 28 février et le 3 mars 2025", "de juillet et d'août 2024" (the list is read right to left,
    so the year reaches every item)."""
    if following is None or following["granularity"] != date["granularity"]:
        return None
    if not re.match(r"\d{4}", following["value"]) or date["granularity"] not in {"day", "month"}:
        return None
    if not re.fullmatch(
        r"\s*(?:,|et|ou)\s*(?:(?:le|du|au|de|en)\s+|d['’]\s*)?", text[date["end"] : following["start"]]
    ):
        return None
    return int(following["value"][:4])


def _month_named_before(text: str, date: dict, before: list[dict], month: int) -> int | None:
    """The year of the same month printed with its year earlier in the sentence: 'la canicule de
    juin 2019, qui avait établi le record le 28 juin' is June 2019; and of the period printed with
    its year just before, when the month follows it in that year: 'au premier semestre 2025, puis à
    partir de septembre' is September 2025, 'au printemps 2027, entre mars et mai' 2027."""
    for rank, other in enumerate(reversed(before)):
        gap = text[other["end"] : date["start"]]
        if len(gap) > 150 or re.search(r"[.!?;]\s|\n[ \t]*\n", gap):
            return None  # a headline's 'avant l'été 2027' does not place the lead's 'En juin dernier'
        if not re.search(r"\d{4}", other["text"]):
            continue
        found = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", other["value"])
        if found and int(found[2]) == month:
            return int(found[1])
        period = re.fullmatch(r"(\d{4})(?:-(\d{2})/\d{4}-(\d{2}))?", other["value"])
        if (
            rank == 0
            and period
            and (period[3] or SEASON_WORD.search(other["text"]))
            and not re.search(r"\d", date["text"])
            and int(period[3] or 1) <= month
        ):
            return int(period[1])
    return None


SEASON_WORD = re.compile(r"(?<!\w)(?:printemps|été|automne|hiver)(?!\w)", re.IGNORECASE)
"""'au printemps 2027': a season printed with its year, the period the months after it lie in."""


def _governs(text: str, season: re.Match, date: dict) -> bool:
    """A season span places the dates of its own paragraph, or of all the text under it when it
    heads a line ('Saison 2025-2026' over a programme); 'les aides de la saison 2026-2027' in one
    paragraph does not place 'jusqu'au 30 juin' in another."""
    line_start = text.rfind("\n", 0, season.start()) + 1
    heading = len(text[line_start : season.start()].split()) <= 3
    return heading or not re.search(r"\n[ \t]*\n", text[season.end() : date["start"]])


def _season(m: re.Match) -> bool:
    return int(m["last"]) == int(m["first"]) + 1


def _bounds(parts: list[tuple[int, int, int | None]]) -> tuple[dt.date, dt.date]:
    (first_year, first_month, first_day), (last_year, last_month, last_day) = parts[0], parts[-1]
    start = dt.date(first_year, first_month, first_day or 1)
    if last_day is None:
        following = dt.date(last_year + (last_month == 12), last_month % 12 + 1, 1)
        return start, following - dt.timedelta(days=1)
    return start, dt.date(last_year, last_month, last_day)


def _tense_shift(text: str, date: dict, parts, reference: dt.date) -> int:
    """-1 for a past act placed after the document date, or a date after "depuis"; +1 for a
    future one placed before it, or a month after "dès", "jusqu'en", "d'ici"."""
    p = patterns()
    lead = text[max(0, date["start"] - 80) : date["start"]]
    lead = lead[max(lead.rfind(c) for c in ".!?\n;") + 1 :]
    try:
        first, last = _bounds(parts)
    except ValueError:
        return 0
    if first > reference and RETROSPECTIVE.search(lead):
        return -1  # 'depuis novembre' in a February release: the November before
    if p.future_lead.search(lead) or (
        PROSPECTIVE.search(lead) and not p.past_lead.search(lead) and not IMPERFECT_LEAD.search(lead)
    ):
        return int(last < reference - MARGIN)
    if (
        last < reference - MARGIN
        and tense_before(text, date["start"]) == "future"
        and not LOOKING_BACK.search(text, date["start"], date["end"] + 12)
        and not p.act_just_before.search(lead)
    ):
        # 'Un bilan sera présenté lors de la session de juillet' in September: next July; not
        # 'ouvrira …, après celle de Prades inaugurée en janvier' (the act names its own time)
        return 1
    if PURPOSE.search(lead):
        return 0  # 'ont déposé 380 offres pour la rentrée de septembre' in February: the coming one
    if first > reference + MARGIN and (
        p.past_lead.search(lead) or told_in_past(text, date["start"], date["end"])
    ):
        return -1
    if first > reference + HALF_YEAR and p.participle_lead.search(lead):
        return -1  # 'l'enquête, menée auprès de 900 adhérents entre octobre et décembre' in January
    if _nearer_next_year(first, last, reference) and not (
        p.past_lead.search(lead)
        or p.participle_lead.search(lead)
        or RETROSPECTIVE.search(lead)
        or _tense_forms_of(text, date)
        or LIST_ITEM.search(text, 0, date["start"])
    ):
        return 1  # 'recruter 17 personnes entre janvier et juin' in November: the coming months
    return 0


LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*[-–•*>]?[ \t]*\Z")
"""A date opening a line or a list item ('- 12 mars : forum'): a row of a list the sequence rules
place (a review of the year's highlights, newest first, stays in its year)."""


def _nearer_next_year(first: dt.date, last: dt.date, reference: dt.date) -> bool:
    """Whether a date lying wholly before the document date would begin sooner ahead, a year
    later, than it ended behind: a release tells what comes, so 'en avril' in December is April next."""
    try:
        ahead = first.replace(year=first.year + 1) - reference
    except ValueError:
        return False
    return last < reference - MARGIN and ahead < reference - last


def _tense_forms_of(text: str, date: dict) -> bool:
    """Whether the date's sentence has a verb in the past or the future to place it by."""
    return told_in_past(text, date["start"], date["end"]) or tense_before(text, date["start"]) is not None


HALF_YEAR = dt.timedelta(days=183)
"""A past participle alone ('une consultation réalisée en décembre') moves a date to the year before
only when the default year puts it more than half a year ahead: the December before is then nearer."""


def _bound_ahead(text: str, date: dict, parts, shift: int, reference: dt.date | None) -> bool:
    """Whether a day bounding something from now on ('jusqu'au 31 août', 'à partir du 2 mars') would
    fall more than a month before the document date once moved by shift years."""
    if reference is None or not BOUND.search(text, max(0, date["start"] - 20), date["start"]):
        return False
    try:
        first = _bounds(parts)[0]
        return first.replace(year=first.year + shift) < reference - MARGIN
    except ValueError:
        return False


BOUND = re.compile(r"(?<!\w)(?:jusqu['’]au|à\s+partir\s+du|dès\s+le)\s*$", re.IGNORECASE)
RETROSPECTIVE = re.compile(r"(?<!\w)depuis(?:\s+(?:le|la|l['’]|début|fin|mi-?))?\s*$", re.IGNORECASE)
"""'depuis novembre', 'depuis le 15 novembre': a day reached before the document date."""
DIRECTED = re.compile(r"(?<!\w)(?:derni(?:er|ère)|prochaine?)\s*$", re.IGNORECASE)
"""A date whose own span ends on the side of the document date it lies on."""
LOOKING_BACK = re.compile(r"(?<!\w)(?:derni(?:er|ère)|passée?)(?!\w)", re.IGNORECASE)
"""'la promesse faite le 26 avril dernier': a day told as past, whatever verb governs the sentence."""
PURPOSE = re.compile(
    r"(?<!\w)pour\s+(?:(?:la|le|les|l['’])\s*)?(?:[^\W\d_]+\s+(?:de|d['’])\s*)?$", re.IGNORECASE
)
"""'pour la rentrée de septembre', 'pour septembre': what is aimed at lies ahead, whatever the verb."""
IMPERFECT_LEAD = re.compile(
    r"(?<!\w)(?!lait\b)[^\W\d_]{2,}(?<!tr)(?<!f)(?<!h)(?:ait|aient)(?:\s+[\w'’-]+){0,3}\s+"
    r"(?:jusqu['’]en|dès|d['’]ici)\s+$",
    re.IGNORECASE,
)
"""An imperfect before the bound: 'l'usine tournait en trois-huit jusqu'en février' tells a past state."""
PROSPECTIVE = re.compile(r"(?<!\w)(?:jusqu['’]en|dès|d['’]ici(?:\s+(?:à|au|en|fin))?)\s+$", re.IGNORECASE)
"""'pleins jusqu'en mars', 'd'ici juin', 'dès janvier': a month reached from the document date on,
the coming one."""


AHEAD = dt.timedelta(days=90)
"""A weekday may move a day to the year before only when the day lies this far after the document date."""


def _weekday_year(span: str, year: int, part: tuple[int, int, int | None], reference: dt.date | None) -> int:
    """The year, next to the default one, in which the printed weekday falls on the printed day.
    Only towards the document date: a day already past may be next year's, one more than a season
    ahead last year's; a programme a month ahead with a misprinted weekday keeps its year."""
    p = patterns()
    found = re.match(rf"(?:{'|'.join(p.vocab['weekdays'])})(?!\w)", span, re.IGNORECASE)
    if not found or part[2] is None or year == YEARLESS:
        return year
    weekday = p.vocab["weekdays"][found.group().lower()]
    try:
        default = dt.date(year, part[1], part[2])
    except ValueError:
        return year
    later = reference is None or default < reference
    earlier = reference is None or default > reference + AHEAD
    for candidate in (year, year + 1 if later else None, year - 1 if earlier else None):
        try:
            if candidate and dt.date(candidate, part[1], part[2]).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year
