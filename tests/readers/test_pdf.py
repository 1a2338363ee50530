"""PDF reader: reading order, furniture, provenance maps, and clear refusals (no spaCy model needed)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.readers import read_document
from pipeline.readers.pdf import ENCRYPTED, NO_BOX, NOT_PDF, SCANNED, read_pdf

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PDF = ROOT / "samples" / "000_0146f9d8f82743d2_rendered.pdf"
CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
CORPUS_PDFS = sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PAGE_NUMBER_LINE = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?$", re.IGNORECASE | re.MULTILINE)


def check_maps(document) -> None:
    """The invariants every PDF read must keep."""
    assert document.format == "pdf" and document.encoding == "pdf"
    assert len(document.boxes) == len(document.source_offsets) == len(document.text)
    assert all(a <= b for a, b in zip(document.source_offsets, document.source_offsets[1:], strict=False))
    for char, box in zip(document.text, document.boxes, strict=False):
        if char.isspace():
            assert box == NO_BOX
        else:
            assert 1 <= box[0] <= len(document.pages) and box[1] <= box[3] and box[2] <= box[4]
    assert document.pages[0].start == 0 and document.pages[-1].end == len(document.text)
    for page, following in zip(document.pages, document.pages[1:], strict=False):
        assert page.start <= page.end == following.start


def make_pdf(tmp_path: Path, name: str, draw) -> Path:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(format="A4", unit="pt")
    draw(pdf)
    path = tmp_path / name
    pdf.output(str(path))
    return path


# -- the rendered sample -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample():
    return read_pdf(SAMPLE_PDF, SAMPLE_PDF.read_bytes())


def test_sample_reads_as_two_page_pdf_with_consistent_maps(sample):
    assert len(sample.pages) == 2
    assert sample.pages[0].width == pytest.approx(595.28, abs=0.1)
    check_maps(sample)


def test_sample_keeps_letterhead_and_marianne_apart_from_the_title(sample):
    assert sample.text.startswith(
        "SECRETARIAT D'ÉTAT\nCHARGÉ DU NUMÉRIQUE\n\nLiberté\nÉgalité\nFraternité\n\nCOMMUNIQUÉ DE PRESSE\n\n"
    )
    title = "Lancement du Partenariat Mondial pour l'Intelligence Artificielle par quinze membres fondateurs"
    assert f"\n\n{title}\n\n" in sample.text
    assert "\n\nParis, le 15/06/2020\nN°134\n\n" in sample.text


def test_sample_contacts_from_the_page_footer_follow_the_body(sample):
    text = sample.text
    for needle in (
        "presse@numerique.gouv.fr",
        "01 53 18 43 10",
        "Bertrand.braunschweig@inria.fr",
        "07 84 01 69 66",
    ):
        assert needle in text
    assert "\n\nCabinet de Cédric O\n01 53 18 43 10" in text
    assert text.index("Cabinet de Cédric O") > text.index("leurs valeurs démocratiques communes.")
    where = sample.locate(text.index("presse@numerique.gouv.fr"), text.index("presse@numerique.gouv.fr") + 24)
    assert where["page"] == 1 and where["bbox"][1] > 0.8 * sample.pages[0].height


def test_sample_has_no_page_numbers_and_running_footer_once(sample):
    assert not PAGE_NUMBER_LINE.search(sample.text)
    assert "1/2" not in sample.text and "2/2" not in sample.text
    assert sample.text.count("Secrétariat d'État chargé du numérique – Communiqué de presse") == 1


def test_sample_paragraph_continues_across_the_page_break(sample):
    assert "recherche en informatique et en automatique (INRIA)." in sample.text
    position = sample.text.index("automatique (INRIA)")
    assert sample.boxes[position][0] == 2 and sample.boxes[position - 2][0] == 1  # "e|n| |a"


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


def test_hyphenated_words_are_rejoined(tmp_path):
    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        for i, line in enumerate(
            [
                "La nouvelle stratégie de com-",
                "munication du ministère concerne la Nouvelle-",
                "Zélande, qui sera peut-",
                "être associée. Fin.",
            ]
        ):
            pdf.text(72, 100 + 14 * i, line)

    path = make_pdf(tmp_path, "hyphen.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    assert "stratégie de communication du ministère" in document.text
    assert "Nouvelle-Zélande" in document.text
    assert "peut-être associée" in document.text


def test_fake_bold_glyphs_drawn_twice_read_once(tmp_path):
    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=16)
        for dx, dy in ((0, 0), (0.8, 0.3)):  # fake bold: the headline drawn twice, a hair apart
            pdf.text(72 + dx, 100 + dy, "Communiqué de presse")
        pdf.set_font("helvetica", size=11)
        pdf.text(72, 140, "Le programme commence le 3 mars.")

    path = make_pdf(tmp_path, "fake-bold.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    assert "Communiqué de presse" in document.text
    assert "CCoo" not in document.text and "programme commence" in document.text


def test_two_columns_are_read_one_after_the_other(tmp_path):
    left = ["Premiere colonne, ligne un", "premiere colonne, ligne deux", "premiere colonne, fin."]
    right = ["Seconde colonne, ligne un", "seconde colonne, ligne deux", "seconde colonne, fin."]

    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", "B", size=20)
        pdf.text(72, 80, "Un titre en grand")
        pdf.set_font("helvetica", size=10)
        for i, (a, b) in enumerate(zip(left, right, strict=False)):
            pdf.text(72, 130 + 12 * i, a)
            pdf.text(320, 130 + 12 * i, b)

    path = make_pdf(tmp_path, "columns.pdf", draw)
    text = read_pdf(path, path.read_bytes()).text
    assert text.startswith("Un titre en grand\n\n")
    assert "Premiere colonne, ligne un premiere colonne, ligne deux premiere colonne, fin." in text
    assert text.index("premiere colonne, fin.") < text.index("Seconde colonne, ligne un")


@pytest.mark.skipif(not DEJAVU.is_file(), reason="DejaVu Sans not installed")
def test_ligatures_spaces_and_bullets_are_normalised(tmp_path):
    def draw(pdf):
        pdf.add_font("DejaVu", "", str(DEJAVU))
        pdf.add_page()
        pdf.set_font("DejaVu", size=11)
        pdf.text(72, 100, "Le \ufb01nancement de 10\u00a0000\u00a0€ a été \ufb02échi :")
        for i, item in enumerate(["premier point ;", "second point."]):
            pdf.text(72, 114 + 14 * i, "\u2022")  # bullets set apart from their text, as with a tab
            pdf.text(90, 114 + 14 * i, item)

    path = make_pdf(tmp_path, "ligatures.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    assert document.text == "Le financement de 10 000 € a été fléchi :\n• premier point ;\n• second point."
    assert document.boxes[3] == document.boxes[4] != NO_BOX  # "fi" both come from the ligature glyph


# -- refusals ------------------------------------------------------------------------------


def refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert "\n" not in caught.value.reason
    assert caught.value.path == str(path)
    return caught.value.reason


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


def test_the_largest_font_on_the_first_page_is_the_layout_title(sample):
    start, end = sample.layout_title
    assert sample.text[start:end].startswith("Lancement du Partenariat Mondial")
    assert all(box[0] == 1 for box in sample.boxes[start:end] if box != NO_BOX)
