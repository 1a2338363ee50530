"""Session 21 (classes from the read side's new releases dev-w and dev-x): what a labelled line
under a person names, and the unit a bracket after its number names. Invented fragments."""

import pytest

from pipeline.extractors.contacts import extract_contacts

INTRO = "La collecte se poursuit jusqu'à la fin du mois dans les vingt antennes du réseau.\n\n"

PERSON = (
    "Contact presse : Romain Verdier, chargé des programmes\n"
    "06 12 34 56 78 – r.verdier@solidaire.example.org\n"
)


def _run(fragment: str, persons: tuple[str, ...] = ("Romain Verdier",)) -> list[tuple]:
    text = INTRO + fragment
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    found = extract_contacts(text, spans)
    return [(c["name"], c["role"], c["organization"], c["emails"], c["phones"]) for c in found]


@pytest.mark.parametrize(
    ("line", "office"),
    [
        ("Dons : www.solidaire.example.org/dons ou 02 40 11 22 33 (service donateurs)", "service donateurs"),
        ("Adhésions : 02 40 11 22 33 (secrétariat de l'association)", "secrétariat de l'association"),
        ("Billetterie : 02 40 11 22 33 (du lundi au vendredi)", "Billetterie"),
        ("Adhésions : 0 800 11 22 33 (service et appel gratuits)", "Adhésions"),
    ],
)
def test_a_unit_in_brackets_after_the_number_is_the_office_of_a_desk_line(line, office):
    person, entry = _run(PERSON + line)
    assert person[:3] == ("Romain Verdier", "chargé des programmes", None)
    assert entry[:3] == (None, None, office)
