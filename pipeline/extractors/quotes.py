"""Quotations (direct speech) with their speaker.

Marks are paired by quote_marks.py. A pair is speech, not a title in quotation marks, when it reads
as a sentence (ends with . ! ? …; or speaks in the first person and someone says it: a slogan
'« Nos territoires ont du talent »' is no speech), or is attributed, and is not a dated citation (a
press review's '“Titre !”, 04/12/2016'): a verb after it ('» a indiqué X', '», témoigne une
habitante'), a verb before it ('X a déclaré : « … »'), or a colon in the sentence of its speaker
('X, présidente de Y : « … »'; not 'Le titre de l'étude : « … »'). A pair after a title noun or a
naming word ('le spectacle « … »', 'baptisé « … »') is a name unless a verb after it attributes it.
Straight and single quotes count only with an attribution. Words opening in lower case that a verb of saying
or judging gives as someone's are speech at any length ('dénonce une décision « injuste et
brutale »'); a shorter pair of two words or more is speech when it opens its sentence and a verb
after a comma attributes it ('« Chaque don compte », rappelle l'EFS'), or a verb and a colon lead to
it. Paragraphs of one statement, each closed, share the speaker the last one's words name. A quote
in another language that a French verb attributes is kept ('“…”, explique X'); a markdown page's
front matter is no body text.

The speaker: quote_speakers.py.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extractors.dates import find_dates
from pipeline.extractors.extensions import rule_entities, text_of
from pipeline.extractors.metadata import FRONT_MATTER
from pipeline.extractors.quote_bodies import strip_title
from pipeline.extractors.quote_carry import carried_back, carried_forward, coordinated
from pipeline.extractors.quote_incises import split_incises
from pipeline.extractors.quote_marks import MARKUP, pair_marks, visible_text
from pipeline.extractors.quote_names import wrapped_persons
from pipeline.extractors.quote_patterns import Person, lead_in, patterns, sentence_start, starting
from pipeline.extractors.quote_speakers import ATTRIBUTING_RULES, GUESSED_RULES, find_speaker
from pipeline.extractors.quote_view import reading_view

__all__ = ["extract_quotes", "patterns"]
"""`patterns` stays importable from here for the entity extractor's persons."""


def _person_name(text: str, person: Person) -> str:
    """The speaker as written; a lone first name wrapped away from its surname, or a compound first
    name the entity extractor cut ('Anne-|Sophie de La Roche'), is completed; an introducer the
    mention took in ('Pour Anne Roy') is left out."""
    start, end, _ = person
    compound = re.search(r"[A-ZÀ-Ý][\w'’]*-$", text[max(0, start - 30) : start])
    if compound:
        start -= len(compound.group())
    if re.fullmatch(r"[A-ZÀ-Ý]\.?", text[start:end].strip()):
        # 'Monsieur R., 67 ans': a person named only by an initial keeps the civility before it
        civility = re.search(
            r"(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle)[ \t]+$", text[max(0, start - 14) : start]
        )
        start -= len(civility.group()) if civility else 0
    name = text[start:end]
    if "," in name and " et " in person[2]:
        name = person[2]  # two speakers, each with a role: their two names
    if " " not in name.strip() or re.search(r"\s(?:Le|La|De|Du|Van|Von|Di|Da)$", name):
        # a lone first name wrapped away from its surname; a surname cut after its particle
        # ('Gwenaëlle Le|Floc'h')
        following = re.match(r"[ \t]*\n?[ \t]*([A-ZÀ-Ý][\w'’-]+)", text[end : end + 40])
        if following:
            name = text[start : end + following.end()]
    name = re.sub(r"\s+", " ", name).strip()
    # 'Pour Nathalie Roy, …': a mention that took in the introducer opening its sentence
    introducer = patterns().introducer_word.match(name)
    if introducer and name[introducer.end() :][:1].isupper():
        name = name[introducer.end() :]
    return strip_title(name)


SURNAME_GOES_ON = re.compile(r"-[A-ZÀ-Ý][\w]*(?:['’][A-ZÀ-Ý][\w]+)?(?![\w'’-])")
"""'-N'Diaye' after 'Camille Vasseur': the second part of a compound surname the mention left out."""


def _completed(text: str, persons: list[Person]) -> list[Person]:
    """Person mentions with the second part of a compound surname ('Camille Vasseur|-N'Diaye')
    taken in, so that the speaker is named whole and the role after the name is found."""
    completed = []
    for start, end, name in persons:
        rest = SURNAME_GOES_ON.match(text, end)
        completed.append((start, rest.end(), name + rest.group()) if rest else (start, end, name))
    return completed


def _speakers(text: str, persons: list[Person], bodies: list[Person]) -> list[Person]:
    """The PER mentions, completed, and the persons a line break cut that the entity extractor missed."""
    return sorted(_completed(text, persons) + wrapped_persons(text, persons, bodies))


def _is_speech(
    text: str, start: int, end: int, content: str, family: str, speaker: Person | None, rule: str
) -> bool:
    """Speech reads as a sentence or is attributed; a name or title in quotation marks is not.
    A colon introduces speech only when the speaker stands in the colon's sentence ('X rappelle :
    « … »', not 'Le titre de l'étude : « … »' with a person named a sentence earlier)."""
    p = patterns()
    if _dated_citation(text, end) or p.source_line.match(text, end):
        return False
    if rule in GUESSED_RULES:
        rule = ""  # a speaker guessed from the neighbourhood does not make a title or a slogan speech
    before = lead_in(text, start)
    introduced = bool(rule) and bool(p.introduced.search(before[-100:]))
    if rule and before.endswith(":") and speaker is not None:
        introduced = introduced or sentence_start(text, start) <= speaker[0] < start
    attributed = rule in ATTRIBUTING_RULES or introduced or bool(p.attribution_after.match(text, end))
    if family in {"straight", "single"}:
        return attributed
    # 'Pour X, ce projet « montre que … »': after a speaker an introducer names, a lower-case clause
    # goes on the sentence whose subject stands before it; it names no project
    clause = rule in {"quote.introduced_by", "quote.introduced_name"} and content[:1].islower()
    if not clause and (p.titled.search(before[-80:]) or _titled_clause(before)):
        # 'le spectacle « Nous, les vivants »', 'le guide « Que faire ? »', 'Le thème : « … »'
        return bool(p.attribution_after.match(text, end))
    spoken_after_a_name = rule == "quote.person_before" and bool(p.first_person.search(content))
    if not (attributed or spoken_after_a_name) and content.rstrip(" »”").endswith("?"):
        # a question nobody is said to ask is a title ('Le thème, « Le hasard… ? »'), even beside a
        # person ('Sophie Laurent présentera « Pourquoi les abeilles disparaissent-elles ? »'),
        # unless the person just named asks it in the first person ('X a ouvert la séance. « Qui
        # aurait cru que nous serions 500 ? »')
        return False
    # the first person makes speech of a pair someone says; alone it is a slogan ('« Nos territoires
    # ont du talent »', 'Thème : « Les océans, notre bien commun »')
    sentence = bool(re.search(r"[.!?…]\W*$", content)) or (
        bool(rule) and bool(p.first_person.search(content))
    )
    return sentence or attributed


def _titled_clause(before: str) -> bool:
    """'Le mot d'ordre de cette édition : « Tous en selle ! »', 'Le thème retenu : « … »': a clause
    made only of a title noun and its complement, no verb, then a colon: what follows is the name
    it announces, not speech (unlike 'La marraine de cette édition : « … »', whose head is a person);
    so is a line opening on a title noun without its article, as headings print it ('Campagne « … »')."""
    if not before.endswith(":"):
        line = re.split(r"[.!?;\n]", before)[-1].strip()
        # 'Campagne « Protégez-vous ! »' opening a line: a heading's title noun, with no article
        return line[:1].isupper() and bool(patterns().heading_noun.fullmatch(line))
    clause = re.split(r"[.!?;,\n]", before[:-1])[-1].strip()
    titled = patterns().titled.match(clause)
    return bool(titled) and titled.end() == len(clause) and not patterns().verb.search(clause)


CITED_ON = re.compile(r"[ \t]*[,(][ \t]*(?:(?:diffusée?|publiée?|parue?|mise? en ligne)[ \t]+)?(?:le[ \t]+)?")


def _goes_on(quotes: list[dict], paragraph: tuple[int, int], content: str, speaker: Person | None) -> bool:
    """'"Q1", résume X, qui présentera l'outil à Lyon. "Q2."': a sentence in quotation marks (straight
    ones too) further in the paragraph of an attributed quote goes on with the same speaker's words."""
    last = quotes[-1] if quotes else None
    return (
        last is not None
        and last["start"] >= paragraph[0]
        and last["speaker_span"] is not None
        and last["speaker_span"]["rule"] in ATTRIBUTING_RULES
        and speaker is not None
        and speaker[1] <= last["end"] + 200
        and content[:1].isupper()
        and bool(re.search(r"[.!?…]$", content))
    )


def _dated_citation(text: str, end: int) -> bool:
    """'Le Point, “DGSE : lycéens, à vos maths !”, 04/12/2016': the title of an article or a
    programme in a press review, followed by its date, is no speech whatever its punctuation."""
    cue = CITED_ON.match(text, end)
    if cue is None:
        return False
    dates = find_dates(text[cue.end() : cue.end() + 40])
    return bool(dates) and dates[0]["start"] == 0


def _reported_fragment(text: str, open_index: int, content: str, lead: re.Pattern | None = None) -> bool:
    """'Le maire dénonce une décision « injuste et brutale »', 'Le syndicat dénonce une réforme
    « brutale et injuste pour les agents »': words of two or more, opening in lower case, that a
    verb of saying or judging in the sentence gives as someone's (the guide's fragments), whatever
    their length; a capitalised name or title ('a salué l'opération « École ouverte »'), a name
    after a title noun ('le projet « … »', not 'un salon « utile et concret »') and a single term
    are not. `lead` replaces the verbs that give such a fragment (the weaker ones, which need a
    speaker found)."""
    opening = content[:1]  # lower case or a figure ('présentés comme « 1 200 postes créés »')
    if (
        len(content.split()) < 2
        or not (opening.islower() or opening.isdigit())
        or re.search(r"[.!?…]$", content)
    ):
        return False
    p = patterns()
    titled = p.titled.search(lead_in(text, open_index)[-80:])
    # 'ont salué un salon « utile et concret »': after an indefinite article, a judgement, not a name
    if titled and not re.fullmatch(r"une?\s+[\w'’-]+", titled.group(), re.IGNORECASE):
        return False
    sentence = sentence_start(text, open_index)
    # 'estiment que leur entreprise « ne trouvera pas de repreneur »', 'a indiqué qu'elle « respectait
    # la réglementation »': the clause's predicate (after a pronoun, whatever verb opens it)
    clause = p.reported_clause.search(text, sentence, open_index) and (
        p.predicate_opener.match(content) or p.pronoun_subject.search(lead_in(text, open_index))
    )
    if lead is not None:
        return bool(lead.search(text, sentence, open_index))
    return bool(clause or p.fragment_lead.search(text, sentence, open_index))


def _said_outright(text: str, open_index: int, close_index: int, content: str, persons: list[Person]) -> bool:
    """A short quote of two words or more that a verb of saying gives as someone's words: opening
    its sentence, the verb after it set off by a comma ('« Chaque don compte », rappelle l'EFS'),
    or after a colon the verb leads to ('X a conclu : « Merci à tous ! »'): speech however short.
    A short name inside a sentence is not ('sur le site « Mon espace santé », précise la caisse')."""
    p = patterns()
    if len(content.split()) < 2:
        return False
    before = lead_in(text, open_index)
    opens = not re.sub(rf"(?:\s|{MARKUP})+", "", text[sentence_start(text, open_index) : open_index])
    if (
        opens
        and re.match(rf"(?:{MARKUP})*[ \t]*,", text[close_index + 1 :])
        and p.attribution_after.match(text, close_index + 1)
    ):
        return True
    if before.endswith(":") and _named_line(text, open_index, persons):
        return True
    return (
        before.endswith(":")
        and bool(re.search(r"[.!?…]$", content))
        and bool(p.introduced.search(before[-60:]))
    )


def _short_attributed(text: str, open_index: int, content: str, rule: str) -> bool:
    """'D'après X, présidente de Y, « les bénévoles sont prêts »', 'Selon le préfet, « tout est prêt
    »': a short quote of two words or more that an introducer and its comma give as someone's; a
    short sentence signed by the name and role under it ('« Nous tiendrons les délais. »' ⏎⏎ 'X,
    vice-présidente')."""
    if len(content.split()) < 2:
        return False
    if rule in {"quote.byline", "quote.signature", "quote.signature_name"}:
        return content[:1].isupper() and bool(re.search(r"[.!…]$", content))
    return (
        rule in {"quote.introduced_by", "quote.introduced_name"}
        and lead_in(text, open_index).endswith(",")
        and bool(patterns().introducer_word.match(text, sentence_start(text, open_index)))
    )


def _named_line(text: str, open_index: int, persons: list[Person]) -> bool:
    """'Léa Morel : « Nous resterons ouverts »': a line (a headline) that is only a person's name
    and a colon before the quote gives that person's words, however short."""
    line_start = text.rfind("\n", 0, open_index) + 1
    lead = re.match(rf"(?:\s|#|{MARKUP})*", text[line_start:open_index])
    head = line_start + lead.end()
    colon = text.rfind(":", head, open_index)
    return any(
        start == head and not re.sub(rf"(?:\s|{MARKUP})+", "", text[end:colon])
        for start, end, _ in starting(persons, head, head + 1)
    )


def extract_quotes(source: str, persons: list[Person], bodies: list[Person] | None = None) -> list[dict]:
    """The quotes of a text, given its PER mentions and (for bodies that speak) its ORG mentions.
    The rules read the text's view (quote_view.py: page furniture and hyphenations read through);
    a quote's words and its speaker's are written as the source prints them."""
    view = reading_view(source)
    quotes = [
        {
            **q,
            "text": visible_text(view.original(source, q["start"], q["end"])),
            "speaker_span": {**span, "text": source[span["start"] : span["end"]]} if span else None,
        }
        for q in _quotes(view.text, _speakers(view.text, persons, bodies or []), bodies)
        for span in [q["speaker_span"]]
    ]
    return quotes


def _quotes(text: str, persons: list[Person], bodies: list[Person] | None) -> list[dict]:
    p = patterns()
    quotes = []
    marks: list[tuple[int, int]] = []
    previous: Person | None = None
    for open_index, close_index, family in pair_marks(text):
        raw = text[open_index + 1 : close_index]
        content = re.sub(rf"^(?:\s|{MARKUP})+|(?:\s|{MARKUP})+$", "", raw)
        # '"We built it for small towns," says X': the comma inside the marks is the sentence's
        content = re.sub(rf"(?:\s|{MARKUP})*,$", "", content)
        fragment = len(content.split()) < p.min_words
        if (
            quotes
            and len(content.split()) > 1
            and coordinated(text, quotes[-1], marks[-1][1] + 1, open_index)
        ):
            # '« … », et « … »': the second quote of one sentence shares the first one's attribution
            start = open_index + 1 + raw.index(content)
            span = quotes[-1]["speaker_span"]
            quotes.append(
                {
                    **quotes[-1],
                    "text": visible_text(content),
                    "start": start,
                    "end": start + len(content),
                    "speaker_span": {**span, "rule": "quote.coordinated"} if span else None,
                    "rule": f"quote.{family}",
                }
            )
            marks.append((open_index, close_index))
            continue
        reported = _reported_fragment(text, open_index, content)
        weakly_reported = not reported and _reported_fragment(
            text, open_index, content, p.speaker_fragment_lead
        )
        paragraph_start = text.rfind("\n\n", 0, open_index) + 1
        paragraph_end = text.find("\n\n", close_index)
        paragraph = (paragraph_start, len(text) if paragraph_end < 0 else paragraph_end)
        speaker, rule = find_speaker(
            text, open_index, close_index + 1, persons, paragraph, previous, sorted(bodies or [])
        )
        reported = reported or (weakly_reported and speaker is not None)
        if fragment and not (
            reported
            or _said_outright(text, open_index, close_index, content, persons)
            or _short_attributed(text, open_index, content, rule)
        ):
            continue
        start = open_index + 1 + raw.index(content)
        end = start + len(content)
        if (
            not (fragment or reported)
            and not _is_speech(text, open_index, close_index + 1, content, family, speaker, rule)
            and not _goes_on(quotes, paragraph, content, speaker)
        ):
            continue
        if (
            speaker is None
            and not rule
            and _goes_on(quotes, paragraph, content, (open_index, open_index, ""))
        ):
            # '« … », ajoute la directrice. « Le reste suit. »': the same speaker goes on
            quotes.append({**quotes[-1], "text": visible_text(content), "start": start, "end": end})
            quotes[-1]["speaker_span"] = {**quotes[-1]["speaker_span"], "rule": "quote.continued"}
            marks.append((open_index, close_index))
            continue
        previous = speaker or previous
        quotes.append(
            {
                "speaker": _person_name(text, speaker) if speaker else None,
                "text": visible_text(content),
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
        marks.append((open_index, close_index))
    return split_incises(text, carried_back(text, carried_forward(text, quotes, marks), marks))


class QuoteExtractor:
    """Fills doc._.quotes; speakers are PER entity mentions as the rules labelled them
    (extensions.RULE_ENTITIES), named as written."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = {
            label: sorted(
                (m["start"], m["end"], e["name"])
                for e in rule_entities(doc)
                if e["label"] == label
                for m in e["mentions"]
            )
            for label in ("PER", "ORG")
        }
        text = text_of(doc)
        quotes = extract_quotes(text, mentions["PER"], mentions["ORG"])
        # a markdown page's front matter ('summary: « … », déclare X') is page metadata, not body text;
        # the body's opening headings the reader records beside it ('## X appelle à « … »') are body
        header_end = max(
            (
                end
                for key, (_, end) in (doc.user_data.get(FRONT_MATTER) or {}).items()
                if not key.startswith("heading")
            ),
            default=0,
        )
        doc._.quotes = [q for q in quotes if q["start"] >= header_end]
        return doc


@Language.factory("communique_quotes", assigns=["doc._.quotes"], requires=["doc._.entities"])
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)
