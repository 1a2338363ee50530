"""Names classed by the words around them: a kind noun before a list ('des associations comme X, Y
et Z'), a sponsor's cue ('parrainé par X'), and a prize or contest's noun before an eponym
('le concours Alkindi')."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.listing import LIST_JOIN, placed, places_agree
from pipeline.extractors.entities.spans import KIND_RULES, Candidate
from pipeline.extractors.entities.titled_names import role_titles
from pipeline.extractors.entities.vocabulary import WORD, fold, vocabulary
from pipeline.extractors.extensions import text_of

LIST_END = re.compile(r"[.!?;](?=\s|$)|\n\s*\n|\s[-–]\s")
"""Where an inline list ends: a sentence's end, a blank line, a dash opening an aside."""

ITEM_SEPARATOR = re.compile(r",|\(|\)|…|\s(?:et|ou|and|or)\s")

BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")

BULLET = re.compile(r"[ \t]*(?:[-–•●*▪]|o(?=\s))[ \t]+")

LEADING = {"de", "du", "des", "d'", "la", "le", "les", "l'", "the", "un", "une", "et", "ou", "aux", "au"}
"""Words before an item's name in a list ('avec le soutien de la Région et de Nuagix')."""


DOMAIN = re.compile(r"(?<![\w@/.:-])[^\W_][\w-]*(?:\.[\w-]+)*\.(?:fr|com|org|net|eu|info|io)(?![\w/@-]|\.\w)")
"""'impots.gouv.fr', 'Pole-emploi.fr': a bare domain, not part of an address, a URL or an e-mail."""

CLAUSE_AFTER_NAME = re.compile(
    r"\s(?!(?:de|du|des|d|la|le|les|l|et|en|sur|pour|à|au|aux|of|the|and|for)\b)[^\W\d_A-ZÀ-Ý][\w'’-]*\s+[A-ZÀ-Ý]"
)
"""A lower-case word that is no connector between two capitalised words: the verb of a clause."""

ROLE_COMPLEMENT = re.compile(r"\s(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|chez\s+)|\sd['’]")
"""Where a role's body begins: 'Directrice Générale de Brixol', 'Chargé de Mission chez Terrova'."""

TITLED_ARTICLE = re.compile(r"(?:L[ae]s?\s+|L['’])")
"""A capitalised article a name opens with ('La Provence', 'Les Sablons'), which the item's stripping cut."""

DIRECT_ITEM = re.compile(r"[ \t]+[A-ZÀ-Ý][^\W\d_]")
"""A capitalised word right after a lower-case kind noun: the list's first name ('les clubs Besançon …')."""

MAX_ITEM_WORDS = 6
MAX_ITEMS = 20
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


def _strip_item(text: str, start: int, end: int) -> tuple[int, int]:
    """The item's name: markup, spaces and leading connectors or articles ('et de la') out."""
    while True:
        while start < end and (text[start].isspace() or text[start] in '*_"“”«»'):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in '*_"“”«»:'):
            end -= 1
        word = re.match(r"[^\W\d_]+['’]?", text[start:end])
        if not word or word.group().lower().replace("’", "'") not in LEADING or word.end() == end - start:
            return start, end
        start += word.end()


def _name_words(item: str) -> int:
    """The length of the item's name: its words up to the first lower-case word that is no connector
    ('Nuagix signent la charte' -> 'Nuagix': a list right after its kind noun is often the subject)."""
    end = 0
    for word in re.finditer(r"\S+", item):
        if word.group()[:1].islower() and word.group().replace("’", "'") not in NAME_LINKS:
            break
        end = word.end()
    return end


NAME_LINKS = {"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "en", "sur", "sous", "lès", "&"}
"""Lower-case words inside a name ('Pagaie Club de Strasbourg', 'Vivre avec l'Endo' keeps 'avec' out)."""


def _finite_verb(token) -> bool:
    """A verb that makes the item a clause ('X sont'), not a participle naming ('Action bourg vivant'), nor a
    capitalised word of the name the tagger took for a verb ('France Bleu Provence')."""
    return token.is_lower and token.pos_ in {"VERB", "AUX"} and "Part" not in token.morph.get("VerbForm")


def list_items(doc: Doc, position: int, trim: bool = False) -> list[tuple[int, int]]:
    """The names listed from `position` on: inline ('X, Y et Z.') up to the sentence's end, or one
    bullet line each when the cue ends its line (the name before a comma or a verb: '- Nuagix
    soutient ...'). A list ends at its first item that is no name: one opening in lower case, longer
    than MAX_ITEM_WORDS words, or holding a verb. With `trim`, an item ends at its first lower-case word
    that is no connector (names in title case, right after their kind noun)."""
    text = text_of(doc)
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    pieces: list[tuple[int, int]] = []
    if not text[position:line_end].strip():
        cursor = BLANK_LINES.match(text, line_end + 1).end()  # 'Partenaires :', a blank line, the bullets
        while cursor < len(text):
            bullet = BULLET.match(text, cursor)
            stop = text.find("\n", cursor)
            stop = len(text) if stop < 0 else stop
            if bullet is None:
                break
            first = ITEM_SEPARATOR.search(text, bullet.end(), stop)
            end = first.start() if first else stop
            line = doc.char_span(bullet.end(), end, alignment_mode="expand")
            verb = next((t for t in line[1:] if _finite_verb(t)), None) if line is not None else None
            pieces.append((bullet.end(), verb.idx if verb else end))  # '- Nuagix soutient le concours'

            cursor = stop + 1
    else:
        end_match = LIST_END.search(text, position)
        end = end_match.start() if end_match else len(text)
        cursor = position
        for separator in ITEM_SEPARATOR.finditer(text, position, end):
            pieces.append((cursor, separator.start()))
            cursor = separator.end()
        pieces.append((cursor, end))
    items = []
    for start, end in pieces[:MAX_ITEMS]:
        start, end = _strip_item(text, start, end)
        if start >= end:
            continue
        verb = CLAUSE_AFTER_NAME.search(text, start, end)
        if verb:  # 'Ameli et Pajemploi acceptent FranceConnect': the list was the sentence's subject
            start, end = _strip_item(text, start, verb.start())
        if trim:  # 'les entreprises Brixol et Nuagix signent la charte': a name in title case ends there
            end = start + _name_words(text[start:end])
        words = text[start:end].split()
        if not text[start].isupper() and not text[start].isdigit() and not DOMAIN.fullmatch(text[start:end]):
            break  # (a domain names a service in lower case: 'des services comme impots.gouv.fr')
        if not any(char.isalpha() for char in text[start:end]):
            break  # '18/09/2017', '5 822': a date or a figure ends the names
        span = doc.char_span(start, end, alignment_mode="expand")
        if len(words) > MAX_ITEM_WORDS or span is None or any(_finite_verb(t) for t in span[1:]):
            break
        items.append((start, end))
    return items


def _says_its_kind(text: str, candidate: Candidate) -> str | None:
    """The label a gazetteer, the issuer, a head-word or a cue noun vouches for, or None (a bare run)."""
    if candidate.label not in {"ORG", "MISC"}:
        return None
    if candidate.source in {"gazetteer", "issuer"} or candidate.rule in KIND_RULES:
        return candidate.label
    return head_label(text[candidate.start : candidate.end])


def neighbours_agree(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'l'Association des maires de France, la Fédération des villes moyennes, OpenDataFrance et
    Déclic': in a list of names joined by commas and 'et', bare names (no head-word, gazetteer or
    cue noun) take the label of their neighbours when at least two of these say the same kind and
    none says another, and they are not outnumbered. Persons and places keep their label."""
    chains: list[list[Candidate]] = []
    for candidate in candidates:
        if chains and LIST_JOIN.fullmatch(text[chains[-1][-1].end : candidate.start]):
            chains[-1].append(candidate)
        else:
            chains.append([candidate])
    relabelled: dict[int, str] = {}
    for chain in chains:
        kinds = [_says_its_kind(text, c) for c in chain]
        said = {k for k in kinds if k}
        bare = [
            i
            for i, (c, k) in enumerate(zip(chain, kinds, strict=True))
            if not k and c.label in {"ORG", "MISC"}
        ]
        if len(said) != 1 or not bare or sum(map(bool, kinds)) < max(2, len(bare)):
            continue
        label = said.pop()
        relabelled.update({id(chain[i]): label for i in bare if chain[i].label != label})
    return [
        Candidate(c.start, c.end, relabelled[id(c)], c.source, "entity.list_neighbours")
        if id(c) in relabelled
        else c
        for c in candidates
    ]


def relabel_listed(text: str, resolved: list[Candidate], labelled: list[tuple[int, int, str, bool]]) -> list:
    """The candidates with the listed items' labels (see KindRules._listed), then neighbours_agree."""
    out = list(resolved)
    for start, end, label, create in labelled:
        inside = [c for c in out if c.start < end and start < c.end]
        if any(
            c.source in {"gazetteer", "issuer", "title_person"}
            or (c.label == "PER" and not create and " " in text[c.start : c.end])
            or placed(text, c)
            for c in inside
        ):
            continue  # a full name stays a person in a list that can hold persons ('partenaires')
        if any(head_label(text[c.start : c.end]) for c in inside) or head_label(text[start:end]):
            continue
        if inside:
            others = [c for c in out if c not in inside]
            # a thing's whole item: 'Petites Villes de demain', not 'Petites Villes'; a name's own article
            # too: 'La Provence', which the item lost as a connector
            own_article = [c.start for c in inside if TITLED_ARTICLE.fullmatch(text[c.start : start])]
            spans = [(min([start, *own_article]), end)] if create else [(c.start, c.end) for c in inside]
            out = others + [Candidate(s, e, label, "pattern", "entity.kind_list") for s, e in spans]
        elif create and fold(text[start:end]) not in vocabulary()["rejected"]:
            out.append(Candidate(start, end, label, "pattern", "entity.kind_list"))
    return places_agree(text, neighbours_agree(text, sorted(out, key=lambda c: c.start)))


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
