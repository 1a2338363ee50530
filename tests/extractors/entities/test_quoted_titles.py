"""Titles of works in quotation marks keep their article and their lower-case words, and
are things (MISC), not bodies; a quoted sentence, a person and a known body inside quotation marks
stay as they are. Invented fragments of a festival, a theatre season, a survey and a préfecture."""

import pytest

from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.titles import quoted_titles


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Jeu. 9/07 – Place du Marché : « Les Fourberies de Scapin », par la Compagnie du Rempart.",
            "Les Fourberies de Scapin",
        ),
        (
            "La saison s'ouvre avec « La Ronde des Marins », grande forme déambulatoire.",
            "La Ronde des Marins",
        ),
        (
            "L'agence publie la 5e vague de son baromètre « Les Français et la sobriété », mené en ligne.",
            "Les Français et la sobriété",
        ),
        (
            "Dimanche, la Fanfare Pétaradante joue le ciné-concert “Le Voyage de Lila” en plein air.",
            "Le Voyage de Lila",
        ),
    ],
)
def test_a_quoted_title_is_one_thing_with_its_article(nlp, text, title):
    assert labels_of(nlp, text).get(title) == "MISC"


def test_a_quoted_sentence_keeps_its_names(nlp):
    labels = labels_of(
        nlp, "« Nous remercions Claire Dupont et la Ville de Brest pour leur soutien », dit-il."
    )
    assert labels.get("Claire Dupont") == "PER" and labels.get("Ville de Brest") == "ORG"


def test_a_known_body_or_a_person_in_a_title_stays():
    text = "Le colloque « Le CNRS et la mer » accueille « Jeanne Morvan »."
    known = Candidate(text.index("CNRS"), text.index("CNRS") + 4, "ORG", "gazetteer", "gazetteer.fr_cnrs")
    person = Candidate(text.index("Jeanne"), text.index("Morvan") + 6, "PER", "model", "ner.per")
    assert quoted_titles(text, [known, person]) == [known, person]


@pytest.mark.parametrize(
    "text, title",
    [
        ("Le jury du prix « Zéro gaspi » a distingué trois cantines du Cantal.", "Zéro gaspi"),
        (
            "| Collèges | collège Jules-Ferry, Aurillac | « Les mains dans la terre » |",
            "Les mains dans la terre",
        ),
        (
            "Les bocaux sont vendus sous la mention « Cultivé près d'ici » dans vingt magasins.",
            "Cultivé près d'ici",
        ),
        ("L'enquête, baptisée « Tournesol », a duré six mois à Brest.", "Tournesol"),
        (
            'La chambre propose aux communes une charte "Accueil des saisonniers" pour loger 200 salariés.',
            "Accueil des saisonniers",
        ),
    ],
)
def test_quoted_words_no_rule_named_are_one_thing(nlp, text, title):
    assert labels_of(nlp, text).get(title) == "MISC"


@pytest.mark.parametrize(
    "text, words",
    [
        ("« Merci pour tout » lance-t-elle aux bénévoles de Valcourt.", "Merci pour tout"),
        ('"Merci pour tout" lance-t-elle aux bénévoles de Valcourt.', "Merci pour tout"),
        ("Les résultats sont en ligne dans la rubrique « Vie pratique » du site.", "Vie pratique"),
        ("Les entreprises du « Solidaire » emploient 300 salariés dans l'économie solidaire.", "Solidaire"),
        ("Le texte vise les grandes plateformes (« GAFAM ») et leurs filiales.", "GAFAM"),
    ],
)
def test_words_said_filed_or_set_off_are_no_name(nlp, text, words):
    assert words not in labels_of(nlp, text)


def test_a_quoted_quality_after_an_indefinite_head_is_no_name(nlp):
    found = {e["name"] for e in nlp("Les visiteurs ont salué un salon « simple et chaleureux ».")._.entities}
    assert "simple et chaleureux" not in found, found


def test_a_quoted_lower_case_title_after_an_indefinite_head_stays_a_name(nlp):
    found = {
        e["name"]: e["label"]
        for e in nlp("Le musée ouvre une exposition « les marées lentes » samedi.")._.entities
    }
    assert found.get("marées lentes") == "MISC", found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Prix de l'audace : équipe « Les Goélands », collège de Plouzané.", "Les Goélands"),
        ("Les élèves de l'équipe « Robo'Kids » ont remporté hier le trophée.", "Robo'Kids"),
        (
            "Les bénévoles de l'association « Les Amis du Vieux Port » organisent une collecte.",
            "Les Amis du Vieux Port",
        ),
    ],
)
def test_a_body_s_kind_noun_before_the_marks_makes_a_body(nlp, text, name):
    labels = {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert labels.get(name) == "ORG"


def test_a_verb_between_the_body_and_the_marks_names_its_product(nlp):
    text = "Notre coopérative lance « Grêlon », une garantie contre la grêle."
    labels = {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert labels.get("Grêlon") == "MISC"
