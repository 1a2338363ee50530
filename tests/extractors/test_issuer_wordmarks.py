"""Session 21 shapes of the issuer (pipeline/extractors/issuer/): a kind of body and its town in
capitals under a wordmark, a sign-off over the line saying what kind of body signs, a named
committee beside a town in a joint release, an acronym's 'À propos' opening on its full name, a
logo naming a national body and its local formation. Invented fragments."""

import pytest

from pipeline.extractors.issuer.header_lines import describes_the_body
from pipeline.extractors.issuer.line_kinds import could_name_a_body
from tests.extractors.issuer_fragments import BODY, metadata_of, same


@pytest.mark.parametrize(
    "line", ["GROUPE INDUSTRIEL · ANNECY", "CABINET D'ARCHITECTES · QUIMPER", "Groupe familial · Rodez"]
)
def test_a_kind_of_body_and_its_town_describes_the_name(line):
    assert describes_the_body(line)


@pytest.mark.parametrize(
    ("wordmark", "kind"),
    [
        ("korvalis", "GROUPE INDUSTRIEL · ANNECY"),
        ("mirelane", "Groupe familial · Rodez"),
        ("BRASSERIE DU TERTRE", "ENTREPRISE ARTISANALE · DINAN"),
    ],
)
def test_a_wordmark_over_its_kind_and_town_is_the_letterhead(wordmark, kind):
    release = (
        f"{wordmark}\n{kind}\n\nCommuniqué de presse – Lyon, le 2 avril 2026\n\n"
        "Une acquisition qui double la présence du groupe en Europe\n\n" + BODY
    )
    assert same(metadata_of(release)["issuer"], wordmark)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Cap Prudence 29", "Association de prévention routière – 4, rue de Brest, 29000 Quimper"),
        ("Les Jardins Partagés", "Association d'éducation populaire"),
        ("Vélo Solidaire 35", "Association de quartier · Rennes"),
    ],
)
def test_a_sign_off_over_its_kind_of_body_signs(name, kind):
    release = (
        "Quimper, 2 avril 2026\n\nUne campagne de prévention avant l'été\n\n"
        + BODY * 3
        + "Bonne route à tous,\n"
        f"L'équipe de {name}\n{kind}\n\nPresse : Jeanne Morvan, 06 11 22 33 44\n"
    )
    assert same(metadata_of(release)["issuer"], name)


@pytest.mark.parametrize("name", ["Route Claire 29", "UDAF 35", "Entraide 2A"])
def test_a_departement_number_may_close_a_name(name):
    assert could_name_a_body(name)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "**Ville de Dole** · **Comité de jumelage Dole-Carpi**",
            "Ville de Dole ; Comité de jumelage Dole-Carpi",
        ),
        (
            "Commune de Plélan · Comité des fêtes de Saint-Lunaire",
            "Commune de Plélan ; Comité des fêtes de Saint-Lunaire",
        ),
    ],
)
def test_a_named_committee_beside_a_town_in_a_joint_release(line, expected):
    release = (
        f"{line}\n\n*Communiqué de presse conjoint – Dole, le 6 mai 2026*\n\n"
        "# Cinquante ans d'amitié entre deux villes\n\n" + BODY
    )
    assert same(metadata_of(release, "release.md")["issuer"], expected)


def test_a_committee_beside_a_town_is_a_unit_when_the_release_is_not_joint():
    release = (
        "**Ville de Dole** · **Comité de pilotage**\n\n*Communiqué de presse – Dole, le 6 mai 2026*\n\n"
        "# Cinquante ans d'amitié entre deux villes\n\n" + BODY
    )
    assert same(metadata_of(release, "release.md")["issuer"], "Ville de Dole")


@pytest.mark.parametrize(
    ("acronym", "section", "expected"),
    [
        (
            "la MAPB",
            "Mutuelle agricole du pays de Brocéliande, société d'assurance mutuelle fondée en 1931, "
            "assure 4 000 exploitations.",
            "Mutuelle agricole du pays de Brocéliande",
        ),
        (
            "la FRCV",
            "La Fédération régionale des cercles de voile est une association qui regroupe 40 clubs.",
            "Fédération régionale des cercles de voile",
        ),
        (  # the section pairs the name with its short form: the short form stays
            "l'ARPT",
            "L'Association régionale de promotion du tourisme (ARPT) a pour objet de faire connaître …",
            "ARPT",
        ),
    ],
)
def test_an_acronym_about_opening_on_its_full_name(acronym, section, expected):
    short = acronym.split()[-1].split("'")[-1]
    release = (
        "Communiqué de presse\nBrest, 3 novembre 2025\n\nUne saison record pour les adhérents\n\n"
        + BODY * 2
        + f'"Nous paierons d\'abord", a déclaré le président de la {short}.\n\n'
        f"À propos de {acronym}\n{section}\n\nContact presse : Anne Le Goff – 02 98 00 00 00\n"
    )
    assert same(metadata_of(release)["issuer"], expected)


@pytest.mark.parametrize(
    ("alt", "expected"),
    [
        (
            "Gendarmerie nationale – Groupement de gendarmerie départementale de la Lozère",
            "Gendarmerie nationale – Groupement de gendarmerie départementale de la Lozère",
        ),
        (
            "Police nationale – Commissariat de police de Saint-Flour",
            "Police nationale – Commissariat de police de Saint-Flour",
        ),
        ("Ministère de la Culture – Liberté Égalité Fraternité", "Ministère de la Culture"),
    ],
)
def test_a_logo_naming_a_national_body_and_its_local_formation(alt, expected):
    release = (
        f"![{alt}](logo.png)\n\n**Communiqué de presse** — Mende, vendredi 6 février 2026\n\n"
        "# Des contrôles renforcés pendant les vacances d'hiver\n\n" + BODY + "**Contact presse** · Cellule "
        "communication du groupement de la Lozère · 04 66 00 00 00\n"
    )
    assert same(metadata_of(release, "release.md")["issuer"], expected)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "AMBASSADE DE FRANCE EN IRLANDE\nLiberté\nÉgalité\nFraternité\nInstitut français d'Irlande\n\n",
            "AMBASSADE DE FRANCE EN IRLANDE",
        ),
        (
            "AMBASSADE DE FRANCE AU CHILI\nLiberté Égalité Fraternité\nInstitut français du Chili\n\n",
            "AMBASSADE DE FRANCE AU CHILI",
        ),
    ],
)
def test_an_embassy_s_cultural_institute_under_its_motto_is_its_service(header, expected):
    release = (
        header
        + "COMMUNIQUÉ DE PRESSE\nDublin, le 9 mars 2026\n\nUne résidence croisée de traducteurs\n\n"
        + BODY
    )
    assert same(metadata_of(release)["issuer"], expected)


def test_a_french_research_institute_is_no_embassy_service():
    from pipeline.extractors.issuer.header_lines import serves_the_state

    assert not serves_the_state("Institut français de recherche pour l'exploitation de la mer")
    assert serves_the_state("Institut français du Portugal")
