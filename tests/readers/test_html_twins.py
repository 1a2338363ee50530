"""Twins: our own sample releases rendered as web pages (scripts/render_sample_html.py) must give
records that score like the text ones against the same gold (within 0.03 soft micro-F1, per page
and together), with the site's furniture out of the text and the press contacts in."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

from pipeline.evaluate import evaluate
from pipeline.gold import load_gold
from pipeline.process import process

SCRIPT = ROOT / "scripts" / "render_sample_html.py"
TWINS_DIR = ROOT / "tests" / "data" / "html"
TOLERANCE = 0.03


def load_script():
    spec = importlib.util.spec_from_file_location("render_sample_html", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


render = load_script()


def test_committed_twins_are_what_the_script_makes(tmp_path):
    render.main(["--output", str(tmp_path)])
    made = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    committed = {p.name: p.read_bytes() for p in TWINS_DIR.glob("*.html")}
    assert made == committed, "run: python scripts/render_sample_html.py"


@pytest.fixture(scope="module")
def records(tmp_path_factory, nlp) -> dict[str, dict[str, dict]]:
    """Records of each twin, as text and as page, keyed by the gold's id."""
    out = tmp_path_factory.mktemp("twins")
    stems = list(render.TWINS)
    paths = [SAMPLES / f"{s}.txt" for s in stems] + [TWINS_DIR / f"{s}.html" for s in stems]
    outcomes = process(paths, out / "records")
    assert all(o.status == "written" for o in outcomes), [(o.path, o.reason) for o in outcomes]
    by_format: dict[str, dict[str, dict]] = {"txt": {}, "html": {}}
    for outcome in outcomes:
        record = json.loads(Path(outcome.output).read_text(encoding="utf-8"))
        stem = Path(outcome.path).stem
        by_format["html" if outcome.path.endswith(".html") else "txt"][stem] = record
    return by_format


def gold() -> dict[str, dict]:
    return {s: load_gold(SAMPLES / "gold" / f"{s}.json") for s in render.TWINS}


def micro_f1(golds: dict[str, dict], predictions: dict[str, dict]) -> float:
    return evaluate(golds, predictions)["modes"]["soft"]["micro"]["f1"]


def test_twins_score_like_their_text(records):
    golds = gold()
    text_f1, page_f1 = micro_f1(golds, records["txt"]), micro_f1(golds, records["html"])
    print(f"twins: text {text_f1:.4f}, page {page_f1:.4f}")
    assert abs(page_f1 - text_f1) <= TOLERANCE, (text_f1, page_f1)
    for stem in render.TWINS:
        one = {stem: golds[stem]}
        text_one = micro_f1(one, {stem: records["txt"][stem]})
        page_one = micro_f1(one, {stem: records["html"][stem]})
        assert abs(page_one - text_one) <= TOLERANCE, (stem, text_one, page_one)


def test_twins_keep_the_contacts_and_drop_the_site(records):
    for stem, record in records["html"].items():
        text = record["document"]["text"]
        for furniture in ("Tout accepter", "Mentions légales", "Nos missions", "À lire aussi", "Flux RSS"):
            assert furniture not in text, (stem, furniture)
        assert "Partager" not in text and "Facebook" not in text, stem
        box = text.rindex("\n\nContact")  # the box comes after the body, as in the text
        assert all(text.index(e) > box for c in record["contacts"] for e in c["emails"]), stem
        text_emails = {e for c in records["txt"][stem]["contacts"] for e in c["emails"]}
        assert {e for c in record["contacts"] for e in c["emails"]} == text_emails, stem


def test_twin_records_carry_the_page_and_the_elements(records):
    for stem, record in records["html"].items():
        document = record["document"]
        assert document["format"] == "html" and document["page"]["language"] == "fr"
        assert document["page"]["published"] == gold()[stem]["metadata"]["date"]
        located = [m["location"] for e in record["entities"] for m in e["mentions"]]
        assert located and all(loc and loc["xpath"].startswith("/html/body/") for loc in located), stem
        for contact in record["contacts"]:
            assert contact["location"]["xpath"].startswith("/html/body/"), stem


CORPUS_TWINS = {
    "fr-pref-gard-2021-07-19-cp146-vigilance-canicule": ("site", "Préfecture du Gard"),
    "fr-dinum-2019-04-19-tchap": ("site", "numerique.gouv.fr"),
    "fr-fcu-2023-07-21-reseaux-de-froid": ("structured", "France Chaleur Urbaine"),
    "fr-noire-galerie-2011-04-cp-des-equilibres": ("structured", "La Noire Galerie"),
    "fr-afup-2005-10-11-cp-forumphp-2005": ("blog", "AFUP"),
    "fr-dinum-2021-01-11-orange-rie-api": ("blog", "DINUM"),
    "fr-dinum-2024-05-23-suite-numerique": ("blog", "numerique.gouv.fr"),
}
"""Tune-side corpus text releases, rendered at test time into a temporary folder (never committed:
the corpus is not ours to redistribute)."""


def test_corpus_twins_score_like_their_text(corpus, tmp_path, nlp):
    golds, paths = {}, []
    for stem, (shape, site) in CORPUS_TWINS.items():
        text_path = corpus / "text" / f"{stem}.txt"
        if not text_path.is_file():
            pytest.skip(f"{text_path} absent")
        gold_record = load_gold(SAMPLES / "gold" / "corpus" / f"{stem}.json")
        golds[stem] = gold_record
        meta = gold_record["metadata"]
        page = tmp_path / "pages" / f"{stem}.html"
        page.parent.mkdir(exist_ok=True)
        text = text_path.read_text(encoding="utf-8")
        page.write_text(render.render_release(text, meta.get("title"), meta.get("date"), shape, site))
        paths += [text_path, page]
    outcomes = process(paths, tmp_path / "records")
    assert all(o.status == "written" for o in outcomes), [(o.path, o.reason) for o in outcomes]
    by_format: dict[str, dict[str, dict]] = {"txt": {}, "html": {}}
    for outcome in outcomes:
        record = json.loads(Path(outcome.output).read_text(encoding="utf-8"))
        by_format["html" if outcome.path.endswith(".html") else "txt"][Path(outcome.path).stem] = record
    text_f1, page_f1 = micro_f1(golds, by_format["txt"]), micro_f1(golds, by_format["html"])
    print(f"corpus twins: text {text_f1:.4f}, page {page_f1:.4f}")
    assert abs(page_f1 - text_f1) <= TOLERANCE, (text_f1, page_f1)
