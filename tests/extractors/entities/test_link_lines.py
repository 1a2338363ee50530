"""A web page's sharing and link lines name buttons, not things the release cites: 'Partager : Facebook |
X | LinkedIn', 'www.example.fr · LinkedIn', 'Mentions légales – Plan du site'. A network named in a sentence
stays. Invented fragments of an association's and an agency's pages."""

import pytest

from pipeline.extractors.entities.page_furniture import on_link_line


def names_of(nlp, text: str) -> list[str]:
    return [m["text"] for e in nlp(text)._.entities for m in e["mentions"]]


@pytest.mark.parametrize(
    "text",
    [
        "Les inscriptions sont ouvertes.\n\nPartager : Facebook | X | LinkedIn | Courriel\n",
        "Contact : presse@exemple.fr\nwww.exemple.fr · LinkedIn\n",
        "© 2026 Les Amis du Lac – Mentions légales – Plan du site\n",
    ],
)
def test_buttons_and_site_sections_are_no_names(nlp, text):
    names = names_of(nlp, text)
    assert not {"Facebook", "LinkedIn", "Plan du site", "Mentions légales"} & set(names), names


def test_a_network_named_in_a_sentence_is_not_on_a_link_line():
    text = "Le vote est ouvert jusqu'au 31 mai sur la page Facebook de l'association."
    assert not on_link_line(text, text.index("Facebook"), "Facebook")


def test_a_run_over_a_sharing_line_s_buttons_names_nothing(nlp):
    text = (
        "La Fédération des Moulins de Vallière publie son bilan annuel.\n\n"
        "Partager : Facebook  X  LinkedIn  Courriel\n\n"
        "Partager  f  X  in\n"
    )
    names = {m["text"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert not any("LinkedIn" in name or "Partager" in name for name in names), names


def test_a_site_menu_names_nothing(nlp):
    text = (
        "Accueil   Qui sommes-nous ?   Nos missions   Actualités   Agir avec nous   Faire un don\n"
        "Communiqué de presse\n\n"
        "L'association Rivages Solidaires ouvre une antenne à Quimperlé.\n"
    )
    names = {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert not any(name.startswith(("Accueil", "Actualités", "Nos", "Agir")) for name in names), names
    assert "Quimperlé" in names, names


def test_a_sentence_naming_two_menu_words_keeps_its_names(nlp):
    text = "Les Entreprises et les Collectivités du Grand Quevilly signent la charte Trame Verte.\n"
    from pipeline.extractors.entities.page_furniture import on_menu_line

    assert not on_menu_line(text, 0)


def test_a_line_of_links_between_bars_names_nothing(nlp):
    text = (
        "Mon espace client | Trouver une agence | Devis en ligne\n\n"
        "Reims, le 4 mars 2027\n\n"
        "La mutuelle lance une garantie pour les viticulteurs de la Marne.\n"
    )
    names = {m["text"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert not any(name.startswith(("Devis", "Trouver", "Mon")) for name in names), names


def test_a_table_row_or_a_dateline_between_bars_is_no_menu():
    from pipeline.extractors.entities.page_furniture import on_pipe_menu

    assert not on_pipe_menu("**Communiqué de presse** | N° 2027/03 | Toulon, le 14 janvier 2027")
    assert not on_pipe_menu("| Écluse de Brienne | Montbard | curage |")
    assert on_pipe_menu("Accueil | L'association | Nos machines | Presse | Contact")


def test_a_site_footer_names_nothing():
    from pipeline.extractors.entities.page_furniture import on_menu_line

    text = "© 2026 Régie des Transports du Val · Mentions légales · Cookies · Plan du site"
    assert on_menu_line(text, text.index("Régie"))
