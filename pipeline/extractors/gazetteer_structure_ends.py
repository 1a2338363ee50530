"""Where a named structure ends once its token pattern has matched: extend_structure adds the other
complements a pattern cannot express (up to max_complements, 'et des Affaires étrangères', ', de
l'aménagement'), a place's capitalised complements, a closing list of adjectives, a bare parent body;
and stops before what opens a phrase of the sentence ('et au cinéma', 'à une campagne', 'et l'INRAE').
portfolio_end cuts a local authority before a role's portfolio. Kept apart from
gazetteer_structures.py, which builds the patterns, so each reads whole."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pipeline import resources
from pipeline.extractors.extensions import glued_hyphen
from pipeline.extractors.gazetteer_structures import NOT_NOUN_POS, TITLED_NAME, body_heads

TitledAdjective = Callable[[str], bool]
"""Whether a capitalised word is an adjective (the entity rules' lexicon knows; the tagger does not)."""


def _wrap(doc, j: int) -> int:
    """Token j, or the token after it when j is a single line break wrapping the text."""
    return j + 1 if j + 1 < len(doc) and doc[j].text == "\n" else j


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


def _complement_at(
    doc, i: int, spec: dict, titled: TitledAdjective | None = None, titled_thing: bool = False
) -> int | None:
    """One more complement from token i: 'et des Affaires étrangères', ', de l'aménagement',
    'pour l'éducation' (lower-case, with an article), 'et régies'; its end or None. A programme's or a
    strategy's title (`titled_thing`) may go on after a proper name ('Stratégie de Biarritz pour une
    transformation numérique'); a body's or a venue's name does not."""
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
        and not (k == i and not titled_thing and _after_proper_name(doc, i))
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
        if bare and i + 2 < len(doc) and doc[i + 2].lower_ == "par":
            return None  # 'ministère de la Justice et conduits par …': a participle and its agent
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


def _after_proper_name(doc, i: int) -> bool:
    """The name before token i ends on a proper name ('Palais des Congrès de Grasse', 'Banque des
    Territoires'): 'pour', 'sur', 'à' and a lower-case phrase after it open a phrase of the sentence ('…
    de Grasse sur un record', '… des Territoires pour l'acquisition'); a name's own complement of that
    kind follows its head or a common noun ('Délégation à la sécurité', 'Centre d'études sur les risques')."""
    return i > 0 and doc[i - 1].text[:1].isupper() and i + 2 < len(doc) and doc[i + 2].is_lower


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
    if structure_id in spec["proper_name_ends"]["ids"]:
        return _compound_end(doc, end)  # 'l'ouragan Irma, des échouements …': the storm's name ends it
    if any(s["id"] == structure_id and s.get("closed") for s in spec["structures"]):
        # 'tribunal administratif d'Orléans contre …': the place ends it ('… de Loire-Atlantique' whole)
        return _place_end(doc, _compound_end(doc, end), spec)
    end = _adjectives_end(doc, _compound_end(doc, end), titled)
    owners = body_heads() if _structure_label(structure_id) == "MISC" else frozenset()
    for _ in range(spec["max_complements"] - 1):
        following = _complement_at(doc, end, spec, titled, _structure_label(structure_id) == "MISC")
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

CLAUSE_PREPOSITIONS = frozenset({"à", "au", "aux", "pour", "sur", "contre"})
"""Prepositions a local authority's head-word never takes a complement with: 'une aide du Département à
l'achat de …', 'la Région pour ses lycées'."""


def portfolio_end(doc, start: int, end: int) -> int:
    """'vice-président du Département chargé des sports', 'de la Région chargée des mobilités': a local
    authority's head-word then 'chargé de …' is the authority alone, the rest a role's portfolio (a
    ministry or a secretariat may be named so: 'Secrétariat d'État chargé de la Mer'); so is one before
    'à', 'pour', 'sur' (the sentence's phrase, not the authority's complement)."""
    authorities = resources.load("named_structures.json")["coordinated_authorities"]["words"]
    if (
        doc[start].text in authorities
        and start + 1 < end
        and doc[start + 1].lower_ in PORTFOLIO_WORDS | CLAUSE_PREPOSITIONS
    ):
        return start + 1
    return end
