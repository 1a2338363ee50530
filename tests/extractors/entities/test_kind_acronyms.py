"""An acronym naming a kind of establishment, contract or legal form ('un EHPAD', 'la PMI', 'un CFA') is no
name alone, but still opens one ('ESAT de Kervignac'). Invented release."""

from pipeline import extract

RELEASE = (
    "Agglomération du Val Brumeux\n\nBrumont, le 3 mars 2026\n\nCommuniqué de presse\n\n"
    "Un nid de frelons a été détruit près d'un EHPAD et d'une école. Les puéricultrices de PMI et les"
    " apprentis d'un CFA relaient la campagne, avec les travailleurs de l'ESAT de Kervignac.\n"
)


def names() -> set[str]:
    record = extract(RELEASE, format="text").model_dump()
    return {n for e in record["entities"] for n in [e["name"], *e["aliases"]]}


def test_a_kind_acronym_alone_is_no_name():
    assert not names() & {"EHPAD", "PMI", "CFA"}


def test_a_kind_acronym_still_opens_a_name():
    assert "ESAT de Kervignac" in names()


def test_a_foreign_legal_form_ends_a_firm_name():
    text = (
        "Université de Brumont\n\nBrumont, le 3 mars 2026\n\nCommuniqué de presse\n\n"
        "Les partenaires du projet :\n"
        "- Institut des Mers (France)\n- Dansk Kyst Miljø AS (Norvège)\n"
    )
    record = extract(text, format="text").model_dump()
    assert {e["name"]: e["label"] for e in record["entities"]}.get("Dansk Kyst Miljø AS") == "ORG"
