"""Named structures: token patterns for named bodies and programmes built from a head-word, its
adjectives and a first complement (resources/named_structures.json), and extend_structure, which
adds the other complements a pattern cannot express."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from pipeline import resources
from pipeline.extractors.extensions import glued_hyphen

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


def _wrap(doc, j: int) -> int:
    """Token j, or the token after it when j is a single line break wrapping the text."""
    return j + 1 if j + 1 < len(doc) and doc[j].text == "\n" else j


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

TitledAdjective = Callable[[str], bool]
"""Whether a capitalised word is an adjective (the entity rules' lexicon knows; the tagger does not)."""
NOT_BARE_NOUN_POS = NOT_NOUN_POS | {"CCONJ", "SCONJ", "ADV", "NUM"}


def _noun(token, spec: dict, lower: bool = False) -> bool:
    if _numbered_compound(token):
        return True  # 'des Deux-Sèvres', 'de Trois-Rivières': a place's name opening on a number word
    return not (
        token.is_punct
        or token.like_num
        or token.is_space
        or token.pos_ in NOT_NOUN_POS
        or str(token.morph) == "VerbForm=Inf"
        or token.lower_ in spec["not_complement_words"]
        or (lower and not token.is_lower)
    )


ELISIONS = frozenset({"d'", "d’", "l'", "l’"})


def _numbered_compound(token) -> bool:
    """A capitalised number word glued by a hyphen to a capitalised word ('Deux-Sèvres', 'Quatre-Routes')."""
    doc, i = token.doc, token.i
    return (
        token.is_title
        and token.is_alpha
        and token.like_num
        and i + 2 < len(doc)
        and glued_hyphen(doc, i + 1)
        and doc[i + 2].is_title
    )


def _compound_end(doc, j: int) -> int:
    """'beaux-arts', 'Outre-mer', 'Côtes-d'Armor': words joined by hyphens (no spaces) go on the word
    before token j, an elided article glued to the word after a hyphen too."""
    while j + 1 < len(doc) and glued_hyphen(doc, j):
        if doc[j + 1].is_alpha:
            j += 2
        elif (
            doc[j + 1].lower_ in ELISIONS
            and not doc[j + 1].whitespace_
            and j + 2 < len(doc)
            and doc[j + 2].is_alpha
        ):
            j += 3
        else:
            break
    return j


def _mistagged_adjective(doc, j: int, titled: TitledAdjective) -> bool:
    """A lower-case adjective of the dictionary that the tagger called a noun or an infinitive after a
    name's noun ('Forum de l'emploi saisonnier', 'saisonnier' read as a verb), with nothing hanging on
    it: a preposition, a determiner, punctuation or the end follows."""
    token = doc[j]
    following = doc[j + 1] if j + 1 < len(doc) else None
    return (
        token.is_lower
        and token.is_alpha
        and (token.pos_ == "NOUN" or str(token.morph) == "VerbForm=Inf")
        and doc[j - 1].pos_ == "NOUN"
        and titled(token.text)
        and (following is None or following.pos_ in {"ADP", "DET", "PUNCT", "CCONJ", "SPACE"})
    )


def _adjectives_end(doc, j: int, titled: TitledAdjective | None = None) -> int:
    """Adjectives from token j on; a past participle too when nothing hangs on it, as at the end
    of a name ('des personnes handicapées,'), not 'de relance adopté par ...'; and, when `titled`
    says a word is an adjective, one capitalised after a capitalised word, as a name in title case
    writes it ('de l'Éducation Nationale', 'des Finances Publiques': the tagger calls these proper
    nouns)."""
    while j < len(doc):
        if (
            # the lexicon, when given, vetoes a verb the tagger took for an adjective ('… Décoratifs expose')
            (doc[j].pos_ == "ADJ" and (titled is None or not doc[j].is_lower or titled(doc[j].text)))
            or (
                doc[j].is_lower
                and "Part" in doc[j].morph.get("VerbForm")
                and (j + 1 == len(doc) or doc[j + 1].is_punct or doc[j + 1].lower_ in {"et", "ou"})
            )
            or (
                titled is not None
                and j > 0
                and doc[j].is_title
                and doc[j - 1].is_title
                and doc[j - 1].is_alpha
                and titled(doc[j].text)
            )
            or (titled is not None and _mistagged_adjective(doc, j, titled))
        ):
            j += 1
        else:
            break
    return j


def _words_at(doc, i: int, spec: dict, lower: bool, titled: TitledAdjective | None = None) -> int | None:
    """'l'énergie', 'la jeune création européenne': optional adjective, a noun, adjectives; end or None."""
    for j in (i + 1, i) if i < len(doc) and doc[i].pos_ == "ADJ" else (i,):
        if j < len(doc) and _noun(doc[j], spec, lower):
            return _adjectives_end(doc, _compound_end(doc, j + 1), titled)
    return None


def _complement_at(doc, i: int, spec: dict, titled: TitledAdjective | None = None) -> int | None:
    """One more complement from token i: 'et des Affaires étrangères', ', de l'aménagement',
    'pour l'éducation' (lower-case, with an article), 'et régies'; its end or None."""
    articles, of, other = set(spec["articles"]), set(spec["prepositions"]), set(spec["other_prepositions"])
    k = i + 1 if i < len(doc) and doc[i].lower_ in {"et", ","} else i
    locutions = spec["locutions"]
    if (
        k + 1 < len(doc)
        and doc[k].lower_ in locutions["prepositions"]
        and doc[k + 1].lower_ in locutions["nouns"]
    ):
        return None  # 'en matière de', 'au sein de': a locution opens the clause after the name
    if k < len(doc) and doc[k].lower_ in of:
        if k + 1 < len(doc) and doc[k + 1].lower_ in INDEFINITE:
            return (
                None  # 'saisi le Conseil d'État d'un recours': 'of a …' opens the clause, never a name's part
            )
        j = _wrap(doc, k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in articles))
        if (k > i and _coordinates_another(doc, k, j, spec)) or _another_destination(doc, i, k, of | other):
            return None
        if (end := _words_at(doc, j, spec, False, titled)) is not None:
            return end
    k = i + 1 if i < len(doc) and doc[i].lower_ == "et" else i
    if k > i and k < len(doc) and _another_destination(doc, i, k, of | other):
        return None  # 'compagnie de Saint-Junien et à la brigade de Bellac': another phrase of the sentence
    if (
        k + 1 < len(doc)
        and doc[k].lower_ in other
        and doc[k + 1].lower_ in articles
        and not _sentence_object(doc, k, spec)
        and (end := _words_at(doc, k + 2, spec, True)) is not None
    ):
        return end
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in articles:
        # 'pour l'agriculture, l'alimentation et l'environnement': an enumeration that closes with 'et'
        end = _words_at(doc, i + 2, spec, True)
        if (
            end is not None
            and end + 2 < len(doc)
            and doc[end].lower_ in {",", "et"}
            and doc[end + 1].lower_ in articles | {"et"}
        ):
            return end
    if i < len(doc) and doc[i].lower_ == "et":
        article = i + 1 < len(doc) and doc[i + 1].lower_ in articles
        # 'et régies', 'et Corse' go on the name; 'et l'INRAE' coordinates another body: it stops here;
        bare = i + 1 < len(doc) and not article and doc[i + 1].is_lower and doc[i + 1].is_alpha
        if titled is not None and bare and not _plural_after_plural(doc, i):
            # a bare singular word: an adjective coordinated with the name's own ('Transition écologique
            # et solidaire') goes on it; a noun, or a word with a complement, opens the clause after it
            # ('Académie des sciences et lauréat de la médaille …', 'et membre du comité')
            following = doc[i + 2].lower_ if i + 2 < len(doc) else ""
            if titled(doc[i + 1].text) and following not in spec["prepositions"]:
                return _adjectives_end(doc, i + 2, titled)
            return None
        if article and _opened_by_de(doc, i, of, other):
            return None  # 'Conseil de l'Union européenne et les recommandations …': no 'de', another object
        return _words_at(doc, i + 1 + article, spec, article, titled)
    return None


def _sentence_object(doc, k: int, spec: dict) -> bool:
    """'à' and an indefinite article at token k open a phrase of the sentence, not a complement of the
    name before ('… de justice à une campagne d'affichage'): a name's own complement is definite
    ('Délégation à la sécurité routière')."""
    return doc[k].lower_ == "à" and doc[k + 1].lower_ in INDEFINITE


def _plural_after_plural(doc, i: int) -> bool:
    """The bare word after 'et' (token i) is plural: tagged so, or ending in -s or -x after a plural
    noun it shares its article with ('Charte des droits et devoirs du citoyen', 'arts et métiers':
    the tagger often leaves the second noun's number out)."""
    word, before = doc[i + 1], doc[i - 1] if i > 0 else None
    return "Plur" in word.morph.get("Number") or (
        before is not None and "Plur" in before.morph.get("Number") and word.lower_[-1:] in ("s", "x")
    )


DESTINATIONS = frozenset({"au", "aux", "à", "en"})
INDEFINITE = frozenset({"un", "une"})


def _another_destination(doc, i: int, k: int, prepositions: set[str]) -> bool:
    """'Théâtre de Lorient et au cinéma Le Cristal', 'du Musée de Bretagne aux archives', 'office de
    tourisme de Sarlat et en ligne': after 'et', a comma or a proper name, 'au', 'aux', 'à' or 'en'
    opens a phrase of the sentence, unless the name's own
    complement opened with one of them ('Commissariat à l'énergie atomique et aux énergies
    alternatives'); after a common noun it may be the name's ('Institut de formation aux métiers')."""
    if doc[k].lower_ not in DESTINATIONS:
        return False
    if k == i:
        return i > 0 and doc[i - 1].text[:1].isupper()
    before = next(
        (doc[j].lower_ for j in range(i - 1, max(-1, i - 8), -1) if doc[j].lower_ in prepositions), None
    )
    return before not in DESTINATIONS


def _opened_by_de(doc, i: int, of: set[str], other: set[str]) -> bool:
    """Whether the complement before token i opened with 'de' (and not 'pour', 'sur', 'à'): 'et' and
    an article then coordinate outside the name ('Fondation pour la recherche et l'innovation' goes
    on: its complements open with 'pour')."""
    for j in range(i - 1, max(-1, i - 8), -1):
        if doc[j].lower_ in other:
            return False
        if doc[j].lower_ in of:
            return True
    return False


def _coordinates_another(doc, k: int, j: int, spec: dict) -> bool:
    """'…, d'Inria et de Google', '… et du comité des représentants', ', de la Région Occitanie': after
    'et' or a comma, 'de' with no article before a capitalised word, or a complement headed by a body's
    head-word (a local authority's when a name follows it), names another body beside the first."""
    if j >= len(doc):
        return False
    elided = j == k + 1 and doc[k].lower_ in {"de", "d'", "d’"}
    authority = (
        doc[j].text in spec["coordinated_authorities"]["words"]
        and j + 1 < len(doc)
        and (doc[j + 1].is_title or doc[j + 1].lower_ in spec["prepositions"])
    )
    return (elided and doc[j].text[:1].isupper()) or doc[j].lower_ in spec["coordinated_bodies"] or authority


def _bare_parent_end(doc, i: int, spec: dict) -> int:
    """'Service de presse du ministère': a parent body named by its head-word alone ends the unit's
    name; one with a complement or a name of its own ('du ministère des Armées') is another body."""
    j = i + 1 if i < len(doc) and doc[i].lower_ in spec["prepositions"] else None
    if j is None:
        return i
    if j < len(doc) and doc[j].lower_ in spec["articles"]:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in spec["heads"] or not doc[j].is_lower:
        return i
    following = doc[j + 1] if j + 1 < len(doc) else None
    if following is not None and (
        following.lower_ in {"de", "du", "des", "d'", "d’", "en", "pour", "chargé", "chargée"}
        or following.text[:1].isupper()
        or following.pos_ == "ADJ"
    ):
        return i
    return j + 1


def named_parent_follows(doc, i: int) -> bool:
    """'direction du budget du ministère de l'Économie': a named ministry or prefecture right after
    token i, whose unit this is."""
    spec = resources.load("named_structures.json")["unit_parents"]
    if i >= len(doc) or doc[i].lower_ not in spec["prepositions"]:
        return False
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in spec["articles"])
    return (
        j + 1 < len(doc)
        and doc[j].lower_ in spec["heads"]
        and doc[j + 1].lower_ in {"de", "du", "des", "d'", "d’"}
    )


@cache
def _structure_label(structure_id: str) -> str | None:
    return next(
        (
            s["label"]
            for s in resources.load("named_structures.json")["structures"]
            if s["id"] == structure_id
        ),
        None,
    )


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    """The capitalised head-words of named bodies ('Centre', 'Agence')."""
    return frozenset(
        h
        for s in resources.load("named_structures.json")["structures"]
        if s["label"] == "ORG"
        for h in s.get("heads", [])
    )


def _place_end(doc, end: int, spec: dict) -> int:
    """The end of a place's name of several words from token `end` on: its capitalised complements
    ('des Pays | de la Loire', 'du Pays | de Quimperlé'), nothing lower-case and no coordination."""
    articles = set(spec["articles"])
    while end + 1 < len(doc) and doc[end].lower_ in spec["qualifier_prepositions"] + ["du"]:
        j = end + 1 + (doc[end + 1].lower_ in articles)
        if j >= len(doc) or not re.match(TITLED_NAME, doc[j].text):
            break
        end = j + 1
    return end


def extend_structure(doc, end: int, structure_id: str, titled: TitledAdjective | None = None) -> int:
    """The token end of a named structure once its other complements (up to max_complements in
    all) and, for programmes, a closing list of adjectives (', ouverte, libre et sûre') are added;
    `titled` tells the adjectives a name in title case capitalises."""
    spec = resources.load("named_structures.json")
    if any(s["id"] == structure_id and s.get("closed") for s in spec["structures"]):
        # 'tribunal administratif d'Orléans contre …': the place ends it ('… de Loire-Atlantique' whole)
        return _place_end(doc, _compound_end(doc, end), spec)
    end = _adjectives_end(doc, _compound_end(doc, end), titled)
    owners = body_heads() if _structure_label(structure_id) == "MISC" else frozenset()
    for _ in range(spec["max_complements"] - 1):
        following = _complement_at(doc, end, spec, titled)
        if following is None or owners & {t.text for t in doc[end : end + 3]}:
            # 'base de données ... du Centre scientifique': a named body owns the thing, it is not its
            # complement
            break
        end = following
    end = _bare_parent_end(doc, end, spec["bare_parents"])
    if any(s["id"] == structure_id and s.get("final_adjectives") for s in spec["structures"]):
        j = end
        while j < len(doc) and (doc[j].text == "," or doc[j].pos_ == "ADJ"):
            j += 1
        if (
            j + 1 < len(doc)
            and doc[j].lower_ == "et"
            and doc[j + 1].is_alpha
            and doc[j + 1].is_lower
            and doc[j + 1].pos_ not in NOT_NOUN_POS | {"VERB"}
        ):
            j += 2
        end = j
    return end


PORTFOLIO_WORDS = frozenset({"chargé", "chargée", "chargés", "chargées"})


def portfolio_end(doc, start: int, end: int) -> int:
    """'vice-président du Département chargé des sports', 'de la Région chargée des mobilités': a local
    authority's head-word then 'chargé de …' is the authority alone, the rest a role's portfolio (a
    ministry or a secretariat may be named so: 'Secrétariat d'État chargé de la Mer')."""
    authorities = resources.load("named_structures.json")["coordinated_authorities"]["words"]
    if doc[start].text in authorities and start + 1 < end and doc[start + 1].lower_ in PORTFOLIO_WORDS:
        return start + 1
    return end
