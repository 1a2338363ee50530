"""A person named in full, then by a first name alone, is one person; a first name two persons of the
release share names neither of them. Invented fragments."""


def entities_of(nlp, text: str) -> list[dict]:
    return nlp(text)._.entities


def test_a_first_name_alone_after_the_full_name_is_that_person(nlp):
    text = (
        "Le Handball Club de Vernoux annonce la prolongation de son entraîneure, Soraya Ketterlin, "
        "jusqu'en 2029.\n\n"
        "« Soraya incarne le projet du club depuis six ans », déclare le président.\n"
    )
    entities = entities_of(nlp, text)
    person = next(e for e in entities if e["name"] == "Soraya Ketterlin")
    assert person["label"] == "PER"
    assert not any(e["name"] == "Soraya" and e["label"] == "MISC" for e in entities), entities


def test_a_first_name_two_persons_share_is_joined_to_neither(nlp):
    text = (
        "Lucas Ferrandi et Lucas Morvézen ont fondé l'atelier en 2021.\n\n"
        "Lucas a dessiné la première gamme.\n"
    )
    entities = entities_of(nlp, text)
    for name in ("Lucas Ferrandi", "Lucas Morvézen"):
        person = next(e for e in entities if e["name"] == name)
        assert "Lucas" not in person["aliases"], person
