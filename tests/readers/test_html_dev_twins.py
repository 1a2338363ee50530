"""Twins of the dev set's read releases: each tests/data/dev release of the read side rendered as a web
page (scripts/render_dev_html.py: a State design system page, a WordPress post, a newsroom with
JSON-LD, a Drupal page, a SPIP article of loose text; cookie banners, breadcrumbs, share buttons,
sidebars, related articles, forums and footers around the release) must give a record that scores
like the text's against the same gold: within 0.03 soft micro-F1 together and for each shape. The
site's furniture stays out of the text and every e-mail address the text's contacts hold is in the
page's. The releases are invented (ours)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.evaluate import evaluate
from pipeline.gold import load_gold
from pipeline.process import process

SCRIPT = ROOT / "scripts" / "render_dev_html.py"
TWINS_DIR = ROOT / "tests" / "data" / "html" / "dev"
GOLD = ROOT / "tests" / "data" / "dev" / "gold"
TOLERANCE = 0.03
FURNITURE = (
    "Tout accepter",
    "Partager",
    "Voir aussi",
    "Articles similaires",
    "Communiqués associés",
    "Dernières actualités",
    "Articles récents",
    "Fièrement",
    "Mentions légales",
    "Nous trouver",
    "Télécharger le communiqué",
    "cookies",
    "Article précédent",
    "fil d’Ariane",
    "Plan du site",
    "Dans la même rubrique",
    "Un message, un commentaire",
    "Forum sur abonnement",
    "Réalisé avec SPIP",
)


def load_script():
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("render_dev_html", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


render = load_script()
RELEASES = render.read_releases()
SHAPES = {path.stem: render.shape_of(index, path.stem) for index, path in enumerate(RELEASES)}


def test_committed_twins_are_what_the_script_makes(tmp_path):
    render.main(["--output", str(tmp_path)])
    made = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    committed = {p.name: p.read_bytes() for p in TWINS_DIR.glob("*.html")}
    assert made == committed, "run: python scripts/render_dev_html.py"


def test_every_shape_is_rendered():
    assert set(SHAPES.values()) == set(render.SHAPES)


@pytest.fixture(scope="module")
def records(nlp) -> dict[str, dict[str, dict]]:
    """Records of each read-side release, as text and as page, keyed by its stem."""
    paths = [*RELEASES, *(TWINS_DIR / f"{p.stem}.html" for p in RELEASES)]
    outcomes = process(paths, None)
    assert all(o.status == "written" for o in outcomes), [(o.path, o.reason) for o in outcomes]
    by_format: dict[str, dict[str, dict]] = {"text": {}, "html": {}}
    for outcome in outcomes:
        kind = "html" if outcome.path.endswith(".html") else "text"
        by_format[kind][Path(outcome.path).stem] = outcome.record
    return by_format


def micro_f1(stems: list[str], predictions: dict[str, dict]) -> float:
    golds = {s: load_gold(GOLD / f"{s}.json") for s in stems}
    return evaluate(golds, {s: predictions[s] for s in stems})["modes"]["soft"]["micro"]["f1"]


def test_twins_score_like_their_text(records):
    stems = list(SHAPES)
    text_f1, page_f1 = micro_f1(stems, records["text"]), micro_f1(stems, records["html"])
    print(f"dev twins: text {text_f1:.4f}, page {page_f1:.4f}")
    assert abs(page_f1 - text_f1) <= TOLERANCE, (text_f1, page_f1)
    for shape in render.SHAPES:
        chosen = [s for s, kind in SHAPES.items() if kind == shape]
        text_one, page_one = micro_f1(chosen, records["text"]), micro_f1(chosen, records["html"])
        assert abs(page_one - text_one) <= TOLERANCE, (shape, text_one, page_one)


def test_twins_keep_the_contacts_and_drop_the_site(records):
    """The site's furniture around the release stays out. A release copied from a web page prints its
    own site's lines (dev-e04: 'Partager : Facebook | X | E-mail', 'Mentions légales - Plan du site'):
    they are its text, read from the text as from the page, so the page's text holds each furniture
    string no more often than the release's text does (a share bar kept besides would be one more)."""
    for stem, record in records["html"].items():
        text, own = record["document"]["text"], records["text"][stem]["document"]["text"]
        assert not [f for f in FURNITURE if text.count(f) > own.count(f)], stem
        emails = {e for c in records["text"][stem]["contacts"] for e in c["emails"]}
        assert emails <= {e for c in record["contacts"] for e in c["emails"]}, stem


def test_twin_titles_are_as_right_as_the_text_ones(records):
    """The page's headline (its <h1>, named by its title) gives the title at least as often right."""

    def right(kind: str) -> int:
        fold = lambda value: " ".join((value or "").split()).lower()  # noqa: E731
        return sum(
            fold(records[kind][s]["metadata"]["title"])
            == fold(load_gold(GOLD / f"{s}.json")["metadata"]["title"])
            for s in SHAPES
        )

    assert right("html") >= right("text")
