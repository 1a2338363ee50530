"""Names given by the word beside them: 'l'association X', 'X, plateforme de'."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.positions import line_break, opening, opens_no_name, wrap_break
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import NAME_WORD, fold, folded_places, known_bodies, vocabulary
from pipeline.extractors.extensions import glued_hyphen
from pipeline.extractors.gazetteers import (
    TITLED_ID,
    extend_structure,
)

MAX_QUOTED_NAME = 8

QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "*": "*", "_": "_"}
"""Quotation marks, and markdown's italics around a title ('le film *Les Ailes du désert*')."""

MAX_MODIFIERS = 4

MODIFIER_POS = {"ADJ", "NOUN", "ADP", "DET"}


def _compound_start(doc: Doc, token) -> int:
    """The first token of a hyphenated word the tokenizer split ('start-up' -> start, -, up)."""
    i = token.i
    if i >= 2 and glued_hyphen(doc, i - 1):
        return i - 2
    return i


UNIT_SIGNS = frozenset({"%", "€", "$", "°", "h", "km", "m", "kg", "t", "M€", "k€"})
"""Signs after a number that make it a quantity, not a model's number."""
DEMONYM = re.compile(r"(?:ien|ienne|ais|aise|ois|oise|ain|aine|in|ine)s?$")
"""Endings of the adjectives naming a town's or region's people ('morlaisienne', 'briochin', 'dijonnais')."""


@lru_cache(maxsize=1)
def head_endings() -> frozenset[str]:
    """Every ending of an appositive head or a quoted-name cue: a token whose lower case is none of
    them ends no head ('centre hospitalier' ends on 'hospitalier', 'start-up' on 'up')."""
    vocab = vocabulary()
    words = [*vocab["appositive_heads"], *vocab["quoted_name_cues"]]
    return frozenset(word[i:] for word in words for i in range(len(word)))


NOUN_ARTICLES = frozenset({"le", "la", "les", "l'", "un", "une"})
"""Articles that make the word after them a noun of the sentence ('de' also joins a role's complement)."""


def past_line_break(doc: Doc, head_start: int, i: int) -> int:
    """'exploité par la société\nKorvalis': a text wrapped inside a sentence puts one line break
    between a kind noun and its name; the token after it (i when token i is no such break). Only after
    an article before the noun: 'Le directeur de cabinet\nJEAN MOREAU' is a signature's role, then a
    person on the next line; a blank line ends the sentence."""
    if (
        i + 1 < len(doc)
        and line_break(doc, i)
        and head_start > 0
        and doc[head_start - 1].lower_.replace("’", "'") in NOUN_ARTICLES
    ):
        return i + 1
    return i


class AppositiveRules:
    """Names given by the word beside them: 'l'association X', 'X, plateforme de'."""

    def _appositives(self, doc: Doc) -> list[Candidate]:
        """'l'association Amorce', 'l'application Tchap', and after the name 'Resana, plateforme
        collaborative', 'Tchap : la messagerie': a common noun next to a capitalised name gives its
        label. School names keep their noun, and a last 'de Town' is the town: 'collège Jules Verne
        de Villebon-sur-Yvette' (not 'lycée Charles de Gaulle', whose 'de' is inside the name).
        After such a noun or a naming word ('intitulée'), words in quotation marks are the name."""
        vocab = vocabulary()
        heads = vocab["appositive_heads"]
        # 'comité IMCO du Parlement européen': a known body after a connector is another organisation
        bodies = {s.start for s in doc.spans.get(self.gazetteer_key, []) if s.label_ == "ORG"}
        found = []
        endings = head_endings()
        for token in doc[:-1]:
            # every head and cue is lower case and ends with this token's text: skip the rest cheaply
            if not token.is_lower or token.lower_ not in endings:
                continue
            first = _compound_start(doc, token)  # 'start-up' is three tokens
            if token.i > 1 and (doc[token.i - 2 : token.i].text_with_ws + token.text).lower() in heads:
                first = token.i - 2  # 'communauté de communes Creuse Sud': a head of three words
            elif token.i > 0 and (doc[token.i - 1].text_with_ws + token.text).lower() in heads:
                first = token.i - 1  # 'centre hospitalier Bretagne Atlantique': a head of two words
            head = ("".join(t.text_with_ws for t in doc[first : token.i]) + token.text).lower()
            label = heads.get(head)
            if label is None and token.lower_ not in vocab["quoted_name_cues"]:
                continue
            quoted = self._quoted_name(doc, self._after_modifiers(doc, token.i + 1))
            if quoted and not described_quality(doc, first, quoted):
                found.append(
                    Candidate(
                        quoted[0].idx,
                        quoted[-1].idx + len(quoted[-1].text),
                        label or vocab["quoted_name_cues"][token.lower_],
                        "pattern",
                        "entity.quoted_name",
                    )
                )
            if label is None:
                continue
            opens = self._after_adjectives(doc, past_line_break(doc, first, token.i + 1))
            traded = (
                label == "ORG" and opens == token.i + 1 and (trade := self._after_trade(doc, opens)) > opens
            )
            if traded:
                opens = trade  # 'le groupe de distribution Vernaud': the name after the body's trade
            name = self._appositive_name(doc, opens, bodies, self.lexicon)
            after = name[-1].i + 1 if name else len(doc)
            if (
                name
                and token.lower_ in vocab["sentence_case_heads"]
                and all(t.is_title for t in name)
                and (len(name) == 1 or (after < len(doc) and doc[after].lower_ in {"de", "d'", "d’"}))
            ):
                # 'volet Transformation numérique de l’État et des territoires', 'programme Petites Villes
                # de demain': a name in sentence case (after two capitalised words, only a 'de' complement)
                name = list(doc[name[0].i : extend_structure(doc, after, TITLED_ID)])
                cut = next(
                    (
                        k
                        for k, t in enumerate(name[:-1])
                        if t.lower_ == "et"
                        and name[k + 1].lower_.replace("’", "'") in {"la", "le", "les", "l'"}
                    ),
                    len(name),
                )
                name = name[:cut]  # '… et l'application Tchap': 'et' and an article coordinate another thing
            joined = bool(
                name
            )  # 'collège Jules Verne': the school's noun is part of its name, not 'école d'ingénieurs, X'
            if not name:
                name = self._name_after_complement(doc, token.i + 1)
            if (
                head in vocab["school_heads"]
                and len(name) >= 3
                and name[-2].lower_ in vocab["town_prepositions"]
                and (
                    sum(t.lower_ not in vocab["connectors"] for t in name[:-2]) >= 2
                    or (len(name) == 3 and "-" in name[0].text)  # 'collège Jean-Moulin de Pornichet'
                )
            ):
                town = name[-1]
                found.append(
                    Candidate(town.idx, town.idx + len(town.text), "LOC", "pattern", "entity.school_town")
                )
                name = name[:-2]
            if name and label == "MISC":
                name = self._without_seat(doc, self._with_model_number(doc, name))
            elif name and label == "ORG" and head not in vocab["school_heads"]:
                # 'l'agence Adecco de Roanne': the firm, then its town ('lycée Alain d'Alençon' is one
                # name: a school's town is the school rule's above)
                name = self._without_seat(doc, name)
            if name and not (len(name) == 1 and name[0].is_upper and len(name[0]) <= 2):
                kept = vocab["school_heads"] | vocab["unit_heads"]
                start = doc[first].idx if head in kept and joined and not traded else name[0].idx
                found.append(
                    Candidate(start, name[-1].idx + len(name[-1].text), label, "pattern", "entity.appositive")
                )
            before = self._name_before(doc, first)
            if before and not (label in ("ORG", "MISC") and before[0].lower_ in vocab["first_names"]):
                # (not 'Jean Dupont, fabricant de jouets': a person described by a trade; not 'la
                # directrice, Jeanne Roux, le projet …': a person in an incise, before the sentence's subject)
                found.append(
                    Candidate(
                        before[0].idx,
                        before[-1].idx + len(before[-1].text),
                        label,
                        "pattern",
                        "entity.appositive_after",
                    )
                )
        return found

    def _with_model_number(self, doc: Doc, name: list) -> list:
        """'le modèle Alizé 46', 'la carte Inforoute 48': a thing's name goes on over the short number
        right after it (a model's, a version's, a département's), not over a year (an edition's, which
        the gold leaves out) nor a quantity ('la gamme Hélia 3 modèles', '… 46 %')."""
        i = name[-1].i + 1
        if i >= len(doc) or not (doc[i].text.isdigit() and len(doc[i].text) <= 3) or not name[-1].whitespace_:
            return name
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and (
            after.text in UNIT_SIGNS or (after.is_lower and after.pos_ in {"NOUN", "NUM"})
        ):
            return name
        return [*name, doc[i]]

    def _without_seat(self, doc: Doc, name: list) -> list:
        """'le salon Vinexpo de Bordeaux', 'le laboratoire Kelmar de Brest': a coined name (no dictionary
        word, or a known body's, not in capitals) then 'de' and a known place is the thing or the body and
        where it stands; the place is not part of its name. A name of dictionary words keeps its place
        ('le festival Les Tréteaux de Pézenas')."""
        if (
            len(name) >= 3
            and name[1].lower_ in {"de", "d'", "d’"}
            and (name[0].text not in self.lexicon or fold(name[0].text) in known_bodies())
            and not name[0].is_upper  # 'la CPAM de Lille': a branch's seat is part of its name
            and fold(doc[name[2].i : name[-1].i + 1].text) in folded_places()
        ):
            return name[:1]
        return name

    def _after_adjectives(self, doc: Doc, i: int) -> int:
        """'l'éditeur lyonnais Batisoft', 'la start-up nantaise Kelora': one or two lower-case adjectives of
        the dictionary, or demonyms it does not hold ('la société morlaisienne AirBreizh'), between the
        kind noun and the capitalised name; the token where the name opens (i when no name follows them)."""
        j = i
        while (
            j < len(doc)
            and j - i < 2
            and doc[j].is_lower
            and doc[j].is_alpha
            and (self.lexicon.is_adjective(doc[j].text) or DEMONYM.search(doc[j].text))
        ):
            j += 1
        return j if j > i and j < len(doc) and doc[j].text[:1].isupper() else i

    def _after_trade(self, doc: Doc, i: int) -> int:
        """'le groupe de distribution Vernaud', 'l'entreprise de travaux publics Karéa BTP': a body's kind
        noun, its trade ('de' and one or two lower-case nouns or adjectives, no article) and a capitalised
        word no dictionary holds; the token where the name opens (i otherwise: 'le groupe de travail
        Éducation' is a unit named whole, 'l'association de patientes Vivre sans douleur' a name the
        dictionary opens)."""
        if i + 2 >= len(doc) or doc[i].lower_.replace("’", "'") not in {"de", "d'"}:
            return i
        j = i + 1
        while j < len(doc) and j - i <= 2 and doc[j].is_lower and doc[j].is_alpha:
            if doc[j].pos_ not in {"NOUN", "ADJ"} or doc[j].lower_ in vocabulary()["articles"]:
                return i
            j += 1
        if j == i + 1 or j >= len(doc) or not doc[j].text[:1].isupper() or doc[j].text in self.lexicon:
            return i
        return j

    def _name_after_complement(self, doc: Doc, i: int) -> list:
        """'son école d’ingénieurs, ENSG-Géomatique, forme …': after the head's complement ('de' and
        one lower-case word) and a comma, a name closed by a comma or parenthesis is the head's name."""
        if (
            i + 2 >= len(doc)
            or doc[i].lower_ not in {"de", "d'", "d’"}
            or not (doc[i + 1].is_lower and doc[i + 1].is_alpha)
            or doc[i + 2].text != ","
        ):
            return []
        name = self._appositive_name(doc, i + 3, set())
        closed = name and name[-1].i + 1 < len(doc) and doc[name[-1].i + 1].text in {",", ")"}
        return name if closed else []

    @staticmethod
    def _after_modifiers(doc: Doc, i: int) -> int:
        """'programme gouvernemental de transformation « … »': the token after the lower-case
        adjectives and complements (up to MAX_MODIFIERS words) of a cue noun, where a quoted name opens."""
        j = i
        while (
            j < len(doc)
            and j - i < MAX_MODIFIERS
            and doc[j].is_lower
            and doc[j].is_alpha
            and doc[j].pos_ in MODIFIER_POS
        ):
            j += 1
        return j if j < len(doc) and doc[j].text in QUOTE_PAIRS else i

    @staticmethod
    def _quoted_name(doc: Doc, i: int) -> list:
        """'« BD Adresse »': the words between quotation marks opening at token i, on one line, up
        to MAX_QUOTED_NAME words and with no sentence punctuation (a citation is not a name)."""
        if i >= len(doc) or doc[i].text not in QUOTE_PAIRS:
            return []
        closing = QUOTE_PAIRS[doc[i].text]
        words = []
        for following in doc[i + 1 : i + 2 + MAX_QUOTED_NAME]:
            if following.text == closing:
                if (
                    len(words) > 1
                    and words[0].is_lower
                    and words[0].lower_.replace("’", "'") in vocabulary()["articles"]
                ):
                    words = words[
                        1:
                    ]  # 'les jours clairs' → 'jours clairs': a lower-case article is not part of a name
                return words if words and words[0].text[:1].isalnum() else []
            if "\n" in following.text or following.text in {".", "!", "?", ";", ":"}:
                return []
            if not following.is_space:
                words.append(following)
        return []

    @staticmethod
    def _appositive_name(doc: Doc, i: int, bodies: set[int], lexicon: Lexicon | None = None) -> list:
        """The capitalised words from token i on, a connector or a hyphen joining two of them ('Parc de
        Vilgénis'), up to a known body (token indexes in `bodies`) after a connector; 'et' joins two
        capitalised dictionary words, a title made of common words ('Femmes et Sciences', 'Culture et
        Jeux'), not two brands ('Brixol et Nuagix')."""
        vocab = vocabulary()

        def is_name(token) -> bool:
            return (
                not token.is_space
                and token.text[:1].isupper()
                and NAME_WORD.match(token.text) is not None
                and token.lower_ not in vocab["not_name_words"]
            )

        name: list = []
        for following in doc[i : i + 7]:
            # 'le lycée Brizeux de\nQuimper': a wrapped line ends on the name's connector, the name goes on
            after = following.i + 1
            if following.lower_ in vocab["connectors"] and wrap_break(doc, after):
                after += 1
            if is_name(following):
                name.append(following)
            elif name and name[-1].lower_ in vocab["connectors"] and wrap_break(doc, following.i):
                continue
            elif (
                name
                and after < len(doc)
                and is_name(doc[after])
                and after not in bodies
                and (
                    following.lower_ in vocab["connectors"]
                    or (following.text == "-" and not name[-1].whitespace_ and not following.whitespace_)
                    or (  # 'Courts en Scène', 'Jazz en Baie': a title of common words, not 'X en Bretagne'
                        following.lower_ == "en"
                        and lexicon is not None
                        and doc[after].text in lexicon
                        and fold(doc[after].text) not in folded_places()
                    )
                    or (
                        following.lower_ == "et"
                        and lexicon is not None
                        and name[-1].text in lexicon
                        and doc[after].text in lexicon
                        and doc[after].is_title
                    )
                )
            ):
                name.append(following)  # 'Parc de Vilgénis', 'ENSG-Géomatique'
            else:
                break
        return name

    def _name_before(self, doc: Doc, head: int) -> list:
        """'Resana, plateforme ...', 'Tchap : la messagerie ...': the capitalised words before a comma or
        colon (and an article) that precede an appositive head; not a common word opening the
        sentence, nor a place after its preposition ('À Lyon, l'association ...')."""
        vocab = vocabulary()
        i = head - 1
        if i >= 0 and doc[i].lower_.replace("’", "'") in vocab["articles"]:
            i -= 1
        if i < 1 or doc[i].text not in {",", ":"}:
            return []
        name: list = []
        i -= 1
        while (
            i >= 0
            and len(name) < 4
            and doc[i].text[:1].isupper()
            and NAME_WORD.match(doc[i].text)
            and not doc[i].like_num
            and doc[i].lower_ not in vocab["stop_words"]
        ):
            name.insert(0, doc[i])
            i -= 1
        if not name or (
            i >= 0 and doc[i].lower_.replace("’", "'").split("'")[-1] in vocab["place_prepositions"] | {""}
        ):
            return []
        first = name[0]
        if first.lower_ in vocab["not_name_words"] or (
            opening(doc, first) and (opens_no_name(first, self.lexicon) or first.text in self.lexicon)
        ):
            return []
        return name


INDEFINITE_ARTICLES = frozenset({"un", "une", "des"})


def described_quality(doc: Doc, head_start: int, quoted: list) -> bool:
    """'un salon « utile et concret »', 'une application « simple et rapide »': after an indefinite
    article and a head-word, lower-case words in quotation marks that open with an adjective quote what
    someone said of the thing, not its name ('une exposition « les jours clairs »' names one)."""
    return (
        head_start > 0
        and doc[head_start - 1].lower_ in INDEFINITE_ARTICLES
        and quoted[0].pos_ == "ADJ"
        and all(t.is_lower or not t.is_alpha for t in quoted)
    )
