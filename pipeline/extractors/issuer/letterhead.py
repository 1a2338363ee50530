"""The letterhead: the header lines naming the issuing bodies (logo.py reads those printed in images)."""

from __future__ import annotations

import re

from pipeline.extractors.dates import find_dates
from pipeline.extractors.issuer.acronyms import acronym_and_name, spells_out
from pipeline.extractors.issuer.common import MOTTO, STATE_WORDS, Candidate, fold, plain, vocabulary
from pipeline.extractors.issuer.header_columns import gap_columns, in_columns, left_column
from pipeline.extractors.issuer.header_lines import (
    SINCE_YEAR,
    continues_above,
    describes_the_body,
    is_split_furniture,
    joined,
    over_its_address,
    serves_the_state,
    without_description,
    without_edition,
)
from pipeline.extractors.issuer.letterhead_shapes import (
    acronym_and_its_place,
    bodies_side_by_side,
    lists_members,
    local_formation,
    office_line,
    office_over_parent,
    stands_for,
    state_line,
    unglued,
    without_details,
    wordmark,
)
from pipeline.extractors.issuer.line_kinds import (
    could_name_a_body,
    is_branch,
    is_unit,
    is_upper,
    looks_like_issuer,
    name_and_what_it_is,
    names_a_body_alone,
    names_a_firm,
    names_itself,
    names_what_is_below,
    opens_on_head,
    other_body_acronym,
    short_name,
    wraps,
)
from pipeline.extractors.metadata_common import Line


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
        and opens_on_head(text, bare)  # 'La Région Normandie investit …' is a headline's subject
        and bool(dates)
        and len(following.strip()) <= sum(len(d["text"]) for d in dates) + 30
    )


def letterhead_lines(lines, stop: int, type_index: int | None) -> list:
    """The header lines a letterhead is read from: those above the title and the type line, and
    the line under the type line when it is a letterhead (the title then comes after it), with the
    line that wraps its name."""
    head = list(lines[:stop])
    below = type_index + 1 if type_index is not None and type_index == stop else None
    if below is not None and below < len(lines) and names_a_body_under_genre(lines, below):
        head.append(lines[below])
        if below + 1 < len(lines) and wraps(lines[below + 1].text.strip(), lines[below].text.strip()):
            head.append(lines[below + 1])  # 'Agence régionale de santé' / 'Provence-Alpes-Côte d'Azur'
    return head


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

PARTNER_LINE = re.compile(r"\s*(?:en\s+partenariat\s+avec|en\s+lien\s+avec|avec|et)\s*:?\s*$", re.IGNORECASE)
"""A line alone between two letterheads of a joint release: the body under it is a co-issuer."""

LOGO_LINE = re.compile(r"[\[!(\s]*logo\b", re.IGNORECASE)
"""'Logo ARS Nouvelle-Aquitaine', '[logo …]', '![Logo …](…)': an image's alt text under a letterhead
names the body again, it does not go on with its name."""

REFERENCE_LINE = re.compile(
    r"(?:N[°º]|[NV]\s?/\s?R[ée]f|R[ée]f(?:[ée]rence)?s?\b)\.?\s*:?\s*\S*\d", re.IGNORECASE
)
"""A release's number on its own line ('Réf. : DIR/COM/2026-19', 'N° 42'): no body's name."""


def text_letterhead(lines, joint: bool = False, column_gaps: frozenset[int] = frozenset()) -> list[Candidate]:
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
    ends the block. Two letterheads side by side (a wide blank between them on each line) are read
    one column after the other."""
    partner = next((i for i, line in enumerate(lines) if PARTNER_LINE.match(line.text)), None)
    before = text_letterhead(lines[:partner], joint, column_gaps) if joint and partner else []
    if before:  # 'DÉPARTEMENT X' / 'Direction …' / 'en partenariat avec' / 'CEREMA' / …
        return before + text_letterhead(lines[partner + 1 :], joint, column_gaps)
    logos = _logos_side_by_side(lines, joint, column_gaps)
    if logos:
        return logos
    printed_lines = {line.start: line for line in lines}  # the spans are the printed text's
    lines = [Line(line.start, line.end, unglued(line.text)) for line in lines]  # 'PRÉFETDE LA SOMME'
    block: list[tuple[object, str]] = []  # (line, how it joins: 'body', 'more', 'wrap', 'name')
    above = None  # the line above, when it was passed over
    motto = False  # the motto was met under the block
    state = False  # the State's name or motto was met above any body
    printed, lines = (
        list(lines),
        in_columns(list(lines), column_gaps, joint),
    )  # 'RÉPUBLIQUE FRANÇAISE   Agence …'
    if (
        joint
        and printed
        and lines[1:2]
        and lines[1].start > printed[0].start
        and lines[1].end <= printed[0].end
    ):
        pair = [
            line for line in lines[:2] if could_name_a_body(line.text.strip()) or looks_like_issuer(line.text)
        ]
        if len(pair) == 2:  # 'CIDRES DE L'OUEST     SAINT-MALO CONGRÈS', 'UNIVERSITÉ X 2': two logos' names
            return [
                Candidate(line.text.strip(), line.start, line.start + len(line.text.strip()), "letterhead")
                for line in pair
            ]
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
        if not block and above is not None and SINCE_YEAR.search(text) and could_name_a_body(above.text):
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
        side_by_side = bodies_side_by_side(line, joint)  # 'PRÉFECTURE DE POLICE … / PARQUET DE MARSEILLE'
        if side_by_side and (not block or motto):
            block += [(part, "body") for part in side_by_side]
            motto = False
            continue
        if motto:
            if (
                len(text) >= 120
                or not opens_on_head(text, vocabulary()["keywords"])
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
        if not block and above is not None and office_over_parent(above.text, text):
            block.append((above, "body"))  # 'BUREAU DE L'X POUR LA FRANCE' / 'Organisation … X'
            break
        if not block and above is not None and stands_for(above.text, text):
            block.append((line, "body"))  # 'SMICVAL ROUERGUE' / 'Syndicat mixte … du Rouergue'
            continue
        if not block and above is not None and names_what_is_below(above.text, text):
            block.append((above, "body"))  # 'JAZZ AU PHARE' / 'Festival de jazz de …': its tagline
            break
        if not block and above is not None and continues_above(above.text, text):
            block += [(above, "body"), (line, "wrap")]  # 'HOSPICES CIVILS' / 'DE LYON'
            continue
        if not block and above is not None and is_branch(text) and short_name(above.text):
            block.append((above, "body"))  # 'Voies navigables de France' / 'Direction territoriale X'
            break
        if (
            not block
            and above is not None
            and describes_the_body(text)
            and (could_name_a_body(above.text) or wordmark(above.text))
        ):
            block.append((above, "body"))  # 'VERRERIES DU BOCAGE' / 'SCOP SA à capital variable'
            break
        if (
            block
            and block[-1][1] == "name"
            and not spells_out(block[0][0].text, block[-1][0].text)  # 'CAPL' / 'CHAMBRE … LAGONAIRE' is whole
            and spells_out(block[0][0].text, f"{block[-1][0].text} {text}")
        ):
            block.append((line, "wrap"))  # 'CARO' / 'Communauté d'agglomération' / 'Rochefort Océan'
            continue
        if len(block) == 1 and stands_for(block[0][0].text, text, lines[index + 1 : index + 2]):
            block.append((line, "name"))  # 'AP-HP' / 'Assistance Publique – Hôpitaux de Paris'
            continue
        if acronym_and_its_place(block) and stands_for(f"{block[0][0].text} {block[1][0].text}", text):
            block.append(
                (line, "name")
            )  # 'FHF' / 'HAUTS-DE-FRANCE' / 'Fédération … de France – Hauts-de-France'
            continue
        if block and (
            wraps(text, block[-1][0].text)
            or block[-1][0].text.rstrip().endswith("-")  # 'DE LA HAUTE-' / 'SAVOIE'
            or (len(block) == 1 and continues_above(block[0][0].text, text))  # 'GIRONDE' / 'LE DÉPARTEMENT'
        ):
            block.append((line, "wrap"))
            continue
        if block and (is_unit(text) or is_branch(text) or describes_the_body(text) or office_line(text)):
            break  # a service or a branch of the body above, or what kind of body it is
        if block and lists_members(text, joint):
            break  # 'GHT X' / 'Groupement … X' / 'Centre hospitalier de Y · Hôpital de Z · …'
        if block and any(
            spells_out(word, text)
            for above_line, _ in block
            for word in above_line.text.split()
            if word.lower() not in vocabulary()["function_words"]  # 'DE' spells no 'DÉPARTEMENT'
        ):
            break  # 'CHU AMIENS-PICARDIE' / 'Centre hospitalier universitaire': what the acronym means
        if len(block) == 1 and local_formation(block[0][0].text, text):
            block = [(line, "body")]  # 'GENDARMERIE NATIONALE' / 'Groupement de gendarmerie … du X'
            break
        if block and is_upper(block[0][0].text) and not is_upper(text):
            if len(text) < 120 and opens_on_head(text, vocabulary()["keywords"]):
                block.append((line, "body"))  # a co-issuer printed in lower case ('Agence …')
                continue
            break  # under a letterhead in capitals, a line in lower case is a tagline or a parent body
        if not block and over_its_address(lines, index):
            block.append((line, "body"))  # 'Fromagerie du Vallon d'Aspe' / 'Route du Somport – 64490 Bedous'
            break
        tagline = text[:1].islower() and describes_the_body(text)  # 'au service des patients du centre …'
        name = without_description(text)  # 'FONDATION X sous l'égide de …': a tagline read onto its line
        if (
            len(text) < 120
            and not tagline
            and (
                looks_like_issuer(name)
                or opens_on_head(name)
                or (block and is_upper(text))
                or names_itself(name)
                or name_and_what_it_is(text)
                or names_a_firm(name)
            )
        ):
            block.append((line, "body" if not block or opens_on_head(text) else "more"))
        elif block:
            break
        else:
            above = line
    groups: list[tuple[list, list[str]]] = []  # (lines, printed parts) of each body
    for line, joins in block:
        part = without_details(without_description(_without_motto(_undoubled(line.text))))
        if groups and plain(part) == plain(" ".join(groups[-1][1])):
            continue  # the same letterhead read twice
        if joins == "name":
            groups[-1] = ([line], [part])  # the full name the acronym above abbreviates
            continue
        if (
            not groups
            or (joins == "body" and groups[-1][1])
            or (joins != "wrap" and other_body_acronym(line.text, groups[-1][1]))
        ):
            groups.append(([], []))
        groups[-1][0].append(line)
        groups[-1][1].append(part)
    return [
        Candidate(
            joined(parts), *_printed_span([printed_lines.get(f.start, f) for f in found], parts), "letterhead"
        )
        for found, parts in groups
    ]


def _logos_side_by_side(lines, joint: bool, column_gaps: frozenset[int]) -> list[Candidate]:
    """Two logos side by side, each a body's name over its service or branch ('Collectivité X
    Ligue Y' / 'Direction des sports      Comité départemental Z', a wide blank between the
    columns on two lines at least): one body per column, each read as a letterhead of its own (the
    lines under a logo's name belong to it, they are no co-issuers). Not under the State's motto,
    where the bloc marque's column is read with the service beside it (in_columns)."""
    columns = gap_columns(list(lines), column_gaps, joint)
    if not columns or len(columns[1]) < 2 or any(state_line(line.text) for line in lines):
        return []
    left, right, rest = columns
    found = [text_letterhead(column, joint)[:1] for column in (left, right + rest)]
    return [*found[0], *found[1]] if all(found) else []


def _printed_span(found: list, parts: list[str]) -> tuple[int, int]:
    """The span of a body's printed name over its lines, without what its lines print after it
    (a description, a unit, an address: 'LA CALE — accélérateur de …' -> 'LA CALE')."""
    start, end = found[0].start, found[-1].end
    first, last = _find_printed(found[0].text, parts[0]), _find_printed(found[-1].text, parts[-1])
    if first:
        start += first.start()
    if last:
        end = found[-1].start + last.end()
    return start, end


def _find_printed(text: str, part: str) -> re.Match | None:
    """Where a part of a name is printed on its line, the spaces unglued() put back left optional."""
    return re.search(r"\s*".join(map(re.escape, part.split())), text) if part.strip() else None


ORGANISER = re.compile(
    r"^[ \t*_]*(?i:organisée?s?|co-?organisée?s?|proposée?s?)\s+par\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞŒ][^\n(),;:*_]{2,100}?)[ \t]*(?=(?:\([^)\n]{2,15}\))?(?:[ \t*_]*$|[ \t]+avec\s))",
    re.MULTILINE,
)
"""'organisées par l'Association X (AX)' on a line of its own under an event's name (its partners
after 'avec')."""


PARTNERS_AFTER = re.compile(r"\s+(?:avec|en\s+partenariat|en\s+lien|sous|grâce)\s", re.IGNORECASE)


def organisers(text: str, header_end: int) -> list[Candidate]:
    """The body a header line says organises the event a press kit presents ('RENCONTRES X' /
    'organisées par l'Association des Y (AY)'): it issues the kit. Not a sentence of the lede
    ('Le jury du concours X, organisé par …'), nor a name with no head-word."""
    found = []
    for line in ORGANISER.finditer(text, 0, header_end):
        name = PARTNERS_AFTER.split(line["name"])[0]  # '… avec la délégation régionale X': a partner
        if opens_on_head(name) or looks_like_issuer(name):
            start = line.start("name")
            found.append(Candidate(name, start, start + len(name), "organiser"))
    return found
