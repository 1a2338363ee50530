"""Session 10: speakers given by a title the release gives a person earlier ('», a déclaré la
sous-préfète', '», a ajouté la procureure', 'sous l'autorité du préfet de police de X, Y'), a
testimonial signed on the line under it ('Sandrine, 47 ans, bénévole'), and the one person a
release names. Invented fragments of public bodies, associations and companies, through the whole
pipeline."""

from __future__ import annotations

import pytest

CASES = [
    (
        "sous_prefete",
        "Claire Dumont, sous-préfète de Lannion, a présidé la cérémonie d'accueil.\n\n"
        "« Devenir Français, c'est rejoindre une communauté de citoyens », a déclaré la sous-préfète.",
        [("Claire Dumont", "Devenir Français, c'est rejoindre une communauté de citoyens")],
    ),
    (
        "prefet_de_police_and_procureure",
        "L'opération a été conduite sous l'autorité du préfet de police des Bouches-du-Rhône, Paul Renaud, "
        "et de la procureure de la République de Marseille, Anne Castel.\n\n"
        '"Nous reviendrons autant de fois qu\'il le faudra", a déclaré le préfet de police. "Les avoirs '
        'criminels seront saisis", a ajouté la procureure.',
        [
            ("Paul Renaud", "Nous reviendrons autant de fois qu'il le faudra"),
            ("Anne Castel", "Les avoirs criminels seront saisis"),
        ],
    ),
    (
        "recteur",
        "Le recteur de l'académie de Dijon, Marc Lenoir, a remis les prix du concours.\n\n"
        "« Ces élèves font honneur à l'école publique », a souligné le recteur.",
        [("Marc Lenoir", "Ces élèves font honneur à l'école publique")],
    ),
    (
        "testimonials_signed_under",
        "Paroles de bénévoles\n\n"
        "« Je tiens le stand du samedi matin depuis deux ans. »\nSandrine, 47 ans, bénévole à Limoges\n\n"
        "« Sans l'antenne du campus, je sauterais des repas. »\nYanis, 21 ans, étudiant à Grenoble",
        [
            ("Sandrine", "Je tiens le stand du samedi matin depuis deux ans."),
            ("Yanis", "Sans l'antenne du campus, je sauterais des repas."),
        ],
    ),
    (
        "only_person_of_the_release",
        "En déplacement à Fort-de-France, la secrétaire d'État chargée de la Mer, Inès Lafleur, a présenté "
        "le plan de lutte contre les sargasses.\n\nLe plan prévoit :\n\n1. un ramassage en 48 heures ;\n"
        "2. une surveillance de l'air.\n\n> « Les sargasses ne sont pas une fatalité. »\n\n"
        "Le plan sera évalué en 2027.",
        [("Inès Lafleur", "Les sargasses ne sont pas une fatalité.")],
    ),
    (
        "headline_over_a_name",
        "41 nouveaux Français accueillis à la sous-préfecture de Saint-Nazaire\n\n"
        "Marie-Laure Chevallier, sous-préfète de Saint-Nazaire, a présidé la cérémonie.\n\n"
        "« Bienvenue dans la communauté nationale », a déclaré Marie-Laure Chevallier.",
        [("Marie-Laure Chevallier", "Bienvenue dans la communauté nationale")],
    ),
]

CASES += [
    (
        "adjoint_with_a_complement",
        "La maire, Nathalie Roussel, et son adjoint à la démocratie locale, Didier Chapelle, ont présenté "
        "le budget participatif.\n\nL'adjoint a précisé que « les projets pourront être déposés jusqu'au "
        "15 mars sur la plateforme de la Ville ».",
        [
            (
                "Didier Chapelle",
                "les projets pourront être déposés jusqu'au 15 mars sur la plateforme de la Ville",
            )
        ],
    ),
    (
        "pour_x_subject_then_clause",
        "Pour Hervé Morin, président de la Région Normandie, ce projet « montre que l'industrie "
        "agroalimentaire a toute sa place dans nos territoires ».",
        [("Hervé Morin", "montre que l'industrie agroalimentaire a toute sa place dans nos territoires")],
    ),
]

CASES += [
    (
        "rank_before_the_name",
        "Cinq kitesurfeurs ont été secourus au large de Wimereux.\n\n« Ils ont eu le bon réflexe de rester "
        "groupés près de leurs ailes », souligne le capitaine de frégate Anne-Laure Guivarc'h, directrice "
        "du CROSS Gris-Nez.",
        [("Anne-Laure Guivarc'h", "Ils ont eu le bon réflexe de rester groupés près de leurs ailes")],
    ),
    (
        "colonel_before_the_name",
        "Un feu a parcouru 40 hectares.\n\n« Les secours sont intervenus en moins de dix minutes », précise "
        "le colonel Marc Dubreuil, directeur du SDIS.",
        [("Marc Dubreuil", "Les secours sont intervenus en moins de dix minutes")],
    ),
]

NOT_SPEECH = [
    (
        "pour_x_then_a_title",
        "Pour Marie Roy, présidente du festival, le spectacle « Le Jour où la mer est montée » sera le "
        "temps fort de l'édition.",
    ),
    (
        "slogan_alone_beside_the_only_person",
        "La présidente, Anne Roy, a lancé la campagne d'hiver.\n\n« Nos territoires ont du talent »\n\n"
        "Suite.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers_by_title_signature_and_release(nlp, text, expected):
    doc = nlp(text)
    assert [(q["speaker"], q["text"]) for q in doc._.quotes] == expected


@pytest.mark.parametrize("text", [c[1] for c in NOT_SPEECH], ids=[c[0] for c in NOT_SPEECH])
def test_a_guessed_speaker_makes_no_slogan_speech(nlp, text):
    assert nlp(text)._.quotes == []


def test_a_headline_does_not_run_into_the_name_under_it(nlp):
    doc = nlp(
        "41 nouveaux Français accueillis à la sous-préfecture de Saint-Nazaire\n\n"
        "Marie-Laure Chevallier, sous-préfète de Saint-Nazaire, a présidé la cérémonie."
    )
    names = [m["text"] for e in doc._.entities if e["label"] == "PER" for m in e["mentions"]]
    assert names == ["Marie-Laure Chevallier"]
