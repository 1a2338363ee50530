"""The dates component (pipeline.extractors.dates.DateExtractor) on a whole record: a markdown
page's front matter is page metadata, so its date gives metadata.date but no date mention."""

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
