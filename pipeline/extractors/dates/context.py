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
    if word == "ce jour" and re.search(r"(?<!\w)à\s*$", before, re.IGNORECASE):
        return False  # 'à ce jour', 'jusqu'à ce jour': to date, no day
    if p.relative_day_boundary.search(before):
        return True
    if re.search(r"(?<!\w)(?:de|d['’])\s*$", before, re.IGNORECASE):
        return False
    if word != "aujourd'hui":
        return True
    if p.release_verb.search(_clause(text, start, end)):
        return True
    # an act in the compound past places it on the day: "ils ont été pris en charge aujourd'hui"
    lead = text[max(0, start - 80) : start]
    lead = lead[max(lead.rfind(c) for c in ".!?\n;") + 1 :]
    return bool(p.compound_past.search(lead))


def is_year_context(text: str, start: int, end: int, strong: bool) -> bool:
    """A lone four-digit number is a year unless it counts something ('2000 agents', 'plus de
    1500'), numbers a text ('n° 2005', 'association loi 1901'), or ends a name in quotation marks
    (« Action publique 2022 »)."""
    p = patterns()
    if p.quantity_before.search(text[max(0, start - 15) : start]):
        return False
    after = re.match(r"\s*(\S)", text[end : end + 30])
    if after and after.group(1) in "%€$°":
        return False
    if not strong:
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
        if previous and previous.group(1)[0].isupper() and vocab_key(previous.group(1)) not in p.months:
            before_word = text[
                max(0, start - len(previous.group(0)) - 10) : start - len(previous.group(0))
            ].rstrip(" \t")
            if before_word and before_word[-1] not in "\n.!?:;":
                return False  # a year ending a name: "Forum PHP 2005", "Horizon 2020"

    return True
