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
    assert issuer(closing) == ("association Jardins Vivants", "metadata.mission")


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
    assert issuer(text) == ("Acme Robotics", "metadata.email_domain")
    text = (
        "Un tiers-lieu ouvre\n2024-05-02\n\nLe tiers-lieu La Fabrique ouvre ses portes à Tours.\n\n"
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
    assert issuer(text)[0] == "Agence Rumeur Communication"  # nothing else names a body
