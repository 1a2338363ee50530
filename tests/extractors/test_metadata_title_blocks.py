"""The title block of releases from issuers the corpus lacks: a label with a year over the
headline, a headline in capitals over a subtitle in lower case, a genre with its qualifier.
Invented fragments in the shapes real releases print (banks, water boards, festivals, leagues,
transport operators, prefectures); each expected value follows docs/annotation.md."""

import pytest

from pipeline.extractors.metadata import extract_metadata
from pipeline.extractors.metadata_title_end import subtitle_start

YEAR_LABELS = {
    "bank_results": (
        "Banque Populaire du Quercy\n\nCommuniqué de presse\nCahors, le 6 février 2026\n\n"
        "Résultats 2025\nUne année record pour le financement des artisans\n\n"
        "Le conseil d'administration a arrêté les comptes de l'exercice.",
        "Résultats 2025 Une année record pour le financement des artisans",
    ),
    "cooperative_harvest": (
        "COOPÉRATIVE DES PLATEAUX\n\nInformation presse\n\nBilan 2025\n"
        "Les volumes reviennent, les prix restent bas\n\n"
        "Réunis en assemblée générale, les adhérents ont pris connaissance du bilan.",
        "Bilan 2025 Les volumes reviennent, les prix restent bas",
    ),
    "theatre_season": (
        "Théâtre des Halles\nCommuniqué de presse\n\nSaison 2026-2027\n"
        "Quarante spectacles et une scène ouverte aux amateurs\n\n"
        "Le théâtre a présenté sa nouvelle saison lundi soir devant ses abonnés.",
        "Saison 2026-2027 Quarante spectacles et une scène ouverte aux amateurs",
    ),
}


@pytest.mark.parametrize("name", sorted(YEAR_LABELS))
def test_a_year_label_starts_the_headline(name):
    text, title = YEAR_LABELS[name]
    assert extract_metadata(text)["title"] == title


def test_a_year_alone_is_still_a_date_line():
    text = (
        "Communiqué de presse\n\n2025\n\nLa fédération lance son premier baromètre régional\n\n"
        "La fédération a interrogé 800 adhérents au printemps."
    )
    assert extract_metadata(text)["title"] == "La fédération lance son premier baromètre régional"


SUBTITLES = {
    "water_board": (
        "Syndicat des eaux du Val d'Aire\n\nCOMMUNIQUÉ\n\n"
        "EAU DU ROBINET : RESTRICTION DE CONSOMMATION\nSix communes concernées\n\n"
        "À la suite des analyses réalisées mardi, l'eau ne doit pas être bue.",
        "EAU DU ROBINET : RESTRICTION DE CONSOMMATION",
    ),
    "prefecture_alert": (
        "PRÉFET DE LA CREUSE\n\nCommuniqué de presse\nGuéret, le 2 août 2025\n\n"
        "SÉCHERESSE : LE DÉPARTEMENT PASSE EN CRISE\nDe nouvelles restrictions dès samedi\n\n"
        "Le préfet a signé ce jour un arrêté renforçant les mesures.",
        "SÉCHERESSE : LE DÉPARTEMENT PASSE EN CRISE",
    ),
    "club_long_headline": (
        "COMMUNIQUÉ\n\nLE CLUB ANNONCE LE RECRUTEMENT DE SON NOUVEL ENTRAÎNEUR POUR LA SAISON PROCHAINE\n"
        "Un contrat de deux ans\n\nLe conseil d'administration a validé mardi le choix du bureau.",
        "LE CLUB ANNONCE LE RECRUTEMENT DE SON NOUVEL ENTRAÎNEUR POUR LA SAISON PROCHAINE",
    ),
}


@pytest.mark.parametrize("name", sorted(SUBTITLES))
def test_a_subtitle_in_lower_case_under_a_headline_in_capitals_is_not_the_title(name):
    text, title = SUBTITLES[name]
    assert extract_metadata(text)["title"] == title


def test_a_short_label_in_capitals_still_starts_the_headline():
    text = (
        "Groupe Armor Distribution\n\nCOMMUNIQUÉ DE PRESSE\n\nRÉSULTATS SEMESTRIELS\n"
        "Le groupe confirme sa croissance\n\nLe chiffre d'affaires progresse de 8 %."
    )
    assert extract_metadata(text)["title"] == "RÉSULTATS SEMESTRIELS Le groupe confirme sa croissance"


QUALIFIED_GENRES = {
    "water_board_urgent": ("Régie des eaux de Lannion\n\nCOMMUNIQUÉ URGENT\n\n", "COMMUNIQUÉ URGENT"),
    "union_joint": (
        "Communiqué de presse intersyndical\nRennes, le 4 mars 2026\n\n",
        "Communiqué de presse intersyndical",
    ),
    "correction": ("ASSOCIATION VÉLO CITÉ\nCommuniqué rectificatif\n\n", "Communiqué rectificatif"),
    "summit": ("Déclaration commune\n\n", "Déclaration commune"),
}


@pytest.mark.parametrize("name", sorted(QUALIFIED_GENRES))
def test_a_genre_with_its_qualifier_word_is_the_document_type(name):
    head, genre = QUALIFIED_GENRES[name]
    text = (
        head + "Les usagers sont invités à suivre les consignes\n\nLe service a constaté une anomalie mardi."
    )
    metadata = extract_metadata(text)
    assert metadata["document_type"] == genre
    assert metadata["title"] == "Les usagers sont invités à suivre les consignes"


GENRE_LINES = {
    "festival": (
        "FESTIVAL DES CORDES – 8e ÉDITION\n\nCOMMUNIQUÉ DE PRESSE – ANNONCE DES LAURÉATS\n\n"
        "Trois jeunes quatuors distingués à Annecy\n\nAnnecy, le 2 juin 2026. Le jury a rendu son verdict.",
        "COMMUNIQUÉ DE PRESSE – ANNONCE DES LAURÉATS",
        "Trois jeunes quatuors distingués à Annecy",
    ),
    "school_competition": (
        "Académie de Dijon\nInformation presse – Concours scolaire\nDijon, le 12 mai 2026\n\n"
        "Les collégiens de Côte-d'Or remportent le concours de robotique\n\n"
        "Vingt-quatre équipes se sont affrontées jeudi au lycée Carnot.",
        "Information presse – Concours scolaire",
        "Les collégiens de Côte-d'Or remportent le concours de robotique",
    ),
    "headline_on_the_genre_line": (
        "Mairie de Pontivy\n\nCommuniqué de presse : fermeture de la piscine municipale\n\n"
        "La piscine sera fermée du 3 au 17 août pour travaux de vidange.",
        "Communiqué de presse",
        "fermeture de la piscine municipale",
    ),
    "short_headline_then_lede": (
        "POLICE NATIONALE – DDSP DU GARD\n\nAPPEL À TÉMOINS – VOL À MAIN ARMÉE\n\nNîmes, le 3 mars 2026\n\n"
        "La police recherche deux individus ayant braqué une bijouterie lundi soir.",
        "APPEL À TÉMOINS",
        "VOL À MAIN ARMÉE",
    ),
}


@pytest.mark.parametrize("name", sorted(GENRE_LINES))
def test_words_after_the_genre_qualify_it_when_a_headline_follows(name):
    text, genre, title = GENRE_LINES[name]
    metadata = extract_metadata(text)
    assert (metadata["document_type"], metadata["title"]) == (genre, title)


LEFTOVERS = {
    "hashtag_over_headline": (
        "Communiqué de presse\n\n#JEP2026\n\nJournées du patrimoine : 90 sites ouverts dans le Cantal\n\n"
        "Aurillac, le 9 septembre 2026. Le Département ouvre ses portes.",
        "Journées du patrimoine : 90 sites ouverts dans le Cantal",
    ),
    "tags_and_handle": (
        "@ARS_Bretagne #Vaccination #Grippe\n\nLa campagne de vaccination contre la grippe débute mardi\n\n"
        "L'Agence régionale de santé rappelle que la vaccination est gratuite.",
        "La campagne de vaccination contre la grippe débute mardi",
    ),
    "skip_links": (
        "Aller au contenu principal\nMenu\nRetour aux actualités\n\n"
        "Le Département du Lot ouvre un appel à projets pour les tiers-lieux\n\n15 janvier 2026\n\n"
        "Le Département consacre 400 000 euros aux tiers-lieux ruraux.",
        "Le Département du Lot ouvre un appel à projets pour les tiers-lieux",
    ),
    "back_to_top_is_furniture_but_a_headline_on_return_is_not": (
        "Retour en haut de la page\n\nRetour à la normale sur la ligne B du tramway\n\n"
        "Les rames circulent de nouveau depuis 6 heures ce matin.",
        "Retour à la normale sur la ligne B du tramway",
    ),
}


@pytest.mark.parametrize("name", sorted(LEFTOVERS))
def test_web_leftovers_over_the_headline_are_passed_over(name):
    text, title = LEFTOVERS[name]
    assert extract_metadata(text)["title"] == title


NOTICES = {
    "transport": ("AVIS AUX VOYAGEURS\n\n", "AVIS AUX VOYAGEURS"),
    "water": ("Syndicat des eaux de la Vienne\nAvis aux usagers\n\n", "Avis aux usagers"),
    "town": ("COMMUNE DE PLOUHA\n\nAVIS À LA POPULATION\n\n", "AVIS À LA POPULATION"),
}


@pytest.mark.parametrize("name", sorted(NOTICES))
def test_a_public_notice_is_a_genre_and_the_headline_is_under_it(name):
    head, genre = NOTICES[name]
    text = (
        head + "Coupure d'eau rue des Écoles mardi 4 mars\n\nDes travaux sur le réseau imposent une coupure."
    )
    metadata = extract_metadata(text)
    assert (metadata["document_type"], metadata["title"]) == (
        genre,
        "Coupure d'eau rue des Écoles mardi 4 mars",
    )


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "SÉCHERESSE : LE LOT PASSE EN CRISE De nouvelles restrictions dès samedi",
            "SÉCHERESSE : LE LOT PASSE EN CRISE",
        ),
        ("RÉSULTATS ANNUELS 2025 Le groupe affiche une activité solide", None),
        ("COVID-19 : Point de situation", None),
        ("Canicule : l'ARS active son plan", None),
    ],
)
def test_a_subtitle_set_in_one_heading_with_a_headline_in_capitals(heading, title):
    cut = subtitle_start(heading)
    assert (heading[:cut] if cut else None) == title


def test_a_page_headline_keeps_the_headline_in_capitals_without_its_subtitle():
    text = (
        "EAU DU ROBINET : NE PAS BOIRE SANS L'AVOIR FAIT BOUILLIR Six communes concernées\n\n"
        "Le syndicat des eaux a constaté une contamination."
    )
    metadata = extract_metadata(text, headline=(0, text.index("\n")))
    assert metadata["title"] == "EAU DU ROBINET : NE PAS BOIRE SANS L'AVOIR FAIT BOUILLIR"


LETTERHEAD_ADDRESSES = {
    "association_street_and_town": (
        "Association Les Amis du Rail\n12 rue de la Gare\n21000 Dijon\n\n"
        "La ligne des Hautes-Côtes rouvre aux trains touristiques\n\n"
        "L'association annonce la réouverture de la ligne pour l'été.",
        "La ligne des Hautes-Côtes rouvre aux trains touristiques",
    ),
    "federation_one_line": (
        "Fédération régionale des chasseurs\n8 avenue de la Libération – 87000 Limoges\n\n"
        "Ouverture générale de la chasse le 14 septembre\n\n"
        "La fédération rappelle les consignes de sécurité aux chasseurs de la région.",
        "Ouverture générale de la chasse le 14 septembre",
    ),
    "company_postbox": (
        "NORMANDIE LIN SA\nCS 40012 – 76190 Yvetot Cedex\n\nCommuniqué de presse\n\n"
        "Normandie Lin ouvre une usine de teillage à Fécamp\n\n"
        "Le groupe investit 18 millions d'euros dans une nouvelle usine.",
        "Normandie Lin ouvre une usine de teillage à Fécamp",
    ),
    "numbers_in_a_headline_are_no_address": (
        "Communiqué de presse\n\nDéjà 30000 Français vaccinés contre la grippe\n\n"
        "La campagne a commencé le 14 octobre dans toutes les pharmacies.",
        "Déjà 30000 Français vaccinés contre la grippe",
    ),
}


@pytest.mark.parametrize("name", sorted(LETTERHEAD_ADDRESSES))
def test_a_letterhead_address_is_not_the_headline(name):
    text, title = LETTERHEAD_ADDRESSES[name]
    assert extract_metadata(text)["title"] == title


def test_a_table_of_contents_under_the_headline_is_not_part_of_it():
    text = (
        "Dossier de presse\n\nLes lauréats du prix régional de l'innovation agricole\n1. Le prix\n"
        "2. Les lauréats\n3. Le jury\n\n1. Le prix\n"
        "Le prix récompense chaque année les exploitations les plus inventives."
    )
    assert extract_metadata(text)["title"] == "Les lauréats du prix régional de l'innovation agricole"


def test_a_web_page_s_header_gives_way_to_the_headline_under_its_date_stamp():
    page = (
        "SNTL – Le syndicat des transports du Léman\n"
        "Accueil | Nos droits | Actualités | Nous contacter\n\n"
        "ACTUALITÉS\n"
        "Mis en ligne le 3 avril 2031 par le bureau\n\n"
        "Dépôt de Thonon : un accord signé après trois jours de grève\n\n"
        "Après trois jours de grève, les 120 conducteurs du dépôt ont obtenu un accord salarial.\n"
    )
    assert extract_metadata(page)["title"] == "Dépôt de Thonon : un accord signé après trois jours de grève"


def test_a_name_over_its_descriptor_and_address_is_a_letterhead():
    release = (
        "CONSO'LIENS SAVOIE\n"
        "Association de consommateurs agréée - 4 rue des Écoles - 73000 CHAMBÉRY\n\n"
        "A l'attention des rédactions\n\n"
        "FRAIS DE TENUE DE COMPTE : NOTRE ENQUÊTE DANS 12 AGENCES\n\n"
        "Entre octobre et décembre, dix bénévoles ont visité douze agences bancaires de Savoie.\n"
    )
    assert extract_metadata(release)["title"] == "FRAIS DE TENUE DE COMPTE : NOTRE ENQUÊTE DANS 12 AGENCES"


def test_a_genre_s_second_line_is_no_headline():
    release = (
        "INTERSYNDICALE DU RÉSEAU TRAMIX\n\n"
        "                 PRÉAVIS DE GRÈVE\n"
        "       Communiqué aux usagers et à la presse\n\n"
        "GRÈVE RECONDUCTIBLE SUR LE RÉSEAU TRAMIX À PARTIR DU 16 MARS\n\n"
        "Les organisations syndicales ont déposé ce lundi un préavis de grève couvrant toute la semaine.\n"
    )
    metadata = extract_metadata(release)
    assert metadata["document_type"] == "PRÉAVIS DE GRÈVE"
    assert metadata["title"] == "GRÈVE RECONDUCTIBLE SUR LE RÉSEAU TRAMIX À PARTIR DU 16 MARS"


DECKS = {
    "event_venue": (
        "DOSSIER DE PRESSE\n\nASSISES RÉGIONALES DE LA RANDONNÉE\nVannes – Palais des arts\n"
        "12 et 13 octobre 2026\n\nLe comité régional réunit les clubs et les offices de tourisme.",
        "ASSISES RÉGIONALES DE LA RANDONNÉE",
    ),
}


@pytest.mark.parametrize("name", sorted(DECKS))
def test_a_venue_under_an_event_name_is_not_the_title(name):
    text, title = DECKS[name]
    assert extract_metadata(text)["title"] == title
