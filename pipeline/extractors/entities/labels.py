"""The label a run or a model span takes, from its words and its context."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extractors.entities.head_labels import eponym_compound, head_label
from pipeline.extractors.entities.lexicon import FUNCTION_POS
from pipeline.extractors.entities.listing import listed_place
from pipeline.extractors.entities.persons import checked_person_label, person_cue_before, surname_first
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.titled_names import email_names, role_follows
from pipeline.extractors.entities.vocabulary import (
    ARTICLE_AFTER_PARTICLE,
    WORD,
    fold,
    folded_countries,
    folded_places,
    vocabulary,
)
from pipeline.extractors.extensions import text_of

TOWN_SHAPE = re.compile(
    r"^[A-ZÉÈ][^\W\d_]+(?:-[A-ZÉÈ][^\W\d_]+)*-(?:sur|sous|en|lès|lez|le|la|les|de|du|des|aux|d['’])-?[A-ZÉÈ][^\W\d_]+"
    r"(?:-[^\W\d_]+)*$"
)
"""The compounds French communes are named by: 'Villefranche-sur-Saône', 'Chazay-d'Azergues',
'Saint-Julien-en-Genevois'."""

ARTICLE_BEFORE = re.compile(r"(?:(?<![\w-])[lL]['’]|(?<![\w-])(?:la|le|les|du|des|au|aux)\s+)$")
"""'l'', 'la ', 'du ' right before a name."""

BODY_ACRONYMS = re.compile(r"^[A-ZÉ]{2,7}(?:[-/][A-ZÉ]{2,7})*$")
"""'CGT', 'CFE-CGC': capitals only, or acronyms joined by a hyphen, as unions and federations write them."""


SURNAME_WORD = re.compile(r"(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|[A-ZÀ-Ý]{2,}|Le|La|de|du|des|d['’]\w+)$")


def compound_first_name(text: str) -> bool:
    """'Pierre-Yves Galland', 'Anne-Sophie de La Tour': a first name made of two known first names
    joined by a hyphen, then a surname of one to three words, is a person ('Jean-Jaurès' alone is
    a school; 'Saint-Malo Agglomération' opens with no first name)."""
    words = text.split()
    parts = words[0].split("-") if words else []
    names = vocabulary()["first_names"]
    return (
        2 <= len(words) <= 4
        and len(parts) == 2
        and all(part[:1].isupper() and part.lower() in names for part in parts)
        and all(SURNAME_WORD.match(word) for word in words[1:])
        and words[-1][:1].isupper()
    )


def firm_by_ampersand(name: str, label: str) -> str:
    """'Plume & Pivot', 'Kelp&Co', 'Cidres & Poirés de l'Ouest': capitalised words joined by an ampersand,
    that no head-word says are an event or a product, name a firm or an association."""
    if label == "MISC" and AMPERSAND_NAME.search(name) and head_label(name) is None:
        return "ORG"
    return label


PLACE_BEFORE = re.compile(r"(?:(?<!\w)à|(?P<place>[^\W\d_][\w'’-]*)\s*(?:\(|[–—]))\s*$")
"""'à ', 'Ploemeur (', 'Brest – ': what stands before a place's name."""


AT_PLACE = re.compile(r"(?<!\w)(?:à|au|à l['’])\s*$")
"""'à ', 'au ', 'à l'': what stands before a place's name in a sentence."""


def place_stands(text: str, start: int) -> bool:
    """A place's cue right before `start`: 'à', or a known place then an opening parenthesis or a dash."""
    cue = PLACE_BEFORE.search(text, max(0, start - 40), start)
    return cue is not None and (cue["place"] is None or fold(cue["place"]) in folded_places())


WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+[ \u00a0]+)?[^\W\d_]+\s+$")


def kind_before(text: str, start: int) -> str | None:
    """The label of the lower-case kind noun of a body or a thing right before a name ('le club X',
    'l'association X', 'le centre hospitalier X'), which a run the appositive rule could not bound
    ('Mains Ouvertes 35') still takes."""
    words = WORDS_BEFORE.search(text, max(0, start - 40), start)
    if words is None:
        return None
    heads = vocabulary()["appositive_heads"]
    found = words.group().split()
    # (a capitalised 'Association' before a run is its name's first word, which the run left out)
    return next((heads[k] for k in (" ".join(found[-2:]), found[-1]) if k in heads), None)


AMPERSAND_NAME = re.compile(r"[A-ZÀ-Ý][^\W\d_]+\s?&\s?[A-ZÀ-Ý]")
"""Two capitalised words joined by an ampersand ('Terre & Mer', 'Kelp&Co'); not 'R&D' nor 'Q&A'."""


class LabelRules:
    """The label a run or a model span takes, from its words and its context. Mixed into EntityResolver."""

    def _run_label(self, doc: Doc, start: int, end: int, words: list, model: list[Candidate]) -> str:
        label = self._cascade_label(doc, start, end, words, model)
        if label == "MISC" and kind_before(text_of(doc), start) == "ORG":
            label = "ORG"  # 'au club Aqua'Sport Lorient', 'l'association Mains Ouvertes 35'
        overlapping = {c.label for c in model if c.start < end and start < c.end}
        return firm_by_ampersand(
            text_of(doc)[start:end],
            checked_person_label(text_of(doc), start, end, label, overlapping, self.lexicon),
        )

    def _cascade_label(self, doc: Doc, start: int, end: int, words: list, model: list[Candidate]) -> str:
        text = text_of(doc)[start:end]
        implied = head_label(text)
        if implied:
            return implied
        if eponym_compound(text):
            return "ORG"  # 'Victor-Hugo' alone: a school or a hospital named after a person
        if compound_first_name(text):
            return "PER"  # 'Pierre-Yves Le Corre', whatever the model made of the hyphenated first name
        if TOWN_SHAPE.match(text) and {c.label for c in model if c.start < end and start < c.end} <= {"LOC"}:
            # 'Chazay-d'Azergues': a commune's compound that the model calls a place, or leaves unread (a
            # timetable's cell); not one it reads as a body or a thing ('Rock-en-Seine')
            return "LOC"
        if len(words) == 1:
            return "MISC"  # 'AgentConnect': a CamelCase word names a product
        if len(words) <= 3 and all(w.is_title for w in words) and role_follows(text_of(doc), end):
            return "PER"  # 'Claire Morvan, cheffe du bureau …': a name in apposition to a role
        if (
            len(words) <= 3
            and all(w.is_title for w in words)
            and email_names(text_of(doc), end, words[-1].text)
        ):
            return "PER"  # 'Véronique Loquet vloquet@…': the address that follows spells the surname
        overlapping = [c.label for c in model if c.start < end and start < c.end]
        places = folded_places()
        if len(words) >= 2 and fold(words[-1].text) in folded_countries():
            return "ORG"  # 'Microsoft France', 'Orange Belgique': a body's national branch, not a person
        if "PER" in overlapping and words[0].text not in self.lexicon and fold(words[0].text) not in places:
            return "PER"  # (not 'France Chaleur Urbaine': a name opening with a country is no person)
        # 'Jean', 'Vincent' are dictionary words too: the first-names list says they open a person's name
        first_name = words[0].is_title and (
            not self.lexicon.is_lemma(words[0].text) or words[0].lower_ in vocabulary()["first_names"]
        )
        if first_name and all(
            w.is_upper and len(w) >= 4 and w.text not in self.organisations for w in words[1:]
        ):
            return "PER"  # 'Floriane BEAUDRON': Firstname SURNAME (not 'Forum PHP')
        if surname_first(text_of(doc), end, words, self.organisations):
            return "PER"  # 'DUPONT Marie': SURNAME Firstname, in lists and signatures
        if (
            first_name
            and len(words) <= 3
            and all(w.is_title for w in words)
            and person_cue_before(text_of(doc), start)
        ):
            return "PER"  # '© Jean Dupont', '», ajoute Salomé Brunet': a credit or a quote's attribution
        if self._titled_article(doc, start, words):
            # 'Le Monde', 'La Poste': an article written with a capital mid-sentence belongs to a title;
            # where a place stands ('à La Mongie', 'Ploemeur (Le Fort-Bloqué)', 'Brest – Le Fret'), a
            # hamlet, a district or a beach named with its article
            return "LOC" if place_stands(text_of(doc), start) else "ORG"
        run_words = text_of(doc)[start:end].replace("’", "'").split()
        last_is_place = fold(run_words[-1]) in places or any(
            c.label == "LOC" and c.end == end and c.start > start for c in model
        )
        if len(run_words) >= 3 and run_words[-2].lower() in {"de", "du", "d'"} and last_is_place:
            return (
                "ORG"  # 'Villes de France', 'Eau de Paris': the pattern of associations and public companies
            )
        known_first = words[0].lower_ in vocabulary()["first_names"] and fold(text) not in places
        if (
            ("LOC" not in overlapping or known_first)  # 'Léa Nguyen' the model calls a place
            and first_name
            and words[0].pos_ not in FUNCTION_POS
            and len(words) <= 3
            and all(w.is_title and w.is_alpha for w in words)
            and (words[-1].text not in self.lexicon or words[0].lower_ in vocabulary()["first_names"])
        ):
            # 'Gilles Deleuze': capitalised words that are no dictionary words, as a name is written (or
            # after a known first name: 'Jean Roux')
            return "PER"
        if (
            fold(words[0].text) in places
            and fold(words[0].text) not in folded_countries()
            and words[0].lower_ not in vocabulary()["first_names"]
            and fold(words[-1].text) not in places
        ):
            # 'Besançon Natation', 'Nantes Canoë-Polo', 'Brest Métropole': a town's name then words of its
            # own is a club, a company or an authority of that town ('France Relance' is a programme)
            return "ORG"
        if all(w.text in self.lexicon or fold(w.text) in places for w in words):
            # 'Démarches Simplifiées', 'France Relance': common words capitalised into a name; after 'à',
            # 'au', 'à l'' the place where something happens ('réunis au Carré Magique', 'au Grand Théâtre',
            # 'à l'Arc de Triomphe'), unless an event's word says what it is ('au Grand Prix d'Été')
            return "LOC" if self._place_named_in_words(doc, start, words) else "MISC"
        if TOWN_SHAPE.match(text):
            # a commune's compound the model reads as a body or a thing, and no rule above labelled
            # (the one the model calls a place or leaves unread is taken before the rules above)
            return "LOC"  # 'Chazay-d'Azergues', 'Séverac-le-Haut'
        same = [c.label for c in model if c.start == start and c.end == end]
        if same and same[0] != "LOC":
            return same[0]
        # 'se rendre à Port-Vendres', 'au Pas de Morgins': no head says what the run names, 'à' says where
        return "LOC" if AT_PLACE.search(text_of(doc), max(0, start - 6), start) else "MISC"

    def _place_named_in_words(self, doc: Doc, start: int, words: list) -> bool:
        """Capitalised common words after 'à', 'au' or 'à l'' with no event's word among them, nor an
        acronym ('prépare au CAP Coutellerie': a diploma)."""
        events = vocabulary()["event_heads"] | {w.lower() for w in vocabulary()["misc_tails"]}
        return AT_PLACE.search(text_of(doc), max(0, start - 6), start) is not None and not any(
            w.lower_ in events or w.is_upper for w in words
        )

    def _model_label(self, doc: Doc, start: int, end: int, label: str) -> str:
        """The model's label, corrected by the name's head-word; a one-word 'place' with no place
        cue before it (à, en, dans...), no place shape and no place beside it in a list is more
        often a product ('Tchap'), and a 'person' made of common words only is a thing."""
        text = text_of(doc)[start:end]
        implied = head_label(text)
        if implied:
            return implied
        label = firm_by_ampersand(text, label)
        words = WORD.findall(text)
        if label == "PER" and len(words) >= 2 and fold(words[-1]) in folded_countries():
            return "ORG"  # 'Microsoft France': a body's national branch
        if (
            label == "PER"
            and len(text.split()) == 2
            and "-" in text.split()[1]
            and fold(text.split()[1]) in folded_places()
            and words[0].lower() not in vocabulary()["first_names"]
        ):
            return "ORG"  # 'Atmo Auvergne-Rhône-Alpes': a network's regional branch, no person
        if label == "PER" and (
            all(word in self.lexicon for word in words) or ARTICLE_AFTER_PARTICLE.search(text)
        ):
            # 'Mes Adresses', 'Webconférence de l’État': common words or 'de l’' name a thing, not a person
            return "MISC"
        if (
            label == "LOC"
            and BODY_ACRONYMS.match(text)
            and fold(text) not in folded_places()
            and not any(part in self.lexicon for part in re.split(r"[-/]", text))
        ):
            # 'CFE-CGC', 'FNSEA': capitals that are no known place are a body's acronym (not a common word
            # in capitals: 'TOUR' in 'DE LA TOUR Anne')
            return "ORG"
        if (
            label == "MISC"
            and BODY_ACRONYMS.match(text)
            and len(text) >= 3
            and text not in self.lexicon
            and ARTICLE_BEFORE.search(text_of(doc), max(0, start - 6), start)
        ):
            # 'avec l'APEC et l'ANEFA', 'signée avec le CNIEL': an acronym the text puts an article before is
            # most often a body (110 of 140 in the tune and read gold); a product's is seldom written so
            return "ORG"
        if label == "LOC" and " " not in text and "-" not in text:
            before = text_of(doc)[max(0, start - 12) : start].split()
            if (
                not before
                or before[-1].lower().replace("’", "'").split("'")[-1]
                not in vocabulary()["place_prepositions"]
            ) and not listed_place(text_of(doc), start, end):
                known = (
                    fold(text) in folded_places()
                    and text not in self.lexicon
                    and text.lower() not in vocabulary()["first_names"]
                )
                # 'Après Montélimar en 2023': a place the gazetteer knows, that no common word or first name
                # spells, stays a place without a preposition before it ('Tchap', 'Albert' do not)
                return "LOC" if known else "MISC"
        return label
