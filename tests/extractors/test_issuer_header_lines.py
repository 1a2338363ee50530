"""Letterheads of several lines (pipeline/extractors/issuer/header_lines.py): the acronym over the
name it abbreviates, the State's bloc marque over a service, lines describing the body, names cut
over two lines. Invented fragments in the shapes of public and private French releases."""

import pytest

from pipeline.extractors.issuer.acronyms import abbreviates, acronym_and_name, spells_out
from pipeline.extractors.issuer.header_lines import (
    continues_above,
    describes_the_body,
    joined,
    over_its_address,
    serves_the_state,
    without_description,
)
from pipeline.extractors.metadata import extract_metadata
from pipeline.extractors.metadata_common import Line

BODY = "Paris, le 4 mars 2026\n\nUn titre pour la presse\n\nLe texte du communiqué.\n"


def issuer(header: str, genre: str = "Communiqué de presse") -> str | None:
    return extract_metadata(f"{header}\n\n{genre}\n\n{BODY}")["issuer"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("AP-HP\nAssistance Publique – Hôpitaux de Paris", "Assistance Publique – Hôpitaux de Paris"),
        (
            "SDIS 29\nSERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU FINISTÈRE",
            "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU FINISTÈRE",
        ),
        (
            "ENSAM\nÉcole nationale supérieure d'arts et métiers",
            "École nationale supérieure d'arts et métiers",
        ),
        ("CAPEB – Confédération de l'artisanat et des petites entreprises du bâtiment", None),
        ("UFCS - Union féminine civique et sociale", "Union féminine civique et sociale"),
    ],
)
def test_an_acronym_over_its_name_gives_the_name(header, expected):
    found = issuer(header)
    if expected is None:  # the name under the dash: 'CAPEB' spells it with a first syllable
        assert found and found.startswith("Confédération de l'artisanat")
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "PRÉFET\nDE LA CHARENTE-\nMARITIME\nLiberté\nÉgalité\nFraternité\n\n"
            "Direction départementale des territoires et de la mer",
            "PRÉFET DE LA CHARENTE-MARITIME",
        ),
        (
            "PRÉFÈTE DU CHER\nLiberté Égalité Fraternité\n\nSous-préfecture de Vierzon",
            "PRÉFÈTE DU CHER",
        ),
        (
            "MINISTÈRE\nDE L'AGRICULTURE\nLiberté\nÉgalité\nFraternité\n\n"
            "Secrétariat d'État chargé de la Forêt",
            "MINISTÈRE DE L'AGRICULTURE",
        ),
        (
            "ACADÉMIE\nDE RENNES\nLiberté\nÉgalité\nFraternité\nRÉGION ACADÉMIQUE\nBRETAGNE",
            "ACADÉMIE DE RENNES",
        ),
    ],
)
def test_a_state_service_under_the_bloc_marque_is_no_co_issuer(header, expected):
    assert issuer(header) == expected


def test_a_state_service_issues_with_the_bloc_marque_in_a_joint_release():
    header = "PRÉFET DU GERS\nLiberté\nÉgalité\nFraternité\n\nDirection départementale des territoires"
    assert issuer(header, "Communiqué de presse conjoint") == (
        "PRÉFET DU GERS ; Direction départementale des territoires"
    )


def test_an_independent_body_under_the_motto_is_a_co_issuer():
    header = (
        "PRÉFET DE LA RÉGION CENTRE-VAL DE LOIRE\nLiberté Égalité Fraternité\n\nAgence régionale de santé"
    )
    assert issuer(header).startswith("PRÉFET DE LA RÉGION CENTRE-VAL DE LOIRE ; Agence régionale de santé")


def test_the_states_name_over_two_lines_gives_way_to_the_agency_under_it():
    header = "RÉPUBLIQUE\nFRANÇAISE\nLiberté\nÉgalité\nFraternité\n\nOffice français de la biodiversité"
    assert issuer(header) == "Office français de la biodiversité"
    assert issuer("RÉPUBLIQUE\nFRANÇAISE\nLiberté\nÉgalité\nFraternité\n\nFranceAgriMer") == "FranceAgriMer"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Les Jardins du Partage\nAssociation loi 1901 reconnue d'utilité publique",
            "Les Jardins du Partage",
        ),
        ("MÉTALLERIE DU PERCHE\nSCOP SA à capital variable\nZA des Forges – 61400 Mortagne", None),
        ("MUSÉE DE LA MINE\nCARMAUX · TARN", "MUSÉE DE LA MINE"),
        ("CHU\nNÎMES\nCentre hospitalier universitaire", "CHU NÎMES"),
        ("Fondation Marie Lesage\nsous l'égide de l'Institut de France", "Fondation Marie Lesage"),
    ],
)
def test_a_line_describing_the_body_is_not_its_name(header, expected):
    found = issuer(header)
    if expected is None:  # a name with no head-word: found by the legal form under it
        assert found == "MÉTALLERIE DU PERCHE"
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("CENTRE HOSPITALIER\nDE MORLAIX", "CENTRE HOSPITALIER DE MORLAIX"),
        ("HOSPICES CIVILS\nDE BEAUNE", "HOSPICES CIVILS DE BEAUNE"),
        ("GIRONDE\nLE DÉPARTEMENT", "GIRONDE LE DÉPARTEMENT"),
    ],
)
def test_a_name_cut_over_two_lines_is_read_whole(header, expected):
    assert issuer(header) == expected


def test_the_helpers_on_their_own():
    assert spells_out("CHU", "Centre hospitalier universitaire")
    assert not spells_out("MINISTÈRE", "MINISTÈRE DES SPORTS")
    assert not spells_out("Mairie", "Maison des initiatives")
    line = Line(10, 60, "GEOB – Groupe d'études ornithologiques de Bretagne")
    name = acronym_and_name(line)
    assert (
        name is not None and name.text == "Groupe d'études ornithologiques de Bretagne" and name.start == 17
    )
    assert acronym_and_name(Line(0, 30, "COVID – un point de situation")) is None
    assert describes_the_body("Membre de l'Alliance des grandes écoles")
    assert not describes_the_body("Direction régionale des affaires culturelles")
    assert not describes_the_body("AMIENS-PICARDIE")
    assert serves_the_state("DREAL Occitanie") and not serves_the_state("Agence régionale de santé Corse")
    assert continues_above("HOSPICES CIVILS", "DE LYON") and not continues_above("Le 3 mai", "de 9h à 12h")
    assert (
        without_description("Fondation Aubrac sous l'égide de la Fondation de France") == "Fondation Aubrac"
    )
    assert joined(["PRÉFET", "DE LA HAUTE-", "LOIRE"]) == "PRÉFET DE LA HAUTE-LOIRE"


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (
            "Contact presse : Fédération des secours dentaires – presse@fsd-ong.org\n"
            "• Service donateurs : 04 72 00 11 22\n",
            "Fédération des secours dentaires",
        ),
        (
            "Contacts presse\nSecrétariat de l'association : 05 49 00 11 22\n"
            "Ligue de protection des chouettes – Jeanne Morel – 06 12 34 56 78\n",
            "Ligue de protection des chouettes",
        ),
    ],
)
def test_a_unit_named_by_common_nouns_gives_way_to_a_body_on_the_press_lines(closing, expected):
    text = f"COMMUNIQUÉ DE PRESSE\n\n{BODY}\n{closing}"
    assert extract_metadata(text)["issuer"] == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("CCI Lozère | U2P 48", "CCI Lozère ; U2P 48"),
        ("PRÉFECTURE DE LA MARNE / PARQUET DE REIMS", "PRÉFECTURE DE LA MARNE ; PARQUET DE REIMS"),
        ("Mairie de Vannes / Communauté d'agglomération du Golfe", None),
        ("Région Bretagne | Rannvro Breizh", "Région Bretagne | Rannvro Breizh"),  # one body, two languages
    ],
)
def test_bodies_side_by_side_on_one_line_are_joint_issuers(header, expected):
    found = issuer(header)
    if expected is None:
        assert found.startswith("Mairie de Vannes ; Communauté")
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (
            "--\nPréfecture de la Nièvre\nContact presse : Service communication – 03 86 00 11 22\n",
            "Préfecture de la Nièvre",
        ),
        ("-- \nMairie de Dole\nPôle communication\n", "Mairie de Dole"),
    ],
)
def test_the_first_line_of_an_email_signature_names_the_body(closing, expected):
    text = f"{BODY}\nLa suite du texte.\n\n{closing}"
    assert extract_metadata(text)["issuer"] == expected


def test_a_domain_that_spells_a_territory_names_the_body_of_that_territory():
    text = (
        f"{BODY}\nLe Conseil départemental de la Haute-Marne financera les travaux en Haute-Marne.\n\n"
        "Conseil départemental de la Haute-Marne – Direction de la communication\n"
        "Contact presse : Lucie Marchal – lucie.marchal@haute-marne.fr\n"
    )
    assert extract_metadata(text)["issuer"] == "Conseil départemental de la Haute-Marne"
    alone = (
        f"{BODY}\nLes travaux commencent en Haute-Marne.\n\nContact : Lucie Marchal – presse@haute-marne.fr\n"
    )
    assert extract_metadata(alone)["issuer"] is None  # a place alone is no body


@pytest.mark.parametrize(
    "closing",
    [
        "Contact presse : Paul Martin – paul.martin@example.org\nLigne d'écoute : 09 70 00 11 22\n",
        "Contact presse : Paul Martin – 06 12 34 56 78\nNuméro vert : 0 800 00 11 22 (appel gratuit)\n",
    ],
)
def test_a_line_for_the_public_is_no_issuer(closing):
    assert extract_metadata(f"COMMUNIQUÉ DE PRESSE\n\n{BODY}\n{closing}")["issuer"] is None


def test_a_footer_line_names_the_body_its_press_e_mail_spells():
    closing = (
        "Contact presse : Jeanne Roux · jroux@lafabriquedessons.fr · 03 20 00 11 22\n\n"
        "La Fabrique des Sons — scène de musiques actuelles — 4 rue Gambetta, 59000 Lille\n"
    )
    assert extract_metadata(f"COMMUNIQUÉ DE PRESSE\n\n{BODY}\n{closing}")["issuer"] == "La Fabrique des Sons"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "cpam – Caisse primaire d'assurance maladie de la Gironde",
            "Caisse primaire d'assurance maladie de la Gironde",
        ),
        ("SALON DU LIVRE DE COLMAR – 34e ÉDITION", "SALON DU LIVRE DE COLMAR"),
        ("Rencontres du Film d'Aventure - 12e édition", "Rencontres du Film d'Aventure"),
        ("SIVOM Vallée de l'Arve\nSyndicat intercommunal à vocation multiple", "SIVOM Vallée de l'Arve"),
        ("Mutuelle des Pêcheurs\ndu Léon\nAssurance mutualiste régionale", "Mutuelle des Pêcheurs du Léon"),
    ],
)
def test_editions_acronyms_and_descriptions_around_a_name(header, expected):
    assert issuer(header) == expected


@pytest.mark.parametrize(
    ("about", "expected"),
    [
        (
            "À propos de Mer Vivante — fondée en 2019 par des armateurs bretons, elle aide les pousses.",
            "Mer Vivante",
        ),
        ("À propos de Terres Solidaires – Association créée en 2012 à Tours", "Terres Solidaires"),
    ],
)
def test_an_about_subject_stops_before_a_description_after_a_dash(about, expected):
    closing = f"{about}\n\nContact presse : Léa Morin – lea.morin@escale-mer.fr\n"
    assert extract_metadata(f"COMMUNIQUÉ DE PRESSE\n\n{BODY}\n{closing}")["issuer"] == expected


@pytest.mark.parametrize(
    "header",
    [
        "LIGUE RÉGIONALE DE TENNIS DU CENTRE\nCommission régionale de discipline\n\nCOMMUNIQUÉ",
        "FÉDÉRATION DÉPARTEMENTALE DES CHASSEURS DU GARD\nComité de direction\n\nCOMMUNIQUÉ",
    ],
)
def test_a_commission_under_a_body_is_a_unit_of_it(header):
    assert issuer(header).startswith(header.split("\n")[0])
    assert ";" not in issuer(header)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ARS Corse\nAgence régionale de santé de Corse", "Agence régionale de santé de Corse"),
        (
            "CCI Normandie\nChambre de commerce et d'industrie Normandie",
            "Chambre de commerce et d'industrie Normandie",
        ),
        (
            "SITOM VALLÉE\nSyndicat intercommunal de traitement des ordures ménagères de la Vallée",
            "Syndicat intercommunal de traitement des ordures ménagères de la Vallée",
        ),
    ],
)
def test_an_acronym_with_its_seat_over_the_full_name_gives_the_full_name(header, expected):
    assert issuer(header) == expected


def test_an_acronym_with_a_seat_the_name_below_does_not_close_is_not_spelled_out():
    assert not spells_out("ARS Corse", "Assistance de Corse")
    assert not spells_out("CCI Lyon", "Chambre de commerce et d'industrie de Nantes")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Fromagerie des Trois Vallons\nRoute de Lure – 70200 Lure", "Fromagerie des Trois Vallons"),
        ("Les Ateliers du Rail\n14 rue des Forges, 21000 Dijon", "Les Ateliers du Rail"),
        ("Cave coopérative de Tain\nwww.cave-tain.fr", "Cave coopérative de Tain"),
    ],
)
def test_a_short_name_over_its_address_is_the_letterhead(header, expected):
    assert issuer(header) == expected


def test_a_name_over_an_address_under_a_contact_heading_or_opening_on_a_first_name_is_no_letterhead():
    def lines(*texts: str) -> list[Line]:
        found, start = [], 0
        for text in texts:
            found.append(Line(start, start + len(text), text))
            start += len(text) + 1
        return found

    assert over_its_address(lines("Les Ateliers du Rail", "14 rue des Forges, 21000 Dijon"), 0)
    assert not over_its_address(lines("Contact presse", "Les Ateliers du Rail", "14 rue des Forges"), 1)
    assert not over_its_address(lines("Aurore Kerdraon", "www.kerdraon.fr"), 0)
    assert not over_its_address(lines("Une bière d'hiver, enfin", "3 chemin des Crêtes – 05000 Gap"), 0)


def test_a_name_over_its_address_with_no_genre_line_is_no_title():
    text = (
        "Brasserie du Mont Aigu\n3 chemin des Crêtes – 05000 Gap\n\n"
        "Une nouvelle bière d'hiver brassée avec l'orge des Hautes-Alpes\n\n"
        "La Brasserie du Mont Aigu lance sa cuvée d'hiver.\n"
    )
    found = extract_metadata(text)
    assert found["issuer"] == "Brasserie du Mont Aigu"
    assert found["title"] == "Une nouvelle bière d'hiver brassée avec l'orge des Hautes-Alpes"


def test_a_reference_line_ends_the_letterhead():
    assert issuer("SDEA\nSyndicat des eaux et de l'assainissement\nRéf. : SDEA/COM/2026-07") == (
        "Syndicat des eaux et de l'assainissement"
    )


def test_an_acronym_and_its_name_between_any_symbol_and_a_logo_line_under_a_letterhead():
    assert issuer("USB ◆ UNION SPORTIVE BRESSANE") == "UNION SPORTIVE BRESSANE"
    assert (
        issuer("Agence régionale de santé\nBOURGOGNE\nLogo ARS Bourgogne")
        == "Agence régionale de santé BOURGOGNE"
    )


def test_a_body_on_its_own_letterhead_line_is_a_co_issuer_only_when_the_text_names_it_again():
    header = "Cour d'appel de Riom\nTribunal judiciaire de Moulins"
    body = "Moulins, le 4 mars 2026\n\nUn titre pour la presse\n\nLe tribunal judiciaire de Moulins a jugé.\n"
    assert extract_metadata(f"{header}\n\nCommuniqué de presse\n\n{body}")["issuer"] == (
        "Tribunal judiciaire de Moulins"
    )
    joint = extract_metadata(f"{header}\n\nCommuniqué de presse conjoint\n\n{body}")["issuer"]
    assert joint == "Cour d'appel de Riom ; Tribunal judiciaire de Moulins"
    both = body + "La cour d'appel de Riom a été saisie.\n"
    assert extract_metadata(f"{header}\n\nCommuniqué de presse\n\n{both}")["issuer"] == joint


def test_bodies_side_by_side_on_one_letterhead_line_stay_co_issuers():
    assert issuer("CMA Allier | U2P 03") == "CMA Allier ; U2P 03"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Centre hospitalier de Cholet – Direction de la communication", "Centre hospitalier de Cholet"),
        ("Ville de Quimper - Service presse - 02 98 00 00 00", "Ville de Quimper"),
        ("Théâtre du Rond-Point – 2 bis avenue Franklin-Roosevelt – 75008 Paris", "Théâtre du Rond-Point"),
        ("Parc naturel régional du Vexin – www.pnr-vexin.fr", "Parc naturel régional du Vexin"),
    ],
)
def test_a_unit_an_address_or_a_site_after_the_name_on_its_line_is_left_out(header, expected):
    assert issuer(header) == expected


def test_an_events_edition_under_its_organisers_ends_the_letterhead():
    assert (
        issuer("Rectorat de Rennes\nFESTIVAL SCIENCES EN SCÈNE 2026\nFinale régionale")
        == "Rectorat de Rennes"
    )


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "UDAF 35 – Union départementale des associations familiales d'Ille-et-Vilaine",
            "Union départementale des associations familiales d'Ille-et-Vilaine",
        ),
        (
            "CDOS 29 — Comité départemental olympique et sportif du Finistère",
            "Comité départemental olympique et sportif du Finistère",
        ),
        ("LR2 – Laboratoire de Recherche Rhodanien", "Laboratoire de Recherche Rhodanien"),
        (
            "ARS\nAgence régionale de santé Bourgogne-Franche-Comté",
            "Agence régionale de santé Bourgogne-Franche-Comté",
        ),
        ("MARÉE HAUTE — association de sciences participatives du littoral", "MARÉE HAUTE"),
    ],
)
def test_an_acronym_with_its_number_a_figure_or_a_region_and_a_description_after_a_dash(header, expected):
    assert issuer(header) == expected


def test_a_figure_in_an_acronym_counts_the_letter_next_to_it():
    assert spells_out("LR2", "Laboratoire de Recherche Rhodanien")
    assert spells_out("C2RS", "Centre de Recherche Régional en Sociologie")
    assert not spells_out("LR2", "Laboratoire de Recherche")


MOTTO_LINES = "Liberté\nÉgalité\nFraternité"


@pytest.mark.parametrize(
    ("header", "genre", "expected"),
    [
        (
            "RÉPUBLIQUE FRANÇAISE Agence régionale de santé\nLiberté Bretagne\nÉgalité\nFraternité",
            "Communiqué de presse",
            "Agence régionale de santé Bretagne",
        ),
        (
            "PRÉFÈTE Direction départementale des territoires\nDU CANTAL et de la mer\n" + MOTTO_LINES,
            "Communiqué de presse",
            "PRÉFÈTE DU CANTAL",
        ),
        (
            "PRÉFET Direction départementale\nDE L'AUDE de la protection des populations\n" + MOTTO_LINES,
            "Communiqué de presse conjoint",
            "PRÉFET DE L'AUDE ; Direction départementale de la protection des populations",
        ),
    ],
)
def test_a_bloc_marque_and_the_column_beside_it_are_read_column_by_column(header, genre, expected):
    assert issuer(header, genre) == expected


def test_a_national_bodys_branch_under_a_name_with_no_head_word_gives_the_body():
    header = "Réseau ferré des Vosges\nDirection territoriale Lorraine"
    assert issuer(header) == "Réseau ferré des Vosges"


def test_a_place_line_completes_a_name_in_capitals_that_names_no_territory():
    assert issuer("CHAMBRE D'AGRICULTURE\nNouvelle-Aquitaine") == "CHAMBRE D'AGRICULTURE Nouvelle-Aquitaine"
    assert issuer("PRÉFET DE L'ISÈRE\nAuvergne-Rhône-Alpes") == "PRÉFET DE L'ISÈRE"


def test_a_kind_of_body_in_common_nouns_under_a_name_describes_it():
    header = (
        "LES AMIS DU BOCAGE\nAssociation de protection des haies et des talus - 3 rue Haute - 35000 Rennes"
    )
    assert issuer(header) == "LES AMIS DU BOCAGE"


def test_a_place_alone_on_the_letterhead_gives_way_to_the_body_of_that_territory():
    closing = "\nÀ propos de Cap Emploi Bretagne\nLe réseau accompagne les personnes vers l'emploi.\n"
    text = f"cap emploi\nBRETAGNE\n\nCommuniqué de presse\n\n{BODY}{closing}"
    assert extract_metadata(text)["issuer"] == "Cap Emploi Bretagne"
    assert extract_metadata(f"BRETAGNE\n\nCommuniqué de presse\n\n{BODY}")["issuer"] is None


def test_names_parted_by_a_middle_dot_in_a_joint_release_are_co_issuers():
    header = "Amis de la Vilaine · AAPPMA Le Brochet Rennais"
    assert issuer(header, "Communiqué de presse commun") == "Amis de la Vilaine ; AAPPMA Le Brochet Rennais"
    assert ";" not in (issuer(header) or "")  # a release that does not say it is joint: no co-issuers


def test_a_tagline_with_the_year_the_firm_was_founded_under_its_name():
    assert (
        issuer("LA FROMAGERIE DU LAC\nFromages affinés depuis 1962 – Annecy (74)") == "LA FROMAGERIE DU LAC"
    )


def test_a_name_in_capitals_with_a_description_after_a_dash_is_a_letterhead():
    header = "LES FOULÉES DU BOCAGE – organisateur du semi-marathon de Vitré\nCOMMUNE DE VITRÉ"
    assert issuer(header, "Communiqué de presse commun") == "LES FOULÉES DU BOCAGE ; COMMUNE DE VITRÉ"
    header = "VENT D'OUEST — incubateur de jeunes pousses agricoles · FONDATION KERLANN"
    assert issuer(header, "Communiqué de presse commun") == "VENT D'OUEST ; FONDATION KERLANN"


def test_the_letterhead_evidence_spans_the_name_without_what_follows_it():
    text = f"VENT D'OUEST — incubateur de jeunes pousses agricoles\n\nCommuniqué de presse\n\n{BODY}"
    evidence = extract_metadata(text)["evidence"]["issuer"]
    assert text[evidence["start"] : evidence["end"]] == "VENT D'OUEST"


def test_an_intersyndicale_is_a_body():
    assert (
        issuer("INTERSYNDICALE DES TRANSPORTS URBAINS DE BREST")
        == "INTERSYNDICALE DES TRANSPORTS URBAINS DE BREST"
    )


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("ISMAGE", "Institut supérieur de management de Gérardmer", True),
        ("Ifrelac", "Institut français de recherche sur les lacs", True),
        ("ARS", "Agence de santé Martinique, Saint-Pierre", True),
        ("ADEME", "Agence de la transition écologique", False),  # no M in the name
        ("CRT", "Agence régionale de santé", False),  # another body's initial
        ("DE", "Direction de l'emploi", False),  # two letters: initials only
    ],
)
def test_a_short_name_abbreviates_the_name_with_its_letters(short, name, expected):
    assert abbreviates(short, name) is expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "ISMAGE\nInstitut supérieur de management de Gérardmer",
            "Institut supérieur de management de Gérardmer",
        ),
        ("ARS\nAgence de santé Martinique, Saint-Pierre", "Agence de santé Martinique, Saint-Pierre"),
        (
            "CAVO\nCommunauté d'agglomération\nVal d'Ornay",
            "Communauté d'agglomération Val d'Ornay",
        ),
        ("[logo ARS – Agence régionale de santé Bretagne]", "Agence régionale de santé Bretagne"),
        ("BARREAU DE VANNES\nOrdre des avocats", "BARREAU DE VANNES"),
        ("LE GRAIN DE SEL\nScène de musiques actuelles · Lorient", "LE GRAIN DE SEL"),
    ],
)
def test_a_short_name_over_its_full_name_and_logo_lines(header, expected):
    assert issuer(header) == expected


def test_a_line_opens_on_a_head_word_as_its_pattern_says():
    """opens_with reads a head-word at a line's start with str.startswith and the character after it;
    on invented lines it says what the word's pattern with its lookahead says, head-word by head-word."""
    import re

    from pipeline.extractors.issuer.line_kinds import opens_with

    words = ("agence", "chu", "cabinet du", "festival", "l'office")
    lines = [
        "agence regionale de sante",
        "agences de l'eau",
        "agence-pilote",
        "agence'x",
        "agence_2",
        "agence2",
        "agence",
        "agenceé",
        "chu de brest",
        "chu",
        "chu.",
        "cabinet du prefet",
        "cabinet dupont",
        "festival : 20 ans",
        "l'office de tourisme",
        "office",
        "",
    ]
    for line in lines:
        for word in words:
            expected = re.match(rf"{re.escape(word)}(?![\w'’-])", line) is not None
            assert opens_with(line, (word,)) == expected, (line, word)
