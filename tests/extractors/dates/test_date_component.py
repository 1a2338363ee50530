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
