"""Quote shapes read on real French pages by hand in session 12 (a PR trade weekly, a club of
communicants, a union of attachés de presse, a regional daily, a university paper): a person who
introduces the next quote with a colon is no signature of the quote before; an incise inside the
quote that gives the role before the name ('« …, affirme la vice-présidente du syndicat, Anne Roy.
… »'); a person designated again by a demonstrative after 'Pour', 'Selon' ('Pour cet enseignant,
« … »'); a quote coordinated with the one before ('« … », et « … »'); a fragment after a gerund of
saying ('en rappelant « … »'); a speaker designated but not named ('explique leur professeure',
'rapporte une source proche'); a first name with its function ('Inès, aide-soignante : « … »').
Every fragment is invented; the shapes are the real ones (docs/annotation.md)."""

from __future__ import annotations

import pytest

CASES: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    # -- a name after the closing mark that leads through a colon into the next quote
    (
        "two_colon_introductions",
        "Les conseils distinguent l'information de la publicité.\n\nPaul Lenoir, président de l'Union "
        "des conseils, précise: «Nous vérifions chaque chiffre avant de le publier.» Julie Caron, attachée "
        "de presse du Centre des jeunes artisans, ajoute: «Mon rôle est de relier les rédactions et les "
        "clients.»",
        [
            ("Paul Lenoir", "Nous vérifions chaque chiffre avant de le publier."),
            ("Julie Caron", "Mon rôle est de relier les rédactions et les clients."),
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
        "Le syndicat fête ses cinquante ans.\n\n« Nos adhérents travaillent la nuit comme le jour, "
        "affirme la vice-présidente du syndicat, Anne-Marie Besson. Ils attendent des horaires "
        "enfin stables. »",
        [
            ("Anne-Marie Besson", "Nos adhérents travaillent la nuit comme le jour"),
            ("Anne-Marie Besson", "Ils attendent des horaires enfin stables."),
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
    # -- a quote coordinated with the one before in its sentence shares its attribution
    (
        "coordinated_after_colon",
        "Une académie au riche passé, a rappelé Sébastien Thiriot, inspecteur : « Elle a ouvert le tout "
        "premier lycée agricole de la région », et « elle a accueilli très tôt des classes "
        "européennes ».",
        [
            ("Sébastien Thiriot", "Elle a ouvert le tout premier lycée agricole de la région"),
            ("Sébastien Thiriot", "elle a accueilli très tôt des classes européennes"),
        ],
    ),
    (
        "coordinated_after_verb",
        "« Le refuge accueille quarante chiens », précise Maëlle Guillou, présidente de la SPA locale, "
        "et « chacun attend une famille ».",
        [
            ("Maëlle Guillou", "Le refuge accueille quarante chiens"),
            ("Maëlle Guillou", "chacun attend une famille"),
        ],
    ),
    # -- a fragment given by a verb of saying in the gerund
    (
        "gerund_fragment",
        "Gilles Robinet a conclu son intervention en rappelant « la première exigence de toute "
        "classe : le calme ».",
        [("Gilles Robinet", "la première exigence de toute classe : le calme")],
    ),
    (
        "gerund_fragment_soulignant",
        "La préfète Anne Colin a clos la réunion en soulignant « l'engagement remarquable des bénévoles ».",
        [("Anne Colin", "l'engagement remarquable des bénévoles")],
    ),
    # -- an imperfect of a verb of saying
    (
        "lancait",
        "Le président de la chambre, Raymond Vidal, avait à coeur de les honorer. « Ce concours "
        "récompense des années de travail patient », lançait Raymond Vidal.",
        [("Raymond Vidal", "Ce concours récompense des années de travail patient")],
    ),
    # -- an incise that designates its speaker without naming them: no speaker
    (
        "incise_unnamed",
        "« J'ai cru à une erreur en lisant mon nom », confie Nathalie Orry. La lycéenne a remporté le prix "
        "de chimie. « Ils travaillent ensemble depuis janvier, explique leur professeure du lycée Vauban, "
        "à Brézac. Le groupe s'est soudé autour du projet. »",
        [
            ("Nathalie Orry", "J'ai cru à une erreur en lisant mon nom"),
            (
                None,
                "Ils travaillent ensemble depuis janvier, explique leur professeure du lycée Vauban, à "
                "Brézac. Le groupe s'est soudé autour du projet.",
            ),
        ],
    ),
    (
        "incise_role_holder",
        "Le maire de Vinsac, Hugo Ferrand, a inauguré la halle. « Le marché rouvrira en mai, explique "
        "le maire, avec douze producteurs. »",
        [("Hugo Ferrand", "Le marché rouvrira en mai, explique le maire, avec douze producteurs.")],
    ),
    # -- a speaker left unnamed by an indefinite article is no one, not the person named before
    (
        "rapporte_une_source",
        "« Son expérience des marchés asiatiques nous manquait », commente Emmanuel Ferrand, président du "
        "groupe. « Le conseil a hésité jusqu'au dernier jour », rapporte une source proche.",
        [
            ("Emmanuel Ferrand", "Son expérience des marchés asiatiques nous manquait"),
            (None, "Le conseil a hésité jusqu'au dernier jour"),
        ],
    ),
    (
        "confie_un_habitant",
        "La maire Claire Jouve a présenté le chantier. « On attendait ce pont depuis vingt ans », confie un "
        "habitant du quartier.",
        [(None, "On attendait ce pont depuis vingt ans")],
    ),
    (
        "indefinite_then_name",
        "« Ce vaccin protège enfin les nourrissons dès la naissance », s'est félicitée une responsable de "
        "l'agence, Patricia Morin, citée par un communiqué.",
        [("Patricia Morin", "Ce vaccin protège enfin les nourrissons dès la naissance")],
    ),
    # -- a known first name alone with a function, then a colon: a staff member's testimonial
    (
        "first_name_and_function_under_a_heading",
        "SOMMAIRE\nInès, aide-soignante à l'hôpital de Brézac: «On a tenu tout l'été, "
        "avec deux lits de plus par couloir»\n",
        [("Inès", "On a tenu tout l'été, avec deux lits de plus par couloir")],
    ),
    (
        "first_name_and_function_verb",
        "Le foyer rouvre ses portes. Karim, éducateur spécialisé, raconte : « Les jeunes sont revenus dès "
        "le premier soir. »",
        [("Karim", "Les jeunes sont revenus dès le premier soir.")],
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
        "« Ce nouveau logo, pour moi, ressemble à une étiquette de soda », déplore Pascal Marin.\n\nPour cet "
        "enseignant-chercheur en effet, « une faculté doit garder le nom de sa ville ».",
        [
            ("Pascal Marin", "Ce nouveau logo, pour moi, ressemble à une étiquette de soda"),
            ("Pascal Marin", "une faculté doit garder le nom de sa ville"),
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
        "Jeanne Morel a lu l'article. Selon ce quotidien, « la décision sera rendue en juin prochain ».",
        "Jeanne Morel dirige le réseau. Pour ce secteur, « la hausse des coûts reste très forte ».",
    ],
)
def test_a_demonstrative_that_names_no_person_names_no_speaker(nlp, text):
    doc = nlp(text)
    assert all(q["speaker"] != "Jeanne Morel" for q in doc._.quotes)
