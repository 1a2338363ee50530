"""A quote interrupted by its attribution: the incise names the speaker whether it ends on a comma or on
a sentence end ('« A, résume X. B »'), and at a sentence end the quote is two quotes with the same
speaker (docs/dev-set.md, dev-j conventions); inside a sentence it stays one. Invented fragments in
the shapes of companies, préfectures, unions, town halls, health agencies and associations."""

from __future__ import annotations

import pytest

from pipeline.extractors.quote_incises import split_incises

CASES: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    (
        "company_name_then_period",
        "Brixol ouvre un site à Cholet.\n\n« Nous sommes ravis de cette implantation, résume Claire "
        "Joubert. Elle crée quarante emplois dans la région. »",
        [
            ("Claire Joubert", "Nous sommes ravis de cette implantation"),
            ("Claire Joubert", "Elle crée quarante emplois dans la région."),
        ],
    ),
    (
        "prefecture_body",
        "« Chacun doit limiter ses usages de l'eau, rappelle la préfecture de la Vienne. Des contrôles "
        "seront menés dès lundi. »",
        [
            ("préfecture de la Vienne", "Chacun doit limiter ses usages de l'eau"),
            ("préfecture de la Vienne", "Des contrôles seront menés dès lundi."),
        ],
    ),
    (
        "mayor_pronoun",
        "Le maire de Lanvallay, Henri Duval, a visité le chantier.\n\n« Le chantier avance bien, a-t-il "
        "souligné. Nous livrerons l'école en septembre. »",
        [
            ("Henri Duval", "Le chantier avance bien"),
            ("Henri Duval", "Nous livrerons l'école en septembre."),
        ],
    ),
    (
        "health_agency_name_and_role",
        "« La vaccination reste la meilleure protection, explique Julien Masson, directeur général de "
        "l'ARS Bretagne. Les centres resteront ouverts tout l'hiver. »",
        [
            ("Julien Masson", "La vaccination reste la meilleure protection"),
            ("Julien Masson", "Les centres resteront ouverts tout l'hiver."),
        ],
    ),
    (
        "mid_sentence_incise_stays_one",
        "« Nous sommes fiers, confie Anne Martin, présidente de l'association Lire Ensemble, de ce projet "
        "collectif. »",
        [
            (
                "Anne Martin",
                "Nous sommes fiers, confie Anne Martin, présidente de l'association Lire Ensemble, de ce "
                "projet collectif.",
            )
        ],
    ),
    (
        "sentence_goes_on_after_the_name",
        "« Les travaux commencent en juin, précise le directeur du port, Yannick Le Goff, et dureront un "
        "an. Ils coûteront trois millions d'euros. »",
        [
            (
                "Yannick Le Goff",
                "Les travaux commencent en juin, précise le directeur du port, Yannick Le Goff, et dureront "
                "un an. Ils coûteront trois millions d'euros.",
            )
        ],
    ),
    (
        "verb_without_subject_is_the_quote",
        "Marie Roy, présidente du syndicat, a pris la parole. « Il faut agir vite, rappelons-le. Nous "
        "attendons des actes forts. »",
        [("Marie Roy", "Il faut agir vite, rappelons-le. Nous attendons des actes forts.")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_incises(nlp, text, expected):
    doc = nlp(text)
    assert [(q["speaker"], q["text"]) for q in doc._.quotes] == expected
    for quote in doc._.quotes:
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_a_quote_holding_a_link_is_left_whole():
    """A quote written as its visible text (a link inside) keeps no offsets of its own to cut."""
    text = "« Voir <a href='/x'>le site</a>, résume Léa Roy. Tout y est expliqué. »"
    quote = {"text": "Voir le site, résume Léa Roy. Tout y est expliqué.", "start": 2, "end": len(text) - 2}
    assert split_incises(text, [quote]) == [quote]
