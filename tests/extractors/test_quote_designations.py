"""Speakers designated before being named: a role opening the sentence with a determiner and then
its holder ('Son PDG, X, se dit confiant : « … »') is the holder, not the role; a body given by its
common noun ('», indique l'association') is the body named earlier with that noun, with the name's
own capitalised article ('l'association Les Restos …' → 'Les Restos …') but not a sentence's article
('La préfecture de la Gironde …' → 'préfecture de la Gironde'). Invented fragments."""

from __future__ import annotations

import pytest

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "company_ceo_acronym",
        "Le groupe Valoris publie ses résultats. Son PDG, Marc Lefort, se dit confiant : « Nous avons "
        "traversé une année difficile mais nos fondamentaux sont solides. »",
        ["Marc Lefort"],
    ),
    (
        "agency_director_acronym",
        "L'agence publie son bilan. Le DG de l'agence, Sophie Marchal, précise : « Nous avons traité "
        "deux fois plus de dossiers que l'an dernier. »",
        ["Sophie Marchal"],
    ),
    (
        "role_without_a_determiner_then_its_holder",
        "L'incubateur a suivi douze jeunes pousses. Fondatrice de Brumalis, Nolwenn Kerjean résume son "
        "année : « Sans l'incubateur, je serais encore seule avec un prototype. »",
        ["Nolwenn Kerjean"],
    ),
    (
        "role_without_a_name_names_no_one",
        "Valoris publie ses résultats. Son PDG se dit confiant : « Nous avons traversé une année "
        "difficile. »",
        [None],
    ),
    (
        "title_named_only_in_the_signature",
        "La commission de discipline a examiné quatre dossiers.\n\nLe président de la Commission rappelle "
        "que « le respect de l'arbitre n'est pas négociable, à tous les niveaux ».\n\nPour la Commission,\n"
        "Le président,\nAlain FERRAND\n",
        ["Alain FERRAND"],
    ),
    (
        "association_president_signature",
        "L'association Lire Ensemble tiendra son assemblée générale le 4 avril.\n\nLa présidente de "
        "l'association rappelle que « chaque bénévole compte pour faire vivre la lecture à Vitré ».\n\n"
        "Pour le conseil d'administration de Lire Ensemble,\nLa présidente,\nMartine Leroy\n",
        ["Martine Leroy"],
    ),
    (
        "signature_of_another_body_names_no_one",
        "Le conseil municipal a voté le budget.\n\nLe président de la Région rappelle que « les lycées "
        "seront tous rénovés d'ici à 2030 ».\n\nPour le Département,\nLe président,\nPaul Vidal\n",
        [None],
    ),
    (
        "association_with_its_own_article",
        "L'association Les Restos du Cœur de l'Ain lance sa collecte.\n« Nous avons besoin de bénévoles "
        "pour ce week-end de collecte », indique l'association.",
        ["Les Restos du Cœur de l'Ain"],
    ),
    (
        "collective_with_its_own_article",
        "Le collectif La Roue Libre organise une balade. « Venez nombreux avec vos vélos ce dimanche », "
        "lance le collectif.",
        ["La Roue Libre"],
    ),
    (
        "prefecture_sentence_article_left_out",
        "La préfecture de la Gironde a activé le plan canicule. « Chacun doit veiller sur ses proches les "
        "plus fragiles », rappelle la préfecture.",
        ["préfecture de la Gironde"],
    ),
    (
        "role_of_several_words_set_off_by_a_comma",
        "Pour le 14 Juillet, le préfet de police, Olivier Ranvier, mobilise 4 000 agents.\n\nLe préfet de "
        "police a déclaré : « Chacun doit pouvoir profiter de la fête en sécurité. »",
        ["Olivier Ranvier"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_designated_speakers(nlp, text, expected):
    assert [q["speaker"] for q in nlp(text)._.quotes] == expected
