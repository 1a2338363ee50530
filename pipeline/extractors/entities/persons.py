"""Where French releases name a person by the shape around the name rather than its words: a photo
credit, a quote's attribution, a list or signature that writes the surname first in capitals; and
the shape of the name itself, which tells a person ('Marie-Amélie Le Fur') from a company named by
two capitalised words ('Bouygues Telecom', 'Vinci Construction')."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import resources
from pipeline.extractors.entities.person_names import known_surnames
from pipeline.extractors.entities.titled_names import email_names, role_follows
from pipeline.extractors.entities.vocabulary import fold, folded_places, vocabulary
from pipeline.extractors.extensions import text_of
from pipeline.extractors.quotes import patterns

CREDIT_CUE = re.compile(
    r"(?:©|\([cC]\)|(?<!\w)(?:[cC]r[ée]dits?(?:[ \t]+photos?)?|[pP]hotos?(?:[ \t]+de)?)[ \t]*:)[ \t]*$"
)
"""'© ', 'Crédit photo : ', 'Photo : ': a credit line names who took the picture."""

AFTER_QUOTE = re.compile(r"[»\"”][ \t]*,?[ \t]*(?P<words>(?:[^\W\d_]+(?:-t-(?:il|elle))?[ \t]+){1,2})$")
"""'», souligne ', '" a déclaré ': the words between a closing quote and the name after it."""

CIVILITY_BEFORE = re.compile(
    r"(?<![\w.])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|Monsieur|Madame|Mademoiselle|Maître)\.?[ \t]+$"
)
"""'M. ', 'Mme ', 'Madame ': a civility right before the name."""

PARTICLES = {"de", "du", "des", "d'", "d’", "le", "la", "van", "von", "der", "den", "da", "di", "dos", "ben"}
"""Words a surname may open with ('de Villiers', 'Le Goff', 'Van Damme', 'Ben Salah')."""


@lru_cache(maxsize=1)
def person_words() -> dict[str, frozenset[str]]:
    """The person rules' own word lists (pipeline/resources/persons.json)."""
    data = resources.load("persons.json")
    return {key: frozenset(value["words"]) for key, value in data.items() if not key.startswith("_")}


def person_cue_before(text: str, start: int) -> bool:
    """Whether the words right before a name make it a person's: a photo credit ('© Jean Dupont',
    'Crédit photo : Lucie Caradec') or a speech verb after a closing quote ('», ajoute Salomé
    Brunet')."""
    before = text[max(0, start - 40) : start]
    if CREDIT_CUE.search(before):
        return True
    found = AFTER_QUOTE.search(before)
    return found is not None and patterns().verb.search(found["words"]) is not None


def surname_first(text: str, end: int, words: list, organisations: set[str]) -> bool:
    """'DUPONT Marie', 'NGUYEN Thi Lan, secrétaire', 'BENOIT Arnaud - 06 …': in lists, sign-up sheets
    and signatures the surname comes first, in capitals, then the first names in title case; read so
    when a known first name or a role follows the surname (not 'ARS Bretagne', 'SNCF Réseau')."""
    surname, given = words[0], words[1:]
    return (
        surname.is_upper
        and surname.is_alpha
        and (len(surname) >= 3 or role_follows(text, end))  # not an acronym: 'l'outil d'IA Albert'
        and 1 <= len(given) <= 2
        and all(w.is_title and w.text.replace("-", "").isalpha() for w in given)  # 'Jean-Marc' too
        and surname.text not in organisations
        and fold(surname.text) not in folded_places()
        and fold(surname.text) not in vocabulary()["rejected"]
        and (is_first_name(given[0].text) or role_follows(text, end))
    )


def first_name_follows(token) -> bool:
    """'DUPONT Jean-Marc', 'ROBERT Sylvie' opening a line: a word in capitals before a known first name
    is a surname written first, not a common word capitalised by its position."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.is_upper
        and len(token) >= 3  # not an acronym of two letters: 'IA Albert'
        and fold(token.text) not in folded_places()
        and fold(token.text) not in vocabulary()["rejected"]
        and following is not None
        and following.is_title
        and is_first_name(following.text)
    )


def capitalised_particle(token) -> bool:
    """'Gérard LE BRIS', 'LE GALL Pierre-Yves', 'Anne DE LA TOUR': a particle in capitals between a first
    name and a surname in capitals, or opening a surname written first, is part of the name (not the
    article of an all-caps heading)."""
    doc, i = token.doc, token.i
    if not (token.is_upper and token.lower_ in PARTICLES and i + 1 < len(doc)):
        return False
    following = doc[i + 1]
    if not (following.is_upper and following.is_alpha and len(following) >= 2):
        return False
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.is_title and is_first_name(before.text):
        return True
    if (
        before is not None
        and before.is_upper
        and before.lower_ in PARTICLES
        and i >= 2
        and doc[i - 2].is_title
    ):
        return is_first_name(doc[i - 2].text)  # 'Anne DE LA TOUR'
    j = i + 1
    while j < len(doc) and doc[j].is_upper and doc[j].is_alpha:
        j += 1  # 'LE GALL Pierre-Yves', 'DE LA TOUR Anne': the first name after the surname
    return j < len(doc) and doc[j].is_title and is_first_name(doc[j].text)


def surname_after_particle(token) -> bool:
    """'Bruno Le Maire': a title word ('Maire') after a capitalised particle that follows a known first
    name is the surname, not a role."""
    doc = token.doc
    return (
        token.i >= 2
        and token.is_title
        and doc[token.i - 1].text in {"Le", "La", "De", "Du"}
        and is_first_name(doc[token.i - 2].text)
    )


def is_first_name(word: str) -> bool:
    """'Claire', 'Jean-Marc', 'Marie-Amélie': a known first name, or known first names joined by
    hyphens, written with a capital."""
    names = vocabulary()["first_names"]
    if not word[:1].isupper():
        return False
    lowered = word.lower().replace("’", "'")
    return lowered in names or all(part in names for part in lowered.split("-"))


def person_cued(text: str, start: int, end: int) -> bool:
    """Whether the context says a person whatever the words: a civility before, a role after ('Paul
    Vinci, directeur …'), a credit or a quote's attribution, an e-mail address spelling the surname."""
    words = text[start:end].split()
    return bool(
        CIVILITY_BEFORE.search(text[max(0, start - 14) : start])
        or role_follows(text, end)
        or person_cue_before(text, start)
        or (words and email_names(text, end, words[-1]))
    )


def name_shaped(text: str, lexicon) -> bool:
    """'Marie-Amélie Le Fur', 'Jean de La Tour', 'Claire VASSEUR', 'Anne Fontaine': known first names,
    then one or two surname words, a particle or two before them; a surname that is a dictionary word
    must be a known surname ('Fontaine', not 'Bâtiment')."""
    words = text.replace("’", "'").split()
    if 2 <= len(words) <= 5 and words[0].isupper() and not all(w.isupper() for w in words):
        return surname_first_shaped(words)
    if not 2 <= len(words) <= 5 or not is_first_name(words[0]):
        return False
    rest = words[1:]
    if rest and is_first_name(rest[0]) and len(rest) > 1:
        rest = rest[1:]  # 'Marie Claire Dubois': two first names
    particle = False
    while rest and rest[0].lower() in PARTICLES and len(rest) > 1:
        rest, particle = rest[1:], True
    if not 1 <= len(rest) <= 2 or rest[-1] in person_words()["trade_words"]:
        return False
    for word in rest:
        bare = word.replace("-", "")
        if not bare.isalpha() or not (word.istitle() or word.isupper()):
            return False
        # after a particle a dictionary word is a surname ('Bruno Le Maire', 'Marie-Amélie Le Fur')
        if (
            not word.isupper()
            and not particle
            and not all(part.lower() in known_surnames() or part not in lexicon for part in word.split("-"))
        ):
            return False
    return fold(text) not in folded_places()


def surname_first_shaped(words: list[str]) -> bool:
    """'LE GALL Pierre-Yves', 'DE LA TOUR Anne': particles and a surname in capitals, then first names."""
    i = 0
    while i < len(words) - 1 and words[i].isupper() and words[i].lower() in PARTICLES:
        i += 1
    surname = []
    while i < len(words) and words[i].isupper() and words[i].replace("-", "").isalpha():
        surname.append(words[i])
        i += 1
    given = words[i:]
    return (
        1 <= len(surname) <= 2
        and len("".join(surname)) >= 3  # not an acronym: 'IA Albert'
        and 1 <= len(given) <= 2
        and all(is_first_name(w) for w in given)
    )


def signature_in_capitals(doc, start: int, end: int, lexicon) -> bool:
    """'Le directeur de cabinet / JEAN-PIERRE MOREAU': a line of two or three words in capitals that
    opens on a known first name and whose other words are no dictionary words (or known surnames),
    right under a short title line ('La présidente'), is a signature, not a heading."""
    text = text_of(doc)
    words = text[start:end].split()
    if not 2 <= len(words) <= 3 or not all(w.isupper() for w in words) or not is_first_name(words[0]):
        return False
    rest_ok = all(
        all(part.lower() in known_surnames() or part not in lexicon for part in w.split("-"))
        for w in words[1:]
    )
    line_start = text.rfind("\n", 0, start)
    if line_start < 0:
        return False
    previous_line = text[:line_start].rstrip("\n ").rsplit("\n", 1)[-1].strip()
    # under a short title line ('La présidente', 'Le directeur de cabinet'), not under a sentence
    under_role = (
        previous_line[:1].isupper()
        and any(c.islower() for c in previous_line)
        and len(previous_line.split()) <= 8
        and not previous_line.endswith((".", ":", "!", "?"))
    )
    return rest_ok and under_role


def firm_nouns(words: list[str], lexicon) -> bool:
    """'Plasturgie Dumont', 'Halles Chabrier', 'Rhodanis Mobilités': a first word that is a dictionary noun,
    or any word that is a dictionary noun in the plural, names a firm's trade or premises. A noun is
    capitalised, no particle, first name or known surname; a singular noun after the first word is often a
    surname ('Dove Allouche'), so it does not count; nor does a plural after a verb ('Parlons Maths')."""

    def noun(word: str) -> bool:
        return (
            word[:1].isupper()
            and not word.isupper()
            and len(word) >= 4
            and word.lower() not in PARTICLES
            and word.lower() not in known_surnames()
            and not is_first_name(word)
        )

    def plural(word: str) -> bool:
        return word[-1] in "sx" and lexicon.is_noun(word[:-1])

    if noun(words[0]) and (lexicon.is_noun(words[0]) or plural(words[0])):
        return True
    # a first word the dictionary holds as no noun opens a phrase, not a firm ('Parlons Maths')
    return (words[0] not in lexicon or lexicon.is_noun(words[0])) and any(
        noun(word) and plural(word) for word in words[1:]
    )


def checked_person_label(text: str, start: int, end: int, label: str, model_labels: set[str], lexicon) -> str:
    """The label of a run of capitalised words, checked against the shape of a person's name.

    A 'person' whose last word is a trade word ('Vinci Construction', 'Dubois Frères') is a company; so is
    one joined by an ampersand ('Aubert & Duval': partners' surnames name their firm). One whose first
    word is no known first name, which the model does not call a person either and which nothing
    around calls one ('Bouygues Telecom', 'Airbus Defence'), is not a person. A run the rules
    left unlabelled as a person though it has a person's name shape ('Marie-Amélie Le Fur') and the
    model does not call it a body or a place is a person."""
    name = text[start:end]
    words = name.split()
    if len(words) < 2:
        return label
    if label == "PER":
        if "&" in name:
            return "ORG"  # 'Aubert & Duval', 'Ambre & Sel': no person's name holds an ampersand
        if person_cued(text, start, end):
            return label
        if words[-1] in person_words()["trade_words"] or words[0].startswith(("Saint-", "Sainte-")):
            return "ORG"  # 'Vinci Construction'; 'Saint-Gobain Glass': a saint's name opens a place or a body
        surname_first_shape = words[0].isupper() and is_first_name(words[1])
        if not is_first_name(words[0]) and not surname_first_shape and "PER" not in model_labels:
            return "ORG" if "ORG" in model_labels else "MISC"
        if not is_first_name(words[0]) and not surname_first_shape and firm_nouns(words, lexicon):
            return "ORG"  # 'Rhodanis Mobilités', 'Halles Chabrier': no first name; a noun names a trade
        return label
    if label in {"MISC", "ORG"} and not model_labels & {"ORG", "LOC"} and name_shaped(name, lexicon):
        return "PER"
    return label
