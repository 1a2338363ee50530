"""The issuer on invented releases shaped like those of many kinds of issuers (a préfecture, an
ARS, a ministry, a council, a company, an association, a federation, a festival, a competition, a
university, a hospital, a museum, a town hall, joint releases). Each gold value was decided by
docs/annotation.md before the pipeline was run on it: the body as the letterhead, the header or
the signature prints it, joint issuers joined with " ; " in reading order."""

import pytest

from pipeline.extractors.metadata import extract_metadata

BODY = (
    "Le dispositif entre en vigueur dès lundi. Les habitants concernés seront informés par courrier "
    "et par voie d'affichage dans les communes.\n\n"
    "Les services restent mobilisés pour accompagner les usagers tout au long de la période.\n\n"
)

SHAPES = {
    "prefecture_marque_on_two_lines": (
        "PRÉFET\nDE LA CHARENTE\nLiberté\nÉgalité\nFraternité\n\nAngoulême, le 4 février 2025\n\n"
        "COMMUNIQUÉ DE PRESSE\n\nÉpisode de pollution aux particules fines : mesures d'urgence\n\n"
        + BODY
        + "Contact presse : Bureau de la communication interministérielle – 05 45 97 61 00 – "
        "pref-communication@charente.gouv.fr\n",
        "PRÉFET DE LA CHARENTE",
    ),
    "ars_letterhead_wrapped_on_the_region": (
        "Agence régionale de santé\nAuvergne-Rhône-Alpes\n\nCommuniqué de presse\n\n"
        "Lyon, le 12 juin 2025\n\nMoustique tigre : les bons gestes pour l'été\n\n"
        + BODY
        + "Contact presse\nars-ara-presse@ars.sante.fr – 04 27 86 55 55\n",
        "Agence régionale de santé Auvergne-Rhône-Alpes",
    ),
    "ministry_press_service_only": (
        "Communiqué de presse\n\nParis, le 3 mars 2025\n\nLe Pass Culture ouvert aux élèves de sixième\n\n"
        + BODY
        + "Contact presse : Service de presse du ministère de la Culture – 01 40 15 83 31 – "
        "service-de-presse@culture.gouv.fr\n",
        "ministère de la Culture",
    ),
    "department_letterhead_wrapped_on_a_preposition": (
        "Le Département\nde la Gironde\n\nCOMMUNIQUÉ DE PRESSE\n\nBordeaux, le 5 mai 2025\n\n"
        "Collèges : 40 millions d'euros pour la rénovation énergétique\n\n" + BODY,
        "Le Département de la Gironde",
    ),
    "region_with_its_communication_service_under_it": (
        "Région Occitanie\nDirection de la communication\n\nCOMMUNIQUÉ DE PRESSE\n\n"
        "Toulouse, le 6 mai 2025\n\nTransports scolaires : la gratuité reconduite\n\n" + BODY,
        "Région Occitanie",
    ),
    "company_named_in_the_footer_only": (
        "Communiqué de presse\n\nLyon, le 2 avril 2025\n\nKelvio lève 12 millions d'euros pour ses pompes "
        "à chaleur\n\nLa jeune pousse lyonnaise annonce une levée de fonds auprès de ses investisseurs "
        "historiques.\n\n" + BODY + "Contact presse : Julie Bernard – 06 12 34 56 78\n\n"
        "Kelvio – 14 rue des Lilas, 69003 Lyon – www.kelvio.com\n",
        "Kelvio",
    ),
    "association_office_of_the_body_in_the_contact": (
        "Communiqué de presse\n\nLille, le 10 octobre 2025\n\nFactures d'énergie : une permanence "
        "gratuite pour les ménages\n\n"
        + BODY
        + "Contact presse : Camille Morel – Service communication de l'Union des consommateurs du Nord"
        " – 03 20 12 34 56\n",
        "Union des consommateurs du Nord",
    ),
    "federation_acronym_over_its_full_name": (
        "FFRP\nFédération française de randonnée pédestre\n\nCOMMUNIQUÉ\n\nParis, le 8 janvier 2025\n\n"
        "Les sentiers de grande randonnée fêtent leurs 80 ans\n\n" + BODY,
        "Fédération française de randonnée pédestre",  # the full name, not the acronym over it
    ),
    "festival_name_over_the_type_line": (
        "FESTIVAL DES CONTES D'HIVER\n12e édition – du 5 au 14 décembre 2025\n\n"
        "Communiqué de presse – 3 novembre 2025\n\nLa programmation dévoilée\n\n"
        + BODY
        + "Contact presse : Léa Girard – 06 45 78 12 90 – presse@contesdhiver.fr\nwww.contesdhiver.fr\n",
        "FESTIVAL DES CONTES D'HIVER",
    ),
    "school_competition_name_and_its_site": (
        "Concours Castor informatique\n\nDossier de presse\n\n14 novembre 2025\n\n"
        "Retrouvez toutes les informations sur www.concours-castor.fr\n\n"
        "Plus de 700 000 élèves attendus\n\n"
        + BODY
        + "Le concours est organisé par l'association France-ioi et l'Inria.\n\n"
        "Contact : Paul Lenoir – paul.lenoir@france-ioi.org\n",
        "Concours Castor informatique",
    ),
    "university_with_its_communication_direction": (
        "Université Grenoble Alpes\nDirection de la communication\n\nCommuniqué de presse\n\n"
        "Grenoble, le 6 octobre 2025\n\nUne nouvelle chaire sur la transition énergétique\n\n"
        + BODY
        + "Contact presse : Service presse de l'Université Grenoble Alpes – presse@univ-grenoble-alpes.fr\n",
        "Université Grenoble Alpes",
    ),
    "hospital_acronym_letterhead": (
        "CHU de Bordeaux\n\nCommuniqué de presse\n\nBordeaux, le 20 mars 2025\n\n"
        "Un robot chirurgical pour la chirurgie cardiaque\n\n"
        + BODY
        + "Contact presse : Direction de la communication – 05 56 79 56 79\n",
        "CHU de Bordeaux",
    ),
    "museum_footer_with_address_and_site": (
        "Communiqué de presse\n\nMontpellier, le 2 février 2025\n\nUne rétrospective Frédéric Bazille "
        "cet été\n\n" + BODY + "Suivez-nous sur Instagram et Facebook\n\n"
        "Musée Fabre – 39 boulevard Bonne Nouvelle – 34000 Montpellier – museefabre.fr\n",
        "Musée Fabre",
    ),
    "town_hall_letterhead_with_its_service": (
        "VILLE DE MONTREUIL\nService communication\n\nCOMMUNIQUÉ DE PRESSE\n\n"
        "Montreuil, le 9 septembre 2025\n\nLa Fête de la ville revient dimanche\n\n" + BODY,
        "VILLE DE MONTREUIL",
    ),
    "joint_prefecture_and_ars_letterheads": (
        "PRÉFÈTE DE LA SOMME\nAgence régionale de santé Hauts-de-France\n\n"
        "COMMUNIQUÉ DE PRESSE CONJOINT\n\nAmiens, le 14 août 2025\n\n"
        "Canicule : le plan départemental activé\n\n" + BODY,
        "PRÉFÈTE DE LA SOMME ; Agence régionale de santé Hauts-de-France",
    ),
    "joint_release_signed_by_a_list": (
        "Communiqué de presse commun\n\nParis, le 2 juin 2025\n\n"
        "Protéger les haies : un appel au gouvernement\n\n"
        + BODY
        + "Signataires :\n\n• Ligue pour la protection des oiseaux\n• France Nature Environnement\n"
        "• Fédération nationale des chasseurs\n",
        "Ligue pour la protection des oiseaux ; France Nature Environnement ; "
        "Fédération nationale des chasseurs",
    ),
    "company_copyright_footer": (
        "Communiqué de presse\n\nNantes, le 15 janvier 2025\n\nNouvelle usine de vélos cargo à Nantes\n\n"
        + BODY
        + "Suivez-nous sur LinkedIn\n\n© 2025 Cargonaute – Tous droits réservés\n",
        "Cargonaute",
    ),
    "ars_footer_with_acronym_address_and_site": (
        "Communiqué de presse\n\nRennes, le 7 juillet 2025\n\nQualité des eaux de baignade : bilan de "
        "mi-saison\n\n"
        + BODY
        + "ARS Bretagne – 6 place des Colombes – CS 14253 – 35042 Rennes Cedex – www.bretagne.ars.sante.fr\n",
        "ARS Bretagne",
    ),
    "joint_bodies_on_the_type_line": (
        "Communiqué de presse conjoint de la préfecture du Finistère et de l'ARS Bretagne\n\n"
        "Quimper, le 18 août 2025\n\nAlgues vertes : fermeture de trois plages\n\n" + BODY,
        "préfecture du Finistère ; ARS Bretagne",
    ),
    "body_on_the_type_line_after_a_dash": (
        "COMMUNIQUÉ DE PRESSE – PRÉFECTURE DU CHER\n\nBourges, le 2 septembre 2025\n\n"
        "Sécheresse : de nouvelles restrictions d'eau\n\n" + BODY,
        "PRÉFECTURE DU CHER",
    ),
    "body_line_under_the_type_line": (
        "COMMUNIQUÉ DE PRESSE\nPréfecture de la Haute-Garonne\n\nToulouse, le 3 mars 2025\n\n"
        "Fermeture temporaire de l'accueil des étrangers\n\n" + BODY,
        "Préfecture de la Haute-Garonne",
    ),
    "festival_team_sign_off": (
        "Communiqué de presse\n\nLille, le 20 mai 2025\n\nLes Nuits secrètes dévoilent leur affiche\n\n"
        + BODY
        + "Toute l'équipe du Festival des Nuits Secrètes\n",
        "Festival des Nuits Secrètes",
    ),
    "federation_president_signs": (
        "Communiqué de presse\n\nOrléans, le 11 septembre 2025\n\nOuverture de la chasse : appel à la "
        "prudence\n\n"
        + BODY
        + "Jean-Marc Lefèvre\nPrésident de la Fédération départementale des chasseurs du Loiret\n",
        "Fédération départementale des chasseurs du Loiret",
    ),
    "prefecture_marque_in_four_short_lines": (
        "PRÉFÈTE\nDE LA RÉGION\nBRETAGNE\nLiberté\nÉgalité\nFraternité\n\nCOMMUNIQUÉ DE PRESSE\n\n"
        "Rennes, le 2 février 2025\n\nTempête : vigilance orange sur le littoral\n\n" + BODY,
        "PRÉFÈTE DE LA RÉGION BRETAGNE",
    ),
    "company_with_an_about_and_an_agency_contact": (
        "Communiqué de presse\n\nParis, le 30 janvier 2025\n\nNaturéo ouvre son centième magasin\n\n"
        + BODY
        + "À propos de Naturéo\nCréée en 1996, Naturéo est une enseigne de magasins bio.\n\n"
        "Contact presse : Agence Plume Communication – Claire Roux – claire.roux@plume-rp.fr\n",
        "Naturéo",
    ),
    "ars_acronym_over_its_region": (
        "ARS\nOccitanie\n\nCOMMUNIQUÉ DE PRESSE\n\nMontpellier, le 4 juillet 2025\n\n"
        "Canicule : les établissements de santé en alerte\n\n" + BODY,
        "ARS Occitanie",
    ),
    "town_hall_press_office_line": (
        "Communiqué de presse\n\nRennes, le 12 mars 2025\n\nLe budget participatif est lancé\n\n"
        + BODY
        + "Contacts presse :\nService communication – Mairie de Rennes – 02 23 62 10 10\n",
        "Mairie de Rennes",
    ),
    "joint_release_signed_in_one_sentence": (
        "Communiqué de presse\n\nParis, le 2 juin 2025\n\nProtéger les haies\n\n"
        + BODY
        + "Communiqué signé par : la LPO, France Nature Environnement et Humanité et Biodiversité.\n",
        "LPO ; France Nature Environnement ; Humanité et Biodiversité",
    ),
    "first_signatories_with_their_towns": (
        "Communiqué de presse\n\nParis, le 2 juin 2025\n\nProtéger les haies\n\n"
        + BODY
        + "Premiers signataires\n- Association Bocage Vivant (Rennes)\n- Fédération des CUMA de l'Ouest\n"
        "- Terre de Liens\n\nContact : Paul Roy – 06 11 22 33 44\n",
        "Association Bocage Vivant ; Fédération des CUMA de l'Ouest ; Terre de Liens",
    ),
    "joint_letterheads_in_lower_case": (
        "Préfète de la Somme\nAgence régionale de santé Hauts-de-France\n\nCommuniqué de presse\n\n"
        "Amiens, le 2 juin 2025\n\nCanicule : le plan départemental activé\n\n" + BODY,
        "Préfète de la Somme ; Agence régionale de santé Hauts-de-France",
    ),
    "company_about_heading_in_capitals": (
        "Communiqué de presse\n\nParis, le 30 janvier 2025\n\nUn centième magasin pour l'enseigne\n\n"
        + BODY
        + "À PROPOS DE NATURÉO\nCréée en 1996, Naturéo est une enseigne de magasins bio.\n\n"
        "Contact presse : Claire Roux – claire.roux@plume-rp.fr\n",
        "NATURÉO",
    ),
    "about_heading_with_the_name_s_own_article": (
        "Communiqué de presse\n\nTours, le 30 janvier 2025\n\nUn tiers-lieu ouvre ses portes\n\n"
        + BODY
        + "À propos de La Fabrique\nLa Fabrique est une association de quartier.\n",
        "La Fabrique",
    ),
    "programme_banner_over_the_body": (
        "PLAN VÉLO 2030\nMinistère des Transports\n\nCommuniqué de presse\n\nParis, le 4 juin 2025\n\n"
        "250 millions d'euros pour les pistes cyclables\n\n" + BODY,
        "Ministère des Transports",
    ),
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_the_issuer_of_each_shape(name: str) -> None:
    text, gold = SHAPES[name]
    metadata = extract_metadata(text)
    assert metadata["issuer"] == gold
    evidence = metadata["evidence"]["issuer"]
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]


NOT_ISSUERS = {
    "venue_under_practical_information": (
        "Communiqué de presse\n\nParis, le 3 avril 2025\n\nUn concert pour la paix\n\n"
        + BODY
        + "Infos pratiques\nThéâtre de la Ville – 2 place du Châtelet – 75004 Paris\n"
    ),
    "photo_credit": (
        "Communiqué de presse\n\nNantes, le 3 avril 2025\n\nLe printemps des jardins\n\n"
        + BODY
        + "Visuel disponible sur demande\n© Marc Durand\n"
    ),
    "person_with_an_address": (
        "Communiqué de presse\n\nNantes, le 3 avril 2025\n\nLe printemps des jardins\n\n"
        + BODY
        + "Julie Bernard – 12 rue des Lilas, 44000 Nantes\n"
    ),
    "headline_above_the_genre": (
        "SALON DE L'AGRICULTURE : UNE ÉDITION RECORD\n\nCommuniqué de presse\n\nParis, le 3 mars 2025\n\n"
        "Plus de 600 000 visiteurs attendus porte de Versailles\n\n" + BODY
    ),
    "signatories_in_a_sentence": (
        "Communiqué de presse\n\nParis, le 3 avril 2025\n\nUne pétition pour les haies\n\n"
        + BODY
        + "Les signataires demandent au gouvernement un moratoire sur l'arrachage des haies.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_ISSUERS))
def test_closing_lines_that_name_no_issuer(name: str) -> None:
    assert extract_metadata(NOT_ISSUERS[name])["issuer"] is None
