"""Whether a candidate span can be a name at all: acceptable, its tests (a heading, a common word
opening a line, a status, an address, a unit, a role) and a one-word town's context. Where a name ends
is in boundaries.py, the page's furniture (link lines, menus, front matter) in page_furniture.py."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.entities.boundaries import is_adjective
from pipeline.extractors.entities.capitals import (
    after_possessive,
    calendar_words,
    common_words_heading,
)
from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.listing import listed_place
from pipeline.extractors.entities.page_furniture import (
    line_around,
    off_the_release,
    on_link_line,
    on_menu_line,
    on_pipe_menu,
)
from pipeline.extractors.entities.positions import (
    LINE_END_HYPHENS,
    line_initial,
    line_of,
    opening,
    opens_no_name,
)
from pipeline.extractors.entities.span_text import after_street_head, is_address
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.titled_names import is_civility, named_after_person, role_titles
from pipeline.extractors.entities.vocabulary import NUMBER_SIGN, ROMAN_NUMERAL, fold, legal_status, vocabulary
from pipeline.extractors.extensions import CELL_GAPS, text_of
from pipeline.extractors.gazetteers import NATURAL_REGION_ID, TOWN_ID

WORD_GOES_ON = re.compile(r"-[a-zà-ÿ]")
"""A hyphen then a lower-case letter right after a name: the word goes on ('France-ioi')."""

BREADCRUMB = re.compile(r"\s[›>]\s")
"""The separator of a web page's path ('Accueil › Actualités › Recherche') copied with its text."""

INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])(?:un|une)\s+$", re.IGNORECASE)
"""An indefinite article right before a lower-case thing's phrase ('une journée nationale de
mobilisation'): a kind of event or fund, not one with a name of its own."""

CLAUSE_END = re.compile(r"\n|\s[–—-]\s|[,;(]")


SEQUENCE_MARK = re.compile(r"^(?:\d{1,3}|[A-H])$")
"""The number or letter of a part in a series: '2', '12', 'B'."""


def _clause(text: str, start: int) -> str:
    """The text from start to the end of its line or clause (a comma, a dash, a parenthesis)."""
    end = CLAUSE_END.search(text, start)
    return text[start : end.start() if end else len(text)]


def inhabitants(text: str, start: int, name: str) -> bool:
    """'les Choletais', 'des Genevois': a pays named in -ais or -ois after a plural article is its people."""
    before = text[max(0, start - 5) : start].lower().split()
    return name.endswith(("ais", "ois")) and bool(before) and before[-1] in {"les", "des", "aux"}


NAME_COMPLEMENT = re.compile(r" (?:des|du|de la|de l['’]) ?[A-ZÀ-Ý]")
"""A complement opening on a capital right after a word: 'Réunion des Musées …', 'Union du Commerce …'."""


def opens_a_body_name(text: str, start: int, end: int, lexicon: Lexicon | None) -> bool:
    """A line (a letterhead's, a signature's) opening on a known place's one word that is also a
    common noun ('Réunion', a meeting) and going on with a capitalised complement names a body
    ('Réunion des Musées Métropolitains …', as 'Union des Métiers …'): the island is 'La Réunion'."""
    word = text[start:end]
    return (
        lexicon is not None
        and text[text.rfind("\n", 0, start) + 1 : start].strip() == ""
        and word.isalpha()
        and lexicon.is_noun(word.lower())
        and NAME_COMPLEMENT.match(text, end) is not None
    )


def acceptable(
    doc: Doc,
    candidate: Candidate,
    furniture: list[tuple[int, int]],
    lexicon: Lexicon | None = None,
    phrases: set | None = None,
) -> bool:
    """Whether a candidate can be a name: rule-made spans are trusted; the model's spans must look
    like a name (a proper noun, not a heading, not a common word opening a line or sentence)."""
    text = text_of(doc)[candidate.start : candidate.end]
    if len(text) < 2 or fold(text) in vocabulary()["rejected"] or not any(c.isalpha() for c in text):
        return False
    if off_the_release(doc, candidate.start):
        return False  # 'title: …' of a front matter; '> MaPrimeRénov' : …' under 'Sur le même sujet'
    if candidate.source == "gazetteer" and WORD_GOES_ON.match(text_of(doc), candidate.end):
        return False  # 'France' of 'France-ioi': a known name cut out of a longer hyphenated one
    if candidate.source == "gazetteer" and opens_a_body_name(
        text_of(doc), candidate.start, candidate.end, lexicon
    ):
        return False  # 'Réunion des Musées Métropolitains …': a common noun heading a name, no island
    if candidate.source != "issuer" and (
        legal_status(text) or (" " not in text and legal_status(_clause(text_of(doc), candidate.start)))
    ):
        # 'Établissement public de l'État, l'agence …': the body's status, not its name (nor is its
        # head-word alone: 'Office' of 'Office public de l'habitat – Meuse')
        return False
    if fold(text) in vocabulary()["kind_acronyms"]:
        return False  # 'un EHPAD', 'la PMI': a kind of establishment, not one
    if is_civility(text) or (candidate.label == "PER" and named_after_person(doc, candidate.start)):
        return False  # 'Pr' alone; 'place Charles de Gaulle', 'hôpital Georges Pompidou' name no person
    if " | " in text or BREADCRUMB.search(text):
        # 'Lignes | Fréquence': a table's cells; 'Accueil > Actualités': a web page's path, not one name
        return False
    if "@" in text or "http" in text or "www." in text or ROMAN_NUMERAL.match(text):
        return False
    if candidate.rule.startswith(f"gazetteer.{NATURAL_REGION_ID}") and inhabitants(
        text_of(doc), candidate.start, text
    ):
        return False  # 'les Choletais': the people of Cholet, not the pays
    if on_link_line(text_of(doc), candidate.start, text):
        return False  # 'Partager : Facebook | X | LinkedIn': a page's buttons
    if on_menu_line(text_of(doc), candidate.start):
        return False  # 'Accueil   Qui sommes-nous ?   Actualités': a site's menu
    if is_address(text) and candidate.rule not in {"pattern.pattern_road", "entity.named_site"}:
        return (
            False  # '12 rue des Lilas' (a road named by its number, 'route départementale 941', is a place)
        )
    before = text_of(doc)[max(0, candidate.start - 30) : candidate.start]
    if candidate.source != "issuer" and (
        after_street_head(text_of(doc), candidate.start) or NUMBER_SIGN.search(before)
    ):
        return False  # '27 rue Jean Dupré', 'stand n°J59': part of an address, a number
    if all(fold(word) in vocabulary()["rejected"] for word in text.split()):
        return False  # 'Coronavirus Covid-19': rejected words together are no name either
    words = text.split()
    if words[0].lower() in calendar_words() and all(w.isdigit() for w in words[1:]) and len(words) <= 3:
        return False  # 'MARS 2026', 'Lundi 6': a date in a heading, no name
    if (
        len(words) == 2
        and words[0].lower() in vocabulary()["sequence_parts"]
        and SEQUENCE_MARK.match(words[1])
    ):
        return False  # 'Étape 2', 'Compartiment B': a numbered part of a series, no name
    if (
        candidate.source == "model"
        and text.split()[0] in vocabulary()["units"]
        and text_of(doc)[: candidate.start].rstrip()[-1:].isdigit()
    ):
        return False  # '0,78 TWh de froid livré': a quantity's unit, not a name
    if (candidate.label == "PER" or candidate.source == "model") and text.split()[0].lower() in role_titles():
        return False  # 'Président de l'AFUP': a role, not the person holding it
    if (
        candidate.rule == f"gazetteer.{TOWN_ID}"
        and " " not in text
        and "-" not in text
        and not town_context(text_of(doc), candidate.start, candidate.end)
        and not (doc.user_data.get(CELL_GAPS) and line_initial(doc, candidate.start))
    ):
        # 'nous avons créé Albert, une IA': a one-word town needs a place's context (a table's cell it
        # opens is one: 'Mardi      Angerville      Mairie')
        return False
    if (
        candidate.rule == f"gazetteer.{TOWN_ID}"
        and lexicon is not None
        and " " not in text
        and text in lexicon
    ):
        # 'Orange', 'Digne', 'Tours': a town only where a common word would not be capitalised, or as
        # an item of a list of places ('Quimper, Brest et Vannes …', a table's column of towns)
        first = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if first is not None and listed_place(text_of(doc), candidate.start, candidate.end):
            return True
        return first is not None and not (
            text.isupper()
            or opening(doc, first[0])
            or vocabulary()["portfolio_cue"].search(before)
            or adjective_follows(doc, first[-1].i, lexicon)
        )
    if candidate.label == "MISC" and text[0].islower() and INDEFINITE_BEFORE.search(before):
        return False  # 'créer un fonds régional de reconversion': a kind of thing, not one named
    if candidate.source in {"issuer", "gazetteer", "acronym", "pattern"}:
        return True
    if text[0].islower() and candidate.source not in {"propagated", "title_person"}:
        return False
    if "\n" in LINE_END_HYPHENS.sub("-", text) or any(s <= candidate.start < e for s, e in furniture):
        return False  # a line break ends a name, a line-end hyphen inside a word or compound does not
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return False
    if candidate.source == "model":
        if on_pipe_menu(line_around(text_of(doc), candidate.start)):
            return False  # 'Mon espace adhérent | Trouver une agence | Devis en ligne': a site's links
        if line_of(doc, candidate.start).strip() == text and len(text.split()) <= 3:
            return False  # a short line that is only this span is a heading
        if lexicon is not None and common_words_heading(doc, candidate.start, lexicon):
            return False  # 'Chiffres Clés', 'Devenir Bénévole', '• Nos Actions': a heading in title case
        proper = [t for t in span if t.pos_ == "PROPN" or (t.is_upper and len(t) > 1 and t.is_alpha)]
        if not proper:
            return False
        if lexicon is not None and after_possessive(doc, span.start, lexicon):
            return False  # 'Bougez pour votre Cœur', 'notre Offre Découverte': no name after a possessive
        if (
            lexicon is not None
            and span.start > 0
            and doc[span.start - 1].lower_ in role_titles()
            and span[0].text in lexicon
        ):
            return (
                False  # 'vice-président Éducation de l'AFUL': a role's portfolio ('président Macron' stays)
            )
        if (
            phrases
            and lexicon is not None
            and tuple(t.lower for t in span) in phrases
            and all(t.text in lexicon for t in span if t.is_alpha)
        ):
            return False  # 'Intelligence Artificielle' in a headline, 'intelligence artificielle' in the text
        if opens_no_name(span[0], lexicon):
            return False  # 'Découvrez ...', 'Permettre ...': a verb or function word opens no name
        if vocabulary()["portfolio_cue"].search(before):
            return False  # 'secrétaire d'État chargé du Numérique': a portfolio, part of the role
        words = [t for t in span if t.is_alpha]
        if lexicon is not None and len(words) >= 2:
            if (
                opening(doc, span[0])
                and span[0].text in lexicon
                and not any(t.text[:1].isupper() for t in span[1:])
            ):
                # '• Lancement du programme': a common word opening a line, nothing capitalised after
                return False
            if all(t.is_upper for t in words) and any(
                t.text in lexicon for t in words if t.lower_ not in vocabulary()["stop_words"]
            ):
                return False  # 'NOS CAMPAGNES DE PUB': all-caps common words are a heading
    if len(span) == 1 and lexicon is not None and candidate.source in {"model", "propagated"}:
        word = span[0]
        at_opening = (
            word.is_sent_start
            or line_initial(doc, candidate.start)
            or text_of(doc)[candidate.start - 2 : candidate.start].strip() in {":", "-", "•"}
        )
        shouted = word.is_upper and (
            not any(c.islower() for c in line_of(doc, candidate.start))
            or any(t.is_upper and t.is_alpha for t in doc[max(0, word.i - 1) : word.i + 2] if t.i != word.i)
        )
        if (word.text in lexicon or (word.is_upper and word.is_stop)) and (at_opening or shouted):
            # 'Tarif', 'Découvrez', 'PIC DE CHALEUR', 'SACRÉ CHEZ LES FEMMES': a common or grammatical word
            # capitalised by position or emphasis
            return False
    return True


LIST_ITEM_OPENING = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]+")
"""A numbered or bulleted item's marker at a line's start ('3. ', '- '): a town opening the item stands
where a line would open it ('3. Lanvéoc – parking du port')."""


def town_context(text: str, start: int, end: int) -> bool:
    """Where a one-word town is read as a place: after a place preposition ('à Massy', 'd'Orange'),
    at a line start (an address, a dateline, a numbered or bulleted item), in a list ('à Lyon, Nantes et
    Brest', 'Quimper, Brest') or a table's cell, in parentheses, or before its department in parentheses."""
    before = text[max(0, start - 12) : start]
    words = before.replace("’", "'").split()
    last = words[-1].lower().split("'")[-1] if words else ""
    if (
        words
        and words[-1].lower() in {"le", "la", "les", "l'", "des"}
        and text[start:end] in ambiguous_departments()
    ):
        return True  # 'le Var', 'la Somme', 'des Landes': a common word has no capital after its article
    if last in {"la", "le", "les"} and len(words) >= 2:
        last = words[-2].lower().split("'")[-1]  # 'élus de la Vienne'
    if (
        not words
        or "\n" in before[len(before.rstrip(" \t")) - 1 :]
        or LIST_ITEM_OPENING.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None
        or before.rstrip(" \t")[-1:] in {"(", ",", "/", "\n", "–", "-", ":", "|", ";"}
        or listed_place(text, start, end)
    ):
        return True
    if before.endswith(("'", "’")) and before.replace("’", "'").rsplit(" ", 1)[-1].lower() in {"d'", "l'"}:
        return True
    return (
        last in vocabulary()["place_prepositions"]
        or last in {"et", "ou"}
        or re.match(r"\s*\(", text[end : end + 3]) is not None
    )


@lru_cache(maxsize=1)
def ambiguous_departments() -> frozenset[str]:
    """Departments named by a common word ('Somme', 'Var', 'Lot'), looked up as towns are."""
    return frozenset(resources.load("entities.json")["excluded_subdivisions"])


def adjective_follows(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """'le Centre hospitalier', 'un Orange mécanique': a common word that is also a town's name,
    followed by an adjective of its own, is the common noun."""
    return (
        i + 1 < len(doc)
        and doc[i + 1].is_lower
        and doc[i + 1].is_alpha
        and is_adjective(lexicon, doc[i + 1].text)
        and "Fin" not in doc[i + 1].morph.get("VerbForm")
    )
