"""Where a name starts and ends: the boundary error classes of unseen releases, on invented fragments."""

import pytest

from pipeline.extractors.entities.listing import listed_place


def entities_of(nlp, text: str) -> dict[str, str]:
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


@pytest.mark.parametrize(
    "text, person",
    [
        ("Jean Le Goff, président de l'association, déclare : « Nous sommes ravis ».", "Jean Le Goff"),
        ("Intervenants :\nJean Le Goff (Inria)\nClaire de Villiers (CNRS)", "Claire de Villiers"),
        ("Contact presse\nJean Le Goff\n06 12 34 56 78\njean.legoff@exemple.fr", "Jean Le Goff"),
        ("Vincent Morel, Pdt de Terre Vive : « le projet est lancé ».", "Vincent Morel"),
        ("Contacts presse : Pierre Van Damme - 06 12 34 56 78", "Pierre Van Damme"),
    ],
)
def test_a_first_name_opening_a_line_keeps_the_surname_and_its_particle(nlp, text, person):
    found = entities_of(nlp, text)
    assert found.get(person) == "PER"
    surname = person.split()[-1]
    assert surname not in found and f"{person.split()[1]} {surname}" not in found


def test_a_role_before_a_body_is_not_part_of_its_name(nlp):
    found = entities_of(nlp, "Vincent Morel, Pdt de Terre Vive, a signé.")
    assert "Terre Vive" in found and not any(name.startswith("Pdt") for name in found)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La Direction Générale des Finances Publiques a publié un avis.",
            "Direction Générale des Finances Publiques",
        ),
        ("Le Ministère de l'Éducation Nationale soutient le concours.", "Ministère de l'Éducation Nationale"),
        (
            "Le Centre National de la Recherche Scientifique publie.",
            "Centre National de la Recherche Scientifique",
        ),
        (
            "L'École Nationale Supérieure des Arts Décoratifs expose.",
            "École Nationale Supérieure des Arts Décoratifs",
        ),
        (
            "La direction générale des finances publiques a publié un avis.",
            "direction générale des finances publiques",
        ),
        (
            "Le ministère de la Transition écologique et solidaire lance un plan.",
            "ministère de la Transition écologique et solidaire",
        ),
    ],
)
def test_a_name_keeps_its_closing_adjective(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "L'Autorité nationale des jeux en matière de paris en ligne a statué.",
            "Autorité nationale des jeux",
        ),
        ("La Direction générale de la santé en charge du dossier a réagi.", "Direction générale de la santé"),
        (
            "L'Agence nationale de sécurité sanitaire en lien avec les ARS surveille.",
            "Agence nationale de sécurité sanitaire",
        ),
        (
            "Le ministère des Solidarités et de la Santé en soutien direct aux associations.",
            "ministère des Solidarités et de la Santé",
        ),
        (
            "Le texte est adopté par le Conseil de l'Union européenne et du comité des représentants.",
            "Conseil de l'Union européenne",
        ),
        ("Il est membre de l'Académie des sciences et lauréat de la médaille d'or.", "Académie des sciences"),
        (
            "Avec le soutien du Ministère de l'éducation nationale, d'Inria et de Google.",
            "Ministère de l'éducation nationale",
        ),
        (
            "Les formulations du Conseil de l'Union européenne et les recommandations du comité.",
            "Conseil de l'Union européenne",
        ),
    ],
)
def test_a_name_does_not_run_on_into_the_clause_after_it(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "ORG"


def test_coordinated_complements_still_belong_to_the_name(nlp):
    found = entities_of(
        nlp,
        "Le ministère de l'Économie, des Finances et de la Relance, la Caisse des dépôts et consignations "
        "et la Fondation pour la recherche et l'innovation ont signé.",
    )
    assert found.get("ministère de l'Économie, des Finances et de la Relance") == "ORG"
    assert found.get("Caisse des dépôts et consignations") == "ORG"
    assert found.get("Fondation pour la recherche et l'innovation") == "ORG"


def test_a_press_service_named_after_a_person_gives_the_person(nlp):
    found = entities_of(nlp, "Le projet avance.\n\nService presse de Valérie Martin\nTél. : 01 23 45 67 89")
    assert found.get("Valérie Martin") == "PER"
    assert not any(name.startswith("Service") for name in found)
    office = entities_of(nlp, "Le projet avance.\n\nService presse de la Ville de Lyon\n01 23 45 67 89")
    # the unit and the named body it belongs to are two names side by side (docs/annotation.md)
    assert office.get("Service presse") == "ORG" and office.get("Ville de Lyon") == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Quimper, Brest et Vannes accueilleront les rencontres.",
        "Villes partenaires\nQuimper\nBrest\nVannes\nLorient",
        "| Ville | Participants |\n|---|---|\n| Quimper | 120 |\n| Vannes | 80 |\n| Lorient | 95 |",
        "Calendrier\n- Quimper : 12 mars\n- Brest : 13 mars\n- Vannes : 14 mars",
        "Résultats par site\nQuimper 120 15 %\nVannes 80 10 %\nLorient 95 12 %",
    ],
)
def test_towns_in_a_list_or_a_table_are_places(nlp, text):
    found = entities_of(nlp, text)
    assert found.get("Quimper") == found.get("Vannes") == "LOC"


def test_a_common_word_beside_no_place_is_no_listed_town(nlp):
    text = "Orange annonce un réseau. Orange, SFR et Free investissent."
    assert not listed_place(text, 0, 6)
    assert not listed_place(text, text.index("Orange,"), text.index("Orange,") + 6)
    assert listed_place("Quimper, Brest et Vannes", 0, 7)
    assert entities_of(nlp, text).get("Orange") != "LOC"


def test_towns_written_without_hyphens_and_named_units(nlp):
    found = entities_of(
        nlp,
        "Les élèves de l'académie de Créteil, du lycée de Gif sur Yvette et d'Aix en Provence, le comité "
        "IMCO du Parlement européen et la commission Open Source du pôle.",
    )
    assert found.get("Gif sur Yvette") == found.get("Aix en Provence") == "LOC"
    assert found.get("académie de Créteil") == "ORG"
    assert found.get("comité IMCO") == found.get("Parlement européen") == "ORG"
    assert found.get("commission Open Source") == "ORG"
    assert "Saint Louis" not in {
        n for n, label in entities_of(nlp, "Saint Louis, roi de France.").items() if label == "LOC"
    }


def test_a_title_case_name_goes_on_over_a_parser_break_and_a_last_et(nlp):
    found = entities_of(
        nlp,
        "Les élèves participant au Tournoi Français des Jeunes Chimistes et Physiciens, quant à eux, "
        "présentent leurs travaux. Jean Roux et Léa Petit les accompagnent.",
    )
    assert "Tournoi Français des Jeunes Chimistes et Physiciens" in found
    assert found.get("Jean Roux") == found.get("Léa Petit") == "PER"


def test_a_part_of_a_continent_is_one_place(nlp):
    found = entities_of(nlp, "En Afrique francophone et en Europe centrale, comme partout en Europe.")
    assert found.get("Afrique francophone") == found.get("Europe centrale") == found.get("Europe") == "LOC"


def test_a_known_organisation_after_a_connector_is_a_name_of_its_own(nlp):
    found = entities_of(
        nlp, "Selon le Pôle Numérique du Sénat, l’intégration des API d’Orange Business Services avance."
    )
    assert "Pôle Numérique" in found and found.get("Sénat") == "ORG"
    assert "Orange Business Services" in found and not any(name.startswith("API") for name in found)


def test_a_locution_with_au_ends_a_name(nlp):
    found = entities_of(
        nlp, "L'Office national des forêts aux côtés de la Direction générale des routes au titre de la loi."
    )
    assert found.get("Office national des forêts") == found.get("Direction générale des routes") == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Madame Anne de Villiers", "Anne de Villiers"),
        ("M. Jean Le Goff", "Jean Le Goff"),
        ("Monsieur Jean-Marc Van der Berg", "Jean-Marc Van der Berg"),
        ("M. Jean DE LA TOUR", "Jean DE LA TOUR"),
        ("Mme Claire DUBOIS", "Claire DUBOIS"),
        ("M. Martin de la Région", "Martin"),
        ("M. Durand de Paris", "Durand"),
    ],
)
def test_the_name_after_a_title_keeps_its_particles(nlp, text, name):
    from pipeline.extractors.entities.titled_names import name_after_title

    assert name_after_title(nlp(text), 1).text == name


def test_a_name_goes_on_over_a_wrapped_line_after_a_connector(nlp):
    found = entities_of(
        nlp,
        "Laurent Petit, Vice-Pdt de l'association : « L'Association Bretonne des\n"
        "Utilisateurs de Logiciels Libres (ABULL) se réjouit de la création du\n"
        "collectif qui va fédérer les acteurs du secteur dans toute la région. »",
    )
    assert found.get("Association Bretonne des Utilisateurs de Logiciels Libres") == "ORG"
    assert found.get("Laurent Petit") == "PER"
    assert not any(name.startswith("Vice") for name in found)


def test_a_body_wrapped_over_a_line_keeps_its_complements(nlp):
    found = entities_of(
        nlp,
        "Vous trouverez plus d’informations sur les sites internet du Gouvernement, du Ministère des\n"
        "Armées et de la Mer et de Santé publique France, qui publient chaque jour un point de situation.",
    )
    assert found.get("Ministère des Armées et de la Mer") == "ORG"
