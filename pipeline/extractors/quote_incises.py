"""A quote interrupted by its attribution at a sentence end ('« A, résume X. B »') is two quotes with
the same speaker, as the dev gold labels it (docs/dev-set.md, dev-j conventions): the words before
the incise and the sentences after it. An incise inside a sentence ('« A, précise X, et B. »') leaves
one quote, since the sentence goes on with the same words.
"""

from __future__ import annotations

import re

from pipeline.extractors.quote_patterns import patterns

SENTENCE_END = re.compile(r"(?<!\bM)(?<!\bDr)(?<!\bPr)(?<!\bSt)[.!?…]\s+(?=[A-ZÀ-Ý«“\"])")
"""The end of the incise's sentence, not the period of a title ('M. Roy'); the words after it open a
sentence."""
GOES_ON = re.compile(
    r"(?:et|mais|ou|car|puis|donc|ni|qui|que|qu['’]|dont|où|avant|après|pour|avec|sans|dans|en|à|au|aux"
    r"|il|elle|ils|elles|nous|on|je|j['’]|ce|c['’]|cela|si|comme|lorsque|quand|parce|puisque|alors)\b",
    re.IGNORECASE,
)
"""A segment after the speaker's name that opens on these goes on with the quoted sentence ('…, précise
X, et dureront un an'): no role or name of the speaker."""
SPEAKER = re.compile(
    r"-(?:t-)?(?:il|elle|ils|elles|on)\b|\s[A-ZÀ-Ý]|\s(?:le|la|l['’]|les|leur|leurs|son|sa|ses|notre|nos"
    r"|un|une|des)\b",
)
"""The incise names or designates its speaker ('résume X', 'ajoute-t-elle', 'souligne la mairie'); a
verb without a subject ('rappelons-le') is the quote's own words."""
MAX_INCISE = 160


def split_incises(text: str, quotes: list[dict]) -> list[dict]:
    """Each quote cut in two where an attribution set off by a comma ends its sentence inside it."""
    out: list[dict] = []
    for quote in quotes:
        cut = _incise(text, quote["start"], quote["end"])
        if cut is None or quote["text"] != text[quote["start"] : quote["end"]]:
            out.append(quote)
            continue
        comma, resume = cut
        first_end = len(text[:comma].rstrip())
        out.append({**quote, "text": text[quote["start"] : first_end], "end": first_end})
        out.append({**quote, "text": text[resume : quote["end"]], "start": resume})
    return out


def _incise(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(the comma opening the incise, where the words resume), when a verb of saying follows a comma
    and the incise (the speaker, a role) ends its sentence before the quote ends."""
    attribution = patterns().attribution_after
    for comma in re.finditer(r",[ \t]*", text[start:end]):
        at = start + comma.end()
        verb = attribution.match(text, at)
        if verb is None or verb.start() != at:
            continue
        stop = SENTENCE_END.search(text, verb.end(), min(end, verb.end() + MAX_INCISE))
        if stop is None:
            continue
        incise = text[verb.end() : stop.start()]
        if re.search(r"[«»“”\":;\n]", incise):
            continue
        if not SPEAKER.search(text[verb.start() : stop.start()]) or any(
            GOES_ON.match(part.strip()) for part in incise.split(",")[1:]
        ):
            continue
        before, after = text[start : start + comma.start()], text[stop.end() : end]
        if len(before.split()) < 2 or len(after.split()) < 2:
            continue
        return start + comma.start(), stop.end()
    return None
