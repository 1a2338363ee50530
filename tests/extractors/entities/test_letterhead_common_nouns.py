"""A letterhead or signature line opening on a known place's word that is also a common noun
('Réunion', a meeting) and going on with a capitalised complement names a body, not the place (the
body's whole name is not formed yet: the rest of the line stays a name of its own). Invented fragments."""


def names_of(nlp, text: str) -> set[tuple[str, str]]:
    return {(e["name"], e["label"]) for e in nlp(text)._.entities}


def test_a_line_opening_on_a_common_noun_with_a_capitalised_complement_names_no_place(nlp):
    text = (
        "INVITATION PRESSE\nRéunion des Théâtres Lyriques Rennes Bretagne\n\nLa saison ouvre en mai.\n\n"
        "Réunion des Théâtres Lyriques Rennes Bretagne\n"
    )
    names = names_of(nlp, text)
    assert ("Réunion", "LOC") not in names


def test_the_island_with_its_article_stays_a_place(nlp):
    assert ("Réunion", "LOC") in names_of(nlp, "La Réunion des années 1960 revit au musée de Saint-Pierre.\n")
    assert ("Réunion", "LOC") in names_of(nlp, "Les élèves de la Réunion et de Mayotte sont attendus.\n")
