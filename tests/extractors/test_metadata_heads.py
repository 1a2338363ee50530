"""Metadata on a second collection of invented release heads (session 9), in shapes learned from
public French releases of issuers the corpus lacks: regional health agencies, ministries and
préfectures under long administrative letterheads, companies with wire datelines, associations,
federations, festivals, a school competition; as plain text, markdown, PDF text (running headers,
page numbers) and web-page text (trails, publication stamps). Each expected value was written from
docs/annotation.md before the pipeline was run on it; a field the guide leaves open is left out."""

import pytest

from pipeline.extractors.metadata import extract_metadata
from pipeline.readers import read_document

CHAPO = "L'agence appelle chacun à la vigilance et rappelle les gestes utiles pendant toute la période."

HEADS = {
    "ars_letterhead_two_line_title_chapo": (
        (
            "Agence régionale de santé\n"
            "Centre-Val de Loire\n"
            "\n"
            "Communiqué de presse\n"
            "Orléans, le 3 mars 2025\n"
            "\n"
            "Rougeole : l'ARS appelle à vérifier\n"
            "son statut vaccinal avant les vacances\n"
            "\n"
            "Douze cas ont été signalés dans la région depuis janvier, contre deux l'an dernier.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Orléans",
            "date": "2025-03-03",
            "title": "Rougeole : l'ARS appelle à vérifier son statut vaccinal avant les vacances",
        },
    ),
    "ministry_long_letterhead_capitals_type": (
        (
            "MINISTÈRE DE L'AGRICULTURE\n"
            "ET DE LA SOUVERAINETÉ ALIMENTAIRE\n"
            "Liberté\n"
            "Égalité\n"
            "Fraternité\n"
            "\n"
            "COMMUNIQUÉ DE PRESSE\n"
            "\n"
            "Paris, le 12 février 2025\n"
            "\n"
            "Salon de l'agriculture : le ministre annonce un plan pour l'installation des jeunes\n"
            "\n"
            "Le ministre a présenté ce matin un plan de soutien doté de 50 millions d'euros.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "place": "Paris",
            "date": "2025-02-12",
            "title": "Salon de l'agriculture : le ministre annonce un plan pour l'installation des jeunes",
        },
    ),
    "prefecture_cabinet_units_numeric_date_capitals_title": (
        (
            "PRÉFET DU DOUBS\n"
            "Cabinet du préfet\n"
            "Bureau de la communication interministérielle\n"
            "\n"
            "Communiqué de presse\n"
            "\n"
            "Besançon, le 03/03/2025\n"
            "\n"
            "FEUX DE FORÊT : L'EMPLOI DU FEU EST INTERDIT\n"
            "JUSQU'AU 30 SEPTEMBRE\n"
            "\n"
            "En raison de la sécheresse, le préfet a pris un arrêté.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Besançon",
            "date": "2025-03-03",
            "title": "FEUX DE FORÊT : L'EMPLOI DU FEU EST INTERDIT JUSQU'AU 30 SEPTEMBRE",
        },
    ),
    "type_after_title_then_dateline": (
        (
            "La Fédération française de randonnée lance son application de balisage\n"
            "Communiqué de presse\n"
            "Paris, le 14 avril 2025\n"
            "\n"
            "Les randonneurs pourront signaler un balisage abîmé depuis leur téléphone.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Paris",
            "date": "2025-04-14",
            "title": "La Fédération française de randonnée lance son application de balisage",
        },
    ),
    "company_wire_dateline_body": (
        (
            "COMMUNIQUÉ DE PRESSE\n"
            "\n"
            "Cordalis acquiert l'éditeur nantais Quillon et renforce son offre de paie\n"
            "\n"
            "Lyon – 3 mars 2025 – Cordalis, spécialiste des logiciels de gestion pour les PME, "
            "annonce l'acquisition de Quillon.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "place": "Lyon",
            "date": "2025-03-03",
            "title": "Cordalis acquiert l'éditeur nantais Quillon et renforce son offre de paie",
        },
    ),
    "embargo_with_time_over_title": (
        (
            "Communiqué de presse\n"
            "EMBARGO JUSQU'AU MARDI 11 MARS 2025, 00H01\n"
            "\n"
            "Baromètre de la précarité énergétique : un foyer sur cinq a eu froid cet hiver\n"
            "\n"
            "Paris, le 10 mars 2025\n"
            "\n"
            "Selon le baromètre publié par l'association, la situation se dégrade.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Paris",
            "date": "2025-03-10",
            "title": "Baromètre de la précarité énergétique : un foyer sur cinq a eu froid cet hiver",
        },
    ),
    "sous_embargo_line_first": (
        (
            "Sous embargo jusqu'au 4 mars 2025 à 6h\n"
            "\n"
            "COMMUNIQUÉ DE PRESSE\n"
            "\n"
            "Le chômage des jeunes recule pour le troisième trimestre consécutif\n"
            "\n"
            "Rennes, le 3 mars 2025\n"
            "\n"
            "Les chiffres publiés ce jour montrent une baisse de 2 %.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "place": "Rennes",
            "date": "2025-03-03",
            "title": "Le chômage des jeunes recule pour le troisième trimestre consécutif",
        },
    ),
    "date_line_le_numeric": (
        (
            "Communiqué de presse\n"
            "Le 3/03/2025\n"
            "\n"
            "Le Secours solidaire ouvre une épicerie sociale à Vierzon\n"
            "\n"
            "L'association inaugure sa douzième épicerie sociale dans le département.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": None,
            "date": "2025-03-03",
            "title": "Le Secours solidaire ouvre une épicerie sociale à Vierzon",
        },
    ),
    "web_page_published_and_updated": (
        (
            "Accueil > Presse > Communiqués\n"
            "\n"
            "Canicule : le plan départemental passe au niveau 3\n"
            "\n"
            "Publié le 03/07/2025 | Mis à jour le 05/07/2025\n"
            "\n"
            "La préfète de l'Hérault a déclenché le niveau 3 du plan canicule.\n"
        ),
        {
            "place": None,
            "date": "2025-07-03",
            "title": "Canicule : le plan départemental passe au niveau 3",
        },
    ),
    "web_page_updated_above_published": (
        (
            "Mis à jour le 18 juin 2025\n"
            "Publié le 16 juin 2025\n"
            "\n"
            "Dengue : une campagne de démoustication dans le quartier des Salines\n"
            "\n"
            "L'agence régionale de santé mène une opération de lutte antivectorielle.\n"
        ),
        {
            "place": None,
            "date": "2025-06-16",
            "title": "Dengue : une campagne de démoustication dans le quartier des Salines",
        },
    ),
    "federation_letterhead_short_type": (
        (
            "FÉDÉRATION FRANÇAISE DE CYCLOTOURISME\n"
            "\n"
            "Communiqué\n"
            "\n"
            "Ivry-sur-Seine, le 14 avril 2025\n"
            "\n"
            "La Semaine fédérale 2026 aura lieu à Chinon\n"
            "\n"
            "Le comité directeur a retenu la candidature de la Touraine.\n"
        ),
        {
            "document_type": "Communiqué",
            "place": "Ivry-sur-Seine",
            "date": "2025-04-14",
            "title": "La Semaine fédérale 2026 aura lieu à Chinon",
        },
    ),
    "festival_edition_line_then_type_le_date": (
        (
            "FESTIVAL LES NUITS DU CLOÎTRE\n"
            "23e édition – du 4 au 7 juillet 2025\n"
            "\n"
            "COMMUNIQUÉ DE PRESSE\n"
            "Le 12 mai 2025\n"
            "\n"
            "La programmation complète dévoilée : douze concerts dans six lieux\n"
            "\n"
            "Le festival accueillera cette année un orchestre venu de Lisbonne.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "place": None,
            "date": "2025-05-12",
            "title": "La programmation complète dévoilée : douze concerts dans six lieux",
        },
    ),
    "school_competition_dossier": (
        (
            "Dossier de presse\n"
            "\n"
            "Olympiades régionales de géosciences\n"
            "Remise des prix aux lauréats 2025\n"
            "\n"
            "Mercredi 4 juin 2025 à 14 h 30\n"
            "Rectorat de l'académie de Dijon\n"
            "\n"
            "Organisées chaque année, les Olympiades réunissent les lycéens de première.\n"
        ),
        {
            "document_type": "Dossier de presse",
            "place": None,
            "title": "Olympiades régionales de géosciences Remise des prix aux lauréats 2025",
        },
    ),
    "association_capitals_two_lines": (
        (
            "Communiqué de presse\n"
            "Grenoble, le 2 décembre 2024\n"
            "\n"
            "L'ASSOCIATION HABITAT PARTAGÉ LANCE SA CAMPAGNE\n"
            "DE DONS POUR L'HIVER\n"
            "\n"
            "Chaque hiver, plus de 300 personnes sont hébergées par les bénévoles de l'association.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Grenoble",
            "date": "2024-12-02",
            "title": "L'ASSOCIATION HABITAT PARTAGÉ LANCE SA CAMPAGNE DE DONS POUR L'HIVER",
        },
    ),
    "title_then_chapo_sentence_no_blank": (
        (
            "Communiqué de presse\n"
            "Nantes, le 9 janvier 2025\n"
            "\n"
            "Les urgences du CHU renforcent leur accueil de nuit\n"
            "Dès le 15 janvier, une équipe supplémentaire de médecins et d'infirmiers sera présente "
            "chaque nuit.\n"
            "\n"
            "Le centre hospitalier universitaire répond ainsi à la hausse de fréquentation.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Nantes",
            "date": "2025-01-09",
            "title": "Les urgences du CHU renforcent leur accueil de nuit",
        },
    ),
    "pdf_running_header_and_page_number": (
        (
            "ARS Normandie – Communiqué de presse – 3 mars 2025\n"
            "1/2\n"
            "Légionellose : des analyses en cours après trois cas à Lisieux\n"
            "Trois cas de légionellose ont été signalés à l'ARS depuis le 24 février, chez des habitants "
            "du centre-ville.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": None,
            "date": "2025-03-03",
            "title": "Légionellose : des analyses en cours après trois cas à Lisieux",
        },
    ),
    "pdf_page_label_over_letterhead": (
        (
            "Page 1 sur 3\n"
            "PRÉFECTURE DE LA SOMME\n"
            "Communiqué de presse\n"
            "Amiens, le 21 novembre 2024\n"
            "Opération « Hiver solidaire » : 200 places d'hébergement supplémentaires\n"
            "Le préfet de la Somme a décidé l'ouverture de places supplémentaires dès ce soir.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Amiens",
            "date": "2024-11-21",
            "title": "Opération « Hiver solidaire » : 200 places d'hébergement supplémentaires",
        },
    ),
    "headline_with_exclamation": (
        (
            "COMMUNIQUÉ DE PRESSE\n"
            "\n"
            "Saint-Malo, le 2 avril 2025\n"
            "\n"
            "La Route des Voiles revient pour une 10e édition !\n"
            "\n"
            "Du 12 au 15 juin, quarante équipages prendront le départ.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "place": "Saint-Malo",
            "date": "2025-04-02",
            "title": "La Route des Voiles revient pour une 10e édition !",
        },
    ),
    "dateline_weekday_no_le": (
        (
            "Communiqué de presse\n"
            "\n"
            "Strasbourg, mardi 4 mars 2025\n"
            "\n"
            "La Collectivité européenne d'Alsace vote un budget de 2 milliards\n"
            "\n"
            "Réunie en séance plénière, l'assemblée a adopté le budget primitif.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Strasbourg",
            "date": "2025-03-04",
            "title": "La Collectivité européenne d'Alsace vote un budget de 2 milliards",
        },
    ),
    "dateline_a_place": (
        (
            "Communiqué de presse\n"
            "\n"
            "À Nantes, le 1er avril 2025\n"
            "\n"
            "Un nouveau pont pour les cyclistes sur l'Erdre\n"
            "\n"
            "Les travaux débuteront à l'automne.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Nantes",
            "date": "2025-04-01",
            "title": "Un nouveau pont pour les cyclistes sur l'Erdre",
        },
    ),
    "dateline_dotted_numeric": (
        (
            "Information presse\n"
            "\n"
            "Metz, le 07.10.2024\n"
            "\n"
            "Le musée de la Cour d'Or rouvre sa galerie médiévale\n"
            "\n"
            "Après deux ans de travaux, la galerie accueille de nouveau le public.\n"
        ),
        {
            "document_type": "Information presse",
            "place": "Metz",
            "date": "2024-10-07",
            "title": "Le musée de la Cour d'Or rouvre sa galerie médiévale",
        },
    ),
    "invitation_presse_with_event_date": (
        (
            "INVITATION PRESSE\n"
            "\n"
            "Inauguration de la maison de santé pluriprofessionnelle de Ribérac\n"
            "\n"
            "Vendredi 14 mars 2025 à 11 heures\n"
            "12 rue des Tilleuls, Ribérac\n"
            "\n"
            "Le maire et le directeur de l'ARS inaugureront la maison de santé.\n"
        ),
        {
            "document_type": "INVITATION PRESSE",
            "place": None,
            "title": "Inauguration de la maison de santé pluriprofessionnelle de Ribérac",
        },
    ),
    "company_listed_capitals_dateline_title_first": (
        (
            "Résultats annuels 2024 : un chiffre d'affaires en hausse de 8 %\n"
            "\n"
            "PARIS, LE 19 FÉVRIER 2025 – Véralis, leader des solutions de traçabilité, publie ses "
            "résultats annuels.\n"
        ),
        {
            "document_type": None,
            "place": "PARIS",
            "date": "2025-02-19",
            "title": "Résultats annuels 2024 : un chiffre d'affaires en hausse de 8 %",
        },
    ),
    "pour_diffusion_immediate_line": (
        (
            "Pour diffusion immédiate\n"
            "\n"
            "L'Union des producteurs de lait demande une hausse du prix de 4 centimes\n"
            "\n"
            "Clermont-Ferrand, le 6 mai 2025\n"
            "\n"
            "Réunis en assemblée générale, les producteurs ont adopté une motion.\n"
        ),
        {
            "document_type": None,
            "place": "Clermont-Ferrand",
            "date": "2025-05-06",
            "title": "L'Union des producteurs de lait demande une hausse du prix de 4 centimes",
        },
    ),
    "updated_stamp_only": (
        (
            "Communiqué de presse\n"
            "Mis à jour le 28 août 2025\n"
            "\n"
            "Rentrée scolaire : la gratuité des transports étendue aux lycéens\n"
            "\n"
            "La Région étend la gratuité des transports scolaires à la rentrée.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": None,
            "date": "2025-08-28",
            "title": "Rentrée scolaire : la gratuité des transports étendue aux lycéens",
        },
    ),
    "type_line_with_date_du": (
        (
            "Communiqué de presse du 6 janvier 2025\n"
            "\n"
            "Vœux du président de la chambre d'agriculture\n"
            "\n"
            "Le président a présenté ses vœux aux agriculteurs du département.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": None,
            "date": "2025-01-06",
            "title": "Vœux du président de la chambre d'agriculture",
        },
    ),
    "agglomeration_headline": (
        (
            "Communiqué de presse\n"
            "\n"
            "Montbéliard, le 15 octobre 2024\n"
            "\n"
            "Le Pays de Montbéliard Agglomération adopte son plan climat\n"
            "\n"
            "Les élus ont voté à l'unanimité.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Montbéliard",
            "date": "2024-10-15",
            "title": "Le Pays de Montbéliard Agglomération adopte son plan climat",
        },
    ),
    "two_issuers_joint_letterhead_bar": (
        (
            "Région Occitanie | Agence régionale de santé Occitanie\n"
            "\n"
            "Communiqué de presse conjoint\n"
            "Montpellier, le 20 janvier 2025\n"
            "\n"
            "Déserts médicaux : 30 nouveaux centres de santé d'ici 2027\n"
            "\n"
            "La Région et l'ARS signent une convention de financement.\n"
        ),
        {
            "document_type": "Communiqué de presse conjoint",
            "place": "Montpellier",
            "date": "2025-01-20",
            "title": "Déserts médicaux : 30 nouveaux centres de santé d'ici 2027",
        },
    ),
}


HEADS_2 = {
    "ministry_letterhead_type_title_no_dateline": (
        (
            "RÉPUBLIQUE FRANÇAISE\n"
            "MINISTÈRE DE L'ÉDUCATION NATIONALE\n"
            "ET DE LA JEUNESSE\n"
            "\n"
            "COMMUNIQUÉ DE PRESSE\n"
            "\n"
            "Baccalauréat 2025 : les résultats seront publiés le 4 juillet\n"
            "\n"
            "Les candidats pourront consulter leurs résultats en ligne dès 10 heures.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "place": None,
            "title": "Baccalauréat 2025 : les résultats seront publiés le 4 juillet",
        },
    ),
    "ars_letterhead_title_then_dateline": (
        (
            "Agence régionale de santé Grand Est\n"
            "\n"
            "Moustique tigre : les communes invitées à signaler les gîtes larvaires\n"
            "\n"
            "Nancy, le 22 mai 2025\n"
            "\n"
            "Le moustique tigre est désormais implanté dans les dix départements de la région.\n"
        ),
        {
            "place": "Nancy",
            "date": "2025-05-22",
            "title": "Moustique tigre : les communes invitées à signaler les gîtes larvaires",
        },
    ),
    "company_brand_capitals_over_title": (
        (
            "Communiqué de presse\n"
            "\n"
            "NOVALYS\n"
            "\n"
            "Novalys ouvre une usine de recyclage de batteries à Douai\n"
            "\n"
            "Douai, le 10 septembre 2024 – Novalys annonce l'ouverture de son premier site industriel.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Douai",
            "date": "2024-09-10",
            "title": "Novalys ouvre une usine de recyclage de batteries à Douai",
        },
    ),
    "web_page_plural_rubric_over_title": (
        (
            "Communiqués de presse\n"
            "\n"
            "Fermeture temporaire de la piscine Jean-Bouin pour travaux\n"
            "\n"
            "12 mars 2025\n"
            "\n"
            "La piscine fermera ses portes du 1er avril au 30 juin pour la rénovation de ses bassins.\n"
        ),
        {
            "place": None,
            "date": "2025-03-12",
            "title": "Fermeture temporaire de la piscine Jean-Bouin pour travaux",
        },
    ),
    "title_dash_type_on_one_line": (
        (
            "Fermeture de la piscine municipale – Communiqué de presse\n"
            "\n"
            "Vannes, le 2 juin 2025\n"
            "\n"
            "En raison d'une panne de la chaudière, la piscine est fermée jusqu'à nouvel ordre.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Vannes",
            "date": "2025-06-02",
        },
    ),
    "prefecture_capitals_short_title": (
        (
            "Préfecture de la Gironde\n"
            "Communiqué de presse\n"
            "\n"
            "Bordeaux, le 4 juillet 2025\n"
            "\n"
            "VIGILANCE ORANGE ORAGES\n"
            "\n"
            "Météo-France a placé le département en vigilance orange à partir de 16 heures.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Bordeaux",
            "date": "2025-07-04",
            "title": "VIGILANCE ORANGE ORAGES",
        },
    ),
    "place_with_article_le_mans": (
        (
            "Communiqué de presse\n"
            "Le Mans, le 1er juin 2025\n"
            "\n"
            "Les 24 Heures du Mans accueillent un village de l'hydrogène\n"
            "\n"
            "Pour la première fois, un espace sera consacré aux motorisations décarbonées.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Le Mans",
            "date": "2025-06-01",
            "title": "Les 24 Heures du Mans accueillent un village de l'hydrogène",
        },
    ),
    "place_la_roche_sur_yon_capitals": (
        (
            "COMMUNIQUÉ DE PRESSE\n"
            "LA ROCHE-SUR-YON, LE 3 FÉVRIER 2025\n"
            "\n"
            "Le Département de la Vendée recrute 40 assistants familiaux\n"
            "\n"
            "Une campagne de recrutement est lancée ce lundi.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "place": "LA ROCHE-SUR-YON",
            "date": "2025-02-03",
            "title": "Le Département de la Vendée recrute 40 assistants familiaux",
        },
    ),
    "dateline_comma_no_le_numeric": (
        (
            "Communiqué de presse\n"
            "\n"
            "Fort-de-France, 06/03/2025\n"
            "\n"
            "Sargasses : des barrières déployées sur le littoral atlantique\n"
            "\n"
            "Les échouements se multiplient depuis le début du mois.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Fort-de-France",
            "date": "2025-03-06",
            "title": "Sargasses : des barrières déployées sur le littoral atlantique",
        },
    ),
    "date_label_line": (
        (
            "Communiqué de presse\n"
            "Date : 17 octobre 2024\n"
            "\n"
            "Le Comité départemental olympique remet ses trophées du bénévolat\n"
            "\n"
            "Douze bénévoles ont été distingués lors de la soirée.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": None,
            "date": "2024-10-17",
            "title": "Le Comité départemental olympique remet ses trophées du bénévolat",
        },
    ),
    "mise_en_ligne_dotted": (
        (
            "Mise en ligne : 03.03.2025\n"
            "\n"
            "Le Conservatoire ouvre les inscriptions pour la rentrée\n"
            "\n"
            "Les inscriptions sont ouvertes jusqu'au 30 avril.\n"
        ),
        {
            "place": None,
            "date": "2025-03-03",
            "title": "Le Conservatoire ouvre les inscriptions pour la rentrée",
        },
    ),
    "type_communique_de_l_association": (
        (
            "Communiqué de l'association Les Amis du Rail\n"
            "\n"
            "Ligne Clermont-Paris : les usagers demandent des trains à l'heure\n"
            "\n"
            "Tours, le 12 novembre 2024\n"
            "\n"
            "Depuis septembre, un train sur trois arrive en retard.\n"
        ),
        {
            "document_type": "Communiqué",
            "place": "Tours",
            "date": "2024-11-12",
            "title": "Ligne Clermont-Paris : les usagers demandent des trains à l'heure",
        },
    ),
    "pdf_letterhead_address_lines": (
        (
            "Communauté de communes du Pays de Lure\n"
            "1 rue de la Gare – 70200 Lure\n"
            "Tél. 03 84 00 00 00\n"
            "Communiqué de presse\n"
            "Lure, le 8 avril 2025\n"
            "Collecte des déchets : les horaires changent au 1er mai\n"
            "À partir du 1er mai, la collecte aura lieu le matin dans toutes les communes.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Lure",
            "date": "2025-04-08",
            "title": "Collecte des déchets : les horaires changent au 1er mai",
        },
    ),
    "title_then_type_then_le_date": (
        (
            "Journées du patrimoine : 60 sites ouverts dans la Drôme\n"
            "\n"
            "Communiqué de presse\n"
            "Le 10 septembre 2025\n"
            "\n"
            "Le Département de la Drôme ouvre les portes de ses monuments les 20 et 21 septembre.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": None,
            "date": "2025-09-10",
            "title": "Journées du patrimoine : 60 sites ouverts dans la Drôme",
        },
    ),
    "festival_title_three_lines_capitals": (
        (
            "COMMUNIQUÉ DE PRESSE\n"
            "\n"
            "LE FESTIVAL DU FILM D'AVENTURE\n"
            "DÉVOILE LE JURY\n"
            "DE SA 15E ÉDITION\n"
            "\n"
            "La Rochelle, le 20 août 2025\n"
            "\n"
            "Le jury sera présidé par une navigatrice.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "place": "La Rochelle",
            "date": "2025-08-20",
            "title": "LE FESTIVAL DU FILM D'AVENTURE DÉVOILE LE JURY DE SA 15E ÉDITION",
        },
    ),
    "contact_presse_at_top": (
        (
            "Contact presse : Julie Marchal – 06 12 34 56 78\n"
            "\n"
            "Communiqué de presse\n"
            "\n"
            "Le club de rugby de Bayonne inaugure son centre de formation\n"
            "\n"
            "Bayonne, le 5 octobre 2024\n"
            "\n"
            "Le centre accueillera 40 jeunes joueurs.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Bayonne",
            "date": "2024-10-05",
            "title": "Le club de rugby de Bayonne inaugure son centre de formation",
        },
    ),
}


HEADS_3 = {
    "ars_contact_lines_in_head": (
        (
            "ARS Bourgogne-Franche-Comté\n"
            "Communiqué de presse\n"
            "Date : 03/03/2025\n"
            "Contact presse : ars-bfc-communication@ars.sante.fr\n"
            "\n"
            "Covid-19 et grippe : la campagne de vaccination d'automne débute le 15 octobre\n"
            "\n"
            "Les personnes de 65 ans et plus sont invitées à se faire vacciner.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": None,
            "date": "2025-03-03",
            "title": "Covid-19 et grippe : la campagne de vaccination d'automne débute le 15 octobre",
        },
    ),
    "prefecture_service_phone_mail_lines": (
        (
            "PRÉFET DE LA HAUTE-SAVOIE\n"
            "Liberté\n"
            "Égalité\n"
            "Fraternité\n"
            "Service départemental de la communication interministérielle\n"
            "Tél : 04 50 00 00 00\n"
            "Mél : pref-communication@haute-savoie.gouv.fr\n"
            "\n"
            "Annecy, le 3 mars 2025\n"
            "\n"
            "COMMUNIQUÉ DE PRESSE\n"
            "\n"
            "Avalanches : le préfet appelle à la plus grande prudence\n"
            "\n"
            "Le risque d'avalanche est fort sur l'ensemble des massifs.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "place": "Annecy",
            "date": "2025-03-03",
            "title": "Avalanches : le préfet appelle à la plus grande prudence",
        },
    ),
    "school_competition_name_over_type": (
        (
            "Concours « Je filme le métier qui me plaît »\n"
            "15e édition\n"
            "\n"
            "Communiqué de presse\n"
            "Paris, le 2 avril 2025\n"
            "\n"
            "Les quarante films finalistes sont en ligne\n"
            "\n"
            "Le public peut voter jusqu'au 30 avril pour son film préféré.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Paris",
            "date": "2025-04-02",
            "title": "Les quarante films finalistes sont en ligne",
        },
    ),
    "web_page_one_word_rubrics": (
        (
            "Accueil\n"
            "Actualités\n"
            "Le département ouvre un centre de vaccination à Chambéry\n"
            "Publié le 3 mars 2025\n"
            "Partager\n"
            "\n"
            "Le centre accueillera le public sur rendez-vous à partir du lundi 10 mars.\n"
        ),
        {
            "place": None,
            "date": "2025-03-03",
            "title": "Le département ouvre un centre de vaccination à Chambéry",
        },
    ),
    "company_information_presse_nomination": (
        (
            "Information presse\n"
            "Paris, le 4 mars 2025\n"
            "\n"
            "Solvéo nomme Claire Dutertre directrice générale\n"
            "\n"
            "Claire Dutertre rejoint Solvéo après quinze ans passés dans l'industrie.\n"
        ),
        {
            "document_type": "Information presse",
            "place": "Paris",
            "date": "2025-03-04",
            "title": "Solvéo nomme Claire Dutertre directrice générale",
        },
    ),
    "headline_with_quotes_and_dash": (
        (
            "Communiqué de presse\n"
            "\n"
            "« Bouger en ville » — la Métropole de Lyon lance son défi mobilité\n"
            "\n"
            "Lyon, le 16 septembre 2025\n"
            "\n"
            "Pendant un mois, les habitants sont invités à laisser leur voiture au garage.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Lyon",
            "date": "2025-09-16",
            "title": "« Bouger en ville » — la Métropole de Lyon lance son défi mobilité",
        },
    ),
    "pdf_split_letterhead_caps": (
        (
            "PRÉFET\n"
            "DE LA\n"
            "MARNE\n"
            "Liberté\n"
            "Égalité\n"
            "Fraternité\n"
            "Direction départementale des territoires\n"
            "Châlons-en-Champagne, le 12 juin 2025\n"
            "COMMUNIQUÉ DE PRESSE\n"
            "Sécheresse : des restrictions d'eau dans 120 communes\n"
            "Le niveau d'alerte renforcée est déclenché sur le bassin de la Vesle.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "place": "Châlons-en-Champagne",
            "date": "2025-06-12",
            "title": "Sécheresse : des restrictions d'eau dans 120 communes",
        },
    ),
    "federation_capitals_type_dash_date": (
        (
            "FÉDÉRATION NATIONALE DES TRAVAUX PUBLICS\n"
            "COMMUNIQUÉ DE PRESSE – 27 MARS 2025\n"
            "\n"
            "Les carnets de commandes des entreprises de travaux publics reculent de 5 %\n"
            "\n"
            "Selon l'enquête trimestrielle de la fédération, l'activité ralentit.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ DE PRESSE",
            "place": None,
            "date": "2025-03-27",
            "title": "Les carnets de commandes des entreprises de travaux publics reculent de 5 %",
        },
    ),
    "title_with_date_and_place_in_it": (
        (
            "Communiqué de presse\n"
            "\n"
            "Le 8 mars à Rouen, une journée pour l'égalité professionnelle\n"
            "\n"
            "Rouen, le 28 février 2025\n"
            "\n"
            "La Ville organise des ateliers et des rencontres.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Rouen",
            "date": "2025-02-28",
            "title": "Le 8 mars à Rouen, une journée pour l'égalité professionnelle",
        },
    ),
    "avis_aux_redactions_with_dateline_on_type_line": (
        (
            "AVIS AUX RÉDACTIONS – Toulouse, le 5 mai 2025\n"
            "\n"
            "Visite du chantier de la troisième ligne de métro\n"
            "\n"
            "Le président de la métropole visitera le chantier jeudi 8 mai à 10 heures.\n"
        ),
        {
            "document_type": "AVIS AUX RÉDACTIONS",
            "place": "Toulouse",
            "date": "2025-05-05",
            "title": "Visite du chantier de la troisième ligne de métro",
        },
    ),
}


HEADS_5 = {
    "pdf_running_header_bars": (
        (
            "Communiqué de presse | ARS Occitanie | 3 mars 2025\n"
            "Chikungunya : un premier cas autochtone confirmé dans l'Hérault\n"
            "Un cas de chikungunya sans voyage récent a été confirmé le 28 février à Montpellier.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": None,
            "date": "2025-03-03",
            "title": "Chikungunya : un premier cas autochtone confirmé dans l'Hérault",
        },
    ),
    "pdf_title_three_lines_then_chapo": (
        (
            "Agence régionale de santé Bretagne\n"
            "Communiqué de presse\n"
            "Rennes, le 5 mai 2025\n"
            "Plan canicule 2025 :\n"
            "l'ARS et ses partenaires\n"
            "se mobilisent\n"
            "Du 1er juin au 15 septembre, le dispositif de veille saisonnière est activé dans les "
            "quatre départements bretons.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Rennes",
            "date": "2025-05-05",
            "title": "Plan canicule 2025 : l'ARS et ses partenaires se mobilisent",
        },
    ),
    "dossier_cover_event_period": (
        (
            "DOSSIER DE PRESSE\n"
            "\n"
            "Salon Habitat & Jardin\n"
            "\n"
            "14 > 17 mars 2025\n"
            "Parc des expositions de Metz\n"
            "\n"
            "Sommaire\n"
        ),
        {
            "document_type": "DOSSIER DE PRESSE",
            "place": None,
            "title": "Salon Habitat & Jardin",
        },
    ),
    "association_address_letterhead": (
        (
            "Association Les Jardins du Cœur\n"
            "12 rue des Lilas\n"
            "44000 Nantes\n"
            "\n"
            "Communiqué de presse\n"
            "\n"
            "Les Jardins du Cœur ouvrent un troisième potager solidaire\n"
            "\n"
            "Nantes, le 18 avril 2025\n"
            "\n"
            "Le potager accueillera vingt familles dès le mois de mai.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Nantes",
            "date": "2025-04-18",
            "title": "Les Jardins du Cœur ouvrent un troisième potager solidaire",
        },
    ),
    "city_communication_direction": (
        (
            "VILLE DE ROUBAIX\n"
            "Direction de la communication\n"
            "\n"
            "Communiqué de presse\n"
            "\n"
            "Roubaix, le 3 mars 2025\n"
            "\n"
            "La piscine de Roubaix accueille une exposition de céramiques\n"
            "\n"
            "Le musée présente cinquante pièces inédites.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Roubaix",
            "date": "2025-03-03",
            "title": "La piscine de Roubaix accueille une exposition de céramiques",
        },
    ),
    "festival_dates_line_under_name_then_short_type": (
        (
            "Festival des Arts de la Rue de Lorient\n"
            "1er – 10 août 2025\n"
            "\n"
            "COMMUNIQUÉ\n"
            "\n"
            "Lorient, le 3 mars 2025\n"
            "\n"
            "Le festival dévoile l'affiche de sa 30e édition\n"
            "\n"
            "L'affiche a été dessinée par une illustratrice lorientaise.\n"
        ),
        {
            "document_type": "COMMUNIQUÉ",
            "place": "Lorient",
            "date": "2025-03-03",
            "title": "Le festival dévoile l'affiche de sa 30e édition",
        },
    ),
    "headline_two_short_lines_same_paragraph": (
        (
            "Communiqué de presse\n"
            "Nîmes, le 19 juillet 2025\n"
            "\n"
            "Vigilance orange canicule\n"
            "Les mesures prises dans le département\n"
            "\n"
            "Météo-France a placé le Gard en vigilance orange canicule.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Nîmes",
            "date": "2025-07-19",
            "title": "Vigilance orange canicule Les mesures prises dans le département",
        },
    ),
    "company_type_pipe_city_date": (
        (
            "Communiqué de presse – Lyon, 3 mars 2025\n"
            "\n"
            "Biofluence lève 8 millions d'euros pour industrialiser ses biocapteurs\n"
            "\n"
            "La start-up lyonnaise annonce une levée de fonds menée par deux fonds régionaux.\n"
        ),
        {
            "document_type": "Communiqué de presse",
            "place": "Lyon",
            "date": "2025-03-03",
            "title": "Biofluence lève 8 millions d'euros pour industrialiser ses biocapteurs",
        },
    ),
}


@pytest.mark.parametrize("name", sorted(HEADS))
def test_invented_head(name):
    text, expected = HEADS[name]
    metadata = extract_metadata(text)
    assert {field: metadata[field] for field in expected} == expected


@pytest.mark.parametrize("name", sorted(HEADS_2))
def test_invented_head_second_round(name):
    text, expected = HEADS_2[name]
    metadata = extract_metadata(text)
    assert {field: metadata[field] for field in expected} == expected


@pytest.mark.parametrize("name", sorted(HEADS_3))
def test_invented_head_third_round(name):
    text, expected = HEADS_3[name]
    metadata = extract_metadata(text)
    assert {field: metadata[field] for field in expected} == expected


@pytest.mark.parametrize("name", sorted(HEADS_5))
def test_invented_head_fifth_round(name):
    text, expected = HEADS_5[name]
    metadata = extract_metadata(text)
    assert {field: metadata[field] for field in expected} == expected


MARKDOWN_PAGES = {
    "hugo_festival_heading_differs": (
        '---\ntitle: "Les Nuits du Cloître 2025"\ndate: 2025-05-12\ndraft: false\n---\n\n'
        "# Les Nuits du Cloître dévoilent leur programmation : douze concerts dans six lieux\n\n"
        "Le festival accueillera cette année un orchestre venu de Lisbonne.\n",
        "Les Nuits du Cloître dévoilent leur programmation : douze concerts dans six lieux",
    ),
    "jekyll_association_heading_after_blank_lines": (
        "---\nlayout: post\ntitle: Campagne d'hiver\ndate: 2024-12-02\n---\n\n\n"
        "## L'association Habitat partagé lance sa campagne de dons pour l'hiver\n\n"
        "Chaque hiver, plus de 300 personnes sont hébergées par les bénévoles.\n",
        "L'association Habitat partagé lance sa campagne de dons pour l'hiver",
    ),
    "pelican_genre_heading_keeps_front_matter_title": (
        "Title: Le Département recrute 40 assistants familiaux\nDate: 2025-02-03\nSlug: recrutement\n\n"
        "# Communiqué de presse\n\nUne campagne de recrutement est lancée ce lundi.\n",
        "Le Département recrute 40 assistants familiaux",
    ),
    "date_heading_keeps_front_matter_title": (
        "---\ntitle: La préfecture ouvre un guichet pour les sinistrés\n---\n\n"
        "# 3 mars 2025\n\nLe guichet est ouvert du lundi au vendredi.\n",
        "La préfecture ouvre un guichet pour les sinistrés",
    ),
    "plain_first_paragraph_keeps_front_matter_title": (
        "---\ntitle: Les entreprises du numérique libre forment un conseil national\n"
        "date: 2024-02-18\n---\n\n"
        "Dix associations d'entreprises se regroupent\npour former un conseil national\n\n"
        "Le conseil a pour vocation de parler au nom de la filière.\n",
        "Les entreprises du numérique libre forment un conseil national",
    ),
}


@pytest.mark.parametrize("name", sorted(MARKDOWN_PAGES))
def test_markdown_heading_or_front_matter_title(tmp_path, name):
    """docs/annotation.md: the front matter's title stands when the body prints none; a markdown
    heading opening the body is a printed headline unless it is a genre or a date."""
    raw, title = MARKDOWN_PAGES[name]
    path = tmp_path / "page.md"
    path.write_text(raw, encoding="utf-8")
    document = read_document(path)
    metadata = extract_metadata(document.text, front_matter=document.front_matter)
    assert metadata["title"] == title


TITLE = "Le réseau de bus passe à l'électrique d'ici 2027"
BODY = "Le conseil communautaire a voté l'achat de quarante bus électriques."


@pytest.mark.parametrize(
    "dateline, place, date",
    [
        ("Lyon (France), le 3 mars 2025", "Lyon", "2025-03-03"),
        ("Saint-Denis (La Réunion), le 3 mars 2025", "Saint-Denis", "2025-03-03"),
        ("Sophia Antipolis (France) – 3 mars 2025", "Sophia Antipolis", "2025-03-03"),
        ("Paris, le lundi 3 mars 2025", "Paris", "2025-03-03"),
        ("Paris le 3 mars 2025", "Paris", "2025-03-03"),
        ("PAU – 3 MARS 2025 –", "PAU", "2025-03-03"),
        ("Le Port, le 3 mars 2025", "Le Port", "2025-03-03"),
        ("Lundi 3 mars 2025", None, "2025-03-03"),
        ("3 mars 2025 – Communiqué de presse", None, "2025-03-03"),
    ],
)
def test_dateline_shapes(dateline, place, date):
    text = dateline + "\n\n" + TITLE + "\n\n" + BODY + "\n"
    metadata = extract_metadata(text)
    assert (metadata["place"], metadata["date"], metadata["title"]) == (place, date, TITLE)


@pytest.mark.parametrize(
    "type_line, document_type",
    [
        ("COMMUNIQUE DE PRESSE", "COMMUNIQUE DE PRESSE"),
        ("Communiqué de Presse", "Communiqué de Presse"),
        ("Communiqué n° 12", "Communiqué"),
        ("DOSSIER DE PRESSE 2025", "DOSSIER DE PRESSE"),
        ("Communiqué commun", "Communiqué commun"),
        ("Communiqué de presse commun", "Communiqué de presse commun"),
        ("Communiqué de presse — Pour diffusion immédiate", "Communiqué de presse"),
    ],
)
def test_genre_line_shapes(type_line, document_type):
    text = type_line + "\n\nBrest, le 3 mars 2025\n\n" + TITLE + "\n\n" + BODY + "\n"
    metadata = extract_metadata(text)
    assert (metadata["document_type"], metadata["title"]) == (document_type, TITLE)


@pytest.mark.parametrize(
    "head, expected",
    [
        (
            "<p><em>Nantes, le 7 mai 2024. Communiqué de presse.</em></p>\n\n"
            "<h2>Le Collectif vélo demande une piste cyclable sur le pont</h2>",
            (
                "Communiqué de presse",
                "Nantes",
                "2024-05-07",
                "Le Collectif vélo demande une piste cyclable sur le pont",
            ),
        ),
        (
            "<p><strong>COMMUNIQUÉ DE PRESSE</strong></p>\n<p>Rennes, le 12 mars 2025</p>\n\n"
            "<p><strong>La fédération des parents d'élèves alerte sur les remplacements</strong></p>",
            (
                "COMMUNIQUÉ DE PRESSE",
                "Rennes",
                "2025-03-12",
                "La fédération des parents d'élèves alerte sur les remplacements",
            ),
        ),
        (
            '<div class="date">Publié le 3 mars 2025</div>\n\n'
            "<h1>Le salon du livre jeunesse fête ses 20 ans</h1>",
            (None, None, "2025-03-03", "Le salon du livre jeunesse fête ses 20 ans"),
        ),
    ],
)
def test_html_tags_left_in_a_markdown_page(head, expected):
    metadata = extract_metadata(head + "\n\n<p>Le programme complet est en ligne depuis ce matin.</p>\n")
    assert (metadata["document_type"], metadata["place"], metadata["date"], metadata["title"]) == expected


LONG_BODY = (
    "Depuis plusieurs mois, les bénévoles et les salariés préparent ce rendez-vous qui réunira des "
    "participants venus de toute la région, des partenaires institutionnels et des associations "
    "locales autour d'un programme de rencontres, d'ateliers et de débats ouverts à tous.\n\n"
) * 4


@pytest.mark.parametrize(
    "head, closing, place, date",
    [
        (
            "Communiqué de presse\n\nLes assistantes maternelles dans la rue le 12 avril 2025\n\n",
            "\n\nParis, le 3 avril 2025\nLe Bureau national",
            "Paris",
            "2025-04-03",
        ),
        (
            "COMMUNIQUÉ\n\nPour une eau potable accessible à tous les habitants\n\n",
            "\n\nFait à Limoges, le 14 mai 2025\n\nLe président de l'association,\nJean Dufresne",
            "Limoges",
            "2025-05-14",
        ),
        (
            "Communiqué de la fédération\n\n"
            "Les clubs amateurs demandent un moratoire sur les hausses de licence\n\n",
            "\n\nMarseille, le 2 juin 2025.\n\nLe comité directeur",
            "Marseille",
            "2025-06-02",
        ),
    ],
)
def test_dateline_printed_above_the_signature(head, closing, place, date):
    """A release whose only dateline closes it, above the signature (unions, associations,
    federations): that is its dateline, not the first date of the body."""
    text = head + "Le 12 avril 2025, une journée d'action est prévue.\n\n" + LONG_BODY + closing
    metadata = extract_metadata(text)
    assert (metadata["place"], metadata["date"]) == (place, date)


@pytest.mark.parametrize(
    "type_line",
    [
        "Communiqué de presse – Paris, le 3 mars 2025 – Pour diffusion immédiate",
        "COMMUNIQUÉ DE PRESSE | Pour publication immédiate | 3 mars 2025",
        "Information presse : sous embargo jusqu'au 4 mars 2025 – Paris, le 3 mars 2025",
    ],
)
def test_notices_and_dateline_after_the_genre_are_no_headline(type_line):
    text = type_line + "\n\n" + TITLE + "\n\n" + BODY + "\n"
    metadata = extract_metadata(text)
    assert (metadata["date"], metadata["title"]) == ("2025-03-03", TITLE)


LETTERHEAD_BLOCKS = [
    "Agence régionale de santé\nProvence-Alpes-Côte d'Azur",
    "MINISTÈRE DU TRAVAIL, DE LA SANTÉ,\nDES SOLIDARITÉS ET DES FAMILLES",
    "Conseil départemental de la Manche\nDirection de la communication",
    "ASSOCIATION DES PARALYSÉS DE FRANCE\nDélégation du Finistère",
    "PRÉFET DE LA CÔTE-D'OR\nLiberté\nÉgalité\nFraternité",
    "Ville de Quimper",
]
HEADLINES = [
    "Le réseau de bus passe à l'électrique d'ici 2027",
    "VACCINATION : LA CAMPAGNE EST PROLONGÉE JUSQU'AU 31 MARS",
    "Un nouveau centre de santé\nouvre ses portes à Quimper",
]
LEDE_SENTENCE = (
    "Le conseil a voté l'achat de quarante bus électriques pour un montant de 20 millions d'euros."
)


@pytest.mark.parametrize("separator", ["\n\n", "\n"], ids=["paragraphs", "pdf_lines"])
@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("letterhead", LETTERHEAD_BLOCKS)
@pytest.mark.parametrize("genre_line", ["", "Communiqué de presse"])
def test_headline_under_a_letterhead_block(letterhead, headline, separator, genre_line):
    """A letterhead of several lines (a name over its region, its second half, its unit) is
    skipped whole, with or without blank lines (PDF text has none), and a headline wrapped onto a
    lower-case line is not taken for a letterhead; the genre line, when there is one, comes under
    the headline."""
    parts = [letterhead, headline, genre_line, LEDE_SENTENCE]
    text = separator.join(part for part in parts if part) + "\n"
    assert extract_metadata(text)["title"] == headline.replace("\n", " ")


PDF_BODY = (
    "Le conseil communautaire a voté l'achat de quarante bus électriques pour 20 millions d'euros.\n"
    "Les premiers bus circuleront dès l'automne sur les lignes principales du réseau urbain.\n"
    "Le reste de la flotte sera remplacé progressivement jusqu'en 2027.\n"
)


@pytest.mark.parametrize("separator", ["\n\n", "\n"], ids=["paragraphs", "pdf_lines"])
@pytest.mark.parametrize(
    "top",
    [
        "Page 1 sur 2",
        "Page 1/2",
        "Photo : © Ville de Quimper",
        "Crédit photo : J. Martin",
        "Mise à jour : 12h00",
        "Retrouvez-nous sur Facebook",
        "Suivez-nous sur Twitter et Instagram",
    ],
)
def test_page_furniture_over_the_headline(top, separator):
    """A running page number, a photo credit, a stamp with a time, a social-media prompt: page
    furniture, neither the headline nor part of it."""
    text = top + separator + TITLE + separator + PDF_BODY
    assert extract_metadata(text)["title"] == TITLE


@pytest.mark.parametrize("headline", ["Publication des résultats", "Page blanche : un festival d'écriture"])
def test_headlines_that_open_like_furniture(headline):
    assert extract_metadata("Communiqué de presse\n\n" + headline + "\n\n" + PDF_BODY)["title"] == headline


@pytest.mark.parametrize(
    "widget",
    [
        "Partager sur Facebook\nPartager sur X",
        "Imprimer",
        "3 min de lecture",
        "Temps de lecture : 3 minutes",
        "Par la rédaction",
        "Tags : bus, électrique",
        "Télécharger le communiqué (PDF, 120 Ko)",
        "Image : un bus électrique au dépôt",
    ],
)
def test_web_page_widgets_under_the_headline_are_not_part_of_it(widget):
    """Text copied from a web page keeps its widgets under the headline, often without a blank
    line: sharing links, reading time, byline, tags, a download link, an image caption label."""
    text = "Accueil > Actualités\n\n" + TITLE + "\n" + widget + "\n\n" + PDF_BODY
    assert extract_metadata(text)["title"] == TITLE
