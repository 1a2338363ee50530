"""Places named after the lower-case noun of their kind: hamlets, lieux-dits, quarters and small communes
no gazetteer holds. Invented fragments of a fire service, a water syndicate, a préfecture, a charity and a
town hall; a capitalised authority, a month and a cut compound are not read."""

import pytest

from pipeline.extractors.entities.place_kinds import place_kinds


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, names",
    [
        ("Le feu s'est déclaré au lieu-dit Les Gravières, sur la commune de Trévalon.", ["Les Gravières"]),
        ("Seuls les abonnés du hameau d'Aubrelles doivent faire bouillir l'eau.", ["Aubrelles"]),
        ("Les pluies ont frappé les villes d'Itaporã et d'Ubaíra.", ["Itaporã", "Ubaíra"]),
        (
            "Les communes de Morvillers, de Sornac et de Bayet sont concernées.",
            ["Morvillers", "Sornac", "Bayet"],
        ),
        ("La distribution aura lieu dans le quartier de Kerangoff.", ["Kerangoff"]),
    ],
)
def test_a_name_after_its_place_kind_is_a_place(nlp, text, names):
    found = labels_of(nlp, text)
    for name in names:
        assert found.get(name) == "LOC", (name, found)


@pytest.mark.parametrize(
    "text",
    [
        "La Ville de Brest soutient le projet.",  # the authority, capitalised
        "Le conseil municipal de la ville de Mars a voté.",
        "Le feu progresse vers la commune du Cannet-\ndes-Maures.",  # a compound cut at the line's end
        "Une collecte dans 40 villes\n\nTour de table mené par un fonds.",  # the noun ends its line
    ],
)
def test_no_place_is_read_where_the_kind_does_not_name_one(text):
    found = [text[c.start : c.end] for c in place_kinds(text)]
    assert found == [], found
