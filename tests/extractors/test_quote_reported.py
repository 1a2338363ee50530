"""Words a sentence reports as someone's (session 24): a judgement after 'y voir' / 'voir dans' when
a speaker is named ('X y voit « un … »'), a predicate after 'que' and a subject pronoun whatever
verb opens it ('a indiqué qu'elle « respectait … »'), and a release opening on 'POUR DIFFUSION
IMMÉDIATE', whose first word is no introducer of the quotes below it; a verb of saying led to its
'que' across a long adjunct, and an introducer's speaker followed by a subject of several words and
its verb ('Pour X, …, l'arrivée de l'enseigne est « … »'). Invented fragments of a town, a company,
an association, a court and a union."""

from __future__ import annotations

import pytest

QUOTES = [
    # 'y voir', 'voir dans': a judgement the named person gives, straight quotes too
    (
        'Le maire de Vernon, Paul Girard, y voit "un rendez-vous qui fait vivre nos quais toute l\'année".',
        [("un rendez-vous qui fait vivre nos quais toute l'année", "Paul Girard")],
    ),
    (
        "Sandrine Mercier y voyait déjà « une chance pour tout le quartier » lors de la première réunion.",
        [("une chance pour tout le quartier", "Sandrine Mercier")],
    ),
    # 'que' and a subject pronoun: the quoted words are the clause's predicate
    (
        "Interrogée par un quotidien, la société Carrières du Lévezou avait indiqué que 80 emplois "
        "dépendaient du site et qu'elle « respectait scrupuleusement la réglementation ».",
        [("respectait scrupuleusement la réglementation", "Carrières du Lévezou")],
    ),
    (
        "Le directeur de l'usine, Paul Morel, a assuré qu'il « tiendrait les délais annoncés ».",
        [("tiendrait les délais annoncés", "Paul Morel")],
    ),
    # a release opening on 'Pour diffusion immédiate': the quote's own sentence names its speaker
    (
        "POUR DIFFUSION IMMÉDIATE\n\nLa Fédération des riverains du Lez avait indiqué que le chantier "
        "durerait un an et qu'elle « refuserait tout compromis sur le tracé ».",
        [("refuserait tout compromis sur le tracé", "Fédération des riverains du Lez")],
    ),
    # a long adjunct between the verb of saying and its 'que', over a line break
    (
        "Le procureur de la République, Paul Girard, a rappelé hier devant les officiers de police\n"
        "judiciaire du département que « les délais de jugement ne se sont pas allongés cette année ».",
        [("les délais de jugement ne se sont pas allongés cette année", "Paul Girard")],
    ),
    # after 'Pour X, role, qui …,' a subject of several words and its verb, straight quotes too
    (
        "Pour Sonia Mercier, présidente de l'association Terre Paysanne, qui fédère 60 fermes, "
        "l'arrivée de l'enseigne est \"une bonne nouvelle si les prix restent justes\".",
        [("une bonne nouvelle si les prix restent justes", "Sonia Mercier")],
    ),
]

NOT_QUOTES = [
    # a term after a noun subject stays a term, and 'voir le jour' judges nothing
    "Paul Morel a rappelé que les panneaux « chaînes à neige obligatoires » seront posés en novembre.",
    "Le projet « une chance pour tout le quartier » voit le jour à Nantes cet automne.",
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_reported_words(nlp, text, expected):
    assert [(q["text"], q["speaker"]) for q in nlp(text)._.quotes] == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_reported(nlp, text):
    assert nlp(text)._.quotes == []
