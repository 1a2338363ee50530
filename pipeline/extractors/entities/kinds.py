"""Names classed by the words around them: a kind noun before a list ('des associations comme X, Y
et Z'), a sponsor's cue ('parrainé par X'), and a prize or contest's noun before an eponym
('le concours Alkindi')."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import fold, folded_places, head_label, vocabulary
from pipeline.extractors.extensions import text_of

LIST_END = re.compile(r"[.!?;](?=\s|$)|\n\s*\n|\s[-–]\s")
"""Where an inline list ends: a sentence's end, a blank line, a dash opening an aside."""

ITEM_SEPARATOR = re.compile(r",|\(|\)|…|\s(?:et|ou|and|or)\s")

BULLET = re.compile(r"[ \t]*(?:[-–•●*▪]|o(?=\s))[ \t]+")

LEADING = {"de", "du", "des", "d'", "la", "le", "les", "l'", "the", "un", "une", "et", "ou", "aux", "au"}
"""Words before an item's name in a list ('avec le soutien de la Région et de Nuagix')."""

MAX_ITEM_WORDS = 6
MAX_ITEMS = 20
YEAR = re.compile(r"^(?:19|20)\d\d$")


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str], set[str]]:
    """The kind-noun list pattern, the sponsor-cue pattern, each kind's label, relabel-only kinds."""
    data = resources.load("entities.json")["kind_lists"]
    kinds = {w: label for label in ("ORG", "MISC") for w in data[label]}
    kind_list = re.compile(
        rf"(?<![\w'’-])(?P<kind>{_alternatives(list(kinds))})(?![\w-])"
        rf"(?P<between>[^.;!?\n:«»()]{{0,50}}?)\s*(?P<opener>{_alternatives(data['openers'])})(?![\w'’-])",
        re.IGNORECASE,
    )
    cue = re.compile(rf"(?<![\w'’-])(?:{_alternatives(data['sponsor_cues'])})(?![\w'’-])", re.IGNORECASE)
    return kind_list, cue, kinds, set(data["relabel_only"])


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


def _finite_verb(token) -> bool:
    """A verb that makes the item a clause ('X sont'), not a participle naming ('Action bourg vivant')."""
    return token.pos_ in {"VERB", "AUX"} and "Part" not in token.morph.get("VerbForm")


def placed(text: str, candidate: Candidate) -> bool:
    """A place the rules or a gazetteer vouch for; the model's 'place' on an unknown word
    ('avec le soutien de Nuagix') is not one."""
    return candidate.label == "LOC" and not (
        candidate.source == "model" and fold(text[candidate.start : candidate.end]) not in folded_places()
    )


def list_items(doc: Doc, position: int) -> list[tuple[int, int]]:
    """The names listed from `position` on: inline ('X, Y et Z.') up to the sentence's end, or one
    bullet line each when the cue ends its line. A list ends at its first item that is no name: one
    opening in lower case, longer than MAX_ITEM_WORDS words, or holding a verb."""
    text = text_of(doc)
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    pieces: list[tuple[int, int]] = []
    if not text[position:line_end].strip():
        cursor = line_end + 1
        while cursor < len(text):
            bullet = BULLET.match(text, cursor)
            stop = text.find("\n", cursor)
            stop = len(text) if stop < 0 else stop
            if bullet is None:
                break
            first = ITEM_SEPARATOR.search(text, bullet.end(), stop)
            pieces.append((bullet.end(), first.start() if first else stop))
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
        words = text[start:end].split()
        if not text[start].isupper() and not text[start].isdigit():
            break
        span = doc.char_span(start, end, alignment_mode="expand")
        if len(words) > MAX_ITEM_WORDS or span is None or any(_finite_verb(t) for t in span[1:]):
            break
        items.append((start, end))
    return items


class KindRules:
    """Labels that the kind of thing named around a list gives its items. Mixed into EntityResolver."""

    def _kind_lists(self, doc: Doc, resolved: list[Candidate]) -> list[Candidate]:
        """'des programmes nationaux comme France Services, Action cœur de ville…' (MISC), 'les
        associations OpenDataFrance, Déclic…' after 'telles que' (ORG), 'parrainée par Nuagix et
        Brixol' (ORG: a sponsor is a company): the list's items take the kind's label. An item the
        rules found is relabelled, unless a gazetteer, the issuer, a title or its own head-word says
        what it is, or it is a known place. Kinds that hold persons too ('partenaires', 'membres')
        only relabel bodies and things, and leave persons; the others also relabel a 'person' ('des
        dispositifs tels que Pass Sport Breizh') and name the items no rule found."""
        kind_list, cue, kinds, relabel_only = _patterns()
        text = text_of(doc)
        labelled: list[tuple[int, int, str, bool]] = []
        for match in kind_list.finditer(text):
            kind = match["kind"].lower()
            if match["kind"][:1].isupper() and not match["kind"].isupper() and match.start() > 0:
                before = text[: match.start()].rstrip(" ")
                if before[-1:] not in {"", "\n", ".", ":", "!", "?", "(", "-", "•", "*", "#"}:
                    continue  # 'les Associations Familiales …': a capitalised kind is part of a name
            for start, end in list_items(doc, match.end()):
                labelled.append((start, end, kinds.get(kind, "ORG"), kind not in relabel_only))
        for match in cue.finditer(text):
            labelled += [(start, end, "ORG", False) for start, end in list_items(doc, match.end())]
        if not labelled:
            return resolved
        out = list(resolved)
        for start, end, label, create in labelled:
            inside = [c for c in out if c.start < end and start < c.end]
            if any(
                c.source in {"gazetteer", "issuer", "title_person"}
                or (c.label == "PER" and not create)
                or placed(text, c)
                for c in inside
            ):
                continue  # a person stays one in a list that can hold persons ('partenaires', 'membres')
            if any(head_label(text[c.start : c.end]) for c in inside) or head_label(text[start:end]):
                continue
            if inside:
                others = [c for c in out if c not in inside]
                spans = (
                    [(start, end)] if create else [(c.start, c.end) for c in inside]
                )  # a thing's whole item: 'Petites Villes de demain', not 'Petites Villes'
                out = others + [Candidate(s, e, label, "pattern", "entity.kind_list") for s, e in spans]
            elif create and fold(text[start:end]) not in vocabulary()["rejected"]:
                out.append(Candidate(start, end, label, "pattern", "entity.kind_list"))
        return sorted(out, key=lambda c: c.start)

    def _eponyms(self, doc: Doc) -> tuple[list[Candidate], list[tuple[str, str]]]:
        """'le concours Alkindi', 'le concours de cryptographie Alkindi 2025', 'le prix Turing 2016': a
        prize's or contest's noun in lower case (and its complement) before a capitalised name are one
        name, since the name alone is someone else's (a person's, a body's). The name alone, when the
        text also uses it so, is an alias of the whole: the pairs returned join them."""
        heads = set(resources.load("entities.json")["eponym_heads"]["words"])
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
            if (name[0].is_upper and len(name[0]) <= 2) or (
                len(name) == 1 and self.lexicon.is_adjective(name[0].text)
            ):
                continue  # 'prix HT', 'concours Externe': a unit or an adjective capitalised, no eponym
            last = name[-1]
            if last.i + 1 < len(doc) and YEAR.match(doc[last.i + 1].text):
                last = doc[last.i + 1]  # 'prix Turing 2016': the edition's year is part of the name
            end = last.idx + len(last.text)
            found.append(Candidate(token.idx, end, "MISC", "pattern", "entity.eponym"))
            pairs.append(
                (text_of(doc)[token.idx : end], text_of(doc)[name[0].idx : name[-1].idx + len(name[-1])])
            )
        return found, pairs
