"""The label a name's head-word implies (head_label) and the shapes that make a name a body: a sports
club, a body's branch named by its territory, a town's intercommunality, a network's regional branch, a
hyphenated person's name standing for a school or a hall. Kept apart from vocabulary.py, which loads the
data they read."""

from __future__ import annotations

import re

from pipeline.extractors.entities.vocabulary import (
    fold,
    folded_countries,
    folded_places,
    folded_subdivisions,
    known_bodies,
    vocabulary,
)

BODY_ACRONYM = re.compile(r"^[A-ZÉ]{2,7}$")
"""'ARS', 'DREAL', 'CCI': an acronym of capitals only (no digits, no lower case: not 'J2EE', 'DGFiP')."""

DEPARTMENT_NUMBER = re.compile(r"0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]")
"""A French département's number ('87', '04', '2A', '974'), by which bodies name their branch there."""


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
    """'ARS Grand Est', 'DRAC Centre-Val de Loire', 'CHU d'Angers', 'Transdev Rouen', 'GGD 87': a body's
    acronym or a known body's name then the region, département (or its number) or town of its branch,
    as French public bodies, networks and firms name their local offices."""
    if BODY_ACRONYM.match(words[0]):
        if len(words) == 2 and DEPARTMENT_NUMBER.fullmatch(words[1]):
            # 'GGD 87', 'UDSP 64', 'FCPE 29': a body's branch named by its département's number (a road's
            # number follows its kind: 'RD 48', 'RN 165')
            return words[0] not in vocabulary()["spaced_road_kinds"]
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


def seat_place(text: str) -> str:
    """'de la Haute-Garonne' -> 'Haute-Garonne': the place after the preposition naming a seat."""
    return re.sub(r"^(?:de la |de l'|de l’|du |des |de |d'|d’)", "", text)
