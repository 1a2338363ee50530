"""Policy themes from the taxonomy in resources/themes.json, matched with a PhraseMatcher on lemmas
(so 'données ouvertes' finds 'donnée ouverte') and scored by how much evidence the text gives."""

from __future__ import annotations

import math
from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline import resources

LEMMA_COMPONENTS = ("tok2vec", "morphologizer", "attribute_ruler", "lemmatizer")


def _lemmatize(nlp: Language, phrases: list[str]) -> list[Doc] | None:
    """The phrases run through the pipeline's lemmatising components, or None on a blank pipeline."""
    steps = [(name, component) for name, component in nlp.pipeline if name in LEMMA_COMPONENTS]
    if not any(name == "lemmatizer" for name, _ in steps):
        return None
    docs = []
    for doc in nlp.tokenizer.pipe(phrases):
        for _, component in steps:
            doc = component(doc)
        docs.append(doc)
    return docs


class ThemeExtractor:
    """Fills doc._.themes with taxonomy themes that have enough evidence in the text."""

    def __init__(self, nlp: Language, name: str, min_score: float) -> None:
        self.name = name
        self.min_score = min_score
        self.taxonomy = {theme["id"]: theme for theme in resources.load("themes.json")}
        self.case_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lemma_matcher: PhraseMatcher | None = None
        lemma_phrases: dict[str, list[str]] = defaultdict(list)
        for theme in self.taxonomy.values():
            acronyms = [t for t in theme["triggers"] if t.isupper() or any(c.isupper() for c in t[1:])]
            words = [t for t in theme["triggers"] if t not in acronyms]
            self.case_matcher.add(theme["id"], list(nlp.tokenizer.pipe(acronyms)))
            lemma_phrases[theme["id"]] = [w.lower() for w in words]
        lemmatized = {key: _lemmatize(nlp, phrases) for key, phrases in lemma_phrases.items()}
        attr = "LOWER" if any(v is None for v in lemmatized.values()) else "LEMMA"
        self.lemma_matcher = PhraseMatcher(nlp.vocab, attr=attr)
        for key, phrases in lemma_phrases.items():
            docs = lemmatized[key] if attr == "LEMMA" else list(nlp.tokenizer.pipe(phrases))
            self.lemma_matcher.add(key, docs)
        self.rule = f"theme.phrase_{attr.lower()}"

    def __call__(self, doc: Doc) -> Doc:
        evidence: dict[str, dict[int, tuple[int, int]]] = defaultdict(dict)
        for matcher in (self.case_matcher, self.lemma_matcher):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                evidence[doc.vocab.strings[match_id]][span.start_char] = (span.start_char, span.end_char)
        themes = []
        title = (doc._.metadata or {}).get("evidence", {}).get("title")
        for theme_id, spans in evidence.items():
            theme = self.taxonomy[theme_id]
            distinct = {doc.text[s:e].lower() for s, e in spans.values()}
            names_itself = bool(distinct & {theme["label_fr"].lower(), theme["label_en"].lower()})
            in_title = bool(title) and any(title["start"] <= s < title["end"] for s, _ in spans.values())
            weight = len(spans) + len(distinct) - 1 + (2 if in_title or names_itself else 0)
            score = round(1 - math.exp(-weight / 3), 3)
            if (len(spans) < theme.get("min_evidence", 2) and not (in_title or names_itself)) or score < self.min_score:
                continue
            themes.append({
                "id": theme_id,
                "label": theme["label_fr"],
                "score": score,
                "evidence": [{"start": s, "end": e, "text": doc.text[s:e], "rule": self.rule} for s, e in sorted(spans.values())],
                "rule": self.rule,
            })
        doc._.themes = sorted(themes, key=lambda t: (-t["score"], t["id"]))
        return doc


@Language.factory("communique_themes", assigns=["doc._.themes"], default_config={"min_score": 0.6})
def make_theme_extractor(nlp: Language, name: str, min_score: float) -> ThemeExtractor:
    return ThemeExtractor(nlp, name, min_score)
