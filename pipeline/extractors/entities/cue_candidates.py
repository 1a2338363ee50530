"""Candidates a cue in the text finds, beside the gazetteer's and the model's: a press service named
after a person, initials before a surname, an organisation after a role held in it ('chef du
Datalab'), a service 'of the State', roads, known places in capitals, wrapped or inside a hyphenated
compound. Kept apart from candidates.py, which gathers every source's candidates and trims them.
Mixed into EntityResolver."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.positions import opening, opens_no_name, wrapped_end
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.titled_names import is_civility, role_titles
from pipeline.extractors.entities.vocabulary import (
    HYPHEN_COMPOUND,
    HYPHEN_WRAP,
    OF_THE_STATE,
    fold,
    folded_places,
    vocabulary,
)
from pipeline.extractors.extensions import text_of

PRESS_SERVICE_OF = re.compile(
    r"(?:service|bureau|relations?)\s+(?:de\s+)?(?:presse|communication)\s+(?:de|d['’])\s*(?=[A-ZÉÈ])",
    re.IGNORECASE,
)
"""'Service presse de ', 'Bureau de presse de ', before a capitalised name."""

INITIALLED_NAME = re.compile(
    r"(?<![\w.'’-])(?P<initials>[A-ZÉ]\.(?:-?[A-ZÉ]\.)?)[ \t]?"
    r"(?P<surname>[A-ZÉÈ][a-zà-ÿ]+(?:-[A-ZÉÈ][a-zà-ÿ]+)*|[A-ZÉÈ]{2,}(?:-[A-ZÉÈ]{2,})*)(?![\w'’-])"
)
"""'J.-P. Martin', 'A. Durand', 'J.P. LEROY': one or two initials, then a surname."""


CAPITALISED_PLACE = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý]{4,}(?:-[A-ZÀ-Ý]+)*(?![\w'’-])")
"""A word in capitals, hyphenated or not: 'LILLE', 'SAINT-OMER'."""


class CueCandidates:
    """Candidates found by a cue in the text. Mixed into EntityResolver."""

    def _press_service_person(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """'Service presse de Valérie Martin': a press service named after a person is that person's
        office, not a body; the entity is the person (a body's service, 'Service presse de la Ville de
        Lyon', stays an organisation, as does a cabinet)."""
        match = PRESS_SERVICE_OF.match(text, start, end)
        if match is None:
            return None
        name = text[match.end() : end].strip()
        words = name.split()
        if (
            len(words) < 2
            or "\n" in name
            or head_label(name)
            or fold(name) in folded_places()
            or not all(w[:1].isupper() or w.lower() in vocabulary()["particles"] for w in words)
            or (words[0] in self.lexicon and words[0].lower() not in vocabulary()["first_names"])
        ):
            return None
        return match.end(), match.end() + len(name)

    def _initialled_persons(self, doc: Doc) -> list[Candidate]:
        """'J.-P. Martin', 'A. Durand', 'M.-C. LEROUX': initials before a capitalised surname name a person
        (not 'M. Durand', a civility; not a place, a body or a common word after one initial: 'catégorie
        A. Les')."""
        found = []
        for match in INITIALLED_NAME.finditer(text_of(doc)):
            initials, surname = match["initials"], match["surname"]
            if (
                is_civility(initials.strip())
                or fold(surname) in folded_places()
                or head_label(f"{surname} X")
                or surname in self.organisations
                or (
                    initials.count(".") == 1
                    and surname in self.lexicon
                    and surname.lower() not in vocabulary()["first_names"]
                )
            ):
                continue
            found.append(Candidate(match.start(), match.end(), "PER", "pattern", "entity.initialled_person"))
        return found

    def _employers(self, doc: Doc) -> list[Candidate]:
        """'Ulrich Tan, chef du Datalab': one capitalised word after a role held in an organisation
        and 'de' is that organisation, unless it is a dictionary word (a field: 'directeur de
        Recherche') or a place ('président de Bretagne')."""
        found = []
        for match in vocabulary()["employer"].finditer(text_of(doc)):
            name = match["name"]
            if (
                name.isupper()
                or name in self.lexicon
                or fold(name) in folded_places()
                or fold(name) in vocabulary()["rejected"]
            ):
                # (an acronym is found by the gazetteer or its definition: 'directeur de l'IA' names a field)
                continue
            found.append(
                Candidate(match.start("name"), match.end("name"), "ORG", "pattern", "entity.employer")
            )
        return found

    def _state_services(self, doc: Doc) -> list[Candidate]:
        """'pour le Webinaire de l'État', '- Audioconférence de l’État comptant …': a capitalised word
        'of the State' (not a role, not a common word capitalised by opening a sentence) is a named
        service, labelled by its head-word ('Conseil de l'État') or else a named thing."""
        found = []
        for match in OF_THE_STATE.finditer(text_of(doc)):
            first = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            word = match.group().split(" ", 1)[0]
            roles = role_titles() | vocabulary()["employer_roles"]
            if (
                first is None
                or not word[1:].replace("-", "").islower()
                or word.lower() in roles
                or word.lower() in vocabulary()["not_name_words"]
            ):
                continue
            if opening(doc, first[0]) and (word in self.lexicon or opens_no_name(first[0], self.lexicon)):
                continue
            label = head_label(match.group()) or "MISC"
            found.append(Candidate(match.start(), match.end(), label, "pattern", "entity.state_service"))
        return found

    def _wrapped_places(self, doc: Doc) -> list[Candidate]:
        """Roads written as one word ('RN20', 'l'A10'); 'Seine-et-\nMarne': a place name cut at a hyphen by
        a line wrap; 'New-York' in 'Paris-New-York';
        a known place in capitals ('- LILLE : CPAM de Lille', 'À GRAVELINES'), which the gazetteer, matching
        the case, misses: four letters or more, no dictionary word ('NORD', 'MER') nor a body's acronym."""
        places = folded_places()
        found = [  # 'la RN20', 'l'A10': a road's number glued to its kind
            Candidate(m.start(), m.end(), "LOC", "pattern", "entity.road")
            for m in vocabulary()["road"].finditer(text_of(doc))
        ]
        for match in CAPITALISED_PLACE.finditer(text_of(doc)):
            word = match.group()
            common = self.lexicon.is_lemma(word) or word + "S" in self.lexicon  # 'LIGNE': 'lignes' is listed
            if fold(word) in places and not common and word not in self.organisations:
                found.append(
                    Candidate(match.start(), match.end(), "LOC", "pattern", "entity.place_in_capitals")
                )
        for match in HYPHEN_WRAP.finditer(text_of(doc)):
            # 'Provence-Alpes-\nCôte d'Azur': the place may go on with words after the compound
            end = wrapped_end(text_of(doc), match.start(), match.end("head") - 1, "LOC")
            if end >= match.end() and fold(text_of(doc)[match.start() : end]) in places:
                found.append(Candidate(match.start(), end, "LOC", "gazetteer", "gazetteer.wrapped_place"))
        for match in HYPHEN_COMPOUND.finditer(text_of(doc)):
            # 'vol Paris-New-York': the tokenizer splits the compound, so 'New-York' is no gazetteer match;
            # a hyphenated place at either end of a compound that is no place itself is one
            parts = match.group().split("-")
            if fold(match.group()) in places:
                continue
            for size in range(len(parts) - 1, 1, -1):
                head, tail = "-".join(parts[:size]), "-".join(parts[-size:])
                if fold(head) in places:
                    found.append(
                        Candidate(
                            match.start(),
                            match.start() + len(head),
                            "LOC",
                            "gazetteer",
                            "gazetteer.hyphenated_place",
                        )
                    )
                if fold(tail) in places and tail[:1].isupper():
                    found.append(
                        Candidate(
                            match.end() - len(tail),
                            match.end(),
                            "LOC",
                            "gazetteer",
                            "gazetteer.hyphenated_place",
                        )
                    )
        return found
