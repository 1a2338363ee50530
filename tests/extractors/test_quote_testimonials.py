"""Testimonials and foreign speakers in a French release: a quote in English in the middle of the
release, attributed by an English verb ('"…," says co-founder X'), is the release's (so is one in
an English version appended after the French text, session 18), its comma inside the marks left out; a
person named only by an initial keeps the civility ('Monsieur R.'); a surname after its particle
is kept whole ('Le Floc'h'); a title after 'pour' in a prize list is no speech; a statement over
paragraphs signed under its last paragraph is the signer's throughout; a short quote after an
introducer and its comma is speech ('D'après X, « … »', 'Pour le maire, « … »'), and so is a short
sentence signed under it. Invented fragments
of a start-up, a clinic, an association and a university prize."""

from __future__ import annotations

import pytest

CASES: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    (
        "english_testimonial_inside",
        "Communiqué de presse\n\nLa start-up rennaise Hydrosonde équipe vingt syndicats des eaux de ses "
        "capteurs acoustiques, qui repèrent les fuites sur les réseaux enterrés.\n\n"
        '"We designed these sensors for rural networks that have no leak team," says co-founder Ingrid '
        "Bauer, who joined the company from a Munich utility.\n\nLes premiers capteurs seront posés dès le "
        "mois de mars dans les communes du syndicat, puis dans le reste du département.\n",
        [("Ingrid Bauer", "We designed these sensors for rural networks that have no leak team")],
    ),
    (
        "initial_keeps_civility",
        "Communiqué de presse\n\nLa clinique du Parc propose la chirurgie ambulatoire de la hanche.\n\n"
        "« Je suis rentré chez moi le soir même. Je ne pensais pas que ce serait si simple. »\n"
        "Madame T., 58 ans, opérée en octobre\n",
        [("Madame T.", "Je suis rentré chez moi le soir même. Je ne pensais pas que ce serait si simple.")],
    ),
    (
        "surname_after_particle",
        "Communiqué de presse\n\nL'association Handi Mer ouvre quatre plages accessibles cet été. « Voir "
        "leur joie en sortant de l'eau, cela vaut tous les efforts ! » raconte Maëlle Le Goff, "
        "coordinatrice du dispositif.\n",
        [("Maëlle Le Goff", "Voir leur joie en sortant de l'eau, cela vaut tous les efforts !")],
    ),
    (
        "title_after_pour_in_a_prize_list",
        "Communiqué de presse\n\nLa finale régionale a réuni douze doctorants.\n\n"
        "- **Prix du jury** : Léo Martin, laboratoire LMGE, pour « Comment les microbes respirent sous "
        "la glace »\n",
        [],
    ),
    (
        "statement_over_paragraphs_signed_under_the_last",
        "Communiqué de presse\n\nLa commune de Vernel ouvre sa médiathèque.\n\n« Nous avons voulu un lieu "
        "chaleureux, ouvert tard le soir.\n\n« Les horaires ont été pensés avec les habitants. »\n\n"
        "Hélène Marchand, directrice de la médiathèque\n",
        [
            ("Hélène Marchand", "Nous avons voulu un lieu chaleureux, ouvert tard le soir."),
            ("Hélène Marchand", "Les horaires ont été pensés avec les habitants."),
        ],
    ),
    (
        "short_quote_after_an_introducer",
        "Communiqué de presse\n\nLa commune de Vernel ouvre sa médiathèque. D'après Odile Lefranc, "
        "présidente des Amis du livre, « les bénévoles sont prêts ».\n",
        [("Odile Lefranc", "les bénévoles sont prêts")],
    ),
    (
        "pour_and_a_title_held_by_no_one",
        "Communiqué de presse\n\nLa commune de Vernel ouvre sa médiathèque. Pour le maire, « c'est une "
        "étape importante pour la commune ».\n",
        [(None, "c'est une étape importante pour la commune")],
    ),
    (
        "short_sentence_signed_under_it",
        "Communiqué de presse\n\nLe Département du Cantal lance un plan pour les routes de montagne.\n\n"
        "« Nous tiendrons les délais. »\n\nClaire Vidal, vice-présidente chargée des routes\n",
        [("Claire Vidal", "Nous tiendrons les délais.")],
    ),
    (
        "pour_and_no_title",
        "Communiqué de presse\n\nPour son édition 2026, le festival « Jazz en Vernel » accueille douze "
        "groupes venus de toute l'Europe.\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_testimonials(nlp, text, expected):
    doc = nlp(text)
    assert [(q["speaker"], q["text"]) for q in doc._.quotes] == expected
