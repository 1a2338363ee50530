"""Acronyms and their expansions; names propagated to their other occurrences."""

from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.extractors.entities.acceptance import acceptable
from pipeline.extractors.entities.clustering import _overlapping_label
from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.span_text import acronym_matches
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.vocabulary import (
    ACRONYM,
    ACRONYM_IN_PARENS,
    ENGLISH_CUE,
    WORD,
    fold,
    folded_places,
    vocabulary,
)
from pipeline.extractors.extensions import text_of

SHORT_NAME = re.compile(r"[A-ZÉ][a-zé]{2,7}")


def of_kind(text: str, candidate: Candidate, kinds: set[str]) -> bool:
    """Whether a candidate opens with the expansion of a kind's acronym ('Plan de prévention des risques
    technologiques de la zone X' beside 'plan de prévention des risques technologiques (PPRT)')."""
    name = fold(text[candidate.start : candidate.end])
    return any(name == kind or name.startswith(kind + " ") for kind in kinds)


class AcronymRules:
    """Acronyms and their expansions; names propagated to their other occurrences."""

    def _acronym_links(self, doc: Doc, candidates: list[Candidate]) -> dict:
        """'Long Form (ACR)' and 'ACR (Long Form, ACR2, en anglais)': mentions plus alias pairs, and the
        acronyms defined by a lower-case common phrase, which name nothing
        ('intelligence artificielle (IA)')."""
        text = text_of(doc)
        mentions: list[Candidate] = []
        pairs: list[tuple[str, str]] = []
        common: set[str] = set()
        kinds: set[str] = set()  # the expansions of the acronyms of kinds of documents, folded
        for match in ACRONYM_IN_PARENS.finditer(text):
            inner = match["inner"].strip()
            parts = [p.strip() for p in inner.split(",")]
            line_start = text.rfind("\n", 0, match.start()) + 1
            if line_start > 1 and not text[line_start : match.start()].strip():
                # 'victimes d'un accident vasculaire cérébral\n(AVC)': a hard-wrapped line opens on the
                # acronym, whose expansion ends the line before
                line_start = text.rfind("\n", 0, line_start - 1) + 1
            before = text[line_start : match.start()].rstrip()
            words = list(WORD.finditer(before))
            short = len(parts) == 1 and not ACRONYM.match(parts[0]) and self._short_name(parts[0])
            if len(parts) == 1 and fold(parts[0]) in vocabulary()["rejected"]:
                # 'plan de prévention des risques (PPR)': a kind of document, as its acronym is
                common.add(parts[0])
                spelled = (words[-size:] for size in range(2, min(len(words), 20) + 1))
                chosen = next((w for w in spelled if acronym_matches(parts[0], [x.group() for x in w])), None)
                if chosen:
                    kinds.add(fold(before[chosen[0].start() :]))
                continue
            if (ACRONYM.match(parts[0]) or short) and len(parts) == 1:
                # (a short name in title case spells no letters: only the body right before it is named)
                for size in range(2, 0 if short else min(len(words), 20) + 1):
                    chosen = words[-size:]
                    if acronym_matches(parts[0], [w.group() for w in chosen]):
                        start = line_start + chosen[0].start()
                        end = line_start + len(before)
                        implied = head_label(text[start:end])
                        if implied is None and not text[start].isupper():
                            common.add(parts[0])
                            # 'intelligence artificielle (IA)': a lower-case expansion needs a head-word
                            break
                        label = implied or _overlapping_label(candidates, start, end)
                        label = label or "ORG"
                        mentions.append(Candidate(start, end, label, "acronym", "entity.acronym_expansion"))
                        mentions.append(
                            Candidate(
                                match.start("inner"),
                                match.start("inner") + len(parts[0]),
                                label,
                                "acronym",
                                "entity.acronym",
                            )
                        )
                        pairs.append((text[start:end], parts[0]))
                        place = next(
                            (
                                " ".join(w.group() for w in chosen[-k:])
                                for k in (1, 2, 3)
                                if k < len(chosen)
                                and fold(" ".join(w.group() for w in chosen[-k:])) in folded_places()
                            ),
                            None,
                        )
                        if place:
                            pairs.append(
                                (text[start:end], f"{parts[0]} {place}")
                            )  # 'ARS Occitanie': the acronym and the branch's region
                        break
                else:
                    # 'Institut national de l’information géographique et forestière (IGN)': letters from a
                    # former name, but the parentheses still define the named body right before them
                    end = line_start + len(before)
                    named = [
                        c
                        for c in candidates
                        if c.end == end
                        and c.label in {"ORG", "MISC"}
                        and head_label(text[c.start : c.end])
                        and not (short and fold(text[c.start])[:1] != fold(parts[0])[:1])
                    ]  # ('Centre hospitalier de Cholet (Maine)': a short name opens with its body's initial)
                    if named:
                        body = max(named, key=lambda c: c.end - c.start)
                        mentions.append(
                            Candidate(body.start, end, body.label, "acronym", "entity.acronym_expansion")
                        )
                        mentions.append(
                            Candidate(
                                match.start("inner"),
                                match.start("inner") + len(parts[0]),
                                body.label,
                                "acronym",
                                "entity.acronym",
                            )
                        )
                        pairs.append((text[body.start : end], parts[0]))
            elif (
                words
                and ACRONYM.match(words[-1].group())
                and len(parts) == 1
                and inner[:1].isupper()
                and head_label(inner) == "ORG"
            ):
                # 'l'ADEME (Agence de la transition écologique)': the acronym first, the body's name after
                acronym, start = (
                    words[-1].group(),
                    match.start("inner") + len(match["inner"]) - len(match["inner"].lstrip()),
                )
                mentions.append(
                    Candidate(start, start + len(inner), "ORG", "acronym", "entity.acronym_expansion")
                )
                pairs.append((inner, acronym))
            elif words and ACRONYM.match(words[-1].group()) and len(parts) >= 2 and ENGLISH_CUE.search(inner):
                acronym = words[-1].group()
                label = (
                    _overlapping_label(
                        candidates, line_start + words[-1].start(), line_start + words[-1].end()
                    )
                    or "ORG"
                )
                offset = match.start("inner")
                for part in parts:
                    if part and part[0].isupper() and not ENGLISH_CUE.search(part):
                        start = text.find(part, offset, match.end())
                        mentions.append(
                            Candidate(
                                start,
                                start + len(part),
                                label,
                                "acronym",
                                "entity.translation_in_parentheses",
                            )
                        )
                        pairs.append((acronym, part))
        pairs += self._apposed_expansions(text, candidates)
        return {"mentions": mentions, "pairs": pairs, "common": common, "kinds": kinds}

    @staticmethod
    def _apposed_expansions(text: str, candidates: list[Candidate]) -> list[tuple[str, str]]:
        """'Le CNLL, Union des entreprises du logiciel libre, est …': a body's name set between commas
        right after an acronym names the same body (as 'À propos' blocks introduce themselves)."""
        pairs = []
        for candidate in candidates:
            before = text[max(0, candidate.start - 14) : candidate.start]
            acronym = re.search(r"(?<![\w-])([A-ZÉ][A-Z0-9É&-]{1,11}), $", before)
            if (
                acronym
                and candidate.label == "ORG"
                and text[candidate.end : candidate.end + 1] == ","
                and head_label(text[candidate.start : candidate.end]) == "ORG"
            ):
                pairs.append((text[candidate.start : candidate.end], acronym.group(1)))
        return pairs

    def _short_name(self, word: str) -> bool:
        """'(Anses)', '(Inrae)', '(Inserm)': one capitalised word, no place nor first name, which French
        writes in parentheses after a body's name as its short name (an acronym in title case; the
        lexicon is no help: its tables hold 'Inserm' as a noun)."""
        return (
            SHORT_NAME.fullmatch(word) is not None
            and fold(word) not in folded_places()
            and word.lower() not in vocabulary()["first_names"]
        )

    def _propagate(
        self, doc: Doc, resolved: list[Candidate], furniture, phrases: set[tuple[int, ...]]
    ) -> list[Candidate]:
        """Every other occurrence of an accepted name is a mention too (case-insensitive), with the label
        of its strongest mention: a kind noun before the second 'Batisoft' ('l'éditeur Batisoft') says more
        than the model's guess at the first. An occurrence that is already a candidate with that label keeps
        that candidate's rule: it, not 'propagated', is the evidence for it."""
        existing = {(c.start, c.end, c.label): c.rule for c in resolved}
        matcher = PhraseMatcher(self.vocab, attr="LOWER")
        labels: dict[str, str] = {}
        strength: dict[str, int] = {}
        lower_case: dict[str, bool] = {}
        for candidate in resolved:
            surface = text_of(doc)[candidate.start : candidate.end]
            if "\n" in surface or len(surface) < 2:
                continue
            key = surface.lower()
            lower_case[key] = lower_case.get(key, False) or surface[:1].islower()
            if key not in labels:
                matcher.add(key, [self.tokenizer(surface)])
            if candidate.weight > strength.get(key, 0):
                labels[key], strength[key] = candidate.label, candidate.weight
        found = []
        for match_id, start, end in matcher(doc):
            span = doc[start:end]
            key = self.vocab.strings[match_id]
            if span.text[:1].islower() and not lower_case[key]:
                # 'Intelligence Artificielle' named in a heading does not make every 'intelligence
                # artificielle' a name
                continue
            rule = existing.get((span.start_char, span.end_char, labels[key]), "entity.propagated")
            candidate = Candidate(span.start_char, span.end_char, labels[key], "propagated", rule)
            if acceptable(doc, candidate, furniture, self.lexicon, phrases):
                found.append(candidate)
        return found
