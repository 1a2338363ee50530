"""The letterhead: the header lines naming the issuing bodies (logo.py reads those printed in images)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.contact_words import is_address, postal_line
from pipeline.extractors.dates import find_dates
from pipeline.extractors.gazetteers import place_names
from pipeline.extractors.issuer.common import MOTTO, STATE_WORDS, Candidate, fold, plain, vocabulary
from pipeline.extractors.issuer.header_lines import (
    SINCE_YEAR,
    WEB_ADDRESS,
    abbreviates,
    acronym_and_name,
    continues_above,
    describes_the_body,
    in_columns,
    is_split_furniture,
    joined,
    left_column,
    over_its_address,
    serves_the_state,
    spells_out,
    without_description,
    without_edition,
)
from pipeline.extractors.metadata_common import Line


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def names_a_body_alone(text: str) -> bool:
    """'Préfecture de la Haute-Garonne', 'ARS Hauts-de-France' under 'COMMUNIQUÉ DE PRESSE': a
    short line (or a long administrative name) opening on an institution's head-word, or an acronym
    with its place or name, with no headline punctuation: a letterhead printed under the genre."""
    words = text.split()
    return (
        0 < len(words) <= 16
        and (len(words) <= 8 or _complement_chain(words))
        and not re.search(r"[:!?.«»\"]", text)
        and (_opens_on_head(text, vocabulary()["keywords"]) or _acronym_name(text))
    ) or acronym_and_name(Line(0, len(text), text)) is not None  # 'FNEP — Fédération nationale …'


LINKS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour", "aux", "au", "à"}
"""The linking words that join an administrative name's head-word to its complements."""


def _complement_chain(words: list[str]) -> bool:
    """'Direction départementale de l'emploi, du travail et des solidarités de la Sarthe',
    'Ministère du Travail, de la Santé, des Solidarités et des Familles': a long name is a head-word
    and a list of complements, each one or two content words (a noun and its adjective) after a
    linking word, coordinated by a comma or 'et' before the next preposition ('…, du travail et des
    solidarités'); a headline of that length has a verb and its objects, runs of three content
    words or more, or no such list ('… pour les festivals et les salles')."""
    for size in (4, 3, 2):  # the territory that ends the name ('… du logement Grand Est')
        if len(words) > size + 2 and is_place(" ".join(words[-size:])):
            words = words[:-size]
            break
    runs, run, coordinated = [], 0, False
    for index, word in enumerate(words[1:], 1):
        first = plain(word).split("'")[0].strip(",")
        if first in LINKS:
            runs.append(run)
            run = 0
            before = words[index - 1]
            coordinated = coordinated or (first in {"de", "du", "des", "d"} and before.endswith(","))
            following = plain(words[index + 1]).split("'")[0] if index + 1 < len(words) else ""
            coordinated = coordinated or (first == "et" and following in {"de", "du", "des", "d"})
            if "'" in plain(word) and plain(word).split("'")[1]:
                run = 1  # "l'emploi": the article and its noun in one word
        else:
            run += 1
            if word.endswith(","):
                runs.append(run)
                run = 0
    runs.append(run)
    return coordinated and max(runs[1:], default=0) <= 2 and runs[0] <= 2


def names_a_body_under_genre(lines, index: int) -> bool:
    """lines[index], under the genre, is a letterhead: it names a body alone, or it is a short name
    on any body's head-word (an event's, a company's: 'Concours national de robotique des collèges')
    over the dateline, with the headline still to come, and no article before it (a headline's
    subject has one); with no dateline under it, a name is the title ('DOSSIER DE PRESSE' / 'Salon
    de l'agriculture de montagne 2025' / 'Sommaire')."""
    text = lines[index].text
    if names_a_body_alone(text):
        return True
    following = lines[index + 1].text if index + 2 < len(lines) else ""
    dates = [d for d in find_dates(following) if d["granularity"] == "day"]  # a year alone is no dateline
    bare = tuple(h for h in vocabulary()["heads"] if not re.match(r"(?:la|le|les|l')\s", h))
    return (
        len(text.split()) <= 8
        and not re.search(r"[:!?.«»\"]", text)
        and _opens_on_head(text, bare)  # 'La Région Normandie investit …' is a headline's subject
        and bool(dates)
        and len(following.strip()) <= sum(len(d["text"]) for d in dates) + 30
    )


def letterhead_lines(lines, stop: int, type_index: int | None) -> list:
    """The header lines a letterhead is read from: those above the title and the type line, and
    the line under the type line when it is a letterhead (the title then comes after it)."""
    head = list(lines[:stop])
    below = type_index + 1 if type_index is not None and type_index == stop else None
    if below is not None and below < len(lines) and names_a_body_under_genre(lines, below):
        head.append(lines[below])
    return head


def looks_like_issuer(text: str) -> bool:
    """A line naming a body: an institution head-word, or a lone acronym ('DINUM'). Capitals
    alone are not enough: a headline may be set in capitals too."""
    folded = text.lower()
    if re.fullmatch(r"\s*[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ&'’.-]{1,11}\s*", text):
        return True
    return any(folded.startswith(k) or f" {k}" in folded[:40] for k in vocabulary()["keywords"])


def _without_motto(line: str) -> str:
    """'PRÉFET DU GARD Liberté Égalité Fraternité' (the motto read onto the name's line) -> the name."""
    words = line.split()
    while len(words) > 1 and plain(words[-1]) in MOTTO:
        words.pop()
    return " ".join(words)


def _undoubled(line: str) -> str:
    """'PRÉFECTURE DU GARD PRÉFECTURE DU GARD' (a logo's text over the same words) -> once."""
    words = line.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and plain(" ".join(words[:half])) == plain(" ".join(words[half:])):
        return " ".join(words[:half])
    return line.strip()


EDITION_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")
"""A year on a line: an event's edition or a season, never part of a body's name."""

LOGO_LINE = re.compile(r"[\[!(\s]*logo\b", re.IGNORECASE)
"""'Logo ARS Nouvelle-Aquitaine', '[logo …]', '![Logo …](…)': an image's alt text under a letterhead
names the body again, it does not go on with its name."""

REFERENCE_LINE = re.compile(
    r"(?:N[°º]|[NV]\s?/\s?R[ée]f|R[ée]f(?:[ée]rence)?s?\b)\.?\s*:?\s*\S*\d", re.IGNORECASE
)
"""A release's number on its own line ('Réf. : DIR/COM/2026-19', 'N° 42'): no body's name."""


def text_letterhead(lines, joint: bool = False) -> list[Candidate]:
    """The header block naming bodies. A line opening on a body's head-word ('MINISTÈRE ...' twice,
    'PRÉFÈTE DE LA SOMME' then 'Agence régionale de santé ...'), or a body then an acronym that does
    not abbreviate it ('RÉGION BRETAGNE' / 'ADEME'), starts another body: a joint release. A line
    wrapped from the one above ('de la Gironde', a region's name) continues it; a unit under a body
    ('Direction de la communication', 'Cabinet du préfet') or a line describing it ('Association loi
    1901 …', 'ANNONAY · ARDÈCHE') ends the block; an acronym over the name it abbreviates gives way
    to the name. Under the State's motto, a line opening on a head-word is a co-issuer ('PRÉFÈTE DE
    LA RÉGION BRETAGNE' / 'Liberté Égalité Fraternité' / 'Agence régionale de santé'), but a State
    service ('Direction départementale des territoires') only in a joint release; under the State's
    name alone ('RÉPUBLIQUE FRANÇAISE' and its motto) the next short line is the body; any other line
    ends the block."""
    block: list[tuple[object, str]] = []  # (line, how it joins: 'body', 'more', 'wrap', 'name')
    above = None  # the line above, when it was passed over
    motto = False  # the motto was met under the block
    state = False  # the State's name or motto was met above any body
    lines = in_columns(list(lines))  # 'RÉPUBLIQUE FRANÇAISE   Agence …' / 'Liberté   Normandie'
    for index, line in enumerate(lines):
        line = left_column(without_edition(line))  # 'FESTIVAL X – 12e ÉDITION', 'PRÉFET   Bureau …'
        text = line.text.strip()
        if (find_dates(text) or REFERENCE_LINE.match(text) or LOGO_LINE.match(text)) and block:
            break  # the dateline, the release's number ('Réf. : X/COM/2026-19'), a logo's alt text
        if LOGO_LINE.match(text):
            above = None
            continue  # '[logo ARS – Agence régionale de santé X]': the logo's evidence (logo.logo_lines)
        if block and EDITION_YEAR.search(text):
            break  # 'TROPHÉES ROBOT'OCC 2026' under the organisers: an event's edition, no body's name
        if not block and above is not None and SINCE_YEAR.search(text) and _could_name_a_body(above.text):
            block.append((above, "body"))  # "LES DÉLICES D'X" / 'Charcuterie artisanale depuis 1958'
            break
        if fold(text) in vocabulary()["furniture"] or find_dates(text) or is_split_furniture(lines, index):
            state = state or (not block and set(plain(text).split()) <= STATE_WORDS)
            motto = bool(block)
            above = None
            continue
        spelled_out = acronym_and_name(line)  # 'AMSO - Assurances Mutuelles du Sud-Ouest'
        if spelled_out is not None and (not block or motto):
            block.append((spelled_out, "body"))
            motto = False
            continue
        side_by_side = _bodies_side_by_side(line, joint)  # 'PRÉFECTURE DE POLICE … / PARQUET DE MARSEILLE'
        if side_by_side and (not block or motto):
            block += [(part, "body") for part in side_by_side]
            motto = False
            continue
        if motto:
            if (
                len(text) >= 120
                or not _opens_on_head(text, vocabulary()["keywords"])
                or (serves_the_state(text) and not joint)
            ):
                break
            block.append((line, "body"))
            motto = False
            continue
        if state and not block:
            if len(text.split()) <= 8 and not re.search(r"[:!?.«»\"]", text) and text[:1].isupper():
                block.append((line, "body"))  # 'RÉPUBLIQUE FRANÇAISE' … / 'Santé publique France'
                continue
            state = False
        if not block and above is not None and _stands_for(above.text, text):
            block.append((line, "body"))  # 'SMICVAL ROUERGUE' / 'Syndicat mixte … du Rouergue'
            continue
        if not block and above is not None and _names_what_is_below(above.text, text):
            block.append((above, "body"))  # 'JAZZ AU PHARE' / 'Festival de jazz de …': its tagline
            break
        if not block and above is not None and continues_above(above.text, text):
            block += [(above, "body"), (line, "wrap")]  # 'HOSPICES CIVILS' / 'DE LYON'
            continue
        if not block and above is not None and _is_branch(text) and _short_name(above.text):
            block.append((above, "body"))  # 'Voies navigables de France' / 'Direction territoriale X'
            break
        if not block and above is not None and describes_the_body(text) and _could_name_a_body(above.text):
            block.append((above, "body"))  # 'VERRERIES DU BOCAGE' / 'SCOP SA à capital variable'
            break
        if block and block[-1][1] == "name" and spells_out(block[0][0].text, f"{block[-1][0].text} {text}"):
            block.append((line, "wrap"))  # 'CARO' / 'Communauté d'agglomération' / 'Rochefort Océan'
            continue
        if len(block) == 1 and _stands_for(block[0][0].text, text, lines[index + 1 : index + 2]):
            block.append((line, "name"))  # 'AP-HP' / 'Assistance Publique – Hôpitaux de Paris'
            continue
        if block and (
            _wraps(text, block[-1][0].text)
            or block[-1][0].text.rstrip().endswith("-")  # 'DE LA HAUTE-' / 'SAVOIE'
            or (len(block) == 1 and continues_above(block[0][0].text, text))  # 'GIRONDE' / 'LE DÉPARTEMENT'
        ):
            block.append((line, "wrap"))
            continue
        if block and (_is_unit(text) or _is_branch(text) or describes_the_body(text)):
            break  # a service or a branch of the body above, or what kind of body it is
        if block and any(
            spells_out(word, text) for above_line, _ in block for word in above_line.text.split()
        ):
            break  # 'CHU AMIENS-PICARDIE' / 'Centre hospitalier universitaire': what the acronym means
        if block and is_upper(block[0][0].text) and not is_upper(text):
            if len(text) < 120 and _opens_on_head(text, vocabulary()["keywords"]):
                block.append((line, "body"))  # a co-issuer printed in lower case ('Agence …')
                continue
            break  # under a letterhead in capitals, a line in lower case is a tagline or a parent body
        if not block and over_its_address(lines, index):
            block.append((line, "body"))  # 'Fromagerie du Vallon d'Aspe' / 'Route du Somport – 64490 Bedous'
            break
        if len(text) < 120 and (
            looks_like_issuer(text)
            or _opens_on_head(text)
            or (block and is_upper(text))
            or _names_itself(text)
            or _name_and_what_it_is(text)
        ):
            block.append((line, "body" if not block or _opens_on_head(text) else "more"))
        elif block:
            break
        else:
            above = line
    groups: list[tuple[list, list[str]]] = []  # (lines, printed parts) of each body
    for line, joins in block:
        part = _without_details(without_description(_without_motto(_undoubled(line.text))))
        if groups and plain(part) == plain(" ".join(groups[-1][1])):
            continue  # the same letterhead read twice
        if joins == "name":
            groups[-1] = ([line], [part])  # the full name the acronym above abbreviates
            continue
        if (
            not groups
            or (joins == "body" and groups[-1][1])
            or (joins != "wrap" and _other_body_acronym(line.text, groups[-1][1]))
        ):
            groups.append(([], []))
        groups[-1][0].append(line)
        groups[-1][1].append(part)
    return [Candidate(joined(parts), *_printed_span(found, parts), "letterhead") for found, parts in groups]


def _stands_for(short_line: str, text: str, below: list = ()) -> bool:
    """A short name's line over the full name it stands for: spelled from the words' initials
    ('AP-HP' / 'Assistance Publique – Hôpitaux de Paris'), with the line below when the name goes
    on over it ('CARO' / 'Communauté d'agglomération' / 'Rochefort Océan'), or from their letters
    ('ISCOTE' / 'Institut supérieur de commerce de Touraine')."""
    if spells_out(short_line, text):
        return True
    if below and spells_out(short_line, f"{text} {below[0].text.strip()}"):
        return True
    return abbreviates(short_line, text)


def _printed_span(found: list, parts: list[str]) -> tuple[int, int]:
    """The span of a body's printed name over its lines, without what its lines print after it
    (a description, a unit, an address: 'LA CALE — accélérateur de …' -> 'LA CALE')."""
    start, end = found[0].start, found[-1].end
    first, last = found[0].text.find(parts[0]), found[-1].text.find(parts[-1])
    if first >= 0:
        start += first
    if last >= 0:
        end = found[-1].start + last + len(parts[-1])
    return start, end


DETAIL_SEPARATOR = re.compile(r"\s+[–—·•|-]\s+")


def _without_details(part: str) -> str:
    """'Centre hospitalier de Cholet – Direction de la communication', 'Mairie de X · Place Y ·
    50000 X', 'Ville de X - Service presse - …', 'ONDES X — association d'éducation …': the body's
    name, without the unit, the address, the web site or the description printed after it."""
    segments = DETAIL_SEPARATOR.split(part)
    for index, segment in enumerate(segments[1:], 1):
        details = is_address(segment) or postal_line(segment) or WEB_ADDRESS.search(segment)
        description = segment[:1].islower() and describes_the_body(segment)  # '— association d'éducation …'
        if _is_unit(segment) or details or description or PHONE.fullmatch(segment):
            return part[: part.index(segment, len(" ".join(segments[:index])) - 1)].rstrip(" –—·•|-")
    return part


PHONE = re.compile(r"\+?\d[\d .]{8,}")


def _bodies_side_by_side(line, joint: bool = False) -> list[Line]:
    """'CMA Vienne | U2P 86', 'PRÉFECTURE DE POLICE DES BOUCHES-DU-RHÔNE / PARQUET DE MARSEILLE': two
    or three bodies printed on one line between slashes or bars, each naming a body of its own. In a
    release that says it is joint, a middle dot parts them too, and a name with no head-word counts
    ('Amis de la Vilaine · AAPPMA Le Brochet Rennais')."""
    separators = r"\s+[/|·•]\s+" if joint else r"\s+[/|]\s+"
    parts, position = [], 0
    for separator in re.finditer(separators, line.text):
        parts.append((position, separator.start()))
        position = separator.end()
    parts.append((position, len(line.text.rstrip())))
    if not 2 <= len(parts) <= 3:
        return []
    texts = [line.text[a:b] for a, b in parts]
    if not all(
        _names_a_body_of_its_own(t) or joint and (_names_itself(t) or _name_and_what_it_is(t)) for t in texts
    ):
        return []
    return [Line(line.start + a, line.start + b, t) for (a, b), t in zip(parts, texts, strict=True)]


def _names_a_body_of_its_own(text: str) -> bool:
    """A part of a joint letterhead line: a head-word, or an acronym with its place, name or number
    ('U2P 86'); a name in another language beside the French one ('Région Bretagne | Rannvro
    Breizh') is the same body."""
    return bool(
        len(text.split()) <= 12
        and (
            _opens_on_head(text)
            or _acronym_name(text)
            or re.fullmatch(r"[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ0-9&-]{1,9}(?:\s+\d{1,3}[AB]?)?", text.strip())
            or (is_upper(text) and looks_like_issuer(text))
        )
    )


def _could_name_a_body(text: str) -> bool:
    """A short line in capitals or with every word capitalised, no digits or sentence marks: a
    name, when the line under it says what kind of body it is."""
    words = text.split()
    small = vocabulary()["function_words"]
    return (
        0 < len(words) <= 8
        and not re.search(r"[\d:!?.,;«»\"@]", text)
        and (is_upper(text) or all(w[:1].isupper() for w in words if w.lower() not in small))
    )


def _name_and_what_it_is(text: str) -> bool:
    """'DER ENDURANCE – organisateur du Triathlon du Der': a name in capitals and, after a spaced
    dash, a description in lower case of what it is."""
    name, dash, rest = text.strip().partition(" – ") if " – " in text else text.strip().partition(" — ")
    words = name.split()
    return bool(
        dash
        and 1 <= len(words) <= 6
        and is_upper(name)
        and not re.search(r"[\d:!?.,;«»\"@]", name)
        and rest[:1].islower()
        and not re.search(r"\s[/|·•]\s", rest)  # '… · FONDATION X': another body beside it
        and describes_the_body(rest)
    )


def _short_name(text: str) -> bool:
    """A short line opening on a capital, with no digits or sentence marks: the name of the body
    whose branch the line under it names ('Voies navigables de France' / 'Direction territoriale X')."""
    text = text.strip()
    return text[:1].isupper() and 0 < len(text.split()) <= 8 and not re.search(r"[\d:!?.,;«»\"@]", text)


def _names_itself(text: str) -> bool:
    """A letterhead that is a proper name with no head-word: an acronym with its place or a name
    ('ARS Occitanie', 'SNCF Réseau', 'UFC-Que Choisir'), or a name whose every word is
    capitalised ('France Nature Environnement', 'Les Restos du Cœur'), where a French headline
    capitalises its first word only. Not a place ('Paris La Défense'), not a sentence or a date."""
    text = text.strip()
    words = text.split()
    if not 2 <= len(words) <= 6 or re.search(r"[\d:!?.,;«»\"()|/@]", text) or is_place(text):
        return False
    if _acronym_name(text):
        return True
    small = vocabulary()["function_words"]
    significant = [w for w in words if w.lower() not in small]
    if words[0].lower() in vocabulary()["first_names"]:
        return False  # 'Amélie Durand' over 'Ministre déléguée …': a person
    return len(significant) >= 2 and not is_upper(text) and all(w[:1].isupper() for w in significant)


def _acronym_name(text: str) -> bool:
    """'ARS Occitanie', 'CCI Hauts-de-France', 'SNCF Réseau', 'UFC-Que Choisir': an acronym and a
    place or a name of one to three words (in capitals, only a place: 'COVID EN HAUSSE' is a
    headline)."""
    words = text.strip().split()
    if not 2 <= len(words) <= 4 or re.search(r"[\d:!?.,;«»\"()|/@]", text):
        return False
    if not re.match(r"[A-ZÀ-ÖØ-ÞŒ]{2,8}(?:-[A-ZÀ-ÖØ-ÞŒ][\w'’]*)?\s", text.strip()):
        return False
    if plain(words[0]) in LINKS:
        return False  # 'DE LYON': the end of a name cut over two lines, no acronym
    rest = " ".join(words[1:])
    named = (
        all(w[:1].isupper() or plain(w).split("'")[0] in LINKS for w in words[1:])
        and words[-1].split("'")[-1][:1].isupper()
    )
    return is_place(rest) or (not is_upper(text) and named)  # 'SIAEP Vallée de l'Ognon'


def _names_what_is_below(name: str, below: str) -> bool:
    """A short name in capitals over a line in lower case opening on the head-word that says what
    it is ('JAZZ AU PHARE' / 'Festival de jazz de Saint-Malo – 18e édition', 'LES AMIS DU RAIL' /
    'Association des usagers …'): the name is the body, the line under it its tagline."""
    name = name.strip()
    return (
        is_upper(name)
        and len(name.split()) <= 6
        and not re.search(r"[\d:!?.,;«»\"]", name)
        and not is_upper(below)
        and _opens_on_head(below)
    )


def _opens_on_head(text: str, heads: tuple[str, ...] | None = None) -> bool:
    """A line opening on a body's head-word ('Agence …', 'CHU de Bordeaux', 'Festival …'), a
    unit's aside, and a headline ('SALON DE L'AGRICULTURE : 50 M€ POUR …', a sentence) too."""
    folded = plain(text.strip())
    words = text.split()
    if (
        _is_unit(text)
        or re.search(r"[:!?«»]|\.$", text)
        or (len(words) > 10 and not _complement_chain(words))
    ):
        return False
    heads = tuple(plain(h) for h in heads) if heads else vocabulary()["heads"]
    if any(re.match(rf"{re.escape(h)}(?![\w'’-])", folded) for h in heads):
        return True
    return bool(re.fullmatch(r"[A-Z][A-Z-]{1,7}\s+(?:de|du|des|d['’])\s*[^\W\d][\w'’ -]{1,40}", text.strip()))


def _is_unit(text: str) -> bool:
    """'Direction de la communication', 'Cabinet du préfet', 'SERVICE PRESSE': a unit's line."""
    folded = plain(text.strip())
    if _administration(folded):
        return False
    return any(re.match(rf"{re.escape(u)}(?![\w'’-])", folded) for u in vocabulary()["units"])


BRANCH = re.compile(
    r"(?:direction|delegation|agence|antenne|unite|service)s?\s+"
    r"(?:regional|territorial|departemental|interregional|interdepartemental|local)e?s?\s+"
    r"(?P<preposition>(?:de\s+la|de\s+l'|du|des|de|d')\s*)?(?P<where>.+)"
)


def _is_branch(text: str) -> bool:
    """'Direction régionale Pays de la Loire', 'Agence territoriale Île-de-France Est', 'Délégation
    départementale du Var': a national body's branch, named by its scope and its territory alone,
    under the body it belongs to (docs/annotation.md: the body is the issuer). A direction with a
    remit ('Direction régionale de l'environnement, de l'aménagement …') is an administration."""
    match = BRANCH.match(plain(text.strip()))
    if not match:
        return False
    where = text.strip()[match.start("where") :].strip()
    words = where.split()
    if is_place(where):
        return True
    return (
        not match["preposition"]
        and 0 < len(words) <= 5
        and not re.search(r"[,;:]", where)
        and all(
            w[:1].isupper() or plain(w) in {"de", "du", "des", "la", "le", "les", "sur", "et"} for w in words
        )
    )


def _administration(folded: str) -> bool:
    """'Direction régionale de l'environnement …', 'Direction générale de la santé': a direction
    with the scope of its remit (regional, departmental, general …) is an administration of its own,
    not a service of the body above ('Direction de la communication')."""
    scope = "|".join(vocabulary()["scope_adjectives"])
    return bool(re.match(rf"direction\s+(?:{scope})\b(?!.*\bcommunication\b)", folded))


def _wraps(text: str, above: str) -> bool:
    """A letterhead wrapped over lines: the line opens on a lower-case linking word ('de la
    Gironde', 'et de la Cohésion') or is a place name under a name in lower case ('Agence régionale
    de santé' / 'Auvergne-Rhône-Alpes', 'ARS' / 'Occitanie')."""
    if re.match(r"(?:de|du|des|d['’]|et|en|pour|chargée?s?|auprès)\b", text):
        return True
    lone_acronym = re.fullmatch(r"[A-ZÀ-ÖØ-ÞŒ]{2,8}", above.strip())
    return bool(lone_acronym or not is_upper(above) or _names_no_territory(above)) and is_place(text)


def _names_no_territory(name: str) -> bool:
    """'RÉGION SUD' (over 'Provence-Alpes-Côte d'Azur'): a name in capitals on a head-word that does
    not close on a place, which the place line under it completes ('PRÉFET DE LA VENDÉE' does)."""
    words = re.sub(r"\b[DdLl]['’]", "", name).split()  # 'PRÉFET DE L'ISÈRE' closes on 'ISÈRE'
    return (
        _opens_on_head(name)
        and len(words) <= 4
        and not any(is_place(" ".join(words[i:])) for i in range(1, len(words)))
    )


@lru_cache(maxsize=1)
def _plain_places() -> frozenset[str]:
    return frozenset(plain(p) for p in place_names())


def is_place(text: str) -> bool:
    return plain(text.strip()) in _plain_places()


WORD_ENDING = re.compile(r"(?:AIRE|IQUE|ALE|ELLE|IENNE|TION|MENT|ISME|ITÉ|IVE|EUSE|EUX|ÉE)S?$")
"""How French adjectives and nouns end, and acronyms do not: a capitals word wrapped from a name."""


def _other_body_acronym(line: str, previous: list[str]) -> bool:
    """A letterhead line that is a lone acronym, not the initials of the lines above it nor a
    place ('PRÉFÈTE' / 'DE LA RÉGION' / 'BRETAGNE')."""
    acronym = line.strip()
    if not re.fullmatch(r"[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ&.]{1,11}", acronym) or not previous or is_place(acronym):
        return False
    if len(acronym) >= 6 and WORD_ENDING.search(acronym):
        return False  # 'ET DE LA SOUVERAINETÉ' / 'ALIMENTAIRE': a word of the name, wrapped
    initials = iter(w[0].upper() for w in re.findall(r"[^\W\d_][\w-]*", " ".join(previous)))
    return not all(letter in initials for letter in acronym.replace(".", "").replace("&", ""))
