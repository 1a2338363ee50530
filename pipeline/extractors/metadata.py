"""Release metadata: issuer, document type, title, dateline place and date, reference.

Precedence is written as plain code (trafilatura's way): the dateline first, then a date line in
the header, then the first full date near the top that is not the end of a period. The header zone
is the text before the first body paragraph; the title is the first header paragraph that is not
furniture, a contact line or a lede sentence, with its wrapped continuation lines. The issuer
weighs the letterhead, the type line, the "À propos" zones, the press lines, the signature and the
press e-mail domains in one order (pipeline/extractors/issuer.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.addresses import EMAIL, find_phones
from pipeline.extractors.contacts import has_organisation_word
from pipeline.extractors.dates import find_dates
from pipeline.extractors.extensions import text_of
from pipeline.extractors.issuer import find_issuer
from pipeline.extractors.issuer import looks_like_issuer as _looks_like_issuer
from pipeline.extractors.issuer import vocabulary as issuer_vocabulary

PLACE = r"(?P<place>[A-ZÀÂÉÈÎÔÛ][\w'’.-]*(?:[ -](?:sur|sous|en|le|la|les|de|d'|du|[A-ZÀÂÉÈÎÔÛ][\w'’.-]*))*)"
DATELINE = re.compile(PLACE + r"\s*,\s*(?:le\s+|the\s+)?$")
OF_BODY = re.compile(r"\s*(?:(?:du|de\s+la|des|de)\s+|de\s+l['’]\s*)(?P<body>\S.*?)\s*$", re.IGNORECASE)
DATELINE_WITHOUT_COMMA = re.compile(r"^\s*" + PLACE + r"\s+le\s+$")
DATELINE_DASH = re.compile(r"^\s*" + PLACE + r"\s*[–—-]\s*(?:le\s+)?$")
"""'Rennes – 12 mars 2024 –': a wire-style dateline opens its line, the place set off by a dash."""
URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
PERIOD_LINK = re.compile(r"\s*(?:au|à|et|[-–—>/])\s*", re.IGNORECASE)
LINE = re.compile(r"[^\n]+")


@dataclass
class Line:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = resources.load("metadata.json")
    return {
        "types": sorted(data["document_types"], key=len, reverse=True),
        "furniture": set(data["furniture"]),
        "reference": re.compile(data["reference"]),
        "header_fraction": data["header_fraction"],
        "min_title_chars": data["min_title_chars"],
        "max_title_chars": data["max_title_chars"],
        "max_second_line_chars": data["max_second_line_chars"],
        "max_headline_lines": data["max_headline_lines"],
        "release_notice": re.compile(data["release_notice"]),
        "yearless_date_rules": set(data["yearless_date_rules"]),
        "function_words": set(data["function_words"]),
        "min_sentence_words": data["min_sentence_words"],
        "max_letterhead_words": data["max_letterhead_words"],
        "not_places": set(data["dateline_not_places"]),
        "range_end": re.compile(
            r"(?:(?:^|\s)(?:"
            + "|".join(re.escape(m) for m in data["range_markers"])
            + r")|\d\s*[-–—>/])\s*$",
            re.IGNORECASE,
        ),
    }


def _fold(text: str) -> str:
    return re.sub(r"[\s.:!]+", " ", text.lower()).strip()


def find_dateline(text: str, limit: int) -> dict | None:
    """'Paris, le 15/06/2020': the first place-comma-date in the header zone."""
    for date in find_dates(text[:limit]):
        if date["granularity"] != "day" or date["value"].startswith("--"):
            continue
        line_start = text.rfind("\n", 0, date["start"]) + 1
        before = text[line_start : date["start"]]
        match = None
        for candidate in DATELINE.finditer(before):
            if candidate.end() == len(before):
                match = candidate
        match = match or DATELINE_WITHOUT_COMMA.match(before) or DATELINE_DASH.match(before)
        if match:
            place = match["place"].strip()
            place_start = line_start + match.start("place")
            words = place.split()
            while len(words) > 1 and not words[0][0].isupper():
                words.pop(0)
            # keep only the trailing capitalised run: "(niveau 2) Nîmes" -> "Nîmes"
            tail: list[str] = []
            for word in reversed(words):
                if word[0].isupper() or word.lower() in {"sur", "sous", "en", "le", "la", "les", "de", "du"}:
                    tail.insert(0, word)
                else:
                    break
            while tail and (not tail[0][0].isupper() or tail[0] in {"À", "A"}):  # 'À Paris, le ...'
                tail.pop(0)
            if not tail or _fold(" ".join(tail)) in vocabulary()["not_places"]:
                continue  # 'Publié le 14 mars 2022': a web page's date line, no place
            if len(tail) > 3:
                tail = tail[-1:]
            place = " ".join(tail)
            place_start = text.rfind(place, line_start, date["start"])
            return {
                "place": place,
                "place_start": place_start,
                "date": date,
                "start": place_start,
                "end": date["end"],
            }
    return None


def header_lines(text: str, limit: int) -> list[Line]:
    return [Line(m.start(), m.end(), m.group()) for m in LINE.finditer(text, 0, limit)]


SECTION_NUMBER = re.compile(r"^\s*(?:[IVX]{1,4}|\d{1,2}|[A-H])\s?[).]\s+\S")
"""A numbered section heading: 'I) Le concours', '2. Les lauréats', 'A) Calendrier'."""

LAYOUT_TITLE = "communique_layout_title"
"""doc.user_data key: clean-text range of the headline by layout (largest font on a PDF's first page)."""
IMAGES_TEXT = "communique_images_text"
"""doc.user_data key: lines read by OCR in a PDF's letterhead images (models.ImageText)."""
PAGE_METADATA = "communique_page_metadata"
"""doc.user_data key: a web page's own metadata (title, published date, site name...)."""


FRONT_MATTER = "communique_front_matter"
"""doc.user_data key: clean-text range of each front-matter value of a markdown page ('title', 'date')."""


def extract_metadata(
    text: str,
    layout_title: tuple[int, int] | None = None,
    front_matter: dict[str, tuple[int, int]] | None = None,
    page: dict | None = None,
    images_text: list[dict] | None = None,
) -> dict:
    """The metadata fields and, per field, the evidence span and rule. A front matter's title and
    date come first (the page's author set them); a layout title (from a PDF's font sizes) is used
    when the text alone gives no headline; a web page's own metadata (its title, publication date)
    when the text gives no title or date; lines read in a PDF's letterhead images are issuer
    evidence."""
    vocab = vocabulary()
    limit = max(600, int(len(text) * vocab["header_fraction"]))
    front_matter = front_matter or {}
    header_end = max((end for _, end in front_matter.values()), default=0)
    lines = [line for line in header_lines(text, min(limit, len(text))) if line.start >= header_end]
    fields: dict = {
        "issuer": None,
        "document_type": None,
        "title": None,
        "place": None,
        "date": None,
        "reference": None,
    }
    evidence: dict = {}

    def record(field: str, value: str | None, start: int, end: int, rule: str) -> None:
        if value and fields[field] is None:
            fields[field] = value
            evidence[field] = {"start": start, "end": end, "text": text[start:end], "rule": rule}

    if "title" in front_matter:
        start, end = front_matter["title"]
        record("title", text[start:end].strip(), start, end, "metadata.front_matter")
    if "date" in front_matter:
        start, end = front_matter["date"]
        dates = [d for d in find_dates(text[start:end]) if d["granularity"] == "day"]
        if dates:
            record(
                "date",
                dates[0]["value"],
                start + dates[0]["start"],
                start + dates[0]["end"],
                "metadata.front_matter",
            )
    dateline = find_dateline(text, limit)
    if dateline:
        record(
            "place",
            dateline["place"],
            dateline["place_start"],
            dateline["place_start"] + len(dateline["place"]),
            "metadata.dateline",
        )
        date = dateline["date"]
        record("date", date["value"], date["start"], date["end"], "metadata.dateline")
    else:
        for line in lines[:15]:
            dates = find_dates(line.text)
            if (
                len(dates) == 1
                and dates[0]["granularity"] == "day"
                and len(line.text.strip()) <= len(dates[0]["text"]) + 12
            ):
                record(
                    "date",
                    dates[0]["value"],
                    line.start + dates[0]["start"],
                    line.start + dates[0]["end"],
                    "metadata.date_line",
                )
                break
        if fields["date"] is None:
            for date in find_dates(text[:limit]):
                # a day printed without its year ('Vernissage le 12 mai') dates an event, not the release
                if (
                    date["granularity"] == "day"
                    and date["rule"] not in vocab["yearless_date_rules"]
                    and not _in_a_period(text, date)
                ):
                    record("date", date["value"], date["start"], date["end"], "metadata.first_date")
                    break

    for line in lines[:15]:
        match = vocab["reference"].search(line.text)
        lead = _fold(line.text[: match.start()]) if match else ""
        if (
            match
            and (not lead or any(lead.endswith(t) for t in vocab["types"]))
            and (len(line.text) <= 40 or any(t in _fold(line.text) for t in vocab["types"]))
        ):
            record(
                "reference",
                match["reference"],
                line.start + match.start("reference"),
                line.start + match.end("reference"),
                "metadata.reference",
            )
            break

    type_index = None
    for index, line in enumerate(lines[:20]):
        document_type = _document_type(line.text)
        if document_type:
            offset = line.start + len(line.text) - len(line.text.lstrip())
            record(
                "document_type",
                text[offset : offset + len(document_type)],
                offset,
                offset + len(document_type),
                "metadata.document_type",
            )
            type_index = index
            break
    if fields["document_type"] is None:
        for match in LINE.finditer(text):
            if _fold(match.group()) in vocab["types"]:
                value = match.group().strip()
                offset = match.start() + match.group().index(value)
                record("document_type", value, offset, offset + len(value), "metadata.document_type_line")
                break

    title_index = (
        None if fields["title"] else _find_title(text, lines, fields, evidence, dateline, type_index, record)
    )
    if fields["title"] is None and layout_title:
        start, end = layout_title
        title = re.sub(r"\s+", " ", text[start:end]).strip(" -–:")
        if (
            vocab["min_title_chars"] <= len(title) <= vocab["max_title_chars"]
            and not _is_contact_line(title)
            and not _document_type(title)
        ):
            record("title", title, start, end, "metadata.title_largest_font")
    of_type = None
    if type_index is not None and evidence["document_type"]["rule"] == "metadata.document_type":
        line = lines[type_index]
        span = _type_issuer(line.text, len(fields["document_type"]))
        of_type = (line.start + span[0], line.start + span[1]) if span else None
    page_evidence: dict = {}
    _find_issuer(
        text, lines, title_index, type_index, record, of_type, images_text or [], fields, page_evidence
    )
    if page:
        _page_fallbacks(text, page, fields, page_evidence, record)

    return {**fields, "evidence": evidence, **({"page_evidence": page_evidence} if page_evidence else {})}


PAGE_FALLBACKS = (("title", "title"), ("date", "published"))
"""Metadata field, and the web page's field that stands in for it when the text gives nothing. The
site's name is not an issuer: on the tune pages whose text names no issuer (a regional agency's
site), the gold has none, and the site name was a false alarm on each."""


def _page_fallbacks(text: str, page: dict, fields: dict, page_evidence: dict, record) -> None:
    """Fields the text left empty, from the page's own metadata: the span where the text shows the
    same words when it does (the title is often the article's <h1>), else the page's value, with
    evidence kept apart (page_evidence: the other extractors read spans from `evidence`)."""
    for name, page_field in PAGE_FALLBACKS:
        value = page.get(page_field)
        if fields[name] is not None or not value:
            continue
        rule = f"metadata.page_{page_field}"
        if name != "date":
            pattern = r"\s+".join(re.escape(word) for word in value.split())
            match = re.search(pattern, text[: max(2000, len(text) // 3)], re.IGNORECASE)
            if match:
                record(name, value, match.start(), match.end(), rule)
                continue
        fields[name] = value
        page_evidence[name] = {"page_field": page_field, "text": value, "rule": rule}


def _document_type(line: str) -> str | None:
    """The genre printed at the start of a header line; a line cut after a preposition
    ('Communiqué de', a broken duplicate of the next line) is not one."""
    vocab = vocabulary()
    folded = _fold(line)
    for document_type in vocab["types"]:
        if folded == document_type:
            return line.strip()[: len(document_type)]
        if folded.startswith(document_type + " ") and (
            len(folded) < len(document_type) + 25 or _type_issuer(line, len(document_type))
        ):
            rest = folded[len(document_type) :].split()
            if all(word in vocab["function_words"] for word in rest):
                continue
            return line.strip()[: len(document_type)]
    return None


def _type_issuer(line: str, type_length: int) -> tuple[int, int] | None:
    """'Communiqué de presse du ministère de l'Intérieur': the body named after the genre, as
    (start, end) in the line."""
    stripped = len(line) - len(line.lstrip())
    match = OF_BODY.match(line, stripped + type_length)
    if match and has_organisation_word(match["body"]) and len(match["body"]) < 120:
        return match.start("body"), match.end("body")
    return None


def _in_a_period(text: str, date: dict) -> bool:
    """'du 1er mars au 10 juin 2012', '13 mai > 28 mai 2011': an event's period, not the release date."""
    line_start = text.rfind("\n", 0, date["start"]) + 1
    line_end = text.find("\n", date["end"])
    line_end = len(text) if line_end < 0 else line_end
    if vocabulary()["range_end"].search(text[max(line_start, date["start"] - 30) : date["start"]]):
        return True
    for other in find_dates(text[line_start:line_end]):
        start, end = other["start"] + line_start, other["end"] + line_start
        gap = text[end : date["start"]] if end <= date["start"] else text[date["end"] : start]
        if (start, end) != (date["start"], date["end"]) and PERIOD_LINK.fullmatch(gap):
            return True
    return False


def _is_furniture(line: Line, dateline: dict | None, evidence: dict) -> bool:
    vocab = vocabulary()
    folded = _fold(line.text)
    if folded in vocab["furniture"] or not re.search(r"\w{2}", line.text):
        return True
    if vocab["release_notice"].match(folded):
        return True  # an embargo or release notice, as in: Pour diffusion à partir du 12 mars
    if any(folded == t or folded.startswith(t + " ") and len(folded) < len(t) + 25 for t in vocab["types"]):
        return True
    covered = [e for e in evidence.values() if line.start <= e["start"] < line.end]
    if covered and sum(e["end"] - e["start"] for e in covered) + 8 >= len(line.text.strip()):
        return True
    if dateline and line.start <= dateline["start"] and dateline["end"] >= line.end - 2:
        return line.text[: dateline["start"] - line.start].strip() == ""
    dates = find_dates(line.text)
    return bool(dates) and len(line.text) <= sum(len(d["text"]) for d in dates) + 12


def _is_contact_line(text: str) -> bool:
    return bool(EMAIL.search(text) or URL.search(text) or find_phones(text, "FR"))


def _is_lede(title: str) -> bool:
    """'Du 13 au 28 mai 2011, la galerie présente des dessins.': a full sentence opening on a date
    is body text ('Le 8 mars, journée des droits des femmes' is still a headline)."""
    dates = find_dates(title)
    opens_on_date = (
        bool(dates) and dates[0]["start"] <= 15 and title[dates[0]["end"] :].lstrip().startswith(",")
    )
    return opens_on_date and (title.endswith(".") or len(title) > 120)


def _find_title(text, lines, fields, evidence, dateline, type_index, record) -> int | None:
    """The first header line after the type line (or from the top) that reads like a headline,
    joined with the lines it wraps onto; contact lines and numbered section headings are skipped,
    and a sentence means the body began without one. With no headline below the type line, one
    printed above it ('CONCOURS X' over 'Dossier de presse') is taken, letterhead lines aside; so
    is one above it when what follows the type line is a sentence (a page's heading, then
    'Communiqué de presse – 12 septembre 2024', then the lede)."""
    if type_index is None:
        found = _title_between(text, lines, 0, len(lines), dateline, evidence, letterhead=False)
    else:
        found = _title_between(text, lines, type_index + 1, len(lines), dateline, evidence, False)
        if (found is None or _reads_as_sentence(found[1])) and type_index > 0:
            found = _title_between(text, lines, 0, type_index, dateline, evidence, letterhead=True) or found
    if found is None:
        return None
    index, title, start, end = found
    record("title", title, start, end, "metadata.title")
    return index


def _reads_as_sentence(title: str) -> bool:
    """A line that ends as a sentence ends, long enough to be the lede's first sentence."""
    return title.endswith((".", "…")) and len(title.split()) >= vocabulary()["min_sentence_words"]


def _title_between(text, lines, first: int, stop: int, dateline, evidence, letterhead: bool):
    """The headline among lines[first:stop]: (its index, text, start, end), or None. `letterhead`:
    any line naming a body is skipped (above the type line), else only a short one in capitals
    that opens on the body's head-word ('PRÉFECTURE DU GARD', not 'UN NOUVEAU CENTRE DE
    VACCINATION OUVRE'), with lines under it."""
    vocab = vocabulary()
    for index in range(first, stop):
        line = lines[index]
        if _is_furniture(line, dateline, evidence) or _is_contact_line(line.text):
            continue
        if SECTION_NUMBER.match(line.text):
            continue  # 'I) Le concours', '2. Les lauréats': a section of the body, not its headline
        if _looks_like_issuer(line.text) and (
            letterhead or (index + 1 < len(lines) and line.text.isupper() and _opens_on_body(line.text))
        ):
            continue
        title, start, end = line.text, line.start, line.end
        if dateline and line.start <= dateline["start"] < line.end:
            before, after = text[line.start : dateline["start"]], text[dateline["end"] : line.end]
            if not before.strip() and re.match(r"\s*[–—-]\s*\S", after):
                return None  # 'PARIS, 12 MARS 2024 – Le groupe annonce...': the body begins
            title = (before + " " + after).strip()
        title = re.sub(r"\s+", " ", title).strip(" -–")
        added = 0
        for following in lines[index + 1 : stop]:
            if following.start != end + 1 or _is_contact_line(following.text):
                break
            if not _continues(title, following.text):
                if not _closes_headline(text, title, following, dateline, added):
                    break
                added += 1
            title, end = f"{title} {following.text.strip()}", following.end
        title = title.strip(" -–:")
        if _is_lede(title) or _last_word(title) in vocab["function_words"]:
            return None  # the body has begun: a sentence, not a headline
        if len(title) > vocab["max_title_chars"]:
            return None  # a paragraph of body text: the body has begun
        if len(title) < vocab["min_title_chars"]:
            continue
        return index, title, start, end
    return None


def _opens_on_body(line: str) -> bool:
    """A letterhead line opens on the body's head-word ('PRÉFECTURE DU GARD', 'LA RÉGION
    BRETAGNE', 'ADEME') and is short; a headline in capitals may name a body further on."""
    rest = re.sub(r"^(?:(?:la|le|les)\s+|l['’]\s*)", "", line.strip(), flags=re.IGNORECASE)
    words = rest.split()
    if not words or len(words) > vocabulary()["max_letterhead_words"]:
        return False
    folded = rest.lower()
    return len(words) == 1 or any(folded.startswith(k) for k in issuer_vocabulary()["keywords"])


def _closes_headline(text: str, title: str, line: Line, dateline: dict | None, added: int = 0) -> bool:
    """A further headline line ('Exposition du 11 avril au 31 août'): short, no sentence, in a
    headline paragraph of at most max_headline_lines lines (a blank line ends it; `added` lines
    were joined already); a standfirst is a sentence."""
    paragraph_end = text.find("\n\n", line.end)
    paragraph_end = len(text.rstrip()) if paragraph_end < 0 else paragraph_end
    ends_paragraph = (
        text.count("\n", line.end, paragraph_end) <= vocabulary()["max_headline_lines"] - 2 - added
    )
    content = line.text.strip()
    sentence = content.endswith((".", ";", "…")) or title.endswith((".", "!", "?"))
    tag = content.startswith(("#", "@"))  # '#Canicule': a social-media tag, not a headline
    if not ends_paragraph or sentence or tag or len(content) > vocabulary()["max_second_line_chars"]:
        return False
    if (
        dateline
        and line.start <= dateline["start"] < line.end
        or _fold(content) in vocabulary()["furniture"]
        or _document_type(content)
    ):
        return False
    # a line of dates alone ('le 3 mars 2024') is no headline; 'Concert du 14 au 16 juin' is
    undated = content
    for date in find_dates(content):
        undated = undated.replace(date["text"], " ")
    return any(w not in vocabulary()["function_words"] for w in re.findall(r"[^\W\d_]{3,}", undated.lower()))


def _last_word(text: str) -> str:
    words = re.findall(r"[\w'’]+", text.lower())
    return words[-1] if words else ""


def _continues(title: str, following: str) -> bool:
    """A headline wrapped over lines: the next line starts in lower case, or this one ends
    on a colon or a preposition."""
    first = following.strip()[:1]
    return first.islower() or title.endswith(":") or _last_word(title) in vocabulary()["function_words"]


def _find_issuer(
    text: str,
    lines,
    title_index,
    type_index,
    record,
    of_type: tuple[int, int] | None,
    images_text: list[dict],
    fields: dict,
    image_evidence: dict,
) -> None:
    """The issuer from every source of evidence (pipeline.extractors.issuer); the letterhead is
    looked for above the title and the type line, within the first eight lines. A value read in an
    image has no span: its evidence is the image (kept apart, as a web page's metadata is)."""
    stop = min(i for i in (title_index, type_index, 8) if i is not None)
    found = find_issuer(text, lines, stop, of_type, images_text)
    if found and "image" in found:
        fields["issuer"] = found["value"]
        image = found["image"]
        location = {"page": image["page"], "bbox": [round(v, 2) for v in image["bbox"]]}
        image_evidence["issuer"] = {"text": image["text"], "rule": found["rule"], "location": location}
    elif found:
        record("issuer", found["value"], found["start"], found["end"], found["rule"])


class MetadataExtractor:
    """Fills doc._.metadata from the header zone of the document."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.metadata = extract_metadata(
            text_of(doc),
            doc.user_data.get(LAYOUT_TITLE),
            doc.user_data.get(FRONT_MATTER),
            doc.user_data.get(PAGE_METADATA),
            doc.user_data.get(IMAGES_TEXT),
        )
        return doc


@Language.factory("communique_metadata", assigns=["doc._.metadata"])
def make_metadata_extractor(nlp: Language, name: str) -> MetadataExtractor:
    return MetadataExtractor(nlp, name)
