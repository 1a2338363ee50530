"""What one header line names: a body of its own, a body's unit or branch, a place, an acronym over its
name. letterhead.py reads the letterhead from lines judged here."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.gazetteers import place_names
from pipeline.extractors.issuer.acronyms import acronym_and_name
from pipeline.extractors.issuer.common import plain, vocabulary
from pipeline.extractors.issuer.header_lines import describes_the_body
from pipeline.extractors.metadata_common import Line


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def names_a_body_alone(text: str) -> bool:
    """'Préfecture de la Haute-Garonne', 'ARS Hauts-de-France' under 'COMMUNIQUÉ DE PRESSE': a
    short line (or a long administrative name) opening on an institution's head-word, or an acronym
    with its place or name, with no headline punctuation: a letterhead printed under the genre."""
    words = text.split()
    return (
        0 < len(words) <= 16
        and (len(words) <= 8 or _complement_chain(words))
        and not re.search(r"[:!?.«»\"]", text)
        and (opens_on_head(text, vocabulary()["keywords"]) or acronym_name(text))
    ) or acronym_and_name(Line(0, len(text), text)) is not None  # 'FNEP — Fédération nationale …'


SENTENCE_MARKS = re.compile(r"[\d:!?.,;«»\"@]")
"""A digit, a sentence's punctuation, a quotation or an address: what a line naming a body has none of."""
LISTING_MARKS = re.compile(r"[\d:!?.,;«»\"()|/@]")
"""The same, with brackets and the separators of a listing ('X | Y', 'X / Y')."""

LINKS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour", "aux", "au", "à"}
"""The linking words that join an administrative name's head-word to its complements."""


def _complement_chain(words: list[str]) -> bool:
    """'Direction départementale de l'emploi, du travail et des solidarités de la Sarthe',
    'Ministère du Travail, de la Santé, des Solidarités et des Familles': a long name is a head-word
    and a list of complements, each one or two content words (a noun and its adjective) after a
    linking word, coordinated by a comma or 'et' before the next preposition ('…, du travail et des
    solidarités'); a headline of that length has a verb and its objects, runs of three content
    words or more, or no such list ('… pour les festivals et les salles')."""
    for size in (4, 3, 2):  # the territory that ends the name ('… du logement Grand Est')
        if len(words) > size + 2 and is_place(" ".join(words[-size:])):
            words = words[:-size]
            break
    runs, run, coordinated = [], 0, False
    for index, word in enumerate(words[1:], 1):
        first = plain(word).split("'")[0].strip(",")
        if first in LINKS:
            runs.append(run)
            run = 0
            before = words[index - 1]
            coordinated = coordinated or (first in {"de", "du", "des", "d"} and before.endswith(","))
            following = plain(words[index + 1]).split("'")[0] if index + 1 < len(words) else ""
            coordinated = coordinated or (first == "et" and following in {"de", "du", "des", "d"})
            if "'" in plain(word) and plain(word).split("'")[1]:
                run = 1  # "l'emploi": the article and its noun in one word
        else:
            run += 1
            if word.endswith(","):
                runs.append(run)
                run = 0
    runs.append(run)
    return coordinated and max(runs[1:], default=0) <= 2 and runs[0] <= 2


def looks_like_issuer(text: str) -> bool:
    """A line naming a body: an institution head-word, or a lone acronym ('DINUM'). Capitals
    alone are not enough: a headline may be set in capitals too."""
    folded = text.lower()
    if re.fullmatch(r"\s*[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ&'’.-]{1,11}\s*", text):
        return True
    return any(folded.startswith(k) or f" {k}" in folded[:40] for k in vocabulary()["keywords"])


def names_a_body_of_its_own(text: str) -> bool:
    """A part of a joint letterhead line: a head-word, or an acronym with its place, name or number
    ('U2P 86'); a name in another language beside the French one ('Région Bretagne | Rannvro
    Breizh') is the same body."""
    return bool(
        len(text.split()) <= 12
        and (
            opens_on_head(text)
            or acronym_name(text)
            or re.fullmatch(r"[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ0-9&-]{1,9}(?:\s+\d{1,3}[AB]?)?", text.strip())
            or (is_upper(text) and looks_like_issuer(text))
        )
    )


DEPARTEMENT_NUMBER = re.compile(r"(?<=\w)[ \t]+(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])$")
"""A département's number closing a name ('… 88', '… 2A', '… 974')."""


def could_name_a_body(text: str) -> bool:
    """A short line in capitals or with every word capitalised, no digits or sentence marks: a
    name, when the line under it says what kind of body it is; a département's number may close
    it ('Route Claire 88', 'UDAF 35')."""
    text = DEPARTEMENT_NUMBER.sub("", text)
    words = text.split()
    small = vocabulary()["function_words"]
    return (
        0 < len(words) <= 8
        and not SENTENCE_MARKS.search(text)
        and (is_upper(text) or all(w[:1].isupper() for w in words if w.lower() not in small))
    )


def name_and_what_it_is(text: str) -> bool:
    """'DER ENDURANCE – organisateur du Triathlon du Der': a name in capitals and, after a spaced
    dash, a description in lower case of what it is."""
    name, dash, rest = text.strip().partition(" – ") if " – " in text else text.strip().partition(" — ")
    words = name.split()
    return bool(
        dash
        and 1 <= len(words) <= 6
        and is_upper(name)
        and not SENTENCE_MARKS.search(name)
        and rest[:1].islower()
        and not re.search(r"\s[/|·•]\s", rest)  # '… · FONDATION X': another body beside it
        and describes_the_body(rest)
    )


def short_name(text: str) -> bool:
    """A short line opening on a capital, with no digits or sentence marks: the name of the body
    whose branch the line under it names ('Voies navigables de France' / 'Direction territoriale X')."""
    text = text.strip()
    return text[:1].isupper() and 0 < len(text.split()) <= 8 and not SENTENCE_MARKS.search(text)


def names_itself(text: str) -> bool:
    """A letterhead that is a proper name with no head-word: an acronym with its place or a name
    ('ARS Occitanie', 'SNCF Réseau', 'UFC-Que Choisir'), or a name whose every word is
    capitalised ('France Nature Environnement', 'Les Restos du Cœur'), where a French headline
    capitalises its first word only. Not a place ('Paris La Défense'), not a sentence or a date."""
    text = text.strip()
    words = text.split()
    if not 2 <= len(words) <= 6 or LISTING_MARKS.search(text) or is_place(text):
        return False
    if acronym_name(text):
        return True
    small = vocabulary()["function_words"]
    significant = [w for w in words if w.lower() not in small]
    if words[0].lower() in vocabulary()["first_names"]:
        return False  # 'Amélie Durand' over 'Ministre déléguée …': a person
    return len(significant) >= 2 and not is_upper(text) and all(w[:1].isupper() for w in significant)


def names_a_firm(text: str) -> bool:
    """'BRIXOL INDUSTRIES – SAS', 'Olympique X Football – SASP': a name, a dash, then the legal form
    of a company (a sports club's SASP, a SEM): a firm naming itself, head-word or not; not a
    headline ('LES RÉSULTATS DE X – SA', '… POUR X – SA')."""
    firm = vocabulary()["firm_line"].fullmatch(text.strip())
    words = plain(firm["name"]).split() if firm else []
    return bool(
        firm
        and could_name_a_body(firm["name"])
        and not is_place(firm["name"])
        and words[0] not in {"le", "la", "les", "l", "un", "une", "des"}
        and not set(words) & {"pour", "avec", "sur", "contre", "par", "a", "et"}
    )


def acronym_name(text: str) -> bool:
    """'ARS Occitanie', 'CCI Hauts-de-France', 'SNCF Réseau', 'UFC-Que Choisir': an acronym and a
    place or a name of one to three words (in capitals, only a place: 'COVID EN HAUSSE' is a
    headline)."""
    words = text.strip().split()
    if not 2 <= len(words) <= 4 or LISTING_MARKS.search(text):
        return False
    if not re.match(r"[A-ZÀ-ÖØ-ÞŒ]{2,8}(?:-[A-ZÀ-ÖØ-ÞŒ][\w'’]*)?\s", text.strip()):
        return False
    if plain(words[0]) in LINKS:
        return False  # 'DE LYON': the end of a name cut over two lines, no acronym
    rest = " ".join(words[1:])
    named = (
        all(w[:1].isupper() or plain(w).split("'")[0] in LINKS for w in words[1:])
        and words[-1].split("'")[-1][:1].isupper()
    )
    return is_place(rest) or (not is_upper(text) and named)  # 'SIAEP Vallée de l'Ognon'


def names_what_is_below(name: str, below: str) -> bool:
    """A short name in capitals over a line in lower case opening on the head-word that says what
    it is ('JAZZ AU PHARE' / 'Festival de jazz de Saint-Malo – 18e édition', 'LES AMIS DU RAIL' /
    'Association des usagers …'): the name is the body, the line under it its tagline."""
    name = name.strip()
    return (
        is_upper(name)
        and len(name.split()) <= 6
        and not re.search(r"[\d:!?.,;«»\"]", name)
        and not is_upper(below)
        and opens_on_head(below)
    )


def opens_on_head(text: str, heads: tuple[str, ...] | None = None) -> bool:
    """A line opening on a body's head-word ('Agence …', 'CHU de Bordeaux', 'Festival …'), a
    unit's aside, and a headline ('SALON DE L'AGRICULTURE : 50 M€ POUR …', a sentence) too."""
    folded = plain(text.strip())
    words = text.split()
    if is_unit(text) or re.search(r"[:!?«»]|\.$", text) or (len(words) > 10 and not _complement_chain(words)):
        return False
    heads = tuple(plain(h) for h in heads) if heads else vocabulary()["heads"]
    if opens_with(folded, heads):
        return True
    return bool(re.fullmatch(r"[A-Z][A-Z-]{1,7}\s+(?:de|du|des|d['’])\s*[^\W\d][\w'’ -]{1,40}", text.strip()))


def is_unit(text: str) -> bool:
    """'Direction de la communication', 'Cabinet du préfet', 'SERVICE PRESSE': a unit's line."""
    folded = plain(text.strip())
    if _administration(folded):
        return False
    return opens_with(folded, vocabulary()["units"])


def opens_with(folded: str, words: tuple[str, ...]) -> bool:
    """Whether the text opens on one of the words, whole (not followed by a letter, a digit, '_', an
    apostrophe or a hyphen): the word's escaped pattern with that lookahead, matched at the start, says
    the same, but building and looking one up for each of a hundred head-words on every line cost more
    than the rest of the test."""
    for word in words:
        if folded.startswith(word):
            following = folded[len(word) : len(word) + 1]
            if not (following.isalnum() or following in ("_", "'", "’", "-")):
                return True
    return False


BRANCH = re.compile(
    r"(?:direction|delegation|agence|antenne|unite|service)s?\s+"
    r"(?:regional|territorial|departemental|interregional|interdepartemental|local)e?s?\s+"
    r"(?P<preposition>(?:de\s+la|de\s+l'|du|des|de|d')\s*)?(?P<where>.+)"
)


def is_branch(text: str) -> bool:
    """'Direction régionale Pays de la Loire', 'Agence territoriale Île-de-France Est', 'Délégation
    départementale du Var': a national body's branch, named by its scope and its territory alone,
    under the body it belongs to (docs/annotation.md: the body is the issuer). A direction with a
    remit ('Direction régionale de l'environnement, de l'aménagement …') is an administration."""
    match = BRANCH.match(plain(text.strip()))
    if not match:
        return False
    where = text.strip()[match.start("where") :].strip()
    words = where.split()
    if is_place(where):
        return True
    return (
        not match["preposition"]
        and 0 < len(words) <= 5
        and not re.search(r"[,;:]", where)
        and all(
            w[:1].isupper() or plain(w) in {"de", "du", "des", "la", "le", "les", "sur", "et"} for w in words
        )
    )


def _administration(folded: str) -> bool:
    """'Direction régionale de l'environnement …', 'Direction générale de la santé': a direction
    with the scope of its remit (regional, departmental, general …) is an administration of its own,
    not a service of the body above ('Direction de la communication')."""
    scope = "|".join(vocabulary()["scope_adjectives"])
    return bool(re.match(rf"direction\s+(?:{scope})\b(?!.*\bcommunication\b)", folded))


def wraps(text: str, above: str) -> bool:
    """A letterhead wrapped over lines: the line opens on a lower-case linking word ('de la
    Gironde', 'et de la Cohésion') or is a place name under a name in lower case ('Agence régionale
    de santé' / 'Auvergne-Rhône-Alpes', 'ARS' / 'Occitanie')."""
    if re.match(r"(?:de|du|des|d['’]|et|en|pour|chargée?s?|auprès)\b", text):
        return True
    lone_acronym = re.fullmatch(r"[A-ZÀ-ÖØ-ÞŒ]{2,8}", above.strip())
    return bool(lone_acronym or not is_upper(above) or _names_no_territory(above)) and is_place(text)


def _names_no_territory(name: str) -> bool:
    """'RÉGION SUD' (over 'Provence-Alpes-Côte d'Azur'): a name in capitals on a head-word that does
    not close on a place, which the place line under it completes ('PRÉFET DE LA VENDÉE' does)."""
    words = re.sub(r"\b[DdLl]['’]", "", name).split()  # 'PRÉFET DE L'ISÈRE' closes on 'ISÈRE'
    return (
        opens_on_head(name)
        and len(words) <= 4
        and not any(is_place(" ".join(words[i:])) for i in range(1, len(words)))
    )


@lru_cache(maxsize=1)
def _plain_places() -> frozenset[str]:
    return frozenset(plain(p) for p in place_names())


def is_place(text: str) -> bool:
    return plain(text.strip()) in _plain_places()


WORD_ENDING = re.compile(r"(?:AIRE|IQUE|ALE|ELLE|IENNE|TION|MENT|ISME|ITÉ|IVE|EUSE|EUX|ÉE)S?$")
"""How French adjectives and nouns end, and acronyms do not: a capitals word wrapped from a name."""


def other_body_acronym(line: str, previous: list[str]) -> bool:
    """A letterhead line that is a lone acronym, not the initials of the lines above it nor a
    place ('PRÉFÈTE' / 'DE LA RÉGION' / 'BRETAGNE')."""
    acronym = line.strip()
    if not re.fullmatch(r"[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ&.]{1,11}", acronym) or not previous or is_place(acronym):
        return False
    if len(acronym) >= 6 and WORD_ENDING.search(acronym):
        return False  # 'ET DE LA SOUVERAINETÉ' / 'ALIMENTAIRE': a word of the name, wrapped
    initials = iter(w[0].upper() for w in re.findall(r"[^\W\d_][\w-]*", " ".join(previous)))
    return not all(letter in initials for letter in acronym.replace(".", "").replace("&", ""))
