"""Whether a candidate span is a name at all, and where a name ends (a legal text's title, a verb or a
coordinated name it ran on into, a closing number).

Position helpers live in positions.py, persons' title and role helpers in titled_names.py, and what a
capital means (headings, possessives) in capitals.py; the names other modules import
from here are re-exported."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.dates.teasers import teaser_blocks
from pipeline.extractors.entities.branches import branch_end
from pipeline.extractors.entities.capitals import (
    after_possessive,
    calendar_words,
    common_words_heading,
)
from pipeline.extractors.entities.lexicon import Lexicon
from pipeline.extractors.entities.listing import listed_place
from pipeline.extractors.entities.positions import line_initial, line_of, opening, opens_no_name
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.titled_names import (
    email_names,
    is_civility,
    named_after_person,
    role_follows,
    role_titles,
)
from pipeline.extractors.entities.vocabulary import (
    NUMBER_SIGN,
    ROMAN_NUMERAL,
    after_street_head,
    fold,
    is_address,
    legal_status,
    not_complement_words,
    vocabulary,
)
from pipeline.extractors.extensions import CELL_GAPS, OFF_RELEASE_KEY, text_of
from pipeline.extractors.gazetteers import NATURAL_REGION_ID, TOWN_ID

__all__ = ["acceptable", "email_names", "legal_title_end", "role_follows", "role_titles", "town_context"]

MAX_QUOTED_NAME = 8

QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "*": "*", "_": "_"}
"""Quotation marks, and markdown's italics around a title ('le film *Les Ailes du désert*')."""

PLACE_OF = frozenset({"de", "du", "des", "d'", "d’"})

MAX_MODIFIERS = 4

MODIFIER_POS = {"ADJ", "NOUN", "ADP", "DET"}

LINK_SEPARATOR = re.compile(r"\s[|·•]\s")
"""The separator of a line of links or buttons ('Facebook | X | E-mail')."""

WORD_GOES_ON = re.compile(r"-[a-zà-ÿ]")
"""A hyphen then a lower-case letter right after a name: the word goes on ('France-ioi')."""

BREADCRUMB = re.compile(r"\s[›>]\s")
"""The separator of a web page's path ('Accueil › Actualités › Recherche') copied with its text."""


def legal_title_end(doc: Doc, start: int, end: int) -> int:
    """A legal text's title stops before the sentence goes on: a conjugated verb ('s'applique')
    or a relative pronoun ('qui accélère')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return end
    for i, token in enumerate(span):
        if i > 1 and (
            token.lower_ in {"qui", "que", "dont"}
            or (token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm"))
        ):
            while i > 0 and span[i - 1].pos_ == "PRON":
                i -= 1
            return span[i].idx
    return end


def inhabitants(text: str, start: int, name: str) -> bool:
    """'les Choletais', 'des Genevois': a pays named in -ais or -ois after a plural article is its people."""
    before = text[max(0, start - 5) : start].lower().split()
    return name.endswith(("ais", "ois")) and bool(before) and before[-1] in {"les", "des", "aux"}


def on_link_line(text: str, start: int, name: str) -> bool:
    """Whether a social network's name stands on a page's sharing or link line ('Partager : Facebook |
    LinkedIn', 'www.example.fr · LinkedIn'), where it is a button, not a name the release cites."""
    links = resources.load("entities.json")["link_lines"]
    if name not in links["networks"] and not set(name.split()) & set(links["networks"]):
        return False  # (a run over the buttons: 'Facebook X LinkedIn Courriel', 'Partager f X in')
    line = _line(text, start).lower()
    return any(cue in line for cue in links["line_cues"]) or bool(LINK_SEPARATOR.search(line))


def on_menu_line(text: str, start: int) -> bool:
    """Whether a span stands on a web page's navigation menu ('Accueil   Qui sommes-nous ?   Actualités
    Faire un don'): a line holding two of a site's menu entries, written with their capital, and no
    sentence's full stop. Its words are buttons side by side, not a name."""
    line = _line(text, start)
    if line.rstrip().endswith("."):
        return False
    return sum(entry in line and bool(pattern.search(line)) for entry, pattern in _menu_entries()) >= 2


@lru_cache(maxsize=1)
def _menu_entries() -> tuple[tuple[str, re.Pattern], ...]:
    """Each menu entry with its whole-word pattern, compiled once (the check runs on every candidate)."""
    entries = resources.load("entities.json")["menu_entries"]["words"]
    return tuple((entry, re.compile(rf"(?<!\w){re.escape(entry)}(?!\w)")) for entry in entries)


def off_the_release(doc: Doc, start: int) -> bool:
    """Whether a span stands in page metadata or the site's furniture, not the release's text: a
    markdown page's front matter ('title: Prix de l'eau 2026'), or its teasers for other articles
    ('Sur le même sujet' over two other releases' titles, '← Article précédent : …'). Neither gives
    a mention (docs/annotation.md, front matter and web pages), whatever rule or list found it."""
    zones = doc.user_data.get(OFF_RELEASE_KEY)
    if zones is None:
        from pipeline.extractors.metadata import FRONT_MATTER  # metadata imports the issuer's rules

        header_end = max(
            (
                end
                for key, (_, end) in (doc.user_data.get(FRONT_MATTER) or {}).items()
                if not key.startswith("heading")  # the body's own opening headings are body
            ),
            default=0,
        )
        zones = doc.user_data[OFF_RELEASE_KEY] = [(0, header_end), *teaser_blocks(text_of(doc))]
    return any(s <= start < e for s, e in zones)


INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])(?:un|une)\s+$", re.IGNORECASE)
"""An indefinite article right before a lower-case thing's phrase ('une journée nationale de
mobilisation'): a kind of event or fund, not one with a name of its own."""

PIPE_MENU_ENTRIES = 3
"""A line of at least this many short entries between ' | ' is a site's links (a header, a footer)."""
MAX_ENTRY_WORDS = 4


def on_pipe_menu(line: str) -> bool:
    """Whether a line is a web page's links set side by side with ' | ' ('Mon espace | Trouver une
    agence | Devis en ligne'): short entries, no figure (a table row or a dateline has some: 'N° 12 |
    Toulon, le 4 mai'), and not a markdown table's row ('| … |')."""
    stripped = line.strip()
    entries = stripped.split(" | ")
    return (
        len(entries) >= PIPE_MENU_ENTRIES
        and not stripped.startswith("|")
        and not stripped.endswith("|")
        and not any(ch.isdigit() for ch in stripped)
        and all(0 < len(entry.split()) <= MAX_ENTRY_WORDS for entry in entries)
    )


CLAUSE_END = re.compile(r"\n|\s[–—-]\s|[,;(]")


def _clause(text: str, start: int) -> str:
    """The text from start to the end of its line or clause (a comma, a dash, a parenthesis)."""
    end = CLAUSE_END.search(text, start)
    return text[start : end.start() if end else len(text)]


def _line(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return text[line_start : line_end if line_end >= 0 else len(text)]


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
    if "\n" in text or any(s <= candidate.start < e for s, e in furniture):
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return False
    if candidate.source == "model":
        if on_pipe_menu(_line(text_of(doc), candidate.start)):
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
        and words[-1].lower() in {"le", "la", "les", "l'"}
        and text[start:end] in ambiguous_departments()
    ):
        return True  # 'le Var', 'la Somme': a common word has no capital after its article
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


EVENT_YEAR = re.compile(r" (?:19|20)\d\d(?![\w/-])")

NAME_NUMBER = re.compile(
    r"[ -](?P<number>\d{1,2})"
    r"(?=[ \t]*(?:[.,](?!\d)|[;:)»]|\n|$|(?:et|ou|en|pour|qui|dans|par|avec|sur|au|à) ))"
)
"""A one- or two-digit number closing a name before punctuation, a line's end or a function word
('SAMU Centre 15.', 'le SAMU Centre 15 en signalant', 'la Ligue 1 et'), not a count before its noun
('ARS Occitanie 3 cas') nor a decimal's whole part ('FRANCE CLOUD 24,3 millions')."""


def verb_tail_end(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """The token end of a name once a verb it ran on into is cut ('Établissement français du sang
    lance', 'Les Nuits de Fourvière accueille'): the tagger often calls the verb after a name an
    adjective; a final lower-case word the dictionary knows, but not as an adjective, is the clause's
    verb, not the name's adjective. A verb with its object inside the name ends it there too ('Salon de
    l'habitat réunit des artisans', 'Forum de l'emploi accueille des recruteurs')."""
    end = next((i for i in range(start + 2, end - 1) if _verb_before_object(doc, i, lexicon)), end)
    while end - 1 > start:
        token = doc[end - 1]
        verb = token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm")
        if not token.is_lower or not (
            verb or (token.pos_ == "ADJ" and not is_adjective(lexicon, token.text))
        ):
            break
        end -= 1
    return end


OBJECT_OPENERS = frozenset(
    {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "ses", "son", "sa", "leur", "leurs"}
)
"""Determiners that open a verb's object ('réunit des artisans', 'accueille les familles')."""


def _verb_before_object(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """A lower-case word the dictionary knows, neither as a noun nor as an adjective, before a
    determiner: a verb and its object, whatever the tagger called the verb (often a noun or an
    adjective after a name)."""
    token = doc[i]
    return (
        token.is_lower
        and token.is_alpha
        and doc[i + 1].lower_ in OBJECT_OPENERS
        and token.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}
        and token.text in lexicon
        and not lexicon.is_noun(token.text)
        and not (token.lower_[-1] in "sx" and lexicon.is_noun(token.text[:-1]))  # 'archives des'
        and not is_adjective(lexicon, token.text)
        and "Part" not in token.morph.get("VerbForm")
    )


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


def is_adjective(lexicon: Lexicon, word: str) -> bool:
    """The lexicon's adjective test, plurals in -aux read as their -al singular ('régionaux')."""
    lower = word.lower()
    return lexicon.is_adjective(word) or (lower.endswith("aux") and lexicon.is_adjective(lower[:-3] + "al"))


def coordinated_tail_end(doc: Doc, start: int, end: int, body_starts: frozenset[int] = frozenset()) -> int:
    """The token end of a body's name once a coordinated name is cut: French names repeat the
    preposition before each complement ('de l'Économie et des Finances', 'du commerce et de
    l'industrie'), so 'et' or 'ou' right before a capitalised word opens the next name ('le conseil
    régional d'Occitanie et France Travail', 'le Centre national de la recherche scientifique et Inria
    Lille'); so does a repeated preposition before a body's head or a known body (BODY_STARTS, token
    indices): 'du Conseil de l'Europe et de l'Union européenne', 'du Département du Cantal, de la
    commune de Murat et du Crédit Agricole'."""
    for i in range(start + 1, end - 1):
        following = doc[i + 1]
        if (
            doc[i].lower_ in {"et", "ou"}
            and (following.is_title or following.is_upper)
            and following.is_alpha
        ):
            return i
        if doc[i].lower_ in {"et", "ou", ","} and _body_complement(doc, i + 1, end, body_starts):
            return i
    return end


def _body_complement(doc: Doc, i: int, end: int, body_starts: frozenset[int]) -> bool:
    """Whether a preposition at token I opens a complement that is itself a body ('de la commune de
    Murat', "de l'Union européenne"), not a portfolio ('des Finances') or a domain ('de l'industrie')."""
    if doc[i].lower_ not in PLACE_OF:
        return False
    j = i + 1
    if j < end and doc[j].lower_ in {"la", "l'", "l’"}:
        j += 1
    if j >= end:
        return False
    word = doc[j].lower_
    return (
        j in body_starts
        or vocabulary()["heads"].get(word) == "ORG"
        or (doc[j].is_lower and word in body_kind_nouns())  # 'et de la Ville': a ministry's portfolio
    )


@lru_cache(maxsize=1)
def body_kind_nouns() -> frozenset[str]:
    """The kind nouns of local authorities ('commune', 'ville', 'région'), in lower case (capitalised, 'la
    Ville' may be a ministry's portfolio)."""
    return frozenset(w.lower() for w in vocabulary()["capitalised_org_heads"]) | {"commune"}


def noun_bridge_end(doc: Doc, end: int, lexicon: Lexicon) -> int:
    """The token end of a body's name once a noun compound's second noun and the seat after it are
    added: 'Caisse primaire d'assurance maladie de l'Hérault' (the structure stops at 'd'assurance';
    'maladie' joins no preposition). Only when a capitalised complement follows the noun, so a noun
    that begins the clause ('… d'assurance lundi') stays out."""
    i = end
    if (
        i + 1 >= len(doc)
        or not (doc[i].is_lower and doc[i].pos_ == "NOUN" and lexicon.is_noun(doc[i].text))
        or doc[i].lower_ in calendar_words()
        or doc[i].lower_ in not_complement_words()
    ):
        return end  # '… de la communication mardi de Paris': a day, a month, a time word begins the clause
    if (branch := branch_end(doc, i + 1)) > i + 1:
        return branch  # 'Caisse primaire d'assurance maladie Occitanie': the noun, then its branch's place
    j = i + 1
    if doc[j].lower_ not in PLACE_OF:
        return end
    j += 1
    if j < len(doc) and doc[j].lower_ in {"la", "l'", "l’", "les"}:
        j += 1
    if j >= len(doc) or not (doc[j].is_title and doc[j].is_alpha) or "\n" in doc[end - 1 : j].text:
        return end
    while (
        j + 1 < len(doc)
        and doc[j + 1].is_title
        and doc[j + 1].is_alpha
        or (j + 2 < len(doc) and doc[j + 1].text == "-" and doc[j + 2].is_alpha)
    ):
        j += 2 if doc[j + 1].text == "-" else 1
    return j + 1
