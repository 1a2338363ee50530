"""Mastheads over the dateline and web articles under a site's header (session 15, read side of
the dev set): a name and its descriptor, a rubric or an event's name and dates printed above the
dateline are not the headline when a headline stands under it; a page's stamp with its times is
furniture; an article's headline printed over its lede and stamp is the title. Invented
fragments; each expected value follows docs/annotation.md."""

import pytest

from pipeline.api import Extractor
from pipeline.extractors.metadata import extract_metadata
from pipeline.extractors.metadata_furniture import is_stamp
from pipeline.extractors.metadata_title_end import subtitle_start

MASTHEADS = {
    "patients_association": (
        "LES AMIS DU SOUFFLE LIMOUSIN\nAssociation de patients insuffisants respiratoires\n\n"
        "                                   Limoges, le 3 février 2026\n\n"
        "     Pneumologie : les patients inquiets après le départ de deux médecins\n\n"
        "Plus de 600 patients n'ont plus de rendez-vous depuis le 12 janvier.",
        "Pneumologie : les patients inquiets après le départ de deux médecins",
    ),
    "club_rubric": (
        "USB ⚓ UNION SPORTIVE BRIVISTE\n\nINFO TRANSFERT\nBrive, jeudi 9 juillet 2026\n\n"
        "Le demi de mêlée Lucas Ferrand prolonge son contrat jusqu'en 2028\n\n"
        "L'Union sportive briviste annonce la prolongation de son demi de mêlée.",
        "Le demi de mêlée Lucas Ferrand prolonge son contrat jusqu'en 2028",
    ),
    "event_masthead": (
        "LES NUITS DU CAUSSE\nfestival de musiques — 6e édition\nRODEZ · 9 > 12 JUILLET 2026\n\n"
        "Pour sa sixième édition, le festival\ns'installe dans les jardins du foirail\n\n"
        "Quatre soirs, vingt concerts, presque tous gratuits : le festival revient en juillet.",
        "Pour sa sixième édition, le festival s'installe dans les jardins du foirail",
    ),
}


@pytest.mark.parametrize("name", sorted(MASTHEADS))
def test_a_masthead_over_the_dateline_gives_way_to_the_headline_under_it(name):
    text, title = MASTHEADS[name]
    assert extract_metadata(text)["title"] == title


HEADLINES_OVER_THE_DATELINE = {
    "lede_on_the_dateline_line": (
        "URGENCE | Séisme au Maroc\n\n"
        "Pharmaciens solidaires envoie 8 tonnes de médicaments dans le Haut Atlas\n\n"
        "Lyon, le 5 mai 2026 – Depuis le séisme de vendredi, plus de 20 000 personnes sont sans abri.",
        "Pharmaciens solidaires envoie 8 tonnes de médicaments dans le Haut Atlas",
    ),
    "list_of_highlights_under_a_date": (
        "Communiqué de presse\n"
        "La direction du numérique ouvre avec un opérateur un portail unique de commande réseau "
        "pour les services de l'État et leurs établissements publics\n2021-01-11\n\n"
        "- Développement d'interfaces pour relier le portail au système de l'opérateur\n"
        "- Simplification des demandes d'accès\n\nAvec plus de 13 000 sites raccordés, le réseau grandit.",
        "La direction du numérique ouvre avec un opérateur un portail unique de commande réseau "
        "pour les services de l'État et leurs établissements publics",
    ),
    "cover_over_its_venue": (
        "SALON DE L'HABITAT\n14 > 17 mars 2026\n\nParc des expositions\n\n"
        "Le salon réunit cette année 180 exposants autour de la rénovation.",
        "SALON DE L'HABITAT",  # the cover's name, not its venue
    ),
}


@pytest.mark.parametrize("name", sorted(HEADLINES_OVER_THE_DATELINE))
def test_a_headline_over_a_date_line_stays_when_no_headline_stands_under_it(name):
    text, title = HEADLINES_OVER_THE_DATELINE[name]
    assert extract_metadata(text)["title"] == title


@pytest.mark.parametrize(
    "line",
    [
        "Publié le 17/05/2026 à 18:05 – Mis à jour le 18/05/2026 à 09:12",
        "Publié le 3 avril 2026 à 9h30",
        "Mis à jour le 04/03/2026 à 17 h 45",
    ],
)
def test_a_page_stamp_with_its_times_is_a_stamp(line):
    assert is_stamp(line)


def test_the_headline_under_a_genre_and_a_stamp_with_times():
    text = (
        "Passer au contenu\nTRAIL DES CRÊTES – Course nature en montagne\n"
        "S'inscrire | Parcours | Résultats | Presse\n\nCOMMUNIQUÉ OFFICIEL\n"
        "Publié le 17/05/2026 à 18:05 – Mis à jour le 18/05/2026 à 09:12\n\n"
        "Orages annoncés : le Trail des Crêtes reporté au dimanche 31 mai\n\n"
        "Les 900 coureurs attendus samedi devront patienter huit jours."
    )
    assert (
        extract_metadata(text)["title"] == "Orages annoncés : le Trail des Crêtes reporté au dimanche 31 mai"
    )


def test_an_article_headline_over_its_lede_and_stamp_under_the_site_header():
    text = (
        "Aller au contenu principal\nMutuelle des Vosges\n"
        "Particuliers | Professionnels | Entreprises | Newsroom\nRechercher\n\n"
        "Newsroom > Communiqués de presse\n\nSommaire\n"
        "Comptes 2025 : la mutuelle gèle ses cotisations pour la deuxième année\n"
        "Arrêtés par le conseil d'administration du 19 mars 2026, les comptes 2025 font apparaître "
        "un résultat net de 3,1 millions d'euros.\nPublié le 02/04/26\n\n"
        "Une activité portée par les contrats collectifs\n"
        "En 2025, le chiffre d'affaires de la mutuelle progresse de 3 %."
    )
    assert (
        extract_metadata(text)["title"]
        == "Comptes 2025 : la mutuelle gèle ses cotisations pour la deuxième année"
    )


def test_an_event_heading_holding_its_venue_ends_before_it():
    """A page's <h1> set from three lines: the event's name, 'Town – venue', its dates."""
    heading = "SALON RÉGIONAL DE L'HABITAT Vannes – Parc des expositions 14 > 17 mars 2026"
    assert heading[: subtitle_start(heading)] == "SALON RÉGIONAL DE L'HABITAT"


def test_a_heading_framed_by_dashes_loses_them(nlp):
    extractor = Extractor()
    extractor._nlp = nlp  # the session's pipeline, not a second load
    text = (
        "---\ntitle: Accident\ndate: 2026-03-02\n---\n\n"
        "# - Accident mortel sur le chantier de la rocade -\n\nLe parquet communique.\n"
    )
    record = extractor.extract(text, format="text")
    assert record.metadata.title == "Accident mortel sur le chantier de la rocade"


@pytest.mark.parametrize(
    ("genre", "text"),
    [
        (
            "ALERTE SANITAIRE",
            "ARS\n\nALERTE SANITAIRE\n\nBasse-Terre, 14/11/2025\n\nDENGUE : L'ARS APPELLE À LA PRUDENCE\n\n",
        ),
        (
            "RAPPEL CONSOMMATEURS",
            "RAPPEL CONSOMMATEURS\nPublié le 17/02/2026\n\nRappel de galettes en sachet de 8\n\n",
        ),
    ],
)
def test_consumer_and_health_alerts_are_genres(genre, text):
    assert extract_metadata(text + "Le texte suit.")["document_type"] == genre


def test_a_release_number_s_cp_gives_way_to_the_genre_printed_whole():
    text = (
        "PRÉFET DE LA SAVOIE\nLiberté\nÉgalité\nFraternité\n          CP n° 12/2026\n\n"
        "COMMUNIQUÉ DE PRESSE\n\nChambéry : fermeture administrative d'un bar de nuit\n\n"
        "Le préfet a signé ce jour un arrêté de fermeture."
    )
    metadata = extract_metadata(text)
    assert (metadata["document_type"], metadata["reference"]) == ("COMMUNIQUÉ DE PRESSE", "12/2026")


@pytest.mark.parametrize(
    ("line", "reference"),
    [("NOTE DE CONJONCTURE  •  N° 2026-02", "2026-02"), ("NOTE N° 47 | FÉVRIER 2026", "47")],
)
def test_a_note_s_number_is_the_reference(line, reference):
    text = f"FÉDÉRATION DES PAYSAGISTES\n\n{line}\n\nLe marché recule au premier trimestre\n\nLe texte suit."
    assert extract_metadata(text)["reference"] == reference
