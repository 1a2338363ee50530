"""A name opening a contact line ('X : a person – a phone', 'X : an address') is the body the press contact
speaks for. Invented contact blocks."""

from pipeline.extractors.entities.contact_bodies import contact_bodies
from pipeline.extractors.entities.spans import Candidate


def labels_of(text: str, name: str) -> list[str]:
    start = text.index(name)
    candidates = [Candidate(start, start + len(name), "MISC", "pattern", "entity.capitalised_run")]
    return [c.label for c in contact_bodies(text, candidates)]


def test_a_name_opening_a_contact_line_is_a_body():
    text = "Contacts presse\nBrumes & Galets : Léa Kerouredan – 06 12 34 56 78\n"
    assert labels_of(text, "Brumes & Galets") == ["ORG"]


def test_a_name_before_an_address_is_a_body():
    text = "Contacts\n- Vents Partagés : presse@vents-partages.fr\n"
    assert labels_of(text, "Vents Partagés") == ["ORG"]


def test_a_headline_topic_before_a_colon_stays_a_thing():
    text = "Festival Marées Hautes : quarante concerts sur la digue\n"
    assert labels_of(text, "Festival Marées Hautes") == ["MISC"]


def test_a_name_inside_a_sentence_stays_a_thing():
    text = "Le service Parcours Malin : réservez au 02 98 11 22 33.\n"
    assert labels_of(text, "Parcours Malin") == ["MISC"]
