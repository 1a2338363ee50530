"""Labels the words around a name give it: a kind noun before a list, a sponsor's cue, a prize's noun.
Invented fragments in the shapes of releases of many issuers (agencies, associations, companies,
events, a school competition)."""

import pytest

from pipeline.extractors.entities.kinds import FIELD_LABEL


def entities_of(nlp, text: str) -> dict[str, str]:
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


@pytest.mark.parametrize(
    "text, names, label",
    [
        (
            "La commune s'appuie sur des programmes nationaux comme Territoires Verts, Action bourg vivant "
            "et Petites Communes d'avenir.",
            ["Territoires Verts", "Action bourg vivant", "Petites Communes d'avenir"],
            "MISC",
        ),
        (
            "Les élèves utilisent des applications comme Whatsapp ou Telegram pour échanger.",
            ["Whatsapp", "Telegram"],
            "MISC",
        ),
        (
            "Des dispositifs tels que Pass Sport Breizh et Coup de Pouce Vélo ont été reconduits.",
            ["Pass Sport Breizh", "Coup de Pouce Vélo"],
            "MISC",
        ),
        (
            "L'agence travaille avec des associations telles que Brixol, Vertanne et les Solidaires du Quai.",
            ["Brixol", "Vertanne", "Solidaires du Quai"],
            "ORG",
        ),
        (
            "Plusieurs start-up, notamment Nuagix, Terrova et Dataloo, exposeront leurs prototypes.",
            ["Nuagix", "Terrova", "Dataloo"],
            "ORG",
        ),
    ],
)
def test_a_kind_noun_before_a_list_labels_its_items(nlp, text, names, label):
    found = entities_of(nlp, text)
    for name in names:
        assert found.get(name) == label, (name, found)


@pytest.mark.parametrize(
    "text, names",
    [
        ("La 3e édition est parrainée par Nuagix, Brixol Software et Terrova.", ["Nuagix", "Terrova"]),
        (
            "Le salon est organisé avec le soutien de la Région Occitanie, de Nuagix et de la "
            "Fondation Orvelle.",
            ["Nuagix", "Fondation Orvelle", "Région Occitanie"],
        ),
        ("La course se tient en partenariat avec Terravolt et Hydralis.", ["Terravolt", "Hydralis"]),
        ("Le prix est remis avec le soutien d'Orvalia et de Brixol.", ["Orvalia", "Brixol"]),
    ],
)
def test_a_sponsor_or_partner_is_a_body(nlp, text, names):
    found = entities_of(nlp, text)
    for name in names:
        assert found.get(name) == "ORG", (name, found)


def test_a_bullet_list_after_the_kind_noun(nlp):
    found = entities_of(nlp, "Nos partenaires :\n- Nuagix\n- Brixol, éditeur de logiciels\n- Ville de Lyon\n")
    assert found.get("Nuagix") == "ORG" and found.get("Brixol") == "ORG"


@pytest.mark.parametrize(
    "text, person",
    [
        ("Les membres du jury sont : Jeanne Dupin, Marc Lefort et Anne Roux.", "Jeanne Dupin"),
        ("En partenariat avec Claire Morvan et Paul Hébert, l'association lance un appel.", "Claire Morvan"),
    ],
)
def test_persons_in_a_list_stay_persons(nlp, text, person):
    assert entities_of(nlp, text).get(person) == "PER"


@pytest.mark.parametrize(
    "text",
    [
        "Les entreprises comme les associations peuvent candidater.",
        "Les associations notamment dans le secteur social sont éligibles.",
        "Programmes : Découvrez le calendrier des animations de juin.",
        "Les partenaires comme Lundi, Mars et Juin.",
    ],
)
def test_a_list_of_common_words_names_nothing(nlp, text):
    assert entities_of(nlp, text) == {}


def test_a_place_stays_a_place_in_a_partner_list(nlp):
    found = entities_of(nlp, "Avec le soutien de la Bretagne et de Nuagix, le festival grandit.")
    assert found.get("Bretagne") == "LOC" and found.get("Nuagix") == "ORG"


@pytest.mark.parametrize(
    "text, name, alias",
    [
        (
            "Les lauréats du concours de cryptographie Lovelace 2025 seront reçus à Paris. "
            "Le concours Lovelace est ouvert aux élèves de seconde.",
            "concours de cryptographie Lovelace 2025",
            "concours Lovelace",
        ),
        ("Elle a reçu le prix Turing 2016 pour ses travaux.", "prix Turing 2016", None),
        ("Il est lauréat de la médaille Fields et du trophée Vendée Océan.", "médaille Fields", None),
        ("Le tournoi Alcuin réunit 40 lycées. Alcuin est ouvert à tous.", "tournoi Alcuin", "Alcuin"),
    ],
)
def test_a_prize_or_contest_noun_is_part_of_its_eponym(nlp, text, name, alias):
    entities = {e["name"]: e for e in nlp(text)._.entities}
    assert entities[name]["label"] == "MISC"
    if alias:
        assert alias in entities[name]["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "Le prix TTC reste inchangé pour les familles.",
        "Le concours Externe ouvre ses inscriptions.",
        "Le prix de l'électricité augmente en Janvier.",
    ],
)
def test_a_prize_noun_before_a_unit_or_a_common_word_names_nothing(nlp, text):
    assert not any(name.lower().startswith(("prix", "concours")) for name in entities_of(nlp, text))


@pytest.mark.parametrize(
    "text, names, label",
    [
        (
            "La charte est signée par l'Association des maires de France, la Fédération des villes "
            "moyennes, Terranova et Déclic.",
            ["Terranova", "Déclic"],
            "ORG",
        ),
        (
            "Le réseau réunit l'Union des ports de plaisance, le Syndicat des marinas, Nautivia et Portalis.",
            ["Nautivia", "Portalis"],
            "ORG",
        ),
    ],
)
def test_bare_names_take_the_kind_of_their_list_neighbours(nlp, text, names, label):
    found = entities_of(nlp, text)
    for name in names:
        assert found.get(name) == label, (name, found)


def test_one_named_body_does_not_relabel_a_list(nlp):
    found = entities_of(nlp, "Les usagers de Tchap, Resana et Grist ou de la Fondation Orvelle témoignent.")
    assert found.get("Tchap") != "ORG" and found.get("Resana") != "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Partenaires :\n\n● Nuagix soutient le concours.\n● Brixol\n● Terrova\n",
        "Le festival est organisé par deux associations :\n- Nuagix\n- Brixol\n- Terrova\n",
    ],
)
def test_bullet_items_after_a_kind_noun(nlp, text):
    found = entities_of(nlp, text)
    assert all(found.get(name) == "ORG" for name in ("Nuagix", "Brixol", "Terrova")), found


def test_a_nearer_kind_noun_names_the_items(nlp):
    found = entities_of(
        nlp, "Le concours Lovelace est organisé par deux associations :\n\n● Calculix\n● Brixol\n"
    )
    assert found.get("Calculix") == "ORG" and found.get("Brixol") == "ORG"


def test_a_quoted_title_after_a_kind_noun_is_no_list(nlp):
    found = entities_of(
        nlp, "● Le Monde, « Un concours de cryptanalyse: Spy service sets a challenge », 2016"
    )
    assert "Spy service sets a challenge" not in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("La préfecture active le plan Grand Froid dès ce soir.", "Grand Froid"),
        ("La région lance le plan Vélo Breizh pour les lycéens.", "Vélo Breizh"),
        ("La campagne Octobre Solidaire mobilise les hôpitaux.", None),
        ("L'association présente son spectacle « Les voix du fleuve » au théâtre.", "Les voix du fleuve"),
        ("L'ARS lance la campagne de vaccination « Tous protégés » auprès des seniors.", "Tous protégés"),
        ("Le film *Les Ailes du désert* sera projeté en avant-première.", "Les Ailes du désert"),
        ("Le rapport « Territoires et santé : un enjeu » est publié.", None),
        ("Le programme Petites Villes de demain accompagne 1 600 communes.", "Petites Villes de demain"),
        ("La loi Climat et Résilience impose de nouvelles obligations.", "loi Climat et Résilience"),
        ("Les décrets de la loi Evin sont parus.", "loi Evin"),
    ],
)
def test_a_named_thing_after_its_kind_noun(nlp, text, name):
    found = entities_of(nlp, text)
    if name:
        assert found.get(name) == "MISC", found


@pytest.mark.parametrize(
    "text",
    [
        "Le plan de relance prévoit des aides pour les communes.",
        "La campagne électorale débute en Mars.",
        "Le spectacle commence à 20 heures. Le film dure deux heures.",
        "Notre plan de formation commence en septembre.",
        "La loi et le règlement s'appliquent.",
    ],
)
def test_a_kind_noun_before_common_words_names_nothing(nlp, text):
    assert not [name for name, label in entities_of(nlp, text).items() if label == "MISC"], text


@pytest.mark.parametrize(
    "text, name",
    [
        ("Dans le cadre de la Fête de la musique, le préfet rappelle les règles.", "Fête de la musique"),
        (
            "Les Journées européennes du patrimoine auront lieu en septembre.",
            "Journées européennes du patrimoine",
        ),
        ("Le Printemps des poètes est reconduit dans les écoles.", "Printemps des poètes"),
        ("Le Championnat de France Espoirs se tient à Brest.", "Championnat de France Espoirs"),
    ],
)
def test_a_capitalised_event_noun_and_its_topic_name_an_event(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "MISC"


@pytest.mark.parametrize(
    "text",
    [
        "Nuit de mardi à mercredi : le plan grand froid est activé.",
        "Coupe de bois : la préfecture rappelle les règles.",
        "Mois de juin : la fréquentation est en hausse.",
    ],
)
def test_a_common_time_or_activity_word_opening_a_line_names_no_event(nlp, text):
    assert entities_of(nlp, text) == {}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Terrova, filiale du groupe Hydralis, ouvre un site à Lyon.", "Terrova"),
        ("La start-up Dataloo recrute 20 ingénieurs.", "Dataloo"),
        ("Dataloo, start-up rennaise, recrute 20 ingénieurs.", "Dataloo"),
        ("Brixol, leader européen du recyclage, s'installe à Lille.", "Brixol"),
        ("Le fabricant Ostrea présente ses nouveaux modèles.", "Ostrea"),
        ("Les produits sont distribués par Ostrea et Calvena Industries.", "Ostrea"),
    ],
)
def test_a_company_described_by_its_trade(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, person",
    [
        ("Jean Dupont, fabricant de jouets depuis 1990, témoigne.", "Jean Dupont"),
        ("Claire Morvan, leader de l'équipe de France, sera présente.", "Claire Morvan"),
        ("Le spectacle est conçu par Jeanne Dupin et Marc Lefort.", "Jeanne Dupin"),
    ],
)
def test_a_person_described_by_a_trade_stays_a_person(nlp, text, person):
    assert entities_of(nlp, text).get(person) == "PER"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tout utilisateur ayant déjà un compte impots.gouv.fr peut se connecter.", "impots.gouv.fr"),
        ("Le portail Mesdroits.gouv.fr recense les aides.", "Mesdroits.gouv.fr"),
        ("La plateforme aides-vélo.fr recense les primes locales.", "aides-vélo.fr"),
        ("Des services en ligne comme impots.gouv.fr et Ameli acceptent FranceConnect.", "impots.gouv.fr"),
    ],
)
def test_a_domain_naming_a_service_is_a_named_thing(nlp, text, name):
    assert entities_of(nlp, text).get(name) == "MISC"


@pytest.mark.parametrize(
    "text",
    [
        "Plus d'informations sur le site ars.sante.fr et par mail à contact@ars.sante.fr.",
        "En savoir plus : www.exemple.fr ou https://www.exemple.fr/page.",
        "Inscriptions sur notre site brixol.org avant le 3 mai.",
    ],
)
def test_a_domain_given_as_the_place_to_look_is_no_name(nlp, text):
    assert not any("." in name for name in entities_of(nlp, text)), entities_of(nlp, text)


def test_a_list_that_opens_a_clause_ends_before_its_verb(nlp):
    found = entities_of(nlp, "Des services en ligne comme Ameli et Pajemploi acceptent FranceConnect.")
    assert found.get("Pajemploi") == "MISC" and not any("acceptent" in name for name in found)


@pytest.mark.parametrize(
    "text, employer",
    [
        ("Olivier Cazzulo, Délégué Régional de Numeum dans la région Sud, salue l'accord.", "Numeum"),
        ("Marie Lenoir, Directrice Générale de Brixol, présentera les résultats.", "Brixol"),
        ("Jeanne Dupin, Directrice Commerciale de Calvena, a signé.", "Calvena"),
    ],
)
def test_a_role_in_title_case_is_no_name_and_gives_the_employer(nlp, text, employer):
    found = entities_of(nlp, text)
    assert found.get(employer) == "ORG", found
    assert not any(
        name.split()[0].lower() in {"délégué", "directrice", "générale", "responsable"} for name in found
    )


@pytest.mark.parametrize(
    "text, person",
    [
        ("Le Préfet Jean Dupont a réuni les maires.", "Jean Dupont"),
        ("La Présidente Claire Morvan ouvre la séance.", "Claire Morvan"),
        ("La Directrice Régionale Anne Roux signe la convention.", "Anne Roux"),
    ],
)
def test_a_person_after_a_role_in_title_case(nlp, text, person):
    assert entities_of(nlp, text).get(person) == "PER"


def test_a_role_alone_names_nothing(nlp):
    assert entities_of(nlp, "Paul Hébert, Chargé de Mission, coordonne le projet.") == {"Paul Hébert": "PER"}


@pytest.mark.parametrize(
    "text, name, label",
    [
        # a capitalised word the tagger reads as a verb ('Bleu') is a word of the name, not a clause
        ("Partenaires médias : France Bleu Armor, Le Télégramme et Radio Kerne.", "France Bleu Armor", "ORG"),
        # a name's own article stays with it
        ("Les écoles élémentaires Les Tilleuls et Jean-Moulin fermeront vendredi.", "Les Tilleuls", "ORG"),
        ("Des associations comme Vent d'Ouest, La Cordée et Ricochets sont présentes.", "La Cordée", "ORG"),
    ],
)
def test_listed_items_keep_their_whole_name(nlp, text, name, label):
    assert entities_of(nlp, text).get(name) == label


def test_a_date_or_a_figure_ends_a_list(nlp):
    found = entities_of(
        nlp, "Avec le soutien des médias suivants : Radio Kerne, 12/03/2025, 5 822 auditeurs."
    )
    assert "12/03/2025" not in found and "5 822 auditeurs" not in found


def test_a_field_label_on_the_next_line_opens_no_list():
    text = "Maison des associations, 3 rue du Four, 35000 Rennes\nPresse :"
    assert FIELD_LABEL.search(text, len("Maison des associations"))
    assert not FIELD_LABEL.search("les associations membres sont :")


def test_a_person_after_a_press_label_below_an_address_stays_a_person(nlp):
    text = (
        "L'assemblée générale aura lieu le 12 mars.\n\n"
        "Maison des associations, 3 rue du Four, 35000 Rennes\n"
        "Presse : Yannick Le Guern, président – 06 12 34 56 78\n"
    )
    assert entities_of(nlp, text).get("Yannick Le Guern") == "PER", entities_of(nlp, text)
