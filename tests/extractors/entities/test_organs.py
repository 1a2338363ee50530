"""A body's governing organs are no names; the body after their 'de' is. Invented fragments of a bank, a
club, a federation and a cooperative; councils of local authorities stay bodies."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, organ, body",
    [
        (
            "Le Conseil d'administration du Crédit Maritime Solidaire a arrêté les comptes.",
            "Conseil d'administration du Crédit Maritime Solidaire",
            "Crédit Maritime Solidaire",
        ),
        ("Le Bureau national de la FNTRA appelle à la mobilisation.", "Bureau national de la FNTRA", "FNTRA"),
        (
            "L'Assemblée générale de Coop Vergers aura lieu le 4 avril.",
            "Assemblée générale de Coop Vergers",
            None,
        ),
        ("Le Conseil de surveillance a pris acte du départ du directeur.", "Conseil de surveillance", None),
    ],
)
def test_an_organ_is_no_name_and_its_body_is(nlp, text, organ, body):
    found = labels_of(nlp, text)
    assert organ not in found, found
    if body:
        assert found.get(body) == "ORG", found


def test_a_council_of_a_local_authority_is_a_body(nlp):
    found = labels_of(nlp, "Le Conseil départemental du Finistère finance le projet.")
    assert found.get("Conseil départemental du Finistère") == "ORG"
