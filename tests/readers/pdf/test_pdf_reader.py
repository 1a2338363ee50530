"""The PDF reader as a whole (pipeline.readers.pdf): consistent maps on the sample and on real
releases, reading order on the corpus, and clear one-line refusals."""

from __future__ import annotations

import re
from functools import cache

import pytest
from pdf_fixtures import CORPUS, SAMPLE_PDF, check_maps, make_pdf, read_sample, refusal

from pipeline.readers import read_document
from pipeline.readers.pdf import ENCRYPTED, NOT_PDF, SCANNED, read_pdf

CORPUS_PDFS = sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []


@pytest.fixture(scope="module")
def sample():
    return read_sample()


def test_sample_reads_as_two_page_pdf_with_consistent_maps(sample):
    assert len(sample.pages) == 2
    assert sample.pages[0].width == pytest.approx(595.28, abs=0.1)
    check_maps(sample)


def test_sample_through_read_document(tmp_path):
    document = read_document(SAMPLE_PDF)
    assert document.format == "pdf" and document.id == "000_0146f9d8f82743d2_rendered"
    assert len(document.sha256) == 64


# -- real press releases -----------------------------------------------------------------------


@cache
def read_corpus(stem: str):
    path = CORPUS / f"{stem}.pdf"
    if not path.is_file():
        pytest.skip(f"{path} absent (the corpus is not redistributed with the project)")
    return read_pdf(path, path.read_bytes())


@pytest.mark.parametrize("stem", [p.stem for p in CORPUS_PDFS] or ["absent"])
def test_corpus_pdf_reads(stem):
    if not CORPUS_PDFS:
        pytest.skip(f"no PDF corpus at {CORPUS}")
    document = read_corpus(stem)
    check_maps(document)
    assert len(document.text) > 300
    assert not re.search(r"(?im)^page \d+(?: ?/ ?\d+)?$", document.text)


# Reading-order regressions on the corpus: (file stem, text that must come out in one piece or in order).
READING_ORDER = [
    # a side box ("Date / Lieu / Cible / Tarif") left of the body is not interleaved with it
    ("fr-afup-2006-10-10-cp-forumphp-2006", ["l’ensemble de la communauté PHP française, de se réunir"]),
    (
        "fr-afup-2006-10-10-cp-forumphp-2006",
        ["mieux appréhender les enjeux technologiques de PHP.", "\n\nDate\n\n9 & 10"],
    ),
    # three columns under a title, each with its label
    (
        "fr-fcu-2023-07-dp-france-chaleur-urbaine",
        ["OUTILLER\n\nMise à disposition", "INFORMER\n\nCentralisation"],
    ),
    (
        "fr-fcu-2023-07-dp-france-chaleur-urbaine",
        ["unité d’incinération des déchets, chaufferie biomasse, installation"],
    ),
    # title left, dateline right; small-print footer (contacts, two columns) after the body
    (
        "fr-pref-gard-2021-07-19-cp146-vigilance-canicule",
        [
            "Vigilance météorologique Jaune (niveau 2)\npour canicule",
            "Nîmes, le 19 juillet 2021",
            "• En cas de malaise",
            "Cabinet de la préfète",
            "Tél: 04 66 36 40 18",
        ],
    ),
    # superscripts stay in their word; footnotes go after the body
    ("fr-afup-2005-10-11-cp-forumphp-2005", ["cette 5ème édition du Forum PHP"]),
    (
        "en-gpai-2020-06-15-joint-statement-founding-members",
        [
            "the European Union1, have joined",
            "December 2020.\n\n1 Formal accession process ongoing.\n2 The process",
        ],
    ),
    # a running header is kept once, at the top
    (
        "fr-musee-rochechouart-cg87-2012-01-cp-livret-iv-v",
        ["Musée départemental d’art contemporain de Rochechouart\n\n"],
    ),
]


@pytest.mark.parametrize("stem, pieces", READING_ORDER, ids=lambda v: v if isinstance(v, str) else "")
def test_corpus_reading_order(stem, pieces):
    text = read_corpus(stem).text
    positions = [text.find(piece) for piece in pieces]
    assert -1 not in positions, [p for p, at in zip(pieces, positions, strict=False) if at < 0]
    assert positions == sorted(positions)
    if stem.startswith("fr-musee"):
        assert text.count("Musée départemental d’art contemporain de Rochechouart") == 1


# -- layout on generated PDFs ------------------------------------------------------------------


# -- refusals ------------------------------------------------------------------------------


def test_scanned_pdf_without_text_layer_is_refused(tmp_path):
    def draw(pdf):
        pdf.add_page()
        pdf.rect(50, 50, 200, 300, style="F")

    assert refusal(make_pdf(tmp_path, "scan.pdf", draw)) == SCANNED


def test_truncated_pdf_is_refused(tmp_path):
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    assert refusal(garbage).startswith("corrupt or truncated PDF (")
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(SAMPLE_PDF.read_bytes()[:20000])
    assert refusal(cut).startswith("corrupt or truncated PDF (")


def test_text_file_named_pdf_is_refused(tmp_path):
    path = tmp_path / "note.pdf"
    path.write_text("Ceci n'est pas un PDF.\n", encoding="utf-8")
    assert refusal(path) == NOT_PDF


def test_encrypted_pdf_is_refused(tmp_path):
    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.text(72, 100, "Communique confidentiel")
        pdf.set_encryption(owner_password="owner", user_password="secret")

    assert refusal(make_pdf(tmp_path, "locked.pdf", draw)) == ENCRYPTED
