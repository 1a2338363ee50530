"""Render the seed sample as a government press release PDF, to exercise the PDF reader.

    python scripts/render_sample_pdf.py [--output PATH]

Reads samples/000_0146f9d8f82743d2.txt through the project's reader (so the clean text is what
the pipeline sees) and lays it out like a ministry communiqué: letterhead and "Liberté Égalité
Fraternité" top left, document type, title in large bold, dateline and reference, the body over
two pages, and the press contacts in small print in the first page's footer, above a running
footer line and the page number. The output is deterministic (fixed creation date, no random
ids), so the committed PDF only changes when the sample or this layout does.

Needs fpdf2 (pip install -e '.[pdfgen]') and the DejaVu Sans TrueType fonts
(apt-get install fonts-dejavu-core).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "000_0146f9d8f82743d2.txt"
OUTPUT = ROOT / "samples" / "000_0146f9d8f82743d2_rendered.pdf"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts"),
]
CREATION_DATE = dt.datetime(2020, 6, 15, 9, 0, tzinfo=dt.timezone.utc)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\d{2}[ .]?){4}\d{2}")
RUNNING_FOOTER = "Secrétariat d'État chargé du numérique – Communiqué de presse"

MARGIN = 18.0  # mm
BODY_SIZE, BODY_LEADING = 9.5, 4.5
CONTACT_SIZE, CONTACT_LEADING = 7.0, 3.4


def find_font(file_name: str) -> Path:
    """A font file from the usual folders, or from fontconfig; exits with a clear message if absent."""
    for folder in FONT_DIRS:
        direct = folder / file_name
        if direct.is_file():
            return direct
    for folder in FONT_DIRS:
        if folder.is_dir():
            found = next(folder.rglob(file_name), None)
            if found:
                return found
    try:
        listing = subprocess.run(["fc-list", ":", "file"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        listing = ""
    for line in listing.splitlines():
        path = Path(line.split(":")[0].strip())
        if path.name == file_name and path.is_file():
            return path
    sys.exit(
        f"render_sample_pdf: font {file_name} not found (looked "
        f"in {', '.join(map(str, FONT_DIRS))} and fc-list);"
        " install it with: apt-get install -y fonts-dejavu-core"
    )


def sections(text: str) -> dict:
    """The sample's parts, found by what they look like rather than by position alone."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    issuer = paragraphs[0].splitlines()
    marianne_at = next(i for i, p in enumerate(paragraphs) if p.startswith("Liberté"))
    type_at = next(i for i, p in enumerate(paragraphs) if p.upper().startswith("COMMUNIQUÉ DE PRESSE"))
    title = paragraphs[type_at + 1]
    dateline = next(p for p in paragraphs if re.match(r"^[A-ZÉ][\w' -]+, le \d", p))
    reference = next(p for p in paragraphs if p.startswith("N°"))
    first_body = max(paragraphs.index(dateline), paragraphs.index(reference)) + 1
    body = paragraphs[first_body:]
    contact_at = [i for i, p in enumerate(body) if EMAIL.search(p) or PHONE.fullmatch(p.strip())]
    if not contact_at:
        sys.exit("render_sample_pdf: no contact lines found in the sample")
    start, end = contact_at[0], contact_at[-1] + 1
    if start and body[start - 1].startswith("Cabinet de"):
        start -= 1
    return {
        "issuer": issuer,
        "marianne": paragraphs[marianne_at].splitlines(),
        "type": paragraphs[type_at],
        "title": " ".join(title.split()),
        "dateline": dateline,
        "reference": reference,
        "body": body[:start] + body[end:],
        "contacts": body[start:end],
    }


def render(text: str, output: Path) -> int:
    from fpdf import FPDF

    parts = sections(text)
    contacts = parts["contacts"]
    contact_height = len(contacts) * CONTACT_LEADING + 4

    class Communique(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:  # the contacts footer only reserves room on the first page
                self.set_auto_page_break(True, margin=MARGIN + 8)

        def footer(self) -> None:
            if self.page_no() == 1:
                self.set_y(-(MARGIN + 8 + contact_height))
                self.set_draw_color(120, 120, 120)
                self.line(MARGIN, self.get_y() - 2, self.w - MARGIN, self.get_y() - 2)
                for i, line in enumerate(contacts):
                    self.set_font("DejaVu", "B" if i == 0 else "", CONTACT_SIZE)
                    self.cell(0, CONTACT_LEADING, line, new_x="LMARGIN", new_y="NEXT")
            self.set_y(-(MARGIN + 2))
            self.set_font("DejaVu", "", 7)
            self.cell(0, 4, RUNNING_FOOTER, align="L")
            self.set_x(MARGIN)
            self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")

    pdf = Communique(format="A4", unit="mm")
    for style, file_name in FONT_FILES.items():
        pdf.add_font("DejaVu", style, str(find_font(file_name)))
    pdf.set_creation_date(CREATION_DATE)
    pdf.set_producer("communique scripts/render_sample_pdf.py")
    pdf.set_title(parts["title"])
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=MARGIN + 14 + contact_height)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 10)
    for line in parts["issuer"]:
        pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
    pdf.set_font("DejaVu", "I", 8)
    for line in parts["marianne"]:
        pdf.cell(0, 3.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 6, parts["type"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 8, parts["title"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, parts["dateline"], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, parts["reference"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for paragraph in parts["body"]:
        heading = len(paragraph) < 40 and not paragraph.endswith(".")
        pdf.set_font("DejaVu", "B" if heading else "", 11 if heading else BODY_SIZE)
        pdf.multi_cell(
            0,
            BODY_LEADING,
            " ".join(paragraph.split()),
            align="L" if heading else "J",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(2.6)
    output.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(output))
    return pdf.page_no()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from pipeline.readers import read_document

    document = read_document(SAMPLE)
    pages = render(document.text, args.output)
    print(f"wrote {args.output} ({pages} pages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
