"""Session 23: the army's and the bar's ceremonies; the Republic's motto and a town hall's or a
county's seat are no evidence; naturalisation ceremonies and the homeless number as society;
universities as students; the mountain's leisure words; an official's office counts for politics
but files no branch; the economic, social and environmental councils as government; a region's
name is no country. Every fragment and name is invented; none is corpus, dev-set or web text."""

from theme_fragments import body_matches

POLITICS, GOVERNMENT, INTERNATIONAL = "medtop:11000000", "medtop:20000593", "medtop:20000638"
CEREMONY, FUNDAMENTAL_RIGHTS, TOURISM = "medtop:20000501", "medtop:20000587", "medtop:20000331"
IMMIGRATION, WELFARE = "medtop:20000771", "medtop:20000817"
SCHOOL, STUDENTS, LEISURE = "medtop:20000400", "medtop:20000415", "medtop:20000538"


def test_military_and_judicial_ceremonies(themes_nlp):
    text = (
        "La passation de commandement du 5e régiment aura lieu sur la place d'armes, après une prise "
        "d'armes. Le barreau tiendra sa rentrée solennelle le mois suivant."
    )
    found = body_matches(themes_nlp, text)
    assert {"passation de commandement", "prise d'armes", "rentrée solennelle"} <= set(found[CEREMONY])


def test_the_republics_motto_is_no_fundamental_right(themes_nlp):
    text = "PRÉFET DU LOIRET\nLiberté\nÉgalité\nFraternité\n\nLa préfecture publie son bilan routier."
    assert FUNDAMENTAL_RIGHTS not in body_matches(themes_nlp, text)


def test_a_town_hall_or_a_countys_seat_is_no_hotel(themes_nlp):
    text = (
        "Les lauréats seront reçus à l'hôtel de ville, puis à l'hôtel du Département ; un hôtel de "
        "quarante chambres ouvrira près de la gare."
    )
    assert body_matches(themes_nlp, text)[TOURISM] == ["hôtel"]


def test_naturalisation_ceremonies_and_the_homeless_number_are_society(themes_nlp):
    text = (
        "La sous-préfète a présidé une cérémonie d'accueil dans la citoyenneté française. Par grand "
        "froid, toute personne à la rue peut appeler le 115."
    )
    found = body_matches(themes_nlp, text)
    assert "accueil dans la citoyenneté" in found[IMMIGRATION]
    assert "appeler le 115" in found[WELFARE]


def test_a_university_is_filed_under_students_not_schools(themes_nlp):
    text = "L'université rénove son campus : l'IUT accueillera 300 places de plus à la rentrée."
    found = body_matches(themes_nlp, text)
    assert {"université", "campus", "IUT"} <= set(found[STUDENTS])
    assert SCHOOL not in found


def test_the_mountains_lifts_huts_and_steam_trains_are_leisure(themes_nlp):
    text = (
        "La télécabine rouvre samedi ; les skieurs de randonnée et les adeptes du hors-piste sont "
        "invités à consulter le bulletin. Les gardiens de refuge proposent une nuit en refuge, et le "
        "train à vapeur reprend ses circulations."
    )
    found = body_matches(themes_nlp, text)
    expected = {"télécabine", "skieurs de randonnée", "hors-piste", "gardiens de refuge", "nuit en refuge"}
    assert expected | {"train à vapeur"} <= set(found[LEISURE])


def test_an_economic_and_social_council_is_government(themes_nlp):
    text = "Réuni en séance plénière, le CESER adopte son avis sur la ressource en eau des Pays de la Loire."
    found = body_matches(themes_nlp, text)
    assert "CESER" in found[GOVERNMENT]
    assert INTERNATIONAL not in found
