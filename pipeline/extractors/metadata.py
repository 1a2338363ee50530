"""Release metadata: issuer, document type, title, dateline place and date, reference.

Precedence is written as plain code (trafilatura's way), one stage per module: the place and date
(metadata_dates: the dateline first, then a date line in the header, then the first full date near
the top that is not the end of a period), the genre and release number (metadata_genre), the
headline (metadata_title: the first header paragraph that is not furniture, a contact line or a
lede sentence, with its wrapped continuation lines). The issuer weighs the letterhead, the type
line, the "À propos" zones, the press lines, the signature and the press e-mail domains in one order
(pipeline/extractors/issuer.py).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extractors.dates import find_dates
from pipeline.extractors.extensions import CELL_GAPS, text_of
from pipeline.extractors.issuer import find_issuer, letterhead_lines, names_a_body_alone
from pipeline.extractors.metadata_common import INLINE_TAG, fold, header_lines, vocabulary
from pipeline.extractors.metadata_dates import find_closing_dateline, find_dateline, find_release_date
from pipeline.extractors.metadata_furniture import site_navigation_end
from pipeline.extractors.metadata_genre import find_document_type, find_reference, type_body, type_span
from pipeline.extractors.metadata_genre import type_issuer as _type_issuer
from pipeline.extractors.metadata_headings import headline_alone, layout_beats_text, layout_title
from pipeline.extractors.metadata_title import HEADING_RULES, find_title, genre_qualifier
from pipeline.extractors.metadata_title_end import subtitle_start

__all__ = ["extract_metadata", "header_lines", "vocabulary", "_type_issuer"]

LAYOUT_TITLE = "communique_layout_title"
"""doc.user_data key: clean-text range of the headline by layout (largest font on a PDF's first page)."""
IMAGES_TEXT = "communique_images_text"
"""doc.user_data key: lines read by OCR in a PDF's letterhead images (models.ImageText)."""
PAGE_METADATA = "communique_page_metadata"
"""doc.user_data key: a web page's own metadata (title, published date, site name...)."""
PAGE_HEADLINE = "communique_page_headline"
"""doc.user_data key: clean-text range of a web page's headline (the heading its own title names)."""


FRONT_MATTER = "communique_front_matter"
"""doc.user_data key: clean-text range of each front-matter value of a markdown page ('title', 'date')."""


def extract_metadata(
    text: str,
    layout_span: tuple[int, int] | None = None,
    front_matter: dict[str, tuple[int, int]] | None = None,
    page: dict | None = None,
    images_text: list[dict] | None = None,
    headline: tuple[int, int] | None = None,
    column_gaps: list[int] | None = None,
) -> dict:
    """The metadata fields and, per field, the evidence span and rule. A markdown heading opening
    the body is the title the body prints, then a front matter's title and date come (the page's
    author set them); a layout title (from a PDF's font sizes) is used
    when the text alone gives no headline; a web page's headline (the heading its own title names)
    comes first, as a markdown heading does; its own metadata (its title, publication date)
    when the text gives no title or date; lines read in a PDF's letterhead images are issuer
    evidence."""
    vocab = vocabulary()
    limit = max(600, int(len(text) * vocab["header_fraction"]))
    front_matter = dict(front_matter or {})
    headings = [front_matter.pop(key) for key in ("heading", "heading2", "heading3") if key in front_matter]
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

    if headline:  # a page's heading its own title names: the headline its site set, as a markdown '#'
        headings.insert(0, headline)
    heading = next(
        (
            h
            for h in headings
            if headline_alone(text[h[0] : h[1]]) and not names_a_body_alone(text[h[0] : h[1]])
        ),
        None,
    )
    if heading:  # its visible text: tags left in a markdown heading are no part of it
        cut = subtitle_start(text[heading[0] : heading[1]])
        heading = (heading[0], heading[0] + cut) if cut else heading
        visible = re.sub(r"\s+", " ", INLINE_TAG.sub(" ", text[heading[0] : heading[1]])).strip(" -–—")
        record(
            "title",
            visible,
            *heading,
            "metadata.page_headline" if heading == headline else "metadata.heading",
        )
    if "title" in front_matter:
        start, end = front_matter["title"]
        record("title", text[start:end].strip(), start, end, "metadata.front_matter")
    page_date = _front_matter_date(text, front_matter)
    dateline = find_dateline(text, limit, column_gaps or ())
    if dateline:
        record(
            "place",
            dateline["place"],
            dateline["place_start"],
            dateline["place_start"] + len(dateline["place"]),
            "metadata.dateline",
        )
        date = dateline["date"]
        if page_date and date["granularity"] != "day":
            # a month line ('PARUTION · JANVIER 2026') says less than the page's own day
            record("date", *page_date, "metadata.front_matter")
        record("date", date["value"], date["start"], date["end"], "metadata.dateline")
    else:
        found = find_release_date(text, lines, limit, page)
        closing = find_closing_dateline(text, limit)
        if closing and (
            found is None or found[3] == "metadata.first_date" or found[0] == closing["date"]["value"]
        ):
            # a dateline above the signature, when the header prints no date line of its own
            place_end = closing["place_start"] + len(closing["place"])
            record("place", closing["place"], closing["place_start"], place_end, "metadata.closing_dateline")
            date = closing["date"]
            record("date", date["value"], date["start"], date["end"], "metadata.closing_dateline")
        if found and found[3] != "metadata.first_date":
            record("date", *found)  # a date line the body prints comes before the front matter's
        if page_date:
            record("date", *page_date, "metadata.front_matter")
        if found:
            record("date", *found)
    reference = find_reference(lines)
    if reference:
        record("reference", *reference, "metadata.reference")
    type_index, document_type = find_document_type(text, lines)
    if document_type:
        record("document_type", *document_type)
    if type_index is not None and evidence["document_type"]["rule"] == "metadata.document_type":
        qualifier = genre_qualifier(text, lines, type_index, dateline, evidence)
        if qualifier:  # 'COMMUNIQUÉ DE PRESSE – ANNONCE DE PROGRAMMATION': the genre as printed
            start = evidence["document_type"]["start"]
            fields["document_type"] = None
            record("document_type", text[start : qualifier[1]], start, qualifier[1], "metadata.document_type")

    title_index = (
        None if fields["title"] else find_title(text, lines, fields, evidence, dateline, type_index, record)
    )
    if (
        layout_span
        and fields["title"]
        and evidence["title"]["start"] < layout_span[0]  # what the text rules skipped above stays skipped
        and layout_beats_text(fields["title"], layout_title(text, layout_span))
    ):
        fields["title"] = None  # the largest font names the headline the text rules missed
        title_index = next((i for i, line in enumerate(lines) if line.end >= layout_span[0]), title_index)
    if fields["title"] is None and layout_span:
        record("title", layout_title(text, layout_span), *layout_span, "metadata.title_largest_font")
    headline = None
    if title_index is None and fields["title"] and evidence["title"]["rule"] in HEADING_RULES:
        headline = evidence["title"]["start"], evidence["title"]["end"]
    of_type = None
    if type_index is not None and evidence["document_type"]["rule"] == "metadata.document_type":
        line = lines[type_index]
        span = type_body(line.text)
        of_type = (line.start + span[0], line.start + span[1]) if span else None
    page_evidence: dict = {}
    _find_issuer(
        text,
        lines,
        title_index,
        type_index,
        record,
        of_type,
        images_text or [],
        fields,
        page_evidence,
        headline,
        frozenset(column_gaps or ()),
    )
    if fields["document_type"] is None:
        _image_type(images_text or [], fields, page_evidence)
    if page:
        _page_fallbacks(text, page, fields, page_evidence, record)

    return {**fields, "evidence": evidence, **({"page_evidence": page_evidence} if page_evidence else {})}


def _front_matter_date(text: str, front_matter: dict) -> tuple[str, int, int] | None:
    """(value, start, end) of the day a front matter's 'date:' gives: the page's date, which the
    guide takes when the body prints no dateline nor date line of its own."""
    if "date" not in front_matter:
        return None
    start, end = front_matter["date"]
    dates = [d for d in find_dates(text[start:end]) if d["granularity"] == "day"]
    if dates:
        return dates[0]["value"], start + dates[0]["start"], start + dates[0]["end"]
    iso = ISO_DAY.match(text, start, end)  # '2016-3-30', a site's own writing of the ISO day
    if iso and 1 <= int(iso["month"]) <= 12 and 1 <= int(iso["day"]) <= 31:
        value = f"{iso['year']}-{int(iso['month']):02d}-{int(iso['day']):02d}"
        return value, iso.start(), iso.end()
    return None


ISO_DAY = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)")


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
    headline: tuple[int, int] | None = None,
    column_gaps: frozenset[int] = frozenset(),
) -> None:
    """The issuer from every source of evidence (pipeline.extractors.issuer); the letterhead is
    looked for above the title and the type line, within the first eight lines, the headline a
    page's <h1> or a markdown '#' sets aside (`headline`: over the date line and the lede, it was
    taken for the letterhead; a release pasted under it keeps its own, also under the page's genre
    line: _pasted_letterhead). A value read in an image has no span: its evidence is the image (kept
    apart, as a web page's metadata is)."""
    lede = next((i for i, line in enumerate(lines[:8]) if _reads_as_body(line.text)), None)
    stop = min(i for i in (title_index, type_index, lede, 8) if i is not None)
    furniture = vocabulary()["furniture_line"]
    head = [
        line
        for line in _below_site_navigation(letterhead_lines(lines, stop, type_index))
        if not furniture.match(line.text)
        and not _rubric(line.text)
        and not (headline and line.start < headline[1] and line.end > headline[0])
    ]
    if not head and headline and type_index is not None and lines[type_index].start <= headline[1] + 2:
        head = _pasted_letterhead(lines, type_index)  # the page's headline, right over its genre line
    genre = lines[type_index].text if type_index is not None else ""
    found = find_issuer(text, head, len(head), of_type, images_text, genre, column_gaps)
    if found and "image" in found:
        fields["issuer"] = found["value"]
        image = found["image"]
        image_evidence["issuer"] = {"text": image["text"], "rule": found["rule"], "location": _where(image)}
    elif found:
        record("issuer", found["value"], found["start"], found["end"], found["rule"])


def _pasted_letterhead(lines, type_index: int) -> list:
    """A web page whose headline and genre line ('Communiqué de presse 26 février 2026') stand over
    the release pasted whole, letterhead first ('FNTSI' / 'Fédération nationale …' / 'Syndicat
    professionnel – Siège : …'): the block of lines right under the genre line, up to a blank line,
    a date, a genre line or a sentence of the body."""
    head = []
    for line in lines[type_index + 1 : type_index + 9]:
        if head and line.start != head[-1].end + 1:
            break  # the letterhead is one block: a blank line ends it
        if find_dates(line.text) or type_span(line.text) or _reads_as_body(line.text):
            break
        head.append(line)
    return head


def _image_type(images_text: list[dict], fields: dict, image_evidence: dict) -> None:
    """The genre printed only in a letterhead image ('COMMUNIQUÉ DE PRESSE' set as a banner beside
    the logo): a line read there that is the genre and little else, when the text prints none."""
    for line in images_text:
        value = line["text"].strip(" ,.;:|-–—")
        span = type_span(value)
        if span and len(value) - (span[1] - span[0]) <= 3:
            fields["document_type"] = value[span[0] : span[1]]
            image_evidence["document_type"] = {
                "text": line["text"],
                "rule": "metadata.document_type_image",
                "location": _where(line),
            }
            return


def _below_site_navigation(head: list) -> list:
    """A web page copied as text: the letterhead is read below its site's header (docs/annotation.md,
    'Web pages'), which is the site's, not the release's."""
    return head[site_navigation_end(head) :]


def _rubric(line: str) -> bool:
    """'ÉVÉNEMENT', 'Actualités', 'À la une': the rubric a site or a newsletter files the release
    under, alone on its line over the headline; a section of the page, never a body's name."""
    vocab = vocabulary()
    folded = fold(line.strip(" *_#"))
    return folded in vocab["site_rubrics"] or folded in vocab["site_sections"]


def _where(image: dict) -> dict:
    """Where an image's text was read: a PDF page's box, or a markdown image's address."""
    if image.get("image"):
        return {"image": image["image"]}
    return {"page": image["page"], "bbox": [round(v, 2) for v in image["bbox"]]}


def _reads_as_body(line: str) -> bool:
    """A sentence of the body ('MM. Durand et Petit ont voté contre.'): the letterhead ends above
    it when the release prints no headline."""
    return len(line.split()) >= 6 and line.rstrip().endswith((".", "!", "?", "…")) or len(line) > 150


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
            doc.user_data.get(PAGE_HEADLINE),
            doc.user_data.get(CELL_GAPS),
        )
        return doc


@Language.factory("communique_metadata", assigns=["doc._.metadata"])
def make_metadata_extractor(nlp: Language, name: str) -> MetadataExtractor:
    return MetadataExtractor(nlp, name)
