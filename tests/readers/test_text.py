from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.readers import read_document
from pipeline.readers.normalize import normalize
from pipeline.readers.text import decode


def clean(raw: str, markdown: bool = True) -> str:
    return normalize(raw, markdown)[0]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("**SECRETARIAT D'ÉTAT  \nCHARGÉ DU NUMÉRIQUE**", "SECRETARIAT D'ÉTAT\nCHARGÉ DU NUMÉRIQUE"),
        ("#### **Rappel chronologique**", "Rappel chronologique"),
        ("Cédric O a déclaré : « *Le Partenariat* »", "Cédric O a déclaré : « Le Partenariat »"),
        ("[presse@numerique.gouv.fr](mailto:presse@numerique.gouv.fr)", "presse@numerique.gouv.fr"),
        ("[écrivez-nous](mailto:presse@gouv.fr)", "écrivez-nous (presse@gouv.fr)"),
        ("la [déclaration franco-canadienne](#).", "la déclaration franco-canadienne."),
        ("Lancement du Partenariat  \npour l'IA", "Lancement du Partenariat pour l'IA"),
        ("un\u00a0espace\u200b insécable", "un espace insécable"),
        ("a\n\n\n\nb", "a\n\nb"),
    ],
)
def test_markdown_is_cleaned(raw, expected):
    assert clean(raw) == expected


def test_offsets_point_back_to_the_source():
    raw = "**Titre**  \n\nParis, le [15 juin](#)\r\nCédric O"
    text, offsets = normalize(raw, markdown=True)
    assert len(offsets) == len(text)
    for index, char in enumerate(text):
        if char not in " \n":
            assert raw[offsets[index]] == char


def test_plain_text_keeps_asterisks():
    assert clean("note *1", markdown=False) == "note *1"


def test_windows_1252_is_detected():
    text, encoding = decode("Préfète de l’Hérault".encode("cp1252"), "x.txt")
    assert text == "Préfète de l’Hérault" and encoding == "cp1252"


def test_bom_and_crlf(tmp_path: Path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffCommuniqué de presse\r\nParis, le 3 mai 2021\r\n".encode("utf-8"))
    document = read_document(path)
    assert document.encoding == "utf-8-sig"
    assert document.text == "Communiqué de presse\nParis, le 3 mai 2021"


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"   \n\t\n", "whitespace only"),
        (b"\x00\x01\x02binary\x00\xff" * 50, "binary content"),
    ],
)
def test_bad_text_inputs_are_refused(tmp_path: Path, content: bytes, reason: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        read_document(path)


def test_missing_and_oversized(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "absent.txt")
    big = tmp_path / "big.txt"
    big.write_text("Communiqué " * 200)
    with pytest.raises(InputError, match="too large"):
        read_document(big, limit=100)


@pytest.mark.parametrize(
    "line",
    [
        "  Paris, le 3 mars 2025 ",
        "Tél : 04 72 61 60 60",
        "- une puce",
        "# Titre",
        "a\tb",
        "x  y",
        "l'ﬁn",
        "un_mot",
        "**gras**",
    ],
)
def test_plain_lines_and_lines_to_clean_map_alike(line):
    """Lines without markup take a fast path; with it, the full cleaning. Both map kept characters back."""
    raw = f"Avant.\n{line}\nAprès."
    text, offsets = normalize(raw, markdown=True)
    for index, char in enumerate(text):
        if char not in " \n•" and raw[offsets[index]] != char:
            assert raw[offsets[index]] == "ﬁ" and char in "fi"  # a ligature is spelt out
    assert text.startswith("Avant.\n") and text.endswith("\nAprès.")
    assert "  " not in text and "\t" not in text


def _read(tmp_path: Path, raw: str, name: str = "page.md"):
    path = tmp_path / name
    path.write_text(raw, encoding="utf-8")
    return read_document(path)


def test_yaml_front_matter_is_metadata_not_body(tmp_path: Path):
    raw = (
        '---\nlayout: post\ntitle: "Le festival des jardins ouvre ses portes"\n'
        "slug: festival-jardins\ndate: 2024-05-02\ntags:\n  - jardin\n  - festival\n---\n\n"
        "# Communiqué de presse\n\nLe festival des jardins ouvre ses portes à Nantes.\n"
    )
    document = _read(tmp_path, raw)
    fields = {key: document.text[s:e] for key, (s, e) in document.front_matter.items()}
    assert fields == {
        "title": "Le festival des jardins ouvre ses portes",
        "date": "2024-05-02",
        "heading": "Communiqué de presse",  # the body's opening heading, weighed by the metadata
    }
    assert document.text.startswith("Le festival des jardins ouvre ses portes\n2024-05-02\n\nCommuniqué")
    assert "slug" not in document.text and "layout" not in document.text and "jardin\n" not in document.text
    for key, (start, end) in document.front_matter.items():
        source = document.to_source(start, end)
        assert raw[source[0] : source[1]] == fields[key], key


def test_unfenced_header_lines_are_front_matter_too(tmp_path: Path):
    raw = "Title: Rencontre des libristes\nDate: 2019/06/14\nAuthors: asso\n\nLe texte du communiqué.\n"
    document = _read(tmp_path, raw)
    assert document.text == "Rencontre des libristes\n2019/06/14\n\nLe texte du communiqué."
    assert set(document.front_matter) == {"title", "date"}


@pytest.mark.parametrize(
    "raw",
    [
        "Objet : réunion publique\n\nLe texte du communiqué.\n",  # one labelled line is a heading
        "---\ntitle: jamais fermé\n\nLe texte du communiqué.\n",  # an unclosed fence is a rule
        "Lieu : Nantes\nHoraires : 10 h\n\nLe texte du communiqué.\n",  # no title nor date key
    ],
)
def test_text_that_merely_opens_on_labels_has_no_front_matter(tmp_path: Path, raw: str):
    document = _read(tmp_path, raw)
    assert document.front_matter == {}
    assert document.text.endswith("\n\nLe texte du communiqué.")
    assert raw.split("\n")[-4].strip("-") in document.text  # the labelled line stays text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a line of addresses under a line of numbers or addresses is the block's next line
        ("06 30 12 45 78 02 35 55 26 00\njulie@port.example.fr t.brunet@cci.example.fr", 1),
        ("Tél. 04 72 00 00 00\npresse@ville.example.fr", 1),
        ("contact@salon.example.fr\nwww.salon.example.fr", 1),
        # a sentence wrapped before an address, or a name over its address, still joins
        ("Pour tout renseignement, écrivez à\npresse@ville.example.fr", 0),
        ("AL'X Communication - Véronique Loquet\nvloquet@alx.example.com", 0),
    ],
)
def test_address_lines_under_a_contact_line_are_not_soft_wraps(raw, expected):
    text, _ = normalize(raw, markdown=False)
    assert text.count("\n") == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # two boxes side by side: their second column opens at the same place on both lines
        ("Anne Roux, directrice          Paul Vidal\nanne.roux@ville.example.fr     06 11 22 33 44", 1),
        # a justified sentence's stretched spaces do not line up: it is still rejoined
        ("Le   conseil se   réunira en\nséance   publique le  12 mars.", 0),
        # prose beside a box of figures: the sentence wraps past the box, it is rejoined
        ("Le festival a reçu des        │ 12 concerts │\nmilliers de visiteurs à       │ 4 scènes    │", 0),
    ],
)
def test_rows_printed_across_two_columns_are_not_soft_wraps(raw, expected):
    text, _ = normalize(raw, markdown=False)
    assert text.count("\n") == expected


def test_markdown_image_leaves_no_text(tmp_path: Path):
    raw = (
        "![Bandeau du site](/medias/bandeau.png)\n\n**Communiqué de presse**\n\n"
        "Voir ![logo](l.png) la [carte](/carte).\n"
    )
    document = _read(tmp_path, raw)
    assert document.text == "Communiqué de presse\n\nVoir la carte."


@pytest.mark.parametrize(
    ("body", "headings"),
    [
        (  # a logo, a bold letterhead, then the headline as a heading
            "![](/medias/logo.png)\n\n**PRÉFECTURE DU CHER**\n\n"
            "## Feux de forêt : l'emploi du feu interdit\n\n"
            "Le préfet a pris ce jour un arrêté.\n",
            ["Feux de forêt : l'emploi du feu interdit"],
        ),
        (  # the body's name and the genre as headings over the headline
            "# Fédération française de cyclisme\n\n## Communiqué de presse\n\n"
            "### Le Tour des jeunes revient\n\n"
            "La fédération annonce la troisième édition de sa course.\n",
            ["Fédération française de cyclisme", "Communiqué de presse", "Le Tour des jeunes revient"],
        ),
        (  # a heading further down, after the prose has begun, is a section of the body
            "Le festival ouvre ses portes vendredi dans le parc du château, avec quarante "
            "artistes invités.\n\n"
            "## Programme\n\nConcerts tous les soirs.\n",
            [],
        ),
    ],
)
def test_headings_among_the_opening_lines_under_front_matter(tmp_path: Path, body: str, headings: list[str]):
    document = _read(tmp_path, "---\ntitle: Menu court\ndate: 2025-06-02\n---\n\n" + body)
    keys = [k for k in ("heading", "heading2", "heading3") if k in document.front_matter]
    assert [document.text[slice(*document.front_matter[k])] for k in keys] == headings


def test_italics_are_kept_as_clean_ranges(tmp_path: Path):
    raw = (
        "---\ntitle: Saison\n---\n\n"
        "- **Création** : *Le  Quai des brumes*, puis _Marée basse_ et snake_case.\n"
    )
    source = _read(tmp_path, raw)
    assert [source.text[start:end] for start, end in source.emphasis] == ["Le Quai des brumes", "Marée basse"]
