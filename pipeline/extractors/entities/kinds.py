"""Names classed by the words around them: a kind noun before a list ('des associations comme X, Y
et Z'), a sponsor's cue ('parrainé par X'), and a prize or contest's noun before an eponym
('le concours Alkindi').

The stage that reads the text around names (the kind rules mixed into EntityResolver); the items
of a list are found by kind_list_items.py and labelled by kind_list_labels.py."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.kind_list_items import DOMAIN, list_items
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.titled_names import role_titles
from pipeline.extractors.entities.vocabulary import WORD, fold, vocabulary
from pipeline.extractors.extensions import text_of

ROLE_COMPLEMENT = re.compile(r"\s(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|chez\s+)|\sd['’]")
"""Where a role's body begins: 'Directrice Générale de Brixol', 'Chargé de Mission chez Terrova'."""

DIRECT_ITEM = re.compile(r"[ \t]+[A-ZÀ-Ý][^\W\d_]")
"""A capitalised word right after a lower-case kind noun: the list's first name ('les clubs Besançon …')."""

YEAR = re.compile(r"^(?:19|20)\d\d$")

NAME_AFTER_DONT = re.compile(r"\s*(?:(?:la|le|les|l['’])\s*)?[A-ZÀ-Ý]")
"""'dont Lumibraz, …', 'dont la Communauté de communes …': 'dont' opens a list of names only before one."""


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, str], set[str]]:
    """The kind nouns, what follows one up to its list's opener, the sponsor cues, each kind's label,
    the relabel-only kinds."""
    data = resources.load("entities.json")["kind_lists"]
    kinds = {w: label for label in ("ORG", "MISC") for w in data[label]}
    # after an elided article too: 'une douzaine d'entreprises, dont …'
    kind = re.compile(
        rf"(?:(?<![\w'’-])|(?<=\b[dl]['’]))(?:{_alternatives(list(kinds))})(?![\w-])", re.IGNORECASE
    )
    # a few words on the line (or the next, not a bullet's) and no quotation: 'nationaux comme'
    tail = re.compile(
        rf"(?:[^.;!?\n:«»()“”\"]|\n(?![ \t]*(?:\n|[-–•●*▪]))){{0,60}}?\s*"
        rf"(?P<opener>{_alternatives(data['openers'])})(?![\w'’-])",
        re.IGNORECASE,
    )
    # (a cue ending with an elided article runs into the name: 'auprès d'Eurazeo')
    cue = re.compile(
        rf"(?<![\w'’-])(?:{_alternatives(data['sponsor_cues'])})(?:(?<=['’])|(?![\w'’-]))", re.IGNORECASE
    )
    return kind, tail, cue, kinds, set(data["relabel_only"])


FIELD_LABEL = re.compile(r"\n[ \t]*[A-ZÀ-Ý][^\W\d_]*(?:[ \t]+[^\W\d_]+)?[ \t]*:$")
"""A line opening with one or two words and a colon ('Presse :', 'Contact presse :'): a field's label, whose
colon opens no list of the line before."""

COLUMN_GAP = re.compile(r"\n|\t| {2,}")
"""A line break, a tab or a run of spaces: a table's next column, not the rest of a name."""

RANK = re.compile(r"\d+(?:er|re|e|ème|eme|nd|nde)|premier|première|second|seconde|deuxième|troisième")
"""'1er prix', 'deuxième prix': a rank in a prize list, whose winner follows."""


class KindRules:
    """Labels that the kind of thing named around a list gives its items. Mixed into EntityResolver."""

    def _listed(self, doc: Doc) -> list[tuple[int, int, str, bool]]:
        """'des programmes nationaux comme France Services, Action cœur de ville…' (MISC), 'les
        associations OpenDataFrance, Déclic…' after 'telles que' (ORG), 'parrainée par Nuagix et
        Brixol' (ORG: a sponsor is a company): the list's items take the kind's label. An item the
        rules found is relabelled, unless a gazetteer, the issuer, a title or its own head-word says
        what it is, or it is a known place. Kinds that hold persons too ('partenaires', 'membres')
        only relabel bodies and things, and leave persons; the others also relabel a 'person' ('des
        dispositifs tels que Pass Sport Breizh') and name the items no rule found. Returns each
        item's span, label and whether it may be named when no rule found it."""
        kind_word, tail, cue, kinds, relabel_only = _patterns()
        text = text_of(doc)
        labelled: list[tuple[int, int, str, bool]] = []
        for match in kind_word.finditer(text):
            kind = match.group().lower()
            names_at = self._after_kind_adjectives(text, match.end())
            if match.group().islower() and DIRECT_ITEM.match(text, names_at):
                # 'les clubs Besançon Natation et Doubs Plongée', 'des enseignes Carrefour, Lidl et Biocoop',
                # 'les écoles élémentaires Marcel-Pagnol et Les Sablons': the names follow the kind noun (and
                # its adjectives) with no opener
                for start, end in list_items(doc, names_at, trim=True):
                    labelled.append((start, end, kinds.get(kind, "ORG"), kind not in relabel_only))
                continue
            opened = tail.match(text, match.end())
            if opened is None or kind_word.search(text, match.end(), opened.start("opener")):
                continue  # no list, or a nearer kind noun before the opener names the items
            if opened["opener"] == ":" and FIELD_LABEL.search(text, match.end(), opened.end()):
                continue  # 'Maison des associations, 14 rue …\nPresse : Jean Roux': the next line's label
            if opened["opener"].lower() == "dont" and not NAME_AFTER_DONT.match(text, opened.end()):
                continue  # 'trente films, dont 12 en compétition': a count, no list of names
            if match.group()[:1].isupper() and not match.group().isupper() and match.start() > 0:
                before = text[: match.start()].rstrip(" ")
                if before[-1:] not in {"", "\n", ".", ":", "!", "?", "(", "-", "•", "*", "#"}:
                    continue  # 'les Associations Familiales …': a capitalised kind is part of a name
            for start, end in list_items(doc, opened.end()):
                labelled.append((start, end, kinds.get(kind, "ORG"), kind not in relabel_only))
        for match in cue.finditer(text):
            labelled += [(start, end, "ORG", False) for start, end in list_items(doc, match.end())]
        return labelled

    def _after_kind_adjectives(self, text: str, position: int) -> int:
        """The offset after at most two lower-case adjectives of the dictionary ('élémentaires publiques')."""
        for _ in range(2):
            word = re.match(r"[ \t]+([^\W\d_A-ZÀ-Ý][^\W\d_]*)", text[position:])
            if word is None or not self.lexicon.is_adjective(word.group(1)):
                break
            position += word.end()
        return position

    def _role_runs(self, doc: Doc, resolved: list[Candidate]) -> list[Candidate]:
        """'Olivier Cazzulo, Délégué Régional de Numeum', 'Marie Lenoir, Directrice Générale de
        Brixol': a role written in title case is no name; the body after its 'de' or 'chez' is the
        employer (ORG), and a role with no body ('Chargé de Mission') names nothing."""
        text = text_of(doc)
        roles = (
            role_titles()
            | vocabulary()["employer_roles"]
            | set(resources.load("entities.json")["role_words"]["words"])
        )
        out = []
        for c in resolved:
            span = text[c.start : c.end]
            previous = text[max(0, c.start - 30) : c.start].split("\n")[-1].split()
            role_before = bool(previous) and previous[-1][:1].isupper() and previous[-1].lower() in roles
            # 'Directrice Générale de Brixol': the title rule reads 'Générale de Brixol' as the person
            role_goes_on = role_before and self._role_word(span.split()[0], roles)
            if (
                c.source in {"gazetteer", "issuer"}
                or (c.source == "title_person" and not role_goes_on)
                or c.label == "LOC"
                or not (span.split()[0].lower() in roles or role_goes_on)
            ):
                out.append(c)
                continue
            employer = ROLE_COMPLEMENT.search(span)
            if employer is None:
                words = span.split()
                kept = next((k for k, w in enumerate(words) if not self._role_word(w, roles)), len(words))
                if kept == 0:
                    out.append(c)  # 'Présidente Claire Morvan': the title rule's person is found beside it
                elif kept < len(words):  # 'Directrice Régionale Anne Roux': the person after the role
                    start = c.start + span.index(words[kept])
                    out.append(Candidate(start, c.end, "PER", "title_person", "entity.person_after_title"))
                continue  # 'Délégué Régional', 'Directrice Générale': a role alone names nothing
            start = c.start + employer.end()
            words = WORD.findall(text[start : c.end])
            if words and text[start].isupper() and not all(w in self.lexicon for w in words):
                out.append(
                    Candidate(
                        start, c.end, head_label(text[start : c.end]) or "ORG", "pattern", "entity.employer"
                    )
                )
        return out

    def _role_word(self, word: str, roles: set[str]) -> bool:
        """A role or an adjective written in title case after one ('Délégué Régional')."""
        # (not a first name that is an adjective too: 'Claire')
        return word.lower() in roles or (
            self.lexicon.is_adjective(word) and word.lower() not in vocabulary()["first_names"]
        )

    def _domain_names(self, doc: Doc) -> list[Candidate]:
        """'un compte impots.gouv.fr', 'le portail Mesdroits.gouv.fr': a bare domain right after a noun
        naming a service (an account, a portal, a site one joins) is that service's name (MISC); 'sur
        le site exemple.fr' gives the place to look, an address, not a name."""
        cues = resources.load("entities.json")["domain_name_cues"]
        text = text_of(doc)
        found = []
        for match in DOMAIN.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()].replace("’", "'").lower().split()
            if not before or before[-1] not in cues["words"]:
                continue
            if len(before) >= 3 and before[-3] in cues["place_to_look"]:
                continue  # 'sur le site ars.sante.fr', 'sur notre site'
            found.append(Candidate(match.start(), match.end(), "MISC", "pattern", "entity.domain_name"))
        return found

    def _eponyms(self, doc: Doc) -> tuple[list[Candidate], list[tuple[str, str]]]:
        """'le concours Alkindi', 'le concours de cryptographie Alkindi 2025', 'le prix Turing 2016': a
        prize's or contest's noun in lower case (and its complement) before a capitalised name are one
        name, since the name alone is someone else's (a person's, a body's). The name alone, when the
        text also uses it so, is an alias of the whole: the pairs returned join them."""
        data = resources.load("entities.json")["eponym_heads"]
        heads, joined = set(data["words"]), set(data["joined_by_et"])
        vocab = vocabulary()
        found, pairs = [], []
        for token in doc[:-1]:
            if not (token.is_lower and token.lower_ in heads):
                continue
            i = token.i + 1
            if (
                i + 2 < len(doc)
                and doc[i].lower_.replace("’", "'") in {"de", "d'"}
                and doc[i + 1].is_lower
                and doc[i + 1].is_alpha
                and doc[i + 1].lower_ not in vocab["articles"]
            ):
                i += 2  # 'concours de cryptographie Alkindi': the head's own complement
            name = self._appositive_name(doc, i, set())
            if not name or fold(name[0].text) in vocab["rejected"] or name[0].text in vocab["units"]:
                continue
            if COLUMN_GAP.search(text_of(doc)[token.idx : name[0].idx]) or (
                token.i > 0 and RANK.fullmatch(doc[token.i - 1].lower_)
            ):
                continue  # '1er prix    Léna Aubert' (a table's columns), 'deuxième prix Hugo Lenz': a winner
            if (name[0].is_upper and len(name[0]) <= 2) or (
                len(name) == 1 and self.lexicon.is_adjective(name[0].text)
            ):
                continue  # 'prix HT', 'concours Externe': a unit or an adjective capitalised, no eponym
            while (
                token.lower_ in joined
                and name[-1].i + 2 < len(doc)
                and doc[name[-1].i + 1].lower_ == "et"
                and doc[name[-1].i + 2].is_title
            ):
                name += self._appositive_name(doc, name[-1].i + 2, set())  # 'loi Climat et Résilience'
            last = name[-1]
            if last.i + 1 < len(doc) and YEAR.match(doc[last.i + 1].text):
                last = doc[last.i + 1]  # 'prix Turing 2016': the edition's year is part of the name
            end = last.idx + len(last.text)
            found.append(Candidate(token.idx, end, "MISC", "pattern", "entity.eponym"))
            pairs.append(
                (text_of(doc)[token.idx : end], text_of(doc)[name[0].idx : name[-1].idx + len(name[-1])])
            )
        return found, pairs
