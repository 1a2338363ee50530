"""A year written right after a name dates a plan, a programme, a survey or an event, and is part of its
name (MISC). Invented fragments of a ministry, a company, a health agency and a region; persons, bodies,
towns, months and compounds keep their own label."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le projet est financé par France 2030 à hauteur de 2 M€.", "France 2030"),
        ("C'est une étape de notre plan Horizon 2030, explique la présidente.", "Horizon 2030"),
        ("Les résultats de l'enquête Noyades 2024 sont publiés ce jour.", "Noyades 2024"),
        ("Le dispositif Cap Jeunes 2026-2028 est lancé par la Région.", "Cap Jeunes 2026-2028"),
    ],
)
def test_a_year_after_a_name_closes_it(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "MISC"


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Nantes 2025 : la ville dresse le bilan de la saison.", "Nantes 2025"),
        ("Le contrat de plan État-Région 2021-2027 finance la ligne.", "Région 2021-2027"),
        ("Claire Morvan 2024 a été élue.", "Claire Morvan 2024"),
        ("Le Centre hospitalier de Dax 2025 investit.", "Centre hospitalier de Dax 2025"),
    ],
)
def test_a_place_a_compound_a_person_or_a_body_takes_no_year(nlp, text, absent):
    assert absent not in labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Mentions légales · Plan du site · © Ifremer 2025", "Ifremer 2025"),
        ("Accessibilité - Copyright Sodelva 2024", "Sodelva 2024"),
    ],
)
def test_a_copyright_notice_dates_no_name(nlp, text, absent):
    assert absent not in labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "Nos ateliers mémoire dans 40 communes | Résultats 2024\n\nLa mutuelle publie son bilan.",
            "Résultats 2024",
        ),
        (
            "Baccalauréat 2026 : le calendrier des épreuves\n\nLes épreuves débutent le 15 juin.",
            "Baccalauréat",
        ),
    ],
)
def test_a_lone_common_noun_and_its_year_are_a_heading(nlp, text, absent):
    assert not any(absent in name for name in labels_of(nlp, text))


def test_a_kind_noun_before_a_common_noun_and_its_year_makes_a_name(nlp):
    text = "L'hôpital rejoint le programme Greffe 2030 avec trois autres centres."
    assert labels_of(nlp, text).get("Greffe 2030") == "MISC"


def test_an_event_named_without_its_year_is_the_same_event(nlp):
    text = "BRIXOLAN 2027 : un salon en hausse.\n\nDu 3 au 5 mars, le salon Brixolan a reçu 4 000 visiteurs."
    things = [e for e in nlp(text)._.entities if e["label"] == "MISC"]
    assert len(things) == 1, things
    assert {m["text"] for m in things[0]["mentions"]} == {"BRIXOLAN 2027", "Brixolan"}
