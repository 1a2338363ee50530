"""The names read by OCR in a PDF's letterhead images (logos), and how the text spells them."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extractors.issuer.acronyms import abbreviates, spells_out
from pipeline.extractors.issuer.common import Candidate, fold, plain, vocabulary
from pipeline.extractors.issuer.letterhead_shapes import local_formation
from pipeline.extractors.issuer.line_kinds import is_place, is_upper


def image_letterhead(images_text: list[dict]) -> list[Candidate]:
    """One body per letterhead image whose lines name one: the name starts at the first line that
    looks like an issuer and runs over the lines that continue it (no digits, addresses or
    sentences: a tagline or the body's address ends it); the motto and 'République française'
    are furniture. A markdown logo's alt text is one line (_alt_text_body)."""
    candidates: list[Candidate] = []
    by_image: dict[tuple, list[dict]] = {}
    for line in images_text:
        if line.get("image"):
            candidates.extend(_alt_text_body(line))
            continue
        by_image.setdefault((line["page"], tuple(line["bbox"])), []).append(line)
    for image_lines in by_image.values():
        read = [line["text"] for line in image_lines if _ocr_clean(line["text"])]
        read = [line for line in read if not _is_furniture(_ocr_clean(line))]
        start = next((n for n, line in enumerate(read) if _names_institution(line)), None)
        if start is None:
            continue
        name = [_ocr_clean(read[start])]
        for following in read[start + 1 :]:
            if not _continues_logo(following.strip()) or len(" ".join(name + [following])) > 90:
                break
            name.append(_ocr_clean(following))
        image = {**image_lines[0], "text": " ".join(name), "lines": name}
        candidates.append(Candidate(" ".join(name), 0, 0, "letterhead_image", image))
    return candidates


LOGO_WORD = re.compile(
    r"^(?:logo(?:type)?s?|bandeau|bloc[- ]marque|banni[eè]re)\b\W*(?:(?:de\s+la|de\s+l['’]|du|des|de)\s+)?",
    re.IGNORECASE,
)
TAGLINE_MARK = re.compile(r"\s+[–—|:·-]\s+|\s*\(")
"""What follows the name in an alt text: a motto, a tagline, an edition ('Zoo X – Parc zoologique')."""


def _alt_text_body(image: dict) -> list[Candidate]:
    """The body a markdown logo's alt text names ('Logo AgroTech Ouest', 'Ministère de la Justice –
    Liberté Égalité Fraternité', 'Festival X — 15e édition'): the name before any tagline, when
    the alt text says it is a logo or the name has an institution's head-word; a photo's caption
    (a sentence, a lower-case description) names none. A national body and its local formation
    printed on one line ('Gendarmerie nationale – Groupement de gendarmerie départementale du X')
    are one name, as on a letterhead's line."""
    alt = re.sub(r"\s+", " ", image["text"]).strip()
    logo = LOGO_WORD.match(alt)
    parts = TAGLINE_MARK.split(alt[logo.end() :] if logo else alt, maxsplit=2)
    name, short = parts[0].strip(" .,;"), None
    formation = len(parts) == 2 and local_formation(name, parts[1])
    if formation:
        name = alt[logo.end() if logo else 0 :].strip(" .,;")  # 'Gendarmerie nationale – Groupement …'
    elif len(parts) > 1 and re.fullmatch(r"[^\W\d_]{2,10}", name):
        full = parts[1].strip(" .,;")
        if spells_out(name.upper(), full) or abbreviates(name, full):
            name, short = full, name  # 'caf – Caisse d'allocations familiales du Finistère': the name
    words = name.split()
    if (
        not words
        or len(words) > (16 if short or formation else 8)
        or not name[0].isupper()
        or re.search(r"[.!?;]|\d", name)
    ):
        return []
    common = [w for w in words if w[0].islower() and plain(w).split("'")[-1] not in LINKING_WORDS]
    if not (logo or formation or _names_institution(name) or len(words) <= 6 and len(common) <= 1):
        return []
    if _is_furniture(name):
        return []
    return [Candidate(name, 0, 0, "letterhead_image", {**image, "lines": [name], "short": short})]


LOGO_TEXT = re.compile(r"^[ \t]*[\[(]?[ \t]*(?P<alt>(?i:logo(?:type)?s?)\b[^\]\n)]*?)[ \t]*[\])]?[ \t]*$")
"""A logo's alt text kept in a text copy of the release ('[logo caf – Caisse …]', 'Logo Région X')."""


def logo_lines(lines) -> list[Candidate]:
    """The bodies that logo lines of the header name, with their span in the text (a text copy of a
    page keeps its images' alt text: the same evidence as a markdown logo's)."""
    found = []
    for line in lines:
        match = LOGO_TEXT.match(line.text)
        logos = [match] if match else _logos_side_by_side(line.text)
        for logo in logos:
            for candidate in _alt_text_body({"text": logo["alt"], "image": None}):
                at = line.text.find(candidate.name, logo.start("alt"))
                if at >= 0:
                    start = line.start + at
                    found.append(
                        Candidate(candidate.name, start, start + len(candidate.name), "letterhead_image")
                    )
    return found


BRACKETED_LOGO = re.compile(r"\[[ \t]*(?P<alt>(?i:logo(?:type)?)\b[^\]\n]*?)[ \t]*\]")


def _logos_side_by_side(line: str) -> list[re.Match]:
    """'[logo X] [logo Y]': the logos of a line that holds nothing else, one body each."""
    logos = list(BRACKETED_LOGO.finditer(line))
    return logos if len(logos) > 1 and not BRACKETED_LOGO.sub("", line).strip() else []


def _is_furniture(line: str) -> bool:
    """The state's motto and name around its logos, however OCR accents them."""
    furniture = _plain_vocabulary("furniture")
    return plain(fold(line)) in furniture or all(plain(w) in furniture for w in line.split())


def _names_institution(line: str) -> bool:
    """A logo line with an institution's head-word; a lone word in capitals is not enough in an
    image (drawings are read as such words). An event's or an establishment's head-word ('CONCOURS
    ALKINDI') would be right too, but waits for the contacts and entity rules to stop leaning on the
    issuer (docs/issuer.md)."""
    folded = plain(line)
    return any(folded.startswith(k) or f" {k}" in folded[:40] for k in _plain_vocabulary("keywords"))


WORD = re.compile(r"[^\W\d_][\w'’-]*")


def spelled_in(text: str, logo: Candidate) -> Candidate:
    """A name read by OCR in a logo ('Conçours ALKINEI'), as the text spells it ('concours
    Alkindi'), with its span: the first run of as many words, each the same or one letter off (a
    misread glyph), a capitalised one first. A tagline read under the name ('Découvrez la
    cryptographie') is not in the text with it: the longest opening of whole logo lines, two words
    or more, that the text spells is the name (never without a place the logo names: 'Grand Est').
    The logo as read when the text spells none."""
    logo_words = [plain(w) for w in WORD.findall(logo.name)]
    words = list(WORD.finditer(text))
    lines = (logo.image or {}).get("lines", [logo.name])
    ends, count = [], 0  # the word counts at which a logo line ends, before any line naming a place
    for number, line in enumerate(lines):
        count += len(WORD.findall(line))
        ends.append(count)
        if any(is_place(later) for later in lines[number + 1 :]):
            ends = []  # 'Agence régionale de santé' / 'Grand Est': the place belongs to the name
    for size in sorted({n for n in ends if n >= 2}, reverse=True):
        wanted = logo_words[:size]
        runs = (words[index : index + size] for index in range(len(words) - size + 1))
        found = [r for r in runs if all(_near(plain(m.group()), w) for m, w in zip(r, wanted, strict=True))]
        if found:
            run = next((r for r in found if r[0].group()[:1].isupper()), found[0])
            start, end = run[0].start(), run[-1].end()
            return Candidate(text[start:end], start, end, "letterhead_image")
    return logo


def _near(word: str, wanted: str) -> bool:
    """The same word, or one letter off in a word of five letters or more."""
    if word == wanted:
        return True
    if min(len(word), len(wanted)) < 5 or abs(len(word) - len(wanted)) > 1:
        return False
    previous = list(range(len(wanted) + 1))
    for i, a in enumerate(word, 1):
        current = [i]
        for j, b in enumerate(wanted, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1] <= 1


@cache
def _plain_vocabulary(name: str) -> tuple[str, ...]:
    """A word list of the vocabulary without accents, folded once (OCR drops accents)."""
    return tuple(plain(word) for word in vocabulary()[name])


def _ocr_clean(text: str) -> str:
    """A line as read in a logo, without the stray marks a drawing leaves at its ends."""
    return re.sub(r"^[^\w«]+|[^\w»)]+$", "", text).strip()


def _continues_logo(line: str) -> bool:
    """A logo line that goes on with the name above it: no digit, address or sentence mark, and
    in capitals, or capitalised, or opening on a linking word ('d’art contemporain')."""
    if re.search(r"[\d@?!:;.]|www", line, re.IGNORECASE) or len(line.split()) > 6:
        return False
    first = line.split()[0]
    return is_upper(line) or first[0].isupper() or plain(first).split("'")[0] in LINKING_WORDS


LINKING_WORDS = {"de", "d", "du", "des", "et", "pour", "la", "le", "les", "l", "en", "sur"}
