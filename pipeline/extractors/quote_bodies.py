"""Speakers that are not a person the entity extractor found: a body ('», indique la mairie de
Lyon', 'Selon l'ARS, « … »'), a name behind a title ('», insiste le Dr Hélène Vasseur') or a lone
first name ('Pour Inès, élève de 3e, « … »').

The guide (docs/annotation.md, "Who can speak") names a body as written nearest to the quote; a
body given only by its common noun ('déclare la préfecture') is the body the document names with
that head-word before the quote ('la préfecture de la Gironde'), else it is not named (null).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from pipeline import resources

Span = tuple[int, int, str]
ARTICLE = r"(?:(?:le|la|les)[ \t]+|l['’][ \t]*)"
CAPITALISED = r"[A-ZÀ-Ý][\w'’-]*"
COMPLEMENT = (
    rf"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’])[ \t]*|[ \t]+)"
    rf"{CAPITALISED}(?:[ \t]+(?:et[ \t]+|de[ \t]+|du[ \t]+|des[ \t]+)?{CAPITALISED}){{0,4}}"
)
"""A body noun's proper complement ('de Lyon', 'des Armées', 'Occitanie'): capitalised words."""


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    vocab = resources.load("quotes.json")
    nouns = "|".join(
        re.escape(n).replace(r"\ ", r"[ \t]+").replace("'", "['’]")
        for n in sorted(vocab["body_nouns"], key=len, reverse=True)
    )
    titles = "|".join(re.escape(t) for t in sorted(vocab["titles"], key=len, reverse=True))
    body = re.compile(rf"(?P<noun>(?i:{nouns}))(?P<complement>{COMPLEMENT})?(?!\w)")
    title = re.compile(rf"(?:{titles})(?:\.|(?!\w))[ \t]*")
    acronym = re.compile(rf"[A-ZÀ-Ý]{{2,}}[\w'’-]*(?:[ \t]+{CAPITALISED})*(?!\w)")
    return body, title, acronym


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(r.lower() for r in resources.load("quotes.json")["roles"])


def _without_verb(text: str, mention: Span) -> tuple[Span, int]:
    """An ORG mention that swallowed the speech verb after it ('Fédération X rappelle') ends before it."""
    from pipeline.extractors.quote_patterns import patterns

    last = re.search(r"[ \t]+([\w'’-]+)$", text[mention[0] : mention[1]])
    if last and patterns().verb.fullmatch(last.group(1)):
        end = mention[0] + last.start()
        return (mention[0], end, text[mention[0] : end]), end
    return mention, mention[1]


def _sentence_case_name_end(text: str, index: int, limit: int) -> int:
    """Where a body's name written in sentence case ends ('Fédération| française de cardiologie|'):
    at most six words, up to punctuation, a line break or a speech verb, not on a preposition."""
    from pipeline.extractors.quote_patterns import patterns

    end = index
    for count, word in enumerate(re.finditer(r"[ \t]+([\w'’-]+)", text[index:limit])):
        if count >= 6 or word.start() != end - index or patterns().verb.fullmatch(word.group(1)):
            break
        if word.group(1).lower() in {"a", "ont", "avait", "avaient", "est", "sont", "qui", "et"}:
            break
        end = index + word.end()
    words = re.findall(r"[\w'’-]+", text[index:end])
    while words and words[-1].lower() in {"de", "du", "des", "d'", "d’", "la", "le", "l'", "l’", "les"}:
        end = text.rindex(words.pop(), index, end)
        end = len(text[:end].rstrip())
    return end


def strip_title(name: str) -> str:
    """'Dr Claire Morin', 'Le Dr Claire Morin' → 'Claire Morin': a title, with the article before
    it, is not part of the speaker's name; before a bare initial it is ('Monsieur R.', a patient
    the release names no further)."""
    article = re.match(r"(?:Le|La)[ \t]+|L['’][ \t]*", name)
    rest = name[article.end() :] if article else name
    match = _vocab()[1].match(rest)
    if match and re.fullmatch(r"[A-ZÀ-Ý]\.?", rest[match.end() :].strip()):
        return rest
    return rest[match.end() :] if match and match.end() < len(rest) else name


def _mention_at(spans: list[Span], index: int) -> Span | None:
    found = spans[bisect_left(spans, (index,)) : bisect_left(spans, (index + 1,))]
    return found[0] if found else None


def body_at(text: str, index: int, bodies: list[Span], limit: int) -> tuple[Span | None, int]:
    """The body named at `index` (after an article), or bodies joined by 'et' ('l'April et
    Framasoft' → 'April et Framasoft'), and where the words designating them end (-1: none)."""
    first, end = _one_body_at(text, index, bodies, limit)
    joined = re.match(r"[ \t]+et[ \t]+", text[end:limit]) if first else None
    if joined:
        second, second_end = _one_body_at(text, end + joined.end(), bodies, limit)
        if second:
            return (first[0], second[1], text[first[0] : second[1]]), second_end
    return first, end


ACRONYM_NAME = re.compile(rf"[A-ZÀ-Ý]{{2,}}[\w'’-]*(?:{COMPLEMENT})?(?!\w)")
"""'CLCV de l'Isère', 'UFC-Que Choisir du Var': a body's name opening on an acronym."""


LEADING_ARTICLE = re.compile(r"\s+(?:les|le|la|l['’])$")
"""'l'association Les Restos …': the name's own article, which the ORG mention may leave out, stands
between the head noun and the mention."""


def _one_body_at(text: str, index: int, bodies: list[Span], limit: int) -> tuple[Span | None, int]:
    """The body named at `index` (after an article), and where the words designating a body end,
    -1 when none does (a bare 'la préfecture' the document never names is a body without a name)."""
    article = re.match(rf"[ \t,]*(?i:{ARTICLE})?", text[index:limit])
    at = index + article.end()
    mention = _mention_at(bodies, at)
    if mention:
        return _without_verb(text, mention)
    body_pattern, _, acronym = _vocab()
    body = body_pattern.match(text, at, limit)
    if body is None:
        name = acronym.match(text, at, limit)  # 'l'UFC-Que Choisir', 'la SNCF'; not 'le PDG'
        if name is None or name.group().lower() in _roles():
            return None, -1
        return (name.start(), name.end(), name.group()), name.end()
    complement = body["complement"]
    if (
        complement
        and body["noun"].islower()
        and complement[:1].isspace()
        and complement.strip()[:1].isupper()
    ):
        named = body.start("complement") + len(complement) - len(complement.lstrip())
        return _mention_at(bodies, named) or (named, body.end(), text[named : body.end()]), body.end()
    if complement:  # 'l'association Vélo Cité' → 'Vélo Cité'; 'la mairie de Lyon', 'l'ARS Occitanie'
        return (body.start(), body.end(), body.group()), body.end()
    if body["noun"][:1].isupper():
        end = _sentence_case_name_end(text, body.end(), limit)
        if end > body.end():  # 'la Fédération française de cardiologie'
            return (body.start(), end, text[body.start() : end]), end
    if body["noun"].islower():
        # 'le syndicat des consommateurs UFC-Que Choisir du Var': a lower-case complement between
        # the noun and the body's name
        complement = re.match(
            r"(?:[ \t]+(?:de|des|du|d['’]|de[ \t]+la)?[ \t]*[a-zà-öø-ÿ'’-]+){1,3}[ \t]+",
            text[body.end() : limit],
        )
        named = _mention_at(bodies, body.end() + complement.end()) if complement else None
        if named:
            return _without_verb(text, named)
        # the same with an acronym the entity extractor missed ('l'association de consommateurs
        # CLCV de l'Isère')
        acronym_name = ACRONYM_NAME.match(text, body.end() + complement.end(), limit) if complement else None
        if acronym_name:
            return (acronym_name.start(), acronym_name.end(), acronym_name.group()), acronym_name.end()
    noun = body["noun"].lower()
    earlier = [
        b
        for b in bodies
        if b[1] <= index
        and (
            text[b[0] : b[1]].lower().startswith(noun)
            or LEADING_ARTICLE.sub("", text[max(0, b[0] - 40) : b[0]].lower().rstrip()).endswith(noun)
        )
    ]
    if not earlier:
        return None, body.end()
    start, end, _ = earlier[-1]
    own = re.search(r"(?<=[a-zà-ÿ][ \t])(?:Les|Le|La|L['’])[ \t]*$", text[max(0, start - 6) : start])
    start -= len(own.group()) if own else 0  # 'l'association Les Restos …': the name's own article
    return (start, end, text[start:end]), body.end()


def single_name_at(text: str, index: int, limit: int) -> Span | None:
    """A capitalised name of one to four words, after an optional title ('Inès', 'Dr Léa Roy')."""
    title = _vocab()[1].match(text, index, limit)
    at = title.end() if title else index
    name = re.compile(rf"{CAPITALISED}(?:[ \t]+(?:de[ \t]+|du[ \t]+)?{CAPITALISED}){{0,3}}(?!\w)").match(
        text, at, limit
    )
    return (name.start(), name.end(), name.group()) if name else None


AGE = re.compile(r"[ \t]*,[ \t]*\d{1,3}[ \t]+ans(?!\w)")


FUNCTION = re.compile(r"[ \t]*,[ \t]*(?:\d{1,3}[ \t]+ans(?!\w)|[a-zà-öø-ÿ])")


def aged_name_at(text: str, index: int, limit: int) -> Span | None:
    """'Léa, 15 ans, élève de 3e', 'Inès, aide-soignante': a first name alone with its
    age or its function after it, the way testimonials of pupils, patients, volunteers or staff are
    signed, where the entity extractor finds no person; a function only after a known first name."""
    from pipeline.extractors.entities.person_names import sourced_first_names  # (import cycle)

    name = single_name_at(text, index, limit)
    if name is None or not FUNCTION.match(text, name[1], limit):
        return None
    known = " " not in name[2] and name[2].lower() in sourced_first_names()
    return name if AGE.match(text, name[1], limit) or known else None


def titled_name_at(text: str, index: int, limit: int, name: re.Pattern) -> Span | None:
    """'le Dr Hélène Vasseur', 'Mme Anne Roy', 'M. Dufresne': a name behind an article and a title;
    a surname alone counts when the title marks it a person's ('», a précisé M. Dufresne.')."""
    if index > limit:  # an attribution that ran past the sentence's end leaves no room for a name
        return None
    title = re.compile(rf"[ \t,]*(?i:{ARTICLE})?").match(text, index, limit)
    titled = _vocab()[1].match(text, title.end(), limit)
    if titled is None:
        return None
    found = name.match(text, titled.end(), limit) or re.compile(
        rf"{CAPITALISED}(?=[ \t]*(?:[,.;()]|$))", re.MULTILINE
    ).match(text, titled.end(), limit)
    return (found.start(), found.end(), found.group()) if found else None
