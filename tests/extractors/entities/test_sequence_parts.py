"""A part of a series written with its number or letter ('Étape 2', 'Compartiment B') is no name,
whatever the model makes of its capital. Invented fragments of a race organiser and a listed company."""


def names_of(nlp, text: str) -> set[str]:
    return {m["text"] for e in nlp(text)._.entities for m in e["mentions"]}


def test_numbered_stages_of_a_race_are_no_names(nlp):
    names = names_of(
        nlp,
        "Le nouveau parcours :\n- Étape 1 : Port-Navalo – Lorient (départ mardi 16 juin)\n"
        "- Étape 2 : Lorient – Concarneau (départ samedi 20 juin)\n",
    )
    assert not names & {"Étape 1", "Étape 2"}, names


def test_a_market_compartment_is_no_name(nlp):
    names = names_of(nlp, "BRIVELTHERM\nEuronext Paris - Compartiment B - ISIN : FR0013487721\n")
    assert "Compartiment B" not in names, names


def test_a_funding_round_is_no_name(nlp):
    names = names_of(
        nlp, "La start-up annonce une levée de 12 millions d'euros en Série A. L'opération est menée."
    )
    assert "Série A" not in names, names
