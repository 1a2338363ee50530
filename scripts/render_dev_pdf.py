"""Render the dev set's READ releases (tests/data/dev, split "tune") as PDFs, laid out as French issuers
print their releases, to compare each PDF's record with its text's.

    python scripts/render_dev_pdf.py --output DIR [--only STEM ...] [--every N]

The PDF holds the release's whole text (a markdown front matter aside: its title heads the page when the
body does not print it), reflowed at the page's width: wrapped lines joined, hyphens cut at a line's end
mended, other line breaks kept, lists as bullets, blockquotes as plain lines, aligned columns and
markdown tables as table rows. The headline (the gold title's lines of its paragraph) is large and bold, a
subtitle under it smaller, the lines above it (letterhead, type line) small and bold; the press-contact
box (its heading and the paragraphs after it holding an e-mail or a phone) is set apart. Four layouts,
chosen in turn:

- "word": one column, as a word processor exports it; the contact box after the body; "Page n/N" in
  every page's footer;
- "sidebar": the contact box in a narrow left column beside the body on the first page, as agencies'
  templates print it;
- "columns": the headline across the page, the body in two columns, as newsletters print it;
- "band": a coloured band across the top (a logo with no text), the headline as a running header on
  the following pages, the contacts in small print.

The PDFs are not committed (they are made in a few seconds); tests/readers/pdf/test_pdf_dev_twins.py
renders a share of them and checks their records score close to the text ones. Deterministic: fixed
creation date, no random ids. Needs fpdf2 (pip install -e '.[pdfgen]') and the DejaVu fonts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_dev_html import (  # noqa: E402
    COLUMNS,
    DEV,
    front_matter,
    join_wraps,
    list_items,
    paragraphs,
    read_releases,
    split,
)
from render_sample_pdf import CREATION_DATE, FONT_FILES, find_font  # noqa: E402

LAYOUTS = ("word", "sidebar", "columns", "band")
MARGIN = 18.0  # mm
BODY_SIZE, LEADING = 9.5, 4.6
SIDEBAR_WIDTH = 52.0
MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")
LINK = re.compile(r"!?\[([^\]]+)\]\([^)]+\)")


def plain(line: str, markdown: bool) -> str:
    """A line as printed: markdown's marks and link targets dropped, tabs as spaces."""
    line = line.replace("\t", "    ").strip()
    if not markdown:
        return line
    line = re.sub(r"^#+\s*|^>\s?", "", line)
    return MARKUP.sub("", LINK.sub(r"\1", line)).strip()


def block_rows(block: list[str], markdown: bool) -> list[tuple[str, object]]:
    """One paragraph as printable rows: ("p", text), ("li", text) or ("tr", [cells])."""
    lines = [line.rstrip() for line in block]
    stripped = [line.strip() for line in lines]
    if markdown and all(s.startswith(">") for s in stripped):  # a blockquote: its lines, unmarked
        return block_rows([s.lstrip(">").strip() or " " for s in stripped], markdown)
    if markdown and all(s.startswith("|") for s in stripped):
        return [
            ("tr", [plain(c, True) for c in s.strip("|").split("|")])
            for s in stripped
            if not re.fullmatch(r"[|\s:-]+", s)
        ]
    if markdown and len(stripped) == 1 and re.fullmatch(r"[-*_]{3,}", stripped[0]):
        return []
    items = list_items(stripped)
    if items:
        return [("li", plain(item, markdown)) for item in items]
    tabular = [line for line in stripped if COLUMNS.search(line)]
    if len(tabular) >= 2 and len(tabular) >= len(stripped) - 1:
        return [
            ("tr", re.split(r" {3,}", line)) if COLUMNS.search(line) else ("p", line) for line in stripped
        ]
    return [("p", line) for line in join_wraps([plain(line, markdown) for line in stripped]) if line]


def _folded(text: str) -> str:
    """Letters and digits only, lower case: a line and the gold title compared as printed."""
    return "".join(char for char in text.lower() if char.isalnum())


class Release:
    """A release's parts, as the layouts need them."""

    def __init__(self, text: str, markdown: bool, gold: dict) -> None:
        fields, text = front_matter(text) if markdown else ({}, text)
        self.markdown = markdown
        self.title = gold["metadata"].get("title") or fields.get("title") or ""
        blocks, at, box = split(paragraphs(text), self.title)
        self.head = blocks[:at] if at else []
        lines = [plain(line, markdown) for line in blocks[at]] if at is not None else []
        in_title = [_folded(line) in _folded(self.title) for line in lines]
        # the title's lines make the headline; the block's other lines (a subtitle) go under it, a line
        # each, in smaller print: no release runs its subtitle on after the headline's last word
        self.headline = " ".join(
            line for line, kept in zip(lines, in_title, strict=True) if kept
        ) or " ".join(lines)
        self.subtitle = (
            [line for line, kept in zip(lines, in_title, strict=True) if not kept] if any(in_title) else []
        )
        self.headline = self.headline or fields.get("title", "")  # a front matter's title heads the page
        self.body = blocks[at + 1 :] if at is not None else blocks
        self.box = box


class Twin:
    """An fpdf2 document with the project's fonts and a running footer."""

    def __init__(self, release: Release, layout: str) -> None:
        from fpdf import FPDF

        running = release.title if len(release.title) <= 70 else release.title[:67].rsplit(" ", 1)[0] + " …"
        band = layout == "band"

        class Page(FPDF):
            def header(self) -> None:
                if band and self.page_no() > 1:
                    self.set_font("DejaVu", "I", 7)
                    self.cell(0, 4, running, align="R", new_x="LMARGIN", new_y="NEXT")
                    self.ln(3)

            def footer(self) -> None:
                self.set_y(-(MARGIN - 4))
                self.set_font("DejaVu", "", 7)
                self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")

        self.pdf = Page(format="A4", unit="mm")
        for style, file_name in FONT_FILES.items():
            self.pdf.add_font("DejaVu", style, str(find_font(file_name)))
        self.pdf.set_creation_date(CREATION_DATE)
        self.pdf.set_producer("communique scripts/render_dev_pdf.py")
        self.pdf.set_title(release.title)
        self.pdf.set_margins(MARGIN, MARGIN, MARGIN)
        self.pdf.set_auto_page_break(True, margin=MARGIN + 4)
        self.pdf.add_page()

    def rows(self, rows: list[tuple[str, object]], width: float, size: float = BODY_SIZE) -> None:
        pdf, left = self.pdf, self.pdf.get_x()
        for kind, value in rows:
            pdf.set_x(left)
            if kind == "tr":
                cells = list(value)  # type: ignore[arg-type]
                pdf.set_font("DejaVu", "", size - 1)
                cell_width = width / max(len(cells), 1)
                # the row is as tall as its most wrapped cell, as fpdf2 wraps it (no cell overprints the next)
                height = LEADING * max(
                    len(pdf.multi_cell(cell_width - 1, LEADING, c, dry_run=True, output="LINES"))
                    for c in cells
                )
                if pdf.get_y() + height > pdf.page_break_trigger:  # a row is never cut by a page break
                    pdf.add_page()
                    pdf.set_x(left)
                top = pdf.get_y()
                for index, cell in enumerate(cells):
                    pdf.set_xy(left + index * cell_width, top)
                    pdf.multi_cell(cell_width - 1, LEADING, cell, border=0, align="L")
                pdf.set_xy(left, top + height)
                continue
            heading = kind == "p" and len(str(value)) < 60 and not re.search(r"[.:;,!?»]$", str(value))
            pdf.set_font("DejaVu", "B" if heading else "", size)
            text = f"•  {value}" if kind == "li" else str(value)
            pdf.multi_cell(width, LEADING, text, align="L" if heading else "J", new_x="LEFT", new_y="NEXT")
        pdf.set_x(left)
        pdf.ln(2.4)

    def blocks(self, blocks: list[list[str]], markdown: bool, width: float, size: float = BODY_SIZE) -> None:
        for block in blocks:
            self.rows(block_rows(block, markdown), width, size)

    def letterhead(self, release: Release, width: float) -> None:
        pdf = self.pdf
        for block in release.head:
            pdf.set_font("DejaVu", "B", 9)
            for line in block:
                pdf.multi_cell(width, 4.2, plain(line, release.markdown), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.ln(4)
        if release.headline:
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(width, 7, release.headline, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "B", 11)
            for line in release.subtitle:
                pdf.multi_cell(width, 5.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)

    def box(self, release: Release, width: float, size: float = 8.5) -> None:
        if release.box:
            self.pdf.set_draw_color(90, 90, 90)
            self.blocks(release.box, release.markdown, width, size)

    def output(self, path: Path) -> None:
        self.pdf.output(str(path))


def render(release: Release, layout: str, path: Path) -> None:
    """The release laid out as one of LAYOUTS, written to path."""
    twin = Twin(release, layout)
    pdf = twin.pdf
    full = pdf.w - 2 * MARGIN
    if layout == "band":
        pdf.set_fill_color(0, 60, 120)  # a logo's band: no text, as most letterheads are images
        pdf.rect(0, 0, pdf.w, 12, style="F")
        pdf.set_xy(MARGIN, 20)
    if layout == "sidebar":
        body_left = MARGIN + SIDEBAR_WIDTH + 6
        body_width = pdf.w - MARGIN - body_left
        pdf.set_x(body_left)
        pdf.set_left_margin(body_left)
        twin.letterhead(release, body_width)
        top = pdf.get_y()
        twin.blocks(release.body, release.markdown, body_width)
        pages, bottom = pdf.page_no(), pdf.get_y()
        pdf.page = 1
        pdf.set_left_margin(MARGIN)
        pdf.set_xy(MARGIN, top)
        twin.box(release, SIDEBAR_WIDTH, 7.5)
        pdf.page = pages
        pdf.set_xy(MARGIN, bottom)
    elif layout == "columns":
        twin.letterhead(release, full)
        pdf.set_font("DejaVu", "", BODY_SIZE)
        with pdf.text_columns(ncols=2, gutter=6, text_align="J", l_margin=MARGIN, r_margin=MARGIN) as columns:
            for block in release.body:
                for kind, value in block_rows(block, release.markdown):
                    text = " | ".join(value) if kind == "tr" else str(value)  # type: ignore[arg-type]
                    columns.write(("•  " if kind == "li" else "") + text + "\n\n")
        pdf.ln(4)
        twin.box(release, full)
    else:
        twin.letterhead(release, full)
        twin.blocks(release.body, release.markdown, full)
        pdf.ln(3)
        twin.box(release, full, 8.5 if layout == "word" else 7.5)
    twin.output(path)


def layout_of(index: int) -> str:
    return LAYOUTS[index % len(LAYOUTS)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--every", type=int, default=1, help="one release in N (a share for the tests)")
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    count = 0
    for index, path in enumerate(read_releases()):
        if (args.only and path.stem not in args.only) or index % args.every:
            continue
        gold = json.loads((DEV / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        release = Release(text, path.suffix == ".md", gold)
        render(release, layout_of(index // args.every), args.output / f"{path.stem}.pdf")
        count += 1
    print(f"wrote {count} PDFs to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
