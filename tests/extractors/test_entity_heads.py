"""Labels that follow from how French names are built: the head-word of a body or of an event, a
body's acronym before the place of its branch, a company's legal form. Invented fragments in the
shapes of releases of health agencies, ministries' regional offices, companies, hospitals, local
authorities, cultural venues and events."""

import pytest

from pipeline.extractors.entities.head_labels import head_label


def entities_of(nlp, text: str) -> dict[str, str]:
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


@pytest.mark.parametrize(
    "name",
    [
        "ARS Grand Est",
        "ARS Nouvelle-Aquitaine",
        "DREAL Auvergne-Rhône-Alpes",
        "DRAC Centre-Val de Loire",
        "CCI Hauts-de-France",
        "CHU d'Angers",
        "CHU de la Martinique",
        "DDPP du Gard",
    ],
)
def test_a_body_acronym_before_the_place_of_its_branch_is_an_organisation(name):
    assert head_label(name) == "ORG"


@pytest.mark.parametrize("name", ["J2EE Lyon", "ObsNum Rennes", "PHP Québec 2025", "ARS", "ARS Brixol"])
def test_no_branch_without_an_acronym_of_capitals_and_a_known_place(name):
    assert head_label(name) != "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("L'ARS Grand Est a été informée de deux nouveaux cas confirmés.", "ARS Grand Est"),
        ("Le patient a été transféré au CHU d’Angers dans la soirée.", "CHU d’Angers"),
        (
            "La CCI Hauts-de-France organise un atelier sur la transmission d'entreprise.",
            "CCI Hauts-de-France",
        ),
    ],
)
def test_a_branch_in_running_text_is_an_organisation(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("La société Terravolt SASU annonce l'ouverture d'une usine à Dunkerque.", "Terravolt SASU"),
        ("Brixol SARL et Vertanne SASU sont partenaires de l'opération.", "Vertanne SASU"),
        ("Le contrat a été attribué à Nordwerk GmbH pour trois ans.", "Nordwerk GmbH"),
        ("Les Fromageries Dalmat SCOP recrutent douze salariés.", "Fromageries Dalmat SCOP"),
    ],
)
def test_a_legal_form_at_the_end_makes_a_company(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les patients sont orientés vers la Clinique Saint-Augustin.", "Clinique Saint-Augustin"),
        ("L'Hôpital Foch accueille les familles dès lundi.", "Hôpital Foch"),
        ("Le Théâtre national de Bretagne ouvre sa saison le 12 septembre.", "Théâtre national de Bretagne"),
        ("Le fonds est déposé à la Bibliothèque nationale de France.", "Bibliothèque nationale de France"),
        (
            "La Communauté de communes du Pays de Gex investit dans les pistes cyclables.",
            "Communauté de communes du Pays de Gex",
        ),
        ("L'Orchestre de chambre de Paris donnera trois concerts.", "Orchestre de chambre de Paris"),
    ],
)
def test_an_institution_head_word_makes_an_organisation(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les Rencontres nationales du tourisme se tiendront à Arles.", "Rencontres nationales du tourisme"),
        ("Les Trophées de l'innovation récompensent trois entreprises.", "Trophées de l'innovation"),
        (
            "Le Championnat de France de cyclisme passera par la commune.",
            "Championnat de France de cyclisme",
        ),
        (
            "Les Journées européennes du patrimoine ont attiré 4 000 visiteurs.",
            "Journées européennes du patrimoine",
        ),
    ],
)
def test_an_event_head_word_makes_a_named_thing(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "MISC"


@pytest.mark.parametrize(
    "text",
    [
        "Le dossier de presse est téléchargeable en DOCX (2 Mo) et en PDF (350 Ko).",
        "Photos en haute définition (JPG, 4 MB) sur demande.",
    ],
)
def test_file_formats_and_sizes_name_nothing(nlp, text):
    assert entities_of(nlp, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "La campagne de vaccination débute au printemps. Le contrat de travail est signé le mois suivant.",
        "La nuit du 3 au 4 juin, la fête de fin d'année a eu lieu au sommet de la colline.",
        "Les rencontres avec les habitants ont lieu dans le collectif de quartier.",
        "La clinique vétérinaire et la bibliothèque municipale sont fermées.",
    ],
)
def test_head_words_in_lower_case_common_phrases_name_nothing(nlp, text):
    assert entities_of(nlp, text) == {}


@pytest.mark.parametrize(
    "text, name",
    [
        ("La CFE-CGC condamne les dégradations commises contre les locaux.", "CFE-CGC"),
        ("La CGT et la CFE-CGC appellent à la grève le 16 juin.", "CFE-CGC"),
    ],
)
def test_joined_acronyms_the_model_calls_a_place_are_a_body(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, names",
    [
        ("Le dispositif est étendu aux DOM-TOM dès la rentrée.", ["DOM-TOM"]),
        ("Les classes de l'Outre-mer et de PACA participent à la finale.", ["Outre-mer", "PACA"]),
    ],
)
def test_overseas_and_regional_short_names_are_places(nlp, text, names):
    found = entities_of(nlp, text)
    for name in names:
        assert found.get(name) == "LOC", (name, found)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "En cas de fièvre, appelez le SAMU-Centre 15. L'Assurance Maladie prend le test en charge.",
            ["SAMU-Centre 15", "Assurance Maladie"],
        ),
        (
            "La Croix-Rouge française et le Secours populaire lancent un appel aux dons.",
            ["Croix-Rouge française", "Secours populaire"],
        ),
        ("La CGT et le Medef ont été reçus par la ministre du Travail.", ["CGT", "Medef"]),
        (
            "France urbaine et Régions de France saluent l'accord sur les transports.",
            ["France urbaine", "Régions de France"],
        ),
        ("Enedis et GRDF interviendront sur les réseaux de la commune.", ["Enedis", "GRDF"]),
    ],
)
def test_national_bodies_releases_often_cite_are_organisations(nlp, text, names):
    found = entities_of(nlp, text)
    for name in names:
        assert found.get(name) == "ORG", (name, found)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "« Nous sommes fiers de ce partenariat », déclare Anne Leroy, directrice générale de Nordvolt.",
            "Nordvolt",
        ),
        ("Paul Girard, directeur commercial et marketing de Brixol, présentera la gamme.", "Brixol"),
        ("Selon Karim Haddad, président fondateur de Terrova, la demande double chaque année.", "Terrova"),
        ("Claire Morvan, directrice artistique de Vertanne, signe la scénographie.", "Vertanne"),
    ],
)
def test_the_body_after_a_role_and_its_adjectives_is_the_employer(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le Nordik Impakt Festival affiche complet pour sa 20e édition.", "Nordik Impakt Festival"),
        ("Les Vertanne Awards récompensent cinq start-up de la région.", "Vertanne Awards"),
        ("La cérémonie du Brixol Summit aura lieu à Lyon.", "Brixol Summit"),
    ],
)
def test_an_event_named_in_the_english_order_is_a_named_thing(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "MISC"


def test_a_theatre_named_after_a_person_is_an_organisation(nlp):
    found = entities_of(nlp, "Le Théâtre Bernadette Lafont programme trois spectacles de flamenco.")
    assert found.get("Théâtre Bernadette Lafont") == "ORG", found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Terrova Habitat livre 40 logements sociaux à Vannes.", "Terrova Habitat"),
        ("Les travaux sont confiés à Lemoine Frères pour un montant de 2 M€.", "Lemoine Frères"),
        ("Le cabinet Dumas & Associés accompagne la commune.", "Dumas & Associés"),
    ],
)
def test_a_company_word_at_the_end_makes_a_company(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Les mesures du Ségur de la santé s'appliquent aux soignants.", "Ségur de la santé", "MISC"),
        ("Le Beauvau de la sécurité s'est achevé par un discours.", "Beauvau de la sécurité", "MISC"),
        ("La Mission locale de Brest accompagne 900 jeunes.", "Mission locale de Brest", "ORG"),
        ("La Maison de l'emploi de Lorient ouvre une antenne.", "Maison de l'emploi de Lorient", "ORG"),
    ],
)
def test_consultations_and_local_services_are_named_by_their_head(nlp, text, name, label):
    assert entities_of(nlp, text).get(name) == label


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "L'Agence régionale de santé Bretagne lance sa campagne de prévention.",
            "Agence régionale de santé Bretagne",
        ),
        (
            "Les équipes de l'Agence Régionale de Santé Martinique sont mobilisées.",
            "Agence Régionale de Santé Martinique",
        ),
        (
            "La Chambre régionale d'agriculture Grand Est organise une réunion d'information.",
            "Chambre régionale d'agriculture Grand Est",
        ),
    ],
)
def test_the_region_after_a_body_names_its_branch(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "ORG"


def test_a_region_after_a_preposition_stays_a_place(nlp):
    found = entities_of(nlp, "L'Agence régionale de santé intervient en Bretagne depuis lundi.")
    assert found.get("Agence régionale de santé") == "ORG" and found.get("Bretagne") == "LOC", found


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "L'Hôpital privé Océane de Vannes renforce son service d'urgences.",
            "Hôpital privé Océane de Vannes",
        ),
        ("Le Théâtre municipal Molière accueille la finale régionale.", "Théâtre municipal Molière"),
    ],
)
def test_a_body_head_its_adjective_and_a_capitalised_name_are_one_name(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le public est invité à la Nuit des chouettes du Morvan, le 12 mars.",
            "Nuit des chouettes du Morvan",
        ),
        ("- Nuit du conte, le 3 août : veillée ouverte à tous.", "Nuit du conte"),
        ("La médiathèque s'associe au Mois de la photographie ancienne.", "Mois de la photographie ancienne"),
    ],
)
def test_a_named_night_or_month_is_an_event(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "MISC", entities_of(nlp, text)


def test_a_night_between_two_weekdays_names_no_event(nlp):
    assert entities_of(nlp, "Nuit de jeudi à vendredi : la circulation est coupée.") == {}
