"""Dates in an English block of a French release (pipeline.extractors.dates.english): an `About`
paragraph or an English summary is labelled like the French text (docs/dev-set.md). Invented
fragments in the shapes of a festival, a school and a start-up."""

import datetime as dt

from pipeline.api import Extractor
from pipeline.extractors.dates.english import english_dates


def values(text, reference=dt.date(2026, 3, 9)):
    return [(d["text"], d["value"]) for d in english_dates(text, 0, len(text), reference)]


def test_intervals_days_months_and_years_in_english():
    summary = (
        "The festival takes place in Quimper from 13 to 18 October 2026. "
        "Accreditation is open until 30 September."
    )
    assert ("13 to 18 October 2026", "2026-10-13/2026-10-18") in values(summary)
    assert ("30 September", "2026-09-30") in values(summary)
    school = "Students will spend two semesters abroad from September 2026. Founded in 1994 in Albi."
    assert values(school) == [("September 2026", "2026-09"), ("1994", "1994")]


def test_an_interval_across_the_new_year_and_a_verb_that_is_no_month():
    canal = "The canal will be closed from 2 November 2026 to 26 February 2027. We may close earlier."
    assert values(canal)[0] == ("2 November 2026 to 26 February 2027", "2026-11-02/2027-02-26")
    assert all("may" not in text for text, _ in values(canal))


def test_the_component_keeps_the_english_dates_of_a_french_release(nlp):
    extractor = Extractor()
    extractor._nlp = nlp
    text = (
        "COMMUNIQUÉ DE PRESSE\nLorient, le 3 mars 2026\n\n"
        "La start-up Brixol, installée à Lorient, annonce une levée de fonds de deux millions d'euros pour "
        "construire sa première usine de batteries thermiques, qui ouvrira ses portes l'an prochain.\n\n"
        "About Brixol – Brixol designs thermal batteries that turn renewable electricity "
        "into industrial heat. "
        "Founded in 2021 in Lorient, France, the company employs 30 people.\n"
    )
    record = extractor.extract(text, format="text")
    assert ("2021", "2021") in [(d.text, d.value) for d in record.dates]


def test_easter_with_its_year_is_that_sunday():
    assert values("The bells are expected to ring again at Easter 2031.") == [("Easter 2031", "2031-04-13")]
