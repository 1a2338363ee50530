"""Letterheads over the headline that are not a public body's name: a company's baseline under its
name, an acronym over the name it stands for (metadata_letterhead, metadata_title)."""

import pytest

from pipeline.extractors.metadata import extract_metadata
from pipeline.extractors.metadata_letterhead import expands_acronym


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (  # a company's name, its baseline set apart, the dateline, then the headline
            "WATTELIA\n\nLa recharge électrique pour tous\n\nLyon, le 3 juin 2025\n\n"
            "Wattelia lève 12 millions d'euros pour déployer ses bornes",
            "Wattelia lève 12 millions d'euros pour déployer ses bornes",
        ),
        (
            "BRIXOL SA\nMatériaux biosourcés depuis 1962\n\n12 février 2025\n\n"
            "Brixol ouvre une deuxième usine dans les Vosges",
            "Brixol ouvre une deuxième usine dans les Vosges",
        ),
        (  # an acronym over its expansion, no dateline between letterhead and headline
            "UPFR\nUnion des producteurs de fruits de la Région\n\n"
            "Sécheresse : les arboriculteurs demandent un plan d'urgence",
            "Sécheresse : les arboriculteurs demandent un plan d'urgence",
        ),
        (
            "FNTP\nFédération nationale des travaux publics\n\nCommuniqué de presse\n\n"
            "L'activité des travaux publics recule au premier trimestre",
            "L'activité des travaux publics recule au premier trimestre",
        ),
    ],
)
def test_headline_under_a_letterhead_that_names_no_public_body(head, title):
    text = head + "\n\nLe texte du communiqué commence ici, avec les premiers chiffres du trimestre."
    assert extract_metadata(text)["title"] == title


def test_a_headline_over_its_dateline_stays_the_title():
    text = (
        "La médiathèque ouvre le dimanche\n\nTours, le 3 mars 2025\n\n"
        "Une ouverture à l'essai\n\nDès le 9 mars, la médiathèque ouvrira ses portes le dimanche."
    )
    assert extract_metadata(text)["title"] == "La médiathèque ouvre le dimanche"


@pytest.mark.parametrize(
    ("acronym", "line", "expands"),
    [
        ("FNTP", "Fédération nationale des travaux publics", True),
        ("CNLL", "Conseil national du logiciel libre", True),
        ("UFC", "Une nouvelle unité de soins palliatifs ouvre à Caen", False),
        ("SNCF", "Sécheresse : les arboriculteurs", False),
        ("Région", "Union des producteurs de fruits de la Région", False),
    ],
)
def test_expands_acronym(acronym, line, expands):
    assert expands_acronym(acronym, line) is expands


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (  # a one-word rubric right over the headline
            "PRÉFET DE LA HAUTE-GARONNE\n\nCommuniqué de presse\nToulouse, le 12 juillet 2024\n\n"
            "SÉCURITÉ\nBilan des contrôles du week-end du 14 juillet",
            "Bilan des contrôles du week-end du 14 juillet",
        ),
        (  # a label of several words starts the headline
            "Communiqué de presse\nTours, le 12 février 2026\n\nRÉSULTATS ANNUELS 2025\n"
            "La coopérative affiche une activité solide et recrute",
            "RÉSULTATS ANNUELS 2025 La coopérative affiche une activité solide et recrute",
        ),
        (  # a one-word rubric set apart over the headline
            "Communiqué de presse\n\nConjoncture\n\n"
            "L'activité des travaux publics recule au premier trimestre",
            "L'activité des travaux publics recule au premier trimestre",
        ),
        (  # an event's name in title case starts the headline
            "Dossier de presse\n\nRencontres des jardins partagés\nRemise des prix aux lauréats 2025",
            "Rencontres des jardins partagés Remise des prix aux lauréats 2025",
        ),
        (  # a headline in capitals over its second line in capitals
            "Communiqué de presse\n\nCANICULE EN ISÈRE\nLE DÉPARTEMENT PASSE EN VIGILANCE ORANGE",
            "CANICULE EN ISÈRE LE DÉPARTEMENT PASSE EN VIGILANCE ORANGE",
        ),
        (  # a short line over the genre and the date is the headline
            "CORONAVIRUS - COVID 19\n\nPoint de situation\n12 mars 2020",
            "CORONAVIRUS - COVID 19",
        ),
    ],
)
def test_a_kicker_over_the_headline_is_not_part_of_it(head, title):
    text = head + "\n\nLe texte du communiqué commence ici, avec les premiers chiffres du trimestre."
    assert extract_metadata(text)["title"] == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (  # a wordmark in lower case and its baseline under the genre
            "COMMUNIQUÉ DE PRESSE\n\nsolvéo\nLe chauffage qui se partage\n\n"
            "Solvéo ouvre un réseau de chaleur dans trois quartiers de Dijon",
            "Solvéo ouvre un réseau de chaleur dans trois quartiers de Dijon",
        ),
        (  # a company's page header naming the site's section
            "BRIXOL – Espace presse\nPublié le 12/01/2026\n\n"
            "Brixol ouvre une usine de briques de chanvre à Épinal",
            "Brixol ouvre une usine de briques de chanvre à Épinal",
        ),
        (  # a bulletin's time stamp under the genre
            "POINT DE SITUATION N° 2\nCrue de la Loire – samedi 18 janvier 2025 – 18h00\n\n"
            "CRUE DE LA LOIRE : LA DÉCRUE EST AMORCÉE À ORLÉANS",
            "CRUE DE LA LOIRE : LA DÉCRUE EST AMORCÉE À ORLÉANS",
        ),
        (  # a label over a long second line with no final stop
            "Communiqué de presse\nTours, le 12 février 2026\n\nRÉSULTATS ANNUELS 2025\n"
            "La Caisse régionale du Crédit coopératif des Pays de Loire affiche une activité solide et "
            "renforce son soutien",
            "RÉSULTATS ANNUELS 2025 La Caisse régionale du Crédit coopératif des Pays de Loire affiche une "
            "activité solide et renforce son soutien",
        ),
    ],
)
def test_header_lines_over_the_headline(head, title):
    text = head + "\n\nLe texte du communiqué commence ici, avec les premiers chiffres du trimestre."
    assert extract_metadata(text)["title"] == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (  # a text extracted with a blank line between lines: the headline goes on after a colon
            "COMMUNIQUÉ DE PRESSE\n\nCaen, le 3 mars 2025\n\n"
            "800 emplois à pourvoir dans l'hôtellerie :\n\n"
            "le Département organise un forum à Cabourg",
            "800 emplois à pourvoir dans l'hôtellerie : le Département organise un forum à Cabourg",
        ),
        (  # after a linking word
            "Communiqué de presse\n\nUn premier cas de chikungunya confirmé dans\n\n"
            "le Var : l'ARS engage une démoustication",
            "Un premier cas de chikungunya confirmé dans le Var : l'ARS engage une démoustication",
        ),
        (  # in capitals under capitals, and after a comma
            "COMMUNIQUÉ DE PRESSE\n\nINONDATIONS DANS L'AUDE : 40 COMMUNES SINISTRÉES,\n\n"
            "L'ÉTAT DÉBLOQUE UNE AIDE D'URGENCE",
            "INONDATIONS DANS L'AUDE : 40 COMMUNES SINISTRÉES, L'ÉTAT DÉBLOQUE UNE AIDE D'URGENCE",
        ),
        (  # a headline in capitals closed by '!', a standfirst in capitals under a blank line
            "Communiqué de presse\n\nSALON DU JEU VIDÉO : LA 3E ÉDITION EST LANCÉE !\n\n"
            "AVEC LA PRÉSENCE DE DEUX STUDIOS NANTAIS ET DE L'ÉCOLE DES MÉTIERS DU NUMÉRIQUE",
            "SALON DU JEU VIDÉO : LA 3E ÉDITION EST LANCÉE !",
        ),
        (  # an image's alt text left in the letterhead
            "Agence régionale de santé\n\nOccitanie\n\nLogo ARS Occitanie\n\nCOMMUNIQUÉ DE PRESSE\n\n"
            "Rougeole : l'ARS appelle à vérifier son carnet de vaccination",
            "Rougeole : l'ARS appelle à vérifier son carnet de vaccination",
        ),
        (  # a whole headline, then a standfirst in lines of the same paragraph
            "Communiqué de presse\n"
            "Solvéo lève 8 millions d'euros pour raccorder 300 immeubles à ses réseaux de chaleur\n"
            "Tour de table mené par deux fonds régionaux et la Banque des Territoires\n"
            "Objectif : 1 200 logements chauffés d'ici 2027",
            "Solvéo lève 8 millions d'euros pour raccorder 300 immeubles à ses réseaux de chaleur",
        ),
        (  # a section heading right under the headline
            "POINT DE SITUATION\nCRUE DE LA GARONNE : LE PIC ATTENDU CETTE NUIT À AGEN\nSituation\n"
            "La Garonne atteindra 9,5 m cette nuit.",
            "CRUE DE LA GARONNE : LE PIC ATTENDU CETTE NUIT À AGEN",
        ),
        (  # a label and its line, a list of highlights right under them
            "CP n° 12\nTours, le 12/02/2026\nRÉSULTATS ANNUELS 2025\n"
            "La coopérative affiche une activité solide\n"
            "• Chiffre d'affaires : 612 M€\n• Résultat net : 118 M€",
            "RÉSULTATS ANNUELS 2025 La coopérative affiche une activité solide",
        ),
    ],
)
def test_headline_lines_in_extracted_text(head, title):
    text = head + "\n\nLe texte du communiqué commence ici, avec les premiers chiffres du trimestre."
    assert extract_metadata(text)["title"] == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (  # a banner over the genre and the date, a section heading of two words under them
            "GRIPPE AVIAIRE – SITUATION EN BRETAGNE\n\nPoint de situation\n12 janvier 2026\n\n"
            "Bilan sanitaire",
            "GRIPPE AVIAIRE – SITUATION EN BRETAGNE",
        ),
        (  # a letterhead over the genre: the short headline under it stands
            "PRÉFECTURE DE L'AIN\n\nCommuniqué de presse\n\nVigilance canicule",
            "Vigilance canicule",
        ),
    ],
)
def test_a_short_heading_under_the_genre_and_a_banner_over_it(head, title):
    text = head + "\n\nTrois nouveaux foyers ont été confirmés dans le département depuis lundi."
    assert extract_metadata(text)["title"] == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (  # a rubric and its topic set off by a bar over the headline
            "URGENCE | Séisme au Maroc\n\nL'ONG envoie deux équipes médicales dans la province d'Al Haouz",
            "L'ONG envoie deux équipes médicales dans la province d'Al Haouz",
        ),
        (  # a short label in capitals, a blank line, the headline: both lines
            "Paris, le 2 mars 2026\n\nGRÈVE NATIONALE LE JEUDI 12 MARS 2026\n\n"
            "Tarifs des consultations : les kinésithérapeutes ferment leurs cabinets",
            "GRÈVE NATIONALE LE JEUDI 12 MARS 2026 Tarifs des consultations : les kinésithérapeutes ferment "
            "leurs cabinets",
        ),
    ],
)
def test_rubrics_and_labels_over_the_headline(head, title):
    text = head + "\n\nLe texte du communiqué commence ici, avec les premiers chiffres du trimestre."
    assert extract_metadata(text)["title"] == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (  # a date cut by the end of a headline line
            "Communiqué de presse\n\nGRÈVE DES KINÉSITHÉRAPEUTES LE JEUDI 12\nMARS 2026",
            "GRÈVE DES KINÉSITHÉRAPEUTES LE JEUDI 12 MARS 2026",
        ),
        (
            "Communiqué de presse\n\nLa forge, une histoire du fer en Ariège\n"
            "Exposition du 4 avril au 30 août\n2026",
            "La forge, une histoire du fer en Ariège Exposition du 4 avril au 30 août 2026",
        ),
        (  # a wordmark and its baseline each in a paragraph of its own (a PDF's change of font)
            "COMMUNIQUÉ DE PRESSE\n\nsolvéo\n\nLe chauffage qui se partage\n\n"
            "Solvéo ouvre un réseau de chaleur dans trois quartiers de Dijon",
            "Solvéo ouvre un réseau de chaleur dans trois quartiers de Dijon",
        ),
    ],
)
def test_headlines_as_a_pdf_sets_them(head, title):
    text = head + "\n\nLe texte du communiqué commence ici, avec les premiers chiffres du trimestre."
    assert extract_metadata(text)["title"] == title
