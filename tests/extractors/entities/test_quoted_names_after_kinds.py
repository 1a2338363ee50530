"""A name in quotation marks right after the noun of its kind (a petition, a charter, a label, a
subscription, a contest, a shop concept) is a named thing (MISC), in lower case or not. Invented
fragments of a users' association, a cooperative, a theatre, a chamber of trades and a retailer."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les usagers sont invités à signer la pétition « Pour un Rennes–Brest à l'heure ».",
            "Pour un Rennes–Brest à l'heure",
        ),
        (
            "Les producteurs s'engagent à suivre la charte « Orge du Vexin », qui limite les traitements.",
            "Orge du Vexin",
        ),
        ("Chaque pot portera une étiquette « Miel des Bauges » indiquant le rucher.", "Miel des Bauges"),
        ("L'abonnement « Escapade » à 40 euros donne accès à quatre spectacles.", "Escapade"),
        (
            "Elle a obtenu la médaille d'or du concours « Un des Meilleurs Apprentis de France ».",
            "Un des Meilleurs Apprentis de France",
        ),
        (
            "Le magasin de Vannes adopte le concept « Home Atelier » : un parcours par pièces.",
            "Home Atelier",
        ),
    ],
)
def test_a_quoted_name_after_its_kind_is_a_thing(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)
