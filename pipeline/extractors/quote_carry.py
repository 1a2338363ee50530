"""Speakers shared between quotes: a quote coordinated with the one before in its sentence ('« … »,
et « … »'), a statement quoted paragraph by paragraph carried forward to the paragraphs reopening
it, or back from the paragraph whose own words name its speaker."""

from __future__ import annotations

import re

from pipeline.extractors.quote_marks import MARKUP
from pipeline.extractors.quote_patterns import PRONOUN, patterns
from pipeline.extractors.quote_speakers import GUESSED_RULES

RESUMING_RULES = {"quote.attribution_after", "quote.attribution_role", "quote.attribution_name"}
"""Rules naming the speaker in an incise after the quote, after which the quote may resume."""

RECLAUSED = re.compile(r"^[ \t]+et[ \t]+qu(?:e[ \t]+|['’])[^.!?;:«»“”\n]{0,80}$")
"""' et que trois mesures sont ': a second clause reported by the verb of the quote before."""

REPORTED = re.compile(rf"(?<!\w)qu(?:e[ \t]+|['’])(?:\s|{MARKUP})*[«“\"](?:\s|{MARKUP})*$")
"""'indique qu'« ': a quote opening a clause reported by a verb."""

COORDINATED = re.compile(r",?[ \t]+(?:et|puis|mais|ou)[ \t]+(?:aussi[ \t]+|encore[ \t]+)?$")
"""What joins two quotes of one sentence under one attribution ('« … », et « … »')."""


def coordinated(text: str, last: dict, after: int, open_index: int) -> bool:
    """'X : « … », et « … »', '« … », précise X, présidente de Y, et « … »': a quote joined to the
    one before by a conjunction, in the same sentence, with nothing between them but that quote's
    own attribution; '"…", explique X, "…"', '"…", ajoute-t-il, "…"': a quote resumed after the
    incise naming its speaker or referring back to them;
    'X indique qu'« … » et que trois mesures sont « … »': a second reported clause of the verb."""
    between = text[after:open_index]
    if re.search(r"[.!?;:«»“”\n]", between):
        return False
    span = last["speaker_span"]
    attribution = span is not None and after <= span["start"] and span["end"] <= open_index
    if attribution and span["rule"] in RESUMING_RULES and re.search(r",[ \t]*$", between):
        return bool(patterns().attribution_after.match(text, after))
    if span is not None and span["rule"] == "quote.attribution_pronoun":
        # '"A", ajoute-t-il, "b."': resumed after an incise of a verb and its pronoun, nothing else
        verb = patterns().attribution_after.match(text, after)
        return bool(
            verb
            and PRONOUN.search(verb.group())
            and re.fullmatch(r"[ \t]*,[ \t]*", text[verb.end() : open_index])
        )
    if RECLAUSED.search(between) and REPORTED.search(text[max(0, last["start"] - 300) : last["start"]]):
        return last["speaker"] is not None
    if not COORDINATED.search(between):
        return False
    return attribution or not between[: COORDINATED.search(between).start()].strip(" \t,")


CARRIED_RULES = {
    "quote.attribution_after",
    "quote.attribution_pronoun",
    "quote.attribution_role",
    "quote.attribution_name",
    "quote.attribution_body",
    "quote.incise",
    "quote.continued",
    "quote.coordinated",
    "quote.byline",
    "quote.echoed_below",
    "quote.signature",
    "quote.signature_name",
}
"""Rules by which a quote's own words name its speaker: the quote paragraphs before it share them."""


def carried_forward(text: str, quotes: list[dict], marks: list[tuple[int, int]]) -> list[dict]:
    """'X a déclaré : « P1' ⏎⏎ '« P2 »': a paragraph reopening the statement of the paragraph before
    (which has no closing mark of its own) is the same speaker's, unless its own words name one."""
    for i in range(1, len(quotes)):
        quote, before = quotes[i], quotes[i - 1]
        span = quote["speaker_span"]
        if (quote["speaker"] is not None and span["rule"] not in GUESSED_RULES) or before["speaker"] is None:
            continue
        (_, close_index), (next_open, _) = marks[i - 1], marks[i]
        if text[close_index] not in '»”"' and not text[close_index:next_open].strip():
            quotes[i] = {
                **quote,
                "speaker": before["speaker"],
                "speaker_span": {**before["speaker_span"], "rule": "quote.continued"},
            }
    return quotes


def carried_back(text: str, quotes: list[dict], marks: list[tuple[int, int]]) -> list[dict]:
    """'« Para 1. »\n\n« Para 2 », conclut X.': a quote alone in its paragraph, with no speaker,
    followed by a paragraph that opens with a quote attributed by its own words, is the same
    speaker's (a statement quoted paragraph by paragraph, each closed)."""
    for i in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[i], quotes[i + 1]
        span = following["speaker_span"]
        guessed = quote["speaker_span"] is not None and quote["speaker_span"]["rule"] in GUESSED_RULES
        if (
            (quote["speaker"] is not None and not guessed)
            or span is None
            or span["rule"] not in CARRIED_RULES
        ):
            continue
        (open_index, close_index), (next_open, _) = marks[i], marks[i + 1]
        between = rf"[»”\"]?(?:[\s.,;!?…]|{MARKUP})*\n[ \t]*\n(?:\s|{MARKUP})*"
        opens_paragraph = re.search(rf"(?:^|\n[ \t]*\n)(?:\s|{MARKUP})*$", text[:open_index])
        if opens_paragraph and re.fullmatch(between, text[close_index:next_open]):
            quotes[i] = {
                **quote,
                "speaker": following["speaker"],
                "speaker_span": {**span, "rule": "quote.continued"},
            }
    return quotes
