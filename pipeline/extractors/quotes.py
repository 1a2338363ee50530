"""Quotations (direct speech) with their speaker.

Marks are paired by quote_marks.py. A pair is speech, not a title in quotation marks, when it reads
as a sentence (ends with . ! ? …; or speaks in the first person and someone says it: a slogan
'« Nos territoires ont du talent »' is no speech), or is attributed, and is not a dated citation (a
press review's '“Titre !”, 04/12/2016'): a verb after it ('» a indiqué X', '», témoigne une
habitante'), a verb before it ('X a déclaré : « … »'), or a colon in the sentence of its speaker
('X, présidente de Y : « … »'; not 'Le titre de l'étude : « … »'). Straight quotes count only with an
attribution. A fragment under five words is speech only when a verb of saying or judging gives it
as someone's words ('dénonce une décision « injuste et brutale »').

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
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.dates import find_dates
from pipeline.extractors.extensions import text_of
from pipeline.extractors.language import in_french
from pipeline.extractors.quote_bodies import body_at, single_name_at, strip_title, titled_name_at
from pipeline.extractors.quote_marks import MARKUP, pair_marks

Person = tuple[int, int, str]
REACH = 160
"""How far after a quote an attribution ('» a déclaré X') is looked for."""
BYLINE_CHARS = 200
"""A byline paragraph (the speaker's name and role printed beside or under a testimonial) is short."""
NAME = r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+(?:de|du|d['’]|van|von|le|la)?[ \t]*[A-ZÀ-Ý][\w'’-]+){1,3}"
"""A capitalised name of two to four words, for speakers the entity extractor missed."""


def _alternation(words) -> str:
    escaped = (
        re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return "|".join(escaped)


@dataclass(frozen=True)
class QuotePatterns:
    min_words: int
    attribution_after: re.Pattern
    role_after: re.Pattern
    introduced: re.Pattern
    verb: re.Pattern
    first_person: re.Pattern
    name: re.Pattern
    introducer: re.Pattern
    introducer_word: re.Pattern
    leads_to_quote: re.Pattern
    fragment_lead: re.Pattern
    titled: re.Pattern
    synonyms: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def patterns() -> QuotePatterns:
    vocab = resources.load("quotes.json")
    verbs = (
        rf"(?:{_alternation(vocab['speech_verb_stems'])})(?:{_alternation(vocab['speech_verb_endings'])})"
        rf"|{_alternation(vocab['speech_verb_forms'])}"
    )
    auxiliary = rf"(?:(?:{_alternation(vocab['auxiliaries'])})\s+)?"
    roles = _alternation(vocab["roles"] + list(vocab["role_synonyms"]))
    adverbs = _alternation(vocab["adverbs"])
    flags = re.IGNORECASE
    return QuotePatterns(
        min_words=vocab["min_words"],
        # not a participle with its agent: '« Titre du livre », écrit par X' names a work
        attribution_after=re.compile(
            rf"(?:[\s,–—-]|{MARKUP})*(?:\(|\[)?{auxiliary}(?:{verbs})(?!\w)(?!\s+par(?!\w))", flags
        ),
        role_after=re.compile(
            rf"[^.!?\n]{{0,60}}?(?<!\w)(?:le|la|l['’]|son|sa|leur)\s*(?P<role>{roles})(?!\w)", flags
        ),
        introduced=re.compile(rf"(?<!\w)(?:{verbs})(?:\s+qu(?:e|['’]))?\s*[:,]?\s*$", flags),
        verb=re.compile(rf"(?<!\w)(?:{verbs})(?!\w)", flags),
        first_person=re.compile(rf"(?<!\w)(?:{_alternation(vocab['first_person'])})(?!\w)", flags),
        name=re.compile(NAME),
        introducer=re.compile(
            rf"(?:^|[.!?]\s+|\n)\s*(?i:{_alternation(vocab['introducers'])})\s+(?:(?:le|la|l['’]|M\.|Mme|Dr|Pr|[a-zà-öø-ÿ][\w-]*)\s*){{0,4}}$"
        ),
        introducer_word=re.compile(rf"(?i:{_alternation(vocab['introducers'])})[ \t]+"),
        leads_to_quote=re.compile(
            rf"\s*(?:[\w'’-]+\s+){{0,2}}?{auxiliary}(?:(?:{adverbs})\s+)?(?:{verbs})(?:(?:\s+[\w'’-]+){{0,3}}\s*:|\s+qu(?:e|['’])|\s*:?)$",
            flags,
        ),
        fragment_lead=re.compile(
            rf"(?<!\w)(?:{_alternation(vocab['fragment_verb_stems'])})[\w-]*[^.!?«»“”\n]*$", flags
        ),
        titled=re.compile(
            rf"(?<!\w)(?:le|la|l['’]|les|un|une|son|sa|ses|leur|leurs|ce|cet|cette|notre|nos|votre)\s*"
            rf"(?:{_alternation(vocab['title_nouns'])})(?:\s+[a-zà-öø-ÿ-]+)?$",
            flags,
        ),
        synonyms={role.lower(): tuple(words) for role, words in vocab["role_synonyms"].items()},
    )


def _person_name(text: str, person: Person) -> str:
    """The speaker as written; a lone first name wrapped away from its surname, or a compound first
    name the entity extractor cut ('Anne-|Sophie de La Roche'), is completed."""
    start, end, _ = person
    compound = re.search(r"[A-ZÀ-Ý][\w'’]*-$", text[max(0, start - 30) : start])
    if compound:
        start -= len(compound.group())
    name = text[start:end]
    if " " not in name.strip():
        following = re.match(r"[ \t]*\n?[ \t]*([A-ZÀ-Ý][\w'’-]+)", text[end : end + 40])
        if following:
            name = text[start : end + following.end()]
    return strip_title(re.sub(r"\s+", " ", name).strip())


def _role_holder(text: str, persons: list[Person], role: str, before: int) -> Person | None:
    """The person the document gives a role, for '» a dit la ministre': given after the name
    ('Jeanne Dupont, ministre de ...') or before it ('la peintre et vidéaste X', a name the entity
    extractor may have missed); a role standing for several ('l'artiste': peintre, sculptrice...)
    matches any of them. The nearest holder before the quote wins, else the first after it."""
    p = patterns()
    words = _alternation((role, *p.synonyms.get(role.lower(), ())))
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


def _starting(persons: list[Person], low: int, high: int) -> list[Person]:
    """Persons (sorted by start) whose mention starts in [low, high): a bisection, not a scan."""
    return persons[bisect_left(persons, (low,)) : bisect_left(persons, (high,))]


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
    sentence_end = re.search(r"[.!?]\s|\n\s*\n", after_text)
    window_end = end + (sentence_end.start() + 1 if sentence_end else len(after_text))
    attribution = p.attribution_after.match(text, end)
    if attribution and PRONOUN.search(attribution.group()):
        earlier = previous or next(
            iter(reversed([q for q in _starting(persons, max(0, start - 600), start) if q[1] <= start])), None
        )
        if earlier:
            return earlier, "quote.attribution_pronoun"
    if attribution:
        following = _starting(persons, attribution.end(), window_end)
        if following:
            return following[0], "quote.attribution_after"
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
    # a name right after the quote, on its line or the next: not across a blank line
    signature = re.match(
        rf"(?:[ \t,.–—-]|{MARKUP})*\n?(?:[ \t]*>+[ \t]*\n)?(?:[ \t,.–—-]|{MARKUP})*",
        text[end : end + 40],
    )
    signed = end + signature.end()
    for person in _starting(persons, signed, signed + 1):
        if "." in signature.group() and re.match(r"[ \t]+[a-zà-ÿ]", text[person[1] :]):
            break  # '». Ferrier annonce …': the subject of the next sentence, not a signature
        return person, "quote.signature"
    name = p.name.match(text, signed)
    if (
        name
        and re.search(r"[–—-]|\n", signature.group())
        and re.match(r"[ \t]*(?:[,(–—-]|\n|$)", text[name.end() :])
    ):
        return (name.start(), name.end(), name.group()), "quote.signature_name"  # '— Claire Aubin, ...'
    opener = _sentence_opener(text, start, persons)
    if opener:
        return opener, "quote.introduced_by"
    named = _opened_by_name_or_body(text, start, bodies, persons)
    if named:
        return named
    head = _apposition_head(text, start, persons)
    if head:
        return head
    before = [q for q in _starting(persons, paragraph[0], start) if q[1] <= start]
    if before:
        return before[-1], "quote.person_before"
    if _lead_in(text, start).endswith(":"):
        introduced = [q for q in _starting(persons, start - 300, start) if q[1] <= start]
        if introduced:
            return introduced[-1], "quote.person_before"
    after = [q for q in _starting(persons, end, end + 200) if q[1] <= min(paragraph[1], end + 200)]
    if after:
        return after[0], "quote.person_after"
    byline = _byline(text, start, end, paragraph, persons)
    if byline:
        return byline, "quote.byline"
    return (None, "quote.attribution_unnamed") if attribution else (None, "")


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
            earlier = previous or next(iter(reversed(_starting(persons, max(0, start - 600), start))), None)
            if earlier and not text[verb.end() : close].strip():
                return earlier, "quote.incise"
            continue
        following = _starting(persons, verb.end(), close)
        if following and not text[verb.end() : following[0][0]].strip(" \t"):
            return following[0], "quote.incise"
        body, _ = body_at(text, verb.end(), bodies, close)
        if body:
            return body, "quote.incise"
        name = p.name.match(text, len(text[:close].rstrip()) - len(text[verb.end() : close].strip()), close)
        if name:
            return (name.start(), name.end(), name.group()), "quote.incise"
    return None


def _opened_by_name_or_body(
    text: str, start: int, bodies: list[Person], persons: list[Person]
) -> tuple[Person | None, str] | None:
    """'Selon l'ARS, « … »', 'Pour Inès, élève de 3e, « … »', 'L'UFC-Que Choisir dénonce : « … »':
    a body, or a name the entity extractor missed, opening the quote's sentence (after an
    introducer, or as the subject of a speech verb leading to the quote)."""
    p = patterns()
    sentence = _sentence_start(text, start)
    sentence += len(text[sentence:start]) - len(re.sub(rf"^(?:\s|{MARKUP})+", "", text[sentence:start]))
    between_ok = re.compile(r"[^.!?«»“”\n]*[,:]\s*$")
    introducer = p.introducer_word.match(text, sentence, start)
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
        return _introduced_role(text, introducer, start, persons)
    body, designated = body_at(text, sentence, bodies, start)
    if designated >= 0 and p.leads_to_quote.match(re.sub(rf"(?:\s|{MARKUP})+$", "", text[designated:start])):
        return body, "quote.introduced_by"
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


def _lead_in(text: str, start: int) -> str:
    """The text before an opening mark, without the markup and spaces right before it."""
    return re.sub(rf"(?:\s|{MARKUP})+$", "", text[max(0, start - 300) : start])


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding `start` begins: after a full stop or a blank line (a name and
    role may wrap over single line breaks)."""
    ends = [m.end() for m in re.finditer(r"[.!?»”]\s+|\n[ \t]*\n\s*", text[max(0, start - 400) : start])]
    return max(0, start - 400) + ends[-1] if ends else max(0, start - 400)


def _apposition_head(text: str, start: int, persons: list[Person]) -> tuple[Person, str] | None:
    """'Marie X, directrice de Y, rappelle pour sa part « … »', 'Paul Z, président de W : « … »':
    the person who opens the sentence, set off by a comma, when a colon or a speech verb leads
    to the quote. The entity extractor's mention first, else a capitalised name it missed."""
    sentence = _sentence_start(text, start)
    sentence += len(text[sentence:start]) - len(re.sub(rf"^(?:\s|{MARKUP})+", "", text[sentence:start]))
    person = next(iter(_starting(persons, sentence, sentence + 1)), None)
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
    if _lead_in(text, start).endswith(":") or patterns().verb.search(between):
        return person, rule
    return None


def _byline(
    text: str, start: int, end: int, paragraph: tuple[int, int], persons: list[Person]
) -> Person | None:
    """A testimonial whose speaker is printed in a paragraph of its own, a name and a role with
    no sentence ('Léa Roy\nDirectrice de X', or a PDF's side column read after the quote): the
    byline under the quote, unless it heads the next quote; else the byline above it."""
    alone_after = not re.sub(rf"(?:[\s.,;!?…]|{MARKUP})+", "", text[end : paragraph[1]])
    alone_before = not re.sub(rf"(?:\s|{MARKUP})+", "", text[paragraph[0] : start])
    under = _byline_at(text, _next_paragraph(text, paragraph[1]), persons) if alone_after else None
    above = _byline_at(text, _previous_paragraph(text, paragraph[0]), persons) if alone_before else None
    if under and (above is None or not _opens_with_quote(text, _next_paragraph(text, under[2]))):
        return under[0]
    return above[0] if above else None


def _next_paragraph(text: str, index: int) -> tuple[int, int] | None:
    match = re.compile(r"\S").search(text, index)
    if match is None:
        return None
    following = text.find("\n\n", match.start())
    return match.start(), len(text) if following < 0 else following


def _previous_paragraph(text: str, index: int) -> tuple[int, int] | None:
    body = text[:index].rstrip()
    if not body:
        return None
    return body.rfind("\n\n") + 2 if "\n\n" in body else 0, len(body)


def _byline_at(text: str, paragraph, persons: list[Person]) -> tuple[Person, int, int] | None:
    """(person, start, end) when the paragraph is a byline: short, no quotation mark, opening on a
    name followed by a role (after a comma, a dash or a line break) or by nothing."""
    if paragraph is None:
        return None
    start, end = paragraph
    start += len(text[start:end]) - len(re.sub(rf"^(?:\s|{MARKUP})+", "", text[start:end]))
    content = text[start:end]
    if len(content) > BYLINE_CHARS or re.search(r"[«»“”\"]", content):
        return None
    person = next(iter(_starting(persons, start, start + 1)), None)
    if person is None:
        name = patterns().name.match(text, start, end)
        person = (name.start(), name.end(), name.group()) if name else None
        inside = _starting(persons, name.start() + 1, name.end()) if name else []
        if inside and inside[0][1] == name.end():  # 'Témoignage de Marie Durand': the person
            person = inside[0]
    if person is None:
        return None
    if not re.match(rf"(?:{MARKUP})*(?:\s*$|\s*[,–—(-]|[ \t]*\n)", text[person[1] : end]):  # a role follows
        return None
    return person, start, end


def _opens_with_quote(text: str, paragraph) -> bool:
    return paragraph is not None and bool(
        re.match(rf"(?:\s|{MARKUP})*[«“\"]", text[paragraph[0] : paragraph[1]])
    )


def _sentence_opener(text: str, start: int, persons: list[Person]) -> Person | None:
    """'Pour X, président de Y, « … »', 'Selon X : « … »': the person that an introducer opens
    the sentence with, the quote following their apposition."""
    p = patterns()
    for person in reversed([q for q in _starting(persons, max(0, start - 250), start) if q[1] <= start]):
        between = text[person[1] : start]
        if re.search(r"[.!?«»“”]", between) or not re.search(r"[,:]\s*$", between):
            continue
        if p.introducer.search(text, max(0, person[0] - 30), person[0]):
            return person
    return None


PRONOUN = re.compile(r"-(?:t-)?(?:il|elle|ils|elles)(?!\w)", re.IGNORECASE)
"""'souligne-t-elle', 'a-t-il ajouté': the attribution names no one, it refers back to the last speaker."""

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


def _is_speech(
    text: str, start: int, end: int, content: str, family: str, speaker: Person | None, rule: str
) -> bool:
    """Speech reads as a sentence or is attributed; a name or title in quotation marks is not.
    A colon introduces speech only when the speaker stands in the colon's sentence ('X rappelle :
    « … »', not 'Le titre de l'étude : « … »' with a person named a sentence earlier)."""
    p = patterns()
    if _dated_citation(text, end):
        return False
    lead_in = _lead_in(text, start)
    introduced = bool(rule) and bool(p.introduced.search(lead_in[-60:]))
    if rule and lead_in.endswith(":") and speaker is not None:
        introduced = introduced or _sentence_start(text, start) <= speaker[0] < start
    attributed = rule in ATTRIBUTING_RULES or introduced or bool(p.attribution_after.match(text, end))
    if family == "straight":
        return attributed
    if p.titled.search(lead_in[-80:]):  # 'le spectacle « Nous, les vivants »', 'le guide « Que faire ? »'
        return bool(p.attribution_after.match(text, end))
    if not rule and content.rstrip(" »”").endswith("?"):
        return False  # a question nobody is said to ask is a title ('Le thème, « Le hasard… ? »')
    # the first person makes speech of a pair someone says; alone it is a slogan ('« Nos territoires
    # ont du talent »', 'Thème : « Les océans, notre bien commun »')
    sentence = bool(re.search(r"[.!?…]\W*$", content)) or (
        bool(rule) and bool(p.first_person.search(content))
    )
    return sentence or attributed


CITED_ON = re.compile(r"[ \t]*[,(][ \t]*(?:(?:diffusée?|publiée?|parue?|mise? en ligne)[ \t]+)?(?:le[ \t]+)?")


def _dated_citation(text: str, end: int) -> bool:
    """'Le Point, “DGSE : lycéens, à vos maths !”, 04/12/2016': the title of an article or a
    programme in a press review, followed by its date, is no speech whatever its punctuation."""
    cue = CITED_ON.match(text, end)
    if cue is None:
        return False
    dates = find_dates(text[cue.end() : cue.end() + 40])
    return bool(dates) and dates[0]["start"] == 0


def _reported_fragment(text: str, open_index: int, content: str) -> bool:
    """'Le maire dénonce une décision « injuste et brutale »': words of two or more that a verb of
    saying or judging in the sentence gives as someone's (the guide's fragments); a capitalised
    name or title ('a salué l'opération « École ouverte »') and a single term are not."""
    if len(content.split()) < 2 or not content[:1].islower() or re.search(r"[.!?…]$", content):
        return False
    return bool(patterns().fragment_lead.search(text, _sentence_start(text, open_index), open_index))


def extract_quotes(text: str, persons: list[Person], bodies: list[Person] | None = None) -> list[dict]:
    """The quotes of a text, given its PER mentions and (for bodies that speak) its ORG mentions."""
    p = patterns()
    quotes = []
    previous: Person | None = None
    for open_index, close_index, family in pair_marks(text):
        raw = text[open_index + 1 : close_index]
        content = re.sub(rf"^(?:\s|{MARKUP})+|(?:\s|{MARKUP})+$", "", raw)
        fragment = len(content.split()) < p.min_words
        if fragment and not _reported_fragment(text, open_index, content):
            continue
        start = open_index + 1 + raw.index(content)
        end = start + len(content)
        paragraph_start = text.rfind("\n\n", 0, open_index) + 1
        paragraph_end = text.find("\n\n", close_index)
        paragraph = (paragraph_start, len(text) if paragraph_end < 0 else paragraph_end)
        speaker, rule = find_speaker(
            text, open_index, close_index + 1, persons, paragraph, previous, sorted(bodies or [])
        )
        if not fragment and not _is_speech(text, open_index, close_index + 1, content, family, speaker, rule):
            continue
        previous = speaker or previous
        quotes.append(
            {
                "speaker": _person_name(text, speaker) if speaker else None,
                "text": content,
                "start": start,
                "end": end,
                "speaker_span": {
                    "start": speaker[0],
                    "end": speaker[1],
                    "text": text[speaker[0] : speaker[1]],
                    "rule": rule,
                }
                if speaker
                else None,
                "rule": f"quote.{family}",
            }
        )
    return quotes


class QuoteExtractor:
    """Fills doc._.quotes; speakers are PER entity mentions, named as written."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = {
            label: sorted(
                (m["start"], m["end"], e["name"])
                for e in (doc._.entities or [])
                if e["label"] == label
                for m in e["mentions"]
            )
            for label in ("PER", "ORG")
        }
        quotes = extract_quotes(text_of(doc), mentions["PER"], mentions["ORG"])
        doc._.quotes = [q for q in quotes if in_french(doc, q["start"], q["end"])]
        return doc


@Language.factory(
    "communique_quotes", assigns=["doc._.quotes"], requires=["doc._.entities", "doc._.language_blocks"]
)
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)
