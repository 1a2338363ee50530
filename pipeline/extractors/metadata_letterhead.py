"""Letterhead lines over the headline: a body's name opening on its head-word, the lines that go
on with it, and how a line naming a body differs from a headline naming one (metadata_title)."""

from __future__ import annotations

import re

from pipeline.extractors.issuer import names_a_body_alone, names_a_body_under_genre
from pipeline.extractors.issuer import vocabulary as issuer_vocabulary
from pipeline.extractors.issuer.common import plain
from pipeline.extractors.issuer.header_lines import describes_the_body
from pipeline.extractors.issuer.line_kinds import is_place, is_unit, opens_on_head
from pipeline.extractors.metadata_common import vocabulary


def opens_on_head_word(line: str) -> bool:
    """A letterhead opens on the body's head-word itself ('Région Bretagne', 'MINISTÈRE DE LA
    CULTURE', 'Université de Rennes') or is an acronym; a headline naming a body puts an article
    before it ('La Région Bretagne soutient la pêche'). A word in capitals may carry its legal form
    ('BRIXOL SA')."""
    forms = "|".join(vocabulary()["legal_forms"])
    return bool(
        re.fullmatch(rf"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&'’.-]{{1,11}}(?:\s+(?:{forms}))?", line)
    ) or starts_on_keyword(line)


def starts_on_keyword(text: str) -> bool:
    """Opens on one of the issuer vocabulary's head-words ('préfecture', 'ministère', 'agence')."""
    folded = text.lower()
    return any(folded.startswith(k) for k in issuer_vocabulary()["keywords"])


def letterhead_line(lines, index: int) -> bool:
    """A body's name alone, or a name over the dateline (issuer.names_a_body_under_genre), not
    over an event's period ('Salon Habitat & Jardin' / '14 > 17 mars 2025' is a cover's title)."""
    if names_a_body_alone(lines[index].text):
        return True
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    period = re.search(r"\d{1,2}(?:er)?\s*(?:[>–—-]|au)\s*\d", following)
    return names_a_body_under_genre(lines, index) and not period


def over_its_organ(lines, index: int) -> bool:
    """'LIGUE RÉGIONALE X DE RUGBY' / 'Commission régionale de discipline', 'Fonds de dotation X' /
    'au service des patients de …': a name on any body's head-word over one of its organs or units
    (the name in capitals, the organ opening on an institution's head-word) or over its tagline in
    lower case (right under it, with no digits: an edition is no tagline) is a letterhead, whatever
    its head-word; a headline is no body's parent."""
    text = lines[index].text.strip()
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is None or below.start != lines[index].end + 1:
        return False  # the line right under it, no blank between ('Concours X' / '' / 'édition 2017')
    following = below.text.strip()
    if re.search(r"\d", text + following) or not opens_on_head(text):
        return False
    organ = (
        text.isupper() and not following.isupper() and (starts_on_keyword(following) or is_unit(following))
    )
    return organ or (_proper_name_on_head(text) and following[:1].islower() and describes_the_body(following))


def _proper_name_on_head(text: str) -> bool:
    """'Fonds de dotation Bresse Santé', 'Fondation Horizon Mer': a body's head-word and a proper
    name, no article before it and no verb after it ('La Région lance …', 'Fondation X lance …')."""
    folded = plain(text)
    head = next((h for h in issuer_vocabulary()["heads"] if folded.startswith(h + " ")), None)
    if head is None or text.isupper():
        return False
    small = issuer_vocabulary()["function_words"]
    rest = text.split()[len(head.split()) :]
    return bool(rest) and all(
        word[:1].isupper() or word.lower() in small or re.match(r"[dl]['’][A-ZÀ-ÖØ-ÞŒ]", word)
        for word in rest
    )


def names_a_person(line: str) -> bool:
    """'DUPONT Jean-Marc': a surname in capitals and a given name, not an acronym and a place."""
    words = line.split()
    return 2 <= len(words) <= 4 and any(w.lower() in vocabulary()["first_names"] for w in words)


def wraps_onto_next(lines, index: int, stop: int) -> bool:
    """'Un nouveau centre de santé' / 'ouvre ses portes': the line continues on the next one."""
    following = lines[index + 1] if index + 1 < stop else None
    return bool(
        following and following.start == lines[index].end + 1 and following.text.strip()[:1].islower()
    )


def name_block_end(lines, index: int, stop: int) -> int:
    """The index past a letterhead that opens at lines[index] and goes on over the lines right
    under it ('MINISTÈRE DU TRAVAIL, DE LA SANTÉ,' / 'DES SOLIDARITÉS ET DES FAMILLES', 'Agence
    régionale de santé' / 'Provence-Alpes-Côte d'Azur', a unit: 'Direction de la communication'),
    or an acronym over the name it stands for ('FNTP' / 'Fédération nationale des travaux publics')."""
    end = index
    while (
        end + 1 < stop
        and lines[end + 1].start == lines[end].end + 1
        and (continues_name(lines[end + 1].text) or expands_acronym(lines[end].text, lines[end + 1].text))
        and not wraps_onto_next(lines, end + 1, stop)
    ):
        end += 1
    return end + 1


def expands_acronym(acronym: str, line: str) -> bool:
    """'UPFR' over 'Union des producteurs de fruits de la Région': the initials of the line's
    words, linking words aside, spell the acronym (a letter may stand for a word left out)."""
    acronym = acronym.strip()
    if not re.fullmatch(r"[A-ZÀ-ÖØ-Þ]{2,8}", acronym) or re.search(r"[:!?.]$", line.strip()):
        return False
    words = [
        w for w in re.findall(r"[^\W\d_]+", line) if w.lower() not in NAME_LINKS | {"la", "le", "les", "l"}
    ]
    initials = "".join(w[0] for w in words).upper()
    position = 0
    for letter in initials:
        if position < len(acronym) and letter == acronym[position]:
            position += 1
    return position == len(acronym) and len(words) <= len(acronym) + 2


NAME_LINKS = frozenset({"de", "du", "des", "d", "et", "pour", "en", "sur", "à", "au", "aux"})
"""Words a body's name goes on with on its next line ('DES SOLIDARITÉS', 'et de la forêt'); an
article ('Un nouveau centre …') opens a headline instead."""


def continues_name(line: str) -> bool:
    """A line that goes on with a body's name: opening on a function word ('DES SOLIDARITÉS'),
    naming a body (a unit), or a place set in title case ('Provence-Alpes-Côte d'Azur')."""
    vocab = vocabulary()
    words = re.findall(r"[\w'’-]+", line)
    if not words or len(words) > vocab["max_letterhead_words"]:
        return False
    if words[0].lower() in NAME_LINKS or names_a_body_alone(line):
        return True
    if vocab["letterhead_unit"].match(line.strip().lower()):
        return True  # a unit of the body: 'Direction de la communication', 'Cabinet du préfet'
    return (
        len(words) <= 5
        and not line.isupper()
        and all(
            w[0].isupper() or w.lower() in vocab["function_words"] or re.match(r"[dl]['’]", w.lower())
            for w in words
        )
    )


def opens_on_body(line: str) -> bool:
    """A letterhead line opens on the body's head-word ('PRÉFECTURE DU GARD', 'LA RÉGION
    BRETAGNE', 'ADEME') and is short; a headline in capitals may name a body further on."""
    rest = re.sub(r"^(?:(?:la|le|les)\s+|l['’]\s*)", "", line.strip(), flags=re.IGNORECASE)
    words = rest.split()
    if not words or len(words) > vocabulary()["max_letterhead_words"]:
        return False
    if rest != line.strip() and len(words) > 1 and (longest_run(words[1:]) > 2 or not _names_on(words[1])):
        return False  # 'LA RÉGION LANCE UN FONDS POUR LES PME': a subject and its verb's object
    return len(words) == 1 or starts_on_keyword(rest)


NAME_ADJECTIVE = re.compile(
    r"(?:ALE?S?|AUX|IQUES?|AIRES?|[ÉI]ENNES?|[ÉI]ENS?|AISE?S?|OISE?S?|I[EÈ]RE?S?|EURE?S?)$"
)
"""Adjective endings of the word after a body's head-word ('RÉGIONALE', 'EUROPÉENNE', 'FRANÇAIS',
'HOSPITALIER', 'DÉPARTEMENTAL', 'SUPÉRIEUR'); a verb there ('RENFORCE', 'LANCE') starts a headline."""


def _names_on(word: str) -> bool:
    """The word after the head-word goes on with a name: a linking word ('DU NORD', "D'AGRICULTURE"),
    an adjective's ending, or a place ('RÉGION BRETAGNE')."""
    plain_word = re.sub(r"[^\w'’-]", "", word)
    return (
        re.split(r"['’]", plain_word.lower())[0] in NAME_LINKS | {"la", "le", "les", "l"}
        or bool(NAME_ADJECTIVE.search(plain_word.upper()))
        or is_place(plain_word)
    )


def longest_run(words: list[str]) -> int:
    """The longest run of words between linking words ('de', 'la', 'pour' …): a body's name goes
    on in complements of one or two words ('RÉGIONALE DE SANTÉ'), a headline in phrases."""
    longest = run = 0
    for word in words:
        run = 0 if re.split(r"['’]", word.lower())[0] in NAME_LINKS | {"la", "le", "les", "l"} else run + 1
        longest = max(longest, run)
    return longest
