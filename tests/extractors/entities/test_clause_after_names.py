"""Where a name ends before the sentence's phrase: 'pour', 'sur', 'à' and a lower-case phrase after a name
that ends on a proper name ('… de Lorient sur un chiffre record', '… des Territoires pour l'achat'); a local
authority's head-word before such a preposition ('une aide de la Région à l'équipement'); a participle and
its agent after 'et' ('… de la Culture et menés par …'); a body's head-word glued into a place's compound
('la gare de Nantes-Centre au quartier …'). Invented fragments; mirrors gazetteer_structures.py and
candidates.py."""

import pytest


def names_of(nlp, text: str) -> list[str]:
    return [m["text"] for e in nlp(text)._.entities for m in e["mentions"]]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le salon s'est achevé au Palais des Congrès de Lorient sur un chiffre record de visiteurs.",
            "Palais des Congrès de Lorient",
        ),
        (
            "Un partenariat est signé avec l'université de Picardie sur les licences en alternance.",
            "université de Picardie",
        ),
        (
            "Deux millions sont apportés par la Caisse des Dépôts pour l'achat de nouveaux bus.",
            "Caisse des Dépôts",
        ),
    ],
)
def test_a_lower_case_phrase_after_a_proper_name_is_the_sentence(nlp, text, name):
    names = names_of(nlp, text)
    assert name in names
    assert not any(n.startswith(name + " ") for n in names)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La Délégation à la sécurité routière publie son bilan annuel.",
            "Délégation à la sécurité routière",
        ),
        (
            "Le Centre d'études sur les risques et l'environnement publie une note.",
            "Centre d'études sur les risques et l'environnement",
        ),
    ],
)
def test_a_complement_after_a_head_or_a_common_noun_stays(nlp, text, name):
    assert name in names_of(nlp, text)


def test_a_programme_s_title_goes_on_after_a_proper_name(nlp):
    text = "La France soutient la Stratégie de Lisbonne pour une croissance durable et inclusive."
    assert "Stratégie de Lisbonne pour une croissance durable et inclusive" in names_of(nlp, text)


def test_an_authority_takes_no_complement_with_a(nlp):
    names = names_of(
        nlp, "Les familles reçoivent une aide de la Région à l'équipement informatique des élèves."
    )
    assert not any(n.startswith("Région à") for n in names)


def test_a_participle_and_its_agent_end_the_name(nlp):
    text = (
        "Les travaux ont été financés par le ministère de la Culture et menés par un cabinet d'architectes."
    )
    names = names_of(nlp, text)
    assert "ministère de la Culture" in names
    assert not any("menés" in n for n in names)


def test_a_head_word_glued_into_a_compound_heads_nothing(nlp):
    text = "La ligne reliera la gare de Nantes-Centre au quartier Saint-Félix dès 2027."
    assert not any("au quartier" in n for n in names_of(nlp, text))


def test_a_coined_firm_after_its_kind_noun_leaves_its_town_out(nlp):
    text = "Ils recruteront six intérimaires par l'intermédiaire de l'agence Kelvorim de Roanne."
    names = names_of(nlp, text)
    assert "Kelvorim" in names
    assert "Kelvorim de Roanne" not in names


def test_a_brand_s_seat_may_be_a_town_spelt_like_a_common_word(nlp):
    names = names_of(nlp, "Le recrutement passe par Kelvorim de Rennes, qui ouvre six postes.")
    assert "Kelvorim" in names and "Rennes" in names
    names = names_of(nlp, "Les refuges des Alpes du Nord rouvrent en juin.")
    assert "Nord" not in names


def test_a_school_named_after_a_person_keeps_its_town(nlp):
    text = "La remise des prix aura lieu au lycée Armand de Vitré en présence des familles."
    names = names_of(nlp, text)
    assert "lycée Armand de Vitré" in names
    assert "lycée Armand" not in names
