"""Long administrative names, directions with a remit of their own, and communication units beside
the body they belong to (pipeline/extractors/issuer/letterhead.py, endmatter.py, closing.py), on
invented fragments of several kinds of issuer."""

import pytest

from pipeline.extractors.issuer.endmatter import body_of_unit
from pipeline.extractors.issuer.line_kinds import names_a_body_alone
from pipeline.extractors.metadata import extract_metadata

BODY = "\n\nLe texte du communiqué, sur deux phrases. La suite du texte.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Direction régionale de l'environnement, de l'aménagement et du logement Occitanie",
        "Direction départementale de l'emploi, du travail et des solidarités du Finistère",
        "Ministère du Travail, de la Santé, des Solidarités et des Familles",
        "Ministère de l'Agriculture, de la Souveraineté alimentaire et de la Forêt",
        "Fédération française des entreprises de génie écologique et du paysage",
        "Direction régionale de l'alimentation, de l'agriculture et de la forêt de Bretagne",
    ],
)
def test_a_long_name_built_of_coordinated_complements_names_a_body_alone(line: str) -> None:
    assert names_a_body_alone(line)


@pytest.mark.parametrize(
    "line",
    [
        # a headline of the same length: a verb and its objects, or no coordinated list
        "Ministère de la Culture annonce des aides nouvelles pour les festivals et les salles",
        "Agence régionale de santé renforce la vaccination dans les collèges et lycées du Nord",
        "Fédération des chasseurs lance une grande campagne de sécurité pour la saison prochaine",
        "Direction de la communication",  # a unit of a body, not a body
    ],
)
def test_a_headline_or_a_unit_does_not_name_a_body_alone(line: str) -> None:
    assert not names_a_body_alone(line)


@pytest.mark.parametrize(
    ("genre", "name"),
    [
        (
            "COMMUNIQUÉ DE PRESSE",
            "Direction régionale de l'environnement, de l'aménagement et du logement Grand Est",
        ),
        (
            "Communiqué de presse",
            "Direction départementale de l'emploi, du travail et des solidarités du Gard",
        ),
        (
            "Communiqué",
            "Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique",
        ),
    ],
)
def test_a_long_name_under_the_genre_is_the_issuer_and_not_the_title(genre: str, name: str) -> None:
    text = f"{genre}\n{name}\n\nNîmes, le 3 mars 2025\n\nLes aides à l'embauche prolongées{BODY}"
    metadata = extract_metadata(text)
    assert metadata["issuer"] == name
    assert metadata["title"] == "Les aides à l'embauche prolongées"


@pytest.mark.parametrize(
    ("office", "body"),
    [
        ("Bureau de la communication interministérielle Préfecture du Morbihan", "Préfecture du Morbihan"),
        (
            "Service départemental de la communication interministérielle de la préfecture du Cher",
            "préfecture du Cher",
        ),
        ("Service communication Mairie de Quimper", "Mairie de Quimper"),
        (
            "Direction de la communication et du numérique du Conseil départemental de l'Aisne",
            "Conseil départemental de l'Aisne",
        ),
        ("Service de la communication interministérielle", "Service de la communication interministérielle"),
        # the territory a unit serves is not the body it belongs to: the office stays as printed
        (
            "Service départemental de la communication interministérielle du Var",
            "Service départemental de la communication interministérielle du Var",
        ),
        ("Direction de la communication de Toulon", "Direction de la communication de Toulon"),
    ],
)
def test_a_communication_unit_gives_way_to_its_body(office: str, body: str) -> None:
    assert body_of_unit(office) == body


@pytest.mark.parametrize(
    ("footer", "body"),
    [
        (
            "Contact presse : Service départemental de la communication interministérielle – Préfecture de "
            "la Vienne – 05 49 55 70 00 – pref-communication@vienne.gouv.fr\n",
            "Préfecture de la Vienne",
        ),
        (
            "Contact presse : Bureau de la communication interministérielle – Préfecture de la Somme – "
            "pref-communication@somme.gouv.fr\n",
            "Préfecture de la Somme",
        ),
        (
            "Contact presse : Service communication – Communauté de communes du Pays de Lumbres – "
            "03 21 12 34 56\n",
            "Communauté de communes du Pays de Lumbres",
        ),
        # a unit of no named body stays (docs/annotation.md: the office named in the contact footer)
        (
            "Contact presse : Service départemental de la communication interministérielle – "
            "05 49 55 70 00 – "
            "pref-communication@vienne.gouv.fr\n",
            "Service départemental de la communication interministérielle",
        ),
    ],
)
def test_the_body_beside_a_communication_unit_on_a_contact_heading_is_the_issuer(footer: str, body: str):
    text = (
        "Communiqué de presse\n\nPoitiers, le 2 août 2025\n\nFeux de forêt : accès restreint" + BODY + footer
    )
    assert extract_metadata(text)["issuer"] == body


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Concours national de robotique des collèges", "Trente équipes en finale"),
        ("Festival des Brumes de Saint-Malo", "La programmation dévoilée"),
        ("Salon des métiers d'art de Vannes", "Cent exposants attendus"),
        ("Groupe Lavandier", "Un nouveau site à Grasse"),
    ],
)
def test_a_name_under_the_genre_over_the_dateline_is_the_letterhead(name: str, title: str) -> None:
    text = f"Communiqué de presse\n{name}\n\nVannes, le 4 juin 2025\n\n{title}{BODY}"
    metadata = extract_metadata(text)
    assert (metadata["issuer"], metadata["title"]) == (name, title)


@pytest.mark.parametrize(
    "text",
    [
        # no dateline under it: the event's name is the title of the kit
        "DOSSIER DE PRESSE\n\nFestival des Brumes 2025\n\nSommaire\n1. Le festival\n2. Les artistes",
        # a headline over the dateline: its subject has an article, or it has punctuation
        "Communiqué de presse\nLe Festival des Brumes change de lieu\n\nVannes, le 4 juin 2025\n\nSuite."
        + BODY,
        "Communiqué de presse\nSalon du livre : un record\n\nBrive, le 10 novembre 2025\n\nLe texte suit."
        + BODY,
    ],
)
def test_an_event_name_that_is_the_headline_stays_the_title(text: str) -> None:
    metadata = extract_metadata(text)
    assert metadata["issuer"] is None
    assert metadata["title"] in {
        "Festival des Brumes 2025",
        "Salon du livre : un record",
        "Le Festival des Brumes change de lieu",
    }


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("Communiqué de presse | ARS Île-de-France", "ARS Île-de-France"),
        ("COMMUNIQUÉ DE PRESSE – CCI Normandie", "CCI Normandie"),
        ("Communiqué de presse : SNCF Réseau", "SNCF Réseau"),
        ("Communiqué de presse : Covid en hausse", None),  # a headline after the genre
    ],
)
def test_a_name_alone_after_the_genre_on_its_line_is_the_issuer(line: str, issuer: str | None) -> None:
    text = f"{line}\n\nLille, le 3 mars 2025\n\nLa programmation complète{BODY}"
    assert extract_metadata(text)["issuer"] == issuer


@pytest.mark.parametrize(
    ("footer", "issuer"),
    [
        (
            "Contacts presse\nFrance Travail Auvergne-Rhône-Alpes : presse.ara@francetravail.fr\n"
            "Medef Lyon-Rhône : presse@medef-lyon.fr\n",
            "France Travail Auvergne-Rhône-Alpes ; Medef Lyon-Rhône",
        ),
        ("Contacts presse\nTerres Vives : presse@terresvives.org\n", "Terres Vives"),
        # a person, whatever the domain of the address
        ("Contact presse : DUPONT Marie – marie@dupont.fr\n", None),
        ("Contact presse : Lefèvre Hugo – 06 00 00 00 00 – hugo@lefevre-associes.fr\n", None),
    ],
)
def test_a_contact_name_its_own_domain_spells_is_a_body(footer: str, issuer: str | None) -> None:
    text = "Communiqué de presse\n\nLyon, le 3 mars 2025\n\nUn partenariat pour l'emploi" + BODY + footer
    assert extract_metadata(text)["issuer"] == issuer
