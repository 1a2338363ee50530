"""Speakers that are bodies, titled names or names the entity extractor missed (invented fragments)."""

import re

import pytest

from pipeline.extractors.quote_bodies import strip_title, titled_name_at
from pipeline.extractors.quotes import extract_quotes


def spans(text: str, *names: str) -> list[tuple[int, int, str]]:
    return sorted((m.start(), m.end(), name) for name in names for m in re.finditer(re.escape(name), text))


def speakers(text: str, persons=(), bodies=()) -> list[tuple[str | None, str]]:
    quotes = extract_quotes(text, spans(text, *persons), spans(text, *bodies))
    return [(q["speaker"], q["text"]) for q in quotes]


@pytest.mark.parametrize(
    ("text", "bodies", "speaker"),
    [
        (
            "« La vaccination reste la meilleure protection contre la grippe », souligne l'ARS Bretagne.",
            ["ARS Bretagne"],
            "ARS Bretagne",
        ),
        # a body the entity extractor missed, named by its head-word and a proper complement
        (
            "« Les écoles resteront fermées jeudi en raison de la tempête », indique la mairie de Lyon.",
            [],
            "mairie de Lyon",
        ),
        (
            "« Les exercices se dérouleront sans munitions réelles », explique le ministère des Armées.",
            [],
            "ministère des Armées",
        ),
        (
            "« Les visites sont suspendues dans les services », précise le Centre hospitalier de Dax.",
            [],
            "Centre hospitalier de Dax",
        ),
        # a classifier before a company's name is not part of it
        (
            "« Le site de Douai restera ouvert et aucun emploi ne sera supprimé », assure le groupe Renault.",
            [],
            "Renault",
        ),
    ],
)
def test_body_named_after_the_attribution_verb(text, bodies, speaker):
    assert speakers(text, bodies=bodies)[0][0] == speaker


def test_bare_body_noun_is_the_body_the_document_named_with_that_head_word():
    text = (
        "La préfecture de la Gironde a activé le plan canicule.\n\n"
        "« Les personnes vulnérables doivent être contactées chaque jour », déclare la préfecture.\n\n"
        "L'association Vélo Cité organise une bourse aux vélos.\n\n"
        "« Nous voulons que chacun puisse rouler à moindre coût », souligne l'association."
    )
    assert [s for s, _ in speakers(text, bodies=["préfecture de la Gironde", "Vélo Cité"])] == [
        "préfecture de la Gironde",
        "Vélo Cité",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "« Le budget donne la priorité aux collèges et aux routes », explique le Département.",
        "« Aucun licenciement n'est prévu à ce stade du projet », indique la direction de l'usine.",
        "« Nous attendons plus de 2 000 licenciés cette saison », explique le président de la fédération.",
        "« Les restrictions d'eau s'appliquent jusqu'au 30 septembre », précise l'arrêté préfectoral.",
    ],
)
def test_an_unnamed_body_or_role_or_a_document_gives_speech_without_a_speaker(text):
    assert speakers(text) == [(None, text[2 : text.index(" »")])]


def test_a_role_noun_after_the_verb_is_no_body_even_before_a_named_body():
    text = "« Il faut consulter dès les premiers symptômes », insiste le directeur de l'ARS Normandie."
    assert speakers(text, bodies=["ARS Normandie"])[0][0] is None


@pytest.mark.parametrize(
    ("text", "bodies", "speaker"),
    [
        ("Selon l'ARS, « la situation reste maîtrisée dans l'ensemble du département ».", ["ARS"], "ARS"),
        ("Selon Météo-France, « les orages pourront être localement violents ce soir ».", [], "Météo-France"),
        ("D'après la SNCF, « le trafic sera rétabli progressivement dans la soirée ».", [], "SNCF"),
        (
            "Plus de 4 000 élèves ont participé. Pour Inès, élève de 3e au collège, « participer m'a donné "
            "envie de devenir ingénieure ».",
            [],
            "Inès",
        ),
    ],
)
def test_introducer_opening_the_sentence_with_a_body_or_a_missed_name(text, bodies, speaker):
    assert speakers(text, bodies=bodies)[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "bodies", "speaker"),
    [
        (
            "L'UFC-Que Choisir dénonce : « Les prix de l'énergie ont augmenté de 40 % en deux ans. »",
            [],
            "UFC-Que Choisir",
        ),
        (
            "L'association Vélo Cité rappelle : « Chaque année, plus de 300 vélos sont volés en ville. »",
            ["Vélo Cité"],
            "Vélo Cité",
        ),
        (
            "de la société Brix. L'April et Framasoft\navaient déjà dénoncé « une véritable entorse à la "
            "neutralité scolaire ».",
            ["April", "Framasoft"],
            "April et Framasoft",
        ),
    ],
)
def test_body_as_subject_of_a_speech_verb_leading_to_the_quote(text, bodies, speaker):
    assert speakers(text, bodies=bodies)[0][0] == speaker


def test_a_body_whose_verb_does_not_speak_does_not_make_a_title_speech():
    text = "La région lance le plan « Tous à vélo dans nos villes et villages » ce printemps."
    assert speakers(text) == []


def test_titles_are_not_part_of_the_speaker():
    text = "« Il faut consulter dès les premiers symptômes », insiste le Dr Hélène Vasseur, infectiologue."
    assert speakers(text)[0][0] == "Hélène Vasseur"
    assert strip_title("Dr Claire Morin") == "Claire Morin"
    assert strip_title("Mme Anne Roy") == "Anne Roy"
    assert strip_title("Mehdi Amrani") == "Mehdi Amrani"
    assert strip_title("M. Rousseau") == "Rousseau"


@pytest.mark.parametrize(
    ("text", "bodies", "speaker"),
    [
        (
            "La Fédération française de cardiologie rappelle : « Trente minutes de marche suffisent. »",
            [],
            "Fédération française de cardiologie",
        ),
        # an ORG mention that swallowed the verb
        (
            "La Caisse nationale d'assurance maladie précise : « Le forfait sera remboursé dès janvier. »",
            ["Caisse nationale d'assurance maladie précise"],
            "Caisse nationale d'assurance maladie",
        ),
    ],
)
def test_body_named_in_sentence_case(text, bodies, speaker):
    assert speakers(text, bodies=bodies)[0][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« J'ai adoré résoudre les énigmes avec mon équipe », raconte Léo, 15 ans, élève de seconde.",
            "Léo",
        ),
        ("« Nous avons récolté 2 000 euros pour le foyer de la ville », explique Amina.", "Amina"),
    ],
)
def test_a_first_name_alone_after_the_attribution_verb(text, speaker):
    assert speakers(text)[0][0] == speaker


def test_titled_name_after_the_window_is_none():
    """An attribution that ran past its sentence's end starts beyond the window: no name, no crash."""
    text = "« Restez chez vous », a rappelé M. Dufresne. La préfecture suit la situation."
    name = re.compile(r"[A-Z][a-z]+")
    assert titled_name_at(text, text.index("La "), text.index("M. "), name) is None
    assert titled_name_at(text, text.index(" M. "), len(text), name) == (
        text.index("Dufresne"),
        text.index("Dufresne") + len("Dufresne"),
        "Dufresne",
    )
