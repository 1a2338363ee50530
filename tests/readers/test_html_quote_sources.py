"""The line naming who said a quote set in a <blockquote> (its <footer>, a <cite>, a <figure>'s
<figcaption>) is read right under the quote, so the quote keeps its speaker; a site footer outside
the quote stays out. Small invented pages in the shapes of a town hall, a company and an association."""

from __future__ import annotations

import pytest

from pipeline.readers.html import read_html

BODY = (
    "<p>La commune de Lanvallay inaugure samedi sa nouvelle médiathèque, installée dans l'ancienne école "
    "des garçons, rénovée pendant dix-huit mois pour un montant de 2,1 millions d'euros.</p>"
    "<p>Le bâtiment accueillera 25 000 documents, un espace numérique et une salle d'animation ouverte "
    "aux associations de la commune et des communes voisines.</p>"
)
QUOTE = "« Ce lieu sera celui de tous les habitants, des plus jeunes aux plus anciens. »"
SOURCE = "Henri Duval, maire de Lanvallay"


def page(quote_block: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Inauguration de la médiathèque'
        "</title></head><body><header><nav><a href='/'>Accueil</a></nav></header><main><article>"
        f"<h1>La médiathèque de Lanvallay ouvre ses portes</h1>{BODY}{quote_block}"
        "<p>L'inauguration aura lieu à 11 heures en présence des élus du territoire.</p></article></main>"
        "<footer><p>Mairie de Lanvallay · Mentions légales</p></footer></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "quote_block",
    [
        f"<blockquote><p>{QUOTE}</p><footer>{SOURCE}</footer></blockquote>",
        f"<blockquote class='wp-block-quote'><p>{QUOTE}</p><cite>{SOURCE}</cite></blockquote>",
        f"<figure class='wp-block-pullquote'><blockquote><p>{QUOTE}</p></blockquote>"
        f"<figcaption>{SOURCE}</figcaption></figure>",
    ],
    ids=["footer", "cite", "figcaption"],
)
def test_quote_source_read_under_the_quote(quote_block):
    text = read_html("page.html", page(quote_block)).text
    assert SOURCE in text
    assert text.index(QUOTE) < text.index(SOURCE) < text.index("L'inauguration aura lieu")
    assert "Mentions légales" not in text
