"""Titles of works set off by quotation marks ('« Les Fourberies de Scapin »', '“Le Voyage de Lila”')
or by markdown italics ('l'exposition *Reporters en cases*', kept by the reader as clean-text ranges):
the marks bound the name, article included, and what they set off is a work, a study or a programme,
not a body (a company or a person is seldom written in quotation marks; a body's kind noun before
the marks says when one is: 'l'équipe « Les Goélands »')."""

from __future__ import annotations

import re

from pipeline.extractors.entities.guesses import written_in_lower_case
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import vocabulary

QUOTED_TITLE = re.compile(
    r"(?:«[ \u00a0\u202f]*|“)(?P<title>[A-ZÀ-Ý][^«»“”\n.!?:;]{0,80}?)(?:[ \u00a0\u202f]*»|”)"
)
"""A capitalised title between « » or “ ”, on one line, with no sentence punctuation inside: a quoted
sentence is not a title."""
STRAIGHT_QUOTED_TITLE = re.compile(r'(?<![\w=])"(?P<title>[A-ZÀ-Ý][^"«»“”\n.!?:;]{0,80}?)"(?!\w)')
"""The same between straight quotes, as plain-text releases write them ('une charte "Logement des
salariés"', 'le "Livret IV"'); not inside a word or after '=' (an attribute's value)."""
ARTICLE = re.compile(r"(?:Les|La|Le|L['’])\s*")
MAX_WORDS = 7
"""A longer capitalised stretch in quotation marks is a quoted sentence, not a title."""
SECTION_BEFORE = re.compile(r'\b(?:rubriques?|onglets?)\s*[«“"][ \u00a0\u202f]*$', re.IGNORECASE)
"""A site's section named just before the opening mark ('rubrique « Mer et littoral »'): a heading."""
CLOSING_MARK = re.compile(r'[ \u00a0\u202f]*[»”"]')
KIND_BEFORE_MARK = re.compile(r"(?:[^\W\d_]+[ \u00a0]+)?[^\W\d_]+[ \u00a0]*[«“\"][ \u00a0\u202f]*$")
"""The one or two words and the opening mark right before a quoted name ('équipe « ')."""
KNOWN_SOURCES = {"gazetteer", "issuer", "acronym"}
"""Names a list or the letterhead already knows: their label and bounds stand."""


def quoted_titles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with a name that a title in quotation marks holds stretched to the
    whole title (its article and its lower-case words: '« Les Français et la sobriété »') and labelled
    MISC; a person's name or a known body inside a title stays as it is."""
    titles = [
        (m.start("title"), m.end("title"))
        for pattern in (QUOTED_TITLE, STRAIGHT_QUOTED_TITLE)
        for m in pattern.finditer(text)
        if len(m["title"].split()) <= MAX_WORDS
    ]
    if not titles:
        return candidates
    result = []
    for c in candidates:
        title = next(
            (
                (start, end)
                for start, end in titles
                if start <= c.start
                and c.end <= end
                and (c.start == start or ARTICLE.fullmatch(text[start : c.start]))
            ),
            None,
        )
        if title is None or c.source in KNOWN_SOURCES or c.label == "PER" or _named_body(text, c):
            result.append(c)
            continue
        result.append(Candidate(title[0], title[1], "MISC", c.source, c.rule, c.key))
    for start, end in titles:
        if not any(c.start < end and start < c.end for c in result) and _names(text, start, end):
            result.append(Candidate(start, end, "MISC", "pattern", "entity.quoted_title"))
    return result


def _named_body(text: str, candidate: Candidate) -> bool:
    """A body's kind noun right before the marks said what they hold ('l'association « Les Amis du Port
    »', 'l'équipe « Les Goélands »'): a body's name, written in quotation marks (not 'la mutuelle lance
    « X »': a verb between them, the thing it launches)."""
    if candidate.rule != "entity.quoted_name" or candidate.label != "ORG":
        return False
    words = KIND_BEFORE_MARK.search(text, max(0, candidate.start - 40), candidate.start)
    if words is None:
        return False
    vocab = vocabulary()
    kinds = (" ".join(words.group().split()[-n:-1]).lower() for n in (2, 3))
    return any(
        vocab["appositive_heads"].get(kind) == "ORG" or vocab["quoted_name_cues"].get(kind) == "ORG"
        for kind in kinds
    )


def _names(text: str, start: int, end: int) -> bool:
    """Whether words in quotation marks that no rule read as a name are one all the same: not when
    they are said (a speaker's verb follows: '» lance-t-elle'), when they are a site's section
    ('rubrique « Mer et littoral »'), or when one word is a term set off (an acronym, '« GAFAM »', or
    a word the release also writes in lower case: 'du « Libre »' beside 'logiciel libre')."""
    after = CLOSING_MARK.match(text, end)
    if after and SPEECH_AFTER.match(text, after.end()):
        return False
    if SECTION_BEFORE.search(text[max(0, start - 30) : start]):
        return False
    word = text[start:end]
    if " " in word:
        return True
    return not word.isupper() and not written_in_lower_case(text, word)


EMPHASIS_MAX_WORDS = 10
"""A longer stretch in italics is a quoted or foreign sentence, not a title."""


def emphasised_titles(
    text: str, ranges: list[tuple[int, int]], candidates: list[Candidate]
) -> list[Candidate]:
    """The candidates with each title a source set in italics inside a line of text as one MISC name
    ('avec *Les Enfants de la digue*', a table cell '| *Après la mine* |'), replacing the guesses it
    overlaps. Not a line in italics and nothing else (a dateline, a motto, a heading: styled lines, not
    titles), not a sentence (a full stop ends it, or it is long), not a gloss in brackets ('(*Aonyx
    cinereus*)': a species or a foreign word), and not where a person or a known body lies."""
    titles = [(start, end) for start, end in ranges if _is_title(text, start, end, ranges)]
    if not titles:
        return candidates
    result = list(candidates)
    for start, end in titles:
        result = _as_one_name(result, start, end, "entity.emphasised_title")
    return sorted(result, key=lambda c: (c.start, c.end))


def _as_one_name(candidates: list[Candidate], start: int, end: int, rule: str) -> list[Candidate]:
    """The candidates with start:end as one MISC name in place of the guesses it overlaps, unless a
    person or a known body lies there (a title naming its author or its venue keeps them)."""
    overlapping = [c for c in candidates if c.start < end and start < c.end]
    if any(c.source in KNOWN_SOURCES or c.label == "PER" for c in overlapping):
        return candidates
    kept = [c for c in candidates if c not in overlapping]
    return [*kept, Candidate(start, end, "MISC", "pattern", rule)]


def _is_title(text: str, start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    words = text[start:end].split()
    if not text[start].isupper() or len(words) > EMPHASIS_MAX_WORDS or text[end - 1] == ".":
        return False
    if start and text[start - 1] == "(":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    outside = [text[line_start:line_end]]
    for other_start, other_end in sorted(ranges, reverse=True):
        if line_start <= other_start and other_end <= line_end:
            piece = outside[0]
            outside[0] = piece[: other_start - line_start] + " " + piece[other_end - line_start :]
    return any(ch.isalnum() for ch in outside[0])


QUOTED_QUESTION = re.compile(
    r"«[ \u00a0\u202f]*(?P<title>[A-ZÀ-Ý][^«»“”\n.!?;:]{4,120}?[ \u00a0\u202f]?[?!])[ \u00a0\u202f]*»"
)
"""A capitalised question or call in quotation marks, with no other sentence inside: 'Faut-il avoir
peur du silence ?', 'Prends la parole !' as a contest's subject or a campaign's name."""
QUESTION_MAX_WORDS = 12


def quoted_questions(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each question or call set in quotation marks as one MISC name, replacing
    the guesses inside it: a debate's subject, a contest's theme, a campaign's slogan. Not where a
    person or a known body lies inside, nor a quotation a speaker is said to ask ('» demande-t-elle')."""
    result = list(candidates)
    for match in QUOTED_QUESTION.finditer(text):
        start, end = match.span("title")
        if len(match["title"].split()) > QUESTION_MAX_WORDS or SPEECH_AFTER.match(text, match.end()):
            continue
        result = _as_one_name(result, start, end, "entity.quoted_question")
    return sorted(result, key=lambda c: (c.start, c.end))


SPEECH_AFTER = re.compile(
    r"[ ,]*(?:\w+-t-|\w+-)(?:il|elle|ils|elles|on)\b|[ ,]*(?:dit|demande|lance|s['’]interroge)"
)
"""A speaker's verb right after the closing mark: the question is said, not a title."""
