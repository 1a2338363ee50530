"""Named structures: token patterns for named bodies and programmes built from a head-word, its
adjectives and a first complement (resources/named_structures.json), their ids and head-words.
extend_structure, which adds the other complements a pattern cannot express, is in
gazetteer_structure_ends.py."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import resources

TITLED_ID = "pattern_named_programme_titled"
"""Pattern id of a capitalised programme head with adjectives only: a name only inside a sentence."""

BARE_ID = "pattern_programme_bare"
"""Pattern id of a programme named by a scope adjective and a bare noun ('plan national vélo')."""

VENUE_ID = "pattern_named_venue"
"""Pattern id of named venues ('Hôtel de Roquelaure'), places unless an appositive head names them otherwise.
"""

BODY_ID = "pattern_named_body"
"""Pattern id of named bodies ('Agence régionale de santé', 'Centre hospitalier de Cholet')."""

UNIT_ID = "pattern_named_unit"
"""Pattern id of lower-case units ('direction du budget'), names only before their ministry's name."""


WRAP = {"TEXT": "\n", "OP": "?"}
"""A line's end inside a complement ('chambre d'agriculture de la\nHaute-Loire'): text wrapped by hard line
breaks, as PDF copies are, carries a name on over it (a blank line, two breaks, does not)."""


def _first_complements(spec: dict) -> list[list[dict]]:
    """The first complement, which needs a preposition: 'de la Culture', 'pour l'énergie'."""
    noun: dict = {
        "IS_PUNCT": False,
        "LIKE_NUM": False,
        "IS_SPACE": False,
        "POS": {"NOT_IN": list(NOT_NOUN_POS)},
        "MORPH": {"NOT_IN": ["VerbForm=Inf"]},
        "LOWER": {"NOT_IN": spec["not_complement_words"]},
    }
    article = {"LOWER": {"IN": spec["articles"]}}
    words = [{"POS": "ADJ", "OP": "?"}, noun, {"POS": "ADJ", "OP": "*"}]
    # 'Commission européenne en matière de …', '… au sein de': a locution opens the clause after the name
    locutions = spec["locutions"]
    not_locution = {**noun, "LOWER": {"NOT_IN": spec["not_complement_words"] + locutions["nouns"]}}
    plain = [p for p in spec["prepositions"] if p not in locutions["prepositions"]]
    return [
        [{"LOWER": {"IN": plain}}, {**article, "OP": "?"}, WRAP] + words,
        [
            {"LOWER": {"IN": locutions["prepositions"]}},
            {**article, "OP": "?"},
            {"POS": "ADJ", "OP": "?"},
            not_locution,
            {"POS": "ADJ", "OP": "*"},
        ],
        [{"LOWER": {"IN": spec["other_prepositions"]}}, article] + words,
    ]


@lru_cache(maxsize=1)
def structure_patterns() -> list[dict]:
    """Token patterns for named bodies and programmes: a head-word, its adjectives and a first
    complement (resources/named_structures.json); extend_structure adds the other complements."""
    spec = resources.load("named_structures.json")
    patterns: list[dict] = []
    for structure in spec["structures"]:
        heads: list[list[dict]] = []
        tails = _first_complements(spec)
        if structure.get("adjectives_only"):  # 'Fonds communs numériques': no complement needed
            head = [{"ORTH": {"IN": structure["heads"]}}, {"POS": "ADJ", "OP": "+"}]
            # 'Programme national Ponts': a capitalised word after the adjectives names the programme
            heads, tails = [head, [*head, {"IS_TITLE": True, "IS_ALPHA": True}]], [[]]
        elif "heads" in structure:
            head = {"ORTH": {"IN": structure["heads"]}}
            heads += [
                [head, {"POS": "ADJ", "OP": "*"}],
                [head, {"POS": "ADJ"}, {"LOWER": "et"}, {"POS": "ADJ"}],
            ]
            if structure.get(
                "titled_adjectives"
            ):  # 'Cité internationale Universitaire de Paris': an adjective capitalised
                heads.append([head, {"POS": "ADJ", "OP": "*"}, {"IS_TITLE": True, "IS_ALPHA": True}])
        if "title_adjectives" in structure:  # 'Grand plan d'investissement'
            heads.append(
                [
                    {"ORTH": {"IN": structure["title_adjectives"]}},
                    {"LOWER": {"IN": structure["lower_heads"]}},
                    {"POS": "ADJ", "OP": "*"},
                ]
            )
        elif "adjectives" in structure:
            adjectives = [{"LOWER": {"IN": structure["adjectives"]}}, {"POS": "ADJ", "OP": "*"}]
            heads.append([{"LOWER": {"IN": structure["lower_heads"]}}] + adjectives)
            # 'base de données nationale des bâtiments': a head of several words
            heads += [
                [{"LOWER": word} for word in phrase.split()] + adjectives
                for phrase in structure.get("phrase_heads", [])
            ]
            if structure.get(
                "bare_noun"
            ):  # 'plan national géothermie': a word right after the scope adjective
                # (the tagger calls 'vélo' a verb, 'canicule' an adjective: the entity rules check it is a
                # dictionary noun)
                tails = [
                    [
                        {
                            "IS_ALPHA": True,
                            "IS_LOWER": True,
                            "POS": {"NOT_IN": list(NOT_BARE_NOUN_POS)},
                            "LOWER": {"NOT_IN": spec["not_complement_words"]},
                        }
                    ]
                ]
        elif structure.get("adjectives_pos"):
            heads.append([{"LOWER": {"IN": structure["lower_heads"]}}, {"POS": "ADJ", "OP": "+"}])
        elif "lower_heads" in structure:
            heads = _lower_heads(structure)
            if structure.get("qualified"):
                heads = [q for head in heads for q in _qualified_heads(head, structure, spec)]
            if structure.get("titled_complement"):  # 'musée du Louvre', not 'musée de la ville'
                tails = [
                    [
                        {"LOWER": {"IN": spec["prepositions"]}},
                        {"LOWER": {"IN": spec["articles"]}, "OP": "?"},
                        WRAP,
                        {
                            "ORTH": {"REGEX": TITLED_NAME}
                        },  # 'de Brest', 'de Saint-Junien', 'de Port-la-Nouvelle'
                    ]
                ]
        patterns += [
            {"label": structure["label"], "id": structure["id"], "pattern": head + tail}
            for head in heads
            for tail in tails
        ]
    return patterns


HEAD_WORD = re.compile(r"[^\W\d_]+['’]|[^\s'’]+")
"""A word of a head of several words, an elided article on its own ('d'', 'assurance') as the tokenizer
splits it."""


def _head_word(word: str) -> dict:
    """A token pattern for a head's word; an elision in either apostrophe."""
    if word[-1] in "'’":
        return {"LOWER": {"IN": [word[:-1] + "'", word[:-1] + "’"]}}
    return {"LOWER": word}


def _lower_heads(structure: dict) -> list[list[dict]]:
    """A lower-case head of one word or several, and after the ordinal that numbers a unit if the
    structure allows one ('1er régiment d'infanterie de Sarrebourg', '3e compagnie de Rennes')."""
    words = [h for h in structure["lower_heads"] if " " not in h]
    heads = [[{"LOWER": {"IN": words}}]] if words else []
    # 'centre hospitalier de Dax', 'caisse primaire d'assurance maladie de …': a head of several words
    heads += [[_head_word(w) for w in HEAD_WORD.findall(h)] for h in structure["lower_heads"] if " " in h]
    if structure.get("ordinal"):
        heads += [[{"LOWER": {"IN": ORDINALS}}] + head for head in heads]
    return heads


def _qualified_heads(head: list[dict], structure: dict, spec: dict) -> list[list[dict]]:
    """A local body's head and what may qualify it before its place: adjectives ('lycée agricole de
    Somme-Vesle'), and, unless the structure allows adjectives only, one bare lower-case noun after a
    qualifier preposition ('brigade de gendarmerie de Dax', 'chambre d'agriculture du Loiret'); a head
    that also names a common thing needs that noun ('cour d'appel de Douai', not 'la cour du Château')."""
    adjectives = [{"POS": "ADJ", "OP": "+"}]
    if structure["qualified"] == "adjectives":
        return [head, head + adjectives]
    qualifier = [
        {"LOWER": {"IN": spec["qualifier_prepositions"]}},
        {"IS_LOWER": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": spec["not_complement_words"]}},
        {"POS": "ADJ", "OP": "*"},
    ]
    qualified = [head + qualifier, head + adjectives + qualifier]
    return qualified if structure.get("qualifier_required") else [head, head + adjectives] + qualified


ORDINALS = ["1er", "1re"] + [f"{n}e" for n in range(2, 200)]
"""The ordinals that number a unit: '1er', '1re', '13e'."""

NOT_NOUN_POS = frozenset({"AUX", "ADP", "DET", "PRON"})

TITLED_NAME = r"^[A-ZÀ-Ý][^\W\d_]*(?:['’-][^\W\d_]+)*$"
"""A capitalised name, hyphenated or not: 'Louvre', 'Saint-Junien', 'Port-la-Nouvelle'."""

NOT_BARE_NOUN_POS = NOT_NOUN_POS | {"CCONJ", "SCONJ", "ADV", "NUM"}


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    """The capitalised head-words of named bodies ('Centre', 'Agence')."""
    return frozenset(
        h
        for s in resources.load("named_structures.json")["structures"]
        if s["label"] == "ORG"
        for h in s.get("heads", [])
    )
