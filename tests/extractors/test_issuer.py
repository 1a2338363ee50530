"""The issuer's sources of evidence, each on an invented fragment, and the order between them."""

from pipeline.extractors.issuer.mail import mail_labels, spelled
from pipeline.extractors.metadata import extract_metadata

BODY = (
    "Un titre de communiqué\n2024-05-02\n\nLe texte du communiqué, sur deux phrases. La suite du texte.\n\n"
)


def issuer(text: str) -> tuple[str | None, str | None]:
    metadata = extract_metadata(text)
    evidence = metadata["evidence"].get("issuer")
    if evidence:
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    return metadata["issuer"], evidence["rule"] if evidence else None


def test_a_body_on_the_press_contact_heading_is_the_issuer():
    text = BODY + "Contact presse Solvéo : Marie Durand – marie.durand@solveo.fr – 06 12 34 56 78\n"
    assert issuer(text) == ("Solvéo", "metadata.contact_office")
    text = BODY + "Relations presse - FNAB : presse@fnab.org\n"
    assert issuer(text)[0] == "FNAB"
    text = BODY + "Service presse de la Fédération française de cyclisme\npresse@ffc.fr\n"
    assert issuer(text)[0] == "Fédération française de cyclisme"


def test_a_person_on_the_press_contact_heading_is_no_issuer():
    text = BODY + "Contact presse : Marie Durand – marie.durand@exemple.fr – 06 12 34 56 78\n"
    assert issuer(text) == (None, None)


def test_a_presentation_in_the_lede_describes_the_subject_not_the_author():
    lede = (
        "Un réseau national voit le jour\n2010-02-18\n\nLe Réseau des jardins partagés a pour vocation de "
        "fédérer les jardins de quartier.\n\n" + "Le texte continue sur les jardins et leurs membres. " * 8
    )
    assert issuer(lede) == (None, None)
    closing = lede + "\n\nL’association Jardins Vivants a pour mission de soutenir les jardiniers."
    # a classifier before the name is not part of it (docs/annotation.md: 'le groupe Renault' -> 'Renault')
    assert issuer(closing) == ("Jardins Vivants", "metadata.mission")


def test_a_body_presented_as_one_signs_and_the_press_domain_picks_between_two():
    text = (
        BODY
        * 4
        + "Les associations organisatrices\n\nAnimaths est une association de culture mathématique.\n\n"
        "Codelab est une association de programmation.\n\nContact presse : Lucie Roy, lucie.roy@animaths.fr\n"
    )
    assert issuer(text)[0] == "Animaths"


def test_a_closing_sign_off_names_the_issuer():
    text = BODY + "Merci à tous les bénévoles.\n\nL’équipe de Vélo Cité Rennes\n"
    assert issuer(text) == ("Vélo Cité Rennes", "metadata.mission")


def test_the_press_e_mail_domain_names_a_body_the_text_mentions():
    text = (
        "Un robot pour les vignes\n2024-05-02\n\nAcme Robotics présente son robot. "
        "Le robot d'Acme Robotics taille la vigne.\n\nContact : Paul Martin, presse@acme-robotics.fr\n"
    )
    assert issuer(text) == (None, None)  # named only in its sentences: no signature (docs/issuer.md)
    signed = text.replace("\n\nContact", "\n\nAcme Robotics – robots agricoles\n\nContact")
    assert issuer(signed) == ("Acme Robotics", "metadata.email_domain")
    text = (
        "Un tiers-lieu ouvre\n2024-05-02\n\nLe tiers-lieu La Fabrique ouvre ses portes à Tours.\n\n"
        "La Fabrique – tiers-lieu culturel\n\n"
        "Contact presse : Louise Petit – louise.petit@lafabrique-tours.fr\n"
    )
    assert issuer(text) == ("La Fabrique", "metadata.email_domain")  # the domain adds the town
    text = (
        "Un robot pour les vignes\n2024-05-02\n\nLe robot taille la vigne.\n\nContact : p.martin@gmail.com\n"
    )
    assert issuer(text) == (None, None)


def test_state_personal_and_place_domains_name_no_issuer():
    for body, email in (
        ("La vigilance est levée dans le Cher, dit la préfecture du Cher.", "pref@cher.gouv.fr"),
        ("Le salon ouvre avec Paul Limbourg et ses invités.", "paul@limbourg.com"),
        ("Le salon ouvre à Rennes pour trois jours.", "salon@rennes.fr"),
    ):
        text = f"Un salon ouvre\n2024-05-02\n\n{body}\n\nContact : Paul Limbourg, {email}\n"
        assert issuer(text) == (None, None), email


def test_mail_labels_and_spelling():
    assert mail_labels("presse@acme-robotics.fr") == ["acme-robotics"]
    assert mail_labels("x@ars.sante.fr") == ["ars"]
    assert mail_labels("lea@bretagne.gouv.fr") == ["bretagne"]
    assert mail_labels("savoirscom1@gmail.com") == ["savoirscom1"]
    assert spelled("Agence régionale de santé", ["x@ars.sante.fr"])
    assert spelled("AFUL", ["laurent.seguin@aful.org"])
    assert not spelled("PHP", ["bureau@afup.org"])


def test_a_letterhead_read_twice_counts_once():
    text = (
        "PRÉFECTURE DU CHER PRÉFECTURE DU CHER\n\nCOMMUNIQUÉ DE PRESSE\n\nUn titre de communiqué\n\nLe texte."
    )
    assert issuer(text)[0] == "PRÉFECTURE DU CHER"
    text = "MINISTÈRE DE LA CULTURE\nMINISTÈRE DE LA CULTURE\n\nCOMMUNIQUÉ DE PRESSE\n\nUn titre\n\nLe texte."
    assert issuer(text)[0] == "MINISTÈRE DE LA CULTURE"
    text = (
        "PRÉFET\nDE LA RÉGION\nGRAND EST\nPRÉFET\nDE LA RÉGION\nGRAND EST\n\nCOMMUNIQUÉ DE PRESSE\n\n"
        "Un titre de communiqué\n\nLe texte."
    )
    assert issuer(text)[0] == "PRÉFET DE LA RÉGION GRAND EST"  # a logo's lines read again under it


def test_about_headings_in_markup_and_joint_signatories_named_by_their_contacts():
    text = (
        BODY + "<h2>À propos de l'Alpha</h2>\n\n<p>L'Alpha est une association.</p>\n"
        "<p>Contact presse : Jean Roux, jean.roux@alpha.org</p>\n\n"
        "## À propos de Bêta\n\nBêta est un collectif. Contact : beta.collectif@gmail.com\n\n"
        "**À propos de Gamma :**\n\nGamma est un logiciel libre.\n"
    )
    assert issuer(text) == ("Alpha ; Bêta", "metadata.about")


def test_a_programme_gives_way_to_the_body_of_the_press_line():
    text = (
        BODY + "À propos du Plan Vélo 2030\n\nLe plan finance des pistes cyclables.\n\n"
        "Contact presse : Service presse de la Région Centre, presse@centre.fr\n"
    )
    assert issuer(text)[0] == "Région Centre"
    text = BODY + "À propos du Plan Vélo 2030\n\nLe plan finance des pistes cyclables.\n"
    assert issuer(text)[0] == "Plan Vélo 2030"  # nothing else names a body: the about zone stands


def test_a_press_agency_gives_way_to_the_body_it_speaks_for():
    text = (
        BODY + "Nordvolt fabrique des batteries à Dunkerque. Nordvolt emploie 300 personnes.\n\n"
        "Contact presse : Agence Rumeur Communication – Lise Morin – lise@rumeur-communication.fr\n"
        "Relations presse Nordvolt : presse@nordvolt.eu\n"
    )
    assert issuer(text)[0] == "Nordvolt"
    text = BODY + "Contact presse : Agence Rumeur Communication – lise@rumeur-communication.fr\n"
    assert issuer(text) == (None, None)  # it speaks for a client the release does not name
    text = BODY + "Contact presse : Agence Krog — Maëlys Guillou — 02 99 87 14 60 — maelys@krog.bzh\n"
    assert issuer(text) == (None, None)
    text = (
        BODY
        + "Contact presse : Margaux Fichet, agence L'Œil Public\nmargaux@loeilpublic.fr · 06 22 48 71 35\n"
    )
    assert issuer(text) == (None, None)


def test_a_communication_unit_speaks_for_its_body_when_no_other_is_named():
    text = BODY + "Contact presse : Service communication — 05 63 00 00 00 — communication@exemple.fr\n"
    assert issuer(text)[0] == "Service communication"


def test_an_acronym_with_its_place_on_a_press_heading_is_a_body_not_a_surname():
    text = BODY + "Contact presse : ARS Occitanie – ars-oc-presse@ars.sante.fr – 04 67 07 20 07\n"
    assert issuer(text)[0] == "ARS Occitanie"
    text = BODY + "Contact presse : CCI Hauts-de-France – presse@hautsdefrance.cci.fr\n"
    assert issuer(text)[0] == "CCI Hauts-de-France"
    text = BODY + "Contact presse : DUPONT Marie – 06 12 34 56 78\n"  # a surname first, not a body
    assert issuer(text) == (None, None)


def test_a_territorial_delegation_under_a_letterhead_is_its_unit():
    for letterhead, body in (
        (
            "Agence régionale de santé\nBretagne\nDélégation départementale du Morbihan",
            "Agence régionale de santé Bretagne",
        ),
        ("ADEME\nDélégation régionale Normandie", "ADEME"),
        (
            "Office français de la biodiversité\nDélégation territoriale Grand Est",
            "Office français de la biodiversité",
        ),
    ):
        assert issuer(letterhead + "\n\nCommuniqué de presse\n\n" + BODY)[0] == body


def test_a_subordinate_body_in_the_footer():
    for footer, body in (
        ("Sous-préfecture de Brest – 3 rue Parmentier – 29200 Brest", "Sous-préfecture de Brest"),
        ("Sous-préfecture d'Arles – 16 rue de la Bastille – 13200 Arles", "Sous-préfecture d'Arles"),
    ):
        assert issuer(BODY + footer + "\n")[0] == body


def test_a_classifier_before_the_name_is_not_part_of_it():
    text = BODY * 3 + "À propos de l'association Sons d'Ici\nL'association organise des concerts.\n"
    assert issuer(text)[0] == "Sons d'Ici"
    text = BODY * 3 + "À propos du groupe Verdance\nLe groupe conçoit des serres.\n"
    assert issuer(text)[0] == "Verdance"
    text = "GROUPE LAVANDIER\n\nCommuniqué de presse\n\n" + BODY  # the classifier printed as the name
    assert issuer(text)[0] == "GROUPE LAVANDIER"


def test_a_press_agency_on_the_press_heading_gives_way_to_the_body_it_speaks_for():
    text = BODY * 2 + (
        "Relations presse : Agence Cap Ouest – Lucie Marchand – 01 44 50 12 12\n\n"
        "Hydralis – 4 rue du Port, 35000 Rennes – www.hydralis.fr\n"
    )
    assert issuer(text)[0] == "Hydralis"
    text = BODY * 2 + "Contact presse : Agence Tintamarre – Paul Roux – paul@tintamarre.fr\n"
    assert issuer(text) == (None, None)  # no other body: the agency speaks for a client it does not name
    text = BODY * 2 + "Contact presse : Agence régionale de santé Corse – ars-corse-presse@ars.sante.fr\n"
    assert issuer(text)[0] == "Agence régionale de santé Corse"  # a public agency is a body


def test_a_regional_branch_the_domain_spells_with_its_place():
    text = BODY.replace("Le texte du", "Avec Terre de Liens Normandie, le texte du") + (
        "Terre de Liens Normandie – foncier agricole\n\n"
        "Contact presse : Julie Lemaire – j.lemaire@terredeliens.org\n"
    )
    assert issuer(text)[0] == "Terre de Liens Normandie"
    text = BODY.replace("Le texte du", "Selon les Restos du Cœur Gironde, le texte du") + (
        "Pour les Restos du Cœur Gironde,\nla présidente\n\nContact presse : presse@restosducoeur.org\n"
    )
    assert issuer(text)[0] == "Restos du Cœur Gironde"


def test_a_name_in_capitals_over_the_line_that_says_what_it_is():
    for head, body in (
        ("JAZZ AU PHARE\nFestival de jazz de Saint-Malo – 18e édition", "JAZZ AU PHARE"),
        ("LES AMIS DU RAIL\nAssociation des usagers de la ligne Nantes-Bordeaux", "LES AMIS DU RAIL"),
        ("NOVA SCIENCES\nFondation pour la culture scientifique", "NOVA SCIENCES"),
    ):
        assert issuer(head + "\n\nCommuniqué de presse\n\n" + BODY)[0] == body
    # a headline in capitals with a colon over a line is no name
    text = "GRÈVE : LES TRANSPORTS PERTURBÉS\nAssociation des usagers du rail\n\nCommuniqué\n\n" + BODY
    assert issuer(text)[0] != "GRÈVE : LES TRANSPORTS PERTURBÉS"


def test_a_body_on_the_name_line_of_a_contact_block():
    for block, body in (
        (
            "ARS Grand Est\nDépartement communication\nars-grandest-communication@ars.sante.fr",
            "ARS Grand Est",
        ),
        ("CCI Normandie\nService presse\npresse@normandie.cci.fr\n02 35 00 00 00", "CCI Normandie"),
        ("Mairie de Lorient\nService communication\n02 97 02 22 00", "Mairie de Lorient"),
    ):
        assert issuer(BODY + "Contact presse\n" + block + "\n")[0] == body


def test_a_proper_name_with_no_head_word_heads_the_release():
    for head, body in (
        ("ARS Occitanie\n\nCommuniqué de presse", "ARS Occitanie"),
        ("Communiqué de presse\nARS Hauts-de-France", "ARS Hauts-de-France"),
        ("SNCF Réseau\n\nCommuniqué de presse", "SNCF Réseau"),
        ("UFC-Que Choisir\n\nCommuniqué de presse", "UFC-Que Choisir"),
        ("France Nature Environnement\n\nCommuniqué de presse", "France Nature Environnement"),
        ("Les Restos du Cœur\n\nCommuniqué de presse", "Les Restos du Cœur"),
    ):
        assert issuer(head + "\n\n" + BODY)[0] == body
    for head in (
        "Grève dans les transports\n\nCommuniqué de presse",  # a headline capitalises its first word
        "Amélie Durand\n\nCommuniqué de presse",  # a person
        "COVID EN HAUSSE\n\nCommuniqué de presse",  # capitals with no place: a headline
    ):
        assert issuer(head + "\n\n" + BODY) == (None, None)


def test_the_body_a_press_contact_works_for():
    for contact, body in (
        (
            "Contact presse :\nMarie Dupont\nChargée de communication – Fédération régionale des MFR\n"
            "06 12 34 56 78",
            "Fédération régionale des MFR",
        ),
        ("Contact presse : Marie Dupont, chargée des relations presse de la FNSEA, 01 53 83 47 47", "FNSEA"),
        (
            "Contact presse : Luc Bernard – Service communication de la Mairie de Dax – 05 58 56 80 00",
            "Mairie de Dax",
        ),
    ):
        assert issuer(BODY + contact + "\n")[0] == body
    # a person in a bare unit names no body
    assert issuer(BODY + "Contact presse :\nMarie Dupont\nService communication\n06 12 34 56 78\n") == (
        None,
        None,
    )
    # nor on the person's own line
    text = BODY + "Contacts presse\nAurore Kerdraon, cheffe du pôle presse\nTél : 02 99 00 00 00\n"
    assert issuer(text) == (None, None)


def test_a_board_signs_for_its_body():
    for closing, body in (
        ("Le Bureau national du SNES-FSU", "SNES-FSU"),
        ("Le Conseil d'administration de l'Union régionale des Scop", "Union régionale des Scop"),
        ("Le comité exécutif de la Fédération des centres sociaux", "Fédération des centres sociaux"),
    ):
        assert issuer(BODY * 2 + closing + "\n")[0] == body


def test_the_state_motto_in_a_letterhead():
    for head, body in (
        ("PRÉFET DU GARD Liberté Égalité Fraternité", "PRÉFET DU GARD"),  # read onto the name's line
        ("MINISTÈRE DE LA CULTURE Liberté Égalité Fraternité", "MINISTÈRE DE LA CULTURE"),
        ("FÉDÉRATION FRANÇAISE DE VOILE", "FÉDÉRATION FRANÇAISE DE VOILE"),  # no motto: the name stays
        (  # a co-issuer under the motto
            "PRÉFÈTE\nDE LA RÉGION\nBRETAGNE\nLiberté\nÉgalité\nFraternité\n"
            "Agence régionale de santé\nBretagne",
            "PRÉFÈTE DE LA RÉGION BRETAGNE ; Agence régionale de santé Bretagne",
        ),
        ("PRÉFET\nDE LA MANCHE\nLiberté\nÉgalité\nFraternité\nDes mesures pour l'été", "PRÉFET DE LA MANCHE"),
    ):
        assert issuer(head + "\n\nCommuniqué de presse\n\n" + BODY)[0] == body


def test_a_company_by_its_legal_form_its_own_line_or_its_mentions():
    footer = BODY + "Hydralis SAS – Siège social : 4 rue du Port, 35000 Rennes – RCS Rennes 123 456 789\n"
    assert issuer(footer)[0] == "Hydralis"  # the legal form, like a classifier, is not the name
    assert issuer(BODY + "Verdane SA – 12 avenue Foch, 75016 Paris\n")[0] == "Verdane"
    block = BODY + "Contact presse\nJeanne Morvan\nOrkalis\n06 72 18 44 10\njeanne.morvan@orkalis.com\n"
    assert issuer(block)[0] == "Orkalis"  # a name on a line of its own that the domain spells
    lede = "Un titre de communiqué\n2024-05-02\n\nKelvio lève 8 millions d'euros auprès de Bpifrance. "
    about = (
        "Kelvio recrutera 40 personnes. Kelvio ouvrira une usine.\n\n" * 3
        + "À propos de Kelvio\nKelvio fabrique des pompes à chaleur.\n\n"
        + "À propos de Bpifrance\nBpifrance finance les entreprises.\n\n"
        + "Contact presse : Agence Rivage – anna@rivage-rp.fr\n"
    )
    assert issuer(lede + about)[0] == "Kelvio"  # the funder's boilerplate is not the issuer


def test_a_press_domain_spells_a_name_without_its_small_words():
    text = BODY + (
        "Les Éditions de la Grange publient trois romans cet hiver.\n\n"
        "Éditions de la Grange – maison d'édition indépendante\n\n"
        "Contact presse : Julie Morel – presse@editions-grange.fr\n"
    )
    assert issuer(text)[0] == "Éditions de la Grange"
    text = BODY + (
        "La Maison de la Culture d'Auxerre ouvre sa saison.\n\n"
        "Maison de la Culture d'Auxerre – scène conventionnée\n\n"
        "Contact : Paul Girard – p.girard@maison-culture-auxerre.fr\n"
    )
    assert issuer(text)[0] == "Maison de la Culture d'Auxerre"


def test_a_lone_unit_word_on_the_press_line_gives_way_to_a_later_source():
    for unit in ("Service", "Secrétariat"):
        text = BODY + f"{unit} : 04 75 00 11 22 – contact@bergers.fr\n\nLe bureau de l'Union des Bergers\n"
        assert issuer(text)[0] == "Union des Bergers"


def test_a_name_alone_on_a_press_heading_with_no_given_name_is_the_body():
    text = BODY + "Contact presse Terres Vives :\nPaul Mercier\n06 12 34 56 78\n"
    assert issuer(text)[0] == "Terres Vives"
    text = BODY + "Contact presse : Mikaël Guéguen, 02 96 62 55 18\n"
    assert issuer(text)[0] is None  # a person with details on the heading line: no body
    text = BODY + "Contact presse Marie Dupont :\n06 12 34 56 78\n"
    assert issuer(text)[0] is None


def test_a_markdown_logo_over_the_release_names_the_issuer():
    from pipeline.readers.text import letterhead_images

    page = (
        "![Logo Salon Breizh Agri](/images/logo.png)\n\n**Communiqué de presse**\n\n"
        "# Le Salon Breizh Agri ferme ses portes\n\n*Rennes, 12 septembre 2025*\n\n"
        "Le salon a accueilli 30 000 visiteurs professionnels en trois jours de rencontres.\n\n"
        "Contact presse : Agence Krog — Maëlys Guillou — maelys@krog.bzh\n"
    )
    images = letterhead_images(page, 0)
    assert images == [{"text": "Logo Salon Breizh Agri", "image": "/images/logo.png"}]
    text = page.replace("![Logo Salon Breizh Agri](/images/logo.png)\n\n", "").replace("**", "")
    text = text.replace("# ", "").replace("*Rennes", "Rennes").replace("2025*", "2025")
    metadata = extract_metadata(text, images_text=images)
    assert metadata["issuer"] == "Salon Breizh Agri"
    assert metadata["evidence"]["issuer"]["rule"] == "metadata.letterhead_image"


def test_an_alt_text_gives_the_name_before_its_tagline_and_no_caption():
    from pipeline.extractors.issuer.logo import image_letterhead

    def named(alt: str) -> list[str]:
        return [c.name for c in image_letterhead([{"text": alt, "image": "logo.png"}])]

    assert named("Ministère de la Justice – Liberté Égalité Fraternité") == ["Ministère de la Justice"]
    assert named("Festival Lac Bleu — 15e édition") == ["Festival Lac Bleu"]
    assert named("Chambre d'agriculture Tarn") == ["Chambre d'agriculture Tarn"]
    assert named("Les douze finalistes sur la scène de la Maison de la culture") == []
    assert named("Affiche 2026 signée Jeanne Orcel") == []


def test_an_image_below_the_headline_is_no_letterhead():
    from pipeline.readers.text import letterhead_images

    page = "# Le festival ouvre ses portes\n\n![Logo Festival Lac Bleu](logo.png)\n\nLe texte.\n"
    assert letterhead_images(page, 0) == []


def test_a_logo_line_kept_in_a_text_copy_names_the_issuer():
    text = (
        "[logo caf – Caisse d'allocations familiales du Morbihan]\n\nInformation presse\n\n"
        "Un bus pour aller au-devant des allocataires\n\n" + BODY.split("\n", 2)[2]
    )
    assert issuer(text) == ("Caisse d'allocations familiales du Morbihan", "metadata.letterhead_image")


def test_a_branch_under_its_national_body_is_no_co_issuer():
    for branch in ("Direction régionale Pays de la Loire", "Agence territoriale Île-de-France Est"):
        text = f"OFB\nOffice français de la biodiversité\n{branch}\n\nCOMMUNIQUÉ DE PRESSE\n\n" + BODY
        assert issuer(text)[0] == "Office français de la biodiversité"


def test_a_site_header_above_the_trail_of_a_copied_page_is_no_letterhead():
    article = (
        "Cyclone : passage en alerte rouge ce soir\n\nPublié le 27/02/2026\n\n"
        "Le cyclone se situait ce vendredi à 310 km au nord de l'île, selon les prévisions du jour.\n\n"
        "Contact presse\nPréfecture de Mayotte – Bureau de la communication\n"
        "pref-communication@mayotte.gouv.fr\n"
    )
    for navigation in (
        "Accueil > Actualités > Communiqués de presse",
        "Accueil | Actualités | Agenda | Contact",
    ):
        text = f"Préfet de Mayotte\n{navigation}\n\n" + article
        assert issuer(text)[0] == "Préfecture de Mayotte"


def test_a_service_in_the_column_beside_the_bloc_marque_is_left_out():
    text = (
        "PRÉFET Sous-préfecture de Dax\nDES LANDES\nLiberté\nÉgalité\nFraternité Bureau du cabinet\n\n"
        "COMMUNIQUÉ DE PRESSE\n\n" + BODY
    )
    assert issuer(text)[0] == "PRÉFET DES LANDES"


def test_a_body_signing_the_release_after_its_article_names_the_issuer():
    closing = "Contact : secrétariat de la fédération – 02 40 00 11 22\n\n"
    closing += "La Fédération des meuniers\ndu Pays nantais\n"
    assert issuer(BODY + closing) == ("Fédération des meuniers du Pays nantais", "metadata.mission")
    closing = "La Fédération des meuniers remercie ses adhérents.\n"  # a sentence signs nothing
    assert issuer(BODY + closing) == (None, None)


def test_a_prosecutor_signs_for_the_court_he_serves():
    closing = (
        "La procureure de la République\nprès le tribunal judiciaire de Vannes,\n\nClaire Morvan\n\n"
        "Contact presse : communication.tj-vannes@exemple.fr\n"
    )
    assert issuer(BODY + closing)[0] == "tribunal judiciaire de Vannes"


def test_a_press_office_with_a_name_of_its_own_is_a_press_agency():
    text = BODY * 2 + "Contact presse\nBureau de presse Alizé\nLéa Morin – lea@alize-presse.fr\n"
    assert issuer(text) == (None, None)
    text = BODY * 2 + "Contact presse : Bureau de presse de la Ville de Brest – presse@brest.fr\n"
    assert issuer(text)[0] is not None


def test_a_scientific_contacts_laboratory_gives_way_to_the_press_contacts_body():
    closing = (
        "Contact scientifique\nPaul Lemoine – LEMAR – paul.lemoine@univ-iroise.fr\n\n"
        "Contact presse\nService communication – Université d'Iroise\npresse@univ-iroise.fr\n"
    )
    assert issuer(BODY * 2 + closing)[0] == "Université d'Iroise"


def test_a_logo_printing_a_short_name_with_its_full_name_gives_the_full_name():
    text = (
        "Communiqué de presse | Sète, 3 mars 2026\n\nBilan des lagunes en 2025\n\n"
        "Le réseau de suivi publie son bilan annuel des lagunes méditerranéennes.\n\n"
        "À propos de l'Ifrelac\n\n"
        "L'Institut français de recherche sur les lacs (Ifrelac) étudie les lacs.\n\n"
        "Contact presse : Anne Salvat – presse@ifrelac.fr\n"
    )
    logo = [{"text": "Bandeau Ifrelac – Institut français de recherche sur les lacs", "image": "b.png"}]
    assert extract_metadata(text)["issuer"] == "Ifrelac"
    metadata = extract_metadata(text, images_text=logo)
    assert metadata["issuer"] == "Institut français de recherche sur les lacs"


def test_a_body_printed_alone_in_the_header_is_named_as_printed_there():
    header = "VERRIÈRES D'ARMOR\n\nCommuniqué de presse\nDinan, le 2 avril 2026\n\n"
    closing = "\n\nÀ propos de Verrières d'Armor\n\nVerrières d'Armor fabrique des vitrages depuis 1987.\n"
    text = header + "Un nouvel atelier à Dinan\n\nLe fabricant ouvre un atelier de 40 emplois.\n" + closing
    found = extract_metadata(text)
    assert found["issuer"] == "VERRIÈRES D'ARMOR"
    assert found["evidence"]["issuer"]["start"] == 0


def test_a_line_the_release_says_is_for_the_public_is_no_press_office():
    closing = (
        "Info Fraudes (numéro gratuit) : 0 805 000 111\n\n"
        "Contact : secrétariat – 03 27 00 11 22 – contact@ordre-exemple.fr\n\n"
        "La Chambre départementale des notaires\ndu Pas-de-Calais\n"
    )
    assert issuer(BODY * 2 + closing)[0] == "Chambre départementale des notaires du Pas-de-Calais"


def test_the_body_before_the_press_unit_under_a_heading_alone_is_the_issuer():
    closing = (
        "[Contact presse]\nOcéanis – Service presse\nLouise Kerhervé – 02 98 00 11 22\npresse@oceanis.fr\n"
    )
    assert issuer(BODY * 2 + closing)[0] == "Océanis"
    closing = "Contact presse\nJulie – Service presse\n02 98 00 11 22\n"
    assert issuer(BODY * 2 + closing)[0] is None  # a given name is no body


def test_an_acronym_letterhead_gives_the_full_name_its_address_line_prints():
    header = "CRPF\nAntenne de Lozère\n\nCommuniqué de presse\nMende, le 3 mars 2026\n\n"
    body = "Des coupes en forêt privée\n\nLes propriétaires sont invités à une réunion publique.\n\n"
    footer = "Centre régional de la propriété forestière – Antenne de Lozère – 48000 Mende\n"
    assert extract_metadata(header + body + footer)["issuer"] == "Centre régional de la propriété forestière"
    assert extract_metadata(header + body)["issuer"] == "CRPF"
