"""Themes on a blank pipeline: the matching needs only the tokenizer and the taxonomy."""

import pytest
import spacy

import pipeline.extractors.themes  # noqa: F401  (registers the factory)
from pipeline.extractors.extensions import register_extensions
from pipeline.extractors.themes import token_key


@pytest.fixture(scope="module")
def blank_nlp():
    """Only the theme component on a blank French pipeline."""
    register_extensions()
    nlp = spacy.blank("fr")
    nlp.add_pipe("communique_themes")
    return nlp


def themes(nlp, text: str) -> dict[str, list[str]]:
    return {t["id"]: [e["text"] for e in t["evidence"]] for t in nlp(text)._.themes}


def test_keys_fold_case_accents_plurals():
    assert token_key("Données") == token_key("donnée") == "donnee"
    assert token_key("des") == ""
    assert token_key(",") is None
    assert token_key("\n\n") is None and token_key("\n") == ""


def test_plural_article_and_accent_variants_match_one_trigger(blank_nlp):
    text = (
        "Le ministère organise le partage de données entre administrations.\n\n"
        "Les jeux de donnees publiques seront librement téléchargeables."
    )
    found = themes(blank_nlp, text)
    assert "data_governance" in found
    assert "partage de données" in found["data_governance"]


def test_idiom_is_not_evidence(blank_nlp):
    text = "Des services à la carte pour les agents. Une offre à la carte, des formations à la carte."
    assert "geodata" not in themes(blank_nlp, text)


def test_trigger_inside_a_proper_name_is_not_evidence(blank_nlp):
    text = (
        "Le ministère de la Transition écologique et le ministère de la Transition écologique "
        "ont signé une convention sur les achats de papier."
    )
    assert "environment_climate" not in themes(blank_nlp, text)


def test_about_block_describes_the_issuer_not_the_release(blank_nlp):
    body = (
        "La commune ouvre une nouvelle piscine municipale cet été. Le bassin olympique accueillera "
        "les clubs sportifs et le public tous les jours de la semaine, avec des horaires élargis.\n\n"
    )
    about = "À propos de l'Agence\nL'Agence soutient la recherche scientifique, l'université et l'école.\n"
    assert "education_research" not in themes(blank_nlp, body + about)
    assert "education_research" in themes(blank_nlp, about.split("\n", 1)[1] + body)


@pytest.mark.parametrize(
    ("text", "theme", "expected"),
    [
        (
            "Le rapport traite de la gouvernance des données publiques.",
            "data_governance",
            True,
        ),  # names the theme
        ("L'outil repose sur une intelligence artificielle générative.", "artificial_intelligence", True),
        (
            "Le bâtiment offre une bonne accessibilité depuis la gare.",
            "accessibility",
            False,
        ),  # one common word
    ],
)
def test_naming_the_theme(blank_nlp, text, theme, expected):
    assert (theme in themes(blank_nlp, text)) is expected


def test_repeated_specific_phrase_is_enough(blank_nlp):
    text = (
        "Aucune donnée personnelle n'est transmise sans accord.\n\n"
        "La plateforme garantit la sécurité des données personnelles des usagers."
    )
    assert "data_governance" in themes(blank_nlp, text)


def test_about_heading_early_in_the_text_is_a_body_heading(blank_nlp):
    text = (
        "À propos de la réforme\nLa réforme soutient la recherche scientifique, l'université et l'école.\n\n"
        "Elle entre en vigueur en septembre."
    )
    assert "education_research" in themes(blank_nlp, text)
