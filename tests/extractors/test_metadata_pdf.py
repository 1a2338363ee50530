"""Metadata from what only a PDF shows: the genre set as a banner in a letterhead image (OCR lines,
no offsets), and the headline by font size against the text rules' title."""

from pathlib import Path

import pytest

from pipeline.extractors.metadata import extract_metadata
from pipeline.extractors.metadata_headings import layout_beats_text
from pipeline.readers import read_document


def _image(*lines: str) -> list[dict]:
    return [{"page": 1, "bbox": [40.0, 30.0, 300.0, 90.0], "text": t, "confidence": 90.0} for t in lines]


BODY = (
    "Rennes, le 4 février 2025\n"
    "\n"
    "Grippe aviaire : le niveau de risque relevé à « élevé »\n"
    "\n"
    "Le préfet rappelle aux éleveurs les mesures de mise à l'abri des volailles.\n"
)


def test_genre_printed_only_in_the_letterhead_image():
    metadata = extract_metadata(
        BODY, images_text=_image("PRÉFET", "D'ILLE-ET-VILAINE", "COMMUNIQUÉ DE PRESSE")
    )
    assert metadata["document_type"] == "COMMUNIQUÉ DE PRESSE"
    assert metadata["page_evidence"]["document_type"]["rule"] == "metadata.document_type_image"
    assert metadata["title"] == "Grippe aviaire : le niveau de risque relevé à « élevé »"


def test_genre_read_with_stray_marks_around_it():
    metadata = extract_metadata(BODY, images_text=_image("Dossier de presse |"))
    assert metadata["document_type"] == "Dossier de presse"


def test_text_genre_comes_before_the_image():
    text = "Communiqué de presse\n" + BODY
    metadata = extract_metadata(text, images_text=_image("INVITATION PRESSE"))
    assert metadata["document_type"] == "Communiqué de presse"
    assert "document_type" not in metadata.get("page_evidence", {})


def test_image_line_naming_no_genre_gives_none():
    images = _image("Agence régionale de santé", "Communiqué de la direction générale du réseau régional")
    assert extract_metadata(BODY, images_text=images)["document_type"] is None


@pytest.mark.parametrize(
    ("title", "layout", "beats"),
    [
        ("Agir ensemble contre la précarité", "La collecte d'hiver commence dans 40 magasins", True),
        ("SÉCURITÉ ROUTIÈRE", "Bilan des contrôles du week-end de la Pentecôte", True),
        ("Concours Alkindi édition 2017-2018", "Concours Alkindi", False),  # the text's goes on
        ("Le salon ouvre", "Le salon ouvre ses portes", False),  # the text's is part of it
        ("Le salon ouvre ses portes samedi", "WATTELIA", False),  # a wordmark set large
        ("Le salon ouvre ses portes samedi", "Fédération française de cardiologie", False),  # a name
        (None, "La collecte d'hiver commence", False),  # nothing to beat: the fallback takes it
    ],
)
def test_layout_beats_text(title, layout, beats):
    assert layout_beats_text(title, layout) is beats


def _draw(tmp_path: Path, head: tuple) -> Path:
    """A one-page release: the head's (top, font size, line) and a paragraph of body text."""
    fpdf = pytest.importorskip("fpdf")
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.is_file():
        pytest.skip("DejaVu Sans is not installed")
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_font("D", "", str(font))
    pdf.add_page()
    for y, size, line in head:
        pdf.set_font("D", "", size)
        pdf.set_xy(40, y)
        pdf.cell(500, size * 1.3, line)
    pdf.set_font("D", "", 10)
    pdf.set_xy(40, 180)
    body = "Du 15 au 30 novembre, les bénévoles seront présents dans les magasins. " * 4
    pdf.multi_cell(500, 13, body, align="L")
    path = tmp_path / "release.pdf"
    pdf.output(str(path))
    return path


def test_largest_font_headline_under_an_unknown_letterhead(tmp_path: Path):
    head = (
        (40, 10, "Les Paniers solidaires"),
        (55, 10, "Agir ensemble contre la précarité"),
        (110, 18, "La collecte d'hiver commence dans quarante magasins"),
    )
    document = read_document(_draw(tmp_path, head))
    metadata = extract_metadata(document.text, document.layout_title)
    assert metadata["title"] == "La collecte d'hiver commence dans quarante magasins"
    assert metadata["evidence"]["title"]["rule"] == "metadata.title_largest_font"


def test_a_letterhead_set_larger_than_the_headline_stays_letterhead(tmp_path: Path):
    head = (
        (40, 24, "Fondation Arc-en-Ciel des Enfants"),
        (80, 9, "Communiqué de presse"),
        (100, 9, "Nantes, le 3 novembre 2025"),
        (130, 14, "La fondation ouvre trois maisons de répit pour les familles"),
    )
    document = read_document(_draw(tmp_path, head))
    assert document.text[slice(*document.layout_title)] == "Fondation Arc-en-Ciel des Enfants"
    metadata = extract_metadata(document.text, document.layout_title)
    assert metadata["title"] == "La fondation ouvre trois maisons de répit pour les familles"
