"""A name the domain of an e-mail address spells is the body that owns the domain: a press agency, an
association, a company named with no kind noun. Invented contact blocks of several issuers; a contest,
a known town and a three-letter name keep their label."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Avec Lunavia, les patients réservent leur séance en ligne. Contact : presse@lunavia.fr\n",
            "Lunavia",
        ),
        ("Avec Pixelune, les familles préparent la rentrée. Contact : presse@pixelune.fr\n", "Pixelune"),
        (
            "Presse nationale : Bureau Kestrel — Paul Roux — paul.roux@bureaukestrel.fr — 06 07 08 91 22\n",
            "Bureau Kestrel",
        ),
    ],
)
def test_the_owner_of_a_mail_domain_is_a_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


def test_a_contest_with_its_own_domain_keeps_its_kind(nlp):
    found = labels_of(
        nlp, "La finale du concours Orbalix aura lieu en mai. Contact : info@concours-orbalix.fr\n"
    )
    assert found.get("concours Orbalix") == "MISC"


def test_a_town_hall_address_leaves_the_town_a_place(nlp):
    found = labels_of(nlp, "Les travaux commencent à Besançon lundi. Contact : presse@besancon.fr\n")
    assert found.get("Besançon") == "LOC"


def test_a_festival_with_its_own_domain_keeps_the_kind_its_noun_states(nlp):
    text = (
        "Ville de Rennes\n\nRennes, le 3 mars 2025\n\nCommuniqué de presse\n\nLe festival Ondaloue revient en"
        " juillet avec quarante concerts. Ondaloue accueillera 20 000 spectateurs.\n\nContact presse : Léa"
        " Morin, presse@ondaloue.fr\n"
    )
    assert labels_of(nlp, text).get("Ondaloue") == "MISC"
