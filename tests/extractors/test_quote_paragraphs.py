"""Session 10: quotes and paragraphs. A statement runs over paragraphs that do not reopen the
quotation mark; a statement standing alone in its paragraph is the words of the one person the
paragraph before names; a mark at the head of a paragraph after an unmarked one opens a new quote.
Invented fragments of several kinds of issuers, through the whole pipeline."""

from __future__ import annotations

import pytest

from pipeline.extractors.quote_marks import pair_marks

CASES = [
    (
        "association_three_paragraphs",
        "La présidente de l'association, Claire Rouvière, a pris la parole devant les bénévoles.\n\n"
        "« Cette année a été difficile pour beaucoup de familles.\n\n"
        "Nous avons distribué deux fois plus de colis qu'en 2023.\n\n"
        "Sans nos bénévoles, rien de tout cela ne serait possible », a-t-elle conclu.",
        [
            (
                "Claire Rouvière",
                "Cette année a été difficile pour beaucoup de familles.\n\nNous avons distribué deux fois "
                "plus de colis qu'en 2023.\n\nSans nos bénévoles, rien de tout cela ne serait possible",
            )
        ],
    ),
    (
        "ministry_previous_paragraph",
        "La ministre des Sports, Amélie Garnier, s'est rendue ce lundi au stade de Lens.\n\n"
        "« Le sport doit être accessible à tous, partout sur le territoire. »\n\n"
        "La visite s'est achevée en fin de matinée.",
        [("Amélie Garnier", "Le sport doit être accessible à tous, partout sur le territoire.")],
    ),
    (
        "company_previous_paragraph",
        "Le directeur général de Verdalia, Marc Lemaire, a inauguré l'usine de Brest devant 300 salariés.\n\n"
        "« Cette usine est la preuve que l'industrie a un avenir en Bretagne. »",
        [("Marc Lemaire", "Cette usine est la preuve que l'industrie a un avenir en Bretagne.")],
    ),
    (
        "two_persons_before_name_no_one",
        "La ministre des Sports, Amélie Garnier, et le maire Paul Martin ont inauguré le stade.\n\n"
        "« Le sport doit être accessible à tous, partout sur le territoire. »",
        [(None, "Le sport doit être accessible à tous, partout sur le territoire.")],
    ),
    (
        "statement_carried_back_wins",
        "La ministre des Sports, Amélie Garnier, s'est rendue ce lundi au stade de Lens.\n\n"
        "« Le club a besoin d'un nouveau terrain synthétique depuis des années. »\n\n"
        "« Nous le construirons dès 2026 », a promis Paul Martin, maire de Lens.",
        [
            ("Paul Martin", "Le club a besoin d'un nouveau terrain synthétique depuis des années."),
            ("Paul Martin", "Nous le construirons dès 2026"),
        ],
    ),
]


CASES += [
    (
        "company_straight_quotes_go_on",
        "Lumio lance son assistant.\n\n"
        '"Nous voulons rendre leurs soirées aux comptables", résume Sarah Benhamou, cofondatrice de Lumio, '
        "qui présentera l'outil à Lyon. \"Notre conviction, c'est que l'expert-comptable doit conseiller.\"",
        [
            ("Sarah Benhamou", "Nous voulons rendre leurs soirées aux comptables"),
            ("Sarah Benhamou", "Notre conviction, c'est que l'expert-comptable doit conseiller."),
        ],
    ),
    (
        "association_second_sentence",
        "« Chaque don compte », rappelle Paul Vidal, président de l'association Solidarité Loire, qui "
        "lance la collecte samedi. « Nous avons besoin de bénévoles dans toutes les communes. »",
        [
            ("Paul Vidal", "Chaque don compte"),
            ("Paul Vidal", "Nous avons besoin de bénévoles dans toutes les communes."),
        ],
    ),
]

NAMES_NOT_QUOTES = [
    (
        "straight_quoted_names_after_a_person",
        'La fondatrice, Sarah Benhamou, a présenté les offres "Pack Pro" et "Plan Annuel Illimité".',
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in NAMES_NOT_QUOTES], ids=[c[0] for c in NAMES_NOT_QUOTES])
def test_names_in_straight_quotes_are_no_quotes(nlp, text):
    assert nlp(text)._.quotes == []


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes_and_paragraphs(nlp, text, expected):
    doc = nlp(text)
    assert [(q["speaker"], q["text"]) for q in doc._.quotes] == expected


def test_an_opening_mark_after_an_unmarked_paragraph_starts_a_new_quote():
    text = "Un « oubli.\n\nDeuxième paragraphe.\n\n« Nouvelle citation », dit-il."
    assert [text[a : b + 1] for a, b, _ in pair_marks(text)] == ["« Nouvelle citation »"]


def test_a_stray_mark_is_dropped_after_six_unmarked_paragraphs():
    text = "« Ouvert.\n\nUn.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq.\n\nSix.\n\nSept », dit-il."
    assert pair_marks(text) == []


def test_a_speech_runs_over_five_paragraphs():
    """A statement of several paragraphs printed without reopening marks (an address at a general
    assembly, a minister's speech) is one quote."""
    text = "« Ouvert.\n\nUn.\n\nDeux.\n\nTrois.\n\nQuatre », dit-il."
    assert pair_marks(text) == [(0, text.index("»"), "guillemets")]
