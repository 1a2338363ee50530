"""Release metadata: issuer, document type, title, dateline place and date, reference.

Precedence is written as plain code (trafilatura's way): the dateline first, then a date line in
the header, then the first full date near the top. The header zone is the text before the first
body paragraph; the title is the first header paragraph that is not furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import resources
from pipeline.extractors.dates import find_dates

PLACE = r"(?P<place>[A-ZÀÂÉÈÎÔÛ][\w'’.-]*(?:[ -](?:sur|sous|en|le|la|les|de|d'|du|[A-ZÀÂÉÈÎÔÛ][\w'’.-]*))*)"
DATELINE = re.compile(PLACE + r"\s*,\s*(?:le\s+|the\s+)?$")
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
        "issuer_keywords": tuple(data["issuer_keywords"]),
        "furniture": set(data["furniture"]),
        "reference": re.compile(data["reference"]),
        "header_fraction": data["header_fraction"],
        "max_title_chars": data["max_title_chars"],
    }


def _fold(text: str) -> str:
    return re.sub(r"[\s.:!]+", " ", text.lower()).strip()


def find_dateline(text: str, limit: int) -> dict | None:
    """'Paris, le 15/06/2020': the first place-comma-date in the header zone."""
    for date in find_dates(text[:limit]):
        if date["granularity"] != "day" or date["value"].startswith("--"):
            continue
        line_start = text.rfind("\n", 0, date["start"]) + 1
        before = text[line_start:date["start"]]
        match = None
        for candidate in DATELINE.finditer(before):
            if candidate.end() == len(before):
                match = candidate
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
            while tail and not tail[0][0].isupper():
                tail.pop(0)
            if not tail:
                continue
            if len(tail) > 3:
                tail = tail[-1:]
            place = " ".join(tail)
            place_start = text.rfind(place, line_start, date["start"])
            return {"place": place, "place_start": place_start, "date": date, "start": place_start, "end": date["end"]}
    return None


def header_lines(text: str, limit: int) -> list[Line]:
    return [Line(m.start(), m.end(), m.group()) for m in LINE.finditer(text, 0, limit)]


def extract_metadata(text: str) -> dict:
    """The metadata fields and, per field, the evidence span and rule."""
    vocab = vocabulary()
    limit = max(600, int(len(text) * vocab["header_fraction"]))
    lines = header_lines(text, min(limit, len(text)))
    fields: dict = {"issuer": None, "document_type": None, "title": None, "place": None, "date": None, "reference": None}
    evidence: dict = {}

    def record(field: str, value: str | None, start: int, end: int, rule: str) -> None:
        if value and fields[field] is None:
            fields[field] = value
            evidence[field] = {"start": start, "end": end, "text": text[start:end], "rule": rule}

    dateline = find_dateline(text, limit)
    if dateline:
        record("place", dateline["place"], dateline["place_start"], dateline["place_start"] + len(dateline["place"]), "metadata.dateline")
        date = dateline["date"]
        record("date", date["value"], date["start"], date["end"], "metadata.dateline")
    else:
        for line in lines[:15]:
            dates = find_dates(line.text)
            if len(dates) == 1 and dates[0]["granularity"] == "day" and len(line.text.strip()) <= len(dates[0]["text"]) + 12:
                record("date", dates[0]["value"], line.start + dates[0]["start"], line.start + dates[0]["end"], "metadata.date_line")
                break
        if fields["date"] is None:
            for date in find_dates(text[:limit]):
                if date["granularity"] == "day" and not date["value"].startswith("--"):
                    record("date", date["value"], date["start"], date["end"], "metadata.first_date")
                    break

    for line in lines[:15]:
        match = vocab["reference"].search(line.text)
        if match and (len(line.text) <= 40 or any(t in _fold(line.text) for t in vocab["types"])):
            record("reference", match["reference"], line.start + match.start("reference"), line.start + match.end("reference"), "metadata.reference")
            break

    type_index = None
    for index, line in enumerate(lines[:20]):
        folded = _fold(line.text)
        for document_type in vocab["types"]:
            if folded == document_type or (folded.startswith(document_type + " ") and len(folded) < len(document_type) + 25):
                record("document_type", line.text[: len(document_type)].strip(), line.start, line.start + len(document_type), "metadata.document_type")
                type_index = index
                break
        if type_index is not None:
            break

    title_index = _find_title(text, lines, fields, evidence, dateline, type_index, record)
    _find_issuer(lines, title_index, type_index, record)
    return {**fields, "evidence": evidence}


def _is_furniture(line: Line, dateline: dict | None, evidence: dict) -> bool:
    vocab = vocabulary()
    folded = _fold(line.text)
    if folded in vocab["furniture"] or not re.search(r"\w{2}", line.text):
        return True
    if any(folded == t or folded.startswith(t + " ") and len(folded) < len(t) + 25 for t in vocab["types"]):
        return True
    covered = [e for e in evidence.values() if line.start <= e["start"] < line.end]
    if covered and sum(e["end"] - e["start"] for e in covered) + 8 >= len(line.text.strip()):
        return True
    if dateline and line.start <= dateline["start"] and dateline["end"] >= line.end - 2:
        return line.text[: dateline["start"] - line.start].strip() == ""
    dates = find_dates(line.text)
    return bool(dates) and len(line.text) <= sum(len(d["text"]) for d in dates) + 12


def _looks_like_issuer(text: str) -> bool:
    folded = text.lower()
    letters = [c for c in text if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8
    return upper or any(folded.startswith(k) or f" {k}" in folded[:40] for k in vocabulary()["issuer_keywords"])


def _find_title(text, lines, fields, evidence, dateline, type_index, record) -> int | None:
    """The first header line after the furniture that reads like a headline."""
    start_index = type_index + 1 if type_index is not None else 0
    candidates = list(enumerate(lines))[start_index:] if type_index is not None else list(enumerate(lines))
    for index, line in candidates:
        if _is_furniture(line, dateline, evidence):
            continue
        if type_index is None and index + 1 < len(lines) and _looks_like_issuer(line.text) and line.text.isupper():
            continue
        title, start, end = line.text, line.start, line.end
        if dateline and line.start <= dateline["start"] < line.end:
            title = (text[line.start:dateline["start"]] + " " + text[dateline["end"]:line.end]).strip()
        title = re.sub(r"\s+", " ", title).strip(" -–:")
        if len(title) < 8 or len(title) > vocabulary()["max_title_chars"]:
            continue
        record("title", title, start, end, "metadata.title")
        return index
    return None


def _find_issuer(lines, title_index, type_index, record) -> None:
    """Issuer: the letterhead lines above the title and document type that name a body."""
    stop = min(i for i in (title_index, type_index, 8) if i is not None)
    block: list[Line] = []
    for line in lines[:stop]:
        folded = _fold(line.text)
        if folded in vocabulary()["furniture"] or find_dates(line.text):
            if block:
                break
            continue
        if _looks_like_issuer(line.text) and len(line.text) < 120:
            block.append(line)
        elif block:
            break
    if block:
        value = " ".join(line.text.strip() for line in block)
        record("issuer", value, block[0].start, block[-1].end, "metadata.letterhead")


class MetadataExtractor:
    """Fills doc._.metadata from the header zone of the document."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.metadata = extract_metadata(doc.text)
        return doc


@Language.factory("communique_metadata", assigns=["doc._.metadata"])
def make_metadata_extractor(nlp: Language, name: str) -> MetadataExtractor:
    return MetadataExtractor(nlp, name)

