"""Whether a match is a date at all, from the words around it.

"aujourd'hui" is the release day when it bounds something or dates an announcement, not when it
means "nowadays"; "de demain" qualifies a noun. A lone four-digit number is a year unless it
counts, numbers a text, or ends a name ("Horizon 2020", « Action publique 2022 »).
"""

from __future__ import annotations

import re

from pipeline.extractors.dates.patterns import patterns, vocab_key


def _clause(text: str, start: int, end: int, reach: int = 80) -> str:
    """The sentence around a span, at most `reach` characters each side."""
    left = max(text.rfind(c, max(0, start - reach), start) for c in ".!?\n;")
    rights = [i for i in (text.find(c, end, end + reach) for c in ".!?\n;") if i >= 0]
    return text[max(left + 1, start - reach) : min(rights) if rights else end + reach]


def is_resolvable(text: str, start: int, end: int, word: str) -> bool:
    """'aujourd'hui' is the release day when it bounds something ('dès aujourd'hui') or dates an
    announcement ('publiée aujourd'hui'), not when it means 'nowadays' ('sont aujourd'hui');
    'de demain', 'd'hier' qualify a noun ('les services publics de demain') and are no day."""
    p = patterns()
    before = text[max(0, start - 20) : start]
    if text[start].isupper() and re.search(r"[A-ZÀ-ÖØ-Þ][\w'’-]*[ \t]+$", before) and not before.isupper():
        return False  # capitalised after a capitalised word: a name ('Fondation Ingénieurs Demain')
    if word == "ce jour" and re.search(r"(?<!\w)(?:à|depuis)\s*$", before, re.IGNORECASE):
        return False  # 'à ce jour': to date; 'mis en service mercredi. Depuis ce jour, …': that day
    if p.relative_day_boundary.search(before):
        return True
    if word != "ce jour" and re.search(r"(?<!\w)(?:de|d['’])\s*$", before, re.IGNORECASE):
        return False  # 'la ville de demain'; 'un arrêté de ce jour' is today's
    if word != "aujourd'hui":
        return True
    if COUNT_AFTER.match(text, end):
        return False  # a present count: 'accueille aujourd'hui 112 équidés', 'compte aujourd'hui 40 membres'
    if p.release_verb.search(_clause(text, start, end)):
        return True
    # an act in the compound past places it on the day: "ils ont été pris en charge aujourd'hui"
    lead = text[max(0, start - 80) : start]
    lead = lead[max(lead.rfind(c) for c in ".!?\n;") + 1 :]
    return bool(p.compound_past.search(lead))


COUNT_AFTER = re.compile(
    r"[ \t\u00a0]+(?:plus\s+de\s+|près\s+de\s+|moins\s+de\s+|environ\s+|quelque\s+)?\d", re.IGNORECASE
)
YEAR_BEFORE = re.compile(r"(?<![\d\w])((?:19|20)\d{2})[ \t\u00a0\u202f]+$")
YEAR_AFTER = re.compile(r"[ \t\u00a0\u202f]+((?:19|20)\d{2})(?![\d\w])")
WRAPPED_LINE = re.compile(r"[^\n]{40,}[a-zàâçéèêëîïôûùüÿœæ,][ \t]*\n[ \t]*$")
"""The end of a hard-wrapped line of prose: the word opening the next line is mid-sentence."""


def is_year_context(text: str, start: int, end: int, strong: bool) -> bool:
    """A lone four-digit number is a year unless it counts something ('2000 agents', 'plus de
    1500'), numbers a text ('n° 2005', 'association loi 1901'), is one group of a longer number
    ('0 800 2030 40'; two years side by side are a table's columns), dates a page's copyright
    ('© 2026'), or ends a name in quotation marks (« Action publique 2022 »)."""
    p = patterns()
    if p.quantity_before.search(text[max(0, start - 15) : start]):
        return False
    if p.copyright_before.search(text[max(0, start - 25) : start]):
        return False  # a page's footer, "© 2026", "Tous droits réservés 2026"
    if p.public_act_before.search(text[max(0, start - 60) : start]):
        return False  # a public act's name: 'le budget primitif 2027', 'la loi de finances pour 2027'
    if re.search(
        r"\d[ \t\u00a0\u202f]$", text[max(0, start - 2) : start]
    ) and not p.year_column_before.search(text, max(0, start - 8), start):
        return False  # one group of a longer number: a phone "0 800 2030 40", an amount "1 2000"
    after = re.match(r"\s*(\S)", text[end : end + 30])
    if after and after.group(1) in "%€$°":
        return False
    if in_year_columns(text, start, end):
        return True  # not a name's year: "PROCÉDURES OUVERTES   2024   2025", "(en M€) 2025 2024 var."
    if not strong and not p.period_noun_before.search(text[max(0, start - 30) : start]):
        # a period's own year ("RÉSULTATS ANNUELS 2025", "un chiffre d'affaires 2026 stable") is
        # a date whatever follows; another year may end a name
        follower = re.match(r"[ \t]+([a-zàâçéèêëîïôûùüÿœæ]+)", text[end : end + 40])
        if follower and follower.group(1) not in p.vocab["year_followers"]:
            return False
        closing = re.match(r"\s*[»”]", text[end : end + 5])
        opening = text.rfind("«", max(0, start - 60), start)
        if (
            closing
            and opening >= 0
            and "»" not in text[opening:start]
            and len(text[opening:start].split()) <= 5
        ):
            return False
        previous = re.search(r"([^\W\d_][\w-]*)[ \t]+$", text[max(0, start - 40) : start])
        capitalised = previous and any(c.isupper() for c in previous.group(1))  # 'Forum', 'i-Nov'
        if capitalised and vocab_key(previous.group(1)) not in p.months:
            before_word = text[
                max(0, start - len(previous.group(0)) - 10) : start - len(previous.group(0))
            ].rstrip(" \t")
            if before_word and before_word[-1] not in "\n.!?:;#*|":
                return False  # a year ending a name: "Forum PHP 2005", "Horizon 2020"
            name_start = start - len(previous.group(0))
            cue = vocab_key(previous.group(1)) in p.vocab["year_cues"]  # a heading's 'En 2025, …'
            if not cue and WRAPPED_LINE.search(text, max(0, name_start - 200), name_start):
                return False  # 'au titre du programme' / 'France 2030.': a name wrapped to a new line
            if not before_word[-1:].strip("\n#*|") and p.name_complement_after.match(text, end):
                return False  # a line opening on a name's year: "Baromètre 2026 de …", "SALON 2026 :"

    return True


def in_year_columns(text: str, start: int, end: int) -> bool:
    """Whether a year stands beside another less than ten apart on its line: the header of a
    table's year columns ("2025 2024 var."), which no name or count reads that way."""
    if not text[start:end].isdigit():
        return False
    year = int(text[start:end])
    beside = (YEAR_BEFORE.search(text[max(0, start - 40) : start]), YEAR_AFTER.match(text[end : end + 40]))
    return any(m and 0 < abs(int(m.group(1)) - year) < 10 for m in beside)


ACRONYM_CLOSED = re.compile(r"[^\W\d_][\w'’-]*\s+\((?-i:[A-Z][A-Z0-9&-]+)\)[ \t]+$")
"""A name's acronym in brackets just before a span of years: the years are the name's too."""


def ends_a_name(text: str, start: int) -> bool:
    """A span of years closing a name is the name's: 'Plan vélo 2026-2030', « Cap Jeunes
    2026-2028 », 'contrat de plan État-Région 2021-2027', a public act's; not 'la période 2026-2030', 'le plan
    2021-2025' or a season ('Saison 2025-2026', 'Hiver 2025-2026')."""
    p = patterns()
    lead = text[max(0, start - 60) : start]
    if p.public_act_before.search(lead):
        return True  # 'la loi de programmation militaire 2024-2030'
    if ACRONYM_CLOSED.search(lead):
        return True  # 'le Concours national de la Résistance (CNRD) 2025-2026': the name's edition
    lead = lead[max(lead.rfind(c) for c in "\n.!?:;,(«") + 1 :]
    words = re.findall(r"[^\W\d_][\w'’-]*", lead)
    if not words or not lead.endswith((" ", "\t", "\u00a0")):
        return False
    last = re.sub(r"^[ldLD]['’]", "", vocab_key(words[-1]))  # 'II) L’édition 2017-2018': the season's cue
    if last in p.vocab["seasons"] or last in p.vocab["season_cues"] or last in p.months:
        return False
    capital_plan = any(w[0].isupper() and vocab_key(w) in p.vocab["plan_nouns"] for w in words[-4:])
    return capital_plan or (len(words) > 1 and words[-1][0].isupper())


def told_in_past(text: str, start: int, end: int) -> bool:
    """Whether the verb nearest to a span in its sentence is a compound past ("Vendredi vers 23h, un
    motard a perdu…", "qui ont traversé samedi soir"), or the span follows "depuis"."""
    if re.search(r"(?<!\w)depuis\s+$", text[max(0, start - 10) : start], re.IGNORECASE):
        return True
    forms = [(distance, tense) for distance, _, tense in _tense_forms(text, start, end)]
    return bool(forms) and min(forms)[1] == "past"


def tense_before(text: str, start: int) -> str | None:
    """'past' or 'future': the tense of the last verb before a span in its sentence ('Un bilan sera
    présenté aux élus lors de la session de juillet'), None when it has none."""
    forms = [(distance, tense) for distance, before, tense in _tense_forms(text, start, start) if before]
    return min(forms)[1] if forms else None


def _tense_forms(text: str, start: int, end: int) -> list[tuple[int, bool, str]]:
    """(distance to the span, whether before it, tense) of each compound past and future in the
    span's sentence; a single line break is a wrapped line, not a sentence's end."""
    p = patterns()
    lead = text[max(0, start - 150) : start]
    lead_start = start - len(lead) + max(match.end() for match in re.finditer(r"^|[.!?;]\s|\n\s*\n", lead))
    tail = text[end : end + 150]
    stop = re.search(r"[.!?;](?:\s|$)|\n\s*\n", tail)
    sentence_end = end + (stop.start() if stop else len(tail))
    return [
        (min(abs(f.end() - start), abs(f.start() - end)), f.end() <= start, tense)
        for tense, pattern in (("past", p.past_form), ("future", p.future_form))
        for f in pattern.finditer(text, lead_start, sentence_end)
    ]
