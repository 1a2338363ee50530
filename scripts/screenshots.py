"""Screenshots of a review page and of the evaluation report for the docs (docs/review.png, docs/report.png).

    python scripts/screenshots.py

Renders the review of the committed outputs/ against samples/gold and the report of
`communique evaluate --gold samples/gold --pred outputs --html`, in a scratch folder, and
photographs them with Debian's headless Chromium through Playwright (as tests/review does).
The PNGs are reduced to a 64-colour palette to stay small.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

from pipeline.cli import main as communique

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]  # fmt: skip
PAGE = "fr-musee-rouen-2025-03-25-invitation-marees-interieures"


def save(png: bytes, path: Path) -> None:
    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
    image.save(path, optimize=True)
    print(f"{path}: {path.stat().st_size // 1024} kB", file=sys.stderr)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="communique-shots-") as scratch:
        folder = Path(scratch)
        outputs, gold = str(ROOT / "outputs"), str(ROOT / "samples" / "gold")
        communique(["evaluate", "--gold", gold, "--pred", outputs, "--html", str(folder / "report.html")])
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            page = browser.new_page(viewport={"width": 1200, "height": 760})
            page.goto((folder / "report-review" / "records" / f"{PAGE}.html").as_uri())
            page.hover("#text .mk.k-miss")
            save(page.screenshot(), ROOT / "docs" / "review.png")
            page.goto((folder / "report.html").as_uri())
            save(page.screenshot(), ROOT / "docs" / "report.png")
            browser.close()


if __name__ == "__main__":
    main()
