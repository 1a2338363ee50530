"""Names whose kind the text or their own shape states: a local authority's capitalised head-word
(alone or with its territory), a town's name opening a club's or company's name, a list right after
its kind noun, a first name given with an age. Invented fragments of councils, clubs, charities,
hospitals, companies and associations."""

import pytest


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le projet est soutenu par le Département de l'Ardèche.", "Département de l'Ardèche"),
        ("Le Département des Landes finance la navette estivale.", "Département des Landes"),
        ("La Région Occitanie et la Ville de Brest signent une convention.", "Ville de Brest"),
        ("- Département du Cantal : 1,5 M€", "Département du Cantal"),
        ("La Collectivité de Corse lance un appel à projets.", "Collectivité de Corse"),
    ],
)
def test_an_authority_and_its_territory_are_one_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


def test_authorities_listed_after_a_comma_are_two_bodies(nlp):
    found = labels_of(nlp, "Avec le soutien du Département du Jura, de la Région Bretagne et de la commune.")
    assert found.get("Département du Jura") == "ORG" and found.get("Région Bretagne") == "ORG"


def test_a_ministry_of_the_city_keeps_its_name(nlp):
    found = labels_of(nlp, "Elle a été reçue au ministère de la Cohésion des territoires et de la Ville.")
    assert found.get("ministère de la Cohésion des territoires et de la Ville") == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le chantier est financé à 70 % par le Département, le reste par l'État.", "Département"),
        ("La Région a voté une aide de deux millions d'euros.", "Région"),
        ("Les travaux sont conduits par la Ville avec l'appui de l'Ademe.", "Ville"),
    ],
)
def test_an_authority_named_by_its_capitalised_kind_is_a_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


def test_a_territory_in_lower_case_is_no_name(nlp):
    found = labels_of(nlp, "Le marché se tient dans la région et dans le département chaque samedi.")
    assert "région" not in found and "département" not in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le Vannes Kayak Club conserve son titre face à Lorient.", "Vannes Kayak Club"),
        ("La finale oppose Montauban Volley à l'équipe de Sète.", "Montauban Volley"),
        ("Le réseau est exploité par Lorient Agglomération depuis 2020.", "Lorient Agglomération"),
        ("Le chantier est confié à Quimper Bâtiment Services.", "Quimper Bâtiment Services"),
    ],
)
def test_a_towns_name_then_words_of_its_own_is_a_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Le plan France Relance finance la rénovation des écoles.", "France Relance", "MISC"),
        ("Mathieu Rouvière présente le projet aux élus.", "Mathieu Rouvière", "PER"),
    ],
)
def test_a_country_or_a_first_name_opening_a_name_is_no_towns_body(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == label


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "La collecte a lieu avec le soutien des enseignes Brixol, Nuagix et Terrova.",
            ["Brixol", "Nuagix", "Terrova"],
        ),
        ("Les clubs Aviron Sablais et Kayak Mer Iroise participeront à la fête.", ["Aviron Sablais"]),
        ("Les hôpitaux Avicenne et Jean-Verdier accueillent les patients.", ["Avicenne", "Jean-Verdier"]),
        ("Les entreprises Brixol et Nuagix signent la charte.", ["Brixol", "Nuagix"]),
    ],
)
def test_names_right_after_their_kind_noun_take_its_label(nlp, text, names):
    found = labels_of(nlp, text)
    assert all(found.get(name) == "ORG" for name in names), found


def test_a_listed_name_ends_before_the_verb_after_it(nlp):
    found = labels_of(nlp, "Les entreprises Brixol et Nuagix signent la charte.")
    assert "Nuagix signent" not in found and "Nuagix" in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("« J'ai attendu sept ans. » – Clara, 29 ans, Nantes", "Clara"),
        ("Sandrine, 47 ans, bénévole à Limoges", "Sandrine"),
        ("Témoignage de Yanis, 21 ans, étudiant à Grenoble.", "Yanis"),
    ],
)
def test_a_first_name_given_with_an_age_is_a_person(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "PER"


def test_a_name_followed_by_a_duration_is_no_person(nlp):
    assert (
        labels_of(nlp, "Tchap, 5 ans après son lancement, compte un million d'utilisateurs.").get("Tchap")
        != "PER"
    )


def test_the_lone_authority_is_the_one_named_in_full(nlp):
    doc = nlp("Le Département de la Creuse a présenté son plan. Le chantier est financé par le Département.")
    entities = [e for e in doc._.entities if e["label"] == "ORG"]
    assert len(entities) == 1 and len(entities[0]["mentions"]) == 2


@pytest.mark.parametrize(
    "text, unit, body",
    [
        ("Contact presse : Service de presse de l'AP-HP\n01 40 27 37 22", "Service de presse", "AP-HP"),
        (
            "Contacts presse\nService de presse de Météo-France\n01 77 94 71 00",
            "Service de presse",
            "Météo-France",
        ),
        (
            "Direction de la communication de l'Agence régionale de santé Bretagne – 02 22 06 74 00",
            "Direction de la communication",
            "Agence régionale de santé Bretagne",
        ),
    ],
)
def test_a_press_unit_and_its_named_body_are_two_names(nlp, text, unit, body):
    found = labels_of(nlp, text)
    assert found.get(unit) == "ORG" and found.get(body) == "ORG", found


def test_a_press_unit_of_a_body_named_by_its_head_word_is_one_name(nlp):
    found = labels_of(nlp, "Pour toute demande, écrire au Service de presse du ministère avant lundi.")
    assert found.get("Service de presse du ministère") == "ORG", found


def test_a_press_unit_of_an_embassy_named_by_its_head_word_is_one_name(nlp):
    found = labels_of(
        nlp, "Contact presse\n\nService de presse de l'ambassade : Inês Moura\nTél. 01 44 00 00 00\n"
    )
    assert found.get("Service de presse de l'ambassade") == "ORG", found


@pytest.mark.parametrize(
    "text, word",
    [
        ("CHAMPIONNATS À GRAVELINES : SAINT-OMER SACRÉ CHEZ LES FEMMES\n\nLe club gagne.", "CHEZ"),
        ("OPÉRATION À LA CASTELLANE : DEUX POINTS DE DEAL DÉMANTELÉS\n\nLa police agit.", "DEUX"),
        ("COMMUNIQUÉ DE PRESSE\nCP n° 2025-87\n\nLa préfecture informe.", "CP"),
    ],
)
def test_grammatical_words_and_the_releases_abbreviation_in_capitals_name_nothing(nlp, text, word):
    assert word not in labels_of(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le forum, animé avec l'APEC et l'ANEFA, a proposé 1 150 offres.", "ANEFA"),
        ("La convention a été signée avec la FNSEA et le CNIEL en présence du préfet.", "CNIEL"),
    ],
)
def test_an_acronym_after_an_article_is_a_body(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name, label",
    [
        (
            "Après Montélimar en 2023, l'enseigne poursuit son implantation dans la Drôme.",
            "Montélimar",
            "LOC",
        ),
        ("Le TER relie Dijon à Beaune.", "Dijon", "LOC"),
        ("Nous avons créé Albert, une IA pour les agents publics.", "Albert", "MISC"),
    ],
)
def test_a_known_town_needs_no_preposition_unless_a_word_or_a_first_name_spells_it(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == label


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le prix est revenu au capteur NH3-Sense de la société morlaisienne AirBreizh.", "AirBreizh"),
        (
            "Le baromètre est réalisé avec l'institut Delphes Études auprès de 4 000 personnes.",
            "Delphes Études",
        ),
        (
            "Une délégation, conduite par l'organisme Export Agro Québec, a signé deux accords.",
            "Export Agro Québec",
        ),
        ("La coopérative briochine Terres d'Armor recrute dix saisonniers.", "Terres d'Armor"),
    ],
)
def test_a_body_kind_noun_and_a_demonym_label_the_name_after_them(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les équipes ratissent les bords de la Vienne et de la Glane ainsi que les bois.", "Glane"),
        ("Le massif s'étend entre la Savoie, l'Isère et le Trièves.", "Trièves"),
    ],
)
def test_a_word_listed_with_its_article_beside_places_is_a_place(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "LOC"


def test_a_clause_after_a_town_is_no_list_of_places(nlp):
    found = labels_of(nlp, "L'application est disponible à Paris et Tchap compte un million d'utilisateurs.")
    assert found.get("Tchap") != "LOC"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rassemblements :\n- PARIS : devant la caisse nationale\n- LYON : place Bellecour", "LYON"),
        ("CHAMPIONNATS DE FRANCE 2026 À GRAVELINES : SAINT-OMER SACRÉ\n\nLe club gagne.", "GRAVELINES"),
    ],
)
def test_a_known_place_in_capitals_is_a_place(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "LOC"


def test_a_common_word_in_capitals_that_spells_a_place_is_none(nlp):
    found = labels_of(nlp, "Le rapport.\n\nNOS CAMPAGNES EN LIGNE ET LA MER DU NORD\n\nLe réseau chauffe.")
    assert not {"LIGNE", "MER", "NORD"} & set(found)


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Les patients ont voyagé sur la ligne Dijon – Beaune depuis lundi.", "Dijon", "Beaune"),
        ("Contact : Ferrandon – Relations presse, 04 72 00 00 00", "Ferrandon", None),
    ],
)
def test_a_spaced_dash_separates_two_names(nlp, text, first, second):
    found = labels_of(nlp, text)
    assert first in found and not any("–" in name for name in found)
    assert second is None or second in found


def test_a_month_and_a_year_in_a_heading_name_nothing(nlp):
    found = labels_of(nlp, "MOBILISATION NATIONALE LE MARDI 10 MARS 2026\n\nLes ambulanciers manifestent.")
    assert "MARS 2026" not in found


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les bénévoles de la Protection civile de la Haute-Vienne ratissent les bois.",
            "Protection civile de la Haute-Vienne",
        ),
        ("Le Secours populaire du Nord distribue des colis cet hiver.", "Secours populaire du Nord"),
        ("Un hélicoptère de la Marine nationale est intervenu au large.", "Marine nationale"),
    ],
)
def test_a_known_national_body_and_its_local_branch(nlp, text, name):
    assert labels_of(nlp, text).get(name) == "ORG"


def test_a_network_named_with_its_region_is_no_person(nlp):
    found = labels_of(nlp, "Les mesures sont publiées par Atmo Auvergne-Rhône-Alpes chaque jour.")
    assert found.get("Atmo Auvergne-Rhône-Alpes") == "ORG"


def test_a_strategy_against_something_is_named_whole(nlp):
    found = labels_of(nlp, "La stratégie nationale de lutte contre l'endométriose prévoit des filières.")
    assert found.get("stratégie nationale de lutte contre l'endométriose") == "MISC"


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Des élèves des écoles élémentaires Marcel-Pagnol et Jules-Ferry ont été malades.",
            ["Marcel-Pagnol", "Jules-Ferry"],
        ),
        (
            "Les collèges publics Jean-Moulin et Anne-Frank ouvrent leurs cours.",
            ["Jean-Moulin", "Anne-Frank"],
        ),
    ],
)
def test_names_after_a_kind_noun_and_its_adjectives_take_its_label(nlp, text, names):
    found = labels_of(nlp, text)
    assert all(found.get(name) == "ORG" for name in names), found


def test_a_run_after_a_body_s_kind_noun_is_a_body_even_past_the_appositive_s_bounds(nlp):
    text = "Elle fait appel à l'association Mains Ouvertes 35 pour les séances."
    labels = {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert labels.get("Mains Ouvertes 35") == "ORG"


def test_kind_before_reads_only_a_lower_case_kind_noun():
    from pipeline.extractors.entities.labels import kind_before

    assert kind_before("au club Kervalo", 8) == "ORG"
    assert kind_before("le centre hospitalier Kervalo", 22) == "ORG"
    assert kind_before("l'application Kervalo", 14) == "MISC"
    assert kind_before("l'Association Kervalo", 14) is None
