"""A short page whose furniture no class or element names (loose <div>s and <p>s, a table layout):
the site's link lines kept at either end of the extraction (a breadcrumb, a share bar, the legal
links) stay out, and the headline under a breadcrumb is read. Link lines that are the article's
(a sentence with links, a linked signature, contacts, the issuer's web address, a date line, links
inside the body) stay. Invented pages."""

from __future__ import annotations

import pytest

from pipeline.readers.html import page_lines, parse, read_html
from pipeline.readers.html.header import site_links
from pipeline.readers.html.layout import navigation_edges

TITLE = "Fermeture de la piscine municipale pour travaux"
BODY = (
    "<p>La mairie de Valcourt informe les habitants que la piscine municipale sera fermée du 3 au 17 mars "
    "2025 pour des travaux de mise aux normes.</p><p>Contact presse : Léa Martin, 06 12 34 56 78, "
    "presse@valcourt.fr</p>"
)


def page(body: str, title: str = TITLE) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def read(markup: str) -> str:
    return read_html("page.html", markup.encode()).text


BARE_DIVS = page(
    '<div id="top"><a href="/">Valcourt</a> <a href="/">Accueil</a> <a href="/actu">Actualités</a></div>'
    '<div><p><a href="/">Accueil</a> &gt; <a href="/actu">Actualités</a> &gt; Piscine</p>'
    f"<div><h1>{TITLE}</h1>{BODY}</div>"
    '<p>Partager : <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">E-mail</a></p></div>'
    '<div id="bas"><p><a href="/ml">Mentions légales</a> - <a href="/plan">Plan du site</a>'
    " - © Valcourt 2025</p></div>"
)
TABLE = page(
    '<table><tr><td><a href="/">Accueil</a><br><a href="/actu">Actualités</a><br><a href="/agenda">Agenda'
    f'</a></td><td><h1>{TITLE}</h1>{BODY}</td></tr><tr><td colspan="2"><a href="/ml">Mentions légales</a>'
    ' | <a href="/plan">Plan du site</a></td></tr></table>'
)
ASSOCIATION = page(
    '<div class="wrap"><p><a href="/">Accueil</a> » <a href="/presse">Presse</a> » Festival</p>'
    "<h1>Le festival Jazz en Vallée revient du 4 au 6 juillet</h1>"
    "<p>L'association Jazz en Vallée annonce sa douzième édition, avec vingt concerts gratuits dans "
    "les villages du canton et un tremplin pour les jeunes groupes de la région.</p>"
    '<p>Suivez-nous : <a href="https://fb.example">Facebook</a> · <a href="https://ig.example">Instagram'
    "</a></p></div>",
    title="Le festival Jazz en Vallée revient du 4 au 6 juillet - Jazz en Vallée",
)


@pytest.mark.parametrize("markup", [BARE_DIVS, TABLE], ids=["bare-divs", "table-layout"])
def test_a_short_page_without_named_furniture_keeps_only_its_article(markup):
    text = read(markup)
    assert text.startswith(TITLE)  # the headline under the breadcrumb is read first
    assert "presse@valcourt.fr" in text
    for furniture in ("Accueil", "Partager", "Mentions légales", "Plan du site", "Agenda"):
        assert furniture not in text


def test_an_associations_breadcrumb_and_social_links_stay_out():
    text = read(ASSOCIATION)
    assert text.startswith("Le festival Jazz en Vallée revient")
    assert "douzième édition" in text
    assert "Accueil" not in text and "Suivez-nous" not in text


def lines_of(markup: str) -> list:
    return page_lines(parse(markup))


def test_link_lines_that_are_the_articles_are_no_site_links():
    lines = lines_of(
        page(
            "<p>Retrouvez le programme sur <a href='/prog'>le site du festival</a> et la billetterie sur "
            "<a href='/billets'>notre page dédiée</a>.</p>"
            "<p><a href='mailto:presse@valcourt.fr'>Léa Martin</a> - <a href='tel:0612345678'>06 12 34 56 78"
            "</a></p><p>Le maire, <a href='/maire'>Jean Dupuis</a></p>"
            "<h2><a href='/a'>Santé</a> et <a href='/b'>prévention</a></h2>"
            "<p><a href='https://www.valcourt.fr'>www.valcourt.fr</a> | <a href='/fb'>Facebook</a></p>"
            "<p>12/03/2025 | <a href='/s'>Santé</a> | <a href='/p'>Prévention</a></p>"
            "<p><a href='/a'>Accueil</a> &gt; <a href='/b'>Presse</a></p>"
        )
    )
    assert [site_links(line) for line in lines] == [False, False, False, False, False, False, True]


def test_a_dated_row_of_topic_links_above_the_headline_stays_its_date_line():
    text = read(
        page(
            "<div><p><a href='/'>Accueil</a> &gt; <a href='/presse'>Presse</a></p><div>"
            "<p>12/03/2025 | <a href='/s'>Santé</a> | <a href='/p'>Prévention</a></p>"
            f"<h1>{TITLE}</h1>{BODY}</div></div>"
        )
    )
    assert text.startswith(TITLE) and "12/03/2025" in text and "Accueil" not in text


def test_link_lines_inside_the_body_stay():
    lines = lines_of(
        page(
            f"<div><p><a href='/'>Accueil</a> | <a href='/presse'>Presse</a></p><h1>{TITLE}</h1>{BODY}"
            "<p><a href='/formulaire'>Formulaire</a> | <a href='/reglement'>Règlement</a></p>"
            "<p>Les résultats seront publiés le 15 avril sur le site de la commune.</p>"
            "<p><a href='/ml'>Mentions légales</a> | <a href='/plan'>Plan du site</a></p></div>"
        )
    )
    keep = set(range(len(lines)))
    assert {lines[i].text for i in navigation_edges(lines, keep)} == {
        "Accueil | Presse",
        "Mentions légales | Plan du site",
    }
    only_links = {0, len(lines) - 1}
    assert navigation_edges(lines, only_links) == set()  # nothing else kept: the listing test decides
