"""Where a body's complement ends: a season or a span of time after the name opens the sentence's phrase
('examiné par le Sénat au printemps', 'soutenu par la Fondation pour une durée de trois ans'); a seat
hyphenated over an elided article goes on ('des Côtes-d'Armor'). Invented fragments of a think tank, a
research project, a sports federation and a state service; a repeated preposition before a body's head or
a known body opens the next name ('du Conseil de l'Europe et de l'Union européenne')."""

import pytest


def names_of(nlp, text: str) -> list[str]:
    return [m["text"] for e in nlp(text)._.entities for m in e["mentions"]]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le dossier sera présenté à la Fédération française de cyclisme au printemps.",
            "Fédération française de cyclisme",
        ),
        (
            "Le projet est financé par la Commission européenne pour une durée de trois ans.",
            "Commission européenne",
        ),
        (
            "Le rapport de l'Observatoire régional de la santé pour la période 2020-2024 paraît.",
            "Observatoire régional de la santé",
        ),
    ],
)
def test_a_time_phrase_ends_the_name(nlp, text, name):
    assert name in names_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les agents de la direction départementale des territoires des Côtes-d'Armor sont intervenus.",
            "direction départementale des territoires des Côtes-d'Armor",
        ),
        (
            "Le musée reçoit l'appui du Conseil départemental de Seine-et-Marne.",
            "Conseil départemental de Seine-et-Marne",
        ),
    ],
)
def test_a_seat_hyphenated_over_an_elided_article_is_read_whole(nlp, text, name):
    assert name in names_of(nlp, text)


@pytest.mark.parametrize(
    "text, first, second",
    [
        (
            "Le projet est soutenu par le Conseil de l'Europe et de l'Union européenne depuis 2019.",
            "Conseil de l'Europe",
            "Union européenne",
        ),
        (
            "Le salon reçoit l'aide du Département de la Creuse, de la commune de Guéret et du Crédit "
            "Agricole.",
            "Département de la Creuse",
            "Crédit Agricole",
        ),
    ],
)
def test_a_repeated_preposition_before_a_body_opens_the_next_name(nlp, text, first, second):
    names = names_of(nlp, text)
    assert first in names and second in names, names


def test_a_repeated_preposition_before_a_portfolio_stays_in_the_name(nlp):
    text = "Le ministère de l'Économie et des Finances publie le rapport."
    names = names_of(nlp, text)
    assert "ministère de l'Économie et des Finances" in names, names


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Chaque lauréat reçoit la Charte des droits et devoirs du bénévole associatif.",
            "Charte des droits et devoirs du bénévole associatif",
        ),
        (
            "La commune signe le Pacte des villes et villages pour la biodiversité.",
            "Pacte des villes et villages pour la biodiversité",
        ),
    ],
)
def test_a_plural_noun_coordinated_after_a_plural_goes_on_the_name(nlp, text, name):
    assert name in names_of(nlp, text)


def test_a_singular_noun_after_et_still_opens_the_clause(nlp):
    names = names_of(nlp, "Elle siège à l'Académie des sciences et lauréate du prix Turing.")
    assert "Académie des sciences" in names


def test_an_adjective_the_tagger_took_for_a_verb_ends_the_name(nlp):
    names = names_of(nlp, "La mairie organise le Forum de l'emploi saisonnier le 4 avril à Carnac.")
    assert "Forum de l'emploi saisonnier" in names


def test_a_verb_after_a_name_stays_out(nlp):
    names = names_of(nlp, "Le Forum de l'emploi accueille cette année quarante recruteurs.")
    assert "Forum de l'emploi" in names


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La Chambre régionale des notaires de Bretagne s'associe à une campagne de prévention.",
            "Chambre régionale des notaires de Bretagne",
        ),
        (
            "La Communauté de communes du Val d'Orne a recours à un prestataire de transport.",
            "Communauté de communes du Val d'Orne",
        ),
        (
            "Le club rejoint la Fédération française de handball en classe Nationale 2.",
            "Fédération française de handball",
        ),
    ],
)
def test_a_phrase_of_the_sentence_ends_the_name(nlp, text, name):
    assert name in names_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La Délégation à la sécurité routière publie son bilan.",
            "Délégation à la sécurité routière",
        ),
        (
            "La Fondation pour la recherche médicale finance trois équipes.",
            "Fondation pour la recherche médicale",
        ),
    ],
)
def test_a_name_s_own_complement_goes_on(nlp, text, name):
    assert name in names_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les prix sont remis par Paul Ternon, vice-président du Département chargé des sports.",
            "Département",
        ),
        (
            "Selon Léa Morvan, vice-présidente de la Région chargée des transports, le pass est gratuit.",
            "Région",
        ),
    ],
)
def test_a_portfolio_after_a_local_authority_is_a_role_s(nlp, text, name):
    names = names_of(nlp, text)
    assert name in names and not any("chargé" in n for n in names)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La coopérative et la chambre d'agriculture de la\nCorrèze alertent sur le manque de repreneurs.",
            "chambre d'agriculture de la\nCorrèze",
        ),
        (
            "Réunie en séance plénière, l'Assemblée départementale du\nCantal a adopté son plan vélo.",
            "Assemblée départementale du\nCantal",
        ),
    ],
)
def test_a_complement_goes_on_over_a_wrapped_line(nlp, text, name):
    assert name in names_of(nlp, text)


def test_a_blank_line_ends_the_complement(nlp):
    names = names_of(nlp, "Rendez-vous au lycée de la\n\nCorrèze ouvre ses portes.")
    assert not any("\n" in name for name in names), names
