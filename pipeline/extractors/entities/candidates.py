"""Candidates from the gazetteer, the model, the issuer and the cue rules, gathered and trimmed (a
name's bounds, a gazetteer's place compound, a model span's opening words). The candidates a cue in
the text finds (initialled persons, employers, the State's services, roads and places in capitals)
are in cue_candidates.py."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extractors.entities.bodies import adjectival_bodies, lone_authorities
from pipeline.extractors.entities.boundaries import (
    coordinated_tail_end,
    legal_title_end,
    noun_bridge_end,
    verb_tail_end,
)
from pipeline.extractors.entities.branches import acronym_seat_end, branch_end, place_starts
from pipeline.extractors.entities.letterhead_names import letterhead_names
from pipeline.extractors.entities.person_aliases import plural_civility_persons
from pipeline.extractors.entities.positions import cell_gap, glued_start, opening, wrapped_end
from pipeline.extractors.entities.span_text import clean_bounds, sentence_end
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.titled_names import (
    after_civility,
    civility_at,
    common_words_only,
    elided_surname_end,
    name_after_title,
    portfolio_word,
)
from pipeline.extractors.entities.vocabulary import fold, folded_places, folded_subdivisions, vocabulary
from pipeline.extractors.extensions import glued_hyphen, text_of
from pipeline.extractors.gazetteers import (
    BARE_ID,
    TITLED_ID,
    TOWN_ID,
    UNIT_ID,
    VENUE_ID,
    extend_structure,
    named_parent_follows,
    portfolio_end,
)

SPACED_DASH = re.compile(r"\s[–—-]\s")
"""A dash between spaces separates two things ('Dijon – Beaune', 'Ferrandon – Relations presse'), a
hyphen joins one name ('Saint-Omer')."""
NAME_END_MARKS = {"'", "’", "+"}
"""A listed name may end with an apostrophe or a plus sign ('France Rénov'', 'Erasmus+'): a trade name's
elision or mark, not a quotation mark or an operator."""


PLACE_COMPOUND = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
"""A word and the words hyphens glue to it ('Lyon-Part-Dieu', 'Bazancourt-Pomacle')."""

TOWN_ARTICLES = {"Le", "La", "Les"}
"""Articles that open a commune's name as the towns list writes it."""

COMPOUND_LINKS = {"sur", "sous", "en", "lès", "lez", "le", "la", "les", "de", "du", "des", "et", "aux"}
"""Lower-case words a place's compound holds between its capitalised ones ('Saint-Jean-de-Luz')."""


def place_compound(text: str, start: int, end: int) -> tuple[int, int]:
    """'Paris' of 'Paris-Bercy', 'Pomacle' of 'Bazancourt-Pomacle', 'Londres' of 'Londres-Southend': a
    known place glued by hyphens to capitalised words is the first or last part of a longer place's name
    (a station, an airport, a compass part), which the gazetteer does not hold: the name is the whole
    compound, even when the other part is a place of its own ('Caen-Carpiquet', 'Lyon-Turin'). Not when
    a lower-case word ends it ('France-ioi', read elsewhere), nor when a route's noun before two places
    makes them its two ends ('dans le sens Vannes-Lorient'), nor when the last part is a département
    ('Versailles-Yvelines': a seat and its département)."""
    left = start
    while left > 0 and (text[left - 1] == "-" or text[left - 1].isalnum()):
        left -= 1  # not over an apostrophe: "l'Aisne" is the place 'Aisne' after its article
    match = PLACE_COMPOUND.match(text, left)
    if match is None or match.end() < end or (left, match.end()) == (start, end):
        return start, end
    parts = match.group().split("-")
    if not (parts[0][:1].isupper() and parts[-1][:1].isupper()):
        return start, end
    if not all(part[:1].isupper() or part in COMPOUND_LINKS for part in parts):
        return start, end
    others = [text[left : start - 1], text[end + 1 : match.end()]]
    if any(other and fold(other) in folded_places() for other in others) and (
        route_before(text, left) or fold(others[1] or text[start:end]) in folded_subdivisions()
    ):
        # 'la liaison Vannes-Lorient': two places, a route's ends; 'CCI Versailles-Yvelines': a seat, then
        # its département
        return start, end
    return left, match.end()


CLAUSE_BREAK = re.compile(r"[\n,.;:!?()«»\"]")
"""What separates a compound from the words of another phrase before it."""

ROUTE_WORDS = 3
"""How many words before a compound may name its route ('la ligne de car Rennes-Lorient')."""


def route_before(text: str, start: int) -> bool:
    """'dans le sens Vannes-Lorient', 'la ligne de car Rennes-Brest': a route's noun (`route_nouns`)
    among the few words before the compound opening at `start`, in the same phrase; its places are
    the route's two ends, not one name."""
    before = CLAUSE_BREAK.split(text[max(0, start - 40) : start])[-1]
    words = re.findall(r"[^\W\d_]+", before)[-ROUTE_WORDS:]
    return any(word.lower() in vocabulary()["route_nouns"] for word in words)


def compound_from(doc: Doc, i: int) -> str:
    """The words glued by hyphens from token i on: 'Val-de-Reuil' from 'Val'."""
    j = i
    while j + 2 < len(doc) and glued_hyphen(doc, j + 1):
        j += 2
    return doc[i : j + 1].text


class CandidateRules:
    """Candidates from the gazetteer, the model, the issuer and the cue rules. Mixed into EntityResolver."""

    def _candidates(self, doc: Doc, metadata: dict, phrases: set[tuple[int, ...]]) -> list[Candidate]:
        found: list[Candidate] = []
        issuer = metadata.get("evidence", {}).get("issuer")
        person = issuer and self._press_service_person(text_of(doc), issuer["start"], issuer["end"])
        if person:
            found.append(Candidate(*person, "PER", "issuer", "entity.press_service_person"))
        elif issuer:  # one mention per body of a letterhead block (joint issuers, an acronym's line)
            for start, end, label in letterhead_names(
                text_of(doc), issuer["start"], issuer["end"], self.lexicon
            ):
                found.append(Candidate(start, end, label, "issuer", "entity.issuer"))
        place = metadata.get("evidence", {}).get("place")
        if place:  # the dateline's place ('Nîmes, le 19 juillet 2021') is a place
            found.append(Candidate(place["start"], place["end"], "LOC", "issuer", "entity.dateline_place"))
        places = place_starts(doc, list(doc.spans.get(self.gazetteer_key, [])))
        body_starts = frozenset(
            s.start for s in doc.spans.get(self.gazetteer_key, []) if s.label_ == "ORG" and s.id_ != TOWN_ID
        )
        known_bodies = frozenset(
            (s.start_char, s.end_char)
            for s in doc.spans.get(self.gazetteer_key, [])
            if s.label_ == "ORG" and s.id_ != TOWN_ID
        )  # 'Croix-Rouge': a compound of two towns' names that is a known body's name is no place
        for span in doc.spans.get(self.gazetteer_key, []):
            last = (
                doc[extend_structure(doc, span.end, span.id_, self._titled_adjective) - 1]
                if span.id_.startswith("pattern_named_")
                else span[-1]
            )
            if span.id_.startswith("pattern_named_"):
                end = last.i + 1
                if span.label_ == "ORG":
                    end = coordinated_tail_end(
                        doc, span.start, noun_bridge_end(doc, end, self.lexicon), body_starts
                    )
                last = doc[verb_tail_end(doc, span.start, end, self.lexicon) - 1]
                last = doc[portfolio_end(doc, span.start, last.i + 1) - 1]  # 'Département chargé des …'
            branch = span.label_ == "ORG" and (span.id_.startswith("pattern_named_") or span.text.isupper())
            if branch and (end := branch_end(doc, last.i + 1, places)) > last.i + 1:
                last = doc[end - 1]  # 'ARS Occitanie', 'Agence régionale de santé Occitanie'
            elif (
                span.label_ == "ORG"
                and (span.text.isupper() or (not span.id_.startswith("pattern_") and " " in span.text))
                and (end := acronym_seat_end(doc, last.i + 1)) > last.i + 1
            ):
                # 'CPAM de la Haute-Garonne'; a known body's branch: 'Protection civile de la Haute-Vienne'
                last, branch = doc[end - 1], True
            else:
                branch = False
            if (
                span.label_ == "ORG"
                and span.id_.startswith("pattern_named_")
                and glued_hyphen(doc, span.start - 1)
            ):
                continue  # 'gare de Reims-Centre au quartier': a head-word glued in a compound heads nothing
            if span.id_ == UNIT_ID and not named_parent_follows(doc, last.i + 1):
                continue  # 'la direction de projet': a lower-case unit is named only as a ministry's
            if (
                span.id_ == VENUE_ID
                and span.start > 0
                and doc[span.start - 1].lower_ in vocabulary()["appositive_heads"]
            ):
                continue  # 'lycée Parc de Vilgénis': the appositive names the school, not a park
            while (
                span.label_ == "LOC"
                and span.id_.startswith("pattern_")
                and last.i + 2 < len(doc)
                and glued_hyphen(doc, last.i + 1)
                and doc[last.i + 2].is_title
                and (
                    fold(rest := compound_from(doc, last.i + 2)) not in folded_places()
                    or rest in self.lexicon
                    or not route_before(text_of(doc), last.idx)
                )
            ):
                # 'gare de Dijon-Ville', 'aéroport de Caen-Carpiquet': a place's name does not stop inside
                # a compound (but a route's noun makes two places its ends: 'la liaison Rennes-Brest')
                last = doc[last.i + 2]
            if span.id_ == TITLED_ID and opening(doc, span[0]):
                continue  # 'Programme complet' opening a line: a heading, capitalised by its position
            if span.id_ == BARE_ID and not (
                self.lexicon.is_noun(span[-1].text) and (span.end == len(doc) or doc[span.end].pos_ != "DET")
            ):
                continue  # 'plan national prévoit des aides': a verb the tagger took for the bare noun
            part = (
                span.label_ == "LOC"
                and last.i + 1 < len(doc)
                and doc[last.i + 1].lower_ in vocabulary()["region_adjectives"]
                and doc[last.i + 1].is_lower
            )
            if part:
                last = doc[last.i + 1]  # 'Afrique francophone', 'Europe centrale': a part of the place
            start, end = clean_bounds(text_of(doc), span.start_char, last.idx + len(last))
            if (
                span.id_ == TOWN_ID
                and start > span.start_char
                and span[0].text in TOWN_ARTICLES
                and span[1].text not in self.lexicon
            ):
                # 'Les Mées', 'Le Vernet': the article is part of the commune's name (but 'La Chambre
                # d'agriculture' opening a line is no town: the common word is checked alone)
                start = span.start_char
            if end < last.idx + len(last) and set(text_of(doc)[end : last.idx + len(last)]) <= NAME_END_MARKS:
                end = last.idx + len(last)  # 'MaPrimeRénov'', 'FSE+': the listed name ends with its mark
            source = "pattern" if span.id_.startswith("pattern_") else "gazetteer"
            compound = (
                source == "gazetteer" and span.label_ == "LOC" and place_compound(text_of(doc), start, end)
            )
            if compound and compound != (start, end) and compound not in known_bodies:
                start, end = compound  # not the gazetteer's place itself: no key below
            else:
                compound = False
            authority = text_of(doc)[start:end].split(" ", 1)[0] in vocabulary()["capitalised_org_heads"]
            label = (
                "ORG" if span.label_ == "LOC" and authority else span.label_
            )  # 'Métropole de Lyon' is an authority
            # the forms a gazetteer entry lists under one id ('DINUM', 'direction interministérielle du
            # numérique') are one thing
            key = (
                span.id_
                if source == "gazetteer"
                and span.id_
                and span.id_ != TOWN_ID
                and not (part or branch or compound)
                else None
            )  # a branch ('ARS Bretagne') is not the gazetteer's whole body
            found.append(
                Candidate(start, end, label, source, f"{source}.{span.id_ or span.label_.lower()}", key)
            )
        for span in doc.ents:
            start, end = clean_bounds(text_of(doc), span.start_char, span.end_char)
            if "\n" in text_of(doc)[start:end]:
                end = start + text_of(doc)[start:end].index("\n")
                start, end = clean_bounds(text_of(doc), start, end)
            if (cut := sentence_end(text_of(doc), start, end)) < end:
                start, end = clean_bounds(text_of(doc), start, cut)
            if (colon := text_of(doc).find(": ", start, end)) > start:
                start, end = clean_bounds(text_of(doc), start, colon)  # 'Cœur 2024 : Bougez': a kicker's end
            if dash := SPACED_DASH.search(text_of(doc), start, end):
                start, end = clean_bounds(text_of(doc), start, dash.start())  # 'Dijon – Beaune': two things
            start = after_civility(text_of(doc), self._skip_opening_words(doc, start, end), end)
            if start < end:
                label = self._model_label(doc, start, end, span.label_)
                found.append(Candidate(start, end, label, "model", f"ner.{span.label_.lower()}"))
        appositives = self._appositives(doc)
        found += appositives
        found += self._named_runs(doc, [c for c in found if c.source == "model"], phrases, appositives)
        found += self._wrapped_places(doc)
        found += adjectival_bodies(doc, self.lexicon, self._titled_adjective) + lone_authorities(doc)
        found += self._state_services(doc)
        found += self._employers(doc)
        for match in vocabulary()["law"].finditer(text_of(doc)):
            end = legal_title_end(doc, match.start(), match.end())
            found.append(
                Candidate(
                    *clean_bounds(text_of(doc), match.start(), end), "MISC", "pattern", "entity.legal_text"
                )
            )
        civil: dict[int, bool] = {}  # title end -> whether a civility ('M.', 'Mme', 'Dr') ends there
        for _, first, end in self.title_matcher(doc):
            civil[end] = civil.get(end, False) or civility_at(doc, first, end)
        for start in sorted(civil):
            name = name_after_title(doc, start, civil[start])
            if not civil[start] and (
                common_words_only(name, self.lexicon) or portfolio_word(name, self.lexicon)
            ):
                # 'Responsable Grands Comptes', 'directrice Innovation de Brixol': the role's words, no person
                continue
            if len(name) >= 2 or (len(name) == 1 and len(name[0]) > 2 and not name[0].is_upper):
                rule = "entity.person_after_civility" if civil[start] else "entity.person_after_title"
                found.append(Candidate(name.start_char, name.end_char, "PER", "title_person", rule))
        found += self._initialled_persons(doc) + plural_civility_persons(text_of(doc))
        for candidate in found:
            candidate.end = elided_surname_end(text_of(doc), candidate.start, candidate.end)
            if (end := wrapped_end(text_of(doc), candidate.start, candidate.end, candidate.label)) > (
                candidate.end
            ):
                candidate.end, candidate.key = end, None  # 'Département de la Charente-\nMaritime'
            if (start := glued_start(text_of(doc), candidate.start)) < candidate.start and not (
                candidate.label == "LOC"
                and fold(re.split(r"[-'’]", text_of(doc)[start : candidate.start])[0]) in folded_places()
                and (route_before(text_of(doc), start) or (start, candidate.end) in known_bodies)
            ):
                # 'collège Lucie-Aubrac', 'Paris-Bercy': the compound is the name, not the known place
                # inside it (but a route's two ends stay two: 'la liaison Vannes-Lorient'; 'Croix-Rouge'
                # is a known body)
                candidate.start, candidate.key = start, None
            if (gap := cell_gap(doc, candidate.start, candidate.end)) is not None:
                candidate.end = gap  # 'Chablais      Vigilance': a name ends with its table cell
        if person:  # the press service's words name no body of their own
            found = [
                c
                for c in found
                if c.rule == "entity.press_service_person"
                or not (c.start < person[1] and issuer["start"] < c.end)
            ]
        return found

    def _titled_adjective(self, word: str) -> bool:
        """'Nationale', 'Publiques': an adjective of the dictionary, not a place ('France') nor a first
        name, which a name in title case capitalises."""
        return (
            self.lexicon.is_adjective(word)
            and fold(word) not in folded_places()
            and word.lower() not in vocabulary()["first_names"]
        )

    def _skip_opening_words(self, doc: Doc, start: int, end: int) -> int:
        """'Lancement de Tchap', 'Découvrez Tchap': a common word opening the sentence or line, and
        the articles or 'de' after it, are not part of the model's name."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 2:
            return start
        first = span[0]
        if first.is_upper or not opening(doc, first) or first.text not in self.lexicon:
            return start
        rest = [
            t
            for t in span[1:]
            if t.lower_ not in vocabulary()["connectors"] and t.lower_ not in vocabulary()["articles"]
        ]
        if not rest or not rest[0].text[:1].isupper():
            return start
        return rest[0].idx
