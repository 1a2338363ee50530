"""One label decision per entity, fitted to the gold: PER, ORG, LOC, MISC or none.

The rules propose entities and a label each (the cascade in labels.py and clustering.py); this
stage weighs that proposal against the other evidence the document gives, as named features: the
model's own label on each mention, the rules and gazetteers that found it, the head-word's class,
the cue word before it, its shape, whether its words are dictionary words or known places, an
e-mail address that spells it, the line it stands on. A multinomial logistic regression over
those features, trained on the tune split's gold by `scripts/train_labels.py`, gives the label;
"none" drops the entity. The weights are data (`pipeline/resources/label_model.json`), versioned
with the rules they were trained on, with the use they were chosen for (everywhere, or only some
entities: see USES), and used only when issuer-grouped cross-validation says they carry over to
unseen issuers better than the rules' own labels, on the corpus's issuers and the dev set's alike.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from pipeline.extractors.entities.head_labels import head_label
from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.vocabulary import fold, folded_places, vocabulary
from pipeline.extractors.extensions import text_of
from pipeline.extractors.zones import about_zones

CLASSES = ("PER", "ORG", "LOC", "MISC", "none")
MODEL_FILE = Path(__file__).resolve().parents[2] / "resources" / "label_model.json"
NER_KEY = "ner"
"""doc.spans key of the statistical model's own entities, kept before the rules rewrite doc.ents."""

EMAIL_LOCAL = re.compile(r"([\w.'-]+)@[\w-]+(?:\.[\w-]+)+")
DOMAIN_LABEL = re.compile(r"(?:@|://|www\.)([\w-]+)\.")
LIST_ITEM = re.compile(r"\s*(?:[-•*–▪]|\d{1,2}[.)])\s+\S")
PHONE_LIKE = re.compile(r"(?:\+\d|\b0\d)[\d .()-]{7,}")
CONNECTORS = {
    "de",
    "du",
    "des",
    "d'",
    "la",
    "le",
    "les",
    "l'",
    "et",
    "&",
    "pour",
    "sur",
    "en",
    "à",
    "aux",
    "au",
}
ARTICLES = {"le", "la", "les", "l'", "un", "une"}


def _word_shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "upper"
    if word[:1].isupper():
        return "title"
    if word[:1].isdigit():
        return "digit"
    return "lower"


def _count_bucket(n: int) -> str:
    return "1" if n == 1 else "2-3" if n <= 3 else "4+"


def _previous_word(text: str, start: int) -> str:
    before = text[max(0, start - 40) : start].replace("’", "'")
    words = re.findall(r"[^\W\d_]+'?|[.!?]", before)
    return words[-1].lower() if words else ""


def _cue(word: str) -> str:
    """The class of the word before a mention: an appositive head says the kind of thing named."""
    data = vocabulary()
    for kind in ("ORG", "MISC"):
        if word in data["appositive_heads"].get(kind, ()):
            return f"apposition_{kind}"
    if word in {"m", "mme", "mmes", "mm", "monsieur", "madame", "dr", "pr"}:
        return "civility"
    if word in {"à", "a", "en", "au", "aux", "dans", "vers", "depuis"}:
        return "place_preposition"
    if word in {"de", "du", "des", "d'"}:
        return "of"
    if word in ARTICLES:
        return "article"
    if word in {".", "!", "?"}:
        return "sentence_start"  # a capital after a full stop says nothing of a name
    if word in {"par", "avec", "selon", "pour"}:
        return word
    return "other" if word else "start"


def _token_after(doc: Doc, end: int):
    """The first word after a character offset, or None."""
    span = doc.char_span(end, min(len(text_of(doc)), end + 40), alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.idx >= end and not t.is_punct and not t.is_space), None)


@lru_cache(maxsize=4)
def _domain_labels(text: str) -> frozenset[str]:
    """The text's web and e-mail domain labels, folded and squeezed: read once a document, not once
    an entity (scanning the whole text for each of thirty entities cost a tenth of the entity stage)."""
    return frozenset(re.sub(r"[^a-z0-9]", "", fold(m.group(1))) for m in DOMAIN_LABEL.finditer(text))


@lru_cache(maxsize=4)
def _email_locals(text: str) -> tuple[str, ...]:
    """The local parts of the text's e-mail addresses, folded: read once a document, not once an entity."""
    return tuple(fold(m.group(1)) for m in EMAIL_LOCAL.finditer(text))


@lru_cache(maxsize=4)
def _about_names(text: str) -> tuple[str, ...]:
    """The names of the text's 'À propos de X' sections, folded: read once a document, not once an entity."""
    return tuple(fold(zone.name) for zone in about_zones(text))


def _stands_alone(text: str, word: str) -> bool:
    """Whether word occurs in text between non-word characters (not a letter, a digit or '_'), as its
    escaped pattern between `(?<!\\w)` and `(?!\\w)` says, without compiling a pattern for each entity."""
    at = text.find(word)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + len(word) : at + len(word) + 1]
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1)
    return False


def label_features(doc: Doc, entity: dict, lexicon: Lexicon) -> list[str]:
    """The named evidence about one proposed entity (a cluster of mentions with the rules' label)."""
    text = text_of(doc)
    name = entity["name"]
    words = name.replace("’", "'").split()
    features = {f"rule_label={entity['label']}", f"mentions={_count_bucket(len(entity['mentions']))}"}
    ner = [(s.start_char, s.end_char, s.label_) for s in doc.spans.get(NER_KEY, [])]
    places = folded_places()
    for mention in entity["mentions"]:
        start, end = mention["start"], mention["end"]
        features.add(f"rule={mention['rule'].split('.')[0]}")
        features.add(f"rule_id={mention['rule']}")
        labels = {label for s, e, label in ner if s < end and start < e}
        exact = {label for s, e, label in ner if s == start and e == end}
        features.update(f"ner={label}" for label in labels or {"none"})
        features.update(f"ner_exact={label}" for label in exact)
        features.add(f"cue={_cue(_previous_word(text, start))}")
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line.strip() == mention["text"].strip():
            features.add("own_line")
        if "@" in line or PHONE_LIKE.search(line):
            features.add("contact_line")
        if start == line_start or text[line_start:start].strip() in {"", "-", "•", "*"}:
            features.add("line_start")
        if line.count("|") >= 2 or "\t" in line:
            features.add("table_line")  # a cell: programmes, venues and partners are listed in tables
        if LIST_ITEM.match(line):
            features.add("list_item")
    implied = head_label(name)
    features.add(f"head={implied or 'none'}")
    first = words[0].lower() if words else ""
    for kind in ("ORG", "MISC"):
        if first in vocabulary()["appositive_heads"].get(kind, ()):
            features.add(f"head_noun={kind}")
    features.add(f"words={_count_bucket(len(words))}")
    shapes = [_word_shape(w) for w in words if w.lower() not in CONNECTORS]
    features.add(f"shape={'-'.join(sorted(set(shapes))) or 'none'}")
    if any(w.lower() in CONNECTORS for w in words[1:]):
        features.add("has_connector")
    if any(c.isdigit() for c in name):
        features.add("has_digit")
    if "-" in name:
        features.add("has_hyphen")
    if re.search(r"[a-z][A-Z]", name):
        features.add("camel_case")
    if re.search(r"\.[a-z]{2,4}\b", name):
        features.add("domain")
    content = [w for w in words if w.lower() not in CONNECTORS and w.isalpha()]
    in_lexicon = [w for w in content if w.lower() in lexicon or lexicon.is_lemma(w.lower())]
    features.add(
        "lexicon=" + ("none" if not in_lexicon else "all" if len(in_lexicon) == len(content) else "some")
    )
    if content and content[0].lower() not in lexicon:
        features.add("first_not_in_lexicon")
    if fold(name) in places:
        features.add("is_place")
    if words and fold(words[-1]) in places:
        features.add("last_is_place")
    if words and fold(words[0]) in places:
        features.add("first_is_place")
    squeezed = re.sub(r"[^a-z0-9]", "", fold(name))
    if len(squeezed) >= 3 and squeezed in _domain_labels(text):
        features.add("domain_spells")  # 'contact@nordvolt.fr': a body's own domain, or its product's
    if any(about.endswith(fold(name)) for about in _about_names(text)):
        features.add("about_zone")  # 'À propos de Nordvolt': who speaks about itself is a body
    for mention in entity["mentions"]:
        token = _token_after(doc, mention["end"])
        if token is not None and token.pos_ in {"VERB", "AUX"}:
            features.add(f"next_verb={token.lemma_.lower() or token.lower_}")
    if name != name.lower() and _stands_alone(text, name.lower()):
        features.add("lower_elsewhere")  # 'Santé' opening a line, 'santé' in the text: a common word
    surname = fold(words[-1]) if words else ""
    if len(surname) >= 3 and any(surname in local for local in _email_locals(text)):
        features.add("email_spells")
    return sorted(features)


def with_conjunctions(features: list[str]) -> list[str]:
    """Each feature also paired with the rules' label: the model learns where the rules are right
    ('rule_label=MISC&ner=ORG') rather than one weight per clue whatever the rules said."""
    proposed = next((f for f in features if f.startswith("rule_label=")), "rule_label=none")
    return features + [f"{proposed}&{f}" for f in features if not f.startswith(("rule_label=", "rule_id="))]


WEAK_RULES = ("entity.capitalised_run", "entity.propagated", "ner.")
"""Rule ids whose label is the weakest evidence: a capitalised run, a name carried over from another
mention, the statistical model's own guess."""

USES = ("replace", "misc", "weak", "drop")
"""Where the decision may overrule the rules: everywhere ('replace'), only names the rules call MISC,
only names found by the weakest evidence alone, or only to drop a name ('none') it is sure of."""


def weak_evidence(features: list[str]) -> bool:
    """Every mention of the entity was found by one of the WEAK_RULES."""
    rules = [f.removeprefix("rule_id=") for f in features if f.startswith("rule_id=")]
    return bool(rules) and all(rule.startswith(WEAK_RULES) for rule in rules)


def apply_use(probabilities: np.ndarray, proposed: str, features: list[str], use: dict) -> str:
    """The label the decision gives under its use: the most probable class where the use lets it
    overrule the rules and that class beats the rules' own label by more than keep_margin; under
    'drop', 'none' when its probability reaches drop_threshold; else the rules' label."""
    mode = use.get("mode", "replace")
    if mode == "drop":
        sure = probabilities[CLASSES.index("none")] >= use.get("drop_threshold", 0.5)
        return "none" if sure else proposed
    if mode == "misc" and proposed != "MISC":
        return proposed
    if mode == "weak" and not weak_evidence(features):
        return proposed
    best = int(probabilities.argmax())
    own = probabilities[CLASSES.index(proposed)] if proposed in CLASSES else 0.0
    return proposed if probabilities[best] - own <= use.get("keep_margin", 0.0) else CLASSES[best]


class LabelModel:
    """Softmax regression weights over named features, and the decision they make."""

    def __init__(self, data: dict) -> None:
        if list(data["classes"]) != list(CLASSES):
            raise ValueError(f"label model classes {data['classes']} are not {list(CLASSES)}")
        self.index = {name: i for i, name in enumerate(data["features"])}
        self.weights = np.asarray(data["weights"], dtype=np.float64)  # features x classes
        self.bias = np.asarray(data["bias"], dtype=np.float64)
        self.use: dict = data.get("use") or {"mode": "replace", "keep_margin": data.get("keep_margin", 0.0)}
        self.rules_sha256: str = data.get("rules_sha256", "")

    def scores(self, features: list[str]) -> np.ndarray:
        rows = [self.index[f] for f in with_conjunctions(features) if f in self.index]
        logits = self.bias + self.weights[rows].sum(axis=0)
        exp = np.exp(logits - logits.max())
        return exp / exp.sum()

    def decide(self, features: list[str], proposed: str) -> str:
        """The label under the model's use (see apply_use): the rules' own unless overruled."""
        return apply_use(self.scores(features), proposed, features, self.use)


@lru_cache(maxsize=1)
def load_label_model(path: str = str(MODEL_FILE)) -> LabelModel | None:
    """The trained decision, or None (the rules' labels then stand) when no model ships or when the
    one that ships did not beat the rules on held-out issuers."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return LabelModel(data) if data.get("active") else None
