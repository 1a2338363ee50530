"""Office entries of contact blocks (session 10): an office heading the unit that prints its
number, a section heading in capitals that is no one's name, and a line naming a kind of contact
that starts an entry of its own. Invented fragments in the shapes of several kinds of issuers."""

import pytest
from contact_fragments import INTRO, contacts_in

from pipeline.extractors.contacts import extract_contacts


@pytest.mark.parametrize(
    ("fragment", "organisation"),
    [
        (
            "Contact presse\nCabinet de la préfète\n"
            "Bureau de la communication interministérielle : 04 66 36 40 18",
            "Cabinet de la préfète Bureau de la communication interministérielle",
        ),
        (
            "Contact presse\nDélégation à l'information et à la communication\n"
            "Service de presse : 01 40 15 83 31",
            "Délégation à l'information et à la communication Service de presse",
        ),
        (
            "Contact presse\nARS Bretagne\nDirection territoriale Ille-et-Vilaine – 02 22 06 74 85",
            "ARS Bretagne Direction territoriale Ille-et-Vilaine",
        ),
    ],
)
def test_an_office_heading_the_unit_that_prints_the_number_is_one_office(fragment, organisation):
    (contact,) = contacts_in(fragment)
    assert contact[0] is None
    assert contact[1] == organisation


@pytest.mark.parametrize(
    ("fragment", "organisation"),
    [
        (
            "Contact presse\nPréfecture du Gard\n"
            "Bureau de la communication interministérielle : 04 66 36 40 18",
            "Préfecture du Gard",
        ),
        ("Contact presse\nARS Bretagne\nService communication – 02 22 06 74 85", "ARS Bretagne"),
        (
            "Contacts\nFédération française de randonnée\nService presse presse@ffrandonnee.example.fr",
            "Fédération française de randonnée",
        ),
        ("Contact presse\nCHU de Rennes\nDirection de la communication – 02 99 28 42 40", "CHU de Rennes"),
        (
            "Sous-préfecture de Morlaix\nBureau du cabinet – 02 98 88 00 00\nsp-com@finistere.example.fr",
            "Sous-préfecture de Morlaix",
        ),
        (
            "Préfecture du Morbihan\nBureau de la communication\n02 97 00 00 00 – com@morbihan.example.fr",
            "Préfecture du Morbihan Bureau de la communication",
        ),
        (
            "Contact presse\nDirection régionale Val-de-Loire\nService communication – 02 47 00 00 00",
            "Direction régionale Val-de-Loire",
        ),
    ],
)
def test_a_press_unit_under_a_body_leaves_the_body_alone(fragment, organisation):
    """Session 17: the body heading the entry is whom it speaks for; the press unit printed with the
    number under it, naming nothing else, only labels the number."""
    (contact,) = contacts_in(fragment)
    assert contact[:2] == (None, organisation)


def test_a_person_over_a_unit_keeps_her_name():
    (contact,) = contacts_in(
        "Contact presse\nJulie Martin\nService communication – 02 22 06 74 85", ("Julie Martin",)
    )
    assert contact[:2] == ("Julie Martin", "Service communication")


@pytest.mark.parametrize(
    "heading",
    ["INFORMATIONS PRATIQUES", "EN SAVOIR PLUS", "Renseignements"],
)
def test_a_section_heading_over_a_number_is_no_one(heading):
    (contact,) = contacts_in(f"{heading}\nBilletterie : 04 72 32 00 00")
    # the heading names no one; the desk names the office (session 19, dev-s/dev-t gold)
    assert contact[:2] == (None, "Billetterie")


@pytest.mark.parametrize(
    ("line", "name"),
    [("MARIE DUPONT", "MARIE DUPONT"), ("DUPONT Marie", "DUPONT Marie"), ("ATELIER BOIS", None)],
)
def test_a_line_in_capitals_is_a_name_only_with_a_first_name(line, name):
    (contact,) = contacts_in(f"Contact presse\n{line}\n06 12 34 56 78")
    assert contact[0] == name


@pytest.mark.parametrize(
    ("fragment", "persons", "expected"),
    [
        (
            "Relations presse : Agence Clé Com\nLaura Benoît\nlaura.benoit@clecom.example.fr\n\n"
            "Contact organisateurs : contact@concours.example.fr",
            ("Laura Benoît",),
            [
                ("Laura Benoît", "Agence Clé Com", ["laura.benoit@clecom.example.fr"], []),
                (None, None, ["contact@concours.example.fr"], []),
            ],
        ),
        (
            "Julie Roux – 06 12 34 56 78\nContact presse : presse@mairie.example.fr",
            ("Julie Roux",),
            [
                ("Julie Roux", None, [], ["+33612345678"]),
                (None, None, ["presse@mairie.example.fr"], []),
            ],
        ),
        (
            "Contact presse\nPaul Vidal – 06 12 34 56 78\nContact : paul.vidal@club.example.fr",
            ("Paul Vidal",),
            [("Paul Vidal", None, ["paul.vidal@club.example.fr"], ["+33612345678"])],
        ),
    ],
)
def test_a_line_naming_a_kind_of_contact_starts_an_entry(fragment, persons, expected):
    assert contacts_in(fragment, persons) == [tuple(e) for e in expected]


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "Capitaine Léa Morvan, officier communication du groupement de gendarmerie",
            "Léa Morvan",
            "officier communication du groupement de gendarmerie",
        ),
        ("Commandant Yves Garnier, officier presse du SDIS 35", "Yves Garnier", "officier presse du SDIS 35"),
        (
            "Lieutenant-colonel Paul Henry, chef du bureau communication",
            "Paul Henry",
            "chef du bureau communication",
        ),
    ],
)
def test_a_rank_before_the_name_is_not_part_of_it(line, name, role):
    (contact,) = contacts_in(f"Contact presse\n{line}\n02 97 47 14 50", (name,))
    assert contact[0] == name
    got = extract_contacts(INTRO + f"Contact presse\n{line}\n02 97 47 14 50", [])
    assert got[0]["role"] == role


@pytest.mark.parametrize(
    ("line", "role", "organisation"),
    [
        (
            "Coordination du festival : Maison de la culture – 04 73 00 00 00",
            "Coordination du festival",
            "Maison de la culture",
        ),
        (
            "Chargée de communication : Préfecture du Var – 04 94 18 83 83",
            "Chargée de communication",
            "Préfecture du Var",
        ),
    ],
)
def test_a_function_before_the_office_is_its_role(line, role, organisation):
    (contact,) = extract_contacts(INTRO + f"Contacts\n{line}", [])
    assert (contact["name"], contact["role"], contact["organization"]) == (None, role, organisation)


@pytest.mark.parametrize(
    ("line", "persons", "expected"),
    [
        (
            "Relations presse : Agence Kalix – Thibault Noyer – 06 20 33 47 81",
            ("Thibault Noyer",),
            ("Thibault Noyer", "Relations presse", "Agence Kalix"),
        ),
        (
            "Groupe Verlaine – Relations investisseurs : Sophie Carmel – 04 77 49 20 00",
            ("Sophie Carmel",),
            ("Sophie Carmel", "Relations investisseurs", "Groupe Verlaine"),
        ),
        (
            "Presse régionale : Théo Martel – 07 68 44 10 03",
            ("Théo Martel",),
            ("Théo Martel", "Presse régionale", None),
        ),
        (
            "Relations médias : Hugo Petit, responsable communication – 06 11 22 33 44",
            ("Hugo Petit",),
            ("Hugo Petit", "responsable communication", None),
        ),
    ],
)
def test_a_function_before_a_colon_is_the_persons_role(line, persons, expected):
    text = INTRO + "Contacts\n" + line
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    (contact,) = extract_contacts(text, spans)
    assert (contact["name"], contact["role"], contact["organization"]) == expected


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("Agence Zeste RP : Hugo Carpentier – 06 74 21 90 35", "Agence Zeste RP"),
        ("Cabinet Verbatim Conseil : Hugo Carpentier – 06 74 21 90 35", "Cabinet Verbatim Conseil"),
        ("Ateliers Morvan : Hugo Carpentier – 06 74 21 90 35", "Ateliers Morvan"),
    ],
)
def test_a_body_before_a_colon_keeps_its_last_word(line, organisation):
    # 'Ateliers Morvan' as the entities may read it: a person
    text = INTRO + "Contacts presse\n" + line
    spans = [(text.index("Hugo"), text.index("Hugo") + len("Hugo Carpentier"))]
    if line.startswith("Ateliers"):
        spans.append((text.index("Ateliers"), text.index("Ateliers") + len("Ateliers Morvan")))
    (contact,) = extract_contacts(text, sorted(spans))
    assert (contact["name"], contact["organization"]) == ("Hugo Carpentier", organisation)


def test_a_sous_prefecture_is_an_office_not_a_person():
    (contact,) = contacts_in(
        "Contact presse :\nSous-préfecture de Saint-Nazaire – Bureau du cabinet\nTél. : 02 40 00 72 18"
    )
    assert contact[:2] == (None, "Sous-préfecture de Saint-Nazaire – Bureau du cabinet")


def test_a_labelled_standby_number_stays_with_the_office():
    (contact,) = contacts_in(
        "Service communication SDIS 83\nPermanence presse : 04 94 60 37 41 | Astreinte : 06 80 27 14 62\n"
        "communication@sdis83.example.fr"
    )
    assert contact == (
        None,
        "Service communication SDIS 83",
        ["communication@sdis83.example.fr"],
        ["+33494603741", "+33680271462"],
    )


def test_a_described_line_under_an_office_heading_is_that_offices():
    got = contacts_in(
        "Contacts presse\nDépartement de la Loire – Direction de la communication\n"
        "Marine Toussaint : 04 77 48 40 00\nStandard presse : 04 77 48 42 42 – presse@loire.example.fr",
        ("Marine Toussaint",),
    )
    office = "Département de la Loire – Direction de la communication"
    assert got == [
        ("Marine Toussaint", office, [], ["+33477484000"]),
        (None, office, ["presse@loire.example.fr"], ["+33477484242"]),
    ]


def test_a_mailbox_at_the_issuers_domain_names_no_organisation():
    text = INTRO + "Contact presse : presse@maisonia.example.fr – 01 85 65 40 40"
    issuer = {"value": "Maisonia", "start": 0, "end": 3, "text": "Le "}
    (contact,) = extract_contacts(text, [], issuer)
    assert contact["organization"] is None
    text = INTRO + "Contact : maisonia@example.gouv.fr"
    (contact,) = extract_contacts(text, [], issuer)
    assert contact["organization"] == "Maisonia"


def test_a_toll_free_number_is_the_nations_in_an_overseas_release():
    (contact,) = contacts_in("Contact presse\nARS Martinique\nNuméro vert : 0 800 130 000\n05 96 39 36 00")
    assert contact[3] == ["+33800130000", "+596596393600"]


@pytest.mark.parametrize(
    ("fragment", "persons", "expected"),
    [
        (
            "Contact presse :\nPréfecture du Finistère – Mission communication – Hélène Barthe\n"
            "02 99 28 21 00",
            ("Hélène Barthe",),
            [("Hélène Barthe", "Préfecture du Finistère – Mission communication", [], ["+33299282100"])],
        ),
        (
            "Contacts presse\nDélégation à l'information et à la communication de la défense (DICoD) – "
            "09 88 67 30 00",
            (),
            [
                (
                    None,
                    "Délégation à l'information et à la communication de la défense (DICoD)",
                    [],
                    ["+33988673000"],
                )
            ],
        ),
        (
            "Contacts presse :\nU2P 86 - Mme Sylvie Renaudin, secrétaire générale - 06.12.03.44.58",
            ("Sylvie Renaudin",),
            [("Sylvie Renaudin", "U2P 86", [], ["+33612034458"])],
        ),
        (
            "Pour la presse : Delphine Sarraute, responsable des relations médias - 05 58 46 70 22",
            ("Delphine Sarraute",),
            [("Delphine Sarraute", None, [], ["+33558467022"])],
        ),
        (
            "Le Bureau national de la Fédération\n\n"
            "Contact presse : Patrick Desmarais, président – 06 03 58 72 14",
            ("Patrick Desmarais",),
            [("Patrick Desmarais", None, [], ["+33603587214"])],
        ),
        (
            "Contact presse : cellule communication du GGD 87 - 05 55 11 87 40",
            (),
            [(None, "cellule communication du GGD 87", [], ["+33555118740"])],
        ),
        (
            "Toute personne ayant des informations est priée de\n"
            "contacter la brigade de gendarmerie de Saint-Junien au 05 55 02 10 17.",
            (),
            [(None, "brigade de gendarmerie de Saint-Junien", [], ["+33555021017"])],
        ),
        (
            "Contact presse : Élodie Fabre – 06 59 31 77 08\n"
            "Ligne d'écoute patientes : 09 70 75 12 34 (appel non surtaxé)",
            ("Élodie Fabre",),
            [
                ("Élodie Fabre", None, [], ["+33659317708"]),
                (None, "Ligne d'écoute patientes", [], ["+33970751234"]),
            ],
        ),
    ],
)
def test_bodies_as_printed_in_contact_lines(fragment, persons, expected):
    assert contacts_in(fragment, persons) == [tuple(e) for e in expected]


def test_two_boxes_read_across_are_cut_before_the_second_bodys_acronym():
    got = contacts_in(
        "Contacts presse\nHaropa Port CCI Seine Estuaire\nJulie Morel Thomas Brunet\n"
        "06 30 12 45 78 02 35 55 26 00\njulie.morel@port.example.com t.brunet@cci.example.fr",
        ("Julie Morel", "Thomas Brunet"),
    )
    assert [(c[0], c[2], c[3]) for c in got] == [
        ("Julie Morel", ["julie.morel@port.example.com"], ["+33630124578"]),
        ("Thomas Brunet", ["t.brunet@cci.example.fr"], ["+33235552600"]),
    ]
    assert got[1][1] == "CCI Seine Estuaire"


def test_a_unit_under_a_heading_naming_the_body_is_an_office_of_its_own():
    got = contacts_in(
        "Contacts presse HCL\nService de presse : 04 72 40 70 88 - presse@chu.example.fr\n"
        "Margaux Pélissier, chargée des relations médias - 06 33 71 28 54",
        ("Margaux Pélissier",),
    )
    assert [(c[0], c[1]) for c in got] == [(None, "Service de presse"), ("Margaux Pélissier", "HCL")]


def test_a_signature_line_above_a_press_heading_is_not_the_contacts_body():
    fragment = (
        "Communauté de communes du Val Morin — Direction de la communication\n\n"
        "Presse : Romane Vasseur · 03 21 45 67 89 · r.vasseur@cc-valmorin.fr\n"
    )
    found = contacts_in(fragment, ("Romane Vasseur",))
    assert [(name, organisation) for name, organisation, _, _ in found] == [("Romane Vasseur", None)]


@pytest.mark.parametrize(
    ("fragment", "organisation"),
    [
        (
            "Contact presse :\n"
            "Greffe du tribunal judiciaire de Varennes – chargée de communication : Mme Inès Roubaud\n"
            "03 86 00 11 22 – communication@varennes-exemple.fr",
            "Greffe du tribunal judiciaire de Varennes",
        ),
        ("Astreinte du syndicat (public) : 03 84 00 11 22", None),  # no proper name: a desk
    ],
)
def test_a_unit_of_a_named_body_is_an_organisation(fragment, organisation):
    found = contacts_in(fragment, tuple(p for p in ("Inès Roubaud",) if p in fragment))
    assert found[0][1] == organisation
