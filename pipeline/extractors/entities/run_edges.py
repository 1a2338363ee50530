"""Where a capitalised run's name ends or where its place begins: an acronym's seat after 'de la',
a brand at its town, a nationality before a person, an event's or a course's topic in sentence case, a
protected product's words, a titled name's adjectives. Kept apart from runs.py, which builds the runs
and decides their label, so that each reads whole. Mixed into EntityResolver."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.person_names import known_surnames
from pipeline.extractors.entities.positions import line_initial
from pipeline.extractors.entities.titled_names import first_name_opens
from pipeline.extractors.entities.vocabulary import (
    fold,
    folded_places,
    known_bodies,
    not_complement_words,
    vocabulary,
)
from pipeline.extractors.extensions import text_of
from pipeline.extractors.gazetteer_places import town_names
from pipeline.extractors.gazetteers import body_heads

ARTICLES_AFTER_DE = frozenset({"la", "l'", "l’"})
"""The articles of 'de la', 'de l'' before a course title's topic."""
TITLED_ARTICLES = frozenset({"Les", "La", "Le", "L'", "L’"})
"""A name's own article, capitalised inside it ('Les Amis du Manège')."""


def acronym_seat_article(doc: Doc, run: list, token) -> bool:
    """'SDIS de la Sarthe', 'CCAS de l'Isle-Adam': the article between a body's acronym, 'de' and
    the known place of its seat (the gold of releases names the branch whole, as for 'CHU de Caen')."""
    if not (
        len(run) == 2
        and run[0].is_upper
        and run[0].is_alpha
        and 2 <= len(run[0].text) <= 7
        and run[1].lower_ == "de"
        and token.lower_ in {"la", "l'", "l’"}
    ):
        return False
    place = re.match(r"[\w'’-]+", text_of(doc)[token.idx + len(token.text) :].lstrip())
    return place is not None and fold(place.group()) in folded_places()


SEAT_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’"})
"""The prepositions before the place a body's local seat is named by ('Drivalis de Montélimar')."""


class RunEdges:
    """Where a capitalised run's name ends, or its seat begins. Mixed into EntityResolver."""

    def _topic_after_title(self, doc: Doc, run: list, words: list, articled: bool = False) -> int | None:
        """'Défi Ponts de papier', 'Prix Coup de cœur du jury', 'Festival Frontières vives': an event's
        head-word and one capitalised dictionary word, then lower-case adjectives or 'de', 'du', 'des' and
        lower-case words, is a title in sentence case that goes on with them (up to three such
        complements, each with its lower-case adjectives). Its end offset, or None when the name is
        whole ('Défi Robots Jura-Bugey', a place after the head, or 'de la …': the place or body the
        event is of). A course's title (articled) also takes 'de la', 'de l'' and a lower-case noun: 'Bachelor
        Management de la transition écologique' names no body."""
        last = run[-1]
        if len(words) != 2 or last is not words[1] or not last.is_title or not last.is_alpha:
            return None
        if last.text not in self.lexicon or fold(last.text) in folded_places():
            return None
        k = last.i + 1
        while k < len(doc) and self._closing_adjective(doc, k):
            k += 1  # 'Festival Frontières vives'
        for _ in range(3):
            # 'de la transition écologique': a course's topic keeps its article
            skip = int(
                articled
                and doc[k].lower_ == "de"
                and k + 1 < len(doc)
                and doc[k + 1].lower_ in ARTICLES_AFTER_DE
            )
            noun = k + 1 + skip
            if not (
                noun < len(doc)
                and doc[k].lower_ in SEAT_PREPOSITIONS
                and doc[noun].is_alpha
                and doc[noun].is_lower
                and doc[noun].lower_ not in not_complement_words()
            ):
                break
            k = noun + 1
            while k < len(doc) and (
                doc[k].is_alpha
                and doc[k].is_lower
                and doc[k].pos_ == "ADJ"
                or self._closing_adjective(doc, k)
            ):
                k += 1
        return doc[k - 1].idx + len(doc[k - 1].text) if k > last.i + 1 else None

    def _closing_adjective(self, doc: Doc, k: int) -> bool:
        """A lower-case adjective of the dictionary that the tagger calls one, or that ends a phrase
        (punctuation or the end follows: 'Frontières vives (janvier)', where the tagger reads a verb);
        not 'Salon Habitat présente quarante exposants', 'Festival Jazz continue de …'."""
        token = doc[k]
        if not (token.is_alpha and token.is_lower and self.lexicon.is_adjective(token.lower_)):
            return False
        following = doc[k + 1] if k + 1 < len(doc) else None
        return token.pos_ == "ADJ" or following is None or following.pos_ in {"PUNCT", "SPACE"}

    @staticmethod
    def _product_before(doc: Doc, i: int) -> int:
        """The start of a protected name whose product is written in lower case before its place: from a
        list's or a line's start, up to three lower-case words and 'de', 'du' or 'des' ('…: lentilles
        vertes du Puy AOP'); token i's own start otherwise ('producteurs de Chasselas de Moissac AOP')."""
        if i < 2 or doc[i - 1].lower_ not in SEAT_PREPOSITIONS:
            return doc[i].idx
        k = i - 1
        while k > 0 and i - 1 - k < 3 and doc[k - 1].is_alpha and doc[k - 1].is_lower:
            k -= 1
        opened = k == 0 or doc[k - 1].text in {":", ",", ";", "-", "–", "•", "("} or "\n" in doc[k - 1].text
        return doc[k].idx if k < i - 1 and opened else doc[i].idx

    def _nationality_before_person(self, doc: Doc, run: list) -> bool:
        """'la Sénégalaise Awa Ndiaye', 'le Norvégien Anders Holm': after an article, a capitalised word the
        dictionary knows as an adjective, then a known first name and its surname (or two capitalised words
        the dictionary does not know), is the person's nationality or origin before the person's name."""
        first = run[0]
        return (
            first.i > 0
            and doc[first.i - 1].lower_ in {"le", "la", "l'", "l’", "les"}
            and first.is_title
            and first.lower_ not in vocabulary()["first_names"]
            and self.lexicon.is_adjective(first.lower_)
            and (
                first_name_opens(doc, run[1])
                or (
                    len(run) == 3
                    and all(t.is_title and t.is_alpha and t.text not in self.lexicon for t in run[1:])
                )
            )
        )

    def _brand_before_seat(self, doc: Doc, run: list) -> tuple[int, int] | None:
        """'Kaaitheater de Bruxelles', 'Drivalis de Montélimar', 'Ifremer de Concarneau': an invented word
        or a known body's name, then 'de' and a known place, names a firm's or a body's local seat, and
        releases name the body and the place apart. The place's offsets, or None when the brand is a
        dictionary word or a head-word ('Ville de Brest', 'Eau de Paris'), a first name or a surname
        ('Anne de Bretagne', '… Jean Monnet de Saint-Étienne'), capitals ('CHU de Caen', 'DDPP de la
        Meuse': a branch's seat is part of its name), or the place is a common word ('Technopôle de la
        Mer')."""
        k = next((i for i, t in enumerate(run) if t.lower_ in SEAT_PREPOSITIONS), 0)
        seat = run[k + 1 :]
        articled = bool(seat) and seat[0].lower_ in {"la", "l'", "l’"}
        if articled:
            seat = seat[1:]
        # a common word after an article is no town ('Technopôle de la Mer'); a town's name may be one
        # ('Kelvorim de Rennes', 'de Roanne')
        common = any(t.text in self.lexicon for t in seat if t.is_alpha)
        if not k or not seat or (common and (articled or len(seat) > 1)):
            return None
        text = text_of(doc)
        brand = text[run[0].idx : run[k - 1].idx + len(run[k - 1].text)]
        place = text[seat[0].idx : seat[-1].idx + len(seat[-1].text)].replace("’", "'")
        invented = (
            k == 1
            and run[0].is_alpha
            and run[0].text not in self.lexicon
            and run[0].lower_ not in vocabulary()["first_names"] | known_surnames()
            and head_label(brand) is None
        )
        known = fold(brand) in known_bodies()
        seated = (
            (invented or known)
            and not brand.isupper()
            and brand not in body_heads()
            # 'Alpes du Nord', 'Europe du Nord': a place's part (not '… France d'Orange')
            and not (run[k].lower_ in {"du", "des"} and fold(brand) in folded_places())
        )
        if not seated or not (fold(place) in folded_places() or place in town_names()):
            return None
        return seat[0].idx, seat[-1].idx + len(seat[-1].text)

    def _own_name_opens(self, token) -> bool:
        """After a capitalised kind noun, the word opens a name of its own: its article ('Les Amis du
        Manège') or a capitalised word that is no adjective of the kind ('Terres Nourricières', not
        'Française des Utilisateurs', 'Nationale de …')."""
        if token.text in TITLED_ARTICLES:
            return True
        return token.is_title and token.is_alpha and not self._titled_adjective(token.text)

    @staticmethod
    def _adjectives_after(doc: Doc, i: int) -> int:
        """The end of the lower-case adjectives from token i on ('numérique collaborative')."""
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower and doc[i].is_alpha:
            i += 1
        return i

    @staticmethod
    def _titled_article(doc: Doc, start: int, words: list) -> bool:
        """'Le Monde', 'La Poste': an article written with a capital mid-sentence opens a title."""
        return (
            text_of(doc)[start : start + 4].split(" ")[0] in vocabulary()["capitalised_articles"]
            and not line_initial(doc, start)
            and not words[0].is_sent_start
        )
