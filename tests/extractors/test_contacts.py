from pipeline.extractors.contacts import extract_contacts

BLOCK = """Le texte du communiqué.

Cabinet de Cédric O

01 53 18 43 10 / presse@numerique.gouv.fr

Bertrand Braunschweig, Directeur du Centre d'expertise de Paris - bertrand.b@inria.fr / 06 85 59 55 09

Renaud Vedel, Coordonnateur de la Stratégie nationale - renaud.v@finances.gouv.fr /

07 84 01 69 66

La suite du texte reprend ici."""


def test_block_mid_text_grouped_per_person():
    contacts = extract_contacts(BLOCK, [])
    assert [(c["name"], c["organization"], c["emails"], c["phones"]) for c in contacts] == [
        (None, "Cabinet de Cédric O", ["presse@numerique.gouv.fr"], ["+33153184310"]),
        ("Bertrand Braunschweig", "Centre d'expertise de Paris", ["bertrand.b@inria.fr"], ["+33685595509"]),
        ("Renaud Vedel", None, ["renaud.v@finances.gouv.fr"], ["+33784016966"]),
    ]
    assert contacts[1]["role"] == "Directeur du Centre d'expertise de Paris"
    for contact in contacts:
        for span in contact["evidence"]:
            assert BLOCK[span["start"] : span["end"]] == span["text"]


def test_labelled_lines_and_office():
    text = (
        "Fin du texte.\n\nContact presse\nService de la communication\nTél "
        ": 04 66 36 40 18\nMél : pref-communication@gard.gouv.fr"
    )
    contacts = extract_contacts(text, [])
    assert len(contacts) == 1
    assert contacts[0]["organization"] == "Service de la communication"
    assert contacts[0]["phones"] == ["+33466364018"]
    assert contacts[0]["emails"] == ["pref-communication@gard.gouv.fr"]


def test_no_contact_without_email_or_phone():
    assert extract_contacts("Cabinet du ministre\nPlus d'informations sur le site.", []) == []


def _fields(contacts):
    return [(c["name"], c["role"], c["organization"], c["emails"], c["phones"]) for c in contacts]


def test_list_lines_split_name_organisation_and_merge_a_person_printed_twice():
    text = (
        "Fin du texte.\n\nContacts presse :\n"
        "- Jeanne MARTIN, ANSSI, jeanne.martin@exemple.gouv.fr, 06 11 22 33 44\n"
        "- Paul Durand, Alpha Conseil Partners, paul.durand@alpha.example.com, 06 55 66 77 88\n\n"
        "Contact presse\nAlpha Conseil Partners : Paul Durand\n06 55 66 77 88\n"
    )
    assert _fields(extract_contacts(text, [])) == [
        ("Jeanne MARTIN", None, "ANSSI", ["jeanne.martin@exemple.gouv.fr"], ["+33611223344"]),
        ("Paul Durand", None, "Alpha Conseil Partners", ["paul.durand@alpha.example.com"], ["+33655667788"]),
    ]


def test_role_keeps_its_complement_and_an_acronym_complement_is_the_organisation():
    text = "Contact FNX : Marc LEROY, Président de la FNX : bureau@fnx.example.org - 06.12.34.56.78"
    assert _fields(extract_contacts(text, [])) == [
        ("Marc LEROY", "Président de la FNX", "FNX", ["bureau@fnx.example.org"], ["+33612345678"])
    ]


def test_role_on_its_own_line_after_the_name():
    text = "Contact presse\nSophie Bernard\nAttachée de presse\n01 40 00 00 01\nsophie.bernard@exemple.fr"
    assert _fields(extract_contacts(text, [])) == [
        ("Sophie Bernard", "Attachée de presse", None, ["sophie.bernard@exemple.fr"], ["+33140000001"])
    ]


def test_office_with_address_lines_and_a_fax_number():
    text = (
        "Ouvert tous les jours www.exemple.fr\n\n"
        "Bibliothèque municipale de Vernon\nPlace de la Mairie\n27200 "
        "Vernon tél : 02 32 00 00 01 – fax : 02 32 00 00 02 accueil@biblio.example.fr\n"
    )
    assert _fields(extract_contacts(text, [])) == [
        (None, None, "Bibliothèque municipale de Vernon", ["accueil@biblio.example.fr"], ["+33232000001"])
    ]


def test_office_line_cut_before_its_address():
    text = (
        "Fin.\n\nGalerie Nord/ Atelier 3/ 12 rue des Arts/ 59000 Lille\nSur "
        "rendez-vous : bonjour@galerie-nord.example.com"
    )
    assert _fields(extract_contacts(text, [])) == [
        (None, None, "Galerie Nord", ["bonjour@galerie-nord.example.com"], [])
    ]


def test_lead_lines_stop_at_a_bullet_with_a_link():
    text = (
        "• Informez-vous sur www.exemple.gouv.fr\n\nCabinet du maire\nService "
        "de la communication\nTél : 03 20 00 00 01"
    )
    assert _fields(extract_contacts(text, [])) == [
        (None, None, "Cabinet du maire Service de la communication", [], ["+33320000001"])
    ]


def test_obfuscated_address_and_underscore_hidden_by_a_link_underline():
    text = "Contact presse\nAnne Petit : anne.petit[at]exemple.fr\nMél : service com@exemple.gouv.fr"
    contacts = extract_contacts(text, [])
    assert contacts[0]["emails"] == ["anne.petit@exemple.fr", "service_com@exemple.gouv.fr"]
    for span in contacts[0]["evidence"]:
        assert text[span["start"] : span["end"]] == span["text"]


def test_address_inside_a_sentence_is_a_contact_of_its_own():
    text = (
        "Les communes qui souhaitent rejoindre le groupe de travail "
        "ouvert depuis le printemps sont invitées à écrire à groupe@exemple.gouv.fr "
        "avant la fin du mois."
    )
    assert _fields(extract_contacts(text, [])) == [(None, None, None, ["groupe@exemple.gouv.fr"], [])]


def test_mailbox_at_the_domain_of_a_body_named_in_its_sentence_is_that_bodys():
    text = (
        "Les communes souhaitant participer sont invitées à se rapprocher de l’ANCT, animatrice "
        "d’un groupe pilote depuis mars 2024 : suite@anct.gouv.fr.\n\nLes ateliers de jardinage "
        "du quartier restent ouverts à tous les habitants de lyon et des environs : accueil@lyon.example.org."
    )
    assert [c["organization"] for c in extract_contacts(text, [])] == ["ANCT", None]


def test_closing_sentence_names_the_person_before_the_number():
    text = (
        "Le texte du communiqué.\n\nPour toute question sur le programme des visites de la "
        "semaine prochaine, vous pouvez joindre Marc Olivier au 06 11 22 33 44 ou lui écrire à "
        "marc.olivier@exemple.fr."
    )
    start = text.index("Marc")
    assert _fields(extract_contacts(text, [(start, start + len("Marc Olivier"))])) == [
        ("Marc Olivier", None, None, ["marc.olivier@exemple.fr"], ["+33611223344"])
    ]


def test_every_number_of_an_abbreviated_or_international_pair_is_found():
    text = (
        "Contact presse\nJulie Bernard\nTél. : 01 53 18 42 68 / 42 76\n\n"
        "Bureau de Lyon : +33 (0)4 78 12 34 56 / (0)6 12 34 56 78\n\n"
        "Bureau de Bruxelles : +32 (0)2 512 34 56 - (0)475 12 34 56\n\n"
        "Accueil : +33 (0) 5 61 12 34 56 / 57 / 58\n"
    )
    phones = [p for c in extract_contacts(text, []) for p in c["phones"]]
    assert phones == [
        "+33153184268",
        "+33153184276",
        "+33478123456",
        "+33612345678",
        "+3225123456",
        "+32475123456",
        "+33561123456",
        "+33561123457",
        "+33561123458",
    ]


def test_contact_inside_an_about_zone_takes_its_subject_as_organisation():
    text = (
        "A propos de l’ACME\nL’ACME est une association.\nEn savoir "
        "plus : www.acme.example.org // Contact : Julie Moreau, julie@acme.example.org\n"
    )
    assert _fields(extract_contacts(text, [])) == [
        ("Julie Moreau", None, "ACME", ["julie@acme.example.org"], [])
    ]


def test_public_mailbox_is_kept_beside_the_press_contact():
    text = (
        "Contact presse\nLéa Garnier\n06 01 02 03 04\n\nLe texte "
        "continue ici avec une longue phrase qui explique le projet "
        "en détail.\n\n"
        "Informations au public\n01 45 00 00 00\ninfo@exemple.fr\n"
    )
    assert _fields(extract_contacts(text, [])) == [
        ("Léa Garnier", None, None, [], ["+33601020304"]),
        (None, None, None, ["info@exemple.fr"], ["+33145000000"]),
    ]


def test_mailbox_in_an_about_zone_sentence_is_the_zones():
    text = (
        "Le texte du communiqué.\n\nÀ propos de l’Atelier Vert\nL’Atelier Vert accompagne les "
        "jardins partagés de la région depuis 2009 et répond à toutes les questions sur "
        "bonjour@atelier-vert.example.org.\n"
    )
    assert _fields(extract_contacts(text, [])) == [
        (None, None, "Atelier Vert", ["bonjour@atelier-vert.example.org"], [])
    ]


def test_bare_mailbox_named_after_the_issuer_is_the_issuers():
    text = "Contact\n\nobservatoire-des-sols@exemple.gouv.fr\n"
    issuer = {"value": "Observatoire des sols", "start": 0, "end": 7, "text": "Contact"}
    assert extract_contacts(text, [], issuer)[0]["organization"] == "Observatoire des sols"
    assert extract_contacts(text, [], {**issuer, "value": "Agence du climat"})[0]["organization"] is None


def test_civility_is_not_part_of_the_name():
    text = (
        "Contact presse : Mme Claire Fontaine, chargée de communication, "
        "04 76 00 00 01\nM. Jean Roux - jean.roux@exemple.fr"
    )
    assert [(c["name"], c["role"]) for c in extract_contacts(text, [])] == [
        ("Claire Fontaine", "chargée de communication"),
        ("Jean Roux", None),
    ]


def test_office_line_heading_a_list_of_persons_is_their_organisation():
    text = (
        "Contact presse\nService communication de la Métropole\nAnne "
        "DUPRÉ – 04 78 00 00 00 – a.dupre@metropole.example.fr\nLuc "
        "Girard – 04 78 00 00 01\n"
    )
    assert _fields(extract_contacts(text, [])) == [
        (
            "Anne DUPRÉ",
            None,
            "Service communication de la Métropole",
            ["a.dupre@metropole.example.fr"],
            ["+33478000000"],
        ),
        ("Luc Girard", None, "Service communication de la Métropole", [], ["+33478000001"]),
    ]


def test_role_and_organisation_line_under_the_name():
    text = (
        "Pour plus d'informations :\nJeanne Morel\nDirectrice de la "
        "communication, Région Normandie\nT. 02 31 00 00 00\n"
    )
    assert _fields(extract_contacts(text, [])) == [
        ("Jeanne Morel", "Directrice de la communication", "Région Normandie", [], ["+33231000000"])
    ]


def test_two_office_blocks_stay_two_contacts():
    text = (
        "Fin du texte.\n\nContacts presse\n\nCabinet du président\n03 "
        "20 11 22 33 – presse.president@exemple.fr\n\n"
        "Service de presse de la collectivité\n03 20 44 55 66 – presse@exemple.fr\n"
    )
    assert _fields(extract_contacts(text, [])) == [
        (None, None, "Cabinet du président", ["presse.president@exemple.fr"], ["+33320112233"]),
        (None, None, "Service de presse de la collectivité", ["presse@exemple.fr"], ["+33320445566"]),
    ]


def test_acronym_body_with_its_unit_is_an_office_not_a_person():
    text = (
        "Contact presse\n\nCAF Loiret – Service communication\n02 38 11 22 33 – communication@caf.example.fr"
    )
    assert _fields(extract_contacts(text, [])) == [
        (
            None,
            None,
            "CAF Loiret – Service communication",
            ["communication@caf.example.fr"],
            ["+33238112233"],
        ),
    ]


def test_role_goes_on_after_a_comma_and_a_unit_in_it_is_the_organisation():
    text = (
        "Contact presse\n\nNadia Perrin, cheffe du pôle presse "
        "et réseaux sociaux\nnadia.perrin@exemple.fr\n\n"
        "Hugo Lambert, attaché de presse, astreinte du week-end\n06 20 30 40 50\n"
    )
    assert _fields(extract_contacts(text, [])) == [
        (
            "Nadia Perrin",
            "cheffe du pôle presse et réseaux sociaux",
            "pôle presse et réseaux sociaux",
            ["nadia.perrin@exemple.fr"],
            [],
        ),
        ("Hugo Lambert", "attaché de presse, astreinte du week-end", None, [], ["+33620304050"]),
    ]


def test_agency_speaking_for_a_client_gives_the_client_as_organisation():
    text = (
        "Contact presse\n\nAgence Plume Rouge pour Brasserie Vallon\nTom "
        "Girard, attaché de presse – 06 71 72 73 74 – tom@plumerouge.example.fr"
    )
    assert _fields(extract_contacts(text, [])) == [
        (
            "Tom Girard",
            "attaché de presse",
            "Brasserie Vallon",
            ["tom@plumerouge.example.fr"],
            ["+33671727374"],
        ),
    ]


def test_name_shaped_body_after_the_person_is_their_organisation():
    text = (
        "Contact presse\nLouis Marchal, chargé de mission forêts, "
        "PNR du Morvan\nlouis.marchal@pnr.example.fr – 03 86 11 22 "
        "33"
    )
    assert _fields(extract_contacts(text, [])) == [
        (
            "Louis Marchal",
            "chargé de mission forêts",
            "PNR du Morvan",
            ["louis.marchal@pnr.example.fr"],
            ["+33386112233"],
        ),
    ]


def test_heading_naming_a_unit_with_its_own_number_is_a_second_office():
    text = (
        "Contact presse\nCabinet de la maire – 04 91 00 11 22 – cabinet@ville.example.fr\nService "
        "de presse – 04 91 00 33 44"
    )
    assert _fields(extract_contacts(text, [])) == [
        (None, None, "Cabinet de la maire", ["cabinet@ville.example.fr"], ["+33491001122"]),
        (None, None, "Service de presse", [], ["+33491003344"]),
    ]


def test_unit_heading_with_a_number_right_under_a_person_stays_the_persons_number():
    text = "Contact presse\nAnne Giraud\nService de presse – 04 91 00 33 44"
    assert _fields(extract_contacts(text, [])) == [("Anne Giraud", None, None, [], ["+33491003344"])]


def _span(text: str, value: str) -> tuple[int, int]:
    start = text.index(value)
    return (start, start + len(value))


def test_cells_run_together_are_cut_into_name_role_and_body():
    texts = [
        "Contact presse\nNom Fonction Téléphone Courriel\nÉmilie Vasseur Chargée de communication "
        "03 22 97 37 37 emilie.vasseur@amiens.example.fr",
        "Contact presse\nCamille Roussel Attachée de presse Préfecture de la Sarthe 02 43 39 70 00",
        "Relations médias : Hugo Petit responsable communication Fédération des Vignerons 06 11 22 33 44",
    ]
    assert [_fields(extract_contacts(t, []))[0][:3] for t in texts] == [
        ("Émilie Vasseur", "Chargée de communication", None),
        ("Camille Roussel", "Attachée de presse", "Préfecture de la Sarthe"),
        ("Hugo Petit", "responsable communication", "Fédération des Vignerons"),
    ]


def test_heading_naming_a_body_or_a_person():
    texts = [
        "Contact presse Animath : Elsa MASSON – elsa.masson@animath.example.fr – 0652741375",
        "Contact presse Brixol\nJeanne Dupin\n06 10 20 30 40",
        "Contact presse Julie Roux – 06 12 12 12 12",
        "Contact presse de l'association : Marc Rey – 06 13 13 13 13",
    ]
    assert [_fields(extract_contacts(t, []))[0][:3] for t in texts] == [
        ("Elsa MASSON", None, "Animath"),
        ("Jeanne Dupin", None, "Brixol"),
        ("Julie Roux", None, None),
        ("Marc Rey", None, None),
    ]


def test_a_person_after_an_address_on_the_same_line_is_a_contact_of_their_own():
    text = (
        "Contact : collectif@exemple.org ou Lionel Marais, co-fondateur du collectif Brix lm@exemple.org\n\n"
        "Contacts presse : ARS Bretagne : Anne Roux, 02 99 00 00 01 ; Préfecture : Paul Vidal, 02 99 00 00 02"
    )
    persons = [_span(text, "Lionel Marais"), _span(text, "Anne Roux"), _span(text, "Paul Vidal")]
    assert _fields(extract_contacts(text, persons)) == [
        (None, None, None, ["collectif@exemple.org"], []),
        ("Lionel Marais", "co-fondateur du collectif Brix", "Brix", ["lm@exemple.org"], []),
        ("Anne Roux", None, "ARS Bretagne", [], ["+33299000001"]),
        ("Paul Vidal", None, "Préfecture", [], ["+33299000002"]),
    ]


def test_role_printed_under_the_persons_number_is_theirs():
    text = (
        "Contact presse\nThomas Girard\n06 10 20 30 40\nAttaché de presse\nthomas@ffx.example.fr\n\n"
        "Nadia Colin\nnadia@musee.example.fr\nChargée des relations médias\n"
    )
    assert [c[:2] for c in _fields(extract_contacts(text, []))] == [
        ("Thomas Girard", "Attaché de presse"),
        ("Nadia Colin", "Chargée des relations médias"),
    ]


def test_agency_for_a_client_with_an_article_or_a_lower_case_head_word():
    """As for entities, a lower-case head-word is not part of the body's name."""
    texts = [
        "Relations presse : agence Verbe Haut pour le Festival des Lumières\nMarion Gautier – 06 12 34 56 78",
        "Contacts presse\nAgence Rivage pour la Fondation du Patrimoine\nJeanne Caillaud – 06 01 02 03 04",
        "Contact presse : Agence Sel pour l'Office de tourisme de Dax\nLéo Brun – 06 09 09 09 09",
        "Contact presse\nassociation Les Amis du Moulin\nKarim Benali – 06 33 44 55 66",
    ]
    assert [_fields(extract_contacts(t, []))[0][2] for t in texts] == [
        "Festival des Lumières",
        "Fondation du Patrimoine",
        "Office de tourisme de Dax",
        "Les Amis du Moulin",
    ]


def test_body_before_a_colon_and_a_confirmed_person_and_entity_bodies():
    text = (
        "Contacts presse :\nFrance Nature Environnement : Élise Perrin, 06 11 11 11 11\n"
        "Nicolas Faure, chargé des relations médias, Ligue contre le cancer, 01 53 55 24 00\n"
        "ARS Grand Est : presse@ars.example.fr"
    )
    persons = [_span(text, "Élise Perrin"), _span(text, "Nicolas Faure")]
    bodies = frozenset({_span(text, "Ligue contre le cancer"), _span(text, "ARS Grand Est")})
    assert [c[:3] for c in _fields(extract_contacts(text, persons, None, bodies))] == [
        ("Élise Perrin", None, "France Nature Environnement"),
        ("Nicolas Faure", "chargé des relations médias", "Ligue contre le cancer"),
        (None, None, "ARS Grand Est"),
    ]
    # without the entities, a name-shaped segment stays a name
    assert _fields(extract_contacts(text, []))[0][0] == "France Nature Environnement"


def test_office_printed_with_its_press_unit():
    texts = [
        "Contacts presse :\nRelations presse - AFUL : presse@aful.example.org",
        "Contact\nService de presse – Mairie de Vannes : 02 97 00 00 00",
        "CONTACT PRESSE\nMinistère de la Culture\nDélégation à l'information et à la communication\n"
        "Service de presse\n01 40 15 83 31\nservice-presse@culture.example.fr",
    ]
    assert [_fields(extract_contacts(t, []))[0][2] for t in texts] == [
        "Relations presse - AFUL",
        "Service de presse – Mairie de Vannes",
        "Ministère de la Culture Délégation à l'information et à la communication Service de presse",
    ]


def test_heading_body_over_a_person_wins_over_a_unit_in_the_role():
    texts = [
        "Contact presse\nMusée des Beaux-Arts de Lyon\nClaire Dubois, responsable du service communication\n"
        "T. 04 72 10 17 40",
        "Contact presse\nConcours Les Petits Champions de la lecture\n"
        "Anne Moreau, chargée des relations presse\nanne.moreau@pcl.example.fr",
    ]
    assert [_fields(extract_contacts(t, []))[0][1:3] for t in texts] == [
        ("responsable du service communication", "Musée des Beaux-Arts de Lyon"),
        ("chargée des relations presse", "Concours Les Petits Champions de la lecture"),
    ]


def test_role_goes_on_with_a_second_role_word_and_drops_the_full_stop():
    text = (
        "Contact Presse : Amélie Vasseur, chargée de communication, relations presse. 01 41 40 11 42 – "
        "info@cnx.example.fr"
    )
    assert _fields(extract_contacts(text, []))[0][:2] == (
        "Amélie Vasseur",
        "chargée de communication, relations presse",
    )


def test_contacts_between_two_about_headings_belong_to_the_first():
    text = (
        "## À propos de Brixol\n\nBrixol est une association.\n\nContacts presse :\n\n"
        "Jeanne Dupin, déléguée générale, jeanne@brixol.example.org\n\n"
        "## À propos de Vallon\n\nVallon est une coopérative.\n\nContact presse :\n\n"
        "Paul Rey, paul@vallon.example.org\n"
    )
    assert [c[2] for c in _fields(extract_contacts(text, []))] == ["Brixol", None]


def test_markup_does_not_make_a_contact_line_prose():
    text = (
        "<p>Rémi Boule, vice-président de l'Abri, en charge du groupe de travail Éducation, <a href=\"mailto:"
        'rb@abri.example.org">rb@abri.example.org</a>, 06 05 03 32 30<br>\n'
    )
    assert _fields(extract_contacts(text, [_span(text, "Rémi Boule")]))[0][:2] == (
        "Rémi Boule",
        "vice-président de l'Abri, en charge du groupe de travail Éducation",
    )


def test_a_name_shaped_misc_mention_stays_a_person():
    text = (
        "Contacts presse\nRégion Normandie – Laure Simon – 02 31 06 98 98\n"
        "Ville de Caen – Paul Morel – 02 31 30 41 00"
    )
    bodies = frozenset({_span(text, "Laure Simon"), _span(text, "Ville de Caen")})
    assert [c[:3] for c in _fields(extract_contacts(text, [_span(text, "Paul Morel")], None, bodies))] == [
        ("Laure Simon", None, "Région Normandie"),
        ("Paul Morel", None, "Ville de Caen"),
    ]


def test_person_printed_under_the_block_addresses_owns_them():
    texts = [
        "Contact presse\nMail : anne.dupont@region.example.fr\nTél : 06 30 30 30 30\n"
        "Anne Dupont, chargée de presse",
        "Contact\n05 61 00 00 00 – accueil@mjc.example.fr\nLucas Morin",
    ]
    assert [_fields(extract_contacts(t, []))[0][:2] for t in texts] == [
        ("Anne Dupont", "chargée de presse"),
        ("Lucas Morin", None),
    ]


def test_two_boxes_side_by_side_read_across_are_two_columns():
    texts = [
        "Contacts presse\nRégion Occitanie Ville de Montpellier\nAnne Roux Paul Vidal\n"
        "04 67 22 80 00 04 67 34 70 00\nanne.roux@region.example.fr paul.vidal@ville.example.fr",
        "Contacts presse\nMusée Fabre Université de Lille\nLéa Brun Hugo Faure\n"
        "lea.brun@fabre.example.fr hugo.faure@univ.example.fr",
    ]
    assert [[c[:3] for c in _fields(extract_contacts(t, []))] for t in texts] == [
        [("Anne Roux", None, "Région Occitanie"), ("Paul Vidal", None, "Ville de Montpellier")],
        [("Léa Brun", None, "Musée Fabre"), ("Hugo Faure", None, "Université de Lille")],
    ]
    assert [c["phones"] for c in extract_contacts(texts[0], [])] == [["+33467228000"], ["+33467347000"]]
    # two numbers of one person printed side by side stay one column
    text = "Contact presse\nAnne Roux\n04 67 22 80 00 06 12 34 56 78\nanne.roux@region.example.fr"
    assert len(extract_contacts(text, [])) == 1


def test_a_table_of_two_contacts_side_by_side_is_two_columns():
    """A web page's table of two contacts, one per column, read row by row (cells joined by ' | ')."""
    text = (
        "Contacts\nGroupe Orvane | Agence Lumen Conseil\nClaire Dumas | Hugo Perrin\n"
        "Directrice financière | Relations investisseurs\n04 72 10 20 30 | 01 45 60 70 80\n"
        "finance@orvane.example.fr | hperrin@lumen.example.fr"
    )
    contacts = extract_contacts(text, [])
    assert [c[:3] for c in _fields(contacts)] == [
        ("Claire Dumas", "Directrice financière", "Groupe Orvane"),
        ("Hugo Perrin", "Relations investisseurs", "Agence Lumen Conseil"),
    ]
    assert [c["emails"] for c in contacts] == [["finance@orvane.example.fr"], ["hperrin@lumen.example.fr"]]


def test_office_body_and_its_unit_on_the_line_of_the_number():
    texts = [
        "Contact presse\nARS Normandie – Service communication – 02 31 70 96 96",
        "Contact presse : Fédération des Œuvres Laïques – Service de presse – presse@fol.example.fr",
        "Contact presse : ARS Normandie – 02 31 70 96 97",
    ]
    bodies = [frozenset({_span(t, "ARS Normandie")}) if "ARS" in t else frozenset() for t in texts]
    assert [_fields(extract_contacts(t, [], None, b))[0][2] for t, b in zip(texts, bodies, strict=True)] == [
        "ARS Normandie – Service communication",
        "Fédération des Œuvres Laïques – Service de presse",
        "ARS Normandie",
    ]


def test_role_printed_before_the_persons_name_without_a_separator():
    texts = [
        "Contact presse\nAttachée de presse Sophie Lenoir – 06 50 60 70 80",
        "Contact : Directeur de la communication Marc Aubry, 03 20 00 00 00",
        "Contact : Directeur du Centre Pompidou, 01 44 78 12 33",
    ]
    names = ["Sophie Lenoir", "Marc Aubry", "-"]
    persons = [[_span(t, n)] if n in t else [] for t, n in zip(texts, names, strict=True)]
    assert [_fields(extract_contacts(t, p))[0][:2] for t, p in zip(texts, persons, strict=True)] == [
        ("Sophie Lenoir", "Attachée de presse"),
        ("Marc Aubry", "Directeur de la communication"),
        (None, None),  # no PER entity: the body in the role is not cut off as a name
    ]


def test_office_heading_a_paragraph_that_names_it_holds_its_number():
    texts = [
        "Cellule d’information du public\n\nUne cellule d'information du public, ouverte du lundi au "
        "vendredi, répond aux questions des habitants : 03 20 30 58 00. Un numéro vert national répond "
        "aussi : 0 800 130 000.",
        "Centre d'appels de la préfecture\n\nLe centre d'appels de la préfecture est joignable tous les "
        "jours de 9 heures à 18 heures pendant toute la durée de l'épisode au 04 67 61 61 61.",
        "Informations pratiques\n\nLe musée est ouvert tous les jours sauf le mardi et le public peut "
        "réserver ses visites commentées au 01 40 00 00 00.",
        "Service des sports\n\nLes inscriptions aux stages de natation de l'été sont ouvertes à tous les "
        "enfants de la commune au 02 40 00 00 00.",
    ]
    assert [_fields(extract_contacts(t, []))[0][2] for t in texts] == [
        "Cellule d’information du public",
        "Centre d'appels de la préfecture",
        None,  # not an office
        None,  # an office the sentence does not name
    ]
