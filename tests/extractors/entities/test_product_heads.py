"""A product's, a vessel's or a variety's kind noun names the thing after it ('la gamme Solvia',
'le ferry « Goéland »', 'le cépage Morvane'), and a model's short number goes on its name ('le
modèle Brisant 38'); a year or a quantity after it does not, nor the town a coined event's name is
held in. Invented fragments of a boatyard's, a vineyard's and a ferry operator's releases."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        ("L'entreprise a lancé sa gamme Solvia au printemps, vendue en grandes surfaces.", "Solvia"),
        (
            "Le chantier a livré dix exemplaires du modèle Brisant 38, un catamaran de croisière.",
            "Brisant 38",
        ),
        ("L'état des routes est visible sur la carte Viaroute 29, mise à jour chaque matin.", "Viaroute 29"),
        ("Les vignerons testent le cépage Morvane, résistant au mildiou.", "Morvane"),
        ("Le ferry « Goéland » reprend la liaison avec l'île lundi.", "Goéland"),
        ("Les produits sont vendus sous la marque Terre d'Argoat dans vingt magasins.", "Terre d'Argoat"),
    ],
)
def test_a_product_kind_noun_names_a_thing(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, longer",
    [
        ("La société lance sa gamme Solvia 3 modèles au propane.", "Solvia 3"),
        ("Le flacon Verdine 20 % plus léger est consigné.", "Verdine 20"),
    ],
)
def test_a_quantity_after_the_name_stays_out(nlp, text, longer):
    labels = labels_of(nlp, text)
    assert longer not in labels, labels


def test_a_coined_event_name_leaves_its_town_out(nlp):
    labels = labels_of(nlp, "La coopérative sera au salon Vinorama de Bordeaux les 3 et 4 juin.")
    assert labels.get("Vinorama") == "MISC", labels
    assert labels.get("Bordeaux") == "LOC", labels


def test_a_name_of_dictionary_words_keeps_its_town(nlp):
    labels = labels_of(nlp, "Le festival Les Tréteaux de Pézenas ouvre sa saison le 4 juillet.")
    assert labels.get("Les Tréteaux de Pézenas") == "MISC", labels
