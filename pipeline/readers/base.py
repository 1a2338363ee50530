"""What every reader produces: a clean text and a map from each clean character back to the source."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

SAFE_ID = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class PageInfo:
    """A page of a paged source, with the clean-text range it produced."""

    number: int
    width: float
    height: float
    start: int = 0
    end: int = 0


@dataclass
class SourceDocument:
    """A read document: its clean text, and for each clean character its offset in the source text."""

    id: str
    source: str
    format: str
    sha256: str
    encoding: str
    text: str
    source_offsets: list[int]
    pages: list[PageInfo] = field(default_factory=list)
    boxes: list[tuple[int, float, float, float, float]] = field(default_factory=list)
    """Per clean character (for PDFs): page number and bounding box (x0, top, x1, bottom)."""
    layout_title: tuple[int, int] | None = None
    """Clean-text range of the headline by layout (largest font on the first page), for PDFs."""
    elements: list[tuple[int, int, str]] = field(default_factory=list)
    """Clean-text ranges and the XPath of the element each came from (web pages), in text order."""
    page: dict | None = None
    """A web page's own metadata (see models.WebPage)."""
    headline: tuple[int, int] | None = None
    """Clean-text range of a web page's headline: the heading that the page's own title names."""
    fetch: dict | None = None
    """How a document given as a URL was fetched (see models.Fetch)."""
    front_matter: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Clean-text range of each field value of a markdown front matter ('title', 'date', ...), and
    under 'heading' that of a markdown heading opening the body under it."""
    images_text: list[dict] = field(default_factory=list)
    """Lines read by OCR in a PDF's letterhead images, alt text of a markdown letterhead's images
    (see models.ImageText)."""
    gaps: list[int] = field(default_factory=list)
    """Clean-text offsets of spaces standing for a column gap: a text source's table or wide blank, a
    PDF line's blank parting items set along it (see cell_gaps)."""
    emphasis: list[tuple[int, int]] = field(default_factory=list)
    """Clean-text ranges a markdown source set in italics ('*Reporters en cases*'): the markers are
    cleaned from the text, the ranges stay as evidence (a work's title is often set so)."""

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean-text span back to the source text."""
        if start >= end or not self.source_offsets:
            return (start, end)
        return self.source_offsets[start], self.source_offsets[end - 1] + 1

    def cell_gaps(self) -> list[int]:
        """Clean-text offsets of the spaces that stand for a wider blank in the source, where a table's
        columns meet: the text reader's `gaps`, or in a PDF a blank on a line wider than four of its
        neighbouring characters aligned with one on the line above or below, or one the reader found
        parting items set along a line (`gaps`). A name never spans one."""
        if not self.boxes:
            return self.gaps
        columns: dict[int, dict[float, int]] = {}  # line -> x where a cell opens -> offset
        for match in re.finditer(r"(?<=\S) (?=\S)", self.text):
            i = match.start()
            if i + 1 >= len(self.boxes):
                break
            before, after = self.boxes[i - 1], self.boxes[i + 1]
            width = (before[3] - before[1] + after[3] - after[1]) / 2
            same_line = before[0] == after[0] and abs(before[2] - after[2]) < 2 and after[1] > before[3]
            if same_line and width > 0 and after[1] - before[3] > 4 * width:
                columns.setdefault(self.text.count("\n", 0, i), {})[after[1]] = i
        return sorted(set(aligned(columns, tolerance=3)) | set(self.gaps))

    def locate(self, start: int, end: int) -> dict | None:
        """Page and bounding box of a clean-text span when the source is paged; the XPath of its
        element when the source is a web page."""
        if self.elements and start < end:
            index = bisect_right(self.elements, (start, float("inf"))) - 1
            if index >= 0 and self.elements[index][0] <= start < self.elements[index][1]:
                return {"xpath": self.elements[index][2]}
            return None
        if not self.boxes or start >= end:
            return None
        chars = [self.boxes[i] for i in range(start, min(end, len(self.boxes))) if self.boxes[i][0] > 0]
        if not chars:
            return None
        page = chars[0][0]
        on_page = [c for c in chars if c[0] == page]
        return {
            "page": page,
            "bbox": [
                round(min(c[1] for c in on_page), 2),
                round(min(c[2] for c in on_page), 2),
                round(max(c[3] for c in on_page), 2),
                round(max(c[4] for c in on_page), 2),
            ],
        }


def aligned(columns: dict[int, dict[int, float]], tolerance: float = 0) -> list[int]:
    """The gaps (line -> column -> offset) whose column a gap of the line above or below shares."""
    return sorted(
        i
        for line, gaps in columns.items()
        for column, i in gaps.items()
        if any(
            abs(column - other) <= tolerance
            for near in (line - 1, line + 1)
            for other in columns.get(near, {})
        )
    )


class TextBuilder:
    """Builds a clean text while recording where each character came from in the source."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.offsets: list[int] = []

    def copy(self, text: str, source_start: int) -> None:
        """Append source characters text, found at source_start."""
        self._parts.append(text)
        self.offsets.extend(range(source_start, source_start + len(text)))

    def insert(self, text: str, source_position: int) -> None:
        """Append characters that are not in the source, anchored at source_position."""
        self._parts.append(text)
        self.offsets.extend([source_position] * len(text))

    def extend(self, text: str, offsets: list[int]) -> None:
        """Append an already mapped piece of clean text."""
        self._parts.append(text)
        self.offsets.extend(offsets)

    def build(self) -> tuple[str, list[int]]:
        return "".join(self._parts), self.offsets


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_id(path: Path) -> str:
    """A file-system-safe id from a file name: no separators, no dot or dash at the start (hidden
    files, shell options), bounded length."""
    stem = SAFE_ID.sub("_", path.stem).strip("._-") or "document"
    if len(stem) > 120:
        stem = stem[:100] + "_" + hashlib.sha1(stem.encode()).hexdigest()[:12]
    return stem
