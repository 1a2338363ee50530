"""Text printed inside the letterhead images of a PDF's first page, read by OCR (Tesseract).

Public bodies print their name in a logo: every French state service heads its releases with the
same image block (Marianne, "PRÉFÈTE DU GARD", "Agence Régionale de Santé Grand Est"), companies
and associations with their wordmark. When the text layer never names the body, that image is the
only evidence of the issuer. What OCR reads is kept apart from document.text (it has no offsets,
and the gold labels no entity inside an image): it is evidence for the metadata only.

OCR runs in the process through `tesserocr` (Tesseract's library, from PyPI; a process per
image through the `tesseract` program cost ten times more) on the French data of Debian's
tesseract-ocr-fra; without the data no image is read and the rest of the record is unchanged.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

LETTERHEAD_BAND = 0.3
"""Images starting in this top fraction of the first page are the letterhead."""
MIN_SIDE, MAX_AREA = 18.0, 0.35
"""In points and in fractions of the page: smaller is an icon, larger a cover photo or background."""
MAX_IMAGES = 4
RESOLUTION = 300
"""Logos print their name small (8-10 pt): at 300 dpi Tesseract reads them, at 150 it misreads."""
MIN_WORD_CONFIDENCE, MIN_LINE_CONFIDENCE = 30.0, 40.0
"""Tesseract's 0-100 confidence: artwork read as letters mostly comes out below these. They are
low because a well-read name can score 46 at one resolution and 91 at another (measured on the
tune PDFs' letterheads); what a line says is judged by the issuer rules, which want a body's name."""
WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class ImageLine:
    """A line of text read in an image: its page, the image's box (x0, top, x1, bottom) and text."""

    page: int
    bbox: tuple[float, float, float, float]
    text: str
    confidence: float


TESSDATA_FOLDERS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
)
"""Where Debian's tesseract-ocr-fra puts the French data (TESSDATA_PREFIX, when set, comes first)."""


@lru_cache(maxsize=1)
def _engine():
    """Tesseract's API on the French data, loaded once per process on first use (0.6 s), or None
    when the library or the data is missing."""
    folders = [os.environ.get("TESSDATA_PREFIX", ""), *TESSDATA_FOLDERS]
    folder = next((f for f in folders if f and os.path.isfile(os.path.join(f, "fra.traineddata"))), None)
    if folder is None:
        return None
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one process, one core: threads only cost here
    try:
        import tesserocr

        return tesserocr.PyTessBaseAPI(path=folder, lang="fra", psm=tesserocr.PSM.SINGLE_BLOCK)
    except (ImportError, RuntimeError):  # a broken install reads no image, as an absent one
        return None


def available() -> bool:
    """The French data and the Tesseract library are there."""
    return _engine() is not None


def letterhead_images(page) -> list[tuple[float, float, float, float]]:
    """Boxes of the letterhead's images: in the top band, neither icon nor background, and not a
    frame around other images (a banner holding two logos: each logo is read on its own)."""
    width, height = float(page.width), float(page.height)
    boxes = []
    for image in page.images:
        box = (
            max(float(image["x0"]), 0.0),
            max(float(image["top"]), 0.0),
            min(float(image["x1"]), width),
            min(float(image["bottom"]), height),
        )
        side = min(box[2] - box[0], box[3] - box[1])
        area = (box[2] - box[0]) * (box[3] - box[1]) / (width * height)
        if box[1] < LETTERHEAD_BAND * height and side >= MIN_SIDE and area <= MAX_AREA:
            boxes.append(box)
    inner = [b for b in boxes if not any(o != b and _contains(b, o) for o in boxes)]
    return sorted(set(inner), key=lambda b: (b[0], b[1]))[:MAX_IMAGES]


def _contains(outer: tuple, inner: tuple) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and outer[2] >= inner[2] and outer[3] >= inner[3]


def read_letterhead(page) -> list[ImageLine]:
    """The lines Tesseract reads with confidence in the letterhead images of `page`."""
    if not available():
        return []
    lines = []
    for box in letterhead_images(page):
        try:
            image = page.crop(box).to_image(resolution=RESOLUTION).original.convert("L")
        except Exception:  # an image pdfium cannot render is evidence lost, not a document refused
            continue
        lines.extend(ImageLine(page.page_number, box, text, score) for text, score in read_lines(image))
    return lines


def read_lines(image) -> list[tuple[str, float]]:
    """Lines of an image as (text, mean word confidence), the doubtful ones left out."""
    from tesserocr import RIL, iterate_level

    engine = _engine()
    engine.SetImage(image)
    lines: list[list[tuple[str, float]]] = []
    try:
        engine.Recognize()
        for word in iterate_level(engine.GetIterator(), RIL.WORD):
            text, confidence = (word.GetUTF8Text(RIL.WORD) or "").strip(), word.Confidence(RIL.WORD)
            if word.IsAtBeginningOf(RIL.TEXTLINE) or not lines:
                lines.append([])
            if text and confidence >= MIN_WORD_CONFIDENCE:
                lines[-1].append((text, confidence))
    except RuntimeError:  # tesserocr's "No text returned": a picture without words
        return []
    kept = []
    for words in filter(None, lines):
        text = " ".join(word for word, _ in words)
        score = sum(confidence for _, confidence in words) / len(words)
        if score >= MIN_LINE_CONFIDENCE and WORD.search(text):
            kept.append((text, round(score, 1)))
    return kept
