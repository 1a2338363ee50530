"""The dates component (pipeline.extractors.dates.DateExtractor) on a whole record: a markdown
page's front matter is page metadata, so its date gives metadata.date but no date mention; the
body's opening headings, recorded beside it, are body."""

from pipeline.api import Extractor


def test_front_matter_date_is_no_mention(nlp):
    extractor = Extractor()
    extractor._nlp = nlp  # the session's pipeline, not a second load
    text = (
        "---\ntitle: Le festival Brixol revient\ndate: 2024-03-02\n---\n\n"
        "Le festival Brixol se tiendra du 12 au 14 juillet 2024 à Vannes.\n"
    )
    record = extractor.extract(text, format="text")
    assert record.metadata.date == "2024-03-02"
    assert [(d.text, d.value) for d in record.dates] == [("12 au 14 juillet 2024", "2024-07-12/2024-07-14")]


def test_dateline_above_the_body_headline_is_a_mention(nlp):
    extractor = Extractor()
    extractor._nlp = nlp
    text = (
        "---\ntitle: Brixol, le programme\ndate: 2024-03-02\n---\n\n"
        "**COMMUNIQUÉ DE PRESSE**\nVannes, le 2 mars 2024\n\n"
        "# Le festival Brixol revient à Vannes\n\n"
        "Le festival Brixol se tiendra du 12 au 14 juillet 2024 à Vannes.\n"
    )
    record = extractor.extract(text, format="text")
    assert [(d.text, d.value) for d in record.dates] == [
        ("2 mars 2024", "2024-03-02"),
        ("12 au 14 juillet 2024", "2024-07-12/2024-07-14"),
    ]


def test_teasers_for_other_articles_give_no_mention(nlp):
    """A web page copied as text: 'À lire aussi' over other releases' titles is the site's."""
    extractor = Extractor()
    extractor._nlp = nlp
    text = (
        "Brest, le 12 juin 2026\n\nLa collecte de sang du 20 juin aura lieu à la mairie.\n\n"
        "À lire aussi\nAssemblée générale 2026 : un nouveau bureau élu\nBilan des collectes 2025\n\n"
        "© 2026 Association Brixol · Mentions légales\n"
    )
    record = extractor.extract(text, format="text")
    assert [(d.text, d.value) for d in record.dates] == [
        ("12 juin 2026", "2026-06-12"),
        ("20 juin", "2026-06-20"),
    ]  # '© 2026' is a copyright


def test_no_date_runs_across_a_blank_line(nlp):
    """A dateline over a paragraph opening on 'Au 1er janvier' is two days, not an interval."""
    extractor = Extractor()
    extractor._nlp = nlp
    text = (
        "SYNDICAT DE COLLECTE DU VAL BRIXOL\n\n          Vannes, le 18 décembre 2031\n\n"
        "Au 1er janvier 2032, tous les emballages se trient. "
        "Le guide sera distribué entre le 5 et le 20 décembre.\n"
    )
    record = extractor.extract(text, format="text")
    assert record.metadata.date == "2031-12-18"
    assert [(d.text, d.value) for d in record.dates] == [
        ("18 décembre 2031", "2031-12-18"),
        ("1er janvier 2032", "2032-01-01"),
        ("5 et le 20 décembre", "2031-12-05/2031-12-20"),
    ]


def test_a_weekday_in_a_table_row_is_every_week_s(nlp):
    """A collection round's new day in a plain-text table: a habit, not the coming Tuesday."""
    extractor = Extractor()
    extractor._nlp = nlp
    text = (
        "Vannes, le 18 décembre 2031\n\nLe jour de collecte change dans trois communes :\n\n"
        "Commune          Ordures ménagères     Emballages\n"
        "Brixol           lundi → mardi         jeudi, semaine paire\n"
        "Kervalan         mardi → mercredi      vendredi, semaine impaire\n\n"
        "Les agents passeront ce mercredi dans les quartiers.\n"
    )
    record = extractor.extract(text, format="text")
    assert [(d.text, d.value) for d in record.dates] == [
        ("18 décembre 2031", "2031-12-18"),
        ("mercredi", "2031-12-24"),
    ]
