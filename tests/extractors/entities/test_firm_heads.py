"""Bodies named by a legal form, a trade establishment or a known body and its seat: 'SARL Menuiserie
Kerlan', 'Biscuiteries Le Gall', 'Polyclinique de l'Odet', 'Éditions du Ressac', 'Transdev Brest'.
Invented fragments of a crafts chamber's prize list, a recall notice and a transport release."""

import pytest

from pipeline.extractors.entities.head_labels import branch_of_body, head_label


@pytest.mark.parametrize(
    "name",
    [
        "SARL Menuiserie Kerlan",
        "EARL du Bois Joli",
        "Biscuiteries Le Gall",
        "Polyclinique de l'Odet",
        "Éditions du Ressac",
        "Filature de la Vallée",
        "Transdev Brest",
        "Ademe Normandie",
        "Meubles Tardivel",
        "Mécaniques Roussel",
    ],
)
def test_the_head_or_the_seat_says_a_body(name):
    assert head_label(name) == "ORG"


@pytest.mark.parametrize(
    "words", [["Veolia", "Bretagne"], ["Crédit", "Mutuel", "Nantes"], ["DREAL", "Normandie"]]
)
def test_a_known_body_and_a_place_name_its_branch(words):
    assert branch_of_body(words)


@pytest.mark.parametrize("words", [["Festival", "Bretagne"], ["Veolia", "Lumière"], ["Horizon", "Nantes"]])
def test_an_unknown_name_before_a_place_is_no_branch(words):
    assert not branch_of_body(words)


@pytest.mark.parametrize(
    "name, label, expected",
    [
        ("Sel & Sarrasin", "MISC", "ORG"),
        ("Cordes & Poulies de l'Ouest", "MISC", "ORG"),
        ("Noa&Co", "MISC", "ORG"),
        ("Salon Bois & Habitat", "MISC", "MISC"),
        ("R&D", "MISC", "MISC"),
    ],
)
def test_capitalised_words_joined_by_an_ampersand_name_a_firm(name, label, expected):
    from pipeline.extractors.entities.labels import firm_by_ampersand

    assert firm_by_ampersand(name, label) == expected


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les coffrets sont assemblés par la Maison Garnier-Lemoine à Chinon.",
            "Maison Garnier-Lemoine",
        ),
        ("Le spectacle de rue est joué par la Cie Tournesaule le samedi soir.", "Cie Tournesaule"),
    ],
)
def test_a_house_head_before_a_capitalised_name_is_a_firm(nlp, text, name):
    labels = {e["name"]: e["label"] for e in nlp(text)._.entities}
    assert labels.get(name) == "ORG", labels


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le premier client est la papeterie Landes Cellulose, qui équipera son site.", "Landes Cellulose"),
        ("Les pots sont collectés par l'éco-organisme Recyplast dans tout le département.", "Recyplast"),
        ("Le choeur partagera la scène avec l'ensemble vocal letton Balsis.", "Balsis"),
        ("La fromagerie Montbrison-Lait recrute deux affineurs.", "Montbrison-Lait"),
        (
            "Le cursus a été conçu avec le pôle de compétitivité Moteurs du Demain et deux industriels.",
            "Moteurs du Demain",
        ),
    ],
)
def test_a_trade_or_ensemble_before_a_name_is_a_body(nlp, text, name):
    labels = {e["name"]: e["label"] for e in nlp(text)._.entities}
    assert labels.get(name) == "ORG", labels


def test_a_cluster_listed_after_its_plural_kind_is_a_body(nlp):
    text = (
        "Le salon travaille avec des pôles de compétitivité bretons, dont Agrimarin.\n\nLes stands ouvrent."
    )
    labels = {e["name"]: e["label"] for e in nlp(text)._.entities}
    assert labels.get("Agrimarin") == "ORG", labels


@pytest.mark.parametrize(
    "text, name",
    [
        ("La filiale logistique du groupe de distribution Vernaud n'a pas souhaité commenter.", "Vernaud"),
        ("Les logements sont construits par l'entreprise de travaux publics Karéa BTP.", "Karéa BTP"),
    ],
)
def test_a_body_named_after_its_trade_is_a_body(nlp, text, name):
    assert {e["name"]: e["label"] for e in nlp(text)._.entities}.get(name) == "ORG"


@pytest.mark.parametrize(
    "text, word",
    [
        ("L'association de patientes Vivre avec l'Endo publie les résultats.", "Vivre"),
        ("Rémi Roux, en charge du groupe de travail Éducation, répond.", "Éducation"),
        ("Elle ouvre une promotion de son école de production à Audincourt.", "Audincourt"),
    ],
)
def test_a_trade_opens_no_dictionary_word_nor_a_place(nlp, text, word):
    assert {e["name"]: e["label"] for e in nlp(text)._.entities}.get(word) != "ORG"
