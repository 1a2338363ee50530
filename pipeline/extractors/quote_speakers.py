"""Who speaks a quote.

The speaker is, in order: the person named after an attribution verb following the quote
('», a ainsi déclaré X', '», nous confie X', two joined by 'et'), or the person the document gives
the title named there ('» a indiqué la ministre', '», confie l'artiste' after 'la peintre X'), else
the body named there ('», indique la mairie de Lyon', quote_bodies.py) or a name behind a title or
wrapped over a line; an incise inside the quote ('« Nous sommes fiers, confie Anne Martin, de … »');
a name right after the quote, on its line or the next (a signature); the person, body or title
named before the quote in its sentence (quote_leads.py: 'Pour X, « … »', 'Selon l'ARS, « … »',
'L'association X dénonce : « … »', 'La préfète rappelle : « … »', 'X, Pdt de Y : « … »'); the
nearest person before it in its paragraph; the nearest person after it in its paragraph; for a
testimonial standing alone in its paragraph, the byline (a short paragraph of a name and a role)
under it, or above it when the one under heads the next testimonial (quote_bylines.py). An
attribution that designates a speaker without naming them ('», explique le président de la
fédération' with no one holding that role) leaves the speaker null, as the guide says.
"""

from __future__ import annotations

import re

from pipeline.extractors.quote_bodies import ARTICLE, body_at, single_name_at, titled_name_at
from pipeline.extractors.quote_bylines import byline, echoed_below, named_just_before, only_person
from pipeline.extractors.quote_gender import agreeing
from pipeline.extractors.quote_leads import apposition_head, joined, named_before, role_holder
from pipeline.extractors.quote_marks import MARKUP
from pipeline.extractors.quote_patterns import (
    NOT_A_TITLE,
    PRONOUN,
    WRAPPED_NAME,
    Person,
    lead_in,
    patterns,
    sentence_start,
    starting,
)

PLURAL = re.compile(r"-(?:t-)?(?:ils|elles)(?!\w)|(?<!\w)they\s", re.IGNORECASE)

REACH = 160
"""How far after a quote an attribution ('» a déclaré X') is looked for."""

SENTENCE_END = re.compile(rf"{NOT_A_TITLE}[.!?]\s|\n\s*\n")
"""The end of the sentence an attribution stands in; not the full stop of a title ('a précisé M. Roy')."""

GUESSED_RULES = {"quote.previous_paragraph", "quote.only_person"}
"""Speakers read from the quote's neighbourhood, not from words attributing it: they never make a
pair speech, and a statement carried back from the next quote overrides them."""

ATTRIBUTING_RULES = {
    "quote.attribution_pronoun",
    "quote.introduced_name",
    "quote.attribution_after",
    "quote.attribution_role",
    "quote.attribution_name",
    "quote.signature",
    "quote.signature_name",
    "quote.introduced_by",
    "quote.byline",
    "quote.echoed_below",
    "quote.attribution_body",
    "quote.attribution_unnamed",
    "quote.incise",
    "quote.pronoun_lead",
    "quote.coordinated",
}


BARE_TITLE = re.compile(
    r"[ \t]+(?!(?:le|la|les|un|une|des|du|de|dans|lors|en|au|aux|sur|pour|par|the|a|an|in)\b)"
    r"[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+)?[ \t]+"
)
"""'», says co-founder Lena Hartmann': a title with no article before the name, as English prints it."""


ENGLISH_TITLE = re.compile(
    r"[ \t]+(?:(?:the|its|our|their)[ \t]+|[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,2}['’]s[ \t]+)?"
    r"(?:(?:[a-z][a-z-]+|[A-Z]{2,4}|&)[ \t]+){0,4}?(?:[a-z][a-z-]+|[A-Z]{2,4}),?[ \t]+(?=[A-Z][a-zà-ÿ])"
)
"""'», said Norvik's chief executive, Lena Hartmann', '», explains co-founder and CEO Lena Hartmann':
an English title, possessive or bare, with or without a comma before the name."""


def find_speaker(
    text: str,
    start: int,
    end: int,
    persons: list[Person],
    paragraph: tuple[int, int],
    previous: Person | None = None,
    bodies: list[Person] | None = None,
) -> tuple[Person | None, str]:
    """The speaker of the quote whose marks span [start, end), and the rule that found it;
    `previous` is the speaker of the quote before, whom '», souligne-t-elle' refers back to;
    `bodies` are ORG mentions, speakers when a body speaks ('», indique la mairie de Lyon').
    A speaker the attribution designates without naming gives (None, rule): still speech."""
    bodies = bodies or []
    p = patterns()
    after_text = text[end : end + REACH]
    sentence_end = SENTENCE_END.search(after_text)
    window_end = end + (sentence_end.start() + 1 if sentence_end else len(after_text))
    attribution = p.attribution_after.match(text, end)
    if attribution and PRONOUN.search(attribution.group()):
        named = _before(persons, start - 600, start)
        # 'X et Y ont signé … « … », ont-ils rappelé': a plural pronoun for the two named last
        pair = (
            joined(text, named[-2], persons)
            if len(named) > 1 and PLURAL.search(attribution.group())
            else None
        )
        # '», précise-t-il': the speaker before, else the last person named, whom the pronoun can stand for
        earlier = (pair if pair and pair[1] == named[-1][1] else None) or agreeing(
            text, [previous, *reversed(named)], attribution.group()
        )
        if earlier:
            return earlier, "quote.attribution_pronoun"
    if attribution:
        following = starting(persons, attribution.end(), window_end)
        wrapped = _wrapped_name(text, attribution.end())
        if wrapped and (not following or wrapped[1] <= following[0][0]):
            # '», explique Lluís' ⏎ 'Ferrer, directeur d'El Mirador', '», souligne Marie' ⏎ 'Lambert,
            # présidente': the name the verb is followed by, not a later mention in its role
            return wrapped, "quote.attribution_name"
        if following:
            return joined(text, following[0], persons), "quote.attribution_after"
        role = p.role_after.match(text, attribution.end())
        holder = (
            role_holder(text, persons, role["role"], start) if role and role.end() <= window_end else None
        )
        if holder:
            return holder, "quote.attribution_role"
        body, designated = body_at(text, attribution.end(), bodies, window_end)
        if designated >= 0:
            return body, "quote.attribution_body"
        titled = ENGLISH_TITLE.match(text, attribution.end(), window_end)
        if titled and p.english_verb.search(attribution.group()):
            # '», said Norvik's chief executive, Lena Hartmann', '», explains co-founder and CEO X'
            name = p.name.match(text, titled.end(), window_end)
            if name:
                return (name.start(), name.end(), name.group()), "quote.attribution_name"
        name = p.name.search(text, attribution.end(), window_end)
        if (
            name
            and (
                not text[attribution.end() : name.start()].strip(" \t,")
                # '», says co-founder Lena Hartmann': a bare title, after an English verb only
                or (
                    p.english_verb.search(attribution.group())
                    and BARE_TITLE.fullmatch(text[attribution.end() : name.start()])
                )
            )
        ):
            return (name.start(), name.end(), name.group()), "quote.attribution_name"
        titled = titled_name_at(text, attribution.end(), window_end, p.name)
        if titled:
            return titled, "quote.attribution_name"
        single = (
            single_name_at(text, attribution.end() + 1, window_end)
            if text[attribution.end() : attribution.end() + 1] == " "
            else None
        )
        if single and re.match(r"[ \t]*(?:[,.;(]|$)", text[single[1] : window_end]):
            return single, "quote.attribution_name"  # '», raconte Léo, 15 ans'
        beyond = _after_adjunct(text, attribution.end(), window_end, persons, bodies)
        if beyond:
            return beyond
        if INDEFINITE.match(text, attribution.end()):
            return None, "quote.attribution_unnamed"  # '», rapporte une source proche du dossier'
    incise = _incise(text, start, end, persons, bodies, previous)
    if incise:
        return incise
    signed = _signature(text, start, end, persons)
    if signed:
        return signed
    named = named_before(text, start, bodies, persons)
    if named:
        return named
    head = apposition_head(text, start, persons)
    if head:
        return head
    before = [q for q in starting(persons, paragraph[0], start) if q[1] <= start]
    # 'Claire X … a reçu le maire, Paul Y. Elle explique : « … »': the person the pronoun can stand for
    lead = p.pronoun_lead.match(text, sentence_start(text, start), start)
    if before and lead:
        return agreeing(text, list(reversed(before)), lead.group()), "quote.person_before"
    if before:
        return before[-1], "quote.person_before"
    if p.pronoun_lead.match(text[paragraph[0] : start].lstrip()):
        lead = p.pronoun_lead.match(text[paragraph[0] : start].lstrip())
        earlier = agreeing(text, [previous, *reversed(_before(persons, start - 600, start))], lead.group())
        if earlier:
            return earlier, "quote.pronoun_lead"
    if lead_in(text, start).endswith(":"):
        introduced = [q for q in starting(persons, start - 300, start) if q[1] <= start]
        if introduced:
            return introduced[-1], "quote.person_before"
    after = [q for q in starting(persons, end, end + 200) if q[1] <= min(paragraph[1], end + 200)]
    if after:
        return after[0], "quote.person_after"
    signed_below = byline(text, start, end, paragraph, persons)
    if signed_below:
        return signed_below, "quote.byline"
    echoed = echoed_below(text, end, paragraph, persons)
    if echoed:
        return echoed, "quote.echoed_below"
    if attribution:
        return None, "quote.attribution_unnamed"
    named = named_just_before(text, start, end, paragraph, persons)
    if named:
        return named, "quote.previous_paragraph"
    only = only_person(text, start, end, paragraph, persons)
    return (only, "quote.only_person") if only else (None, "")


def _wrapped_name(text: str, at: int) -> Person | None:
    """A name right after the verb, wrapped over a line break or not ('», souligne Marie' ⏎
    'Lambert, présidente'), ending the sentence or set off by a comma."""
    name = WRAPPED_NAME.match(text, at + 1)
    if name and text[at : at + 1] == " " and re.match(r"[ \t]*(?:[,.;(]|$)", text[name.end() :]):
        return name.start(), name.end(), name.group()
    return None


ADJUNCT = re.compile(
    r"[ \t]+(?:dans|lors|devant|auprès|pendant|durant|en[ \t]+marge|au[ \t]+cours|à[ \t]+l['’]occasion)(?!\w)"
)
"""'», estime dans un communiqué le syndicat X', '», a déclaré lors de l'inauguration Léa Roy': an
adjunct of place or occasion between the verb and the speaker."""


def _after_adjunct(
    text: str, at: int, window_end: int, persons: list[Person], bodies: list[Person]
) -> tuple[Person | None, str] | None:
    """The person or body named right after an adjunct that follows the verb of saying (a body
    designated without a name gives no speaker, as right after the verb)."""
    adjunct = ADJUNCT.match(text, at)
    if adjunct is None:
        return None
    p = patterns()
    limit = min(window_end, adjunct.end() + 80)
    for gap in re.finditer(r"[ \t]+", text[adjunct.end() : limit]):
        before, index = adjunct.end() + gap.start(), adjunct.end() + gap.end()
        if re.search(r"[,.;:!?«»“”]", text[adjunct.end() : index]):
            return None
        person = next(iter(starting(persons, index, index + 1)), None)
        if person:
            return joined(text, person, persons), "quote.attribution_after"
        body, designated = body_at(text, before, bodies, window_end)
        if designated >= 0:
            return body, "quote.attribution_body"
        name = p.name.match(text, index, window_end)
        if name and re.match(r"[ \t]*(?:[,.;(]|$)", text[name.end() : window_end]):
            return (name.start(), name.end(), name.group()), "quote.attribution_name"
    return None


def _before(persons: list[Person], low: int, start: int) -> list[Person]:
    """Persons named wholly in [low, start)."""
    return [q for q in starting(persons, max(0, low), start) if q[1] <= start]


INTRODUCES = re.compile(r"^[^«»“”\"]{0,160}:[ \t]*[«“\"]")
"""A name whose line leads through a colon into the next quote introduces that quote."""


def _signature(text: str, start: int, end: int, persons: list[Person]) -> tuple[Person, str] | None:
    """A name right after the quote, on its line or the next, not across a blank line ('» Pierre
    Lefranc, préfet du Gard', '— Claire Aubin, ...', '– Camille, 17 ans', '(Marc, bénévole)'); not a
    name whose line ends with a colon: it introduces the next quote ('X, président :\n« … »')."""
    p = patterns()
    signature = re.match(
        rf"(?:[ \t,.–—-]|{MARKUP})*\n?(?:[ \t]*>+[ \t]*\n)?(?:[ \t,.–—(-]|{MARKUP})*",
        text[end : end + 40],
    )
    signed = end + signature.end()
    line_end = text.find("\n", signed)
    rest = text[signed : len(text) if line_end < 0 else line_end]
    if rest.rstrip().endswith(":") or INTRODUCES.search(rest):
        return None  # 'X, président :\n« … »', '» Julie Roux, attachée de presse, ajoute : « … »'
    for person in starting(persons, signed, signed + 1):
        if "." in signature.group() and re.match(r"[ \t]+[a-zà-ÿ]", text[person[1] :]):
            break  # '». Ferrier annonce …': the subject of the next sentence, not a signature
        return person, "quote.signature"
    name = p.name.match(text, signed)
    if (
        name
        and re.search(r"[–—-]|\n|<br", signature.group())  # a '<br>' ends a line of an HTML page
        and re.match(r"[ \t]*(?:[,(–—-]|\n|$|</)", text[name.end() :])
    ):
        return (name.start(), name.end(), name.group()), "quote.signature_name"
    single = single_name_at(text, signed, min(len(text), signed + 40))
    # '- « … », Marc, 42 ans': a testimonial opening its line (a list item) signed after a comma
    opens_line = re.fullmatch(
        rf"[ \t]*(?:[-–—•*>][ \t]*)?(?:{MARKUP})*", text[text.rfind("\n", 0, start) + 1 : start]
    )
    if (
        single
        and (
            re.search(r"[–—(-]|\n", signature.group()) or opens_line
        )  # '— Camille, 17 ans', or 'Sandrine, 47 ans' under it
        and re.match(rf"[ \t]*,[ \t]*(?:\d+[ \t]+ans|(?!{ARTICLE})[a-zà-öø-ÿ])", text[single[1] :])
    ):
        return single, "quote.signature_name"
    initialled = INITIALLED.match(text, signed)
    if initialled and re.search(r"[–—(-]|\n", signature.group()):
        # 'Monsieur R., 67 ans, opéré le 12 novembre' under a patient's testimonial
        return (initialled.start(), initialled.end(), initialled.group()), "quote.signature_name"
    return None


INITIALLED = re.compile(r"(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle)[ \t]+[A-ZÀ-Ý]\.(?=[ \t]*[,(])")
"""A person named by a civility and an initial, as testimonials of patients are signed, where the
entity extractor finds no person."""


def _incise(
    text: str, start: int, end: int, persons: list[Person], bodies: list[Person], previous: Person | None
) -> tuple[Person | None, str] | None:
    """'« Nous sommes fiers, confie Anne Martin, de … »', '« A, résume Anne Martin. B »': an
    attribution set off by a comma inside the quote, ended by a comma or a sentence end, the speaker
    named after the verb (or '-t-elle' for the speaker before)."""
    p = patterns()
    for comma in re.finditer(r",[ \t]*", text[start:end]):
        at = start + comma.end()
        verb = p.attribution_after.match(text, at)
        if verb is None or verb.start() != at or re.match(r"[ \t]*[(\[]", text[at:]):
            continue
        stop = INCISE_END.search(text, verb.end(), end)
        close = stop.start() if stop else -1
        if close < 0 or close - verb.end() > 80:
            continue
        if PRONOUN.search(verb.group()):
            named = starting(persons, max(0, start - 600), start)
            earlier = agreeing(text, [previous, *reversed(named)], verb.group())
            if earlier and not text[verb.end() : close].strip():
                return earlier, "quote.incise"
            continue
        following = starting(persons, verb.end(), close)
        if following and not text[verb.end() : following[0][0]].strip(" \t"):
            return following[0], "quote.incise"
        # '« … , affirme la vice-présidente du syndicat, Anne Roy. Notre … »': the role, then the name
        lead = re.match(r"[ \t]*", text[verb.end() :]).end()
        role = patterns().role_subject.match(text, verb.end() + lead)
        named = next(iter(starting(persons, close + 1, close + 3)), None)
        if (
            role
            and close - role.end() <= 60
            and not re.search(r"[.!?;:«»“”]", text[role.end() : close])
            and named
            and not text[close + 1 : named[0]].strip()
            and re.match(r"[ \t]*[,.]", text[named[1] :])
        ):
            return named, "quote.incise"
        body, _ = body_at(text, verb.end(), bodies, close)
        if body:
            return body, "quote.incise"
        name = p.name.match(text, len(text[:close].rstrip()) - len(text[verb.end() : close].strip()), close)
        if name:
            return (name.start(), name.end(), name.group()), "quote.incise"
        # '« …, explique leur professeure du lycée, à Cholet. … »': a speaker designated, not named
        if UNNAMED.match(text, verb.end(), close):
            role = patterns().role_subject.match(text, verb.end() + lead)
            return (role_holder(text, persons, role["role"], start) if role else None), "quote.incise"
    return None


INCISE_END = re.compile(r",|(?<!\bM)(?<!\bDr)(?<!\bPr)(?<!\bSt)[.!?…](?=\s)")
"""Where an incise ends: a comma ('« A, confie X, de … »') or a sentence end ('« A, résume X. B »'),
not the period of a title ('M. Roy')."""
INDEFINITE = re.compile(r"[ \t]+(?:un|une|des|plusieurs|certains|certaines)[ \t]+[a-zà-öø-ÿ]")
"""A speaker the attribution leaves unnamed by an indefinite article ('», confie un habitant')."""
UNNAMED = re.compile(r"[ \t]*(?:le|la|l['’]|les|leur|leurs|son|sa|ses|notre|nos|un|une)[ \t]*[a-zà-öø-ÿ]")
