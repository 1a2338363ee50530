"""Session 15 shapes of the dev read side's releases, in invented fragments: a statement given to its
speaker by the next paragraph ('C'est ce que souligne X'), German quotation marks ('„…“'), a clause
whose predicate is quoted after a verb of saying and 'que', a title's holder named after a civility
('la rectrice de l'académie, Mme X'), and a question in a heading, whose paragraph goes on, that
takes no byline from the line above it."""

from __future__ import annotations

import pytest

from pipeline.extractors.quote_marks import pair_marks

QUOTES = [
    (
        "Le salon ouvre samedi.\n\n« Beaucoup de jeunes pensent que l'apprentissage ferme des portes. "
        "Ce salon montre le contraire. »\n\nC'est ce que souligne Nadia Ferrand, présidente de la "
        "chambre des métiers, qui accueillera les visiteurs.",
        [
            (
                "Beaucoup de jeunes pensent que l'apprentissage ferme des portes. Ce salon montre le "
                "contraire.",
                "Nadia Ferrand",
            )
        ],
    ),
    (
        "„Die Schüler haben mit viel Mut diskutiert“, a salué Karl Weber, président du jury, à "
        "l'issue de la finale.",
        [("Die Schüler haben mit viel Mut diskutiert", "Karl Weber")],
    ),
    (
        "Hier, la rectrice de l'académie de Rennes, Mme Sylvie Marec, a remis les prix aux lauréats.\n\n"
        "« Vous avez donné une voix à ceux qui se sont tus », a déclaré la rectrice devant les élèves.",
        [("Vous avez donné une voix à ceux qui se sont tus", "Sylvie Marec")],
    ),
    (
        "Selon l'enquête, 41 % des artisans estiment que leur entreprise « ne trouvera pas de repreneur "
        "» d'ici dix ans.",
        [("ne trouvera pas de repreneur", None)],
    ),
]

NOT_QUOTES = [
    # a sign's label after 'rappelle que': a term, not the clause's predicate
    "La préfecture rappelle que les panneaux « chaînes obligatoires » peuvent être activés à tout moment.",
    # a heading's question, its paragraph going on: the line above is no byline
    "ASSOCIATION DES AMIS DU LIVRE\n\nCOMMUNIQUÉ DE PRESSE\n\n« Faut-il avoir peur de lire ? » : trois "
    "élèves de Tours remportent le prix.\n\nLe jury a remis ses prix hier.",
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_session_15_shapes(nlp, text, expected):
    assert [(q["text"], q["speaker"]) for q in nlp(text)._.quotes] == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_session_15_no_quote(nlp, text):
    assert [q["speaker"] for q in nlp(text)._.quotes if q["speaker"]] == []
    assert all("chaînes" not in q["text"] for q in nlp(text)._.quotes)


def test_german_marks_pair_low_with_high():
    text = "Er sagte „Guten Tag“ und ging. Puis « Bonjour à tous » en français."
    assert [(text[o + 1 : c].strip(), family) for o, c, family in pair_marks(text)] == [
        ("Guten Tag", "low"),
        ("Bonjour à tous", "guillemets"),
    ]
