import pytest

from pipeline.extractors.metadata import extract_metadata

HEADER = """SECRETARIAT D'ÉTAT
CHARGÉ DU NUMÉRIQUE

Liberté
Égalité
Fraternité

COMMUNIQUÉ DE PRESSE

Lancement d'une nouvelle plateforme pour les usagers

Lyon, le 3 mars 2021

N° 42

Le ministère annonce aujourd'hui le lancement d'une plateforme."""


def test_header_fields():
    metadata = extract_metadata(HEADER)
    assert metadata["issuer"] == "SECRETARIAT D'ÉTAT CHARGÉ DU NUMÉRIQUE"
    assert metadata["document_type"] == "COMMUNIQUÉ DE PRESSE"
    assert metadata["title"] == "Lancement d'une nouvelle plateforme pour les usagers"
    assert (metadata["place"], metadata["date"], metadata["reference"]) == ("Lyon", "2021-03-03", "42")
    for name, span in metadata["evidence"].items():
        assert HEADER[span["start"] : span["end"]] == span["text"], name


def test_dateline_on_the_title_line():
    text = (
        "COMMUNIQUÉ DE PRESSE\nVigilance orange pour orages Nîmes, "
        "le 19/07/2021 sur le département\nLe texte."
    )
    metadata = extract_metadata(text)
    assert (metadata["place"], metadata["date"]) == ("Nîmes", "2021-07-19")
    assert metadata["title"] == "Vigilance orange pour orages sur le département"


def test_iso_date_line_without_dateline():
    metadata = extract_metadata(
        "Communiqué de presse\nLancement de l'outil collaboratif\n2019-04-19\n\nL'État lance un outil."
    )
    assert metadata["date"] == "2019-04-19" and metadata["place"] is None
    assert metadata["title"] == "Lancement de l'outil collaboratif"


def test_reference_in_body_is_not_the_release_number():
    metadata = extract_metadata(
        "Communiqué de presse\nUn titre assez long\n2023-11-22\n\nLe "
        "Gouvernement ratifie l'ordonnance n° 2023-859 du 6 septembre "
        "2023 qui renforce les sanctions."
    )
    assert metadata["reference"] is None


def _check_evidence(text: str, metadata: dict) -> None:
    for name, span in metadata["evidence"].items():
        assert text[span["start"] : span["end"]] == span["text"], name


def test_broken_type_line_dateline_without_comma_and_about_zone_issuer():
    text = (
        "Communiqué de\nCommuniqué de presse\nwww.exemple.org/salon\nLe "
        "salon du logiciel libre fête ses 20 ans !\n"
        "Lyon le 4 mai 2021\nLe salon ouvre ses portes.\n"
        "A propos de Python\nUn langage de programmation.\nA propos de l’ALX\nL’ALX est une association.\n"
        "Contact ALX : Jean Roux, Président de l’ALX : jean@roux.example.org - 06.12.34.56.78\n"
    )
    metadata = extract_metadata(text)
    assert metadata["document_type"] == "Communiqué de presse"
    assert (metadata["place"], metadata["date"]) == ("Lyon", "2021-05-04")
    assert metadata["issuer"] == "ALX"
    _check_evidence(text, metadata)


def test_joint_release_lists_about_subjects_in_reading_order():
    text = (
        "Communiqué de presse\nUn partenariat entre deux agences\n2022-01-10\n\nLe "
        "texte.\n\nÀ propos de l’ANFR\n\nL’ANFR gère le spectre.\n\nÀ "
        "propos de la DGE\n\nLa DGE soutient les entreprises."
    )
    assert extract_metadata(text)["issuer"] == "ANFR ; DGE"


def test_mission_paragraph_names_the_issuer():
    text = (
        "Un salon pour recruter\n2024-03-06\n\nLe texte du communiqué.\n\nLa "
        "délégation régionale aux arts (DRA) a pour mission de soutenir "
        "les artistes."
    )
    assert extract_metadata(text)["issuer"] == "délégation régionale aux arts"


def test_contact_office_is_the_issuer_when_nothing_else_names_one():
    text = (
        "COMMUNIQUÉ DE PRESSE\nFermeture des parcs\nLe texte.\n\nCabinet "
        "du maire\nService de la communication\nTél : 03 20 00 00 "
        "01"
    )
    metadata = extract_metadata(text)
    assert metadata["issuer"] == "Cabinet du maire Service de la communication"
    _check_evidence(text, metadata)


def test_capitalised_headline_is_not_a_letterhead():
    metadata = extract_metadata(
        "GRIPPE AVIAIRE - ALERTE 2\n\nPoint de situation\n12 mars 2022\n\nLe texte du point."
    )
    assert metadata["issuer"] is None


def test_title_skips_contact_lines_and_joins_wrapped_lines():
    text = (
        "Communiqué de presse\n\nAgence Delta - Lise Faure lfaure@delta.example.com\n\nFESTIVAL "
        "DU JEU :\nOUVERTURE DE LA 3E ÉDITION !\n\nLe festival ouvre."
    )
    assert extract_metadata(text)["title"] == "FESTIVAL DU JEU : OUVERTURE DE LA 3E ÉDITION !"
    text = (
        "COMMUNIQUÉ DE PRESSE\nAlerte orange (niveau 3)\npour orages sur le département\n#Orages\nLe texte."
    )
    assert extract_metadata(text)["title"] == "Alerte orange (niveau 3) pour orages sur le département"


def test_body_sentences_are_neither_title_nor_release_date():
    metadata = extract_metadata(
        "Du 13 au 28 mai 2011, la galerie présente une exposition de dessins.\nLe vernissage a lieu le soir."
    )
    assert metadata["title"] is None and metadata["date"] is None
    metadata = extract_metadata(
        "Musée des Beaux-Arts de Rennes\n\nCOMMUNIQUE DE PRESSE\n\nLe "
        "musée présente du\n\n1er mars au 10 juin 2012\n\ndeux "
        "expositions."
    )
    assert metadata["title"] is None and metadata["date"] is None


def test_stand_number_is_not_a_reference():
    assert (
        extract_metadata("Un salon pour recruter\n2024-03-06\n\nRendez-vous au stand n°51.\n\nLe texte.")[
            "reference"
        ]
        is None
    )


def test_document_type_printed_alone_at_the_end():
    assert (
        extract_metadata("Un titre de dossier assez long\n\nLe texte du dossier.\n\nDOSSIER DE PRESSE\n")[
            "document_type"
        ]
        == "DOSSIER DE PRESSE"
    )


def test_period_bounds_are_not_the_release_date_but_a_dash_after_the_type_is_no_period():
    for line in (
        "du 13 – 28 mai 2011 une exposition",
        "13 mai > 28 mai 2011 / Vernissage",
        "1er mars 2012 - 10 juin 2012 à la galerie",
    ):
        assert extract_metadata(f"Un titre assez long\n\n{line}\n")["date"] is None, line
    assert (
        extract_metadata("Communiqué de presse – 14 mars 2022\n\nUn titre assez long\n\nLe texte.")["date"]
        == "2022-03-14"
    )


def test_mission_sentence_about_an_unnamed_thing_is_no_issuer():
    text = (
        "Un nouveau dispositif national\n2024-03-06\n\nLe texte.\n\nCe "
        "dispositif a pour objet d'aider les communes.\n\nElle est "
        "chargée de le suivre."
    )
    assert extract_metadata(text)["issuer"] is None


def test_body_named_on_the_type_line_and_stacked_letterheads():
    metadata = extract_metadata(
        "Communiqué de presse du ministère des Sports\nParis, le "
        "3 mai 2023\n\nUn titre de communiqué\n\nLe texte."
    )
    assert (metadata["document_type"], metadata["issuer"]) == ("Communiqué de presse", "ministère des Sports")
    _check_evidence(
        (
            "Communiqué de presse du ministère des Sports\nParis, le "
            "3 mai 2023\n\nUn titre de communiqué\n\nLe texte."
        ),
        metadata,
    )
    text = (
        "MINISTÈRE DE LA CULTURE\nMINISTÈRE DES SPORTS\nET DES JEUX "
        "OLYMPIQUES\n\nCommuniqué de presse\n\nUn titre commun aux "
        "deux\n\nLe texte."
    )
    assert (
        extract_metadata(text)["issuer"]
        == "MINISTÈRE DE LA CULTURE ; MINISTÈRE DES SPORTS ET DES JEUX OLYMPIQUES"
    )


def test_reference_after_ref_label():
    assert (
        extract_metadata("COMMUNIQUÉ DE PRESSE\nRéf. : 2023-118\nUn titre de communiqué\n\nLe texte.")[
            "reference"
        ]
        == "2023-118"
    )


def test_headline_opening_on_a_date_is_still_a_title():
    assert (
        extract_metadata(
            "Communiqué de presse\nLe 8 mars, journée des droits des femmes\n2024-03-08\n\nLe texte."
        )["title"]
        == "Le 8 mars, journée des droits des femmes"
    )


def test_dateline_preposition_is_not_part_of_the_place():
    assert (
        extract_metadata("Communiqué de presse\nÀ Paris, le 15 juin 2020\nUn titre de communiqué\n\nTexte.")[
            "place"
        ]
        == "Paris"
    )


def test_layout_title_is_used_when_the_text_gives_no_headline():
    text = "Le 3 mars 2021, la commune a ouvert un nouveau centre de santé.\nIl accueillera six médecins.\n"
    assert extract_metadata(text)["title"] is None  # a lede: the body begins at once
    start = text.index("nouveau")
    end = text.index(".")
    metadata = extract_metadata(text, (start, end))
    assert metadata["title"] == text[start:end]
    assert metadata["evidence"]["title"]["rule"] == "metadata.title_largest_font"
    lede = "Communiqué de presse\nLe 3 mars 2021, la commune a ouvert un nouveau centre de santé.\n"
    assert extract_metadata(lede, (0, 20))["title"] is None  # the type line is not a headline


def test_capital_letterhead_then_an_acronym_of_another_body_is_a_joint_release():
    text = (
        "DÉPARTEMENT DU CANTAL\nCNES\n\nCOMMUNIQUÉ DE PRESSE\n\nUn "
        "ballon-sonde lancé depuis Aurillac\n\nLe texte."
    )
    assert extract_metadata(text)["issuer"] == "DÉPARTEMENT DU CANTAL ; CNES"
    text = "OFFICE NATIONAL DES FORÊTS\nONF\n\nCOMMUNIQUÉ DE PRESSE\n\nUn titre sur les forêts\n\nLe texte."
    assert extract_metadata(text)["issuer"] == "OFFICE NATIONAL DES FORÊTS ONF"  # its own initials: one body


def test_lower_case_line_under_a_capital_letterhead_is_not_part_of_the_issuer():
    text = (
        "UNIVERSITÉ DE POITIERS\nRéseau des universités de l'Ouest "
        "atlantique\n\nCOMMUNIQUÉ DE PRESSE\n\nUn titre de communiqué\n\nLe "
        "texte."
    )
    assert extract_metadata(text)["issuer"] == "UNIVERSITÉ DE POITIERS"


def test_second_headline_line_closing_the_paragraph_joins_the_title():
    text = (
        "INVITATION PRESSE\n\nNantes, le 2 mai 2024\n\nJeanne Roussel "
        "– Les jardins d'hiver\nConcert du 14 au 16 juin 2024\n\n"
        "Le conservatoire vous invite."
    )
    assert (
        extract_metadata(text)["title"]
        == "Jeanne Roussel – Les jardins d'hiver Concert du 14 au 16 juin 2024"
    )
    for second in ("#Jardins", "Le conservatoire accueille la pianiste pour trois soirées."):
        text = (
            f"INVITATION PRESSE\n\nJeanne Roussel – Les jardins d'hiver\n{second}\n\nLe "
            "conservatoire vous invite."
        )
        assert extract_metadata(text)["title"] == "Jeanne Roussel – Les jardins d'hiver", second


def test_a_day_printed_without_its_year_is_not_the_release_date():
    text = "Les ateliers ouverts\n3 juin > 18 juin 2023 / Rencontre le 2 juin avec les artistes\n\nLe texte."
    assert extract_metadata(text)["date"] is None


def test_front_matter_title_and_date_come_first():
    text = "Le festival des jardins ouvre ses portes\n2024-05-02\n\nConstat des jardiniers\n\nLe texte."
    front_matter = {"title": (0, 40), "date": (41, 51)}
    metadata = extract_metadata(text, front_matter=front_matter)
    assert (metadata["title"], metadata["date"]) == ("Le festival des jardins ouvre ses portes", "2024-05-02")
    assert metadata["evidence"]["title"]["rule"] == "metadata.front_matter"
    assert metadata["evidence"]["date"]["text"] == "2024-05-02"


def test_a_front_matter_day_beats_a_month_line():
    text = "Roman de Lise Marnier\n2024-12-10\n\n**PARUTION · JANVIER 2025**\n\n## Elle revient\n\nLe texte."
    metadata = extract_metadata(text, front_matter={"title": (0, 21), "date": (22, 32)})
    assert metadata["date"] == "2024-12-10"


@pytest.mark.parametrize(
    "notice",
    [
        "Pour diffusion à partir du 12 mars 2024, 10 h",
        "Embargo jusqu'au 12 mars 2024 à 10h",
        "POUR DIFFUSION IMMÉDIATE",
    ],
)
def test_an_embargo_or_release_notice_is_not_the_title(notice):
    text = f"Communiqué de presse\n{notice}\n\nLe festival des jardins ouvre ses portes\n\nLe texte."
    assert extract_metadata(text)["title"] == "Le festival des jardins ouvre ses portes"


def test_a_headline_set_on_three_lines_is_read_whole():
    text = (
        "Communiqué de presse\n\nLes maires de France\nLancent un appel\nPour les jardins partagés\n\n"
        "Le texte commence ici."
    )
    assert (
        extract_metadata(text)["title"] == "Les maires de France Lancent un appel Pour les jardins partagés"
    )
    four = text.replace("partagés\n", "partagés\nEt les vergers\n")
    assert (
        extract_metadata(four)["title"] == "Les maires de France"
    )  # four lines: a standfirst, not a headline


def test_a_headline_above_the_type_line_when_none_is_below_it():
    body = (
        "La sécurité des données est devenue un enjeu de l'éducation des jeunes à la citoyenneté, et le "
        "concours propose aux élèves de 4e, 3e et 2de de réfléchir, de façon ludique, aux fondements "
        "mathématiques, informatiques et logiques de la cryptanalyse, comme chaque année depuis 2014, "
        "dans toutes les académies."
    )
    header = "Rencontres des jeunes cryptographes\n\nDossier de presse\n\n29 novembre 2017"
    text = f"{header}\n\nI) Le concours\n\n{body}"
    assert extract_metadata(text)["title"] == "Rencontres des jeunes cryptographes"
    letterhead = f"MINISTÈRE DE LA CULTURE\n\nCommuniqué de presse\n\n{body}"
    assert extract_metadata(letterhead)["title"] is None  # a letterhead above the type is no headline


def test_a_mailbox_met_in_a_sentence_does_not_name_the_issuer():
    text = (
        "Le lancement d'une suite d'outils numériques\n\nLes communes souhaitant participer sont invitées "
        "à se rapprocher de l’ANCT, animatrice d’un groupe pilote depuis mars 2024 : suite@anct.gouv.fr."
    )
    assert extract_metadata(text)["issuer"] is None


WEB_BODY = (
    "La communauté de communes annonce l'ouverture d'une recyclerie à Saint-Amand, dans les anciens "
    "ateliers municipaux rénovés pour l'occasion. "
) * 3


@pytest.mark.parametrize(
    "stamp",
    [
        "Publié le 2 juin 2025 à 10:00",
        "Publié le 02/06/2025 à 10h00 - Mis à jour le 12/06/2025 à 14h30",
        "Mis à jour le 12 juin 2025\n\nPublié le 2 juin 2025 à 10h",
        "Modifié le 12/06/2025\n\nMis en ligne le 2 juin 2025 par le service communication",
        "Date de publication : 2 juin 2025 - 10:00",
    ],
)
def test_a_web_page_stamp_gives_the_publication_date_and_no_place(stamp):
    metadata = extract_metadata(f"Une recyclerie ouvre à Saint-Amand\n\n{stamp}\n\n{WEB_BODY}")
    assert (metadata["date"], metadata["place"]) == ("2025-06-02", None)


def test_an_update_stamp_dates_the_release_only_when_nothing_else_does():
    text = f"Le préfet lève l'alerte crues\n\nMis à jour le 12/06/2025 à 14h30\n\n{WEB_BODY}"
    assert extract_metadata(text)["date"] == "2025-06-12"
    page = {"title": "Le préfet lève l'alerte crues", "published": "2025-06-11"}
    assert extract_metadata(text, page=page)["date"] == "2025-06-11"
    dated = text.replace("\n\nMis à jour", "\n\nLyon, le 10 juin 2025\n\nMis à jour")
    assert extract_metadata(dated)["date"] == "2025-06-10"


def test_a_page_publication_date_wins_over_an_event_date_in_a_text_without_dateline():
    for event in (
        "Le salon se tiendra le 12 mai 2025 à Lyon. ",
        "Rendez-vous samedi 14 juin 2025 au gymnase pour la finale régionale. ",
    ):
        text = f"Une recyclerie ouvre à Saint-Amand\n\n{event}{WEB_BODY}"
        page = {"title": "Une recyclerie ouvre à Saint-Amand", "published": "2025-04-02"}
        assert extract_metadata(text, page=page)["date"] == "2025-04-02"
        assert extract_metadata(text)["date"] != "2025-04-02"  # without a page, the text's first date


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a page's heading above the type line, the lede below it
            "La fête de la science revient à Rennes du 4 au 14 octobre\n\n"
            "Communiqué de presse – 12 septembre 2024\n\n"
            "L'université de Rennes organise la 33e édition de la Fête de la science avec 40 laboratoires.",
            "La fête de la science revient à Rennes du 4 au 14 octobre",
        ),
        (
            "Nouvelle saison au théâtre municipal\n\nCommuniqué de presse\n\n"
            "Le théâtre municipal de Tours présente aujourd'hui sa programmation pour la saison prochaine.",
            "Nouvelle saison au théâtre municipal",
        ),
        (  # a headline below the type line stays the title, however the line above reads
            "Note aux rédactions\n\nCommuniqué de presse\n\nLe festival des Nuits de Fourvière ouvre sa "
            "billetterie\n\nLyon, le 2 avril 2024. La billetterie ouvre demain.",
            "Le festival des Nuits de Fourvière ouvre sa billetterie",
        ),
    ],
)
def test_a_heading_above_the_type_line_beats_a_sentence_below_it(text, title):
    assert extract_metadata(text)["title"] == title


@pytest.mark.parametrize(
    ("headline", "is_title"),
    [
        ("UN NOUVEAU CENTRE DE VACCINATION OUVRE À SAINT-HERBLAIN", True),
        ("LE MUSÉE DES BEAUX-ARTS ROUVRE SES PORTES APRÈS TROIS ANS DE TRAVAUX", True),
        ("PRÉFECTURE DE LA LOIRE-ATLANTIQUE", False),  # a letterhead line, under the type line too
        ("L'AGENCE RÉGIONALE DE SANTÉ", False),
        ("LA RÉGION LANCE UN FONDS POUR LES PME", True),  # an article, a subject, its verb and object
        ("LE DÉPARTEMENT OUVRE TROIS NOUVEAUX COLLÈGES", True),
        ("LA PRÉFECTURE DU NORD", False),
        ("LA PRÉFECTURE RENFORCE LES CONTRÔLES", True),  # a verb after the head-word, not a name
        ("LA DIRECTION DÉPARTEMENTALE DES TERRITOIRES", False),  # an adjective goes on with the name
        ("LE CENTRE HOSPITALIER", False),
    ],
)
def test_a_headline_in_capitals_naming_a_body_further_on_is_a_title(headline, is_title):
    text = (
        f"COMMUNIQUÉ DE PRESSE\nNantes, le 2 mai 2023\n\n{headline}\nsuite du titre\n\nLe texte commence ici."
    )
    title = extract_metadata(text)["title"]
    assert (title is not None and title.startswith(headline)) is is_title


@pytest.mark.parametrize("word", ["Publié", "Mis à jour", "Actualisé"])
def test_a_web_date_line_names_no_place(word):
    text = f"{word} le 14 mars 2022\n\nLes bibliothèques de Lyon étendent leurs horaires\n\nLa Ville annonce."
    metadata = extract_metadata(text)
    assert (metadata["place"], metadata["date"]) == (None, "2022-03-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire style: the lede follows the dateline on its line, and there is no headline
            "INFORMATION PRESSE\n\nPARIS, 12 MARS 2024 – Le groupe annonce ses résultats annuels en hausse.",
            ("PARIS", "2024-03-12", None),
        ),
        (
            "Invitation presse\n\nRennes – 12 mars 2024 – La Région vous invite à la conférence.",
            ("Rennes", "2024-03-12", None),
        ),
        (
            "Note de presse\n\nBordeaux — 3 juin 2025\n\n"
            "Ouverture de la saison de pêche\n\nLa fédération annonce.",
            ("Bordeaux", "2025-06-03", "Ouverture de la saison de pêche"),
        ),
    ],
)
def test_wire_style_datelines(text, expected):
    metadata = extract_metadata(text)
    assert (metadata["place"], metadata["date"], metadata["title"]) == expected


@pytest.mark.parametrize("document_type", ["Note de presse", "FLASH INFO", "Communiqué de presse conjoint"])
def test_more_genres(document_type):
    text = f"{document_type}\n\nLyon, le 3 mars 2025\n\nUn titre de communiqué\n\nLe texte."
    assert extract_metadata(text)["document_type"] == document_type


def test_a_headline_in_capitals_wrapped_over_a_standfirst_without_blank_lines():
    text = (
        "COMMUNIQUÉ DE PRESSE\nParis, le 3 mars 2025\nLA MÉTROPOLE LANCE UN PLAN POUR LES PISTES\n"
        "CYCLABLES\nDoté de 20 millions d'euros, le plan financera 80 kilomètres de pistes.\nLe texte."
    )
    assert extract_metadata(text)["title"] == "LA MÉTROPOLE LANCE UN PLAN POUR LES PISTES CYCLABLES"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "PRÉFET DU CHER\n\nCommuniqué de presse\n\nBourges, le 3 mars 2025\n\n"
            "Objet : fermeture de la route départementale 12 pour travaux",
            "fermeture de la route départementale 12 pour travaux",
        ),
        (
            "Mairie de Vierzon\nService communication\n\nCOMMUNIQUÉ\n\n"
            "OBJET : Réouverture de la piscine municipale",
            "Réouverture de la piscine municipale",
        ),
        ("Communiqué de presse\nParis, le 3 mars 2025\n\nTitre : Le club ouvre une section handisport", None),
    ],
)
def test_a_label_before_the_headline_is_not_part_of_it(head, title):
    text = head + "\n\nLe texte du communiqué commence ici et se poursuit."
    metadata = extract_metadata(text)
    expected = title or "Le club ouvre une section handisport"
    assert metadata["title"] == expected
    assert metadata["evidence"]["title"]["text"].startswith(expected)


@pytest.mark.parametrize("bullet", ["- ", "• ", "* "])
def test_a_list_of_highlights_under_the_headline_is_not_part_of_it(bullet):
    text = (
        "Communiqué de presse\nLyon, le 3 mars 2025\n\nRésultats annuels 2024 :\n"
        f"{bullet}chiffre d'affaires en hausse de 12 %\n{bullet}résultat net de 45 millions d'euros\n\n"
        "Le groupe publie ses résultats."
    )
    assert extract_metadata(text)["title"] == "Résultats annuels 2024"
