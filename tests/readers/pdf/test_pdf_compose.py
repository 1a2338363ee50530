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
