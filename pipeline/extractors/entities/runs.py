"""Runs of capitalised words the model missed or cut, with their label. Where a run's name ends or its
seat begins (a brand's town, an event's topic, a product's words) is decided in run_edges.py."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extractors.entities.boundaries import EVENT_YEAR, NAME_NUMBER
from pipeline.extractors.entities.branches import branch_end
from pipeline.extractors.entities.capitals import after_possessive
from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.persons import (
    capitalised_particle,
    first_name_follows,
    signature_in_capitals,
    surname_after_particle,
    surname_first,
    surname_first_shaped,
)
from pipeline.extractors.entities.positions import (
    MAX_PHRASE,
    cell_gap,
    line_initial,
    opening,
    opens_no_name,
    wrap_break,
    wrapped,
)
from pipeline.extractors.entities.run_edges import SEAT_PREPOSITIONS, acronym_seat_article
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.titled_names import (
    breton_ch,
    common_words_only,
    compound_first_name,
    first_name_opens,
    is_civility,
    role_follows,
    role_titles,
    surname_and_role_follow,
    surname_follows,
)
from pipeline.extractors.entities.vocabulary import CAMEL_CASE, NAME_WORD, fold, folded_places, vocabulary
from pipeline.extractors.extensions import text_of
from pipeline.extractors.gazetteers import BODY_ID, body_heads, extend_structure


class CapitalisedRuns:
    """Runs of capitalised words the model missed or cut, with their label. Mixed into EntityResolver."""

    def _named_runs(
        self,
        doc: Doc,
        model: list[Candidate],
        lower_phrases: set[tuple[int, ...]],
        appositives: list[Candidate],
    ) -> list[Candidate]:
        """Capitalised words in a row inside a line ('France Chaleur Urbaine', 'Mes Adresses',
        'Cyril PIERRE de GEYER') and CamelCase words ('AgentConnect') are one name. A common word
        opening a sentence or a line, titles and months are not part of it. Labelled by head-word,
        then by the model's span there, then by shape (Firstname SURNAME is a person), else MISC.
        Runs the appositive rule has already read and labelled are left to it."""
        vocab = vocabulary()
        found: list[Candidate] = []
        run: list = []

        decided: dict[int, bool] = {}  # token index -> name_word, asked several times per token
        joined: set[int] = set()  # indexes of the 'et' or the seat's article a name goes on over
        bodies = {s.start for s in doc.spans.get(self.gazetteer_key, []) if s.label_ == "ORG"}

        def name_word(token) -> bool:
            if token.i not in decided:
                decided[token.i] = is_name_word(token)
            return decided[token.i]

        def is_name_word(token) -> bool:
            text = token.text[1:] if token.text[:1] == "-" else token.text  # 'Lamarche', '-Vadel'
            if breton_ch(doc, token):
                text += "h"  # 'Le Floc'h': the tokenizer splits the trigraph's 'h' off the name
            if not text[:1].isupper():
                return False  # most tokens: every test below needs a capital first, so decide it first
            if (
                token.is_upper
                and (token.lower_ in vocab["stop_words"] or token.lower_ in vocab["articles"])
                and not capitalised_particle(token)
            ):
                return False  # 'ET', 'LES' in an all-caps line
            if is_civility(token.text):
                return False  # 'Dr Hélène Martin', 'Mgr Ginoux': the civility is no word of the name
            if (
                not NAME_WORD.match(text)
                or token.like_num
                or (token.lower_ in vocab["not_name_words"] and not surname_after_particle(token))
                or (token.lower_ in vocab["connectors"] and not capitalised_particle(token))
            ):
                return False
            if (
                opening(doc, token)
                and not surname_and_role_follow(doc, token)
                and not first_name_opens(doc, token)
                and not first_name_follows(token)
                and not capitalised_particle(token)
                and not heads_a_name(token)
                and (
                    opens_no_name(token, self.lexicon)
                    or (text in self.lexicon and not surname_follows(token))
                )
            ):
                return False
            return token.is_title or token.is_upper or CAMEL_CASE.match(text) is not None or "-" in text

        def heads_a_name(token) -> bool:
            """'Agence Mots & Champs', 'Festival Lumen 2026' opening a line: a body's or an event's head-word
            before a capitalised word is part of the name."""
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return (
                (token.text in body_heads() or (token.is_title and token.lower_ in vocab["event_heads"]))
                and following is not None
                and (following.is_title or following.is_upper)
                and following.is_alpha
            )

        def wrapped_head(token) -> bool:
            """'la Région\nBourgogne-Franche-Comté', "l'Université\nJean Monnet": a body's capitalised
            head-word cannot end a wrapped line's name; the dictionary word opening the next line is the
            name's, not a sentence's (a sentence would open after a full stop)."""
            return token.text in body_heads() or token.text in vocab["capitalised_org_heads"]

        def pairs_one_word(token) -> bool:
            """'Schleicher & Lange': a pair connector joins one more name word, then the name ends."""
            following = doc[token.i + 1 : token.i + 3]
            return (
                token.text in vocab["pair_connectors"]
                and len(following) >= 1
                and name_word(following[0])
                and not (
                    len(following) == 2
                    and (name_word(following[1]) or following[1].lower_ in vocab["connectors"])
                )
            )

        def titled_et_closes(token) -> bool:
            """'Tournoi Français des Jeunes Mathématiciennes et Mathématiciens', 'Arts et Métiers': in a
            title-case name with a connector, 'et' joins one last capitalised common word (not a surname:
            'Jean Roux et Léa Petit' are two names)."""
            following = doc[token.i + 1 : token.i + 3]
            return (
                token.lower_ == "et"
                and sum(1 for t in run if name_word(t)) >= 3
                and any(t.lower_ in vocab["connectors"] for t in run)
                and len(following) >= 1
                and name_word(following[0])
                and following[0].is_title
                and following[0].text in self.lexicon
                and not (
                    len(following) == 2
                    and (name_word(following[1]) or following[1].lower_ in vocab["connectors"])
                )
            )

        def titled_pronoun_follows(token) -> bool:
            """'Mobile Connect et Moi': a pronoun capitalised inside a sentence belongs to a title."""
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return (
                token.lower_ == "et"
                and following is not None
                and following.is_title
                and following.lower_ in vocab["pronouns"]
            )

        def close() -> None:
            if not run:
                return
            while run and not name_word(run[-1]):
                run.pop()
            while (
                len(run) > 2
                and fold(run[0].text) in vocab["rejected"]
                and run[1].lower_ in vocab["connectors"]
            ):
                del run[:2]  # 'SI d’Orange Business Services': a rejected word 'of' a name is no part of it
            if (
                len(run) >= 2
                and run[0].lower_ == "propos"
                and run[0].i > 0
                and doc[run[0].i - 1].lower_ in {"à", "a"}
            ):
                del run[:2]  # 'À PROPOS DE LEGRAND': the heading's words, then the name
            while len(run) > 2 and run[0].lower_ in role_titles() and run[1].lower_ in vocab["connectors"]:
                del run[:2]  # 'Pdt de Pôle Sud', 'Directrice de Terre Vive': the role is not the body's name
            if len(run) > 2 and run[0].text in vocab["kind_nouns"] and self._own_name_opens(run[1]):
                del run[
                    :1
                ]  # 'Association Les Amis du Manège': the kind noun, then the association's own name
            # 'API d'Orange Business Services': a known organisation after a connector is a name of its own
            cut = next(
                (
                    k
                    for k in range(1, len(run) - 1)
                    if run[k].lower_ in vocab["connectors"] and run[k + 1].i in bodies
                ),
                len(run),
            )
            del run[cut:]
            # 'AOC Lirac', 'Chasselas de Moissac AOP': the protected name, without its sign, is a thing
            appellation = len(run) >= 2 and bool({run[0].text, run[-1].text} & vocab["quality_marks"])
            if appellation:
                del run[0 if run[0].text in vocab["quality_marks"] else -1]
            nationality = len(run) >= 3 and self._nationality_before_person(doc, run)
            if nationality:
                del run[:1]  # 'la Sénégalaise Awa Ndiaye': a nationality is no part of the person's name
            seat = None if appellation else self._brand_before_seat(doc, run)
            seated = seat is not None
            if seat is not None:
                # 'Drivalis de Montélimar': the brand is the name, the town a place of its own
                found.append(Candidate(seat[0], seat[1], "LOC", "pattern", "entity.capitalised_run"))
                del run[next(i for i, t in enumerate(run) if t.lower_ in SEAT_PREPOSITIONS) :]
            while run and not name_word(run[-1]):
                run.pop()
            words = [t for t in run if name_word(t)]
            if len(words) >= 2 or (
                len(words) == 1 and (seated or appellation or CAMEL_CASE.match(words[0].text))
            ):
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                if appellation:
                    start = self._product_before(doc, run[0].i)  # 'lentilles vertes du Puy AOP'
                described = (
                    len(run) == 2
                    and self._titled_article(doc, start, words)
                    and text_of(doc)[start:end] not in self.organisations
                )
                if described and (last := self._adjectives_after(doc, run[-1].i + 1)) > run[-1].i + 1:
                    end = doc[last - 1].idx + len(
                        doc[last - 1].text
                    )  # 'La Suite numérique': a titled name goes on with its adjectives
                if run[0].text in body_heads() and "\n" in text_of(doc)[start:end]:
                    # 'Ministère des\nSolidarités et de la Santé': a body's name wrapped over a line, which
                    # the token patterns cannot read, goes on with the body's other complements
                    last = branch_end(
                        doc, extend_structure(doc, run[-1].i + 1, BODY_ID, self._titled_adjective)
                    )
                    end = max(end, doc[last - 1].idx + len(doc[last - 1].text))
                diploma = words[0].lower_ in vocab["diploma_heads"]
                if (words[0].lower_ in vocab["event_heads"] or diploma) and (
                    topic := self._topic_after_title(doc, run, words, articled=diploma)
                ):
                    end = topic  # 'Défi Ponts de papier': a title-case common word goes on with its topic
                if (
                    words[0].lower_ in vocab["event_heads"] or head_label(text_of(doc)[start:end]) == "MISC"
                ) and (year := EVENT_YEAR.match(text_of(doc), end)):
                    end = (
                        year.end()
                    )  # 'Salon Terres Connectées 2025', 'Plan Vélo 2030': the year is the name's
                elif (number := NAME_NUMBER.match(text_of(doc), end)) and fold(
                    text_of(doc)[start:end]
                ) not in folded_places():
                    end = number.end("number")  # 'SAMU Centre 15', 'Ligue 1': a number closing the name
                # an all-caps line, or all-caps words some of which are dictionary words, is a heading
                heading = (
                    all(t.is_upper for t in words)
                    and (
                        line_initial(doc, start)
                        and text_of(doc).find("\n", end) in (end, -1)
                        or any(self.lexicon.is_lemma(t.text) or t.text in self.lexicon for t in words)
                    )
                    and not signature_in_capitals(doc, start, end, self.lexicon)
                )
                # 'République Emmanuel Macron': words before a person's name are a title, not the name
                # (but a first name is part of it: 'Vincent' before the model's 'Vignolle')
                inner_person = (
                    any(c.label == "PER" and start < c.start < end for c in model)
                    # "l'Université\nPaul Sabatier": the model reads the eponym on the next line as a person
                    and not (
                        wrapped_head(run[0]) and run[1].i == run[0].i + 2 and wrap_break(doc, run[0].i + 1)
                    )
                    and not role_follows(text_of(doc), end)
                    and not first_name_opens(doc, run[0])
                    and not surname_first(text_of(doc), end, words, self.organisations)
                    and not surname_first_shaped([t.text for t in words])
                )
                # 'Sommet du G7': a common word 'of' a known organisation is that organisation's thing, not a
                # name
                of_known = (
                    len(words) >= 2
                    and all(w.text in self.lexicon for w in words[:-1])
                    and words[-1].text in self.organisations
                )
                # 'Intelligence Artificielle' in a headline, written 'intelligence artificielle' in the text:
                # a phrase
                phrase = (
                    not self._titled_article(doc, start, words)
                    and len(run) <= MAX_PHRASE
                    and tuple(t.lower for t in run) in lower_phrases
                    and all(t.text in self.lexicon for t in words)
                )
                # 'collège Jules Verne de Villebon-sur-Yvette': the appositive rule read these words already
                read = any(a.start <= start < a.end for a in appositives) and any(
                    a.start < end <= a.end for a in appositives
                )
                # 'Responsable Grands Comptes', 'Directrice Commerciale': a role in title case names nobody
                role = words[0].lower_ in role_titles() | vocab["employer_roles"] and common_words_only(
                    words, self.lexicon
                )
                role = role or after_possessive(doc, run[0].i, self.lexicon)  # 'notre Offre Découverte'
                if not heading and not inner_person and not of_known and not phrase and not read and not role:
                    label = (
                        "ORG"
                        if seated
                        else "PER"
                        if nationality
                        else "MISC"
                        if appellation
                        else self._run_label(doc, start, end, words, model)
                    )
                    if (
                        described
                        and end > run[-1].idx + len(run[-1].text)
                        and not head_label(text_of(doc)[start:end])
                    ):
                        label = "MISC"  # 'La Suite numérique': common words in sentence case name a thing
                    rule = "entity.appellation" if appellation else "entity.capitalised_run"
                    found.append(Candidate(start, end, label, "pattern", rule))
            run.clear()

        for token in doc:
            # a name goes on over a wrapped line's break, surely so after a connector ('des\nUtilisateurs')
            pending = bool(run) and run[-1].lower_ in vocab["connectors"]
            if token.is_space:
                if "\n" in token.text and not (
                    run and (name_word(run[-1]) or pending) and wrapped(doc, run[-1].idx)
                ):
                    close()
                continue
            if run and cell_gap(doc, run[-1].idx, token.idx) is not None:
                close()  # 'Lycée      Yanis Boucher      Lycée Carnot': a table's cell ends the name
            across_lines = bool(run) and "\n" in text_of(doc)[run[-1].idx : token.idx]
            if name_word(token) and not (
                across_lines
                and (
                    not wrapped(doc, run[-1].idx)
                    or (self.lexicon.is_lemma(token.text) and not pending and not wrapped_head(run[-1]))
                )
            ):
                # a hyphen goes on a full name ('Bertrand Lamarche-Vadel'), not a lone word ('Paris-New-York')
                surname_goes_on = run and run[-1].text == "-" and sum(1 for t in run if name_word(t)) >= 2
                surname_goes_on = surname_goes_on or (run and compound_first_name(doc, token.i - 1))
                if (
                    run
                    and not name_word(run[-1])
                    and run[-1].lower_ not in vocab["connectors"]
                    and run[-1].text not in vocab["pair_connectors"]
                    and not surname_goes_on
                    and run[-1].i not in joined
                    and not (
                        run[-1].lower_ == "et" and (token.lower_ in vocab["pronouns"] or run[-1].i in joined)
                    )
                ):
                    close()
                run.append(token)
            elif (
                run
                and name_word(run[-1])
                and (
                    token.lower_ in vocab["connectors"]
                    or pairs_one_word(token)
                    or titled_pronoun_follows(token)
                    or (titled_et_closes(token) and not joined.add(token.i))
                    or (token.text == "-" and not run[-1].whitespace_ and not token.whitespace_)
                )
            ):
                run.append(token)
            elif acronym_seat_article(doc, run, token):
                run.append(token)  # 'SDIS de la Sarthe', 'DDPP de la Meuse': an acronym's seat is its name's
                joined.add(token.i)
            elif (
                run
                and run[-1].text == "-"
                and not run[-1].whitespace_
                and token.lower_ in {"d'", "d’"}
                and not token.whitespace_
            ):
                run.append(
                    token
                )  # 'Lycée Honoré-d'Urfé', 'Saint-Jean-d'Angély': an elided particle in a compound
            else:
                close()
        close()
        return found
