"""Tables (pipeline.readers.pdf.tables): three or more columns whose rows stand level are read row by
row, each cell parted from the next by an item gap; columns of prose are still read one after the other."""

from __future__ import annotations

from pdf_fixtures import make_pdf

from pipeline.readers.pdf import read_pdf

ROWS = [
    ("Jour", "Commune", "Horaires"),
    ("Lundi", "Lodève", "14 h-17 h"),
    ("Mardi", "Clermont-l'Hérault", "9 h-12 h"),
    ("Jeudi", "Gignac", "10 h-12 h"),
]


def _table(pdf, top: float, rows=ROWS) -> None:
    for i, row in enumerate(rows):
        for x, cell in zip((72, 180, 330), row, strict=True):
            pdf.text(x, top + 13 * i, cell)


def test_a_table_is_read_row_by_row_with_a_gap_between_cells(tmp_path):
    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        pdf.text(72, 80, "Les permanences numériques ouvrent dans trois communes du Lodévois.")
        _table(pdf, 120)
        pdf.text(72, 200, "Elles sont gratuites et ouvertes sans rendez-vous.")

    path = make_pdf(tmp_path, "table.pdf", draw)
    document = read_pdf(path, path.read_bytes())
    text = document.text
    assert "Mardi Clermont-l'Hérault 9 h-12 h" in text
    assert text.index("Lundi Lodève") < text.index("Mardi") < text.index("Jeudi Gignac")
    row = text.index("Mardi Clermont")
    assert row + len("Mardi") in document.cell_gaps()
    assert row + len("Mardi Clermont-l'Hérault") in document.cell_gaps()


def test_a_cell_wrapped_over_two_lines_stays_in_its_row(tmp_path):
    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        _table(pdf, 120, ROWS[:2])
        pdf.text(72, 146, "Mercredi")
        pdf.text(180, 146, "Saint-André-de-")
        pdf.text(180, 159, "Sangonis")
        pdf.text(330, 146, "10 h-12 h")
        pdf.text(72, 172, "Jeudi")
        pdf.text(180, 172, "Gignac")
        pdf.text(330, 172, "16 h-18 h")

    path = make_pdf(tmp_path, "wrapped.pdf", draw)
    text = read_pdf(path, path.read_bytes()).text
    assert text.index("Lundi") < text.index("Mercredi") < text.index("Saint-André") < text.index("Jeudi")
    assert text.index("Sangonis") < text.index("16 h-18 h")


def test_three_columns_of_prose_are_no_table(tmp_path):
    line = "Le syndicat engage des travaux"

    def draw(pdf):
        pdf.add_page()
        pdf.set_font("helvetica", size=9)
        for i in range(4):
            for x, column in zip((40, 220, 400), "ABC", strict=True):
                pdf.text(x, 120 + 12 * i, f"{line} {column}{i}")

    path = make_pdf(tmp_path, "prose.pdf", draw)
    text = read_pdf(path, path.read_bytes()).text
    assert text.index("A3") < text.index("B0") and text.index("B3") < text.index("C0")
