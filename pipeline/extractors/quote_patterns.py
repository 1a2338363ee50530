"""The vocabulary of quotes (pipeline/resources/quotes.json) compiled into patterns, and the
text helpers every stage shares: where a sentence starts, what leads in to a quote, which persons
start in a range."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pipeline import resources
from pipeline.extractors.quote_marks import MARKUP

Person = tuple[int, int, str]
NAME = r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+(?:de|du|d['’]|van|von|le|la)?[ \t]*[A-ZÀ-Ý][\w'’-]+){1,3}"
"""A capitalised name of two to four words, for speakers the entity extractor missed."""
WRAPPED_NAME = re.compile(
    r"[A-ZÀ-Ý][\w'’-]+(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:de|du|d['’]|van|von|le|la)[ \t]+)?"
    r"[A-ZÀ-Ý][\w'’-]+){1,3}"
)
"""A name as a PDF wraps it over a line break ('Marie\nLambert'), where the entity extractor misses it."""


INVERTED = r"(?:(?:-t)?-(?:il|elle|ils|elles)(?!\w))?"
"""The subject pronoun a verb of saying takes after it ('se réjouit-elle', 'poursuit-il')."""


NOTE_CALL = r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\]|\(\d{1,2}\)"
"""A note call right after a closing mark ('»¹, précise X', '»[2], ajoute X')."""


ENGLISH_PRONOUN = r"(?:he|she|they)"
"""The subject pronoun before an English verb of saying ('”, he added')."""


def alternation(words) -> str:
    escaped = (
        re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return "|".join(escaped)


@dataclass(frozen=True)
class QuotePatterns:
    min_words: int
    attribution_after: re.Pattern
    role_after: re.Pattern
    role_subject: re.Pattern
    role_word: re.Pattern
    predicate: re.Pattern
    introduced: re.Pattern
    verb: re.Pattern
    first_person: re.Pattern
    name: re.Pattern
    introducer_word: re.Pattern
    connective: re.Pattern
    """'Et', 'Mais', 'Enfin' opening a sentence before its subject ('Et Paul X, président, d'ajouter')."""
    leads_to_quote: re.Pattern
    fragment_lead: re.Pattern
    speaker_fragment_lead: re.Pattern
    reported_clause: re.Pattern
    """'38 % estiment que leur entreprise « ne trouvera pas de repreneur »': a verb of saying and
    'que' lead to a clause whose predicate is in quotation marks."""
    predicate_opener: re.Pattern
    """'ne', 'va', 'doit' …: words that open a predicate, not a noun or a term ('« chaînes à neige »')."""
    pronoun_subject: re.Pattern
    """'a indiqué qu'elle « respectait … »': 'que' and a subject pronoun right before the mark, so
    the quoted words are the clause's predicate whatever verb opens them (a pronoun names no term)."""
    reports_fragment: re.Pattern
    titled: re.Pattern
    """'le spectacle « … »', 'le thème retenu est « … »', 'baptisé « … »': what follows is a name."""
    heading_noun: re.Pattern
    """'Campagne « … »', 'Opération « … »': a title noun opening a line without article (a heading)."""
    synonyms: dict[str, tuple[str, ...]]
    pronoun_lead: re.Pattern
    source_line: re.Pattern
    english_verb: re.Pattern
    """'says', 'said': a verb of saying in English attributes a quote, but does not make it French."""
    document: re.Pattern
    """'le rapport', 'l'article 3 de la loi': a document, whose wording is no one's speech."""
    """'« … »' then a short line 'Constitution du 4 octobre 1958, art. 72': the quote's source is
    a document, so it is a citation, not speech (the guide's 'a document is never a speaker')."""
    """'Il raconte que …', 'Elle a ensuite expliqué …': a paragraph whose subject is a pronoun and
    whose verb is one of saying; its quotes are the words of the person it refers back to."""


@lru_cache(maxsize=1)
def patterns() -> QuotePatterns:
    vocab = resources.load("quotes.json")
    # any form may take the inverted subject pronoun ('se réjouit-elle', 'poursuit-il')
    verbs = (
        rf"(?:(?:{alternation(vocab['speech_verb_stems'])})(?:{alternation(vocab['speech_verb_endings'])})"
        rf"|{alternation(vocab['speech_verb_forms'] + vocab['speech_verb_forms_en'])}){INVERTED}"
    )
    # 'tient à souligner X', 'a tenu à préciser X': a verb of saying after a modal
    modal = rf"(?:{alternation(vocab['modal_verbs'])})\s+"
    auxiliary = rf"(?:(?:{alternation(vocab['auxiliaries'])})\s+)?"
    required_auxiliary = rf"(?:{alternation(vocab['auxiliaries'])})\s+"
    roles = alternation(vocab["roles"] + list(vocab["role_synonyms"]))
    adverbs = alternation(vocab["adverbs"])
    elided = [c for c in vocab["clitics"] if c.endswith("'")]
    clitic = rf"(?:{alternation(elided)}|(?:{alternation(set(vocab['clitics']) - set(elided))})\s+)?"
    flags = re.IGNORECASE
    return QuotePatterns(
        min_words=vocab["min_words"],
        # '», nous confie X', '», a ainsi déclaré X'; not a participle without its auxiliary ('« Titre »,
        # annoncé en 2020') nor with its agent ('« Titre du livre », écrit par X'): they name a work
        attribution_after=re.compile(
            rf"(?:{NOTE_CALL})?(?:[\s,–—-]|{MARKUP})*(?:\(|\[)?{clitic}(?:{auxiliary}{modal}(?:{verbs})"
            rf"|{required_auxiliary}(?:(?:{adverbs})\s+)?(?:{verbs})"
            rf"|(?:(?:{adverbs})\s+)?(?:{verbs})(?<![éÉ])(?<!ée)(?<!ées)(?<!és)"
            # '”, he added': English puts the pronoun before the verb
            rf"|{ENGLISH_PRONOUN}\s+(?:{alternation(vocab['speech_verb_forms_en'])}))(?!\w)(?!\s+par(?!\w))",
            flags,
        ),
        role_after=re.compile(
            rf"[^.!?\n]{{0,60}}?(?<!\w)(?:le|la|l['’]|son|sa|leur)\s*(?P<role>{roles})(?!\w)", flags
        ),
        role_subject=re.compile(rf"(?:le|la|l['’])\s*(?P<role>{roles})(?!\w)", flags),
        role_word=re.compile(rf"(?P<role>{roles})(?!\w)", flags),
        predicate=re.compile(rf"{required_auxiliary}|(?:{verbs})(?!\w)", flags),
        # 'X rappelle que « … »', 'X rappelle pour sa part aux automobilistes que « … »', 'X a déclaré
        # devant les élus : « … »': a verb of saying, a few words of adjunct, then 'que' or a colon
        # ('a rappelé hier devant les officiers de police judiciaire de l'Allier que « … »')
        introduced=re.compile(
            rf"(?<!\w)(?:{verbs})(?:(?:\s+qu(?:e|['’]))?\s*[:,]?|(?:[\s,]+[\w'’-]+){{1,10}}?\s+qu(?:e|['’])"
            rf"|(?:\s+[\w'’-]+){{1,4}}?\s*:)\s*$",
            flags,
        ),
        verb=re.compile(rf"(?<!\w)(?:{verbs})(?!\w)", flags),
        first_person=re.compile(rf"(?<!\w)(?:{alternation(vocab['first_person'])})(?!\w)", flags),
        name=re.compile(NAME),
        # 'Selon X', 'Toujours selon lui', 'Et pour X', 'Comme le souligne X'
        introducer_word=re.compile(
            rf"(?i:(?:(?:{alternation(vocab['introducer_connectives'])})[ \t,]+)?"
            rf"(?:{alternation(vocab['introducers'])}))[ \t]+"
            # 'Comme le souligne X, « … »', 'Comme l'a rappelé X : « … »'
            rf"|(?i:comme[ \t]+(?:le[ \t]+|l['’][ \t]*)?{auxiliary}(?:(?:{adverbs})\s+)?(?:{verbs}))"
            rf"(?!\w)[ \t]+"
        ),
        connective=re.compile(rf"(?:{alternation(vocab['introducer_connectives'])})[ \t]*,?[ \t]+", flags),
        leads_to_quote=re.compile(
            rf"\s*(?:[\w'’-]+\s+){{0,2}}?{auxiliary}(?:(?:{adverbs})\s+)?(?:{verbs})(?:(?:\s+[\w'’-]+){{0,3}}\s*:|\s+qu(?:e|['’])|\s*:?)$",
            flags,
        ),
        # 'dénonce une réforme « … »', and a verb of saying in the gerund: 'en rappelant « … »'
        fragment_lead=re.compile(
            rf"(?:(?<!\w)(?:{alternation(vocab['fragment_verb_stems'])})[\w-]*"
            rf"|(?<!\w)en\s+(?:{alternation(vocab['speech_verb_stems'])})ant(?!\w))[^.!?«»“”\n]*$",
            flags,
        ),
        # 'parle d'un « chaînon manquant »', 'annonce des contrôles « sans relâche »': a person's words
        # when the sentence names the person ('les chercheurs parlent de « reading gap »' is a term)
        speaker_fragment_lead=re.compile(
            rf"(?<!\w)(?:{alternation(vocab['speaker_fragment_verb_stems'])})[\w-]*[^.!?«»“”\n]*$", flags
        ),
        reported_clause=re.compile(rf"(?<!\w)(?:{verbs})\s+qu(?:e|['’])[^.!?«»“”\n:;]*$", flags),
        predicate_opener=re.compile(rf"(?:{alternation(vocab['predicate_openers'])})(?!\w)"),
        pronoun_subject=re.compile(
            rf"(?<!\w)qu(?:e\s+|['’]\s*)(?:{alternation(vocab['subject_pronouns'])})\s*$", flags
        ),
        reports_fragment=re.compile(
            rf"\s*{auxiliary}(?:(?:{adverbs})\s+)?(?:(?:{verbs})(?!\w)|"
            rf"(?:{alternation(vocab['fragment_verb_stems'])})[\w-]*)[^.!?«»“”\n:;]*$",
            flags,
        ),
        titled=re.compile(
            rf"(?<!\w)(?:le|la|l['’]|les|un|une|son|sa|ses|leur|leurs|ce|cet|cette|notre|nos|votre)\s*"
            rf"(?:{alternation(vocab['title_nouns'])})(?:\s+[a-zà-öø-ÿ'’-]+){{0,3}}(?<!\sde)(?<!\sdu)(?<!\sdes)(?<!d['’])$"
            rf"|(?<!\w)(?:{alternation(vocab['naming_words'])})$",
            flags,
        ),
        heading_noun=re.compile(
            rf"(?:{alternation(vocab['title_nouns'])})(?:\s+[a-zà-öø-ÿ'’-]+){{0,3}}(?<!\sde)(?<!\sdu)(?<!\sdes)",
            flags,
        ),
        synonyms={role.lower(): tuple(words) for role, words in vocab["role_synonyms"].items()},
        pronoun_lead=re.compile(
            rf"(?:Il|Elle)\s+{clitic}{auxiliary}(?:(?:{adverbs})\s+)?(?:{verbs})(?!\w)", re.IGNORECASE
        ),
        source_line=re.compile(
            rf"(?:[ \t]*[.,]?[ \t]*\n(?:[ \t]*\n)?|[ \t]*[–—(-])[ \t]*(?:{MARKUP}|[–—(-]|[ \t])*"
            rf"(?:{alternation(vocab['document_nouns'])})(?!\w)[^\n]{{0,80}}(?:\n|$)"
        ),
        document=re.compile(
            rf"(?:le|la|l['’]|les|cet|cette|ce|son|sa|leur)\s*(?:{alternation(vocab['document_nouns'])})(?!\w)",
            flags,
        ),
        english_verb=re.compile(rf"(?<!\w)(?:{alternation(vocab['speech_verb_forms_en'])})(?!\w)", flags),
    )


NOT_A_TITLE = r"(?<![ \t(]M)(?<![ \t(]MM)(?<![ \t(]Dr)(?<![ \t(]Pr)(?<![ \t(]Me)"
"""Before a full stop that ends a sentence: not the stop of a title ('M. Roy', 'Dr. Lin')."""

PRONOUN = re.compile(rf"-(?:t-)?(?:il|elle|ils|elles)(?!\w)|(?<!\w){ENGLISH_PRONOUN}\s", re.IGNORECASE)
"""'souligne-t-elle', 'a-t-il ajouté', 'she said': the attribution names no one, it refers back to
the last speaker."""


def starting(persons: list[Person], low: int, high: int) -> list[Person]:
    """Persons (sorted by start) whose mention starts in [low, high): a bisection, not a scan."""
    return persons[bisect_left(persons, (low,)) : bisect_left(persons, (high,))]


def lead_in(text: str, start: int) -> str:
    """The text before an opening mark, without the markup and spaces right before it."""
    return re.sub(rf"(?:\s|{MARKUP})+$", "", text[max(0, start - 300) : start])


def sentence_start(text: str, start: int) -> int:
    """Where the sentence holding `start` begins: after a full stop (not a title's: 'Selon M. Roy')
    or a blank line (a name and role may wrap over single line breaks)."""
    ends = [
        m.end()
        for m in re.finditer(rf"{NOT_A_TITLE}[.!?»”]\s+|\n[ \t]*\n\s*", text[max(0, start - 400) : start])
    ]
    return max(0, start - 400) + ends[-1] if ends else max(0, start - 400)
