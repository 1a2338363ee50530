"""Whole invented pages in the shapes of French newsrooms (tests/data/html/shapes: a préfecture on
the State design system, a company newsroom on WordPress, an association on Joomla...): the
release's text is read whole, in order, and the site's furniture stays out. The pages are ours
(invented issuers, people and numbers), written after the markup real sites of each kind use."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.readers import read_document

SHAPES = Path(__file__).resolve().parent.parent / "data" / "html" / "shapes"

PAGES = {
    "fr-prefecture-dsfr-secheresse": {
        "first": ["Sécheresse : le préfet renforce les restrictions d'usage de l'eau dans trois bassins"],
        "present": [
            "Mis à jour le 18/07/2025",
            "Face à la baisse continue des débits",  # the standfirst (lead)
            "Ce qui change à partir du 19 juillet",
            "• le lavage des véhicules hors des stations professionnelles est interdit ;",
            "Bassin | Niveau | Depuis le\nJordanne | Alerte renforcée | 19 juillet 2025",
            "a déclaré Marc Delorme, préfet du Cantal",
            "Contact presse",
            "pref-communication@cantal.gouv.fr",
        ],
        "absent": [
            "Partager sur Facebook",
            "Voir le fil d’Ariane",
            "Communiqués de presse\n",
            "Dans la même rubrique",
            "Feux de forêt",
            "Tout accepter",
            "À propos des cookies",
            "legifrance.gouv.fr",
            "licence etalab",
            "Rechercher",
            "Environnement",
        ],
        "page": {"published": "2025-07-18", "site_name": "Les services de l'État dans le Cantal"},
    },
    "fr-entreprise-wordpress-usine": {
        "first": [
            "Vernadis inaugure sa nouvelle ligne de production à Saint-Priest",
            "Publié le 18 novembre 2024",
        ],
        "present": [
            "Saint-Priest, le 18 novembre 2024 – Le fabricant lyonnais",
            "Une filière régionale de liants végétaux",
            "« Cette ligne prouve qu'on peut produire en France des peintures performantes",
            "Julien Marchetti, président-directeur général de Vernadis",
            "• 45 recrutements prévus d'ici décembre 2025",
            "À propos de Vernadis",
            "Contacts presse\nAgence Lumen RP\nCamille Roussel\ncamille.roussel@lumen-rp.example\n"
            "06 21 43 65 87",
        ],
        "absent": [
            "19 novembre 2024",
            "Partager :",
            "Articles similaires",
            "Vernadis publie ses résultats 2023",
            "Vernadis au salon Batimat",
            "Étiquettes",
            "Articles récents",
            "Nous utilisons des cookies",
            "Fièrement propulsé",
            "Kit média",
        ],
        "page": {
            "published": "2024-11-18",
            "site_name": "Vernadis Newsroom",
            "author": "Service communication",
        },
    },
    "fr-association-joomla-festival": {
        "first": [  # the genre tag opening the body is read above the headline
            "COMMUNIQUÉ DE PRESSE",
            "Le festival Rives en Scène revient pour sa 12e édition",
            "Publication : 2 avril 2025",
        ],
        "present": [
            "Cahors, le 2 avril 2025",
            "Vendredi 27 juin | 21 h | Cahors, pont Valentré | « La Traversée », Les Funambules",
            "souligne Hélène Bousquet, présidente de l'association",
            "Contact presse\nHélène Bousquet, présidente\nTél. 06 45 12 78 90",
            "contact@rivesdulot.example",
        ],
        "absent": [
            "Vous êtes ici",
            "Affichages",
            "Catégorie",
            "Précédent",
            "Article suivant",
            "Vide-grenier",
            "Nous suivre",
            "Maison des associations",
            "Tous droits réservés",
            "Devenir bénévole",
        ],
        "page": {
            "title": "Le festival Rives en Scène revient pour sa 12e édition",
            "site_name": "Les Rives du Lot",
            "published": "2025-04-02",
        },
    },
    "fr-ars-drupal-vaccination": {
        "first": [
            "Communiqué de presse",
            "Campagne de vaccination contre la grippe : les pharmacies et les infirmiers mobilisés dès le "
            "15 octobre",
            "Publié le 08 octobre 2025",
            "La campagne de vaccination contre la grippe saisonnière débute le 15 octobre 2025",
        ],
        "present": [
            "Qui est concerné ?",
            "• les femmes enceintes, quel que soit le trimestre de grossesse ;",
            "seront organisées le samedi 25 octobre dans douze centres hospitaliers",
            "rappelle que « le vaccin met environ quinze jours à protéger",
            "Pour en savoir plus :\n\n• https://www.vaccination-info-service.fr\n"
            "• https://www.ameli.fr/assure/sante/themes/grippe",
            "Contacts presse\nARS Bourgogne-Franche-Comté\nService communication\n03 81 47 82 30",
        ],
        "absent": [
            "Imprimer",
            "Vaccination\n",
            "Prévention\n",
            "2025Vaccination",
            "Partager",
            "Documents à télécharger",
            "CP campagne grippe 2025",
            "Voir aussi",
            "Chikungunya",
            "Nous contacter",
            "Louise Michel",
            "tout accepter",
            "Toutes les ARS",
            "Aller au contenu",
        ],
        "page": {"published": "2025-10-08", "site_name": "Agence régionale de santé Bourgogne-Franche-Comté"},
    },
    "fr-federation-spip-congres": {
        "first": [
            "Congrès national 2025 : les maisons familiales rurales misent sur l'apprentissage",
            "16 mai 2025, par Service communication",
            "Plus de 600 responsables, formateurs et familles ont participé",  # the standfirst
        ],
        "present": [
            "Leur taux de réussite aux examens atteint 91 % en 2024",
            "a souligné : « L'alternance n'est pas une voie de garage",
            "Trois engagements pour 2026\n\n• ouvrir quatre nouvelles formations",
            "Contact presse\nFédération régionale des MFR de Normandie\n"
            "Nathalie Pichon, chargée de communication\n02 31 45 26 10 – n.pichon@mfr-normandie.example",
        ],
        "absent": [
            "Accueil >",
            "Former autrement",
            "Documents joints",
            "Répondre à cet article",
            "Dans la même rubrique",
            "Portes ouvertes",
            "Se connecter",
            "RSS",
        ],
        "page": {"published": "2025-05-16", "site_name": "Fédération régionale des MFR de Normandie"},
    },
    "fr-entreprise-newsroom-contacts": {
        "first": [
            "Trelys ouvre son premier entrepôt automatisé en Occitanie",
            "Le logisticien investit 28 millions d'euros à Montauban et y créera 120 emplois d'ici 2027",
            "23 septembre 2025",
            "Montauban, le 23 septembre 2025 – Trelys",
        ],
        "present": [
            "« Montauban nous place à moins de quatre heures de 80 % de nos clients du Sud-Ouest »",
            "Contacts médias\nJulie Marchand\n\nResponsable des relations presse, Trelys",
            "Envoyer un e-mail (julie.marchand@trelys.example)\n+33 5 61 23 45 67",
            "hugo@kepler-rp.example\n06 12 34 56 78",
            "À propos de Trelys\n\nCréée en 2012 à Toulouse",
        ],
        "absent": [
            "Implantations",
            "Partager sur LinkedIn",
            "Copier le lien",
            "Articles liés",
            "lève 40 millions",
            "S'abonner",
            "Médiathèque",
            "cookies",
            "Politique de confidentialité",
            "Propulsé",
        ],
        "page": {"published": "2025-09-23", "site_name": "Newsroom Trelys", "author": "Trelys"},
    },
    "fr-ministere-dsfr-apprentissage": {
        "first": [
            "Communiqué de presse",
            "Le ministère lance un plan pour l'apprentissage dans les métiers du grand âge",
            "Publié le 11 février 2025",
            "Dix mille contrats d'apprentissage supplémentaires",
        ],
        "present": [
            "Paris, le 11 février 2025 – Hélène Verdier, ministre du Travail et des Solidarités",
            "a déclaré Hélène Verdier.",
            "Région | Contrats\nPays de la Loire | 900\nOccitanie | 1 250",
            "Les premières classes ouvriront à la rentrée de septembre 2025.",
            "Contact presse\nCabinet de la ministre du Travail et des Solidarités\n\n01 40 56 50 50",
            "sec.presse@travail-solidarites.example.gouv.fr",
        ],
        "absent": [
            "Voir le fil d’Ariane",
            "Partager",
            "Lire aussi",
            "un bilan record",
            "Documents à télécharger",
            "Télécharger le communiqué",
            "Dossier de presse",
            "Derniers communiqués",
            "Revalorisation du RSA",
            "127 rue de Grenelle",
            "Tout accepter",
            "Espace presse",
        ],
        "page": {
            "published": "2025-02-11",
            "site_name": "Ministère du Travail et des Solidarités",
            "title": "Le ministère lance un plan pour l'apprentissage dans les métiers du grand âge",
        },
    },
    "fr-association-wordpress-maree-noire": {
        "first": [
            "Communiqué de presse",
            "Pollution de l’estuaire : nous demandons une enquête publique",
            "23 septembre 2024",
            "Nantes, le 23 septembre 2024.",
        ],
        "present": [
            "« Nous ne pouvons pas attendre l’hiver pour savoir d’où vient cette pollution »",
            "le jeudi 26 septembre à 11 heures",
            "Contact presse : Maëlle Briand, chargée de communication – presse@estuaire-vivant.example – "
            "06 45 12 78 90",
        ],
        "absent": [
            "Lire aussi",
            "Comptage des oiseaux",
            "Étiquettes",
            "Partager cet article",
            "Rentrée des bénévoles",
            "Articles similaires",
            "Laisser un commentaire",
            "Nous contacter",
            "12 quai de la Fosse",
            "Fièrement propulsé",
            "Aller au contenu",
        ],
        "page": {"published": "2024-09-23", "site_name": "Estuaire Vivant", "language": "fr-FR"},
    },
    "fr-prefecture-ancien-gabarit-vigilance": {
        "first": [
            "Vigilance orange canicule : mesures de prévention dans le département",
            "Mis à jour le 21/08/2023",
            "Le département est placé en vigilance orange canicule",
        ],
        "present": [
            "demande à chacun :\n\n• de boire régulièrement de l'eau sans attendre d'avoir soif ;\n"
            "• de fermer volets et fenêtres le jour ;",
            "Les manifestations sportives prévues en plein air",
            "Commune | Lieu rafraîchi | Horaires\nBlois | Médiathèque Maurice-Genevoix | 10 h - 19 h",
            "répond au 0 800 06 66 66",
            "Contact presse\nBureau de la communication interministérielle\nTél : 02 54 81 54 20",
        ],
        "absent": [
            "Aller au contenu",
            "Démarches administratives",
            "Communiqués de presse 2023",
            "Imprimer",
            "Envoyer à un ami",
            "Documents à télécharger",
            "CP vigilance canicule",
            "Dans la même rubrique",
            "Feux de forêt",
            "Plan du site",
            "1 place de la République",  # the site's general contact box, in the side column
        ],
        "page": {"published": "2023-08-21", "site_name": "Les services de l'État dans le Loir-et-Cher"},
    },
    "fr-entreprise-plateforme-rp-levee": {
        "first": [
            "Halvène lève 12 millions d'euros pour industrialiser ses batteries au sodium",
            "Communiqué de presse · 14 mai 2025",
            "Grenoble, le 14 mai 2025 – Halvène",
        ],
        "present": [
            "explique Sarah Benali, cofondatrice et présidente de Halvène.",
            "Chiffres clés\n\n• 12 M€ levés\n• 35 recrutements d'ici fin 2026",
            "À propos de Halvène\n\nFondée en 2021 à Grenoble",
            "Contacts presse\nInès Morel\n\nAgence Oxalis RP\n\n"
            "ines.morel@oxalis-rp.example\n+33 6 12 34 56 78",
        ],
        "absent": [
            "Médiathèque",
            "S'abonner",
            "Télécharger le communiqué",
            "Partager sur LinkedIn",
            "Copier le lien",
            "Pièces jointes",
            "Photo ligne pilote",
            "Communiqués associés",
            "French Tech 2030",
            "PressPilot",
        ],
        "page": {"published": "2025-05-14", "site_name": "Newsroom Halvène", "author": "Halvène"},
    },
    "fr-federation-elementor-salon": {
        "first": [
            "COMMUNIQUÉ DE PRESSE",
            "Salon Bâtir Durable 2025 : la fédération présente son baromètre de la rénovation",
            "• 13 mars 2025",
            "Orléans, le 13 mars 2025 – À l’occasion du salon Bâtir Durable",
        ],
        "present": [
            "Orléans, le 13 mars 2025 – À l’occasion du salon Bâtir Durable",
            "Trois freins sont cités :\n\n• la complexité des dossiers",
            "• le manque d’artisans qualifiés RGE dans les zones rurales.",
            "souligne Patrick Lemaire, président de la FRBTP Centre-Loire.",
            "Contact presse :\nClaire Mathieu – 02 38 44 12 90 – c.mathieu@frbtp-centre-loire.example",
        ],
        "absent": [
            "Adhérer",
            "Rédaction FRBTP",
            "Communiqués",
            "LinkedIn",
            "Précédent",
            "Assemblée générale",
            "Nos dernières actualités",
            "Cérémonie des vœux",
            "5 rue de la Bretonnerie",
            "Mentions légales",
        ],
        "page": {"published": "2025-03-13", "site_name": "FRBTP Centre-Loire", "author": "Rédaction FRBTP"},
    },
}


@pytest.fixture(scope="module")
def documents():
    return {name: read_document(SHAPES / f"{name}.html") for name in PAGES}


@pytest.mark.parametrize("name", PAGES)
def test_the_release_is_read_whole_and_in_order(documents, name):
    text, expected = documents[name].text, PAGES[name]
    lines = [line for line in text.split("\n") if line.strip()]
    assert lines[: len(expected["first"])] == expected["first"] or all(
        line.startswith(first) for line, first in zip(lines, expected["first"], strict=False)
    ), lines[:3]
    for piece in expected["present"]:
        assert piece in text, piece
    positions = [text.index(piece) for piece in expected["present"]]
    assert positions == sorted(positions), "the page's order is kept"


@pytest.mark.parametrize("name", PAGES)
def test_the_site_furniture_stays_out(documents, name):
    text = documents[name].text
    for piece in PAGES[name]["absent"]:
        assert piece not in text, piece


@pytest.mark.parametrize("name", PAGES)
def test_the_page_metadata(documents, name):
    page = documents[name].page
    for key, value in PAGES[name]["page"].items():
        assert page[key] == value, key


def test_every_shape_page_is_tested():
    assert {p.stem for p in SHAPES.glob("*.html")} == set(PAGES)
