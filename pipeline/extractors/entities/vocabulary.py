"""The entity rules' data (pipeline/resources/entities.json) and the text tests built on it."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline import resources
from pipeline.extractors.entities.person_names import sourced_first_names
from pipeline.extractors.gazetteers import (
    organisation_patterns,
    place_names,
    place_patterns,
)
from pipeline.extractors.marks import without_marks

WORD = re.compile(r"[^\W_]+", re.UNICODE)

ACRONYM_IN_PARENS = re.compile(r"\((?P<inner>[^()\n]{1,120})\)")

ACRONYM = re.compile(r"^[A-ZÉ][A-Za-zÉ0-9&]*[A-Z0-9][A-Za-z0-9&]*$")

HYPHEN_WRAP = re.compile(r"(?P<head>\b[A-ZÉÈÎ][\w'’-]*-)\n(?P<tail>[\w'’-]*\w)")

HYPHEN_COMPOUND = re.compile(r"(?<![\w-])[A-ZÉÈÎ][\w'’]*(?:-[\w'’]+){2,}")
"""'Paris-New-York': three or more parts joined by hyphens, which may hold a hyphenated place after another.
"""

POSTCODE_TOWN_END = re.compile(r"\b\d{5}\s+[^\W\d_][\w'’ -]*$")
"""'75010 Paris' ending a line: an address line, never cut inside a sentence."""

BODY_ACRONYM = re.compile(r"^[A-ZÉ]{2,7}$")
"""'ARS', 'DREAL', 'CCI': an acronym of capitals only (no digits, no lower case: not 'J2EE', 'DGFiP')."""

ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
"""'VII', 'XIV': a numbering (of a chapter, a king's name), never a name by itself."""

NAME_WORD = re.compile(r"^[^\W_][\w'’&.-]*[^\W_]$|^[^\W\d_]$")

CAMEL_CASE = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$")

SENTENCE_BREAK = re.compile(r"\.\s+(?P<word>[^\W\d_]+)(?P<sep>['’]|\s+)(?P<next>[^\W\d_])")

NUMBER_SIGN = re.compile(r"(?:\b[nN]°|\bnuméro)\s*$")

ARTICLE_AFTER_PARTICLE = re.compile(r"\bde\s+(?:la|les?|l['’])(?=[\s\w])")
"""'Webconférence de l’État': a lower-case article after 'de' is no nobiliary particle ('Charles de Gaulle').
"""

OF_THE_STATE = re.compile(r"(?<![\w'’-])[A-ZÉÈÀ][^\W\d_]+(?:-[^\W\d_]+)* de l['’](?:État|Etat)\b")
"""'Webinaire de l'État', 'Audioconférence de l’État': a capitalised word 'of the State' names one of its
services
(not an acronym: 'SI de l'État' is its information system)."""

ENGLISH_CUE = re.compile(r"\ben (?:langue )?anglais|\bin English", re.IGNORECASE)


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = resources.load("entities.json")
    return {
        "articles": sorted(data["leading_articles"], key=len, reverse=True),
        "stop_words": set(data["stop_words"]),
        "rejected": {fold(form) for form in data["rejected_surface_forms"] + data["title_pronouns"]["words"]},
        "kind_acronyms": {fold(form) for form in data["kind_acronyms"]["words"]},
        "legal_statuses": tuple(fold(phrase) for phrase in data["legal_statuses"]["phrases"]),
        "kind_nouns": set(data["kind_nouns_before_names"]["words"]),
        "titles": data["person_titles"]
        + [
            t
            for t in data["person_civilities"]["abbreviations"] + data["person_civilities"]["words"]
            if t not in data["person_titles"]
        ],
        "civilities": set(data["person_civilities"]["abbreviations"]),
        "civility_words": set(data["person_civilities"]["words"]) | {"Monsieur", "Madame"},
        "person_named_heads": set(data["person_named_heads"]["words"]),
        "first_names": set(data["first_names"]["words"])
        | set(data["first_names_more"]["words"])
        | sourced_first_names(),
        "particles": {p.lower() for p in data["name_particles"]},
        "event_heads": set(data["event_heads"]["words"]),
        "diploma_heads": set(data["diploma_heads"]["words"]),
        "quality_marks": set(data["quality_marks"]["words"]),
        "capitalised_org_heads": set(data["capitalised_org_heads"]["words"]),
        "capitalised_body_heads": set(data["capitalised_body_heads"]["words"]),
        "house_heads": set(data["house_heads"]["words"]),
        "heads": {
            word: label
            for label, words in data["head_labels"].items()
            if not label.startswith("_")
            for word in words
        },
        "head_phrases": {
            phrase: label
            for label, phrases in data["head_phrases"].items()
            if not label.startswith("_")
            for phrase in phrases
        },
        "org_tails": set(data["org_tail_words"]),
        "sports_clubs": data["sports_clubs"],
        "misc_tails": set(data["misc_tail_words"]["words"]),
        "address_heads": set(data["address_heads"]),
        "street_heads": set(data["street_heads"]),
        "school_heads": set(data["school_heads"]),
        "unit_heads": set(data["unit_heads"]["words"]),
        "region_adjectives": set(data["region_adjectives"]["words"]),
        "town_prepositions": set(data["town_prepositions"]),
        "units": set(data["unit_symbols"]["units"]),
        "sentence_openers": {w.replace("’", "'") for w in data["sentence_openers"]},
        "employer_roles": set(data["employer_roles"]["words"]),
        "employer": re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, data['employer_roles']['words']))})"
            rf"(?:\s+(?:{'|'.join(map(re.escape, data['employer_roles']['adjectives']))})){{0,3}}"
            rf"\s+(?:du|de\s+la|de\s+l['’]|de|d['’])\s*(?P<name>[A-ZÉÈ][^\W\d_]+)(?![\w'’-]|\s+[A-ZÉÈ\d])"
        ),
        "portfolio_cue": re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, data['portfolio_cues']['words']))})"
            rf"\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*$",
            re.IGNORECASE,
        ),
        "lone_place_cue": re.compile(
            rf"(?:(?<!\w)(?:{'|'.join(map(re.escape, data['lone_name_place_cues']))})|\b\d{{5}})\s+$",
            re.IGNORECASE,
        ),
        "place_prepositions": set(data["place_prepositions"]),
        "connectors": set(data["name_connectors"]),
        "pair_connectors": set(data["pair_connectors"]["words"]),
        "not_name_words": set(data["not_name_words"]),
        "pronouns": set(data["title_pronouns"]["words"]),
        "law": law_regex(data["law_pattern"]),
        "road": re.compile(
            rf"\b(?:{'|'.join(data['road_names']['glued'])})\d{{1,4}}\b|"
            + "|".join(rf"(?<={re.escape(cue)})A\d{{1,3}}\b" for cue in data["road_names"]["motorway_cues"])
        ),
        "sentence_case_heads": set(data["sentence_case_heads"]["words"]),
        "appositive_heads": {
            word: label
            for label, words in data["appositive_heads"].items()
            if not label.startswith("_")
            for word in words
        },
        "quoted_name_cues": {
            word: label
            for label, words in data["quoted_name_cues"].items()
            if not label.startswith("_")
            for word in words
        },
        "capitalised_articles": {a[:1].upper() + a[1:] for a in data["leading_articles"] if a[:1] == "l"},
        "not_before_branch": set(data["regional_branches"]["not_before"]),
        "branch_compass": set(data["branch_territories"]["compass"]),
        "branch_nouns": set(data["branch_territories"]["nouns"]),
        "grand_towns": data["grand_towns"],
    }


def law_regex(spec: dict) -> re.Pattern:
    """'loi n° 2005-102 du 11 février 2005 pour l'égalité ...', 'ordonnance n° 2023-859': a head,
    then a number or a title clause (a date may come between), the title running to the clause's end.
    A date alone ('l'arrêté du 13 février 2026') designates one act among the day's, it names none."""

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    number = r"\s+n°\s*\d[\d\-/]*"
    date = rf"\s+du\s+\d{{1,2}}(?:er)?\s+(?:{alternatives(spec['months'])})\s+\d{{4}}"
    title = rf"\s+(?:{alternatives(spec['title_cues'])})\s[^.;:!?\n()«»\[\]]*[^\s.;:!?\n()«»,\[\]]"
    head = rf"\b(?:{alternatives(spec['heads'])})(?:\s+(?:{alternatives(spec['kinds'])}))?"
    return re.compile(rf"{head}(?:(?:{number})(?:{date})?(?:{title})?|(?:{date})(?:{title})|(?:{title}))")


@lru_cache(maxsize=1)
def not_complement_words() -> frozenset[str]:
    """Lower-case words that never go on a name as its complement: months, weekdays, time words,
    determiners, other bodies' head-words (`named_structures.json`)."""
    return frozenset(resources.load("named_structures.json")["not_complement_words"])


@lru_cache(maxsize=1)
def folded_places() -> frozenset[str]:
    """The gazetteer's place names, folded as names are compared."""
    return frozenset(fold(p) for p in place_names())


@lru_cache(maxsize=1)
def folded_countries() -> frozenset[str]:
    """Country names (French, from pycountry), folded: a body's national branch ends with one."""
    return frozenset(
        fold(p["pattern"]) for p in place_patterns() if str(p.get("id", "")).startswith("country_")
    )


@lru_cache(maxsize=1)
def _legal_statuses() -> re.Pattern:
    phrases = sorted(vocabulary()["legal_statuses"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(p) for p in phrases)})(?: |\Z)")


@lru_cache(maxsize=4096)
def legal_status(text: str) -> bool:
    """'Établissement public industriel et commercial', 'Association reconnue d'utilité publique': a
    body's legal form or status, no capitalised word after its head-word, describes the body, it is
    not its name. (Asked of every candidate and of its clause: cached.)"""
    return not any(word[:1].isupper() for word in text.split()[1:]) and bool(
        _legal_statuses().match(fold(text))
    )


def head_label(text: str) -> str | None:
    """The label a name's head-word implies: 'ministère de la Culture' ORG, 'loi 3DS' MISC,
    'vallée du Rhône' LOC, 'Motive Gallery' ORG (English names end with their head), 'Région
    Bretagne' ORG but 'région Bretagne' LOC, 'Église Évangélique de la Source' ORG."""
    words = text.replace("’", "'").split()
    if not words:
        return None
    vocab = vocabulary()
    if words[0] in vocab["capitalised_org_heads"] and len(words) > 1:
        return "ORG"  # 'la Région Bretagne': the authority; 'la région Bretagne': the territory
    if words[0] in vocab["capitalised_body_heads"] and len(words) > 1:
        return (
            "ORG"  # 'l'Église Saint-Paul de la Vallée': the congregation; 'l'église Saint-Paul': the building
        )
    if words[0] in vocab["house_heads"] and len(words) > 1 and words[1][:1].isupper():
        return "ORG"  # 'Maison Delaunay-Lefort', 'Cie Pibole': a trading house or a troupe
    if sports_club(words):
        return "ORG"  # 'AS Romorantin', 'Stade Toulousain' (not 'Stade de France', a stadium)
    label = head_phrase_label(text) or vocab["heads"].get(words[0].lower())
    if (
        label is None
        and len(words) > 1
        and (words[-1] in vocab["org_tails"] or branch_of_body(words) or regional_branch(words))
    ):
        label = "ORG"
    if label is None and town_intercommunality(text):
        label = "ORG"
    if label is None and len(words) > 1 and words[-1] in vocab["misc_tails"]:
        label = "MISC"  # 'Nordik Impakt Festival', 'Vertanne Awards': an event named in the English order
    return label


def head_phrase_label(text: str) -> str | None:
    """The label a head phrase implies ('Parc des expositions de Rennes', 'Palais des congrès de Tours'
    ORG), before the first word alone ('Parc', 'Palais' head places)."""
    lower = " ".join(text.replace("’", "'").split()).lower()
    return next(
        (k for p, k in vocabulary()["head_phrases"].items() if lower == p or lower.startswith(p + " ")), None
    )


def sports_club(words: list[str]) -> bool:
    """'AS Romorantin', 'US Dax', 'Stade Toulousain', 'Olympique de Marseille', 'Rugby Club Blaisois': French
    clubs are named by a club's acronym or word then their town or its demonym ('Stade de France', 'Stade
    Pierre-Mauroy' are stadiums)."""
    clubs = vocabulary()["sports_clubs"]
    if len(words) < 2:
        return False
    if " ".join(words[:2]) in clubs["club_words"]:
        return len(words) > 2
    if words[0] not in clubs["words"] and words[0] not in clubs["acronyms"]:
        return False
    if words[0] in clubs["acronyms"]:
        return words[1][:1].isupper() and words[1].replace("-", "").isalpha()
    if words[0] != "Stade" and ((len(words) > 2 and words[1] == "de") or words[1].startswith("d'")):
        return (words[2] if words[1] == "de" else words[1][2:])[:1].isupper()  # 'Olympique de Marseille'
    return (
        "-" not in words[1] and words[1][:1].isupper() and words[1].endswith(tuple(clubs["demonym_endings"]))
    )


def eponym_compound(text: str) -> bool:
    """'Jean-Jaurès', 'Henri-Mondor', 'Marcel-Pagnol': a first name and a surname joined by hyphens, written
    alone, is a school, a hospital or a hall named after the person (its head-word said once, in a table's
    header or earlier): a body, never a product. Compound first names ('Anne-Laure') and places
    ('Émilie-Romagne') are not."""
    parts = text.split("-")
    names = vocabulary()["first_names"]
    return (
        not any(char.isspace() for char in text)
        and len(parts) >= 2
        and all(part[:1].isupper() or part in {"de", "du", "des", "d'", "la", "le"} for part in parts)
        and parts[0].lower() in names
        and parts[-1].lower() not in names
        and parts[-1][:1].isupper()
        and fold(text) not in folded_places()
    )


def branch_of_body(words: list[str]) -> bool:
    """'ARS Grand Est', 'DRAC Centre-Val de Loire', 'CHU d'Angers', 'Transdev Rouen': a body's acronym or a
    known body's name then the region, département or town of its branch, as French public bodies,
    networks and firms name their local offices."""
    if BODY_ACRONYM.match(words[0]):
        return fold(seat_place(" ".join(words[1:]))) in folded_places() or branch_territory(words[1:])
    return any(
        fold(" ".join(words[:split])) in known_bodies()
        and (fold(seat_place(" ".join(words[split:]))) in folded_places() or branch_territory(words[split:]))
        for split in range(1, len(words))
    )


def branch_territory(words: list[str]) -> bool:
    """'Midi-Pyrénées Sud', 'Centre Est', 'Nord Midi-Pyrénées', 'Côtes Normandes': capitalised places
    and compass words (an adjective after a relief or country noun), as regional banks, insurers and
    networks name the territory of a branch that is no single region of today."""
    vocab = vocabulary()
    parts = [part for word in words for part in word.split("-")]
    if not 1 <= len(words) <= 4 or not all(part[:1].isupper() for part in parts):
        return False
    return all(
        fold(part) in folded_places()
        or part.lower() in vocab["branch_compass"]
        or part.lower() in vocab["branch_nouns"]
        or (i > 0 and parts[i - 1].lower() in vocab["branch_nouns"])
        for i, part in enumerate(parts)
    ) and any(part.lower() not in vocab["branch_nouns"] for part in parts)


def town_intercommunality(text: str) -> bool:
    """'Grand Avignon', 'Grand-Figeac': 'Grand' then a known town, the whole no town of its own name
    ('Grand-Quevilly'), names the town's intercommunality."""
    spec = vocabulary()["grand_towns"]
    head, _, town = text.replace("-", " ", 1).partition(" ")
    return (
        head in spec["heads"]
        and town not in spec["not_towns"]
        and fold(town) in folded_places()
        and fold(town) not in folded_subdivisions()
        and fold(text) not in folded_places()
    )


def regional_branch(words: list[str]) -> bool:
    """'France Active Normandie', 'Initiative Aube', 'Urma Nouvelle-Aquitaine': one to three capitalised
    words, neither a first name, a place nor a compass or relief word, then a French region or
    département: a network's or a firm's branch there, as French bodies name their local offices. Not
    after a town ('Musées Métropolitains Rouen Normandie' is the tail of a longer name)."""
    vocab = vocabulary()
    for split in range(1, min(3, len(words) - 1) + 1):
        before, place = words[:split], " ".join(words[split:])
        if fold(place) not in folded_subdivisions():
            continue
        return (
            all(w[:1].isupper() and w.lower() not in vocab["not_before_branch"] for w in before)
            and before[0].lower() not in vocab["first_names"]
            and fold(" ".join(before)) not in folded_places()
            and not any(fold(w) in folded_places() and fold(w) not in folded_countries() for w in before)
            and fold(" ".join(words)) not in folded_places()
        )
    return False


@lru_cache(maxsize=1)
def folded_subdivisions() -> frozenset[str]:
    """French regions and départements, folded (the gazetteer's `fr_subdivision_` places)."""
    return frozenset(
        fold(p["pattern"])
        for p in place_patterns()
        if isinstance(p["pattern"], str) and str(p.get("id", "")).startswith("fr_subdivision_")
    )


@lru_cache(maxsize=1)
def known_bodies() -> frozenset[str]:
    """The organisations gazetteer's names, folded."""
    return frozenset(fold(p["pattern"]) for p in organisation_patterns() if isinstance(p["pattern"], str))


def seat_place(text: str) -> str:
    """'de la Haute-Garonne' -> 'Haute-Garonne': the place after the preposition naming a seat."""
    return re.sub(r"^(?:de la |de l'|de l’|du |des |de |d'|d’)", "", text)


def is_address(text: str) -> bool:
    """'Avenue Feuchères', '12 rue de la Paix': street names are not entities (only the city is);
    an all-caps head in a name that is not all in capitals is an acronym ('BD Adresse')."""
    words = text.split()
    while words and words[0][:1].isdigit():
        words.pop(0)
    if len(words) < 2 or words[0].lower() not in vocabulary()["address_heads"]:
        return False
    return not (words[0].isupper() and not text.isupper())


def after_street_head(text: str, start: int) -> bool:
    """'27bis rue Jean Dupré', '12 place Carnot': a name after a street head-word names the street
    (part of an address, not an entity); heads that are also common words need a number before."""
    before = text[max(0, start - 40) : start].split()
    if (
        len(before) >= 2
        and re.fullmatch(r"\d{1,4}(?:e|er|ème)", before[-1])
        and before[-2].lower() in {"du", "de"}
    ):
        before = before[:-2]  # '30 rue du 30e Régiment d'Infanterie', 'avenue du 8e Hussards'
    if not before:
        return False
    head = before[-1].lower()
    vocab = vocabulary()
    return head in vocab["street_heads"] or (
        head in vocab["address_heads"] and len(before) > 1 and before[-2][:1].isdigit()
    )


def sentence_end(text: str, start: int, end: int) -> int:
    """'Charles V. La tenture a été filmée': a span that runs over a full stop into a sentence opened
    by an article or pronoun and a lower-case word ends at the full stop ('John F. Kennedy' goes on)."""
    for match in SENTENCE_BREAK.finditer(text, start, end):
        opener = match["word"].lower() + ("'" if match["sep"] in "'’" else "")
        if opener in vocabulary()["sentence_openers"] and match["next"].islower():
            return match.start()
    return end


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, accents, apostrophes and punctuation folded: the key entity names are compared on."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = without_marks(text).lower()
    return " ".join(WORD.findall(text))


def name_key(text: str) -> str:
    """Folded name without stop words: 'Partenariat mondial sur l'IA' ~ 'Partenariat Mondial pour l'IA'."""
    words = [w for w in fold(text).split() if w not in vocabulary()["stop_words"]]
    return " ".join(words) or fold(text)


def acronym_matches(acronym: str, words: list[str]) -> bool:
    """Whether the acronym spells the words' initials (stop words may be skipped, all-caps words
    spelled out). An acronym of four letters or more may leave out one last complement, as
    official ones often do: 'direction ... de communication de l'État (DINSIC)'; any acronym may
    leave out the place of a branch: 'Agence régionale de santé Occitanie (ARS)'."""
    letters = fold(acronym).replace(" ", "")
    stop = vocabulary()["stop_words"]

    def rest_is_one_complement(j: int) -> bool:
        rest = [fold(w) for w in words[j:]]
        return len(letters) >= 4 and len([w for w in rest if w not in stop]) == 1 and rest[0] in stop

    def rest_is_place(j: int) -> bool:
        """'Agence régionale de santé Occitanie (ARS)': the region of a body's branch is no letter."""
        return 0 < len(words) - j <= 3 and fold(" ".join(words[j:])) in folded_places()

    def match(i: int, j: int) -> bool:
        if i == len(letters):
            return j == len(words) or rest_is_one_complement(j) or rest_is_place(j)
        if j == len(words):
            return False
        word = fold(words[j])
        if word in stop and match(i, j + 1):
            return True
        if (
            words[j].isupper()
            and len(words[j]) > 1
            and letters.startswith(word, i)
            and match(i + len(word), j + 1)
        ):
            return True
        # a word gives its initial, or a first syllable ('DINUM': direction interministérielle du NUMérique)
        size = 1
        while (
            size <= min(len(word), 4) and i + size <= len(letters) and letters[i + size - 1] == word[size - 1]
        ):
            if match(i + size, j + 1):
                return True
            size += 1
        return False

    return bool(letters) and words and fold(words[0]) not in stop and match(0, 0)


def clean_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a span: leading articles, quotes, markdown leftovers and trailing punctuation out."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ").&"):
        end -= 1
    lowered = text[start:end].lower().replace("’", "'")
    if text[start : start + 1].isupper() and text[:start].rstrip(" ")[-1:] not in (
        "",
        "\n",
        ".",
        "!",
        "?",
        ":",
        "«",
        '"',
        "(",
        "-",
        "•",
        "*",
        "#",
    ):
        lowered = ""  # 'La Poste', 'Le Monde': a capitalised article inside a sentence belongs to the name
    for article in vocabulary()["articles"]:
        article = article.replace("’", "'")
        if lowered.startswith(article) and (
            article.endswith("'") or lowered[len(article) : len(article) + 1] == " "
        ):
            if end - start > len(article) + 1:
                start += len(article)
                while start < end and text[start] == " ":
                    start += 1
            break
    if text[start:end].endswith(")") and "(" not in text[start:end]:
        end -= 1
    words = text[start:end].split(" ")
    while len(words) > 1 and words[-1].lower().strip(",") in vocabulary()["stop_words"]:
        words.pop()
        end = start + len(" ".join(words))
    while end > start and text[end - 1] in ",;: ":
        end -= 1
    return start, end
