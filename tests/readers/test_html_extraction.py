"""Trafilatura's extraction as the reader runs it: its balanced mode, with the escalation check
(a short text holding little of the page is tried again with more recall) made by the reader on
the text it has, not on trafilatura's own conversion of the whole page."""

from __future__ import annotations

from copy import copy
from pathlib import Path

import pytest
import trafilatura
import trafilatura.core

from pipeline.readers.html import decode_page, parse, without_furniture
from pipeline.readers.html.content import _extractor, extract_main, for_extraction

DATA = Path(__file__).resolve().parent.parent / "data" / "html"
PAGES = sorted(DATA.glob("*.html")) + sorted((DATA / "shapes").glob("*.html"))


def prepared(text: str):
    return for_extraction(without_furniture(parse(text)))


def balanced(tree) -> str:
    """Trafilatura's own balanced mode, escalation included."""
    options = copy(_extractor())
    options.focus = "balanced"
    return trafilatura.extract(tree, options=options) or ""


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_the_text_is_trafilaturas_balanced_text_without_converting_the_whole_page(path, monkeypatch):
    tree = prepared(decode_page(path.read_bytes())[0])
    expected = balanced(tree)
    calls = []
    original = trafilatura.core.html2txt
    monkeypatch.setattr(trafilatura.core, "html2txt", lambda *a, **k: calls.append(1) or original(*a, **k))
    assert extract_main(tree) == expected
    assert not calls


def test_a_short_text_holding_little_of_the_page_is_extracted_again_as_trafilatura_does():
    services = "".join(
        f"<div class='bloc'><div><span>Le guichet {i} de la mairie vous accueille du lundi au vendredi "
        "pour vos démarches administratives courantes et toutes vos questions.</span></div></div>"
        for i in range(30)
    )
    page = (
        "<html><head><title>Fermeture</title></head><body><div id='page'>"
        f"<div class='col'>{services}</div><div class='contenu'><h1>Fermeture de la piscine</h1>"
        "<p>La piscine municipale sera fermée pour travaux du 3 au 17 mars 2025 inclus. Les abonnements "
        "seront prolongés d'autant.</p></div></div></body></html>"
    )
    tree = prepared(page)
    first = trafilatura.extract(tree, options=_extractor()) or ""
    text = extract_main(tree)
    assert len(text) > 1.5 * len(first)  # the retry was made and kept
    assert text == balanced(tree)
