"""Session 19 shapes of the issuer and the headline (pipeline/extractors/issuer/, metadata_title.py):
two logos side by side over their services, a motto's column beside a collectivity's, an acronym and
its place over the full name, a typed logo over another spelling in the 'À propos', a contact's
body over its unit, a page's headline over a release pasted whole, a site's menu over the headline
and a labelled release number beside the dateline. Invented fragments."""

import pytest

from pipeline.evaluate.matching import normalize
from pipeline.extractors.metadata import extract_metadata
from pipeline.readers import read_blob

BODY = (
    "La communauté et ses partenaires ouvrent cet été des stages gratuits pour les enfants du "
    "territoire. Les inscriptions se font auprès des clubs.\n\n"
)


def metadata_of(release: str, name: str = "release.txt") -> dict:
    """The metadata as the pipeline reads a text or markdown file (column gaps, logos' alt texts)."""
    document = read_blob(name, release.encode("utf-8"))
    return extract_metadata(document.text, column_gaps=document.cell_gaps(), images_text=document.images_text)


def same(value: str | None, expected: str) -> bool:
    return normalize(value or "", "soft") == normalize(expected, "soft")


def test_two_logos_side_by_side_give_one_body_each():
    release = (
        "Communauté de communes du Haut-Vallon            Ligue régionale de canoë-kayak\n"
        "Direction des sports et de la vie associative     Comité départemental du Cantal\n\n"
        "                COMMUNIQUÉ DE PRESSE CONJOINT\n"
        "                  Aurillac, le 4 mai 2026\n\n"
        "Pagayer avant la rentrée : 300 places gratuites sur le lac\n\n" + BODY
    )
    found = metadata_of(release)["issuer"]
    assert same(found, "Communauté de communes du Haut-Vallon ; Ligue régionale de canoë-kayak")


def test_a_collectivity_in_the_column_beside_the_motto_is_a_co_issuer():
    release = (
        "PRÉFET DE LA CORSE                      COLLECTIVITÉ TERRITORIALE\n"
        "Liberté Égalité Fraternité              DE LA HAUTE-CORSE\n\n"
        "COMMUNIQUÉ DE PRESSE CONJOINT\n\n"
        "Ajaccio, le lundi 2 novembre 2026\n\n"
        "Desserte aérienne : la ligne vers Calvi reprend le 9 novembre\n\n" + BODY
    )
    found = metadata_of(release)["issuer"]
    assert same(found, "PRÉFET DE LA CORSE ; COLLECTIVITÉ TERRITORIALE DE LA HAUTE-CORSE")


def test_an_acronym_and_its_place_over_the_full_name_give_the_full_name():
    release = (
        "URPS\nOCCITANIE\nUnion régionale des professionnels de santé – Occitanie\n\n"
        "COMMUNIQUÉ DE PRESSE                        Toulouse, le 12 mai 2026\n\n"
        "Les cabinets de ville redoutent un été sans remplaçants\n\n" + BODY
    )
    found = metadata_of(release)["issuer"]
    assert same(found, "Union régionale des professionnels de santé – Occitanie")


def test_a_typed_logo_comes_before_another_spelling_in_its_about():
    release = (
        "![Fondation Vallier – Recherche sur la vue](/images/logo-fondation.png)\n\n"
        "**COMMUNIQUÉ DE PRESSE** · Lyon, le 3 mars 2026\n\n"
        "## La Fondation Vallier finance six équipes de recherche sur la rétine\n\n"
        + BODY
        + "## À propos de la Fondation Pierre-Vallier\n\n"
        "Reconnue d'utilité publique depuis 2001, la Fondation Pierre-Vallier soutient la recherche.\n\n"
        "**Contact presse** : Léa Morin – 04 72 00 00 00 – lea.morin@fondation-vallier.org\n"
    )
    found = metadata_of(release, "release.md")["issuer"]
    assert same(found, "Fondation Vallier")


def test_a_contact_s_body_over_its_unit_on_the_next_line_is_the_body():
    release = (
        "Onze librairies de la région aidées pour se moderniser\n\n" + BODY + "Rennes, le 3 juillet 2026\n\n"
        "Direction régionale des affaires culturelles de Bretagne\n"
        "Service communication\n"
        "Contact presse : Jeanne Morel – 02 99 00 00 00 – jeanne.morel@culture.gouv.fr\n"
        "Dépôt des dossiers : livre.drac@culture.gouv.fr\n"
    )
    found = metadata_of(release)["issuer"]
    assert same(found, "Direction régionale des affaires culturelles de Bretagne")


def test_a_release_pasted_under_a_page_s_headline_keeps_its_letterhead():
    headline = "Mobilisation nationale le 10 mars : les ambulanciers dans la rue"
    text = (
        f"{headline}\n\nCommuniqué de presse 26 février 2026\n\n"
        "FNAM\nFédération nationale des ambulanciers mutualistes\n"
        "Syndicat professionnel – Siège : 12 rue Haute, 75011 Paris\n\n"
        "Paris, le 26 février 2026\n\n" + BODY
    )
    found = extract_metadata(text, headline=(0, len(headline)))["issuer"]
    assert same(found, "Fédération nationale des ambulanciers mutualistes")


def test_a_site_s_menu_and_trail_over_the_headline_are_no_title():
    release = (
        "Aller au contenu principal\n\n"
        "MAISON DU LITTORAL\n"
        "Accueil | Visiter | Billetterie | Espace presse | Contact\n\n"
        "Accueil › Espace presse › Actualités\n\n"
        "Deux phoques soignés à Erquy retrouvent la mer\n\n"
        "Publié le jeudi 18 juin 2026 · Lecture 3 min\n\n" + BODY
    )
    assert metadata_of(release)["title"] == "Deux phoques soignés à Erquy retrouvent la mer"


def test_a_labelled_release_number_beside_the_dateline_is_no_title():
    release = (
        "ATELIERS DU LAC\n"
        "Société publique locale – 3, quai Nord – Annecy\n\n"
        "COMMUNIQUE\n"
        "Réf. : ADL/DG/2026-12                              Annecy, le lundi 2 mars 2026\n\n"
        "Travaux du port : trois fermetures de quai en avril\n\n" + BODY
    )
    found = metadata_of(release)
    assert found["title"] == "Travaux du port : trois fermetures de quai en avril"
    assert found["reference"] == "ADL/DG/2026-12"


@pytest.mark.parametrize(
    ("genre", "expected"),
    [
        ("COMMUNIQUÉ DE PRESSE", "PRÉFET DE LA SOMME"),
        (
            "COMMUNIQUÉ DE PRESSE CONJOINT",
            "PRÉFET DE LA SOMME ; Direction départementale des territoires et de la mer",
        ),
    ],
)
def test_a_state_service_in_the_column_beside_the_motto_is_no_co_issuer_unless_joint(genre, expected):
    release = (
        "PRÉFET DE LA SOMME                 Direction départementale des territoires\n"
        "Liberté Égalité Fraternité         et de la mer\n\n"
        f"{genre}\n\nAmiens, le 3 mars 2026\n\nRestrictions d'eau dans quatre bassins\n\n" + BODY
    )
    assert same(metadata_of(release)["issuer"], expected)


def test_a_press_bureau_its_e_mail_spells_is_no_issuer():
    release = (
        "# Les Soirées du Lac dévoilent leur programmation\n\n"
        "**COMMUNIQUÉ DE PRESSE — Annecy, le 9 avril 2026**\n\n" + BODY + "---\n\n"
        "**Contacts presse**\n"
        "Presse nationale : Bureau Marelle — Jeanne Roux — jeanne.roux@bureaumarelle.fr — 06 07 08 09 10\n"
    )
    assert metadata_of(release, "release.md")["issuer"] is None


def test_the_genre_and_the_office_that_speaks_are_no_headline():
    release = (
        "PARQUET DU TRIBUNAL JUDICIAIRE DE SAINTES\n\n"
        "Saintes, le mardi 3 mars 2026\n\n"
        "COMMUNIQUÉ DU PROCUREUR DE LA RÉPUBLIQUE\n\n"
        "Trafic de civelles : quatre personnes déférées après un contrôle à Marennes\n\n" + BODY
    )
    found = metadata_of(release)["title"]
    assert found == "Trafic de civelles : quatre personnes déférées après un contrôle à Marennes"
