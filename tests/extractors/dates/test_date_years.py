"""Year inference (pipeline.extractors.dates.years): a date printed without a year takes the
document's, else the nearest dated mention's, else none."""

import datetime as dt

from pipeline.extractors.dates import find_dates


def test_day_month_without_reference_keeps_no_year():
    assert find_dates("le 1er juillet")[0]["value"] == "--07-01"


def test_day_pair_without_any_year_takes_the_document_year_else_the_nearest_one():
    text = "Le salon se tiendra les 25 et 26 avril à Lyon."
    assert [d["value"] for d in find_dates(text, dt.date(2024, 3, 1))] == ["2024-04-25/2024-04-26"]
    assert [d["value"] for d in find_dates(text)] == ["--04-25/--04-26"]
    dated = "En 2024, le salon se tiendra les 25 et 26 avril, puis les 3 et 10 mai 2025."
    assert [d["value"] for d in find_dates(dated)][:3] == [
        "2024",
        "2024-04-25/2024-04-26",
        "2025-05-03/2025-05-10",
    ]


def test_day_month_takes_the_year_of_the_nearest_dated_mention_without_a_document_date():
    dates = find_dates("Exposition du 3 au 20 avril 2011. Vernissage le 2 avril.")
    assert [d["value"] for d in dates] == ["2011-04-03/2011-04-20", "2011-04-02"]


def test_without_a_document_date_a_day_takes_the_year_of_the_nearest_full_day_before_it():
    text = (
        "Inauguration le samedi 14 juin 2031. Le moulin, bâti au XVIIe siècle, a été fermé en mars "
        "2019. La collecte lancée le 1er mars reste ouverte."
    )
    values = [d["value"] for d in find_dates(text)]
    assert values[-1] == "2031-03-01"
