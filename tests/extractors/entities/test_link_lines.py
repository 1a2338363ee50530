"""A web page's sharing and link lines name buttons, not things the release cites: 'Partager : Facebook |
X | LinkedIn', 'www.example.fr · LinkedIn', 'Mentions légales – Plan du site'. A network named in a sentence
stays. Invented fragments of an association's and an agency's pages."""

import pytest

from pipeline.extractors.entities.boundaries import on_link_line


def names_of(nlp, text: str) -> list[str]:
    return [m["text"] for e in nlp(text)._.entities for m in e["mentions"]]


@pytest.mark.parametrize(
    "text",
    [
        "Les inscriptions sont ouvertes.\n\nPartager : Facebook | X | LinkedIn | Courriel\n",
        "Contact : presse@exemple.fr\nwww.exemple.fr · LinkedIn\n",
        "© 2026 Les Amis du Lac – Mentions légales – Plan du site\n",
    ],
)
def test_buttons_and_site_sections_are_no_names(nlp, text):
    names = names_of(nlp, text)
    assert not {"Facebook", "LinkedIn", "Plan du site", "Mentions légales"} & set(names), names


def test_a_network_named_in_a_sentence_is_not_on_a_link_line():
    text = "Le vote est ouvert jusqu'au 31 mai sur la page Facebook de l'association."
    assert not on_link_line(text, text.index("Facebook"), "Facebook")
