"""National schemes, labels, codes and services of the French State any release may cite are in the
programmes gazetteer (MISC): 'MaPrimeRénov'', 'France services', 'Code du travail', 'TER'. Invented
fragments of a town hall, a housing agency and a region."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les ménages peuvent déposer leur dossier MaPrimeRénov' auprès de l'espace conseil.",
            "MaPrimeRénov'",
        ),
        ("Une permanence se tient chaque mardi à l'espace France services de la mairie.", "France services"),
        ("L'article L. 1225-1 du Code du travail s'applique aux salariés.", "Code du travail"),
        ("La caisse est une mutuelle régie par le livre II du code de la mutualité.", "code de la mutualité"),
        ("Les sanctions prévues par le code de l’environnement s'appliquent.", "code de l’environnement"),
        ("Des cars remplaceront les TER entre les deux gares pendant les travaux.", "TER"),
    ],
)
def test_national_programmes_are_things(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le marais est classé site Natura 2000 depuis 2006.", "Natura 2000"),
        ("Les pétards sont interdits autour de la Fête nationale.", "Fête nationale"),
        ("La start-up Brivelle, lauréate du concours i-Nov 2025, lève 2 M€.", "i-Nov 2025"),
        ("Les couteaux portent la mention Made in France.", "Made in France"),
    ],
)
def test_public_schemes_events_and_marks_are_things(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)


def test_a_listed_name_keeps_its_closing_apostrophe(nlp):
    labels = labels_of(nlp, "Les conseillers France Rénov’ orientent vers MaPrimeAdapt’ les plus âgés.")
    assert labels.get("France Rénov’") == "MISC" and labels.get("MaPrimeAdapt’") == "MISC", labels


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La passerelle est cofinancée par le Fonds européen de développement régional à hauteur de 60 %.",
            "Fonds européen de développement régional",
        ),
        ("Le FSE+ finance la formation des demandeurs d'emploi de la vallée.", "FSE+"),
        ("Les mobilités des apprentis passent par Erasmus+ depuis 2021.", "Erasmus+"),
    ],
)
def test_european_funds_are_programmes(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les travaux sont engagés dans le cadre du Programme national Écluses, financé par l'État.",
            "Programme national Écluses",
        ),
        ("La commune adhère au Plan régional Haies depuis 2024.", "Plan régional Haies"),
    ],
)
def test_a_programme_head_its_adjective_and_a_capitalised_word_are_one_name(nlp, text, name):
    found = {e["name"]: e["label"] for e in nlp(text)._.entities}
    assert found.get(name) == "MISC", found


def test_the_driving_test_is_no_law(nlp):
    labels = labels_of(nlp, "Les ateliers préparent au CV vidéo et au code de la route pour les jeunes.")
    assert "code de la route" not in labels


def test_a_fair_named_with_its_adjective_and_town_is_one_event(nlp):
    text = "Un stand sera consacré au miel lors de la Foire agricole de Montrevel, du 4 au 6 mai."
    assert labels_of(nlp, text).get("Foire agricole de Montrevel") == "MISC", labels_of(nlp, text)
