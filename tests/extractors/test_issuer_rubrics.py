"""Header and closing lines that look like a body's name and are not, or name it in another form:
a site's rubric over the headline, an organ signing on a contact line, a tagline read onto the
name's line or saying what the body does, an acronym and its territory over the full name, an
e-mail signature's name over its kind of body (pipeline/extractors/issuer/), on invented fragments
of several kinds of issuer."""

import pytest
from issuer_fragments import BODY, metadata_of, same

from pipeline.extractors.issuer.header_lines import describes_the_body
from pipeline.extractors.issuer.letterhead_shapes import unglued


@pytest.mark.parametrize(
    ("rubric", "body", "mail"),
    [
        ("ÉVÉNEMENT", "Cercle nautique de la Vézère", "presse@cn-vezere.fr"),
        ("ACTUALITÉ", "Maison Berluret", "presse@maison-berluret.fr"),
        ("À la une", "Judo Club des Trois Rivières", "contact@judo3rivieres.fr"),
    ],
)
def test_a_sites_rubric_over_the_headline_is_no_letterhead(rubric: str, body: str, mail: str) -> None:
    release = (
        "Accueil › Actualités › Vie du club\n\n"
        f"{rubric}\n\nUne nouvelle saison commence au bord de l'eau\n\n"
        f"Publié le lundi 4 mai 2026\n\n{BODY}"
        f"Contact presse – {body}\nLéa Martin – 06 11 22 33 44 – {mail}\n"
    )
    assert same(metadata_of(release)["issuer"], body)


@pytest.mark.parametrize(
    ("organ", "body"),
    [
        ("Le comité directeur de l'", "Union sportive de Brassac"),
        ("Le conseil d'administration de l'", "Association des randonneurs du Quercy"),
        ("Le bureau du ", "Échiquier Club de Vannes"),
    ],
)
def test_an_organ_signing_over_the_contact_gives_its_body(organ: str, body: str) -> None:
    release = (
        f"Un tournoi ouvert à tous les licenciés\n\nPublié le 3 avril 2026\n\n{BODY}"
        f"{organ}{body}\nContact presse : Jules Perrin, chargé de communication – 06 12 34 56 78 – "
        "jules.perrin@exemple.fr\n"
    )
    assert same(metadata_of(release)["issuer"], body)


@pytest.mark.parametrize(
    ("name", "tagline"),
    [
        ("FONDATION ÉMILE ET ROSE VERNAY", "sous l'égide de la Fondation de France"),
        ("FONDATION DU PATRIMOINE BOCAIN", "sous l'égide de l'Institut de France"),
    ],
)
def test_a_tagline_read_onto_the_names_line(name: str, tagline: str) -> None:
    release = (
        f"{name}\n{tagline}\n\nCommuniqué de presse\nMâcon, le 2 juin 2026\n\n"
        f"Douze bourses pour de jeunes artisans d'art\n\n{BODY}"
    )
    assert same(metadata_of(release)["issuer"], name)


@pytest.mark.parametrize(
    ("name", "tagline"),
    [
        ("LOIRE EXPO CONGRÈS", "Organisateur de salons professionnels · Parc des expositions de Roanne"),
        ("ATELIERS GARANCE", "Fabricant de menuiseries bois · Saint-Lô"),
        ("BREIZH CYCLO", "Spécialiste du vélo à assistance électrique"),
    ],
)
def test_a_name_over_what_it_does(name: str, tagline: str) -> None:
    release = (
        f"{name}\n{tagline}\n\nCommuniqué de presse          Roanne, le 2 mars 2026\n\n"
        f"Un salon en hausse malgré la crise\n\n{BODY}"
    )
    assert same(metadata_of(release)["issuer"], name)


def test_what_a_body_does_is_a_description_not_a_name() -> None:
    assert describes_the_body("Organisateur d'événements professionnels")
    assert describes_the_body("Éditeur de logiciels pour les collectivités")
    assert not describes_the_body("Fédération des producteurs de lait")


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("CROA BRETAGNE", "Conseil régional de l'ordre des architectes de Bretagne"),
        ("CRCC LYON ET RIOM", "Compagnie régionale des commissaires aux comptes de Lyon et de Riom"),
    ],
)
def test_an_acronym_and_its_territory_over_the_full_name(acronym: str, name: str) -> None:
    release = (
        f"{acronym}\n{name}\n\nCOMMUNIQUÉ DE PRESSE\n\nRennes, le 4 novembre 2025\n\n"
        f"Des consultations gratuites dans cinq villes\n\n{BODY}"
    )
    assert same(metadata_of(release)["issuer"], name)


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Gers Numérique (GN32)", "Syndicat mixte ouvert", "Gers Numérique"),
        ("Vallée Verte Énergies", "Société d'économie mixte locale", "Vallée Verte Énergies"),
    ],
)
def test_an_email_signature_names_the_body_over_its_kind(name: str, kind: str, expected: str) -> None:
    release = (
        f"COMMUNIQUÉ DE PRESSE\nAuch, le 16 janvier 2026\n\nLa fibre arrive dans les derniers villages\n\n"
        f"{BODY}--\n{name}\n{kind} – 7 rue des Lilas – 32000 Auch\n\n"
        "Contact presse : Paul Dufau – 05 62 00 00 00 – presse@exemple-numerique.fr\n"
    )
    assert same(metadata_of(release)["issuer"], expected)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("PRÉFETDE LA MANCHELibertéÉgalitéFraternité", "PRÉFET DE LA MANCHE Liberté Égalité Fraternité"),
        ("Agence Régionale de SantéBretagne", "Agence Régionale de Santé Bretagne"),
        ("MINISTÈREDES ARMÉES", "MINISTÈRE DES ARMÉES"),
        ("BlaBlaCar", "BlaBlaCar"),
        ("FranceAgriMer", "FranceAgriMer"),
    ],
)
def test_a_pdf_letterhead_that_lost_its_spaces(printed: str, expected: str) -> None:
    assert unglued(printed) == expected


def test_a_glued_joint_letterhead_names_both_bodies() -> None:
    release = (
        "PRÉFETDE L'ORNELibertéÉgalitéFraternité\nAgence Régionale de SantéNormandie\n\n"
        "Alençon, le 12 mai 2026\n\nCOMMUNIQUÉ DE PRESSE CONJOINT\n\n"
        f"Restriction de l'eau du robinet dans six communes\n\n{BODY}"
    )
    assert same(metadata_of(release)["issuer"], "PRÉFET DE L'ORNE ; Agence Régionale de Santé Normandie")


@pytest.mark.parametrize(
    ("letterhead", "contacts", "expected"),
    [
        (
            "Atout Export     Région Normandie     CCI Normandie",
            "Atout Export : Lina Roux – lina.roux@atout-export.fr\n"
            "Région Normandie : Marc Petit – 02 31 00 00 00\n"
            "CCI Normandie : Anne Morel – 02 35 00 00 00",
            "Atout Export ; Région Normandie ; CCI Normandie",
        ),
        (
            "ORNE FESTIVITÉS                    FÉDÉRATION ORNAISE DU BÂTIMENT",
            "Jean Lemaire – Orne Festivités\n02 33 00 00 00 – j.lemaire@orne-festivites.fr",
            "ORNE FESTIVITÉS ; FÉDÉRATION ORNAISE DU BÂTIMENT",
        ),
    ],
)
def test_one_letterhead_line_that_other_sources_name_as_several_bodies(
    letterhead: str, contacts: str, expected: str
) -> None:
    release = (
        f"{letterhead}\n\nCommuniqué de presse\nCaen, le 16 novembre 2026\n\n"
        f"Dix-huit entreprises sur le pavillon régional du salon\n\n{BODY}Contacts presse\n{contacts}\n"
    )
    assert metadata_of(release)["issuer"] == expected


def test_a_regions_short_name_does_not_part_its_letterhead() -> None:
    release = (
        "RÉGION HAUTS-DE-FRANCE\n\nCommuniqué de presse\nLille, le 19 mars 2026\n\n"
        f"Un plan pour la jeunesse\n\n{BODY}Contact presse Région : Léo Blanc – 03 74 27 00 00\n"
    )
    assert metadata_of(release)["issuer"] == "RÉGION HAUTS-DE-FRANCE"


def test_partners_side_by_side_are_named_as_the_header_prints_them() -> None:
    release = (
        "LES PETITS INGÉNIEURS          ×          BORDAGE BÂTIMENT\n"
        "Défi Tours de carton – finale 2026\n\nCommuniqué de presse conjoint – Laval, le 22 mai 2026\n\n"
        f"Une tour de deux mètres en carton remporte le défi\n\n{BODY}"
        "À propos des Petits Ingénieurs\n"
        "Les Petits Ingénieurs est une association qui anime des ateliers.\n\n"
        "À propos de Bordage Bâtiment\nBordage Bâtiment est une entreprise de construction.\n"
    )
    assert metadata_of(release)["issuer"] == "LES PETITS INGÉNIEURS ; BORDAGE BÂTIMENT"


@pytest.mark.parametrize("rubric", ["CONSERVATION", "MOBILITÉ", "Jeunesse"])
def test_a_lone_word_no_source_backs_gives_way_to_the_body_others_agree_on(rubric: str) -> None:
    release = (
        f"{rubric}\n\nTrois tortues relâchées au large après leurs soins\n\n{BODY}"
        "L'équipe de l'Aquarium des Calanques\n"
        "Contact presse : Inès Garnier – 06 12 34 56 78 – presse@aquarium-calanques.fr\n\n"
        "Aquarium des Calanques · 12 quai du Port · 13002 Marseille\n"
    )
    assert same(metadata_of(release)["issuer"], "Aquarium des Calanques")


def test_a_short_name_its_text_names_again_stays_the_letterhead() -> None:
    release = (
        f"ORVALIA\n\nCommuniqué de presse\nNantes, le 3 mars 2026\n\nUne levée de fonds de huit millions\n\n"
        f"{BODY}Orvalia compte aujourd'hui quarante salariés.\n\n"
        "Contact presse : Agence Brume – Lou Perrin – 06 12 34 56 78 – lou@brume-rp.fr\n"
    )
    assert same(metadata_of(release)["issuer"], "ORVALIA")


def test_a_logo_names_the_body_in_its_capitalised_form() -> None:
    release = (
        "![Ministère des Sports – Liberté Égalité Fraternité](/img/bloc-marque.svg)\n\n"
        "**COMMUNIQUÉ DE PRESSE**\n\n*Paris, le 17 mars 2026*\n\n# Mille nouveaux clubs labellisés\n\n"
        f"{BODY}Contact : service de presse du ministère des Sports – 01 40 00 00 00\n"
    )
    assert metadata_of(release, "release.md")["issuer"] == "Ministère des Sports"
