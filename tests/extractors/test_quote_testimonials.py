"""Testimonials and foreign speakers in a French release: a quote in English in the middle of the
release, attributed by an English verb ('"…," says co-founder X'), is the release's (an English
version appended after the French text stays unread), its comma inside the marks left out; a
person named only by an initial keeps the civility ('Monsieur R.'); a surname after its particle
is kept whole ('Le Floc'h'); a title after 'pour' in a prize list is no speech. Invented fragments
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
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_testimonials(nlp, text, expected):
    doc = nlp(text)
    assert [(q["speaker"], q["text"]) for q in doc._.quotes] == expected
