"""Speakers named before the quote: after an introducer ('Pour X, « … »', 'Selon l'ARS, « … »',
'D'après le professeur X, « … »'), as the subject of the verb leading to it ('L'association X
dénonce : « … »', 'La préfète rappelle : « … »'), or opening its sentence set off by a comma ('X,
présidente de Y : « … »'); and the person a document gives a title ('la ministre' → the person
introduced as 'X, ministre de …')."""

from __future__ import annotations

import re

from pipeline.extractors.quote_bodies import aged_name_at, body_at, single_name_at
from pipeline.extractors.quote_marks import MARKUP
from pipeline.extractors.quote_patterns import (
    NOT_A_TITLE,
    Person,
    alternation,
    lead_in,
    patterns,
    sentence_start,
    starting,
)


def role_holder(text: str, persons: list[Person], role: str, before: int) -> Person | None:
    """The person the document gives a role, for '» a dit la ministre': given after the name
    ('Jeanne Dupont, ministre de ...') or before it ('la peintre et vidéaste X', a name the entity
    extractor may have missed); a role standing for several ('l'artiste': peintre, sculptrice...)
    matches any of them. The nearest holder before the quote wins, else the first after it."""
    p = patterns()
    words = alternation((role, *p.synonyms.get(role.lower(), ())))
    # 'Jeanne X, ministre de …', 'Paul Y, qui dirige l'école', 'Paul Y préside la fédération'
    after_name = re.compile(rf"^[\s,(–—-]*(?:qui\s+)?(?:{words})(?!\w)", re.IGNORECASE)
    # 'la procureure de X, Élise Y', 'sous l'autorité du préfet de X, Jean Z', 'son adjoint à la
    # démocratie locale, Didier Z', 'la vice-présidente chargée des collèges, Anne Z', a signature's
    # title over the name ('Le président,' ⏎ 'Alain Ferrand'), a civility before the name ('la
    # rectrice de l'académie, Mme Anne Z')
    article = r"le|la|l['’]|du|au|de\s+la|à\s+la|de\s+l['’]|à\s+l['’]|son|sa|leur"
    linker = (
        r"de\s+la|de\s+l['’]|de|du|des|d['’]|à\s+la|à\s+l['’]|au|aux|à"
        r"|chargée?\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])"
    )
    before_name = re.compile(
        rf"(?<!\w)(?:{article})\s*(?:{words})(?:\s+(?:et|ou)\s+[\w'’-]+)?"
        # 'le directeur départemental des territoires, Olivier X': an adjective or two before the linker
        rf"(?:(?:\s+(?-i:[a-zà-öø-ÿ-]+)){{0,2}}?\s+(?:{linker})(?:(?<=['’])|(?!\w))\s*[^,.;:\n]{{1,50}},)?"
        # 'le préfet de police, Laurent X': a role of several words set off by a comma
        r"(?:,?[ \t]+|,?[ \t]*\n[ \t]*)"
        # 'la rectrice de l'académie de Dijon, Mme Hélène X': a civility before the name
        r"(?:(?:M\.|Mme|MM\.|Dr|Pr|Me|Monsieur|Madame|Maître)[ \t]+)?$",
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


JOINT = re.compile(r"(?:[ \t]*,(?P<role>[^.!?«»“”\n,]{1,100}(?:,[^.!?«»“”\n,]{1,60})?),)?[ \t]+et[ \t]+")
"""'Anne Roy et Paul Vidal', 'Anne Roy, présidente de X, et Paul Vidal': two speakers as one."""


def joined(text: str, person: Person, persons: list[Person]) -> Person:
    """'», déclarent Anne Roy et Paul Vidal': two speakers joined by 'et' speak as one, named as
    written; with a role after each ('Anne Roy, présidente de X, et Paul Vidal, directeur de Y'),
    named by their two names."""
    joint = JOINT.match(text, person[1], person[1] + 200)
    second = next(iter(starting(persons, joint.end(), joint.end() + 1)), None) if joint else None
    if second is None:
        return person
    if joint["role"]:
        return (person[0], second[1], f"{text[person[0] : person[1]]} et {text[second[0] : second[1]]}")
    return (person[0], second[1], text[person[0] : second[1]])


BETWEEN_INTRODUCER_AND_QUOTE = re.compile(
    r"[^.!?«»“”\n]*(?:[,:]|,\s*(?:c['’](?:est|était)|ce\s+(?:sont|sera|serait)|il\s+s['’]agit\s+d(?:e|['’])"
    # 'Pour X, président de Y, ce projet « montre que … »': a subject whose verb is in the quote
    # or 'l'arrivée de l'enseigne est « … »', a subject with its complement and verb
    r"|(?:ce|cet|cette|ces|le|la|les|l['’]|son|sa|ses|leur|leurs)\s*[\w’'-]+(?:\s+[\w’'-]+){0,3}))\s*$",
    re.IGNORECASE,
)
"""What may stand between the speaker an introducer names and the quote: 'Pour X, « … »', 'Pour X,
ce projet « … »', 'Selon X :
« … »', 'Pour X, c'est « … »'."""
INTRODUCER_LEAD = re.compile(
    r"(?:(?:le|la|l['’]|M\.|Mme|Dr|Pr|[a-zà-öø-ÿ][\w'’-]*)[ \t]*){0,4}|[^.!?«»“”:;\n]{1,80},\s*"
)
"""What may stand between an introducer and the person it names: a title ('D'après le professeur X')
or a role set off by a comma ('Pour la directrice de l'école, X')."""


DETERMINED = re.compile(r"(?:Son|Sa|Ses|Leur|Leurs|Notre|Nos|Le|La|Les|L['’]|Ce|Cet|Cette|Un|Une)\b")
"""A capitalised pair opening on a determiner ('Son PDG', 'Le DG') is a role, not a missed name."""
DEMONSTRATIVE = re.compile(
    r"(?:ce|cet|cette)\s+(?:[\w’'-]+\s+){0,2}(?P<head>dernier|dernière"
    # things and firms with a person's ending: 'Selon ce quotidien', 'Pour ce secteur', 'ce fournisseur'
    r"|(?!(?:liste|lien|bien|entretien|quotidien|soutien|maintien|secteur|moteur|indicateur|capteur"
    r"|vecteur|compteur|opérateur|extérieur|intérieur|fournisseur|distributeur|assureur|transporteur"
    r"|constructeur|diffuseur|éditeur|exploitant)(?![\w’'-]))"
    r"[\w’'-]*(?:eur|euse|rice|ien|ienne|iste|logue|decin))(?![\w’'-])",
    re.IGNORECASE,
)
"""'Pour cet enseignant-chercheur, « … »', 'Selon cette agricultrice, « … »', 'D'après ce dernier':
a person designated again by a demonstrative and a noun of a person is the one named last ('Pour
cette édition', 'Selon cette étude' name no one)."""


def named_before(
    text: str, start: int, bodies: list[Person], persons: list[Person]
) -> tuple[Person | None, str] | None:
    """'Selon l'ARS, « … »', 'Pour Inès, élève de 3e, « … »', 'D'après le professeur X, « … »',
    'L'UFC-Que Choisir dénonce : « … »': a person, body, or name the entity extractor missed,
    opening the quote's sentence (after an introducer at the start of the sentence or of its line,
    or as the subject of a speech verb leading to the quote)."""
    sentence = sentence_start(text, start)
    sentence += len(text[sentence:start]) - len(re.sub(rf"^(?:\s|{MARKUP})+", "", text[sentence:start]))
    introducer = _introducer_at(text, sentence, start)
    if introducer:
        return _introduced(text, introducer, start, bodies, persons)
    subject = _subject_body(text, sentence, start, bodies) or _subject_role(text, sentence, start, persons)
    return (subject[0], "quote.introduced_by") if subject else None


def _introducer_at(text: str, sentence: int, start: int) -> re.Match | None:
    """'Pour', 'Selon', 'D'après' (after a connective: 'Toujours selon') opening the sentence, the
    line of the quote (a PDF line under a heading without a full stop), or a clause of the sentence
    ('Hier, selon M. Dupont, « … »')."""
    # the line's start, not the document's when no line break falls inside the sentence (a release
    # opening on 'POUR DIFFUSION IMMÉDIATE' is no introducer of every quote)
    line = max(sentence, text.rfind("\n", 0, start) + 1)
    line += len(text[line:start]) - len(re.sub(rf"^(?:\s|{MARKUP})+", "", text[line:start]))
    clauses = [sentence, line] + [sentence + m.end() for m in re.finditer(r",[ \t]*", text[sentence:start])]
    for clause in dict.fromkeys(clauses):
        found = patterns().introducer_word.match(text, clause, start)
        if found:
            return found
    return None


def _introduced(
    text: str, introducer: re.Match, start: int, bodies: list[Person], persons: list[Person]
) -> tuple[Person | None, str] | None:
    """Whom an introducer names: a pronoun ('Selon lui') is the person named last; a body; a person
    behind a title or a role ('Pour la directrice de l'école, X, « … »'); a name the entity extractor
    missed; else the holder of the role it names ('Selon le préfet, « … »')."""
    p = patterns()
    after = introducer.end()
    between_ok = BETWEEN_INTRODUCER_AND_QUOTE
    demonstrative = DEMONSTRATIVE.match(text, after, start)
    if re.match(r"(?:lui|elle|eux|elles)[ \t]*[,:]", text[after:start]) or (
        demonstrative and between_ok.match(text[demonstrative.end() : start])
    ):
        earlier = [q for q in starting(persons, max(0, start - 600), start) if q[1] <= start]
        return (earlier[-1] if earlier else None), "quote.introduced_by"
    body, designated = body_at(text, after, bodies, start)
    if designated >= 0:
        return (body, "quote.introduced_by") if between_ok.match(text[designated:start]) else None
    for person in starting(persons, after, start):
        lead, between = text[after : person[0]], text[person[1] : start]
        if (
            INTRODUCER_LEAD.fullmatch(lead)
            and not p.verb.search(lead + between)
            and between_ok.match(between)
        ):
            return person, "quote.introduced_by"
    name = single_name_at(text, after, start)
    role = p.role_subject.match(text, after, start)
    # 'Pour la directrice de la clinique, Véra X, le projet « … »': the role, then a name the entity
    # extractor missed
    held = re.match(r"[^.!?«»“”:;\n,]{0,60},[ \t]*", text[role.end() : start]) if role else None
    if name is None and held:
        name = single_name_at(text, role.end() + held.end(), start)
    if name and re.match(r"[ \t]*[,:]", text[name[1] : start]) and between_ok.match(text[name[1] : start]):
        return name, "quote.introduced_name"
    return _introduced_role(text, introducer, start, persons)


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
                named = starting(persons, role.end(), role.end() + word.start())
                if named and named[-1][1] <= role.end() + word.start():
                    return (named[-1],)  # 'Le chef étoilé Thomas Rigaud a confié : « … »': named here
                holder = role_holder(text, persons, role["role"], start)
                keys = re.findall(r"(?<!\w)[A-ZÀ-Ý][\w-]+", complement)
                # the holder's description: the words after the name on its line, and those before it
                # in its sentence ('Le ministre des Sports, X', a signature 'Pour la Commission,' ⏎
                # 'Le président,' ⏎ 'X')
                described = (
                    re.split(r"[.;\n]", text[holder[1] : holder[1] + 100])[0]
                    # not cut at a civility's stop ('sous la présidence de M. X')
                    + re.split(rf"{NOT_A_TITLE}\.|[;!?»]", text[max(0, holder[0] - 200) : holder[0]])[-1]
                    if holder
                    else ""
                )
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
    # a clause also opens after a heading's colon ('Moustique tigre : l'ARS X appelle à « … »')
    clauses = [sentence] + [sentence + m.end() for m in re.finditer(r"[,:][ \t]*", text[sentence:start])]
    for clause in reversed(clauses):
        body, designated = body_at(text, clause, bodies, start)
        if designated < 0:
            continue
        lead = re.sub(rf"(?:\s|{MARKUP})+$", "", text[designated:start])
        if p.leads_to_quote.match(lead) or (lower and p.reports_fragment.match(lead)):
            return (body,)
        # 'Le syndicat X, consulté en janvier, a salué … mais demande « … »': an apposition set off
        # by commas between the body and its verb
        apposition = re.match(r"[ \t]*,[^.!?;:«»“”\n,]{1,100},", lead)
        if lower and apposition and p.reports_fragment.match(lead[apposition.end() :]):
            return (body,)
    if lower:
        # 'le Conseil national des barreaux (CNB), qui réclame une « … »': a relative clause's
        # verb reports the words of the body it follows
        for relative in re.finditer(r"(?:\([^()\n]{1,20}\))?[ \t]*,?[ \t]+qui[ \t]+", text[sentence:start]):
            at, end = sentence + relative.start(), sentence + relative.end()
            named = [b for b in bodies if not text[b[1] : at].strip() and b[1] <= at or at <= b[0] < end]
            lead = re.sub(rf"(?:\s|{MARKUP})+$", "", text[sentence + relative.end() : start])
            if named and p.reports_fragment.match(lead):
                return (named[-1],)
    return None


def _introduced_role(
    text: str, introducer: re.Match, start: int, persons: list[Person]
) -> tuple[Person | None, str] | None:
    """'Selon les organisateurs, « … »', 'D'après le préfet, « … »': 'selon', 'd'après' and 'comme le
    souligne' attribute what follows to whoever they name, the person holding a role they give, else
    no one; 'pour' only before a title ('Pour le maire, « … »'), not before anything else ('Pour
    son édition 2025, le festival « … »')."""
    phrase = text[introducer.end() : start]
    if not re.fullmatch(r"[^.!?«»“”\n:,]{2,60}[,:]\s*", phrase):
        return None
    if introducer.group().lower().startswith("pour") and not patterns().role_subject.match(
        text, introducer.end()
    ):
        return None
    if patterns().verb.search(phrase):
        return None
    role = patterns().role_after.match(text, introducer.end())
    if role is None and (
        introducer.group().lower().startswith("comme") or patterns().document.match(text, introducer.end())
    ):
        # 'Comme l'indique le rapport, « … »', 'Selon l'étude, « … »': a document's wording, no one's speech
        return None
    holder = role_holder(text, persons, role["role"], start) if role and role.end() <= start else None
    return holder, "quote.introduced_by"


def apposition_head(text: str, start: int, persons: list[Person]) -> tuple[Person, str] | None:
    """'Marie X, directrice de Y, rappelle pour sa part « … »', 'Paul Z, président de W : « … »':
    the person who opens the sentence, set off by a comma, when a colon or a speech verb leads
    to the quote. The entity extractor's mention first, else a capitalised name it missed. A line
    under a heading printed without a full stop opens such a sentence too ('SOMMAIRE' ⏎ 'Inès, … :')."""
    found = _apposition_at(text, sentence_start(text, start), start, persons)
    line = text.rfind("\n", 0, start) + 1
    return found or (
        _apposition_at(text, line, start, persons) if line > sentence_start(text, start) else None
    )


def _apposition_at(text: str, sentence: int, start: int, persons: list[Person]) -> tuple[Person, str] | None:
    sentence += len(text[sentence:start]) - len(re.sub(rf"^(?:\s|{MARKUP})+", "", text[sentence:start]))
    connective = patterns().connective.match(text, sentence, start)
    if connective and text[connective.end() : connective.end() + 1].isupper():
        sentence = connective.end()  # 'Et Paul Ménard, président, d'ajouter : « … »'
    person = next(iter(starting(persons, sentence, sentence + 1)), None)
    person = joined(text, person, persons) if person else None
    rule = "quote.introduced_by"
    if person is None:
        name = patterns().name.match(text, sentence)
        if name and (DETERMINED.match(name.group()) or patterns().role_word.match(name.group())):
            # 'Son PDG, Marc Roy, se dit confiant : « … »', 'Fondatrice de X, Anne Roy résume : « … »':
            # a role opening the sentence, then its holder
            held = re.match(r",[ \t]*", text[name.end() : start])
            found = starting(persons, name.end() + held.end(), name.end() + held.end() + 1) if held else []
            if found:
                sentence, person = found[0][0], joined(text, found[0], persons)
            name = None
    if person is None:
        named = (name.start(), name.end(), name.group()) if name else aged_name_at(text, sentence, start)
        person, rule = (named, "quote.introduced_name") if named else (None, "")
    if person is None or person[1] > start or not text.startswith(",", person[1]):
        return None
    between = text[person[1] : start]
    if re.search(r"[«»“”]", between):
        return None
    if lead_in(text, start).endswith(":") or patterns().verb.search(between):
        return person, rule
    return None
