"""Dates placed from the dates around them, once each has its own value: a programme's next day
printed with a weekday and number only, the eve and the morrow of a printed day, a speech's 'ce soir',
an open range closed by 'jusqu'au', a list or a table running into the next year, two months told in a
row in one sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extractors.dates.placing import MARGIN, YEARLESS_RULES
from pipeline.extractors.dates.values import iso_day, shifted_years, value_parts


def continue_month(dates: list[dict], text: str) -> list[dict]:
    """A weekday and a day number after a day of a programme ('Vendredi 17 octobre : … ; Samedi 18 :
    …') is a later day of the same month, whatever the weekday says (a misprinted weekday is likelier
    than a month left unsaid)."""
    for previous, date in zip(dates, dates[1:], strict=False):
        if date["rule"] != "date.weekday_day" or date["start"] - previous["end"] > CONTINUATION:
            continue
        last = value_parts(previous["value"].split("/")[-1])
        number = re.search(r"\d+", date["text"])
        if last is None or last[2] is None or not number:
            continue
        if last[2] < int(number.group()) <= last[2] + 7:
            date["value"] = iso_day(last[0], last[1], int(number.group())) or date["value"]
    return dates


CONTINUATION = 300
"""How far after a day of a programme its next day, printed with a weekday and number only, may stand."""


EVE_WORDS = {"la veille": -1, "le lendemain": 1}
"""Days counted from another day of the text, not from the document's."""


def anchor_eves(dates: list[dict], text: str) -> list[dict]:
    """'la veille' and 'le lendemain' count from the last day printed before them in their paragraph
    ('Le 10 mars, 140 cas confirmés depuis la veille'); with none there ('La veille, le jeudi 7 mai,
    …', 'publiées la veille à 17h' of an event) they are no date of their own."""
    kept: list[dict] = []
    for date in dates:
        shift = EVE_WORDS.get(re.sub(r"\s+", " ", date["text"].lower()))
        if date["rule"] != "date.relative_day" or shift is None:
            kept.append(date)
            continue
        anchor = next((other for other in reversed(kept) if other["granularity"] == "day"), None)
        if anchor is not None and "\n\n" not in text[anchor["end"] : date["start"]]:
            date["value"] = (dt.date.fromisoformat(anchor["value"]) + dt.timedelta(days=shift)).isoformat()
            kept.append(date)
    return kept


SPEECH_TIMES = {"ce soir", "ce matin", "cet après-midi", "cette après-midi"}
"""Words that date a speech by the moment it is given."""
QUOTE_OPEN = re.compile(r"[«“][^»”]*$|^[^\"]*(?:\"[^\"]*\"[^\"]*)*\"[^\"]*$")
"""An opening quotation mark not closed before the end of the lead."""
SPOKEN_BEFORE = dt.timedelta(days=7)


def date_speeches(dates: list[dict], text: str, reference: dt.date | None) -> list[dict]:
    """'ce soir' in a quote is the day the words were spoken when the release reports them from a
    day just past ('se sont affrontés mardi soir' … « Ce soir, ces jeunes nous ont rappelé… »), as
    docs/annotation.md decides; otherwise the document's day."""
    if reference is None:
        return dates
    for index, date in enumerate(dates):
        if (
            date["rule"] != "date.relative_day"
            or re.sub(r"\s+", " ", date["text"].lower()) not in SPEECH_TIMES
        ):
            continue
        paragraph = max(0, text.rfind("\n\n", 0, date["start"]))
        if not QUOTE_OPEN.search(text[paragraph : date["start"]]):
            continue
        spoken = next(
            (
                other
                for other in reversed(dates[:index])
                if other["granularity"] == "day"
                and reference - SPOKEN_BEFORE <= dt.date.fromisoformat(other["value"]) < reference
            ),
            None,
        )
        if spoken is not None:
            date["value"] = spoken["value"]
    return dates


RANGE_OPENING = re.compile(r"(?<!\w)(?:à\s+partir|à\s+compter)\s+du\s*$", re.IGNORECASE)
RANGE_CLOSING = re.compile(r"\s*,?\s*(?:et\s+)?jusqu['’]au\s*", re.IGNORECASE)


def join_ranges(dates: list[dict], text: str) -> list[dict]:
    """'à partir du lundi 16 février 2026 et jusqu'au jeudi 26 février 2026' is one period, as
    'du 16 au 26 février' is (docs/dev-set.md, dev-c)."""
    joined: list[dict] = []
    for date in dates:
        first = joined[-1] if joined else None
        if (
            first is not None
            and first["granularity"] == date["granularity"] == "day"
            and first["value"] < date["value"]
            and RANGE_OPENING.search(text, max(0, first["start"] - 20), first["start"])
            and RANGE_CLOSING.fullmatch(text, first["end"], date["start"])
        ):
            first.update(
                end=date["end"],
                text=text[first["start"] : date["end"]],
                value=f"{first['value']}/{date['value']}",
                granularity="interval",
                rule="date.open_range",
            )
            continue
        joined.append(date)
    return joined


LIST_ITEM = re.compile(r"^[ \t]*(?:[-•*–][ \t]|.*\|)")
"""A line of a list or of a table: a programme's items, a works calendar's rows."""


def follow_list(dates: list[dict], text: str, reference: dt.date | None) -> list[dict]:
    """A list runs forward: an item printed without a year on the line after one placed in the next
    year is of that year too ('- vendredi 30 janvier : …' then '- du 14 au 16 février : …' in a
    December release; a works table's '16 novembre – 29 janvier' then '4 janvier – 26 février')."""
    if reference is None:
        return dates
    for previous, date in zip(dates, dates[1:], strict=False):
        if date["rule"] not in YEARLESS_RULES or re.search(r"\d{4}", date["text"]):
            continue
        gap = text[previous["end"] : date["start"]]
        if gap.count("\n") != 1 or re.search(r"\n[ \t]*\n", gap):
            continue
        lines = [text[text.rfind("\n", 0, d["start"]) + 1 : d["end"]] for d in (previous, date)]
        if not all(LIST_ITEM.match(line) for line in lines):
            continue
        first, before = date["value"].split("/")[0], previous["value"].split("/")[-1]
        crossed = before[:4] > first[:4]  # the list already reached the next year
        if len(first) == len(before) == 10 and crossed and first < (reference - MARGIN).isoformat():
            date["value"] = "/".join(shifted_years(value, 1) for value in date["value"].split("/"))
    return dates


ORDER_WORD = re.compile(r"(?<!\w)(?:après|avant)(?!\w)", re.IGNORECASE)


def cross_new_year(dates: list[dict], text: str, reference: dt.date | None) -> list[dict]:
    """Two months told in a row in one sentence run forward: 'un enneigement irrégulier en décembre
    et un redoux marqué fin janvier' in an April release is the December before that January, not
    the December to come."""
    if reference is None:
        return dates
    for date, following in zip(dates, dates[1:], strict=False):
        if not {date["rule"], following["rule"]} <= YEARLESS_RULES or re.search(r"\d{4}", date["text"]):
            continue
        gap = text[date["end"] : following["start"]]
        if len(gap) > 80 or re.search(r"[.!?;](?:\s|$)|\n\s*\n", gap):
            continue
        if ORDER_WORD.search(gap):
            continue  # 'le 1er juin, … après celle inaugurée en janvier': told out of order on purpose
        first, last = date["value"].split("/")[0], following["value"].split("/")[-1]
        ahead = first[:7] > reference.isoformat()[:7]
        if (
            first[:4] == last[:4]
            and first[5:7] > last[5:7]
            and ahead
            and last[:7] < reference.isoformat()[:7]
        ):
            date["value"] = "/".join(shifted_years(value, -1) for value in date["value"].split("/"))
    return dates
