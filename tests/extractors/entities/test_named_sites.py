"""Places named with the noun of their kind, the noun kept in the name: streets in running text, bridges,
beaches, chapels, peat bogs. Invented fragments of a town hall, a départment, a heritage foundation and a
nature agency; addresses, verbs and long weekends spelt like a kind are not read."""

import re

import pytest

from pipeline.extractors.entities.sites import named_sites


def found(text: str) -> list[str]:
    return [text[c.start : c.end] for c in named_sites(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le marché se tiendra place du Marronnier samedi matin.", "place du Marronnier"),
        ("Les travaux de l'avenue Verlaque dureront trois semaines.", "avenue Verlaque"),
        ("Le pont de la Brunière sera fermé à la circulation.", "pont de la Brunière"),
        ("La baignade est interdite sur la plage de Kervenec.", "plage de Kervenec"),
        (
            "La restauration de la chapelle Saint-Gildas de Trévéran commence.",
            "chapelle Saint-Gildas de Trévéran",
        ),
        (
            "Les relevés faits dans la tourbière des Aulnettes confirment la présence du pollen.",
            "tourbière des Aulnettes",
        ),
        ("Un jardin partagé ouvrira rue de Kerlann au printemps.", "rue de Kerlann"),
        ("Les locataires de la résidence Les Glycines seront relogés.", "résidence Les Glycines"),
        ("La réhabilitation de la résidence des Acacias commence lundi.", "résidence des Acacias"),
        ("Rendez-vous place Charles de Gaulle à 18 h.", "place Charles de Gaulle"),
        ("Le chantier de l'anse de Porzic reprend lundi.", "anse de Porzic"),
        ("Programme :\n22h – Place Barbès\n23h – Esplanade", "Place Barbès"),
        ("La circulation sur le viaduc de la Sorgue sera alternée.", "viaduc de la Sorgue"),
        ("Les secours ont hélitreuillé deux randonneurs au col de la Croix-Haute.", "col de la Croix-Haute"),
        ("Une navette relie la gare Saint-Lazare au centre des congrès.", "gare Saint-Lazare"),
        ("Le phare de Kerbel ouvre ses portes aux visiteurs.", "phare de Kerbel"),
        ("Le concert aura lieu salle Yvonne-Printemps à 20 h.", "salle Yvonne-Printemps"),
        ("Le niveau de la retenue de Garbel baisse encore.", "retenue de Garbel"),
        ("Le film sera projeté au cinéma Le Florida vendredi soir.", "cinéma Le Florida"),
        ("La remise des prix aura lieu au théâtre Marcel-Aymé de Brive.", "théâtre Marcel-Aymé de Brive"),
        ("Le concert se tiendra dans l'église Saint-Pierre de Vannes.", "église Saint-Pierre de Vannes"),
        ("Les permanences ont lieu à la mairie annexe de Kerlouan le mardi.", "mairie annexe de Kerlouan"),
        ("Le vote aura lieu salle Jean-Moulin de Vannes à 18 h.", "salle Jean-Moulin"),
    ],
)
def test_a_kind_and_its_name_are_one_place(text, name):
    assert found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Association Les Amis du Port, 12 rue de Kerlann, 29200 Brest",  # an address: a house number
        "Mairie de Trévéran\nplace de la Mairie\n29870 Trévéran",  # an address: the postcode below
        "Le rapport place Lorient en tête du classement.",  # a verb
        "Elle place Vannes au premier rang des villes cyclables.",
        "Les contrôles seront renforcés pendant le pont de l'Ascension.",  # the long weekend
        "Le parc Aventuria rouvre ses portes.",  # 'parc' alone before a name: a body, read elsewhere
        "La station Météo-France de Nîmes a relevé 42 °C.",  # a known body's station
        "Le cours de l'action a progressé.",  # no kind of place
        "Les incubateurs Agoranov, Cap Numérique et Paris&Co accompagnent les lauréats.",  # a body
    ],
)
def test_no_site_where_the_kind_does_not_name_a_place(text):
    assert found(text) == []


def test_a_column_gap_ends_the_name():
    assert found("Vilaine et lac de Guerlédan        Vigilance orange") == ["lac de Guerlédan"]


def test_the_site_wins_over_its_bare_name(nlp):
    doc = nlp("La circulation sera coupée sur le pont de la Brunière jusqu'au 12 mai.")
    labels = {m["text"]: e["label"] for e in doc._.entities for m in e["mentions"]}
    assert labels.get("pont de la Brunière") == "LOC", labels
    assert "Brunière" not in labels


@pytest.mark.parametrize(
    "text, name",
    [
        ("La réunion se tiendra à l'hôtel de ville de Montbard.", "hôtel de ville de Montbard"),
        ("Les élus siègent à l'hôtel du Département depuis lundi.", "hôtel du Département"),
        ("Le procès s'ouvre au palais de justice de Dole lundi.", "palais de justice de Dole"),
        ("La visite du moulin de Fontvive est gratuite.", "moulin de Fontvive"),
        ("La baignade au plan d'eau des Tourelles est interdite.", "plan d'eau des Tourelles"),
        ("Le bâtiment a quitté la base navale de Toulon.", "base navale de Toulon"),
        ("Le match a lieu au palais des sports Marcel-Cerdan.", "palais des sports Marcel-Cerdan"),
        ("Les vols partent de l'aéroport Marcel-Dassault.", "aéroport Marcel-Dassault"),
    ],
)
def test_buildings_and_works_named_with_their_kind(text, name):
    assert name in [text[c.start : c.end] for c in named_sites(text)]


def test_a_capitalised_hotel_or_mill_is_left_to_the_venue_rules():
    assert named_sites("Hôtel de Brienne, Moulin Rouge") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les séances ont lieu à la piscine des Tilleuls chaque mardi.", "piscine des Tilleuls"),
        ("Rendez-vous au complexe sportif de la Garenne à 9 h.", "complexe sportif de la Garenne"),
        ("Lieu : Salle polyvalente du Bourg-Neuf, à partir de 18 h.", "Salle polyvalente du Bourg-Neuf"),
        ("Les bébés nageurs retrouvent le centre nautique Les Ondines.", "centre nautique Les Ondines"),
    ],
)
def test_sports_venues_named_with_their_kind(text, name):
    assert name in [text[c.start : c.end] for c in named_sites(text)]


def test_a_table_cell_ends_a_venue_and_a_header_names_none():
    text = "Piscine        Commune\nPiscine des Tilleuls        Vannes\n"
    gaps = [m.start() for m in re.finditer(r" {8}", text)]
    assert [text[c.start : c.end] for c in named_sites(text, gaps)] == ["Piscine des Tilleuls"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Réunion publique à la salle des fêtes de Kerbriand, mardi à 19 h.", "salle des fêtes de Kerbriand"),
        ("Les analyses du captage de la Combe Noire sont conformes.", "captage de la Combe Noire"),
        ("Le hub ouvre dans la zone d’activités des Grands Champs.", "zone d’activités des Grands Champs"),
        ("Les bacs sont conduits au centre de tri des Vernes.", "centre de tri des Vernes"),
    ],
)
def test_facilities_named_after_a_place_no_gazetteer_holds(text, name):
    assert found(text) == [name]


def test_a_facility_after_a_known_town_leaves_the_town_to_the_gazetteer():
    assert found("Le loto aura lieu à la salle des fêtes de Millau samedi.") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les permanences se tiennent à l'espace Louis-Aragon chaque jeudi.", "espace Louis-Aragon"),
        ("La remise des diplômes aura lieu dans l'amphithéâtre Simone-Veil.", "amphithéâtre Simone-Veil"),
        ("Des coupures sont prévues rue Haute et faubourg Saint-Jean mardi.", "faubourg Saint-Jean"),
    ],
)
def test_halls_and_districts_named_with_their_lower_case_kind(text, name):
    assert name in found(text)


def test_a_capitalised_espace_is_left_to_the_venue_rules():
    assert found("L'Espace Lumière programme douze concerts.") == []
