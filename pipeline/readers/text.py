"""Reader for .txt and .md files: decoding with detection, refusals, markdown cleaning."""

from __future__ import annotations

import codecs
import re
from bisect import bisect_left
from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers.base import SourceDocument, TextBuilder, aligned, document_id, sha256_bytes
from pipeline.readers.normalize import HEADING, normalize, split_lines

MARKDOWN_HINT = re.compile(r"\*\*[^*\n]+\*\*|\[[^\]\n]*\]\([^)\s]*\)|^#{1,6} \S", re.MULTILINE)
BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
FRONT_FENCE = re.compile(r"^(?:---|\+\+\+)[ \t]*$")
FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]{0,30})[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*$")
FRONT_CONTINUATION = re.compile(r"^(?:[ \t]+\S|[ \t]*-[ \t]+\S)")
FRONT_KEYS = frozenset({"title", "date"})
"""A header of 'key: value' lines is front matter when it names one of these."""
READABLE_KEYS = frozenset({"title", "subtitle", "date", "summary", "description", "excerpt"})
"""Front-matter fields a reader of the page sees printed; the others (slug, image, layout, tags)
drive the site and are not text."""
MOJIBAKE = re.compile(r"[ÃÂ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac\u2122]")


def decode(data: bytes, path: str) -> tuple[str, str]:
    """The text of data and the encoding it was in; refuses what is not text."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as error:
                raise InputError(path, f"invalid UTF-16 text ({error.reason})") from None
    if b"\x00" in data[:65536]:
        raise InputError(path, "binary content, not text (NUL bytes)")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
    sample = text[:65536]
    if sample and len(BINARY_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise InputError(path, "binary content, not text (control characters)")
    if encoding != "utf-8" and sum(1 for c in sample if ord(c) > 127) > len(sample) // 4:
        raise InputError(path, "undetectable text encoding (neither UTF-8 nor Windows-1252/Latin-1)")
    if encoding == "utf-8" and len(MOJIBAKE.findall(sample)) > 3:
        try:
            return text.encode("cp1252").decode("utf-8"), "utf-8 (double-encoded, repaired)"
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return text, encoding


def read_text(path: Path, data: bytes) -> SourceDocument:
    """A .txt or .md document; markdown markers are cleaned from both (converted text often has them)."""
    raw, encoding = decode(data, str(path))
    if not raw.strip():
        raise InputError(str(path), "empty document (no text, or whitespace only)")
    markdown = path.suffix.lower() in {".md", ".markdown"} or bool(MARKDOWN_HINT.search(raw))
    header = front_matter(raw)
    fields: dict[str, tuple[int, int]] = {}
    if header is None:
        text, offsets = normalize(raw, markdown=markdown)
    else:
        text, offsets, fields = _with_front_matter(raw, header, markdown)
    if not text.strip():
        raise InputError(str(path), "empty document (no visible text)")
    body_start = header[0] if header else 0
    return SourceDocument(
        id=document_id(path),
        source=str(path),
        format="md" if markdown else "txt",
        sha256=sha256_bytes(data),
        encoding=encoding,
        text=text,
        source_offsets=offsets,
        front_matter=fields,
        gaps=column_gaps(raw, text, offsets),
        emphasis=emphasised_ranges(raw, text, offsets) if markdown else [],
        images_text=letterhead_images(raw, body_start) if markdown else [],
    )


def column_gaps(raw: str, text: str, offsets: list[int]) -> list[int]:
    """Clean-text offsets of the spaces that stand for three spaces or more, or a tab, in the source
    where a column opens at the same place on the line above or below: a plain-text table's columns,
    which the cleaning collapses ('Usses      Alerte renforcée' under 'Bassin      Niveau'); not
    spaces left in a sentence. A blank of WIDE_BLANK spaces or more parts two columns on its own
    ('COMMUNIQUÉ DE PRESSE        Rodez, le 22 mai': the genre on the left, the dateline on the right)."""
    columns: dict[int, dict[int, int]] = {}  # clean line -> source column where a cell opens -> offset
    wide: list[int] = []
    for match in re.finditer(r"(?<=\S) (?=\S)", text):
        i = match.start()
        blank = raw[offsets[i] : offsets[i + 1]]
        if (len(blank) >= 3 or "\t" in blank) and not blank.strip(" \t"):
            column = offsets[i + 1] - raw.rfind("\n", 0, offsets[i + 1]) - 1
            columns.setdefault(text.count("\n", 0, i), {})[column] = i
            if len(blank) >= WIDE_BLANK:
                wide.append(i)
    return sorted(set(aligned(columns)) | set(wide))


EMPHASIS = re.compile(
    r"(?<![*\w])\*(?=[^\s*])(?P<a>[^*\n]+?)(?<=\S)\*(?![*\w])|(?<![_\w])_(?=[^\s_])(?P<b>[^_\n]+?)(?<=\S)_(?![_\w])"
)
"""Text between single asterisks or underscores on one line: markdown italics (not '**bold**')."""


def emphasised_ranges(raw: str, text: str, offsets: list[int]) -> list[tuple[int, int]]:
    """The clean-text range of each stretch of markdown italics in raw, kept only where the clean
    text holds exactly the stretch's words (a range the cleaning changed is no evidence)."""
    ranges = []
    for match in EMPHASIS.finditer(raw):
        group = "a" if match["a"] is not None else "b"
        start = bisect_left(offsets, match.start(group))
        end = bisect_left(offsets, match.end(group))
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and text[start:end].split() == match[group].split():
            ranges.append((start, end))
    return ranges


WIDE_BLANK = 8
"""Spaces no sentence holds: a blank this wide parts two columns of a plain-text layout."""


def front_matter(raw: str) -> tuple[int, dict[str, tuple[int, int]]] | None:
    """A Jekyll/Hugo/Pelican header ('title: ...', 'date: ...' lines at the top, between '---'
    fences or ended by a blank line): where the body starts in raw, and the raw range of each
    field's value (quotes aside). None when the text does not open on one."""
    lines = split_lines(raw)
    index = next((i for i, (_, line) in enumerate(lines) if line.strip()), len(lines))
    fenced = index < len(lines) and bool(FRONT_FENCE.match(lines[index][1]))
    index += fenced
    fields: dict[str, tuple[int, int]] = {}
    count = 0
    while index < len(lines):
        start, line = lines[index]
        index += 1
        if fenced and FRONT_FENCE.match(line) or not fenced and not line.strip():
            break
        field = FRONT_FIELD.match(line)
        if field:
            value_start, value_end = start + field.start("value"), start + field.end("value")
            if (
                value_end - value_start >= 2
                and raw[value_start] in "\"'"
                and raw[value_end - 1] == raw[value_start]
            ):
                value_start, value_end = value_start + 1, value_end - 1
            fields.setdefault(field["key"].lower(), (value_start, value_end))
            count += 1
        elif not (fenced and (FRONT_CONTINUATION.match(line) or not line.strip())):
            return None
    else:
        if fenced:
            return None  # an opening fence never closed: a horizontal rule, not a header
    if not (FRONT_KEYS & fields.keys()) or (not fenced and count < 2):
        return None
    body = lines[index][0] if index < len(lines) else len(raw)
    return body, fields


def _with_front_matter(raw: str, header, markdown: bool) -> tuple[str, list[int], dict[str, tuple[int, int]]]:
    """The values of the header's readable fields (title, date, summary ...), one per line and in
    their order, without their keys (machine fields such as slug or image are left out); then the
    body cleaned as usual. Returns the text, its map, and the clean range of each value kept, and
    under 'heading' ('heading2', 'heading3') that of each markdown heading among the body's opening
    lines (a headline the body prints, which docs/annotation.md puts before the front matter's
    title)."""
    body_start, raw_fields = header
    out = TextBuilder()
    fields: dict[str, tuple[int, int]] = {}
    for key, (start, end) in sorted(raw_fields.items(), key=lambda item: item[1]):
        if key not in READABLE_KEYS or end <= start:
            continue
        text, offsets = normalize(raw[start:end], markdown=False)
        if not text:
            continue
        if out.offsets:
            out.insert("\n", start)
        fields[key] = (len(out.offsets), len(out.offsets) + len(text))
        out.extend(text, [start + o for o in offsets])
    body_text, body_offsets = normalize(raw[body_start:], markdown=markdown)
    if body_text:
        if out.offsets:
            out.insert("\n\n", body_start)
        if markdown and "title" in fields:
            for number, (start, end) in enumerate(
                _opening_headings(raw, body_start, body_text, body_offsets)
            ):
                fields["heading" + (str(number + 1) if number else "")] = (
                    len(out.offsets) + start,
                    len(out.offsets) + end,
                )
        out.extend(body_text, [body_start + o for o in body_offsets])
    text, offsets = out.build()
    return text, offsets, fields


IMAGE_LINE = re.compile(r"^[ \t]*!\[(?P<alt>[^\]\n]*)\]\((?P<address>[^)\s]*)\)[ \t]*$")


def letterhead_images(raw: str, body_start: int) -> list[dict]:
    """The alt text of each image standing on a line of its own at the top of a markdown body,
    above its first heading and its first paragraph of prose: the logo or banner a site prints
    over the release ('![Logo AgroTech Ouest](/images/logo.png)'). Its name is not printed, so it
    is no text; like the OCR of a PDF's letterhead, it is evidence for the metadata."""
    found = []
    seen = 0
    for _, line in split_lines(raw[body_start:]):
        if not line.strip():
            continue
        seen += 1
        image = IMAGE_LINE.match(line)
        if seen > OPENING_LINES or HEADING.match(line) or (not image and _is_prose(line)):
            break
        if image and image["alt"].strip():
            found.append({"text": image["alt"].strip(), "image": image["address"]})
    return found


def _is_prose(line: str) -> bool:
    """A line of the body's prose: long, or a sentence of some length."""
    words = len(line.split())
    return words > 25 or words >= 8 and line.rstrip(" *_").endswith((".", "!", "?", "»"))


OPENING_LINES = 8
"""The body's opening lines, where a heading may be its headline (under a logo, a letterhead)."""
MAX_HEADINGS = 3


def _opening_headings(
    raw: str, body_start: int, body_text: str, body_offsets: list[int]
) -> list[tuple[int, int]]:
    """The clean range in body_text of each markdown heading among the body's first lines, before
    its first paragraph of prose: '![](bandeau.png)', '**MINISTÈRE …**', then '## Titre' opens the
    page as much as a first-line heading does."""
    found: list[tuple[int, int]] = []
    seen = 0
    for start, line in split_lines(raw[body_start:]):
        if not line.strip():
            continue
        seen += 1
        if seen > OPENING_LINES or len(found) == MAX_HEADINGS:
            break
        heading = HEADING.match(line)
        if not heading:
            if _is_prose(line):
                break  # the body's prose has begun
            continue
        first = bisect_left(body_offsets, start + heading.end())
        if first < len(body_text):
            end = body_text.find("\n", first)
            found.append((first, len(body_text) if end < 0 else end))
    return found
