"""Who speaks a quote.

The speaker is, in order: the person named after an attribution verb following the quote (or
the nearest person before it the document gives that role, for '» a indiqué la ministre', '»,
confie l'artiste' after 'la peintre X'), else the body named there ('», indique la mairie de Lyon',
quote_bodies.py) or a name behind a title; an incise inside the quote ('« Nous sommes fiers, confie
Anne Martin, de … »'); a person named right after the quote, on its line or the next (a signature);
the person an introducer opens the sentence with ('Pour X, président de Y, « … »'), or the body or
missed name it opens with ('Selon l'ARS, « … »'), or the body that is the subject of a speech verb
leading to the quote ('L'UFC-Que Choisir dénonce : « … »'); the person who opens the sentence, set
off by a comma, when a colon or a speech verb leads to the quote ('X, Pdt de Y : « … »'); the
nearest person before it in its paragraph; the nearest person after it in its paragraph; for a
testimonial standing alone in its paragraph, the byline (a short paragraph of a name and a role)
under it, or above it when the one under heads the next testimonial. An attribution that designates
a speaker without naming them ('», explique le président de la fédération' with no one holding
that role) leaves the speaker null, as the guide says.
"""

from __future__ import annotations

import re

from pipeline.extractors.quote_bodies import ARTICLE, body_at, single_name_at, titled_name_at
from pipeline.extractors.quote_bylines import byline
from pipeline.extractors.quote_marks import MARKUP
from pipeline.extractors.quote_patterns import (
    PRONOUN,
    WRAPPED_NAME,
    Person,
    alternation,
    lead_in,
    patterns,
    sentence_start,
    starting,
)

REACH = 160
"""How far after a quote an attribution ('» a déclaré X') is looked for."""

SENTENCE_END = re.compile(r"(?<![ \t(]M)(?<![ \t(]MM)(?<![ \t(]Dr)(?<![ \t(]Pr)(?<![ \t(]Me)[.!?]\s|\n\s*\n")
"""The end of the sentence an attribution stands in; not the full stop of a title ('a précisé M. Roy')."""

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
    "quote.attribution_body",
    "quote.attribution_unnamed",
    "quote.incise",
}


def _role_holder(text: str, persons: list[Person], role: str, before: int) -> Person | None:
    """The person the document gives a role, for '» a dit la ministre': given after the name
    ('Jeanne Dupont, ministre de ...') or before it ('la peintre et vidéaste X', a name the entity
    extractor may have missed); a role standing for several ('l'artiste': peintre, sculptrice...)
    matches any of them. The nearest holder before the quote wins, else the first after it."""
    p = patterns()
    words = alternation((role, *p.synonyms.get(role.lower(), ())))
    after_name = re.compile(rf"^[\s,(–—-]*(?:{words})(?!\w)", re.IGNORECASE)
    before_name = re.compile(
        rf"(?<!\w)(?:le|la|l['’])\s*(?:{words})(?:\s+(?:et|ou)\s+[\w'’-]+)?"
        rf"(?:\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[^,.;:\n]{{1,50}},)?[ \t]+$",
        re.IGNORECASE,
    )
    holders = [
        q
        for q in persons
        if after_name.match(text[q[1] : q[1] + 60]) or before_name.search(text[max(0, q[0] - 60) : q[0]])
    ]
    for match in re.finditer(
        rf"(?<!\w)(?:le|la|l['’])\s*(?:{words})(?:\s+(?:et|ou)\s+[\w'’-]+)?[ \t]+",
        text[:before],
        re.IGNORECASE,
    ):
        name = p.name.match(text, match.end())
        if name:
            holders.append((name.start(), name.end(), name.group()))
    preceding = sorted(h for h in holders if h[1] <= before)
    return preceding[-1] if preceding else min(holders, default=None)


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
        earlier = previous or next(
            iter(reversed([q for q in starting(persons, max(0, start - 600), start) if q[1] <= start])), None
        )
        if earlier:
            return earlier, "quote.attribution_pronoun"
    if attribution:
        following = starting(persons, attribution.end(), window_end)
        if following:
            return _joined(text, following[0], persons), "quote.attribution_after"
        role = p.role_after.match(text, attribution.end())
        holder = (
            _role_holder(text, persons, role["role"], start) if role and role.end() <= window_end else None
        )
        if holder:
            return holder, "quote.attribution_role"
        body, designated = body_at(text, attribution.end(), bodies, window_end)
        if designated >= 0:
            return body, "quote.attribution_body"
        name = p.name.search(text, attribution.end(), window_end)
        if name and not text[attribution.end() : name.start()].strip(" \t,"):
            return (name.start(), name.end(), name.group()), "quote.attribution_name"
        name = WRAPPED_NAME.match(text, attribution.end() + 1)  # '», souligne Marie\nLambert, présidente'
        if name and text[attribution.end()] == " " and re.match(r"[ \t]*(?:[,.;(]|$)", text[name.end() :]):
            return (name.start(), name.end(), name.group()), "quote.attribution_name"
        titled = titled_name_at(text, attribution.end(), window_end, p.name)
        if titled:
            return titled, "quote.attribution_name"
        single = (
            single_name_at(text, attribution.end() + 1, window_end)
            if text[attribution.end()] == " "
            else None
        )
        if single and re.match(r"[ \t]*(?:[,.;(]|$)", text[single[1] : window_end]):
            return single, "quote.attribution_name"  # '», raconte Léo, 15 ans'
    incise = _incise(text, start, end, persons, bodies, previous)
    if incise:
        return incise
    signed = _signature(text, end, persons)
    if signed:
        return signed
    opener = _sentence_opener(text, start, persons)
    if opener:
        return opener, "quote.introduced_by"
    named = _opened_by_name_or_body(text, start, bodies, persons)
    if named:
        return named
    head = _apposition_head(text, start, persons)
    if head:
        return head
    before = [q for q in starting(persons, paragraph[0], start) if q[1] <= start]
    if before:
        return before[-1], "quote.person_before"
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
    return (None, "quote.attribution_unnamed") if attribution else (None, "")


def _signature(text: str, end: int, persons: list[Person]) -> tuple[Person, str] | None:
    """A name right after the quote, on its line or the next, not across a blank line ('» Pierre
    Lefranc, préfet du Gard', '— Claire Aubin, ...', '– Camille, 17 ans'); not a name whose line
    ends with a colon: it introduces the next quote ('X, président :\n« … »')."""
    p = patterns()
    signature = re.match(
        rf"(?:[ \t,.–—-]|{MARKUP})*\n?(?:[ \t]*>+[ \t]*\n)?(?:[ \t,.–—-]|{MARKUP})*",
        text[end : end + 40],
    )
    signed = end + signature.end()
    line_end = text.find("\n", signed)
    if text[signed : len(text) if line_end < 0 else line_end].rstrip().endswith(":"):
        return None
    for person in starting(persons, signed, signed + 1):
        return person, "quote.signature"
    name = p.name.match(text, signed)
    if (
        name
        and re.search(r"[–—-]|\n", signature.group())
        and re.match(r"[ \t]*(?:[,(–—-]|\n|$)", text[name.end() :])
    ):
        return (name.start(), name.end(), name.group()), "quote.signature_name"
    single = single_name_at(text, signed, min(len(text), signed + 40))
    if (
        single
        and re.search(r"[–—-]", signature.group())
        and re.match(rf"[ \t]*,[ \t]*(?:\d+[ \t]+ans|(?!{ARTICLE})[a-zà-öø-ÿ])", text[single[1] :])
    ):
        return single, "quote.signature_name"
    return None


def _joined(text: str, person: Person, persons: list[Person]) -> Person:
    """'», déclarent Anne Roy et Paul Vidal': two speakers joined by 'et' speak as one, named as
    written."""
    joint = re.match(r"[ \t]+et[ \t]+", text[person[1] : person[1] + 10])
    second = (
        next(iter(starting(persons, person[1] + joint.end(), person[1] + joint.end() + 1)), None)
        if joint
        else None
    )
    return (person[0], second[1], text[person[0] : second[1]]) if second else person


def _incise(
    text: str, start: int, end: int, persons: list[Person], bodies: list[Person], previous: Person | None
) -> tuple[Person | None, str] | None:
    """'« Nous sommes fiers, confie Anne Martin, de … »': an attribution set off by commas inside
    the quote, the speaker named after the verb (or '-t-elle' for the speaker before)."""
    p = patterns()
    for comma in re.finditer(r",[ \t]*", text[start:end]):
        at = start + comma.end()
        verb = p.attribution_after.match(text, at)
        if verb is None or verb.start() != at or re.match(r"[ \t]*[(\[]", text[at:]):
            continue
        close = text.find(",", verb.end(), end)
        if close < 0 or close - verb.end() > 80:
            continue
        if PRONOUN.search(verb.group()):
            earlier = previous or next(iter(reversed(starting(persons, max(0, start - 600), start))), None)
            if earlier and not text[verb.end() : close].strip():
                return earlier, "quote.incise"
            continue
        following = starting(persons, verb.end(), close)
        if following and not text[verb.end() : following[0][0]].strip(" \t"):
            return following[0], "quote.incise"
        body, _ = body_at(text, verb.end(), bodies, close)
        if body:
            return body, "quote.incise"
        name = p.name.match(text, len(text[:close].rstrip()) - len(text[verb.end() : close].strip()), close)
        if name:
            return (name.start(), name.end(), name.group()), "quote.incise"
    return None


BETWEEN_INTRODUCER_AND_QUOTE = re.compile(
    r"[^.!?«»“”\n]*(?:[,:]|,\s*(?:c['’](?:est|était)|ce\s+(?:sont|sera|serait)|il\s+s['’]agit\s+d(?:e|['’])))\s*$",
    re.IGNORECASE,
)
"""What may stand between the speaker an introducer names and the quote: 'Pour X, « … »', 'Selon X :
« … »', 'Pour X, c'est « … »'."""


def _opened_by_name_or_body(
    text: str, start: int, bodies: list[Person], persons: list[Person]
) -> tuple[Person | None, str] | None:
    """'Selon l'ARS, « … »', 'Pour Inès, élève de 3e, « … »', 'L'UFC-Que Choisir dénonce : « … »':
    a body, or a name the entity extractor missed, opening the quote's sentence (after an
    introducer, or as the subject of a speech verb leading to the quote)."""
    p = patterns()
    sentence = sentence_start(text, start)
    sentence += len(text[sentence:start]) - len(re.sub(rf"^(?:\s|{MARKUP})+", "", text[sentence:start]))
    between_ok = BETWEEN_INTRODUCER_AND_QUOTE
    introducer = p.introducer_word.match(text, sentence, start)
    if introducer and re.match(r"(?:lui|elle|eux|elles)[ \t]*[,:]", text[introducer.end() : start]):
        earlier = [q for q in starting(persons, max(0, start - 600), start) if q[1] <= start]
        return (earlier[-1] if earlier else None), "quote.introduced_by"  # 'Selon lui, « … »'
    if introducer:
        body, designated = body_at(text, introducer.end(), bodies, start)
        if designated >= 0:
            return (body, "quote.introduced_by") if between_ok.match(text[designated:start]) else None
        name = single_name_at(text, introducer.end(), start)
        if (
            name
            and re.match(r"[ \t]*[,:]", text[name[1] : start])
            and between_ok.match(text[name[1] : start])
        ):
            return name, "quote.introduced_name"
        for person in starting(persons, introducer.end(), start):  # 'Pour la directrice, X, « … »'
            lead = text[introducer.end() : person[0]]
            if (
                (not lead.strip() or re.fullmatch(r"[^.!?«»“”:;\n]{1,80},\s*", lead))
                and not p.verb.search(lead + text[person[1] : start])
                and between_ok.match(text[person[1] : start])
            ):
                return person, "quote.introduced_by"
        return _introduced_role(text, introducer, start, persons)
    subject = _subject_body(text, sentence, start, bodies) or _subject_role(text, sentence, start, persons)
    return (subject[0], "quote.introduced_by") if subject else None


def _subject_role(text: str, sentence: int, start: int, persons: list[Person]) -> tuple[Person | None] | None:
    """'Le ministre de l'Éducation a annoncé que « … »', 'La préfète rappelle : « … »': a title
    opening the sentence or a clause, subject of the verb leading to the quote. The speaker is
    the person the document gives that title (and the capitalised words of its complement:
    'ministre de l'Éducation' is not 'ministre des Sports'), else no one the text names."""
    p = patterns()
    clauses = [sentence] + [sentence + m.end() for m in re.finditer(r",[ \t]*", text[sentence:start])]
    for clause in reversed(clauses):
        role = p.role_subject.match(text, clause, start)
        if role is None:
            continue
        rest = re.sub(rf"(?:\s|{MARKUP})+$", "", text[role.end() : start])
        for word in re.finditer(r"(?:^|(?<=\s))\S", rest):
            complement = rest[: word.start()]
            if re.search(r"[,;:()]", complement) or p.verb.search(complement):
                break
            if p.predicate.match(rest, word.start()) and p.leads_to_quote.match(rest[word.start() :]):
                holder = _role_holder(text, persons, role["role"], start)
                keys = re.findall(r"(?<!\w)[A-ZÀ-Ý][\w-]+", complement)
                described = re.split(r"[.;\n]", text[holder[1] : holder[1] + 100])[0] if holder else ""
                named_here = holder is not None and role.end() <= holder[0] < role.end() + word.start()
                if keys and not named_here and not all(k in described for k in keys):
                    holder = None
                return (holder,)
    return None


def _subject_body(text: str, sentence: int, start: int, bodies: list[Person]) -> tuple[Person | None] | None:
    """The body that is the subject of the verb leading to the quote, opening its sentence or a
    clause of it ('Dans un communiqué, l'association X dénonce : « … »'); before a quote opening in
    lower case, a verb with its object may lead to it ('Le syndicat X dénonce une réforme « … »').
    (None,) for a body the document does not name ('La préfecture rappelle : « … »')."""
    p = patterns()
    lower = bool(re.match(rf"(?:\s|{MARKUP})*[«“\"](?:\s|{MARKUP})*[a-zà-öø-ÿ]", text[start:]))
    clauses = [sentence] + [sentence + m.end() for m in re.finditer(r",[ \t]*", text[sentence:start])]
    for clause in reversed(clauses):
        body, designated = body_at(text, clause, bodies, start)
        if designated < 0:
            continue
        lead = re.sub(rf"(?:\s|{MARKUP})+$", "", text[designated:start])
        if p.leads_to_quote.match(lead) or (lower and p.reports_fragment.match(lead)):
            return (body,)
    return None


def _introduced_role(
    text: str, introducer: re.Match, start: int, persons: list[Person]
) -> tuple[Person | None, str] | None:
    """'Selon les organisateurs, « … »', 'D'après le préfet, « … »': 'selon' and 'd'après' attribute
    what follows to whoever they name, the person holding a role they give, else no one; 'pour'
    does not ('Pour son édition 2025, le festival « … »')."""
    phrase = text[introducer.end() : start]
    if introducer.group().lower().startswith("pour") or not re.fullmatch(
        r"[^.!?«»“”\n:,]{2,60}[,:]\s*", phrase
    ):
        return None
    if patterns().verb.search(phrase):
        return None
    role = patterns().role_after.match(text, introducer.end())
    holder = _role_holder(text, persons, role["role"], start) if role and role.end() <= start else None
    return holder, "quote.introduced_by"


def _apposition_head(text: str, start: int, persons: list[Person]) -> tuple[Person, str] | None:
    """'Marie X, directrice de Y, rappelle pour sa part « … »', 'Paul Z, président de W : « … »':
    the person who opens the sentence, set off by a comma, when a colon or a speech verb leads
    to the quote. The entity extractor's mention first, else a capitalised name it missed."""
    sentence = sentence_start(text, start)
    sentence += len(text[sentence:start]) - len(re.sub(rf"^(?:\s|{MARKUP})+", "", text[sentence:start]))
    person = next(iter(starting(persons, sentence, sentence + 1)), None)
    person = _joined(text, person, persons) if person else None
    rule = "quote.introduced_by"
    if person is None:
        name = patterns().name.match(text, sentence)
        person, rule = (
            ((name.start(), name.end(), name.group()), "quote.introduced_name") if name else (None, "")
        )
    if person is None or person[1] > start or not text.startswith(",", person[1]):
        return None
    between = text[person[1] : start]
    if re.search(r"[«»“”]", between):
        return None
    if lead_in(text, start).endswith(":") or patterns().verb.search(between):
        return person, rule
    return None


def _sentence_opener(text: str, start: int, persons: list[Person]) -> Person | None:
    """'Pour X, président de Y, « … »', 'Selon X : « … »': the person that an introducer opens
    the sentence with, the quote following their apposition."""
    p = patterns()
    for person in reversed([q for q in starting(persons, max(0, start - 250), start) if q[1] <= start]):
        between = text[person[1] : start]
        if re.search(r"[.!?«»“”]", between) or not re.search(r"[,:]\s*$", between):
            continue
        if p.introducer.search(text, max(0, person[0] - 30), person[0]):
            return person
    return None
