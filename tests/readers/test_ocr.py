"""Letterhead images read by OCR: which images are read, what is kept, and the issuer they give."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.extractors.issuer.common import Candidate
from pipeline.extractors.issuer.common import plain as _plain
from pipeline.extractors.issuer.logo import image_letterhead as _image_letterhead
from pipeline.extractors.issuer.naming import as_printed, short_form_of
from pipeline.readers import ocr
from pipeline.readers.pdf import read_pdf

needs_tesseract = pytest.mark.skipif(not ocr.available(), reason="Tesseract's French data not installed")


def image(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def test_letterhead_images_are_the_logos_at_the_top():
    page = SimpleNamespace(
        width=595.0,
        height=842.0,
        images=[
            image(18, 8, 583, 142),  # a banner framing the two logos below: each is read alone
            image(46, 31, 163, 104),
            image(169, 25, 234, 112),
            image(500, 20, 510, 30),  # an icon
            image(0, 0, 595, 842),  # a full-page background
            image(40, 500, 200, 600),  # a picture in the body
        ],
    )
    assert ocr.letterhead_images(page) == [(46.0, 31.0, 163.0, 104.0), (169.0, 25.0, 234.0, 112.0)]


def lines(*texts: str, box=(40.0, 20.0, 160.0, 100.0)) -> list[dict]:
    return [{"page": 1, "bbox": box, "text": t, "confidence": 90.0} for t in texts]


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        (lines("©) Agence Régionale de Santé", "Grand Est"), ["Agence Régionale de Santé Grand Est"]),
        (
            lines("Liberté Égalité Fraternité", "RÉPUBLIQUE FRANÇAISE", "PRÉFET", "DE LA RÉGION", "BRETAGNE"),
            ["PRÉFET DE LA RÉGION BRETAGNE"],
        ),
        (lines("PRÉFÈTE", "DU GARD", "Liberté", "Egalité", "Fraternité"), ["PRÉFÈTE DU GARD"]),
        (lines("Musée départemental", "d’art contemporain"), ["Musée départemental d’art contemporain"]),
        (  # the address under the name ends it
            lines("Fédération française de voile", "12 rue de l'Exemple 75015 PARIS"),
            ["Fédération française de voile"],
        ),
        (  # so does a tagline
            lines("Association des maires ruraux", "Saurez-vous relever le défi ?"),
            ["Association des maires ruraux"],
        ),
        (lines("SOLHERBE", "Découvrez la cryptographie"), []),  # no institution named
        (
            lines("Ministère de la Culture") + lines("Région Normandie", box=(300.0, 20.0, 400.0, 90.0)),
            ["Ministère de la Culture", "Région Normandie"],
        ),
    ],
)
def test_a_logo_names_one_body(read, expected):
    assert [c.name for c in _image_letterhead(read)] == expected


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("animath", "Association pour l'animation mathématique", True),
        ("ademe", "Agence de l'environnement et de la maîtrise de l'énergie", True),
        ("ars", "Agence régionale de santé", True),
        ("gard", "Préfète du Gard", False),  # one word of the name is no short form of it
        ("sante", "Agence régionale de santé", False),
        ("agence", "Agence régionale de santé", False),
    ],
)
def test_short_forms_of_a_logo_name(short, name, expected):
    assert short_form_of(short, _plain(name).split()) is expected


def letterhead_pdf(tmp_path: Path, logo_lines: list[str], body: str) -> Path:
    """A PDF whose body is text and whose letterhead is a picture of words, as state services print."""
    fpdf = pytest.importorskip("fpdf")
    from PIL import Image, ImageDraw, ImageFont

    try:  # a font with accents, as logos have; Pillow's own has none
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", 44)
    except OSError:
        pytest.skip("no DejaVu font to draw a logo with")
    picture = Image.new("RGB", (900, 80 + 64 * len(logo_lines)), "white")
    draw = ImageDraw.Draw(picture)
    for n, line in enumerate(logo_lines):
        draw.text((40, 40 + 64 * n), line, fill="black", font=font)
    picture_path = tmp_path / "logo.png"
    picture.save(picture_path)
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.image(str(picture_path), x=40, y=30, w=225)
    pdf.set_font("helvetica", size=11)
    pdf.set_xy(40, 200)
    pdf.multi_cell(500, 14, body)
    path = tmp_path / "release.pdf"
    pdf.output(str(path))
    return path


BODY = (
    "Communiqué de presse\n\nVigilance orange pour orages sur le département\n\n"
    "Rennes, le 3 juin 2025\n\nMétéo-France a placé le département en vigilance orange pour orages "
    "à partir de 16 heures. La population est invitée à limiter ses déplacements."
)


@needs_tesseract
def test_a_letterhead_picture_is_read_apart_from_the_text(tmp_path):
    path = letterhead_pdf(tmp_path, ["PRÉFET", "D'ILLE-ET-VILAINE"], BODY)
    document = read_pdf(path, path.read_bytes())
    read = " ".join(line["text"] for line in document.images_text)
    assert "prefet d'ille-et-vilaine" in _plain(read)  # OCR may drop the accent
    assert "ILLE" not in document.text  # evidence for the metadata, not text to mine
    assert all(line["page"] == 1 and len(line["bbox"]) == 4 for line in document.images_text)


@needs_tesseract
def test_the_issuer_read_in_a_logo_has_the_image_as_evidence(tmp_path):
    from pipeline.api import extract

    path = letterhead_pdf(tmp_path, ["PRÉFET", "D'ILLE-ET-VILAINE"], BODY)
    record = extract(path).model_dump(mode="json")
    assert _plain(record["metadata"]["issuer"]) == _plain("PRÉFET D'ILLE-ET-VILAINE")
    evidence = record["metadata"]["evidence"]["issuer"]
    assert evidence["rule"] == "metadata.letterhead_image"
    assert evidence["location"]["page"] == 1 and "start" not in evidence


def test_a_logo_name_the_text_also_prints_keeps_the_text_span():
    logo = Candidate("LA NOIRE GALERIE", 0, 0, "letterhead_image", {"page": 1})
    short = Candidate("Animath", 120, 127, "signature")
    same = Candidate("La Noire Galerie", 40, 56, "press_line")
    assert as_printed(logo, [short, same], "") == Candidate("La Noire Galerie", 40, 56, "letterhead_image")
    full = Candidate("Association pour l'animation mathématique", 0, 0, "letterhead_image", {"page": 1})
    assert as_printed(full, [short], "").name == "Animath"
    other = Candidate("Préfecture du Gard", 10, 28, "signature")
    assert as_printed(logo, [other], "") is logo


@needs_tesseract
def test_a_picture_without_words_is_no_error(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    from PIL import Image

    Image.new("RGB", (400, 200), (40, 90, 160)).save(tmp_path / "logo.png")
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.image(str(tmp_path / "logo.png"), x=40, y=30, w=120)
    pdf.set_font("helvetica", size=11)
    pdf.set_xy(40, 200)
    pdf.multi_cell(500, 14, BODY)
    pdf.output(str(tmp_path / "release.pdf"))
    document = read_pdf(tmp_path / "release.pdf", (tmp_path / "release.pdf").read_bytes())
    assert document.images_text == [] and "Vigilance orange" in document.text


def test_without_the_french_data_no_image_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "_engine", lambda: None)
    path = letterhead_pdf(tmp_path, ["PRÉFET", "D'ILLE-ET-VILAINE"], BODY)
    document = read_pdf(path, path.read_bytes())
    assert document.images_text == [] and "Vigilance orange" in document.text


def logo(*read: str) -> Candidate:
    return Candidate(" ".join(read), 0, 0, "letterhead_image", {"page": 1, "lines": list(read)})


@pytest.mark.parametrize(
    ("read", "text", "expected"),
    [
        # a glyph misread by OCR: the text's spelling, with its span
        (("Conçours", "CASTOR"), "La finale du Concours Castor aura lieu", "Concours Castor"),
        (("FESTIVAI DES BRUMES",), "Le Festival des Brumes revient", "Festival des Brumes"),
        # a tagline read under the name is not in the text with it
        (
            ("Théâtre du Rivage", "Ouvrez grand les yeux"),
            "Le Théâtre du Rivage présente",
            "Théâtre du Rivage",
        ),
        # the place under the name stays, spelled by the text or not
        (("Agence régionale de santé", "Grand Est"), "l'Agence régionale de santé publie", None),
        # the text does not spell it: the logo as read
        (("MUTUELLE DES POTIERS",), "La mutuelle présente ses comptes", None),
    ],
)
def test_a_logo_name_is_spelled_as_the_text_prints_it(read, text, expected):
    from pipeline.extractors.issuer.logo import spelled_in

    found = spelled_in(text, logo(*read))
    if expected is None:
        assert found == logo(*read)
    else:
        assert found.name == expected and text[found.start : found.end] == expected
        assert found.image is None
