"""Metadata read in a PDF's letterhead images (OCR lines, no offsets): the genre set as a banner."""

from pipeline.extractors.metadata import extract_metadata


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
