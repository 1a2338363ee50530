"""French natural regions, traditional pays and rivers are places ('le Trièves', 'la Puisaye', 'la
Loue'); a name in -ais or -ois after a plural article is the people ('les Choletais'). Invented fragments
of a préfecture, a tourist office, a health agency and an anglers' association."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les restrictions d'eau s'étendent au Bessin et à la Puisaye dès lundi.", "Bessin"),
        ("Les randonneurs découvriront le Trièves depuis le col.", "Trièves"),
        ("Douaisis ..................... 70 places\n", "Douaisis"),
    ],
)
def test_a_natural_region_is_a_place(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "LOC", labels_of(nlp, text)


def test_the_people_of_a_pays_are_no_place(nlp):
    assert "Choletais" not in labels_of(nlp, "Les Choletais sont invités à la réunion publique de jeudi.")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les pêcheurs s'inquiètent pour la Loue, dont le débit a chuté.", "Loue"),
        ("Les tanneries installées au bord du Blavet ont fermé en 1960.", "Blavet"),
    ],
)
def test_a_river_is_a_place(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "LOC", labels_of(nlp, text)
