"""Session 23 shapes of the issuer (pipeline/extractors/issuer/): a State service's bloc marque over
the motto, a letter's 'Pour l'X' sign-off over its head, a press agency's letterhead over 'pour
CLIENT', a body's name alone under a bare press heading, a person read as a contact's office, a
closing 'ACRONYM – full name' line cut at a dash inside a word. Invented fragments."""

import pytest

from pipeline.api import Extractor
from tests.extractors.issuer_fragments import BODY, metadata_of, same

MOTTO = "Liberté\nÉgalité\nFraternité\n"
GENRE = "COMMUNIQUÉ DE PRESSE\n\nRennes, le 4 mai 2026\n\n"
HEADLINE = "Une journée portes ouvertes et une cérémonie sur la place d'armes\n\n"
LEDE = "Rennes, le 4 mai 2026\n\nLes salariés refusent la fermeture annoncée du site de production\n\n"


@pytest.mark.parametrize(
    ("bloc", "unit"),
    [
        ("ARMÉE DE TERRE", "3e régiment de transmissions"),
        ("MARINE NATIONALE", "Base navale de Brest"),
        ("ARMÉE DE L'AIR ET DE L'ESPACE", "Base aérienne 105 – Évreux"),
    ],
)
def test_a_bloc_marque_over_the_motto_is_the_issuer(bloc, unit):
    release = f"{bloc}\n{MOTTO}{unit}\n\n{GENRE}{HEADLINE}{BODY}"
    assert same(metadata_of(release)["issuer"], bloc)


def test_the_states_own_name_over_the_motto_still_gives_the_body_under_it():
    release = f"RÉPUBLIQUE FRANÇAISE\n{MOTTO}Santé publique France\n\n{GENRE}{HEADLINE}{BODY}"
    assert same(metadata_of(release)["issuer"], "Santé publique France")


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        (
            "Pour l'Union locale CGT du pays de Morlaix\nLe secrétaire général, Yann Le Goff",
            "Union locale CGT du pays de Morlaix",
        ),
        (
            "Pour la Fédération départementale des chasseurs de l'Ain\nLe président, Paul Morel",
            "Fédération départementale des chasseurs de l'Ain",
        ),
        (
            "Pour le Syndicat mixte du bassin de la Vire,\nAnne Roux, présidente",
            "Syndicat mixte du bassin de la Vire",
        ),
    ],
)
def test_a_letters_sign_off_names_the_body_its_head_signs_for(signature, expected):
    release = f"{LEDE}{BODY}{BODY}{signature}\n\nContact : 06 12 34 56 78\n"
    assert same(metadata_of(release)["issuer"], expected)


def test_a_quote_opening_on_pour_is_no_sign_off():
    release = (
        f"{LEDE}{BODY}{BODY}Pour Anne Roux, présidente de l'association,\n"
        "« nous irons jusqu'au bout ».\n\nContact : 06 12 34 56 78\n"
    )
    assert metadata_of(release)["issuer"] is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("MISTRAL RELATIONS PRESSE\npour BRASSERIE DU VERCORS", "BRASSERIE DU VERCORS"),
        ("Agence Cap Ouest\npour le compte de la Fondation Ker Avel", "Fondation Ker Avel"),
        ("BUREAU LUMEN – RP\npour Éditions de la Presqu'île", "Éditions de la Presqu'île"),
    ],
)
def test_a_press_agencys_letterhead_over_its_client_gives_the_client(header, expected):
    release = f"{header}\n\n{GENRE}{HEADLINE}{BODY}"
    assert same(metadata_of(release)["issuer"], expected)


@pytest.mark.parametrize(
    ("body", "office"),
    [
        ("Chambre des notaires du Doubs", "Secrétariat de la Chambre – Mme Jeanne Morel"),
        ("Ordre des architectes de Normandie", "Service juridique – M. Paul Girard"),
    ],
)
def test_a_bodys_name_alone_under_a_bare_press_heading_is_the_issuer(body, office):
    contact = f"CONTACT PRESSE\n{body}\n{office}\n02 31 45 67 89\npresse@exemple-ordre.fr\n"
    release = f"{LEDE}{BODY}{BODY}{contact}"
    assert same(metadata_of(release)["issuer"], body)


@pytest.mark.parametrize(
    "contact",
    [
        "Accréditations presse :\nOfficier communication – Capitaine Julien Marec\n02 98 22 11 00\n",
        "Contact presse\nRivage Relations Presse – Julie Marchand\n06 61 22 33 44\n",
    ],
)
def test_a_person_read_as_a_contacts_office_is_no_issuer(contact):
    release = f"{LEDE}{BODY}{BODY}{contact}"
    issuer = metadata_of(release)["issuer"]
    assert issuer is None or not any(name in issuer for name in ("Julien Marec", "Julie Marchand"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "AULR – Association des usagers de la ligne Caen–Rennes",
            "Association des usagers de la ligne Caen–Rennes",
        ),
        (
            "CDAL – Comité de défense de l'axe Lyon–Grenoble",
            "Comité de défense de l'axe Lyon–Grenoble",
        ),
    ],
)
def test_a_closing_acronym_and_full_name_gives_the_whole_full_name(line, expected):
    signature = (
        f"--\n{line}\nMaison des associations, 4 rue du Port, 14000 Caen\n"
        "Presse : Marc Hébert, président – 06 78 14 59 22\nusagers.presse@gmail.com\n"
    )
    release = f"{LEDE}{BODY}{BODY}{signature}"
    assert same(metadata_of(release)["issuer"], expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("**TISSAGES DU LÉGUER** — Linge de maison tissé à Lannion", "TISSAGES DU LÉGUER"),
        ("**SAVONNERIE DES ABERS** — Savons à froid, Plouguerneau", "SAVONNERIE DES ABERS"),
    ],
)
def test_a_name_before_its_description_in_the_header_is_printed_as_there(nlp, line, expected):
    name = expected.title().replace(" Du ", " du ").replace(" Des ", " des ")
    release = (
        f'---\ntitle: "Une boutique à Brest"\ndate: 2026-04-14\n---\n\n{line}\n\n'
        f"## {name} ouvre une boutique à Brest\n\n"
        "*À partir du 22 avril, la boutique ouvre six jours sur sept.*\n\n"
        f"{BODY}{BODY}## À propos de {name}\n\n{name} est une entreprise familiale fondée en 1998.\n"
    )
    extractor = Extractor()
    extractor._nlp = nlp  # the session's pipeline: a markdown page's headline is set apart by its reader
    assert extractor.extract(release, format="text").metadata.issuer == expected


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("LE SOUVENIR BRETON", "Comité de Quimper et environs"),
        ("LES AMIS DU RAIL", "Antenne de Morlaix"),
        ("SAUVEGARDE DU LITTORAL", "Délégation départementale du Finistère"),
    ],
)
def test_a_name_in_capitals_over_its_local_unit_is_the_body(name, unit):
    release = f"{name}\n{unit}\n\n{GENRE}{HEADLINE}{BODY}"
    assert same(metadata_of(release)["issuer"], name)
