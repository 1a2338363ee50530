"""Session 18: an office printed on one line with its body (convention g), a body's signature right
above a 'Contact presse :' line, a heading naming its body after a dash (a box's top edge too), and
a running footer repeating a mailbox. Invented fragments in the shapes of several kinds of issuers."""

import pytest
from contact_fragments import contacts_in


@pytest.mark.parametrize(
    ("fragment", "persons", "organisation"),
    [
        (
            "Contacts presse\nDirection de la communication – Département de la Drôme\n"
            "Camille Ferrand : 04 75 79 26 26\ncamille.ferrand@ladrome.example.fr",
            ("Camille Ferrand",),
            "Direction de la communication – Département de la Drôme",
        ),
        (
            "Contact presse\nService presse, Ville de Vierzon – 02 48 52 65 00 – presse@vierzon.example.fr",
            (),
            "Service presse, Ville de Vierzon",
        ),
        (
            "Service communication – Communauté de communes du Pays d'Olmes – 05 61 01 02 03",
            (),
            "Service communication – Communauté de communes du Pays d'Olmes",
        ),
        (
            "- Rectorat de Guadeloupe – Cellule communication : 05 90 47 81 00",
            (),
            "Rectorat de Guadeloupe – Cellule communication",
        ),
    ],
)
def test_an_office_printed_with_its_body_on_one_line_is_the_organisation_as_printed(
    fragment, persons, organisation
):
    (contact,) = contacts_in(fragment, persons)
    assert contact[1] == organisation


def test_a_body_before_a_colon_stays_the_entry_label():
    """'Body : Service presse – …' names whose press service answers: the body alone."""
    (contact,) = contacts_in("Département de la Meuse : Service presse – 03 29 00 00 00")
    assert contact[1] == "Département de la Meuse"


def test_a_press_desk_then_a_number_label_is_no_office_pair():
    (contact,) = contacts_in("Service presse – Tél. 05 34 00 00 00 – presse@cd31.example.fr")
    assert contact[1] == "Service presse"


@pytest.mark.parametrize(
    "signature",
    [
        "Comité départemental de tennis de table du Gers",
        "*Département du Cantal – Direction des routes*",
        "Le bureau de l'Union cycliste de Riom",
    ],
)
def test_a_body_signature_above_a_contact_line_is_not_its_organisation(signature):
    fragment = f"{signature}\nContact presse : Élodie Marchand – 06 11 22 33 44 – presse@club.example.fr"
    (contact,) = contacts_in(fragment, ("Élodie Marchand",))
    assert contact[:2] == ("Élodie Marchand", None)


def test_a_communication_office_signature_above_a_contact_line_is_its_organisation():
    fragment = (
        "Ville de Lannion – Direction de la communication\nContact presse : Élodie Marchand, 02 96 00 00 00"
    )
    (contact,) = contacts_in(fragment, ("Élodie Marchand",))
    assert contact[1] == "Ville de Lannion – Direction de la communication"


def test_a_signing_person_above_a_bare_contact_line_is_the_contact():
    fragment = "Pour le conseil,\nJulien Perrot, trésorier\nContact presse : 06 12 34 56 78"
    (contact,) = contacts_in(fragment, ("Julien Perrot",))
    assert contact[0] == "Julien Perrot"


@pytest.mark.parametrize(
    "heading",
    [
        "Contact presse – Fromageries Delaroche",
        "┌─ Contact presse – Fromageries Delaroche ───────────┐",
    ],
)
def test_a_heading_names_its_body_after_a_dash(heading):
    fragment = (
        f"{heading}\n│ Inès Garnier, responsable communication │\n"
        "│ 04 73 00 00 00 – presse@fromageries-delaroche.example.fr │"
    )
    # the model may call the body a person: the mail domain says it is the body
    persons = ("Inès Garnier", "Fromageries Delaroche")
    (contact,) = contacts_in(fragment, persons)
    assert contact[:2] == ("Inès Garnier", "Fromageries Delaroche")


def test_a_heading_naming_a_person_after_a_dash_stays_a_person():
    (contact,) = contacts_in("Contact presse – Julie Roux\n06 12 34 56 78")
    assert contact[0] == "Julie Roux"


def test_a_running_footer_repeating_a_mailbox_is_no_contact():
    fragment = (
        "Contacts presse\nSecrétariat départemental – 04 71 00 00 00 – sd43@synd.example.fr\n\n"
        "SYND 43 – 4 rue des Lilas, 43000 Le Puy-en-Velay – sd43@synd.example.fr – page 1/2\n"
    )
    contacts = contacts_in(fragment)
    assert [c[1] for c in contacts] == ["Secrétariat départemental"]


@pytest.mark.parametrize(
    ("fragment", "persons", "expected"),
    [
        (
            "CONTACT PRESSE\nAgence Marelle – pour le Festival des Embruns\n"
            "Clara Petit – 06 10 20 30 40\nYanis Roche – 06 50 60 70 80",
            ("Clara Petit", "Yanis Roche"),
            ["Festival des Embruns", "Festival des Embruns"],
        ),
        (
            "Contacts presse\nAgence Marelle, pour le compte de la Biscuiterie Quéré\n"
            "Clara Petit – 06 10 20 30 40",
            ("Clara Petit",),
            ["Biscuiterie Quéré"],
        ),
    ],
)
def test_an_agency_heading_speaks_for_its_client(fragment, persons, expected):
    """The guide: a press agency speaking for a client gives the client as organisation."""
    assert [c[1] for c in contacts_in(fragment, persons)] == expected


@pytest.mark.parametrize(
    "person_line",
    [
        "Hugo Renard, directeur de la communication et des relations publiques",
        "Hugo Renard, directeur de la communication de la Chambre de métiers d'Ille-et-Vilaine",
    ],
)
def test_a_person_line_with_a_long_role_is_no_sentence_wrapped_over_the_number(person_line):
    """A role and its complement running over eight words, ending on a lower-case word or an elided
    name (`d'Ille-et-Vilaine`), do not make the address line under it a sentence's tail."""
    fragment = f"Contact presse\n{person_line}\n02 99 65 32 00 – h.renard@cma.example.fr"
    (contact,) = contacts_in(fragment, ("Hugo Renard",))
    assert contact[0] == "Hugo Renard"


@pytest.mark.parametrize(
    ("fragment", "organisation"),
    [
        ("Contact presse de la Ville de Morlaix\nClémence Rio – 02 98 00 00 00", "Ville de Morlaix"),
        (
            "Contact presse du Festival des Hortensias :\nClémence Rio – 02 98 00 00 00",
            "Festival des Hortensias",
        ),
        ("Contact presse pour Brixol : Clémence Rio – 06 12 34 56 78", "Brixol"),
        ("Contact presse : Clémence Rio pour Brixol – 06 12 34 56 78", "Brixol"),
        ("Pour Brixol : Clémence Rio – 06 12 34 56 78", "Brixol"),
        ("Contact presse de l'association\nClémence Rio – 02 98 00 00 00", None),
        ("Pour la Ville : Clémence Rio – 02 98 00 00 00", None),
    ],
)
def test_a_heading_or_a_lead_naming_the_body_after_de_or_pour(fragment, organisation):
    (contact,) = contacts_in(fragment, ("Clémence Rio",))
    assert contact[:2] == ("Clémence Rio", organisation)


def test_an_office_line_under_the_person_is_printed_whole():
    fragment = (
        "Contacts presse\nClémence Rio\nDirection de la communication – Lorient Agglomération\n"
        "02 97 02 29 00 – presse@agglo.example.fr"
    )
    (contact,) = contacts_in(fragment, ("Clémence Rio",))
    assert contact[1] == "Direction de la communication – Lorient Agglomération"


def test_a_body_over_a_bare_contact_line_is_its_office():
    """No one else is named: the body line over 'Contact presse : 02 …' is the office answering."""
    fragment = "Préfecture du Finistère\nContact presse : 02 98 00 00 00 – communication@pref.example.fr"
    (contact,) = contacts_in(fragment)
    assert contact[:2] == (None, "Préfecture du Finistère")
