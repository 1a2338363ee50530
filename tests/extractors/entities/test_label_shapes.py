"""Labels from how French names are built and one label for every mention of a name: a kind noun
with adjectives before a name, a local authority written with its capital, an intercommunality named
after its town, a title made of common words joined by 'en'. Invented fragments of companies,
festivals, associations, towns and schools."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("L'éditeur lyonnais Batisoft rejoint le groupe Orkalis.", "Batisoft", "ORG"),
        ("La start-up nantaise Kelora lève deux millions d'euros.", "Kelora", "ORG"),
        ("L'association lyonnaise Entraide Pentes accueille vingt familles.", "Entraide Pentes", "ORG"),
        ("La plateforme gratuite Trouvtonstage ouvre ses offres aux collégiens.", "Trouvtonstage", "MISC"),
    ],
)
def test_a_kind_noun_and_its_adjectives_label_the_name_after_them(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == label


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le festival est soutenu par la Ville d'Annecy et la Région.", "Ville d'Annecy"),
        ("La Ville de Brest lance un budget participatif.", "Ville de Brest"),
        ("Saint-Malo Agglomération finance la navette estivale.", "Saint-Malo Agglomération"),
        ("Le réseau de bus est exploité pour Vannes Agglo depuis 2020.", "Vannes Agglo"),
        ("Les travaux sont financés par Rennes Métropole et l'État.", "Rennes Métropole"),
    ],
)
def test_a_towns_authority_is_an_organisation(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


def test_a_town_in_lower_case_stays_a_place(nlp):
    assert labels_of(nlp, "Le marché se tient dans la ville de Brest chaque samedi.").get("Brest") == "LOC"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le festival est organisé par l'association Courts en Scène depuis 2004.", "Courts en Scène"),
        ("Les concerts sont portés par l'association Jazz en Baie avec la commune.", "Jazz en Baie"),
    ],
)
def test_a_title_of_common_words_joined_by_en_is_one_name(nlp, text, name):
    assert name in labels_of(nlp, text)


def test_en_before_a_place_ends_the_name(nlp):
    found = labels_of(nlp, "L'association Brixol en Bretagne recrute deux animateurs.")
    assert found.get("Brixol") == "ORG" and found.get("Bretagne") == "LOC"


@pytest.mark.parametrize(
    "text, name, label",
    [
        (
            "Orkalis annonce l'acquisition de Batisoft. Fondée en 2015, l'éditeur Batisoft compte 40"
            " salariés."
            " Batisoft restera à Lyon.",
            "Batisoft",
            "ORG",
        ),
        (
            "Vertéo publie ses résultats. La coopérative est présente dans vingt départements : la"
            " fédération Vertéo réunit 300 producteurs.",
            "Vertéo",
            "ORG",
        ),
    ],
)
def test_every_mention_takes_the_label_of_the_strongest_one(nlp, text, name, label):
    entities = [e for e in nlp(text)._.entities if e["name"] == name]
    assert len(entities) == 1 and entities[0]["label"] == label and len(entities[0]["mentions"]) >= 2
