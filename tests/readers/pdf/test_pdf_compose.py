"""Paragraphs -> raw text (pipeline.readers.pdf.compose): hyphenated words rejoined (compounds keep
their hyphen), a paragraph goes on across a page break."""

from __future__ import annotations

from pdf_fixtures import check_maps, make_pdf, read_sample

from pipeline.readers.pdf import read_pdf


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


def test_sample_paragraph_continues_across_the_page_break():
    sample = read_sample()
    assert "recherche en informatique et en automatique (INRIA)." in sample.text
    position = sample.text.index("automatique (INRIA)")
    assert sample.boxes[position][0] == 2 and sample.boxes[position - 2][0] == 1  # "e|n| |a"


def _justified(pdf, words: list[str], left: float, right: float, y: float) -> None:
    """A line set flush with both edges of its column, as a word processor justifies it."""
    widths = [pdf.get_string_width(word) for word in words]
    gap = (right - left - sum(widths)) / (len(words) - 1)
    x = left
    for word, width in zip(words, widths, strict=True):
        pdf.text(x, y, word)
        x += width + gap


def test_soft_wraps_join_and_a_cut_address_is_mended(tmp_path):
    """A line of prose that ends at its column's edge inside a sentence goes on in the next one, on
    a name or a digit (a date); a headline set over the body wraps where the body does, even at a capital; a
    long address cut at a narrow box's edge is read whole; a letterhead's short lines stay lines."""
    body = [
        "Le Département a présenté hier son plan pour les routes, avec",
        "Marie Dupont, vice-présidente. Les travaux dureront jusqu'au",
        "15 octobre 2027 sur quatre itinéraires prioritaires du",
        "canton.",
    ]

    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", "B", size=9)
        pdf.text(72, 70, "RÉPUBLIQUE FRANÇAISE")
        pdf.text(72, 82, "Département de l'Exemple")
        pdf.set_font("helvetica", "B", size=15)
        _justified(pdf, ["Hiver", ":", "le", "Département", "lance", "son"], 72, 400, 100)
        pdf.text(72, 117, "Plan Neige 2027")
        pdf.set_font("helvetica", size=10)
        for i, line in enumerate(body):
            if i < len(body) - 1:
                _justified(pdf, line.split(), 72, 400, 140 + 13 * i)
            else:
                pdf.text(72, 140 + 13 * i, line)
        pdf.set_font("helvetica", size=7)
        for i, line in enumerate(
            ["Contact presse :", "Julie Martin", "julie.martin@departem", "ent-exemple.fr"]
        ):
            pdf.text(440, 140 + 10 * i, line)

    path = make_pdf(tmp_path, "wraps.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    assert document.text.startswith("RÉPUBLIQUE FRANÇAISE\nDépartement de l'Exemple\n\n")
    assert "\n\nHiver : le Département lance son Plan Neige 2027\n\n" in document.text
    assert "routes, avec Marie Dupont, vice" in document.text  # a name wrapped inside a sentence
    assert "dureront jusqu'au 15 octobre 2027 sur" in document.text
    assert "julie.martin@departement-exemple.fr" in document.text


def test_a_line_ending_on_de_la_goes_on_and_a_headline_wraps_at_the_page_edge(tmp_path):
    """A letterhead line that ends on "de la" goes on in the next line even at a capital; a headline
    set across the page, over a body in one narrower column, wraps at the page's right margin; a
    phone number cut at a contact line's end is read whole."""

    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", "B", size=8)
        pdf.text(72, 60, "Syndicat des producteurs de fruits de la")
        pdf.text(72, 70, "Haute-Exemple")
        pdf.set_font("helvetica", "B", size=15)
        _justified(
            pdf,
            ["Vergers", ":", "la", "récolte", "de", "pommes", "recule", "de", "vingt", "pour"],
            72,
            523,
            110,
        )
        pdf.text(72, 128, "cent")
        pdf.set_font("helvetica", size=10)
        for i in range(8):
            _justified(
                pdf,
                ["Les", "producteurs", "ont", "livré", "moins", "de", "fruits", "que", "l'an", "passé."],
                72,
                400,
                160 + 13 * i,
            )
        _justified(
            pdf,
            ["Contact", ":", "Julie", "Martin,", "chargée", "de", "communication,", "01", "23"],
            72,
            400,
            280,
        )
        pdf.text(72, 293, "45 67 89 et julie.martin@exemple.fr")

    path = make_pdf(tmp_path, "dangling.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    assert document.text.startswith("Syndicat des producteurs de fruits de la Haute-Exemple\n\n")
    assert "\n\nVergers : la récolte de pommes recule de vingt pour cent\n\n" in document.text
    assert "01 23 45 67 89" in document.text


def test_a_side_box_waits_for_the_paragraph_cut_by_the_page_break(tmp_path):
    """The contact box beside page 1's text is read after the paragraph that page 1 ends and page 2
    goes on with, not in the middle of it."""
    line = "Le festival accueillera des compagnies de toute"

    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        for i in range(36):
            _justified(pdf, line.split(), 220, 460, 80 + 17 * i)
        pdf.set_font("helvetica", size=7)
        for i, text in enumerate(["Contact presse", "Julie Martin", "julie@exemple.fr"]):
            pdf.text(60, 80 + 10 * i, text)
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        pdf.text(220, 80, "la région, du jeudi au dimanche.")
        pdf.text(220, 110, "Le programme complet sera publié en mai.")

    path = make_pdf(tmp_path, "sidebox.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    text = document.text
    assert "de toute la région, du jeudi au dimanche." in text
    assert text.index("Contact presse") > text.index("du jeudi au dimanche")


def test_a_contact_line_cut_after_a_first_name_goes_on_with_the_surname(tmp_path):
    """A justified contact line that ends on a known first name goes on with the surname opening the
    next line; a short line ending on a first name keeps its break, and so does a line ending on a
    first name after a preposition (a place)."""

    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        for i in range(8):
            _justified(
                pdf,
                ["Les", "producteurs", "ont", "livré", "moins", "de", "fruits", "que", "l'an", "passé."],
                72,
                400,
                100 + 13 * i,
            )
        pdf.set_font("helvetica", size=8)
        pdf.text(72, 230, "Contacts presse")
        words = "Coopérative des producteurs de pommes et de poires des Vergers réunis : Julie"
        _justified(pdf, words.split(), 72, 400, 241)
        pdf.text(72, 251, "Marchal, chargée de communication - 01 23 45 67 89")
        pdf.text(72, 261, "Présidente : Claire")
        pdf.text(72, 271, "Dupont - 06 12 34 56 78")
        words = "Le salon des vergers se tiendra le 4 octobre au parc des expositions de Florence"
        _justified(pdf, words.split(), 72, 400, 291)
        pdf.text(72, 301, "Rivière - 03 98 76 54 32")

    path = make_pdf(tmp_path, "first-name.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    check_maps(document)
    assert "des Vergers réunis : Julie Marchal, chargée de communication" in document.text
    assert "Présidente : Claire\nDupont" in document.text
    assert "expositions de Florence\nRivière" in document.text  # after 'de', a place
