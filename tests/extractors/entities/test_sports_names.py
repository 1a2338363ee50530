"""Sports clubs and divisions, named the French way: a club's acronym or word then its town or the town's
demonym ('AS Romorantin', 'Stade Toulousain'), a division by its level and number ('Fédérale 1'). Invented
fragments of a club, a league, a town hall and a regional council; stadiums and figures stay out."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        ("L'AS Vernouillet s'est imposée face à l'équipe réserve.", "AS Vernouillet"),
        ("Rencontre Stade Castelbriantais / US Pontivy du 7 février (J13).", "Stade Castelbriantais"),
        ("Rencontre Stade Castelbriantais / US Pontivy du 7 février (J13).", "US Pontivy"),
        ("La Ville accueillera l'Olympique Lannionais pour un tournoi de jeunes.", "Olympique Lannionais"),
        ("Le CA Montluçon recrute deux éducateurs pour la saison prochaine.", "CA Montluçon"),
        ("La Région soutient le Rugby Club Vendômois et ses 300 licenciés.", "Rugby Club Vendômois"),
        ("Ancien joueur de l'Olympique de Marseille, il rejoint le staff.", "Olympique de Marseille"),
    ],
)
def test_a_club_named_after_its_town_is_a_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("La finale se jouera au Stade de France le 28 juin.", "Stade de France"),
        ("La cérémonie aura lieu au Stade Pierre-Mauroy.", "Stade Pierre-Mauroy"),
    ],
)
def test_a_stadium_is_no_club(nlp, text, name):
    assert labels_of(nlp, text).get(name) != "ORG"


def test_an_acronym_before_a_figure_is_no_club(nlp):
    assert labels_of(nlp, "Le CA 2025 de la coopérative progresse de 4 %.").get("CA 2025") != "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("L'équipe première évolue en Fédérale 2 depuis trois saisons.", "Fédérale 2"),
        ("Le club monte en Nationale 3 et vise la Pro D2 d'ici 2028.", "Pro D2"),
        ("Le club monte en Nationale 3 et vise la Pro D2 d'ici 2028.", "Nationale 3"),
        ("Match de Régionale 1 (J14) : report au 21 mars.", "Régionale 1"),
        ("Ses deux saisons en Top 14 ont marqué le public.", "Top 14"),
    ],
)
def test_a_division_is_a_named_thing(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC"


@pytest.mark.parametrize(
    "text",
    ["Elle figure dans le Top 3 des ventes.", "La route nationale 7 sera fermée entre les deux communes."],
)
def test_a_rank_or_a_road_is_no_division(nlp, text):
    assert not any(label == "MISC" for label in labels_of(nlp, text).values())


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le tournoi qualifie pour le championnat de France, prévu à Vichy en mai.", "championnat de France"),
        ("Elle a fini quatrième aux championnats d'Europe à Porto.", "championnats d'Europe"),
        (
            "Les Championnats de France élite de water-polo se jouent à Nantes.",
            "Championnats de France élite de water-polo",
        ),
        (
            "Le lac accueille le championnat de France de longue distance en juin.",
            "championnat de France de longue distance",
        ),
    ],
)
def test_a_national_or_world_championship_is_one_event(nlp, text, name):
    labels = {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert labels.get(name) == "MISC", labels


@pytest.mark.parametrize(
    "text, name",
    [
        ("Vent de force 7 : le Raid des Trois Pointes reporté au dimanche.", "Raid des Trois Pointes"),
        ("Le Rallye des Coteaux partira samedi de la place du marché.", "Rallye des Coteaux"),
        ("Les Régates de l'Étang réunissent 40 équipages ce week-end.", "Régates de l'Étang"),
    ],
)
def test_a_race_named_by_its_kind_is_an_event(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le club dispute sa troisième saison en Ligue B la saison prochaine.", "Ligue B"),
        ("L'objectif est l'accession à la Ligue A au printemps prochain.", "Ligue A"),
        ("Club professionnel – Ligue B masculine", "Ligue B masculine"),
        ("La salle affiche complet à chaque rencontre de NM1 depuis janvier.", "NM1"),
    ],
)
def test_a_division_named_by_a_letter_or_its_acronym_is_a_named_thing(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC", labels_of(nlp, text)
