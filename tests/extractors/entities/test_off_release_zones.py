"""A markdown page's front matter is page metadata and a web page's teasers for other articles are
the site's: neither gives an entity mention, whatever found the name there; the body's mentions stay.
Invented fragments of a water board's and an agency's pages."""

import pytest

from pipeline.api import Extractor
from pipeline.extractors.entities.acceptance import acceptable
from pipeline.extractors.entities.spans import Candidate


def mentions_of(nlp, text: str) -> dict[str, str]:
    extractor = Extractor()
    extractor._nlp = nlp  # the session's pipeline, not a second load
    record = extractor.extract(text, format="text")
    return {m.text: e.label for e in record.entities for m in e.mentions}


def test_front_matter_title_gives_no_mention(nlp):
    text = (
        "---\ntitle: Semaine du logement 2027\ndate: 2027-01-12\n---\n\n"
        "Brest, le 12 janvier 2027\n\n"
        "Le syndicat Eaux de l'Aulne a voté mardi les tarifs de l'année pour ses douze communes.\n"
    )
    mentions = mentions_of(nlp, text)
    assert not any("Semaine" in name for name in mentions), mentions
    assert "Brest" in mentions, mentions


def test_teasers_for_other_articles_give_no_mention(nlp):
    text = (
        "Quimper, le 4 mars 2027\n\n"
        "L'agence Breizh Habitat ouvre un guichet pour les propriétaires bailleurs.\n\n"
        "Sur le même sujet\n"
        "> Rénov'Plus : les chiffres du troisième trimestre\n"
        "> Semaine du logement 2027 : nos stands à Lorient\n\n"
        "← Article précédent : Forum de l'habitat 2026 : le bilan\n"
    )
    mentions = mentions_of(nlp, text)
    assert not {"Rénov'Plus", "Semaine du logement 2027", "Lorient"} & set(mentions), mentions
    assert not any("Forum" in name for name in mentions), mentions
    assert "Quimper" in mentions, mentions


@pytest.mark.parametrize("heading", ["Été 2027", "HIVER 2026", "Automne 2027"])
def test_a_season_and_its_year_are_no_name(blank_nlp, heading):
    doc = blank_nlp(f"{heading} : les cliniques de la région redoutent des fermetures de lits")
    guess = Candidate(0, len(heading), "MISC", "model", "ner.misc")
    assert not acceptable(doc, guess, [])
