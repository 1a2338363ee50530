"""Capitalised words that are not names: a common word after a possessive, a role or its portfolio
in title case, a kicker's colon. Invented fragments of company, federation, association and
ministry releases."""

import pytest


def mentions_of(nlp, text: str) -> set[str]:
    return {m["text"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, word",
    [
        ("Parcours du Cœur 2024 : Bougez pour votre Cœur !", "Cœur"),
        ("Profitez de notre Offre Découverte jusqu'au 30 juin.", "Offre"),
        ("Les bénévoles présentent leurs Actions dans les écoles.", "Actions"),
    ],
)
def test_no_name_after_a_possessive(nlp, text, word):
    found = mentions_of(nlp, text)
    assert word not in found and not any(m.startswith(word + " ") and "2024" not in m for m in found)


@pytest.mark.parametrize(
    "text, role_word",
    [
        ("Marie Lefèvre était auparavant Responsable Grands Comptes chez Danone.", "Comptes"),
        ("La directrice Innovation de Brixol, Claire Morvan, présente le projet.", "Innovation"),
        ("Jean-Yves Jeannas, vice-président Éducation de l'AFUL, répond aux questions.", "Éducation"),
    ],
)
def test_a_role_or_its_portfolio_in_title_case_names_nobody(nlp, text, role_word):
    assert not any(role_word in m for m in mentions_of(nlp, text))


def test_a_person_after_a_title_is_still_read(nlp):
    found = mentions_of(nlp, "La présidente Claire Morvan a ouvert la séance ; M. Petit a répondu.")
    assert "Claire Morvan" in found


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le groupe annonce ses résultats.\n\nÀ PROPOS DE LEGRAND\nLegrand est un groupe industriel.",
            "LEGRAND",
        ),
        ("Le concours ouvre.\n\nA PROPOS D'ANIMATH\nAnimath est une association.", "ANIMATH"),
    ],
)
def test_an_about_heading_names_the_body_not_its_words(nlp, text, name):
    found = mentions_of(nlp, text)
    assert not any("PROPOS" in m for m in found)
    assert name in found


@pytest.mark.parametrize(
    "text, word",
    [
        ("La nouvelle unité est installée au deuxième étage du bâtiment Sud de l'hôpital de Niort.", "Sud"),
        ("Standard : 05 49 00 00 00 – Courriel : presse@cc-thouars.fr", "Courriel"),
        ("Permanence presse : 02 97 00 00 00 | Astreinte : 06 80 00 00 00", "Astreinte"),
        ("Le magasin adopte le concept « Home Studio » pour accompagner les clients de Valence.", "Studio"),
        (
            "Horaires de la Maison du vélo | Téléphone : 02 99 00 00 00 | Courriel : velo@rennes.fr",
            "Courriel",
        ),
        (
            "Selon l'enquête Besoins en main-d'œuvre publiée ce jeudi, les embauches progressent en Vendée.",
            "Besoins",
        ),
    ],
)
def test_a_dictionary_word_the_model_took_for_a_name_is_no_name(nlp, text, word):
    assert word not in mentions_of(nlp, text)


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Les agents utilisent désormais Tchap, la messagerie de l'État, avec les mairies.", "Tchap", "MISC"),
        ("Les écoles du François et du Robert ont fermé en Martinique.", "Robert", "LOC"),
        ("La Vienne, la Creuse et la Glane ont débordé, selon la préfecture de Limoges.", "Glane", "LOC"),
    ],
)
def test_a_product_or_a_listed_place_keeps_its_label(nlp, text, name, label):
    found = {e["name"]: e["label"] for e in nlp(text)._.entities}
    assert found.get(name) == label


@pytest.mark.parametrize(
    "text",
    [
        "L'arrêté du 4 juin 2026 fixe la liste des communes concernées par les restrictions d'eau.",
        "Conformément au décret du 12 décembre 2025, les tarifs de la Caisse primaire augmentent.",
        "Un arrêté préfectoral du 3 mars 2026 interdit la baignade au lac de Vassivière.",
        "En application de l'arrêté n° 2026-00418 du 2 avril 2026, la vente d'alcool est interdite.",
        "L'arrêté n° 44-2026-05-11-00007 est affiché en mairie.",
    ],
)
def test_a_legal_text_designated_by_its_date_alone_is_no_name(nlp, text):
    assert not any(m.lower().startswith(("arrêté", "décret")) for m in mentions_of(nlp, text))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le décret du 2 mai 2025 relatif à la sécurité des piscines a été publié.",
            "décret du 2 mai 2025 relatif à la sécurité des piscines",
        ),
        (
            "L'ordonnance n° 2023-859 du 6 septembre 2023 a été publiée.",
            "ordonnance n° 2023-859 du 6 septembre 2023",
        ),
    ],
)
def test_a_legal_text_with_a_number_or_a_title_stays_a_name(nlp, text, name):
    assert {e["name"]: e["label"] for e in nlp(text)._.entities}.get(name) == "MISC"


@pytest.mark.parametrize(
    "text, acronym",
    [
        ("Les nouveaux cars express, équipés du wifi et de prises USB, relieront Metz à Luxembourg.", "USB"),
        (
            "Les entreprises de transport sanitaire, ambulances, VSL et taxis conventionnés manifesteront.",
            "VSL",
        ),
        ("L'étude paraît dans la revue Quaternary Science Reviews. DOI : 10.1016/j.quasci.2026.108", "DOI"),
        ("Le laboratoire LabMer (UMR 6291) pilote le projet avec l'université de Brest.", "UMR"),
    ],
)
def test_an_acronym_said_in_passing_that_the_model_calls_a_thing_is_no_name(nlp, text, acronym):
    assert acronym not in mentions_of(nlp, text)


def test_the_acronym_a_release_is_about_stays_a_name(nlp):
    text = (
        "Le Forum PHP réunit les développeurs PHP. PHP est utilisé par des millions de sites. "
        "Les experts PHP en parlent."
    )
    assert {e["name"]: e["label"] for e in nlp(text)._.entities}.get("PHP") == "MISC"


@pytest.mark.parametrize(
    "text",
    [
        "Accueil > Actualités > Communiqués de presse\nLe préfet de la Réunion a activé le plan ORSEC.",
        "Accueil > Actualités > Recherche\nUne équipe de l'université de Montpellier publie une étude.",
        "Actualités › Recherche\nLe laboratoire publie ses résultats dans une revue internationale.",
    ],
)
def test_a_web_pages_path_is_no_name(nlp, text):
    assert not any(">" in m or "›" in m for m in mentions_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Palmarès\n\nPremier prix : le collège Jules-Ferry de Montbard.",
        "### Palmarès 2026\n\nLe jury a distingué trois courts métrages.",
    ],
)
def test_a_palmares_heading_is_no_name(nlp, text):
    assert not any(m.lower().startswith("palmarès") for m in mentions_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "La révision du plan de prévention du risque inondation (PPRI) de la vallée de la Vanne commence.",
        (
            "Plan de prévention des risques technologiques de la zone portuaire de Kervanne :\n"
            "une enquête publique\n\nLe préfet ouvre l'enquête sur le plan de prévention des risques "
            "technologiques (PPRT) autour du dépôt."
        ),
    ],
)
def test_the_expansion_of_a_kind_of_document_is_no_name(nlp, text):
    assert not any(m.lower().startswith("plan de prévention") for m in mentions_of(nlp, text))
