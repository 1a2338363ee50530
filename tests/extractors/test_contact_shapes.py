"""Contact shapes of French (and English) press releases, on invented fragments: which body a
contact speaks for, and where its role ends. Persons are marked as the PER entities would be."""

import pytest

from pipeline.extractors.contacts import extract_contacts

INTRO = "Le dispositif sera déployé dans tout le département à partir du mois prochain.\n\n"


def _run(fragment: str, persons: tuple[str, ...] = ()) -> list[tuple]:
    text = INTRO + fragment
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    return [
        (c["name"], c["role"], c["organization"], c["emails"], c["phones"])
        for c in extract_contacts(text, spans)
    ]


@pytest.mark.parametrize(
    ("fragment", "organisation"),
    [
        ("For media enquiries, please contact press@oceanwatch.example.org.", None),
        ("Demandes des médias : medias@salon-habitat.example.fr", None),
        ("Contact presse\nGroupe Hospitalier Sud\n01 45 21 00 00", "Groupe Hospitalier Sud"),
        ("Press contact\nPort of Saint-Nazaire\n+33 2 40 00 45 45", "Port of Saint-Nazaire"),
        ("Contact presse\nParc national des Écrins\n04 92 40 20 10", "Parc national des Écrins"),
    ],
)
def test_a_head_word_inside_lower_case_words_is_not_a_body(fragment, organisation):
    (contact,) = _run(fragment)
    assert contact[2] == organisation


@pytest.mark.parametrize(
    ("fragment", "person", "organisation"),
    [
        (
            "Media contacts\nFor Greenleaf Energy: Sarah Collins, sarah.collins@greenleaf.example.com",
            "Sarah Collins",
            "Greenleaf Energy",
        ),
        (
            "Contacts presse\nPour la Ville de Caen : Inès Robert – 02 31 30 41 00",
            "Inès Robert",
            "Ville de Caen",
        ),
        (
            "Contacts presse\nSecours populaire : Karim Benali – 06 01 02 03 04",
            "Karim Benali",
            "Secours populaire",
        ),
        ("Contact presse\nRestos du cœur : Julie Caron – 06 05 06 07 08", "Julie Caron", "Restos du cœur"),
        (
            "Contacts presse\nPour la préfecture du Calvados : Marc Hébert – 02 31 30 64 00",
            "Marc Hébert",
            "préfecture du Calvados",
        ),
    ],
)
def test_the_body_printed_before_the_person(fragment, person, organisation):
    (contact,) = _run(fragment, (person,))
    assert contact[:3] == (person, None, organisation)


def test_words_before_a_colon_are_not_a_body_without_a_confirmed_person():
    (contact,) = _run("Contact presse\nSecours populaire : Karim Benali – 06 01 02 03 04")
    assert contact[2] != "Secours populaire" or contact[0] is None


@pytest.mark.parametrize(
    ("fragment", "role", "organisation"),
    [
        (
            "Contact presse : Olivia Masson, consultante chez Agence Boréal – 01 45 00 11 22",
            "consultante chez Agence Boréal",
            "Agence Boréal",
        ),
        (
            "Contact presse\nMorgane Tessier, chargée de communication à la Ville de Brest\n02 98 00 80 80",
            "chargée de communication à la Ville de Brest",
            "Ville de Brest",
        ),
        (
            "Contact : Hugo Perret, attaché de presse au Conseil départemental de la Somme, 03 22 71 80 00",
            "attaché de presse au Conseil départemental de la Somme",
            "Conseil départemental de la Somme",
        ),
        (
            "Contact : Franck Olivier, directeur de la Mutualité française Occitanie – 05 61 00 00 02",
            "directeur de la Mutualité française Occitanie",
            "Mutualité française Occitanie",
        ),
    ],
)
def test_the_role_keeps_its_complement_which_names_the_body(fragment, role, organisation):
    (contact,) = _run(fragment)
    assert contact[1:3] == (role, organisation)


@pytest.mark.parametrize(
    ("heading", "person"),
    [
        ("FNSEA – Service de presse", "Élise Moreau"),
        ("Région Bretagne – Cellule communication", "Youenn Le Bihan"),
    ],
)
def test_an_office_heading_the_persons_is_printed_whole(heading, person):
    (contact,) = _run(f"Contact presse\n{heading}\n{person} – 01 53 83 47 47 – presse@exemple.fr", (person,))
    assert contact[:3] == (person, None, heading)


@pytest.mark.parametrize(
    ("fragment", "role", "organisation"),
    [
        (
            "Press contact\nJohn Smith, Communications Manager, Acme Robotics\n+44 20 7946 0958",
            "Communications Manager",
            "Acme Robotics",
        ),
        (
            "Media Contact\nDavid Chen\nSenior PR Manager, Brightline Software\ndchen@brightline.example.io",
            "Senior PR Manager",
            "Brightline Software",
        ),
        (
            "Press contact:\nEmma Wilson\nHead of Communications\n+1 415 555 0134",
            "Head of Communications",
            None,
        ),
        (
            "Contact presse\nLycée Jean-Moulin – Proviseure : Catherine Petit\n04 67 12 34 56",
            "Proviseure",
            "Lycée Jean-Moulin",
        ),
    ],
)
def test_role_words_of_english_blocks_and_schools(fragment, role, organisation):
    (contact,) = _run(fragment)
    assert contact[1:3] == (role, organisation)


def test_a_role_before_a_colon_announces_its_holder():
    assert _run(
        "Contact presse\nResponsable communication : Delphine Marchal\n"
        "Fédération des entreprises du paysage\n06 23 45 67 89 – d.marchal@fep.example.fr"
    ) == [
        (
            "Delphine Marchal",
            "Responsable communication",
            "Fédération des entreprises du paysage",
            ["d.marchal@fep.example.fr"],
            ["+33623456789"],
        )
    ]


def _span(text: str, value: str, label: str | None = None) -> tuple:
    start = text.index(value)
    return (start, start + len(value), label) if label else (start, start + len(value))


@pytest.mark.parametrize(
    ("body", "person"),
    [("Néolia Énergie", "Fanny Morel"), ("Brasserie Saint-Roch", "Adrien Colas")],
)
def test_an_org_mention_alone_on_its_line_heads_the_persons_under_it(body, person):
    text = INTRO + f"Contact presse\n{body}\n{person}, chargée de communication\n06 60 70 80 90"
    bodies = frozenset({_span(text, body), _span(text, body, "ORG")})
    (contact,) = extract_contacts(text, [_span(text, person)], None, bodies)
    assert (contact["name"], contact["organization"]) == (person, body)


def test_an_org_mention_sharing_its_line_with_a_number_stays_a_person():
    text = INTRO + "Contact presse de l'association\nJulien Masse – 06 88 77 66 55"
    bodies = frozenset({_span(text, "Julien Masse"), _span(text, "Julien Masse", "ORG")})
    (contact,) = extract_contacts(text, [], None, bodies)
    assert (contact["name"], contact["organization"]) == ("Julien Masse", None)


@pytest.mark.parametrize(
    ("fragment", "organisation"),
    [
        ("Contact presse ARS Île-de-France : ars-idf-presse@ars.example.fr", "ARS Île-de-France"),
        ("Contact presse CCI Nouvelle-Aquitaine : presse@cci-na.example.fr", "CCI Nouvelle-Aquitaine"),
        (
            "Contact presse\nSDIS 35 – Service communication\n02 99 87 65 43",
            "SDIS 35 – Service communication",
        ),
        ("Contact presse\nCDOS 38\n04 76 20 00 00", "CDOS 38"),
        ("Press office\nEuropean Digital Forum\n+32 2 555 12 34", "European Digital Forum"),
        ("Media enquiries\nNordic Rail Alliance\n+46 8 555 000 00", "Nordic Rail Alliance"),
    ],
)
def test_acronym_offices_and_english_press_office_headings(fragment, organisation):
    (contact,) = _run(fragment)
    assert contact[:3] == (None, None, organisation)


@pytest.mark.parametrize(
    ("fragment", "person", "organisation"),
    [
        (
            "Contact presse : Laure Martin pour l'Union des aveugles de France – 06 21 21 21 21",
            "Laure Martin",
            "Union des aveugles de France",
        ),
        (
            "Contact : Rémi Caron pour la Fondation du Patrimoine – 06 31 31 31 31",
            "Rémi Caron",
            "Fondation du Patrimoine",
        ),
        (
            "Contact presse\nAgence Mistral pour la Fondation Lumière\nClaire Besson – 06 45 67 89 01",
            "Claire Besson",
            "Fondation Lumière",
        ),
    ],
)
def test_a_person_speaking_for_a_client(fragment, person, organisation):
    (contact,) = _run(fragment)
    assert (contact[0], contact[2]) == (person, organisation)


@pytest.mark.parametrize(
    ("fragment", "role", "organisation"),
    [
        (
            "Contact : Nathalie Girard, attachée de presse de l'ARS Occitanie, 04 67 07 20 57",
            "attachée de presse de l'ARS Occitanie",
            "ARS Occitanie",
        ),
        (
            "Contact : Paul Sorel, délégué général de l'UNAF Bretagne, 02 99 00 00 01",
            "délégué général de l'UNAF Bretagne",
            "UNAF Bretagne",
        ),
        (
            "Contact : Stéphanie Noël, directrice de la communication de la FFRandonnée, 01 44 89 93 93",
            "directrice de la communication de la FFRandonnée",
            "FFRandonnée",
        ),
    ],
)
def test_a_role_complement_opening_on_an_acronym_is_the_body(fragment, role, organisation):
    (contact,) = _run(fragment)
    assert contact[1:3] == (role, organisation)


def test_two_persons_on_one_line_after_their_numbers():
    assert _run(
        "Contacts presse : Lucas Ferry (06 11 11 11 11) et Jade Morin (06 22 22 22 22)", ("Lucas Ferry",)
    ) == [
        ("Lucas Ferry", None, None, [], ["+33611111111"]),
        ("Jade Morin", None, None, [], ["+33622222222"]),
    ]


@pytest.mark.parametrize(
    ("fragment", "organisation"),
    [
        ("Pour toute question, écrire à l'ADEME : presse@ademe.example.fr", "ADEME"),
        ("Les journalistes peuvent joindre la CNIL : presse@cnil.example.fr – 01 53 73 22 22", "CNIL"),
        ("Renseignements auprès de l'Office de tourisme : 04 50 45 00 33", "Office de tourisme"),
        (
            "Inscriptions auprès du Comité départemental olympique et sportif du Rhône : cdos@example.fr",
            "Comité départemental olympique et sportif du Rhône",
        ),
        (
            "Les journalistes peuvent s'inscrire auprès du service de presse de la Métropole européenne de "
            "Lille à l'adresse presse@metropole.example.fr.",
            "Métropole européenne de Lille",
        ),
        ("Contact presse\nAnne Petit – chargée de mission auprès du préfet – 06 33 33 33 33", None),
    ],
)
def test_the_body_an_entry_names_after_its_lead_words(fragment, organisation):
    (contact,) = _run(fragment)
    assert contact[2] == organisation


@pytest.mark.parametrize(
    ("fragment", "organisation"),
    [
        (
            "Préfecture du Nord – 12-14 rue Jean Sans Peur – 59039 Lille Cedex – Tél : 03 20 30 59 59 – "
            "www.nord.example.fr",
            "Préfecture du Nord",
        ),
        (
            "Mairie de Lorient – 2 boulevard Leclerc – CS 20001 – 56315 Lorient Cedex – "
            "Standard : 02 97 02 22 00",
            "Mairie de Lorient",
        ),
    ],
)
def test_a_footer_line_with_its_postal_address_is_a_block(fragment, organisation):
    (contact,) = _run(fragment)
    assert contact[2] == organisation


@pytest.mark.parametrize("label", ["Affaire suivie par", "Dossier suivi par"])
def test_an_office_letterhead_over_the_officer_in_charge(label):
    fragment = (
        f"CABINET DU PRÉFET\nBureau de la communication interministérielle\n{label} : Julie Martin\n"
        "Tél : 04 72 61 60 60\nMél : julie.martin@rhone.example.fr"
    )
    assert _run(fragment, ("Julie Martin",)) == [
        (
            "Julie Martin",
            None,
            "CABINET DU PRÉFET Bureau de la communication interministérielle",
            ["julie.martin@rhone.example.fr"],
            ["+33472616060"],
        )
    ]


@pytest.mark.parametrize(
    "fragment",
    [
        "Pour toute information sur la grippe aviaire – H5N1, le numéro vert : 0800 130 000, est accessible "
        "24h/24, 7 jours sur 7.",
        "Pour toute question sur la campagne de dépistage – VIH, la plateforme régionale : 0800 840 800, "
        "répond du lundi au vendredi.",
    ],
)
def test_an_acronym_in_a_hotline_sentence_is_not_its_body(fragment):
    (contact,) = _run(fragment)
    assert contact[2] is None


@pytest.mark.parametrize(
    "role",
    [
        "chargé·e de communication",
        "Chargé(e) des relations presse",
        "attaché.e de presse",
        "Présidente-directrice générale",
    ],
)
def test_inclusive_and_compound_role_words(role):
    (contact,) = _run(f"Contact presse\nCamille Roy, {role}\n06 11 22 33 44\ncamille.roy@asso.example.fr")
    assert contact[:2] == ("Camille Roy", role)


@pytest.mark.parametrize(
    ("printed", "e164"),
    [
        ("05 90 99 39 00", "+590590993900"),  # Guadeloupe
        ("0590 99 39 00", "+590590993900"),
        ("06 92 12 34 56", "+262692123456"),  # La Réunion
        ("05 94 25 00 00", "+594594250000"),  # Guyane
        ("05 96 39 36 00", "+596596393600"),  # Martinique (the metropolitan plan accepts it too)
        ("02 62 40 77 77", "+262262407777"),  # La Réunion, fixed line
    ],
)
def test_numbers_of_overseas_departments_are_read_in_their_region(printed, e164):
    (contact,) = _run(f"Contact presse\nARS Guadeloupe – Service communication\n{printed}")
    assert contact[4] == [e164]


def test_a_fax_of_an_overseas_department_is_still_left_out():
    (contact,) = _run("Contact presse\nTél : 05 90 99 39 00\nFax : 05 90 99 39 01")
    assert contact[4] == ["+590590993900"]


@pytest.mark.parametrize(
    "name", ["Jean-Baptiste N'Diaye", "Anne d'Ornano", "Mathieu O'Neill", "Émilie McGregor", "Aïcha Ben Saïd"]
)
def test_names_with_an_elided_or_prefixed_word_are_persons(name):
    (contact,) = _run(f"Contact presse\n{name} – 06 11 22 33 44")
    assert contact[0] == name and contact[2] is None


@pytest.mark.parametrize(
    "body", ["L'Oréal Paris", "Ville d'Avray", "Ville d'Antibes – Service communication"]
)
def test_an_elided_article_or_a_town_head_word_is_a_body(body):
    (contact,) = _run(f"Contact presse\n{body} – 06 11 22 33 44")
    assert contact[:3] == (None, None, body)


SESSION9 = [
    (
        "office_prefecture_sdci",
        (
            "Contact presse\nPréfecture de la Manche – Service départemental de la communication "
            "interministérielle\n02 33 75 49 50\npref-communication@manche.gouv.fr"
        ),
        [
            (
                None,
                None,
                ("Préfecture de la Manche – Service départemental de la communication interministérielle"),
                [
                    "pref-communication@manche.gouv.fr",
                ],
                [
                    "+33233754950",
                ],
            ),
        ],
    ),
    (
        "cabinet_du_prefet_one_line",
        (
            "Contact presse : Cabinet du préfet – Bureau de la communication\nTél. : 04 73 98 61 02 – "
            "Mél : pref-communication@puy-de-dome.gouv.fr"
        ),
        [
            (
                None,
                None,
                "Cabinet du préfet – Bureau de la communication",
                [
                    "pref-communication@puy-de-dome.gouv.fr",
                ],
                [
                    "+33473986102",
                ],
            ),
        ],
    ),
    (
        "two_bodies_before_colon",
        (
            "Contacts presse\nARS Bretagne : Gwenaëlle Le Floch – 02 22 06 74 41 – "
            "ars-bretagne-communication@ars.sante.fr\nCHU de Brest : Yannick Moal – 02 98 22 33 33 – "
            "presse@chu-brest.fr"
        ),
        [
            (
                "Gwenaëlle Le Floch",
                None,
                "ARS Bretagne",
                [
                    "ars-bretagne-communication@ars.sante.fr",
                ],
                [
                    "+33222067441",
                ],
            ),
            (
                "Yannick Moal",
                None,
                "CHU de Brest",
                [
                    "presse@chu-brest.fr",
                ],
                [
                    "+33298223333",
                ],
            ),
        ],
    ),
    (
        "role_colon_name",
        (
            "Relations presse\nAttachée de presse : Pauline Rivière\n06 45 67 89 "
            "01\npauline.riviere@festival-ondes.fr"
        ),
        [
            (
                "Pauline Rivière",
                "Attachée de presse",
                None,
                [
                    "pauline.riviere@festival-ondes.fr",
                ],
                [
                    "+33645678901",
                ],
            ),
        ],
    ),
    (
        "role_dash_body_next_line",
        (
            "Contact presse\nBenoît Arnaud\nResponsable communication – Fédération française de "
            "cyclotourisme\n01 56 20 88 88\nb.arnaud@ffct.org"
        ),
        [
            (
                "Benoît Arnaud",
                "Responsable communication",
                "Fédération française de cyclotourisme",
                [
                    "b.arnaud@ffct.org",
                ],
                [
                    "+33156208888",
                ],
            ),
        ],
    ),
    (
        "generic_mailbox_only",
        "Contact presse : presse@union-apiculteurs.fr",
        [
            (
                None,
                None,
                None,
                [
                    "presse@union-apiculteurs.fr",
                ],
                [],
            ),
        ],
    ),
    (
        "agency_for_salon",
        (
            "Contact presse : Agence Mistral Conseil pour le Salon de l'agriculture de Bourgogne\nJulie "
            "Fabre – 06 12 13 14 15 – julie@mistral-conseil.fr"
        ),
        [
            (
                "Julie Fabre",
                None,
                "Salon de l'agriculture de Bourgogne",
                [
                    "julie@mistral-conseil.fr",
                ],
                [
                    "+33612131415",
                ],
            ),
        ],
    ),
    (
        "rectorat_office",
        (
            "Contact\nRectorat de l'académie de Nantes – Service communication\n02 40 37 37 "
            "37\nce.communication@ac-nantes.fr"
        ),
        [
            (
                None,
                None,
                "Rectorat de l'académie de Nantes – Service communication",
                [
                    "ce.communication@ac-nantes.fr",
                ],
                [
                    "+33240373737",
                ],
            ),
        ],
    ),
    (
        "role_body_in_parentheses",
        (
            "Contact presse : Samia Bouzid, chargée de communication (Fédération des centres sociaux du "
            "Nord) – 03 20 00 00 00"
        ),
        [
            (
                "Samia Bouzid",
                "chargée de communication",
                "Fédération des centres sociaux du Nord",
                [],
                [
                    "+33320000000",
                ],
            ),
        ],
    ),
    (
        "capitals_surname_role_dash",
        (
            "CONTACT PRESSE\nCéline DUVAL – Chargée de communication\nUnion régionale des Scop\n06 78 "
            "90 12 34 – cduval@scop.example.coop"
        ),
        [
            (
                "Céline DUVAL",
                "Chargée de communication",
                "Union régionale des Scop",
                [
                    "cduval@scop.example.coop",
                ],
                [
                    "+33678901234",
                ],
            ),
        ],
    ),
    (
        "labels_tel_courriel",
        (
            "Votre contact presse :\nM. Thomas Bertin, directeur de la communication de la Ville de "
            "Rodez\nTél. : 05 65 77 88 00\nCourriel : thomas.bertin@mairie-rodez.fr"
        ),
        [
            (
                "Thomas Bertin",
                "directeur de la communication de la Ville de Rodez",
                "Ville de Rodez",
                [
                    "thomas.bertin@mairie-rodez.fr",
                ],
                [
                    "+33565778800",
                ],
            ),
        ],
    ),
    (
        "ministry_press_service",
        (
            "Contact presse\nMinistère de la Transition écologique – Service de presse\n01 40 81 78 "
            "31\npresse@ecologie.example.gouv.fr"
        ),
        [
            (
                None,
                None,
                "Ministère de la Transition écologique – Service de presse",
                [
                    "presse@ecologie.example.gouv.fr",
                ],
                [
                    "+33140817831",
                ],
            ),
        ],
    ),
    (
        "association_president_inline",
        (
            "Contact : Martine Roussel, présidente de l'association Les Jardins partagés du Vieux-Port, "
            "06 98 76 54 32"
        ),
        [
            (
                "Martine Roussel",
                "présidente de l'association Les Jardins partagés du Vieux-Port",
                "Les Jardins partagés du Vieux-Port",
                [],
                [
                    "+33698765432",
                ],
            ),
        ],
    ),
    (
        "ars_relations_presse_office",
        "Relations presse\nARS Occitanie\nars-oc-communication@ars.sante.fr\n04 67 07 20 57",
        [
            (
                None,
                None,
                "ARS Occitanie",
                [
                    "ars-oc-communication@ars.sante.fr",
                ],
                [
                    "+33467072057",
                ],
            ),
        ],
    ),
    (
        "two_persons_one_body",
        (
            "Contacts presse\nFédération des Vins de Loire\nAnne Giraud, chargée de communication – 02 "
            "41 00 11 22\nLucas Perrin, directeur – 02 41 00 11 23"
        ),
        [
            (
                "Anne Giraud",
                "chargée de communication",
                "Fédération des Vins de Loire",
                [],
                [
                    "+33241001122",
                ],
            ),
            (
                "Lucas Perrin",
                "directeur",
                "Fédération des Vins de Loire",
                [],
                [
                    "+33241001123",
                ],
            ),
        ],
    ),
    (
        "role_line_above_name",
        (
            "Contact presse\nChargée des relations médias\nÉmilie Vasseur\n01 44 55 66 "
            "77\nemilie.vasseur@fnaim.example.fr"
        ),
        [
            (
                "Émilie Vasseur",
                "Chargée des relations médias",
                None,
                [
                    "emilie.vasseur@fnaim.example.fr",
                ],
                [
                    "+33144556677",
                ],
            ),
        ],
    ),
    (
        "body_in_parentheses_after_name",
        (
            "Contact presse : Hugo Lemaire (Les Nuits de Fourvière), 06 21 22 23 24, "
            "hugo.lemaire@nuits.example.fr"
        ),
        [
            (
                "Hugo Lemaire",
                None,
                "Les Nuits de Fourvière",
                [
                    "hugo.lemaire@nuits.example.fr",
                ],
                [
                    "+33621222324",
                ],
            ),
        ],
    ),
    (
        "english_head_of_press",
        "Press contact: Anna Schmidt, Head of Press, Berlin Film Week – anna.schmidt@bfw.example.de",
        [
            (
                "Anna Schmidt",
                "Head of Press",
                "Berlin Film Week",
                [
                    "anna.schmidt@bfw.example.de",
                ],
                [],
            ),
        ],
    ),
    (
        "service_communication_colon",
        "Service communication : 03 80 00 00 00 – communication@cd21.example.fr",
        [
            (
                None,
                None,
                "Service communication",
                [
                    "communication@cd21.example.fr",
                ],
                [
                    "+33380000000",
                ],
            ),
        ],
    ),
    (
        "pour_toute_demande",
        "Pour toute demande presse : presse@fff.example.fr / 01 44 31 73 00",
        [
            (
                None,
                None,
                None,
                [
                    "presse@fff.example.fr",
                ],
                [
                    "+33144317300",
                ],
            ),
        ],
    ),
    (
        "mme_role_with_body",
        (
            "Contact presse : Mme Chloé Bernard, attachée de presse de la Ligue de l'enseignement – 01 "
            "43 58 97 00"
        ),
        [
            (
                "Chloé Bernard",
                "attachée de presse de la Ligue de l'enseignement",
                "Ligue de l'enseignement",
                [],
                [
                    "+33143589700",
                ],
            ),
        ],
    ),
    (
        "two_persons_slash",
        "Contacts : Anne Roy (06 11 11 11 11) / Paul Roy (06 22 22 22 22)",
        [
            (
                "Anne Roy",
                None,
                None,
                [],
                [
                    "+33611111111",
                ],
            ),
            (
                "Paul Roy",
                None,
                None,
                [],
                [
                    "+33622222222",
                ],
            ),
        ],
    ),
    (
        "tel_port_labels",
        (
            "Contact presse\nLouise Bertrand\nTél. 02 99 00 00 00 – Port. 06 00 00 00 "
            "01\nlouise.bertrand@cd35.example.fr"
        ),
        [
            (
                "Louise Bertrand",
                None,
                None,
                [
                    "louise.bertrand@cd35.example.fr",
                ],
                [
                    "+33299000000",
                    "+33600000001",
                ],
            ),
        ],
    ),
    (
        "role_above_attache",
        "Contact presse\nAttaché de presse\nThomas Girard\n06 71 72 73 74",
        [
            (
                "Thomas Girard",
                "Attaché de presse",
                None,
                [],
                [
                    "+33671727374",
                ],
            ),
        ],
    ),
    (
        "role_above_under_office",
        (
            "Contact presse\nMairie de Quimperlé\nDirectrice de la communication\nSophie Le Gall\n02 98 "
            "96 37 37"
        ),
        [
            (
                "Sophie Le Gall",
                "Directrice de la communication",
                "Mairie de Quimperlé",
                [],
                [
                    "+33298963737",
                ],
            ),
        ],
    ),
    (
        "role_above_english",
        "Media contact\nHead of Communications\nLaura Green\n+44 20 7946 0000",
        [
            (
                "Laura Green",
                "Head of Communications",
                None,
                [],
                [
                    "+442079460000",
                ],
            ),
        ],
    ),
    (
        "role_under_number_stays",
        ("Contact presse\nThomas Girard\n06 71 72 73 74\nAttaché de presse\n\nAnne Roux\n06 11 22 33 44"),
        [
            (
                "Thomas Girard",
                "Attaché de presse",
                None,
                [],
                [
                    "+33671727374",
                ],
            ),
            (
                "Anne Roux",
                None,
                None,
                [],
                [
                    "+33611223344",
                ],
            ),
        ],
    ),
    # boxes side by side with a gutter, an acronym's body over a person, addresses in a sentence
    (
        "columns_two_persons",
        (
            "Contacts presse\nARS Grand Est                          Préfecture de la Moselle\nClaire "
            "Muller                          Julien Bastien\n03 83 39 28 72                         03 "
            "87 34 87 34"
        ),
        [
            (
                "Claire Muller",
                None,
                "ARS Grand Est",
                [],
                [
                    "+33383392872",
                ],
            ),
            (
                "Julien Bastien",
                None,
                "Préfecture de la Moselle",
                [],
                [
                    "+33387348734",
                ],
            ),
        ],
    ),
    (
        "pipes",
        "Contact presse : Julie Martin | 06 12 34 56 78 | julie.martin@salon-vins.example.fr",
        [
            (
                "Julie Martin",
                None,
                None,
                [
                    "julie.martin@salon-vins.example.fr",
                ],
                [
                    "+33612345678",
                ],
            ),
        ],
    ),
    (
        "sentence_contact",
        (
            "Pour plus d'informations, contactez Julie Martin au 06 12 34 56 78 ou par courriel à "
            "julie.martin@exemple.fr."
        ),
        [
            (
                "Julie Martin",
                None,
                None,
                [
                    "julie.martin@exemple.fr",
                ],
                [
                    "+33612345678",
                ],
            ),
        ],
    ),
    (
        "agency_inline_dashes",
        (
            "Contact presse : Agence Wellcraft – Léa Rousseau – lea.rousseau@wellcraft.example.fr – 01 "
            "46 34 60 60"
        ),
        [
            (
                "Léa Rousseau",
                None,
                "Agence Wellcraft",
                [
                    "lea.rousseau@wellcraft.example.fr",
                ],
                [
                    "+33146346060",
                ],
            ),
        ],
    ),
    (
        "intl_format_phone",
        (
            "Contact presse\nMathilde Caron, responsable des relations presse\n+33 (0)6 45 12 78 "
            "90\nmathilde.caron@unaf.example.fr"
        ),
        [
            (
                "Mathilde Caron",
                "responsable des relations presse",
                None,
                [
                    "mathilde.caron@unaf.example.fr",
                ],
                [
                    "+33645127890",
                ],
            ),
        ],
    ),
    (
        "email_first",
        "Contact presse : communication@vendee-globe.example.org – 02 51 00 00 00",
        [
            (
                None,
                None,
                None,
                [
                    "communication@vendee-globe.example.org",
                ],
                [
                    "+33251000000",
                ],
            ),
        ],
    ),
    (
        "bilingual_heading",
        (
            "Contact presse / Press contact\nSophie Nguyen – sophie.nguyen@festival-lumieres.example.fr "
            "– +33 6 98 00 11 22"
        ),
        [
            (
                "Sophie Nguyen",
                None,
                None,
                [
                    "sophie.nguyen@festival-lumieres.example.fr",
                ],
                [
                    "+33698001122",
                ],
            ),
        ],
    ),
    (
        "cabinet_de_la_prefete_then_tel",
        (
            "Contact presse\nCabinet de la préfète\nBureau de la représentation de l'État et de la "
            "communication\nTél : 02 40 41 20 91\npref-presse@loire-atlantique.gouv.fr"
        ),
        [
            (
                None,
                None,
                "Cabinet de la préfète Bureau de la représentation de l'État et de la communication",
                [
                    "pref-presse@loire-atlantique.gouv.fr",
                ],
                [
                    "+33240412091",
                ],
            ),
        ],
    ),
    (
        "fax_not_phone",
        (
            "Contact presse\nMairie de Vannes – Service communication\nTél. 02 97 01 60 00 – Fax 02 97 "
            "01 60 01"
        ),
        [
            (
                None,
                None,
                "Mairie de Vannes – Service communication",
                [],
                [
                    "+33297016000",
                ],
            ),
        ],
    ),
    (
        "acronym_heading_cci",
        "Contact presse\nCCI Bretagne\nMarion Le Du – 02 99 25 41 41",
        [
            (
                "Marion Le Du",
                None,
                "CCI Bretagne",
                [],
                [
                    "+33299254141",
                ],
            ),
        ],
    ),
    (
        "sentence_joindre",
        "Les journalistes peuvent joindre Marc Olivier au 04 75 00 00 00.",
        [
            (
                "Marc Olivier",
                None,
                None,
                [],
                [
                    "+33475000000",
                ],
            ),
        ],
    ),
    (
        "tab_columns",
        (
            "Contacts presse\nVille de Rennes\t\tRennes Métropole\nAnne Le Roux\t\tPaul "
            "Riou\nanne.leroux@ville.example.fr\t\tpaul.riou@metropole.example.fr"
        ),
        [
            (
                "Anne Le Roux",
                None,
                "Ville de Rennes",
                [
                    "anne.leroux@ville.example.fr",
                ],
                [],
            ),
            (
                "Paul Riou",
                None,
                "Rennes Métropole",
                [
                    "paul.riou@metropole.example.fr",
                ],
                [],
            ),
        ],
    ),
    # a préfecture's signature office, role lines under names, markdown bold and mailto links
    (
        "prefecture_signature_office",
        (
            "Préfecture de la Gironde\nBureau de la communication interministérielle\nTél : 05 56 90 60 "
            "60\nMél : pref-communication@gironde.gouv.fr"
        ),
        [
            (
                None,
                None,
                "Préfecture de la Gironde Bureau de la communication interministérielle",
                [
                    "pref-communication@gironde.gouv.fr",
                ],
                [
                    "+33556906060",
                ],
            ),
        ],
    ),
    (
        "two_persons_role_lines",
        (
            "Contacts presse\nCamille Roux\nChargée de communication\n06 11 22 33 "
            "44\ncamille.roux@ffb.example.fr\n\nNicolas Petit\nDirecteur de la communication\n06 55 66 "
            "77 88\nnicolas.petit@ffb.example.fr"
        ),
        [
            (
                "Camille Roux",
                "Chargée de communication",
                None,
                [
                    "camille.roux@ffb.example.fr",
                ],
                [
                    "+33611223344",
                ],
            ),
            (
                "Nicolas Petit",
                "Directeur de la communication",
                None,
                [
                    "nicolas.petit@ffb.example.fr",
                ],
                [
                    "+33655667788",
                ],
            ),
        ],
    ),
    (
        "role_name_body_commas",
        (
            "Contact : Directrice de la communication, Isabelle Moreau, Fédération des Parcs naturels "
            "régionaux – 01 44 90 86 20"
        ),
        [
            (
                "Isabelle Moreau",
                "Directrice de la communication",
                "Fédération des Parcs naturels régionaux",
                [],
                [
                    "+33144908620",
                ],
            ),
        ],
    ),
    (
        "markdown_bold_name",
        "**Contact presse**\n**Hélène Garnier** – 06 10 20 30 40 – helene.garnier@cnaf.example.fr",
        [
            (
                "Hélène Garnier",
                None,
                None,
                [
                    "helene.garnier@cnaf.example.fr",
                ],
                [
                    "+33610203040",
                ],
            ),
        ],
    ),
    (
        "markdown_mailto",
        "Contact presse : [presse@afnic.example.fr](mailto:presse@afnic.example.fr)",
        [
            (
                None,
                None,
                None,
                [
                    "presse@afnic.example.fr",
                ],
                [],
            ),
        ],
    ),
    (
        "name_role_festival_lines",
        (
            "Contact presse :\nCharlotte Mercier\nAttachée de presse\nFestival international du film "
            "d'Annecy\n+33 6 12 34 56 78"
        ),
        [
            (
                "Charlotte Mercier",
                "Attachée de presse",
                "Festival international du film d'Annecy",
                [],
                [
                    "+33612345678",
                ],
            ),
        ],
    ),
    # a public hotline beside the press mailbox, a body line after a role naming a unit, slashes
    (
        "slashes_name_role",
        "Contact presse : Julien Roche / Responsable communication / 06 12 34 56 78",
        [
            (
                "Julien Roche",
                "Responsable communication",
                None,
                [],
                [
                    "+33612345678",
                ],
            ),
        ],
    ),
    (
        "role_of_acronym_body",
        "Contact presse : Marine Colin, chargée de communication de la CPAM du Gard, 04 66 00 00 00",
        [
            (
                "Marine Colin",
                "chargée de communication de la CPAM du Gard",
                "CPAM du Gard",
                [],
                [
                    "+33466000000",
                ],
            ),
        ],
    ),
    (
        "agency_for_federation_lines",
        (
            "Contact presse\nAgence Rouge Vif pour la Fédération française de voile\nNina "
            "Perret\nnina@rougevif.example.fr\n06 11 22 33 44"
        ),
        [
            (
                "Nina Perret",
                None,
                "Fédération française de voile",
                [
                    "nina@rougevif.example.fr",
                ],
                [
                    "+33611223344",
                ],
            ),
        ],
    ),
    (
        "press_and_public_hotline",
        ("Contact presse : presse@ars-paca.example.fr\nNuméro d'information du public : 0 800 130 000"),
        [
            (
                None,
                None,
                None,
                [
                    "presse@ars-paca.example.fr",
                ],
                [],
            ),
            (
                None,
                None,
                None,
                [],
                [
                    "+33800130000",
                ],
            ),
        ],
    ),
    (
        "unit_role_then_prefecture",
        (
            "Contact presse\nMme Sophie LAMBERT\nChef du bureau de la communication\nPréfecture du "
            "Var\n04 94 18 83 83"
        ),
        [
            (
                "Sophie LAMBERT",
                "Chef du bureau de la communication",
                "Préfecture du Var",
                [],
                [
                    "+33494188383",
                ],
            ),
        ],
    ),
    # a préfecture footer, a heading naming the body of every entry under it, a hotline after a person
    (
        "prefecture_footer_with_address",
        (
            "Contact presse :\nBureau de la communication interministérielle\n03 20 30 52 50 – "
            "pref-communication@nord.gouv.fr\n12 rue Jean Sans Peur – 59039 Lille "
            "Cedex\nwww.nord.gouv.fr"
        ),
        [
            (
                None,
                None,
                "Bureau de la communication interministérielle",
                [
                    "pref-communication@nord.gouv.fr",
                ],
                [
                    "+33320305250",
                ],
            ),
        ],
    ),
    (
        "ars_heading_mailbox_then_persons",
        (
            "Contacts presse ARS Hauts-de-France\nars-hdf-presse@ars.sante.fr\nSandrine Leroy : 03 62 "
            "72 86 44\nMarc Dubois : 03 62 72 87 00"
        ),
        [
            (
                None,
                None,
                "ARS Hauts-de-France",
                [
                    "ars-hdf-presse@ars.sante.fr",
                ],
                [],
            ),
            (
                "Sandrine Leroy",
                None,
                "ARS Hauts-de-France",
                [],
                [
                    "+33362728644",
                ],
            ),
            (
                "Marc Dubois",
                None,
                "ARS Hauts-de-France",
                [],
                [
                    "+33362728700",
                ],
            ),
        ],
    ),
    (
        "person_then_hotline",
        "Contact presse : Anne Roux – 06 11 22 33 44\nNuméro vert : 0 800 00 11 22",
        [
            (
                "Anne Roux",
                None,
                None,
                [],
                [
                    "+33611223344",
                ],
            ),
            (
                None,
                None,
                None,
                [],
                [
                    "+33800001122",
                ],
            ),
        ],
    ),
    # names in capitals, surname first
    (
        "caps_name_line",
        "CONTACT PRESSE\nJULIE MARTIN – 06 12 34 56 78 – julie.martin@cr-normandie.example.fr",
        [
            (
                "JULIE MARTIN",
                None,
                None,
                [
                    "julie.martin@cr-normandie.example.fr",
                ],
                [
                    "+33612345678",
                ],
            ),
        ],
    ),
    (
        "surname_first_caps",
        "Contact presse : DURAND Sophie, chargée de communication – 02 35 00 00 00",
        [
            (
                "DURAND Sophie",
                "chargée de communication",
                None,
                [],
                [
                    "+33235000000",
                ],
            ),
        ],
    ),
    # a body after the name (acronym, dash), a role naming a federation, a school's contest contact
    (
        "name_comma_acronym_body",
        "Contact presse : Anne Roy, ARS Normandie, 02 31 70 95 10",
        [
            (
                "Anne Roy",
                None,
                "ARS Normandie",
                [],
                [
                    "+33231709510",
                ],
            ),
        ],
    ),
    (
        "name_dash_chu",
        ("Contact presse : Benoît Lemaire – CHU de Caen – 02 31 06 31 06 – lemaire-b@chu-caen.example.fr"),
        [
            (
                "Benoît Lemaire",
                None,
                "CHU de Caen",
                [
                    "lemaire-b@chu-caen.example.fr",
                ],
                [
                    "+33231063106",
                ],
            ),
        ],
    ),
    (
        "role_at_federation_inline",
        (
            "Contact presse : Yasmine Haddad, responsable communication de la Fédération nationale des "
            "syndicats d'exploitants agricoles, 01 53 83 47 47"
        ),
        [
            (
                "Yasmine Haddad",
                (
                    "responsable communication de la Fédération nationale des syndicats d'exploitants "
                    "agricoles"
                ),
                "Fédération nationale des syndicats d'exploitants agricoles",
                [],
                [
                    "+33153834747",
                ],
            ),
        ],
    ),
    (
        "school_contest_contact",
        (
            "Contact\nLycée Marie-Curie – M. Olivier Brunet, professeur référent du concours\n04 78 00 "
            "00 00 – olivier.brunet@ac-lyon.example.fr"
        ),
        [
            (
                "Olivier Brunet",
                "professeur référent du concours",
                "Lycée Marie-Curie",
                [
                    "olivier.brunet@ac-lyon.example.fr",
                ],
                [
                    "+33478000000",
                ],
            ),
        ],
    ),
    # a sentence asking to contact a person the French model misses
    (
        "sentence_english",
        "For further information, please contact Emma Clarke at emma.clarke@example.org.",
        [
            (
                "Emma Clarke",
                None,
                None,
                [
                    "emma.clarke@example.org",
                ],
                [],
            ),
        ],
    ),
    (
        "sentence_contacter_first_name",
        "Pour toute question, vous pouvez contacter Jean Morel au 06 00 00 00 01.",
        [
            (
                "Jean Morel",
                None,
                None,
                [],
                [
                    "+33600000001",
                ],
            ),
        ],
    ),
]
"""Offices instead of persons, bodies before a colon, roles before or after the name (on the line
above, after a colon, after a dash), an agency for its client, a generic mailbox, labelled numbers,
two boxes read across a gutter, a body named by an acronym over its person, a sentence naming the
person before the number."""


@pytest.mark.parametrize(("fragment", "expected"), [c[1:] for c in SESSION9], ids=[c[0] for c in SESSION9])
def test_contact_blocks_through_the_pipeline(nlp, fragment, expected):
    """The whole pipeline: persons come from the entity extractor, as in a real release."""
    doc = nlp(INTRO + fragment)
    got = [(c["name"], c["role"], c["organization"], c["emails"], c["phones"]) for c in doc._.contacts]
    assert got == [tuple(e) for e in expected]
