"""Places in a timetable's column, communes whose name opens with an article, companies listed after
'dont' or an investor's cue, and a body's legal status: invented fragments of a département's tour, a
water board's notice, a start-up's funding round and an association's 'À propos'."""

from pipeline import extract
from pipeline.extractors.entities.listing import listed_place
from pipeline.extractors.entities.vocabulary import legal_status

TOUR = (
    "Département du Gers\n\nAuch, le 5 janvier 2026\n\nCommuniqué de presse\n\n"
    "Le bus de l'emploi en tournée\n\n"
    "Lundi 12 janvier ........ Fleurance (place de la Halle)\n"
    "Mardi 13 janvier ........ Condom (parking du stade)\n"
    "Jeudi 15 janvier ........ Les Cabannes\n"
    "Vendredi 16 janvier ..... Lectoure\n\n"
    "Le bus stationne de 9 h à 16 h.\n"
)


def labels(text: str) -> dict[str, str]:
    return {m.text: e.label for e in extract(text).entities for m in e.mentions}


def test_a_dot_leader_parts_a_timetable_s_cells():
    text = "Auch .................. lundi 12 janvier\nCondom ................ mardi 13 janvier\n"
    start = text.index("Condom")
    assert listed_place(text, start, start + len("Condom"))


def test_a_town_in_a_timetable_s_column_beside_known_places():
    text = (
        "Lundi 12 janvier ........ Fleurance (place de la Halle)\n"
        "Mardi 13 janvier ........ Condom (parking du stade)\n"
        "Jeudi 15 janvier ........ Lectoure (mairie)\n"
    )
    start = text.index("Condom")
    assert listed_place(text, start, start + len("Condom"))


def test_towns_of_a_tour_and_a_commune_s_own_article():
    found = labels(TOUR)
    assert found.get("Condom") == "LOC", found
    assert found.get("Les Cabannes") == "LOC", found
    assert "Cabannes" not in found, found


def test_firms_listed_after_dont_and_an_investor_s_cue_are_bodies():
    text = (
        "Brest, le 3 mars 2026\n\nCommuniqué de presse\n\nLe cursus a été construit avec une douzaine"
        " d'entreprises du territoire, dont Photonix, Lasertec et Optiwave, qui accueilleront les apprentis."
        " La levée de fonds est menée par Breizh Capital, avec la participation de Finistère Invest.\n"
    )
    found = labels(text)
    for name in ("Photonix", "Lasertec", "Optiwave", "Breizh Capital"):
        assert found.get(name) == "ORG", (name, found)


def test_a_legal_status_is_no_name():
    assert legal_status("Établissement public industriel et commercial")
    assert legal_status("Association reconnue d'utilité publique fondée en 1987")
    assert not legal_status("Établissement public du Marais poitevin")
    assert not legal_status("Office français de la biodiversité")
    text = (
        "Tours, le 3 mars 2026\n\nCommuniqué de presse\n\nLire et faire lire en Touraine\n\nÀ propos de Lire"
        " Ensemble\nAssociation reconnue d'utilité publique fondée en 1992, Lire Ensemble forme des"
        " bénévoles.\n"
    )
    assert not any(m.startswith("Association") for m in labels(text)), labels(text)


def test_a_name_with_its_article_where_a_place_stands_is_a_place():
    text = (
        "Vannes, le 3 juin 2026\n\nCommuniqué de presse\n\nDes tiralos sur les plages\n\nLes fauteuils sont"
        " prêtés à Sarzeau (Le Roaliguen) et à Arzon. Un concert est donné à La Pointe-Bleue samedi.\n"
    )
    found = labels(text)
    assert found.get("Le Roaliguen") == "LOC", found
    assert found.get("La Pointe-Bleue") == "LOC", found


def test_a_title_with_its_article_mid_sentence_stays_a_body():
    text = (
        "Rennes, le 3 juin 2026\n\nCommuniqué de presse\n\nUn prix de journalisme\n\nLe jury réunit des"
        " journalistes de Le Télégramme Ouest et de La Voix Bretonne.\n"
    )
    found = labels(text)
    assert found.get("La Voix Bretonne") == "ORG", found


def test_a_count_after_dont_is_no_name():
    text = (
        "Lorient, le 3 juin 2026\n\nCommuniqué de presse\n\nLe festival en chiffres\n\nQuarante films étaient"
        " présentés, dont 14 en compétition.\n"
    )
    assert not any(m.startswith("14") for m in labels(text)), labels(text)
