"""A local body written in lower case with the place it serves ('mairie de Quimper', 'tribunal
administratif de Rennes', 'brigade de gendarmerie de Dax'), common-noun acronyms that name nothing
('un AVC', 'les apprentis de CAP'), and an acronym defined at the start of a hard-wrapped line.
Invented fragments of préfectures, courts, gendarmerie, festivals, chambers and companies."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le dossier d'enquête est consultable à la mairie de Port-Vendres aux heures d'ouverture.",
            "mairie de Port-Vendres",
        ),
        (
            "Le tribunal administratif de Rennes a rejeté la requête de l'association.",
            "tribunal administratif de Rennes",
        ),
        (
            "Le tribunal des activités économiques de Caen a validé le plan de reprise.",
            "tribunal des activités économiques de Caen",
        ),
        (
            "Toute information peut être signalée à la brigade de gendarmerie de Saint-Jean-de-Luz.",
            "brigade de gendarmerie de Saint-Jean-de-Luz",
        ),
        (
            "Les billets sont en vente à l'office de tourisme de Sarlat et en ligne.",
            "office de tourisme de Sarlat",
        ),
        ("Les élèves du conservatoire de Périgueux joueront en ouverture.", "conservatoire de Périgueux"),
        (
            "Selon la chambre d'agriculture de la Dordogne, les rendements reculent de 12 %.",
            "chambre d'agriculture de la Dordogne",
        ),
        (
            "La section aérienne de gendarmerie de Limoges a survolé la zone.",
            "section aérienne de gendarmerie de Limoges",
        ),
    ],
)
def test_a_local_body_with_its_place_is_one_organisation(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Le dossier est consultable en mairie aux heures d'ouverture.", "mairie"),
        ("La section des jeunes du club se réunit à Lorient chaque mardi.", "section des jeunes"),
        ("Le marché se tient dans la ville de Brest chaque samedi.", "ville de Brest"),
    ],
)
def test_a_head_word_without_a_place_is_no_body(nlp, text, absent):
    assert absent not in labels_of(nlp, text)


def test_the_place_of_a_local_body_is_no_separate_place(nlp):
    labels = labels_of(nlp, "Le recours a été déposé devant le tribunal administratif de Nantes.")
    assert "Nantes" not in labels


@pytest.mark.parametrize(
    "text, acronym",
    [
        (
            "Près de 4 500 personnes sont victimes d'un accident vasculaire cérébral\n(AVC) chaque année. "
            "Pendant un AVC, chaque minute compte.",
            "AVC",
        ),
        ("Les apprentis de CAP, de BP et de BTS sont formés en alternance dans nos ateliers.", "CAP"),
        ("Les apprentis de CAP, de BP et de BTS sont formés en alternance dans nos ateliers.", "BP"),
        ("Le projet de cession a été présenté au CSE de l'entreprise le 3 mars.", "CSE"),
        ("L'IRM reste l'examen de référence, selon les radiologues.", "IRM"),
        ("La SAS a été créée en 2021 par trois ingénieurs.", "SAS"),
    ],
)
def test_an_acronym_of_a_common_noun_names_nothing(nlp, text, acronym):
    assert acronym not in labels_of(nlp, text)


def test_a_body_defined_at_the_start_of_a_wrapped_line_keeps_its_acronym(nlp):
    text = (
        "Le projet est porté par l'Agence régionale pour l'innovation numérique\n"
        "(ARIN) et ses partenaires. L'ARIN accompagnera les lauréats."
    )
    assert labels_of(nlp, text).get("ARIN") == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "L'association a déposé un recours devant le tribunal administratif d'Orléans contre la "
            "modification du plan local d'urbanisme.",
            "tribunal administratif d'Orléans",
        ),
        ("Inscriptions à la mairie de Quimper pour les démarches d'état civil.", "mairie de Quimper"),
        (
            "Réunion avec la chambre d'agriculture des Pays de la Loire et l'INRAE.",
            "chambre d'agriculture des Pays de la Loire",
        ),
        (
            "Les billets sont en vente à l'office de tourisme de Sarlat sur présentation d'un justificatif.",
            "office de tourisme de Sarlat",
        ),
    ],
)
def test_the_place_a_local_body_serves_closes_its_name(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Marc Leroy, recteur de la région académique Normandie, a remis les prix.",
            "région académique Normandie",
        ),
        ("La région académique Grand Est organise la finale régionale.", "région académique Grand Est"),
        (
            "Les lauréats de la région académique Auvergne-Rhône-Alpes sont invités.",
            "région académique Auvergne-Rhône-Alpes",
        ),
    ],
)
def test_an_academic_region_is_a_body(nlp, text, name):
    found = {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert found.get(name) == "ORG", found


@pytest.mark.parametrize(
    "text, name",
    [
        ("L'arrêt de la cour d'appel de Rennes est attendu pour le printemps.", "cour d'appel de Rennes"),
        (
            "La commune a saisi la cour administrative d'appel de Nantes de ce litige.",
            "cour administrative d'appel de Nantes",
        ),
        ("Le bâtonnier du barreau de Quimper présentera la permanence gratuite.", "barreau de Quimper"),
        (
            "Les militaires du groupement de gendarmerie départementale de Loire-Atlantique ont saisi 3 kg.",
            "groupement de gendarmerie départementale de Loire-Atlantique",
        ),
        (
            "Les réservistes du 2e régiment de dragons de Fontevraud défileront en tête.",
            "2e régiment de dragons de Fontevraud",
        ),
        ("Une autopsie sera pratiquée à l'institut médico-légal de Tours.", "institut médico-légal de Tours"),
        (
            "Les élèves du lycée agricole de Montmorillon exposent leurs projets.",
            "lycée agricole de Montmorillon",
        ),
        ("Le centre hospitalier de Lannion ouvre une unité de gériatrie.", "centre hospitalier de Lannion"),
        ("Une lecture aura lieu à la médiathèque du Vieux-Port samedi.", "médiathèque du Vieux-Port"),
    ],
)
def test_courts_bars_units_and_schools_with_their_place_are_one_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Le concert aura lieu dans la cour du Château de Vitré à 20 h.", "cour du Château"),
        ("Le centre hospitalier de proximité rouvrira en mai.", "centre hospitalier de proximité"),
        (
            "Préfecture de la Savoie, 12 rue du 13e Régiment d'Infanterie, Chambéry.",
            "13e Régiment d'Infanterie",
        ),
    ],
)
def test_a_courtyard_or_a_street_named_after_a_unit_is_no_body(nlp, text, absent):
    assert absent not in labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La caisse primaire d'assurance maladie du Morbihan rembourse ces actes depuis mars.",
            "caisse primaire d'assurance maladie du Morbihan",
        ),
        (
            "Les familles peuvent s'adresser à la caisse d'allocations familiales de la Sarthe.",
            "caisse d'allocations familiales de la Sarthe",
        ),
        (
            "Le colloque se tiendra à la faculté de médecine de Tours et en ligne.",
            "faculté de médecine de Tours",
        ),
        (
            "La Chambre de métiers et de l'artisanat des Deux-Sèvres ouvre ses portes.",
            "Chambre de métiers et de l'artisanat des Deux-Sèvres",
        ),
    ],
)
def test_social_security_funds_faculties_and_numbered_places(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


def test_a_fund_without_its_place_is_no_name(nlp):
    assert not any("caisse" in m for m in labels_of(nlp, "La caisse d'épargne de la ville a fermé."))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le bâtonnier de l'ordre des avocats de Montbrison-Feurs ouvre l'audience.",
            "ordre des avocats de Montbrison-Feurs",
        ),
        (
            "L'ordre des pharmaciens de la Sarthe rappelle les horaires de garde.",
            "ordre des pharmaciens de la Sarthe",
        ),
        (
            "La sortie a été annulée en accord avec la préfecture maritime de la Méditerranée.",
            "préfecture maritime de la Méditerranée",
        ),
    ],
)
def test_a_professional_order_or_a_maritime_prefecture_with_its_seat_is_one_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


def test_an_order_of_merit_is_no_professional_order(nlp):
    assert "ordre national du Mérite" not in labels_of(
        nlp, "Il est fait chevalier de l'ordre national du Mérite."
    )
