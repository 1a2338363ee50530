import spacy

from pipeline.extractors import language
from pipeline.extractors.language import block_language, in_french, language_blocks

FRENCH = (
    "Le ministère annonce le lancement du programme national pour les jardins partagés, "
    "ouvert le 3 mars 2021 dans toutes les régions."
)
ENGLISH = (
    "The ministry announces the launch of the national programme for shared gardens, "
    "open from 12/03/2021 in every region of the country."
)
CONTACT = "Contact presse : Elsa MASSON – elsa.masson@exemple.fr – 06 52 74 13 75 – Jardins de France"


def test_an_appended_english_version_is_a_non_french_block():
    text = f"{FRENCH}\n\n{CONTACT}\n\nEnglish version\n\n{ENGLISH}"
    start = text.index(ENGLISH)
    assert language_blocks(text) == [{"start": start, "end": len(text), "lang": "en"}]


def test_names_and_contact_lines_and_short_lines_are_left_to_the_document():
    assert block_language(CONTACT) is None
    assert block_language("Dove Allouche, Lonnie van Brummelen & Siebren de Haan, Mel O'Callaghan") is None
    assert block_language("English version") is None


def test_plain_french_never_loads_the_detector():
    language._detector.cache_clear()
    assert language_blocks(f"{FRENCH}\n\n{CONTACT}\n\n{FRENCH}") == []
    assert language._detector.cache_info().currsize == 0


def test_dates_are_mined_in_french_blocks_only_and_quotes_in_every_block():
    """A quote in an appended English version is labelled like the French text (docs/quotes.md)."""
    nlp = spacy.blank("fr")
    for name in ("communique_language", "communique_dates", "communique_quotes"):
        nlp.add_pipe(name)
    quote = "Anne Roy a déclaré : « Nous ouvrons les jardins à tous les habitants de la région. »"
    english_quote = "Anne Roy said: “We open the gardens to all the people of the region, every day.”"
    doc = nlp(f"{FRENCH}\n\n{quote}\n\n{ENGLISH}\n\n{english_quote}")
    assert [d["value"] for d in doc._.dates] == ["2021-03-03"]
    assert [q["text"] for q in doc._.quotes] == [
        "Nous ouvrons les jardins à tous les habitants de la région.",
        "We open the gardens to all the people of the region, every day.",
    ]
    english = doc.text.index(ENGLISH)
    assert not in_french(doc, english + 4, english + 12)
    assert in_french(doc, 0, 10) and not in_french(doc, english - 1, english + 1)


def test_a_release_opening_in_french_is_french_whatever_follows():
    appended = f"Communiqué de presse\n\n{FRENCH}\n\nEnglish version\n\n{ENGLISH}\n\n{ENGLISH}\n\n{ENGLISH}"
    assert language.opens_in_french(appended)
    assert not language.opens_in_french(f"Press release\n\n{ENGLISH}\n\nVersion française\n\n{FRENCH}")
    assert not language.opens_in_french(CONTACT)  # no prose at all: nothing to go by
