"""Quote shapes read on real French pages by hand in session 12 (a PR trade weekly, a club of
communicants, a union of attachés de presse, a regional daily, a university paper): a person who
introduces the next quote with a colon is no signature of the quote before; an incise inside the
quote that gives the role before the name ('« …, affirme la vice-présidente du syndicat, Anne Roy.
… »'); a person designated again by a demonstrative after 'Pour', 'Selon' ('Pour cet enseignant,
« … »'). Every fragment is invented; the shapes are the real ones (docs/annotation.md)."""

from __future__ import annotations

import pytest

CASES: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    # -- a name after the closing mark that leads through a colon into the next quote
    (
        "two_colon_introductions",
        "Les conseils distinguent l'information de la publicité.\n\nPaul Lenoir, président de l'Union des "
        "conseils, précise: «Le conseil mène une double analyse.» Julie Caron, attachée de presse du "
        "Centre des jeunes artisans, ajoute: «Je rapproche les deux intérêts.»",
        [
            ("Paul Lenoir", "Le conseil mène une double analyse."),
            ("Julie Caron", "Je rapproche les deux intérêts."),
        ],
    ),
    (
        "colon_introduction_with_space",
        "La maire Sylvie Arnaud, maire de Vinsac, déclare : « Le marché couvert rouvrira en mai. » "
        "Hugo Ferrand, président des commerçants, répond : « Nous serons prêts dès avril. »",
        [
            ("Sylvie Arnaud", "Le marché couvert rouvrira en mai."),
            ("Hugo Ferrand", "Nous serons prêts dès avril."),
        ],
    ),
    # -- a signature on the quote's line that introduces nothing stays a signature
    (
        "signature_still_signs",
        "« Chaque bénévole compte, chaque don aussi. » Lucie Perrot, présidente de Solidarité Vallée\n\n"
        "La collecte dure deux semaines.",
        [("Lucie Perrot", "Chaque bénévole compte, chaque don aussi.")],
    ),
    # -- an incise inside the quote: the role first, the name after a comma
    (
        "incise_role_then_name",
        "Le syndicat fête ses cinquante ans.\n\n« Comme les journalistes, nous sommes là pour vérifier, "
        "affirme la vice-présidente du syndicat, Anne-Marie Besson. Notre travail n'est pas de vendre "
        "une image. »",
        [
            (
                "Anne-Marie Besson",
                "Comme les journalistes, nous sommes là pour vérifier, affirme la vice-présidente du "
                "syndicat, Anne-Marie Besson. Notre travail n'est pas de vendre une image.",
            )
        ],
    ),
    (
        "incise_role_then_name_comma",
        "« Les travaux commencent en juin, précise le directeur du port, Yannick Le Goff, et dureront "
        "un an. »",
        [
            (
                "Yannick Le Goff",
                "Les travaux commencent en juin, précise le directeur du port, Yannick Le Goff, et dureront "
                "un an.",
            )
        ],
    ),
    # -- a demonstrative and a noun of a person after an introducer: the person named last
    (
        "pour_cet_enseignant",
        "« Le parc doit rester ouvert à tous », estime Louis Perret, maire de Vizille.\n\nPour cet ancien "
        "instituteur, « la ville doit d'abord servir les familles ».",
        [
            ("Louis Perret", "Le parc doit rester ouvert à tous"),
            ("Louis Perret", "la ville doit d'abord servir les familles"),
        ],
    ),
    (
        "selon_cette_agricultrice",
        "Louise Garnier dirige la ferme depuis 2012. Selon cette agricultrice, « la sécheresse a coûté "
        "un tiers de la récolte ».",
        [("Louise Garnier", "la sécheresse a coûté un tiers de la récolte")],
    ),
    (
        "pour_cet_enseignant_chercheur_en_effet",
        "« Un nom de marque, pour moi, c'est une lessive », déplore Pascal Marin.\n\nPour cet "
        "enseignant-chercheur en effet, « il y a un enjeu très important à garder un nom ».",
        [
            ("Pascal Marin", "Un nom de marque, pour moi, c'est une lessive"),
            ("Pascal Marin", "il y a un enjeu très important à garder un nom"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quote_shapes_read_on_real_pages(nlp, text, expected):
    doc = nlp(text)
    assert [(q["speaker"], q["text"]) for q in doc._.quotes] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le festival a changé de lieu. Pour cette édition, « le public entre gratuitement » dans le parc.",
        "Jeanne Morel a lu le rapport. Selon cette étude, « un foyer sur trois » renonce aux soins.",
    ],
)
def test_a_demonstrative_that_names_no_person_names_no_speaker(nlp, text):
    doc = nlp(text)
    assert all(q["speaker"] != "Jeanne Morel" for q in doc._.quotes)
