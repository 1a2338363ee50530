"""The output record: one pydantic model is the single source of truth for the JSON shape.

`communique schema` writes schemas/communique.schema.json from these models; every output is
validated against that committed schema before it is written.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "2.3.0"

EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
Granularity = Literal["day", "month", "year", "interval"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Location(Strict):
    """Where a span sits in its source: page and box on a PDF, element on a web page, image of a
    markdown file."""

    page: int | None = Field(default=None, ge=1)
    bbox: list[float] | None = Field(
        default=None, min_length=4, max_length=4, description="x0, top, x1, bottom in PDF points"
    )
    xpath: str | None = Field(default=None, description="XPath of the HTML element the span's text came from")
    image: str | None = Field(default=None, description="The address of the markdown image it was read in")


class Span(Strict):
    """A piece of evidence: document.text[start:end] == text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    rule: str | None = Field(default=None, description="Id of the rule that produced this span")
    location: Location | None = None


class Page(Strict):
    number: int = Field(ge=1)
    width: float
    height: float
    start: int = Field(ge=0, description="Offset in document.text where the page's text starts")
    end: int = Field(ge=0)


class WebPage(Strict):
    """What a web page says about itself (its head and structured data), apart from its text."""

    title: str | None = Field(default=None, description="og:title, else the article's <h1>, else <title>")
    published: str | None = Field(
        default=None, description="ISO 8601 date: JSON-LD datePublished, article:published_time, htmldate"
    )
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = Field(default=None, description="<html lang>, as the page declares it")
    author: str | None = None


class ImageText(Strict):
    """A line of a letterhead image, not in text: read by OCR in a PDF, or a markdown image's alt
    text (the name its author gave the logo): evidence for the metadata."""

    page: int | None = Field(default=None, ge=1, description="The PDF page (OCR)")
    bbox: list[float] | None = Field(
        default=None, min_length=4, max_length=4, description="The image's box, in PDF points (OCR)"
    )
    text: str
    confidence: float | None = Field(
        default=None, ge=0, le=100, description="Tesseract's mean word confidence"
    )
    image: str | None = Field(default=None, description="A markdown image's address, whose alt text this is")


class Fetch(Strict):
    """How a document given as a URL was fetched."""

    url: str = Field(description="The URL as given")
    final_url: str = Field(description="The URL after redirects")
    fetched_at: str = Field(description="ISO 8601 UTC time of the fetch")
    status: int
    content_type: str


class LanguageBlock(Strict):
    """A block (paragraph) of the text in another language than French: recorded, not mined."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    lang: str = Field(description="ISO 639-1 code")


class Document(Strict):
    id: str
    source: str
    sha256: str
    format: Literal["txt", "md", "pdf", "html"]
    language: str
    encoding: str
    looks_like_press_release: bool
    press_release_reasons: list[str] = Field(default_factory=list)
    text: str
    pages: list[Page] = Field(default_factory=list)
    page: WebPage | None = Field(default=None, description="A web page's own metadata (HTML inputs)")
    fetch: Fetch | None = Field(default=None, description="Fetch details (URL inputs)")
    images_text: list[ImageText] = Field(
        default_factory=list,
        description="Lines of the letterhead images (OCR on a PDF's first page, alt text of a markdown logo)",
    )
    language_blocks: list[LanguageBlock] = Field(
        default_factory=list, description="Blocks not in French; entities, dates and quotes skip them"
    )


class PageEvidence(Strict):
    """A metadata value taken from the web page's metadata rather than from document.text."""

    page_field: str = Field(description="The document.page field the value came from")
    text: str
    rule: str


class ImageEvidence(Strict):
    """A metadata value read in an image (document.images_text) rather than in document.text."""

    text: str
    rule: str
    location: Location


class Metadata(Strict):
    issuer: str | None = None
    document_type: str | None = None
    title: str | None = None
    place: str | None = None
    date: str | None = Field(default=None, description="ISO 8601 date of the release")
    reference: str | None = None
    evidence: dict[str, Span | PageEvidence | ImageEvidence] = Field(
        default_factory=dict,
        description="Field name to the span (or the page metadata, or the image) it came from",
    )


class Entity(Strict):
    name: str
    label: EntityLabel
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span]
    rule: str


class DateMention(Strict):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: str = Field(description="ISO 8601 at the mention's own granularity; intervals as start/end")
    granularity: Granularity
    rule: str
    location: Location | None = None


class Contact(Strict):
    name: str | None = None
    role: str | None = None
    organization: str | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list, description="E.164")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    evidence: list[Span] = Field(default_factory=list)
    rule: str
    location: Location | None = None


class Theme(Strict):
    """An IPTC Media Topic the release is filed under; its ancestors are listed as themes too."""

    id: str = Field(pattern=r"^medtop:\d{8}$", description="IPTC Media Topic qcode")
    label: str = Field(description="French label (English where IPTC gives none)")
    label_en: str
    level: int = Field(ge=1, le=6, description="1 for the 17 top topics")
    parents: list[str] = Field(description="Ancestor qcodes, top level first")
    score: float = Field(ge=0, le=1)
    evidence: list[Span] = Field(min_length=1, description="Trigger spans in the body")
    rule: str


class Quote(Strict):
    speaker: str | None
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker_span: Span | None = None
    rule: str
    location: Location | None = None


class Pipeline(Strict):
    version: str
    model: str
    rules_sha256: str


class Record(Strict):
    """One press release, extracted."""

    schema_version: str = SCHEMA_VERSION
    pipeline: Pipeline
    document: Document
    metadata: Metadata
    entities: list[Entity]
    dates: list[DateMention]
    contacts: list[Contact]
    themes: list[Theme]
    quotes: list[Quote]
