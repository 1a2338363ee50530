"""Quotations in « … » or “ … ” with their speaker: the nearest person named in the same
sentence or paragraph before the quote ("X a déclaré : « … »"), else just after it."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

QUOTE = re.compile(r"«\s*(?P<guillemets>[^«»]+?)\s*»|“\s*(?P<curly>[^“”]+?)\s*”")
MIN_WORDS = 5
"""Fewer words between the marks is a term or a title (« bug bounty »), not speech."""


def extract_quotes(text: str, persons: list[tuple[int, int, str]]) -> list[dict]:
    quotes = []
    for match in QUOTE.finditer(text):
        group = "guillemets" if match["guillemets"] is not None else "curly"
        start, end = match.start(group), match.end(group)
        content = text[start:end].strip(" *_")
        start = text.index(content, start) if content else start
        end = start + len(content)
        if len(content.split()) < MIN_WORDS:
            continue
        paragraph_start = text.rfind("\n\n", 0, match.start()) + 1
        paragraph_end = text.find("\n\n", match.end())
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        before = [p for p in persons if paragraph_start <= p[0] and p[1] <= match.start()]
        after = [p for p in persons if match.end() <= p[0] and p[1] <= min(paragraph_end, match.end() + 200)]
        speaker = before[-1] if before else (after[0] if after else None)
        quotes.append({
            "speaker": speaker[2] if speaker else None,
            "text": content,
            "start": start,
            "end": end,
            "speaker_span": {"start": speaker[0], "end": speaker[1], "text": text[speaker[0]:speaker[1]], "rule": "quote.nearest_person"} if speaker else None,
            "rule": "quote.guillemets" if group == "guillemets" else "quote.curly",
        })
    return quotes


class QuoteExtractor:
    """Fills doc._.quotes; speakers are PER entities, named by their entity's canonical name."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        persons = sorted(
            (m["start"], m["end"], e["name"]) for e in (doc._.entities or []) if e["label"] == "PER" for m in e["mentions"]
        )
        doc._.quotes = extract_quotes(doc.text, persons)
        return doc


@Language.factory("communique_quotes", assigns=["doc._.quotes"], requires=["doc._.entities"])
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)
