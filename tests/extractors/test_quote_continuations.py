"""Session 19 shapes, read on the dev set's releases new to rule writers (a theatre, a clinic, a
national park, a water utility, a regional audit chamber) and written here as invented fragments: a
quote resumed after the incise naming its speaker, a second clause reported by the same verb, a
body subject set off from its verb by an apposition or followed by a relative clause, a role then a
name the entity extractor missed after 'Pour', a compound surname the mention cut, and a sentence
that goes on after an attributed quote. Expected values follow docs/annotation.md."""

from __future__ import annotations

import pytest

CASES: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    (
        "resumed_after_incise_straight",
        'La réserve sera fermée en avril.\n\n"Un seul passage de randonneur peut suffire à faire fuir '
        'les oiseaux", explique le garde Julien Marchal, "c\'est pour cela que nous demandons de rester '
        'sur les sentiers."',
        [
            ("Julien Marchal", "Un seul passage de randonneur peut suffire à faire fuir les oiseaux"),
            ("Julien Marchal", "c'est pour cela que nous demandons de rester sur les sentiers."),
        ],
    ),
    (
        "resumed_after_incise_guillemets",
        "« Les travaux dureront tout l'été sur la digue nord », précise Odile Ferrand, « et la plage "
        "restera ouverte aux baigneurs. »",
        [
            ("Odile Ferrand", "Les travaux dureront tout l'été sur la digue nord"),
            ("Odile Ferrand", "et la plage restera ouverte aux baigneurs."),
        ],
    ),
    (
        "second_reported_clause",
        "Dans sa réponse, la directrice générale de l'office, Sophie Lamarque, indique qu'« une partie "
        "des loyers bas était voulue pour attirer des familles » et que trois mesures sont « déjà en "
        "place depuis le printemps ».",
        [
            ("Sophie Lamarque", "une partie des loyers bas était voulue pour attirer des familles"),
            ("Sophie Lamarque", "déjà en place depuis le printemps"),
        ],
    ),
    (
        "body_subject_past_an_apposition",
        "L'association de consommateurs CLCV de l'Isère, consultée lors de la réunion du 4 mars, a "
        "salué la baisse du tarif mais demande « une vraie transparence sur les coûts du réseau ».",
        [("CLCV de l'Isère", "une vraie transparence sur les coûts du réseau")],
    ),
    (
        "body_before_a_relative_clause",
        "L'appel a été lancé par la Fédération nationale des transports (FNT), qui réclame une « hausse "
        "immédiate et durable » des salaires.",
        [("FNT", "hausse immédiate et durable")],
    ),
    (
        "role_then_missed_name_after_pour",
        "Le bloc opératoire ouvrira en mai.\n\nPour la directrice de la clinique, Ysaline Brocart, le "
        "chantier « montre qu'un établissement rural peut encore attirer des chirurgiens ».",
        [("Ysaline Brocart", "montre qu'un établissement rural peut encore attirer des chirurgiens")],
    ),
    (
        "compound_surname_and_its_role",
        "La saison s'ouvre en février.\n\n« On ne choisit plus un lieu sans penser à ceux qui viendront. »"
        "\nAmélie Roussel-N'Goma, directrice\n\nLe comité se réunit chaque mois. « Ils nous ont appris à "
        "penser au trajet », ajoute la directrice. « Le spectacle, c'est seulement le milieu. »",
        [
            ("Amélie Roussel-N'Goma", "On ne choisit plus un lieu sans penser à ceux qui viendront."),
            ("Amélie Roussel-N'Goma", "Ils nous ont appris à penser au trajet"),
            ("Amélie Roussel-N'Goma", "Le spectacle, c'est seulement le milieu."),
        ],
    ),
    # -- not speech, or not that body's
    (
        "apposition_then_no_verb_of_saying",
        "L'association de quartier Vivre à Brest, créée en 1990, organise la « fête des voisins du "
        "quartier » le 12 juin.",
        [],
    ),
    (
        "new_sentence_after_incise",
        "« Les travaux dureront tout l'été sur la digue », précise Odile Ferrand. « Les baigneurs "
        "garderont la plage sud ouverte. »",
        [
            ("Odile Ferrand", "Les travaux dureront tout l'été sur la digue"),
            ("Odile Ferrand", "Les baigneurs garderont la plage sud ouverte."),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_session_19_quote_shapes(nlp, text, expected):
    doc = nlp(text)
    assert [(q["speaker"], q["text"]) for q in doc._.quotes] == expected
