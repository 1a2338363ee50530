"""A kind noun before a name ('la société X', 'la coopérative Y') states its label, over a place read in
the same words (an acronym's expansion ending on a region, a commune's name). Invented release."""

from pipeline import extract

HEAD = "Mairie de Brumont\n\nBrumont, le 3 mars 2026\n\nCommuniqué de presse\n\n"


def labels(sentence: str) -> dict[str, str]:
    record = extract(HEAD + sentence + "\n", format="text").model_dump()
    return {e["name"]: e["label"] for e in record["entities"]}


def test_a_firm_named_after_a_region_is_a_firm():
    sentence = "Les repas sont livrés par la société Restauration Val de Loire (RVL) depuis lundi."
    assert labels(sentence).get("Restauration Val de Loire") == "ORG"


def test_a_cooperative_named_after_a_commune_is_a_body():
    sentence = "Les légumes viennent de la coopérative maraîchère Terres de Caux, à deux pas."
    assert labels(sentence).get("Terres de Caux") == "ORG"
