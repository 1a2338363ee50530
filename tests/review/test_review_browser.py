"""The review pages and the report in a real browser: Debian's headless Chromium, driven by Playwright.

Skipped (with the reason) when /usr/bin/chromium or the playwright package is absent; .ci/run
installs both. Playwright's own browser downloads are never used.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from review_helpers import GOLD, OUTPUTS, expected_counts, hostile_record, sample_records

from pipeline.cli import main

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CONTACT_PAGE = "fr-mtect-2025-04-18-reseaux-eau-potable"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory, browser) -> Path:
    """The review of the committed outputs, with the samples' gold, plus a hostile record and a gold
    that wants one entity no record has (so a miss is there whatever the pipeline's accuracy)."""
    root = tmp_path_factory.mktemp("review")
    records = root / "records"
    shutil.copytree(OUTPUTS, records, ignore=shutil.ignore_patterns("_*"))
    (records / "hostile.json").write_text(json.dumps(hostile_record()), encoding="utf-8")
    gold = root / "gold"
    shutil.copytree(GOLD, gold, ignore=shutil.ignore_patterns("corpus"))
    wanted = json.loads((gold / f"{CONTACT_PAGE}.json").read_text(encoding="utf-8"))
    wanted["entities"].append({"name": "Fraternité", "label": "MISC", "mentions": [{"text": "Fraternité"}]})
    (gold / f"{CONTACT_PAGE}.json").write_text(json.dumps(wanted, ensure_ascii=False), encoding="utf-8")
    assert main(["review", str(records), "-o", str(root / "site"), "--gold", str(gold)]) == 0
    assert (
        main(["evaluate", "--gold", str(GOLD), "--pred", str(OUTPUTS), "--html", str(root / "report.html")])
        == 0
    )
    return root


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.errors = []
    page.on("console", lambda message: page.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def _open(page, path: Path) -> None:
    page.goto(path.as_uri())
    page.wait_for_load_state("load")


def _visible(page, selector: str) -> bool:
    return page.evaluate(
        """(selector) => { const r = document.querySelector(selector).getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight && r.height > 0; }""",
        selector,
    )


def test_each_sample_page_shows_one_mark_per_span_without_errors(site, page):
    for name, record in sample_records().items():
        _open(page, site / "site" / "records" / f"{name}.html")
        counts = page.evaluate(
            """() => { const ids = {};
            for (const el of document.querySelectorAll('#text .mk[data-m]')) {
              const kind = [...el.classList].find(c => c.startsWith('k-')).slice(2);
              (ids[kind] = ids[kind] || new Set()).add(el.dataset.m); }
            return Object.fromEntries(Object.entries(ids).map(([k, s]) => [k, s.size])); }"""
        )
        counts.pop("miss", None)
        assert counts == {k: n for k, n in expected_counts(record).items() if n}, name
        assert page.errors == [], name


def test_clicking_a_contact_scrolls_its_span_into_view(site, page):
    _open(page, site / "site" / "records" / f"{CONTACT_PAGE}.html")
    target = '#text .mk.k-contact[data-g="contact-0"]'
    assert not _visible(page, target), "the contact block starts out of view (the test could not fail)"
    page.click('aside button[data-target="contact-0"]')
    assert _visible(page, target)
    assert "flash" in page.get_attribute(target, "class")
    # The same with the keyboard: focus a field and press Enter.
    page.evaluate("window.scrollTo(0, 0)")
    page.focus('aside button[data-target="contact-1"]')
    page.keyboard.press("Enter")
    assert _visible(page, '#text .mk.k-contact[data-g="contact-1"]')
    assert page.errors == []


def test_a_gold_miss_is_shown_in_the_text_and_the_panel(site, page):
    _open(page, site / "site" / "records" / f"{CONTACT_PAGE}.html")
    miss = page.locator("#text .mk.k-miss")
    assert miss.count() == 1
    assert miss.inner_text() == "Fraternité"
    assert page.locator("#gold").inner_text().count("Fraternité") >= 1
    miss.hover()
    assert "missed" in page.inner_text("#tip")


def test_hovering_a_mark_tells_label_value_and_rule(site, page):
    _open(page, site / "site" / "records" / f"{CONTACT_PAGE}.html")
    page.hover("#text .mk.k-date:not([data-continued])")
    tip = page.inner_text("#tip")
    record = sample_records()[CONTACT_PAGE]
    first = min(record["dates"], key=lambda d: d["start"])
    assert first["value"] in tip and f"rule {first['rule']}" in tip


def test_pdf_spans_show_their_page(site, page):
    _open(page, site / "site" / "records" / "000_0146f9d8f82743d2_rendered.html")
    assert page.locator("#text .pagebreak").all_inner_texts() == ["page 1", "page 2"]
    pages = set(page.eval_on_selector_all("#text .mk[data-page]", "els => els.map(e => e.dataset.page)"))
    assert pages == {"1", "2"}


def test_a_release_containing_script_shows_it_as_text(site, page):
    _open(page, site / "site" / "records" / "hostile_script_.html")
    assert page.evaluate("window.pwned") is None
    assert "<script>window.pwned = 1</script>" in page.inner_text("#text")
    assert page.errors == []


def test_pages_are_not_blank_and_fit_a_phone(site, page):
    pytest.importorskip("PIL")
    from PIL import Image, ImageStat

    for path in (site / "site" / "records" / f"{CONTACT_PAGE}.html", site / "report.html"):
        _open(page, path)
        image = Image.open(io.BytesIO(page.screenshot())).convert("L")
        assert ImageStat.Stat(image).stddev[0] > 20, path
        assert len(image.getcolors(maxcolors=1 << 16) or range(1 << 16)) > 20, path
    page.set_viewport_size({"width": 390, "height": 800})
    for path in (site / "site" / "records" / f"{CONTACT_PAGE}.html", site / "site" / "index.html"):
        _open(page, path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 391, path


def test_report_sorts_documents_and_links_to_their_review(site, page):
    _open(page, site / "report.html")
    assert page.errors == []
    header = page.locator("#document-table th", has_text="soft F1").first
    header.click()
    header.click()  # descending
    scores = [
        float(v)
        for v in page.eval_on_selector_all(
            "#document-table tbody tr td:nth-child(3)", "cells => cells.map(c => c.textContent)"
        )
    ]
    assert scores == sorted(scores, reverse=True) and len(scores) == 7
    page.click("#document-table tbody tr:first-child a")
    page.wait_for_load_state("load")
    assert "/report-review/records/" in page.url
    assert page.locator("#text .mk").count() > 10
    assert page.errors == []
