"""Capitalised words that are not names: a common word after a possessive, a role or its portfolio
in title case, a kicker's colon. Invented fragments of company, federation, association and
ministry releases."""

import pytest


def mentions_of(nlp, text: str) -> set[str]:
    return {m["text"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, word",
    [
        ("Parcours du Cœur 2024 : Bougez pour votre Cœur !", "Cœur"),
        ("Profitez de notre Offre Découverte jusqu'au 30 juin.", "Offre"),
        ("Les bénévoles présentent leurs Actions dans les écoles.", "Actions"),
    ],
)
def test_no_name_after_a_possessive(nlp, text, word):
    found = mentions_of(nlp, text)
    assert word not in found and not any(m.startswith(word + " ") and "2024" not in m for m in found)


@pytest.mark.parametrize(
    "text, role_word",
    [
        ("Marie Lefèvre était auparavant Responsable Grands Comptes chez Danone.", "Comptes"),
        ("La directrice Innovation de Brixol, Claire Morvan, présente le projet.", "Innovation"),
        ("Jean-Yves Jeannas, vice-président Éducation de l'AFUL, répond aux questions.", "Éducation"),
    ],
)
def test_a_role_or_its_portfolio_in_title_case_names_nobody(nlp, text, role_word):
    assert not any(role_word in m for m in mentions_of(nlp, text))


def test_a_person_after_a_title_is_still_read(nlp):
    found = mentions_of(nlp, "La présidente Claire Morvan a ouvert la séance ; M. Petit a répondu.")
    assert "Claire Morvan" in found


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le groupe annonce ses résultats.\n\nÀ PROPOS DE LEGRAND\nLegrand est un groupe industriel.",
            "LEGRAND",
        ),
        ("Le concours ouvre.\n\nA PROPOS D'ANIMATH\nAnimath est une association.", "ANIMATH"),
    ],
)
def test_an_about_heading_names_the_body_not_its_words(nlp, text, name):
    found = mentions_of(nlp, text)
    assert not any("PROPOS" in m for m in found)
    assert name in found
