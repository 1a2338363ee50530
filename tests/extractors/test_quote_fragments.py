"""Fragments given as someone's words: after the infinitive of a verb of saying ('nombreux à
déclarer ne plus pouvoir « faire davantage »', 'a tenu à affirmer « sa pleine confiance »'), after
'présentés comme', after 'parler de', 'annoncer', 'attendre' when a person is named, and opening
on a figure ('« 1 200 postes créés »'); a title or a name in quotation marks after a verb that is
not saying stays no quote. Invented fragments of a survey, a union, a company and a festival."""

from __future__ import annotations

import pytest

QUOTES = [
    (
        "Les ménages modestes sont les plus nombreux à déclarer ne plus pouvoir « faire davantage » : "
        "44 % d'entre eux.",
        [("faire davantage", None)],
    ),
    (
        "Le syndicat dénonce des emplois présentés comme « 1 200 postes créés » qui seront surtout "
        "intérimaires.",
        [("1 200 postes créés", None)],
    ),
    (
        "La présidente du club, Anne Roy, a tenu à affirmer « sa pleine confiance dans l'entraîneur » "
        "après la défaite.",
        [("sa pleine confiance dans l'entraîneur", "Anne Roy")],
    ),
    (
        "L'intersyndicale juge « 15 % d'augmentation » très insuffisant au regard de l'inflation.",
        [("15 % d'augmentation", None)],
    ),
    # 'parler de', 'annoncer', 'attendre': a named person's words (dev-w, dev-x)
    (
        "Côté chambre de commerce, son président Marc Delorme parle d'un « pari raisonnable » pour le "
        "centre-bourg.",
        [("pari raisonnable", "Marc Delorme")],
    ),
    (
        "Le capitaine Julie Ferrand annonce des patrouilles « jour et nuit » pendant tout l'été.",
        [("jour et nuit", "Julie Ferrand")],
    ),
]

NOT_QUOTES = [
    "Le festival « 2 jours pour rire » revient à Vitré pour sa dixième édition.",
    "Les élèves de 3e ont lu « 20 000 lieues sous les mers » en classe cette année.",
    "La mairie a présenté « le nouveau plan vélo » aux habitants du quartier.",
    # a term that no named person speaks
    "Les linguistes parlent de « code switching » pour décrire ce passage d'une langue à l'autre.",
    "Des affiches annoncent l'ouverture d'une « ferme urbaine » au printemps.",
    # 's'assurer que' is making sure, not saying: the term in guillemets is no one's words
    "Il faut s'assurer que le vendeur, et non le « simple intermédiaire », soit tenu pour responsable.",
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_fragments_given_as_words(nlp, text, expected):
    assert [(q["text"], q["speaker"]) for q in nlp(text)._.quotes] == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_titles_stay_no_quote(nlp, text):
    assert nlp(text)._.quotes == []
