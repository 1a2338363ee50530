"""Text printed inside the letterhead images of a PDF's first page, read by OCR (Tesseract).

Public bodies print their name in a logo: every French state service heads its releases with the
same image block (Marianne, "PRÉFÈTE DU GARD", "Agence Régionale de Santé Grand Est"), companies
and associations with their wordmark. When the text layer never names the body, that image is the
only evidence of the issuer. What OCR reads is kept apart from document.text (it has no offsets,
and the gold labels no entity inside an image): it is evidence for the metadata only.

OCR needs the `tesseract` program and its French data (Debian: tesseract-ocr tesseract-ocr-fra);
without them the reader reads no image and says nothing, the rest of the record is unchanged.
"""

from __future__ import annotations

import os
import re
import shutil
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
TIMEOUT_S = 10
WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class ImageLine:
    """A line of text read in an image: its page, the image's box (x0, top, x1, bottom) and text."""

    page: int
    bbox: tuple[float, float, float, float]
    text: str
    confidence: float


@lru_cache(maxsize=1)
def available() -> bool:
    """Tesseract and its French data are installed (checked once per process)."""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract

        return "fra" in pytesseract.get_languages(config="")
    except Exception:  # a broken install reads no image, as an absent one
        return False


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
        image = page.crop(box).to_image(resolution=RESOLUTION).original.convert("L")
        lines.extend(ImageLine(page.page_number, box, text, score) for text, score in read_lines(image))
    return lines


def read_lines(image) -> list[tuple[str, float]]:
    """Lines of an image as (text, mean word confidence), the doubtful ones left out."""
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one process, one core: threads only cost here
    try:
        data = pytesseract.image_to_data(
            image, lang="fra", config="--psm 6", output_type=pytesseract.Output.DICT, timeout=TIMEOUT_S
        )
    except (RuntimeError, pytesseract.TesseractError):  # a timeout, or an image it cannot read
        return []
    grouped: dict[tuple[int, int, int], list[tuple[str, float]]] = {}
    for text, confidence, *key in zip(
        data["text"], data["conf"], data["block_num"], data["par_num"], data["line_num"], strict=True
    ):
        if text.strip() and float(confidence) >= MIN_WORD_CONFIDENCE:
            grouped.setdefault(tuple(key), []).append((text.strip(), float(confidence)))
    lines = []
    for words in grouped.values():
        text = " ".join(word for word, _ in words)
        score = sum(confidence for _, confidence in words) / len(words)
        if score >= MIN_LINE_CONFIDENCE and WORD.search(text):
            lines.append((text, round(score, 1)))
    return lines
