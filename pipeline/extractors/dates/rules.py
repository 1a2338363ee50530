"""Every rule's matches, each with its value and granularity: the candidates before overlaps are resolved.

One loop per pattern, in the order of patterns.DatePatterns: absolute dates first (numeric, ISO,
written days, intervals, months, quarters, years, decades, centuries), then, when the document has
a date, the expressions relative to it (years, days, months, weeks, weekdays). Day lists ("les 3,
10 et 17 mars") are one period; a day interval with no year anywhere yet takes the stand-in year
that years.complete_years replaces.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from pipeline.extractors.dates.context import ends_a_name, is_resolvable, is_year_context
from pipeline.extractors.dates.patterns import patterns, vocab_key
from pipeline.extractors.dates.values import day_number, full_year, iso_day, roman_number
from pipeline.extractors.dates.weekdays import weekday_candidates
from pipeline.extractors.dates.years import YEARLESS, next_days, shift_year


def candidates(text: str, reference: dt.date | None) -> Iterator[tuple[int, int, str | None, str, str]]:
    """(start, end, value, granularity, rule) for every rule's match; overlaps are resolved later."""
    p = patterns()
    ref_year = reference.year if reference else None

    def month_of(m: re.Match, name: str = "month") -> int:
        return p.months[vocab_key(m[name]).rstrip(".")]

    for m in p.numeric.finditer(text):
        month = int(m["month"])
        yield (
            m.start(),
            m.end(),
            iso_day(full_year(m["year"]), month, int(m["day"])) if 1 <= month <= 12 else None,
            "day",
            "date.numeric",
        )
    for m in p.numeric_day_month.finditer(text):
        month, day = int(m["month"]), int(m["day"])
        named = m["weekday"] or m["abbr"]  # 'Mer. 8/07', 'vendredi 10/07': the weekday picks the year
        agreed = weekday_year(p, named, ref_year, month, day) if named and ref_year else None
        if m["abbr"] and not m["dot"] and agreed is None:
            continue  # 'la mer 4/5': a word, unless its weekday is the day's
        year = agreed or ref_year
        yield (
            m.start() if named else m.start("day"),
            m.end(),
            iso_day(year, month, day) if 1 <= month <= 12 else None,
            "day",
            "date.numeric_day_month",
        )
    for m in p.numeric_interval.finditer(text):
        # "du 7 au 11/07/2025", "du 24/12/2024 au 02/01/2025": one period, like "du 7 au 11 juillet"
        last_month = int(m["month"])
        first_month = int(m["first_month"]) if m["first_month"] else last_month
        last_year = full_year(m["year"]) if m["year"] else ref_year or YEARLESS
        first_year = full_year(m["first_year"]) if m["first_year"] else last_year - (first_month > last_month)
        start_value = iso_day(first_year, first_month, int(m["first"])) if 1 <= first_month <= 12 else None
        end_value = iso_day(last_year, last_month, int(m["last"])) if 1 <= last_month <= 12 else None
        if start_value and end_value and start_value < end_value:
            yield m.start("first"), m.end(), f"{start_value}/{end_value}", "interval", "date.numeric_interval"
    for m in p.iso.finditer(text):
        yield m.start(), m.end(), iso_day(int(m["year"]), int(m["month"]), int(m["day"])), "day", "date.iso"
    for m in p.written_day.finditer(text):
        month, day = month_of(m), day_number(m["day"])
        year = int(m["year"]) if m["year"] else ref_year
        value = iso_day(
            year and shift_year(month, day, year, reference, None if m["year"] else m["direction"]),
            month,
            day,
        )
        if value is None and year is None and 1 <= day <= 31:
            value = f"--{month:02d}-{day:02d}"
        yield m.start(), m.end(), value, "day", "date.written_day" if m["year"] else "date.day_month"
    for m in p.month_day_year.finditer(text):
        # a web page's English-style stamp: "Juil 5, 2022"
        value = iso_day(int(m["year"]), month_of(m), day_number(m["day"]))
        yield m.start(), m.end(), value, "day", "date.month_day_year"
    for m in p.day_slash_pair.finditer(text):
        # "le week-end du 29/30 février": two or three days in a row, one period (a day past the
        # month's end is the next month's: 30 February 2020 is 1 March)
        first, last = int(m["first"]), int(m["last"])
        start_day = iso_day(int(m["year"]) if m["year"] else ref_year or YEARLESS, month_of(m), first)
        if start_day and 0 < last - first <= 3:
            begin = dt.date.fromisoformat(start_day)
            end_day = (begin + dt.timedelta(days=last - first)).isoformat()
            yield m.start(), m.end(), f"{start_day}/{end_day}", "interval", "date.day_slash_pair"
    for m in p.day_interval.finditer(text):
        month, first, last = month_of(m), day_number(m["first"]), day_number(m["last"])
        year = int(m["year"]) if m["year"] else ref_year
        if not first < last:
            continue
        if year is None:
            # no year anywhere yet: a leap year stands in, and years.complete_years gives the real one
            start_value, end_value = iso_day(YEARLESS, month, first), iso_day(YEARLESS, month, last)
        else:
            year = shift_year(month, first, year, reference, None if m["year"] else m["direction"])
            start_value, end_value = iso_day(year, month, first), iso_day(year, month, last)
        if not (start_value and end_value):
            continue
        # "les 3, 10 et 17 mars", "les samedis 15 et 22 mars": one period from the first day to the
        # last, as the guide's "les 9 et 10 novembre" (docs/dev-set.md, dev-i and dev-x)
        yield m.start(), m.end(), f"{start_value}/{end_value}", "interval", "date.day_interval"
    for m in p.cross_month_interval.finditer(text):
        first_month, last_month = month_of(m, "first_month"), month_of(m, "last_month")
        paired = vocab_key(m["joiner"]) in p.vocab["pair_joiners"]
        if (
            paired
            and not p.between_before.search(text, max(0, m.start() - 30), m.start())
            and not next_days(
                int(m["last_year"] or m["first_year"] or ref_year or YEARLESS),
                (first_month, day_number(m["first"])),
                (last_month, day_number(m["last"])),
            )
        ):
            # "entre le 28 février et le 3 mars": a period; "le 28 février et le 3 mars" stay two
            # days; "les 30 septembre et 1er octobre", two days in a row, are one period
            continue
        last_year = (
            int(m["last_year"]) if m["last_year"] else (int(m["first_year"]) if m["first_year"] else ref_year)
        )
        if last_year is None:
            continue
        first_year = (
            int(m["first_year"])
            if m["first_year"]
            else (last_year - 1 if first_month > last_month else last_year)
        )
        if reference and not (m["first_year"] or m["last_year"]) and first_month > last_month:
            # '16 novembre – 29 janvier' said in September: the winter to come, nearer than the last
            start = iso_day(ref_year, first_month, day_number(m["first"]))
            end = iso_day(ref_year, last_month, day_number(m["last"]))
            ahead = start and (dt.date.fromisoformat(start) - reference).days
            behind = end and (reference - dt.date.fromisoformat(end)).days
            if ahead is not None and behind is not None and 0 <= ahead < behind:
                first_year, last_year = ref_year, ref_year + 1
        start_value, end_value = (
            iso_day(first_year, first_month, day_number(m["first"])),
            iso_day(last_year, last_month, day_number(m["last"])),
        )
        if m["first_year"] and start_value and end_value and start_value[4:] == end_value[4:]:
            continue  # '8 mai 1945 – 8 mai 2026': one day and its anniversary, two dates
        if start_value and end_value and start_value < end_value:
            yield m.start(), m.end(), f"{start_value}/{end_value}", "interval", "date.cross_month_interval"
    for m in p.month_year.finditer(text):
        yield m.start(), m.end(), f"{m['year']}-{month_of(m):02d}", "month", "date.month_year"
    for m in p.month_interval.finditer(text):
        first_month, last_month = month_of(m, "first_month"), month_of(m, "last_month")
        if WEEKLY_HABIT.search(text, max(0, m.start() - 100), m.start("first_month")):
            continue  # 'transmises chaque semaine, de mars à novembre': the months of a habit
        if vocab_key(m["joiner"]) == "et" and vocab_key(m["prefix"] or "") != "entre":
            continue  # "mai et juin 2021": two months, each found on its own
        if not m["last_year"] and (m["first_year"] or ref_year is None):
            continue
        # 'en juillet-août', 'de juin à septembre': the months of the document's year
        last_year = int(m["last_year"] or ref_year + (first_month > last_month))
        first_year = (
            int(m["first_year"])
            if m["first_year"]
            else (last_year - 1 if first_month > last_month else last_year)
        )
        if (first_year, first_month) < (last_year, last_month):
            yield (
                m.start("first_month"),
                m.end(),
                f"{first_year}-{first_month:02d}/{last_year}-{last_month:02d}",
                "interval",
                "date.month_interval",
            )
    for m in p.year_to_month.finditer(text):
        # statistics "as of" a month: "chiffres 2024 à fin mars"
        yield m.start(), m.end(), f"{m['year']}-{month_of(m):02d}", "month", "date.year_to_month"
    if ref_year is not None:
        for m in p.bare_month.finditer(text):
            if EVERY_YEAR.search(text, max(0, m.start() - 40), m.start()) or WEEKLY_HABIT.search(
                text, max(0, m.start() - 100), m.start()
            ):
                continue  # 'a lieu chaque année à la mi-janvier': a habit, not a month of one year
            if vocab_key(m["cue"]) in {"de", "d'"} and not m["month"].islower():
                continue  # 'les pluies d'avril' is a month, 'les Rencontres de Juillet' a name
            qualified = vocab_key(m["cue"]) in {"début", "fin", "mi-", "courant"}
            month = month_of(m)
            year = shift_year(
                month, 1, ref_year, reference.replace(day=1), m["direction"]
            )  # "en juin dernier"
            yield (
                m.start() if qualified else m.start("month"),
                m.end(),
                f"{year}-{month:02d}",
                "month",
                "date.bare_month",
            )
    for m in p.quarter.finditer(text):
        size = (
            p.vocab["quarters"][vocab_key(re.sub(r"-\s*", "", m["unit"]))]
            if m["unit"]
            else p.vocab["quarter_abbreviations"][m["abbr"]]
        )
        index = p.vocab["ordinals"][vocab_key(m["ordinal"])] if m["ordinal"] else int(m["number"])
        first, last = (index - 1) * size + 1, index * size
        if last <= 12:
            yield (
                m.start(),
                m.end(),
                f"{m['year']}-{first:02d}/{m['year']}-{last:02d}",
                "interval",
                "date.quarter",
            )
    for m in p.year_to_date.finditer(text):
        # a results table's '9 mois 2025' column: January to September (docs/dev-set.md, dev-h)
        if 2 <= int(m["count"]) <= 12:
            value = f"{m['year']}-01/{m['year']}-{int(m['count']):02d}"
            yield m.start(), m.end(), value, "interval", "date.year_to_date"
    for m in p.fortnight.finditer(text):
        # "la seconde quinzaine d'août": the 16th to the month's end
        year, month = int(m["year"]) if m["year"] else ref_year, month_of(m)
        if year is not None:
            last_day = calendar.monthrange(year, month)[1]
            first, last = (1, 15) if p.vocab["fortnights"][vocab_key(m["half"])] == 1 else (16, last_day)
            value = f"{iso_day(year, month, first)}/{iso_day(year, month, last)}"
            yield m.start(), m.end(), value, "interval", "date.fortnight"
    if ref_year is not None:
        for m in p.yearless_quarter.finditer(text):
            # "au second semestre", "un premier trimestre en demi-teinte": of the document's year
            size = p.vocab["quarters"][vocab_key(m["unit"])]
            index = p.vocab["ordinals"][vocab_key(m["ordinal"])]
            first, last = (index - 1) * size + 1, index * size
            if REPORT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # a report's name: 'chiffre d'affaires du troisième trimestre'
            if last <= 12:
                value = f"{ref_year}-{first:02d}/{ref_year}-{last:02d}"
                yield m.start(), m.end(), value, "interval", "date.yearless_quarter"
    for m in p.year_interval.finditer(text):
        if int(m["first"]) < int(m["last"]) and not (ends_a_name(text, m.start()) or closes_a_title(text, m)):
            yield m.start(), m.end(), f"{m['first']}/{m['last']}", "interval", "date.year_interval"
    for m in p.year_pair.finditer(text):
        if m["noun"] and m["joiner"] == "et":
            continue  # 'résultats 2024 et 2025' compares two years; 'récoltes 2027 à 2031' spans them
        old = int(m["first"]) < 1800
        if old and (not m["cue"] or vocab_key(m["cue"]) != "entre" or int(m["last"]) - int(m["first"]) > 100):
            continue  # 'de 1200 à 1500' may be amounts
        if old and not CLAUSE_END.match(text, m.end()):
            continue  # 'entre 1600 et 1650 visiteurs' counts; 'entre 1650 et 1656.' dates
        if int(m["first"]) < int(m["last"]):
            yield m.start("first"), m.end(), f"{m['first']}/{m['last']}", "interval", "date.year_pair"
    for m in p.decade.finditer(text):
        decade = int(m["decade"]) if len(m["decade"]) == 4 else 1900 + int(m["decade"])
        yield m.start(), m.end(), f"{decade}/{decade + 9}", "interval", "date.decade"
    for m in p.century.finditer(text):
        number = roman_number(m["roman"]) if m["roman"] else int(m["number"])
        if 1 <= number <= 21:
            yield (
                m.start(),
                m.end(),
                f"{(number - 1) * 100 + 1:04d}/{number * 100:04d}",
                "interval",
                "date.century",
            )
    strong_cues, qualifiers = p.strong_year_cues, p.year_qualifiers
    for m in p.year_cue.finditer(text):
        cue = vocab_key(m["cue"])
        capitalised_mid_sentence = (
            m["cue"][0].isupper()
            and re.search(r"[\w,][ \t]*$", text[max(0, m.start() - 5) : m.start()])
            and not CAPS_BEFORE.search(text, max(0, m.start() - 30), m.start())
        )  # in a line of capitals ('12 PROJETS RÉALISÉS EN 2027') the case tells nothing
        if capitalised_mid_sentence:
            continue  # a name: "le programme Horizon 2020"
        if is_year_context(text, m.start("year"), m.end(), cue in strong_cues):
            yield (
                m.start() if cue in qualifiers else m.start("year"),
                m.end(),
                m["year"],
                "year",
                "date.year_cue",
            )
    for m in p.bare_year.finditer(text):
        if is_year_context(text, m.start(), m.end(), False):
            yield m.start(), m.end(), m["year"], "year", "date.bare_year"
    if reference is None:
        return
    for m in p.relative_year.finditer(text):
        yield (
            m.start(),
            m.end(),
            str(ref_year + p.vocab["relative_years"][vocab_key(m["word"])]),
            "year",
            "date.relative_year",
        )
    for m in p.sentence_relative_year.finditer(text):
        # 'contre 52 jours un an plus tôt', 'l'été précédent': the year before the one the sentence
        # is about (`au second semestre 2025, … qu'un an plus tôt`: 2024), or before the document's
        word = vocab_key(m["word"])
        if word in p.vocab["compared_years"] and not p.comparison_before.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # 'aurait pu être dépistée un an plus tôt': a delay, not a year compared
        anchor = sentence_year(text, m.start()) or ref_year
        shift = p.vocab["years_from_the_sentence"][word]
        yield m.start(), m.end(), str(anchor + shift), "year", "date.sentence_relative_year"
    for m in p.year_part.finditer(text):
        if p.year_part_not_after.search(text, max(0, m.start() - 15), m.start()):
            continue  # a noun's 'prime de fin d'année', a running count 'depuis le début de l'année'
        yield m.start(), m.end(), str(ref_year), "year", "date.year_part"
    for m in p.relative_day.finditer(text):
        word = vocab_key(m["word"])
        if is_resolvable(text, m.start(), m.end(), word):
            day = reference + dt.timedelta(days=p.vocab["relative_days"][word])
            yield m.start(), m.end(), day.isoformat(), "day", "date.relative_day"
    for m in p.relative_month.finditer(text):
        index = reference.year * 12 + reference.month - 1 + p.vocab["relative_months"][vocab_key(m["word"])]
        yield m.start(), m.end(), f"{index // 12}-{index % 12 + 1:02d}", "month", "date.relative_month"
    for m in p.relative_week.finditer(text):
        monday = reference - dt.timedelta(days=reference.weekday())
        monday += dt.timedelta(weeks=p.vocab["relative_weeks"][vocab_key(m["word"])])
        sunday = monday + dt.timedelta(days=6)
        yield (
            m.start(),
            m.end(),
            f"{monday.isoformat()}/{sunday.isoformat()}",
            "interval",
            "date.relative_week",
        )
    for m in p.relative_season.finditer(text):
        value = season_value(p, vocab_key(m["season"] or m["named"]), m["direction"], reference)
        if m["direction"] and "/" in value and not frames_a_sentence(text, m):
            continue  # 'filmée l'hiver dernier': the samples' gold leaves a past or next winter out
        yield m.start(), m.end(), value, "interval" if "/" in value else "year", "date.relative_season"
    for m in p.holiday_deadline.finditer(text):
        month, day = p.vocab["holidays"][vocab_key(m["holiday"])]
        year = reference.year + ((month, day) < (reference.month, reference.day))
        yield m.start("holiday"), m.end(), f"{year}-{month:02d}-{day:02d}", "day", "date.holiday"
    yield from weekday_candidates(text, reference)


REPORT_BEFORE = re.compile(
    r"(?<!\w)(?:chiffre\s+d['’]affaires|résultats|chiffres)(?:\s+\w+)?\s+du\s+$", re.IGNORECASE
)
CAPS_BEFORE = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ]{2,}[ \t]+$")
WEEKLY_HABIT = re.compile(
    r"(?<!\w)(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?:semaines?|jours?|mois)\s*,?\s*(?:de|d['’]|en)?"
    r"|[^.;!?\n]{0,80}?\bsauf\s+(?:en\s+|au\s+mois\s+d['’]|au\s+mois\s+de\s+)?(?:\w+\s+(?:et|ou)\s+(?:en)?)?)\s*$",
    re.IGNORECASE,
)
"""A weekly habit's months: 'chaque semaine, de mars à novembre', 'tous les dimanches … sauf en juillet'
(docs/dev-set.md, dev-k: a recurring exception to a weekly rule is no date)."""
EVERY_YEAR = re.compile(r"(?<!\w)(?:chaque année|tous les ans|chaque an)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
"""'chaque année à la mi-janvier', 'tous les ans en juin': the month of a yearly habit."""


TITLE_CLOSE = re.compile(r"\)\s*[»”]")


def closes_a_title(text: str, m: re.Match) -> bool:
    """A span of years in brackets closing a quoted title is the title's: « Résister par l'écrit
    (1940-1945) » names a theme, as a year inside a name is no date (docs/annotation.md)."""
    return text[max(0, m.start() - 1) : m.start()] == "(" and bool(TITLE_CLOSE.match(text, m.end()))


CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$)", re.MULTILINE)


def season_value(p, season: str, direction: str | None, reference: dt.date) -> str:
    """'cet été' is the document's year, 'l'été dernier' the last one over (said in September, this
    year's), 'l'hiver prochain' the next to begin; a winter is the two years it spans ('cet hiver'
    in February or May 2026 is 2025/2026, in November 2025 too; 'l'hiver dernier' in September
    2025 would be 2024/2025)."""
    first, last = p.vocab["seasons"][season]
    now = (reference.year, reference.month)
    sign = p.vocab["season_directions"][vocab_key(direction)] if direction else 0
    # the one under way or to come; a winter said up to May is the one just ending
    start = reference.year - (first > last and reference.month <= last + 3)

    def end(year: int) -> tuple[int, int]:
        return (year + (first > last), last)

    if sign < 0:
        start = next(year for year in range(reference.year, reference.year - 3, -1) if end(year) < now)
    elif sign > 0:
        start = next(year for year in range(reference.year - 1, reference.year + 3) if (year, first) > now)
    return f"{start}/{start + 1}" if first > last else str(start)


def weekday_year(p, weekday: str, ref_year: int, month: int, day: int) -> int | None:
    """The year, the document's or one either side, in which day/month falls on that weekday: a
    release of December announcing 'ven. 9/01' means January of the next year; None when none agrees."""
    number = {**p.vocab["weekdays"], **p.vocab["weekday_abbreviations"]}[weekday.lower()]
    for year in (ref_year, ref_year + 1, ref_year - 1):
        try:
            if dt.date(year, month, day).weekday() == number:
                return year
        except ValueError:
            return None
    return None


def frames_a_sentence(text: str, m: re.Match) -> bool:
    """'L'hiver dernier, 1 100 enfants ont été hospitalisés': a past or next winter opening its
    sentence before a comma is the frame the sentence's facts are placed in (docs/dev-set.md, dev-k)."""
    lead = text[max(0, m.start() - 4) : m.start()]
    opens = not lead.strip(" \t«\u00a0") or lead.rstrip(" \t«\u00a0")[-1:] in "\n.!?"
    return m.group()[0].isupper() and opens and text.startswith(",", m.end())


def sentence_year(text: str, start: int) -> int | None:
    """The last year printed in the sentence before start, when one is read as a date."""
    lead_start = max(0, start - 300)
    stops = [s.end() for s in re.finditer(r"[.!?;](?:\s|$)|\n\s*\n", text[lead_start:start])]
    sentence_start = lead_start + (stops[-1] if stops else 0)
    years = [
        m
        for m in patterns().bare_year.finditer(text, sentence_start, start)
        if is_year_context(text, m.start(), m.end(), True)
    ]
    return int(years[-1]["year"]) if years else None
