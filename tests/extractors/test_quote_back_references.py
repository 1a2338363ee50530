"""Session 18: a speaker given by a noun that refers back to a person named earlier under another
word for the same office ('le docteur X' … '», ajoute le médecin'; 'leur professeur X' … '»,
assure l'enseignant'; 'la présidente du Département' … '», précise l'élue'), a role with an
adjective before its complement ('le directeur départemental des territoires, X' … '», a indiqué
le directeur'), English attributions ('”, he added', 'According to X, “…”', an appended English
part), 'Aux yeux de X', 'De l'avis de X', more verbs of saying, a judgement after an indefinite
title noun; 'Selon le rapport, « … »' is a document's wording, not speech. Every fragment is
invented; the shapes are those of releases of local bodies, federations, schools and companies.
Expected values follow docs/annotation.md."""

from __future__ import annotations

import pytest

CASES: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    (
        "docteur_then_medecin",
        "Le projet a été porté par Nadine Vidal, présidente de la communauté de communes. Le docteur "
        "Hugo Barre, qui coordonne l'équipe, s'installe dans le bourg.\n\n« Ce bâtiment est notre "
        "réponse aux déserts médicaux », souligne la présidente.\n\n« Travailler en équipe a convaincu "
        "les jeunes praticiens », ajoute le médecin.",
        [
            ("Nadine Vidal", "Ce bâtiment est notre réponse aux déserts médicaux"),
            ("Hugo Barre", "Travailler en équipe a convaincu les jeunes praticiens"),
        ],
    ),
    (
        "role_with_adjective_then_head",
        "Le président de la fédération, Gilles Morand, a présenté les comptes. Présent à l'assemblée, "
        "le directeur départemental des territoires, Yves Perret, a rappelé le calendrier.\n\n« Nous "
        "travaillerons avec la fédération sur les zones les plus touchées », a indiqué le directeur.",
        [("Yves Perret", "Nous travaillerons avec la fédération sur les zones les plus touchées")],
    ),
    (
        "professeur_then_enseignant",
        "Le projet a été lancé par leur professeur Denis Caradec avec la proviseure, Agnès Lemoine.\n\n"
        "« Les entreprises nous appellent déjà pour recruter nos élèves », assure l'enseignant.",
        [("Denis Caradec", "Les entreprises nous appellent déjà pour recruter nos élèves")],
    ),
    (
        "presidente_du_departement_then_elue",
        "La convention a été signée par Odile Ferrand, présidente du Département, et Marc Tual, "
        "président de la chambre de métiers.\n\n« Nous financerons un tuteur pour chaque apprenti », "
        "précise l'élue.",
        [("Odile Ferrand", "Nous financerons un tuteur pour chaque apprenti")],
    ),
    (
        "english_he_added",
        "Le groupe ouvre une usine à Metz.\n\n“This plant is a milestone for our growth in Europe,” "
        "said Anna Ruiz, chief operating officer. “We will hire 200 people by 2027,” she added.\n\n"
        "La production démarrera en juin avec une première équipe de quarante salariés formés sur place.",
        [
            ("Anna Ruiz", "This plant is a milestone for our growth in Europe"),
            ("Anna Ruiz", "We will hire 200 people by 2027"),
        ],
    ),
    (
        "english_according_to",
        "Les travaux commencent en mai.\n\nAccording to Paul Brandt, head of research, “the new lab "
        "will focus on batteries for heavy trucks.”\n\nLe laboratoire ouvrira en 2027 sur le campus.",
        [("Paul Brandt", "the new lab will focus on batteries for heavy trucks.")],
    ),
    (
        "appended_english_part",
        "« Nous sommes fiers d'accueillir le festival pour la dixième fois », déclare Paul Marin, maire "
        "de Brest.\n\nLa billetterie ouvre le 1er septembre.\n\nENGLISH VERSION\n\nThe festival returns "
        "to Brest in October with forty films from twelve countries.\n\n“We are proud to host the "
        "festival for the tenth time,” says Paul Marin, mayor of Brest.",
        [
            ("Paul Marin", "Nous sommes fiers d'accueillir le festival pour la dixième fois"),
            ("Paul Marin", "We are proud to host the festival for the tenth time"),
        ],
    ),
    (
        "judgement_after_indefinite_title_noun",
        "Les exposants ont salué un salon « utile et concret ». Les rendez-vous ont été nombreux.",
        [(None, "utile et concret")],
    ),
    ("name_after_indefinite_title_noun", "Un dispositif appelé « chèque énergie » est versé en avril.", []),
    (
        "representant_de_l_etat",
        "Le préfet de l'Orne, Thierry Lambert, a pris un arrêté.\n\n« Chacun doit limiter sa "
        "consommation dès aujourd'hui », a rappelé le représentant de l'État.",
        [("Thierry Lambert", "Chacun doit limiter sa consommation dès aujourd'hui")],
    ),
    (
        "aux_yeux_de",
        "Aux yeux de Louise Bertin, présidente du jury, « ce palmarès récompense l'audace ».",
        [("Louise Bertin", "ce palmarès récompense l'audace")],
    ),
    (
        "de_l_avis_de",
        "De l'avis de Louise Bertin, présidente du jury, « ce palmarès récompense l'audace ».",
        [("Louise Bertin", "ce palmarès récompense l'audace")],
    ),
    (
        "preside_then_le_president",
        "Élu en mars, Thierry Vallon préside la communauté de communes. Il a reçu la sous-préfète, "
        "Anne Lamy.\n\n« Nous avons voulu un budget sobre et lisible », explique le président.",
        [("Thierry Vallon", "Nous avons voulu un budget sobre et lisible")],
    ),
    (
        "qui_dirige_then_le_directeur",
        "Le projet a été présenté par Hugo Marin, qui dirige l'école de musique, et par le maire, Paul "
        "Roche.\n\n« Cent élèves de plus pourront s'inscrire à la rentrée », précise le directeur.",
        [("Hugo Marin", "Cent élèves de plus pourront s'inscrire à la rentrée")],
    ),
    ("selon_le_rapport", "Selon le rapport, « la moitié des communes n'ont pas de plan à jour ».", []),
    ("d_apres_l_etude", "D'après l'étude, « un ménage sur trois renonce à se chauffer ».", []),
]

VERBS = ["complète", "abonde", "signale", "soupire", "réplique", "murmure", "apprécie", "a prévenu"]


@pytest.mark.parametrize("text, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_back_references_and_english_attributions(nlp, text, expected):
    assert [(q["speaker"], q["text"]) for q in nlp(text)._.quotes] == expected


@pytest.mark.parametrize("verb", VERBS)
def test_more_verbs_of_saying_attribute(nlp, verb):
    text = f"« Le gymnase sera terminé avant la fin de l'année », {verb} Paul Garnier, adjoint aux sports."
    assert [(q["speaker"], q["text"]) for q in nlp(text)._.quotes] == [
        ("Paul Garnier", "Le gymnase sera terminé avant la fin de l'année")
    ]
