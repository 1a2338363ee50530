"""The HTML reader on what an article's markup holds that an extractor drops or misplaces: dates in
<time>, quotes set in a <figure>, date lines under the headline, headlines in an <h2>, two dates
printed together. Small invented pages in the shapes of French newsrooms (not from the corpus)."""

from __future__ import annotations

import pytest

from pipeline.readers.html import read_html

LEAD = (
    "<p>La communauté de communes du Val Fleuri annonce l’ouverture d’une recyclerie intercommunale à "
    "Saint-Amand, dans les anciens ateliers municipaux rénovés pour l’occasion.</p>"
)
TAIL = (
    "<p>La recyclerie sera ouverte du mercredi au samedi, de 9 heures à 18 heures, et accueillera aussi "
    "des ateliers de réparation ouverts à tous les habitants du territoire.</p>"
)


def page(article: str, title: str = "Une recyclerie ouvre à Saint-Amand", head: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        '<body><header><nav><a href="/">Accueil</a> <a href="/presse">Presse</a></nav></header>'
        f"<main>{article}</main><footer><p>Mentions légales · Plan du site</p></footer></body></html>"
    ).encode()


def text_of(data: bytes) -> str:
    return read_html("page.html", data).text


@pytest.mark.parametrize(
    "sentence",
    [
        "L'inauguration aura lieu le <time datetime='2025-06-02'>lundi 2 juin 2025</time> à 11 heures, "
        "en présence des maires du territoire et des partenaires du projet.",
        "Les inscriptions sont ouvertes jusqu'au <time datetime='2025-03-14'>14 mars</time> sur le site "
        "de l'agence régionale de santé, pour tous les établissements concernés.",
        "Le conseil d'administration, réuni le <time>12/09/2024</time>, a adopté à l'unanimité le budget "
        "de la fédération pour l'exercice à venir et ses orientations.",
    ],
)
def test_a_date_in_a_time_element_inside_a_sentence_keeps_its_paragraph(sentence):
    text = text_of(page(f"<article><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}<p>{sentence}</p>{TAIL}"))
    visible = sentence.replace("<time datetime='2025-06-02'>", "").replace("<time datetime='2025-03-14'>", "")
    assert visible.replace("<time>", "").replace("</time>", "") in text


@pytest.mark.parametrize(
    "quote, author",
    [
        (  # the State design system's quote block (gouv.fr sites)
            '<figure class="fr-quote"><blockquote><p>« Nous voulons que chaque objet ait une deuxième vie '
            'près de chez nous. »</p></blockquote><figcaption><p class="fr-quote__author">Anne Lefort</p>'
            '<ul class="fr-quote__source"><li>présidente de la communauté de communes</li></ul></figcaption>'
            "</figure>",
            "Anne Lefort",
        ),
        (  # a WordPress pull quote
            '<figure class="wp-block-pullquote"><blockquote><p>« Nous voulons que chaque objet ait une '
            "deuxième vie près de chez nous. »</p><cite>Paul Henrion, directeur de la recyclerie</cite>"
            "</blockquote></figure>",
            "Paul Henrion, directeur de la recyclerie",
        ),
    ],
)
def test_a_quote_set_in_a_figure_is_read_with_its_author(quote, author):
    text = text_of(page(f"<article><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}{quote}{TAIL}"))
    assert "« Nous voulons que chaque objet ait une deuxième vie près de chez nous. »" in text
    assert author in text
    assert text.index("deuxième vie") < text.index("du mercredi au samedi")


def test_an_image_caption_stays_out():
    figure = (
        '<figure><img src="a.jpg" alt=""><figcaption>Les ateliers rénovés © Val Fleuri</figcaption></figure>'
    )
    text = text_of(page(f"<article><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}{figure}{TAIL}"))
    assert "ateliers rénovés ©" not in text


@pytest.mark.parametrize(
    "stamp",
    [
        '<p class="fr-text--sm">Mis à jour le 18/07/2025</p>',
        "<p>Publié le 3 mars 2025</p>",
        '<div class="entry-meta">Publié le <time datetime="2025-03-03">3 mars 2025</time> '
        "par Service communication</div>",
    ],
)
def test_a_date_line_under_the_headline_stays_under_it_and_a_genre_tag_goes_above(stamp):
    article = (
        f'<div class="page-title"><h1>Une recyclerie ouvre à Saint-Amand</h1>{stamp}'
        '<a class="type" href="/communiques">Communiqué de presse</a></div>'
        f"<div class='body'>{LEAD}{TAIL}</div>"
    )
    lines = [line for line in text_of(page(article)).split("\n") if line.strip()]
    assert lines[0] == "Communiqué de presse"
    assert lines[1] == "Une recyclerie ouvre à Saint-Amand"
    assert "2025" in lines[2]


def test_a_hidden_update_date_does_not_run_into_the_publication_date():
    meta = (
        '<div class="entry-meta"><span class="posted-on">Publié le <a href="/p" rel="bookmark">'
        '<time class="entry-date published" datetime="2024-11-18T08:00:00+00:00">18 novembre 2024</time>'
        '<time class="updated" datetime="2024-11-19T14:12:31+00:00">19 novembre 2024</time></a></span></div>'
    )
    header = f'<header class="entry-header"><h1>Une recyclerie ouvre</h1>{meta}</header>'
    article = f"<article>{header}{LEAD}{TAIL}</article>"
    text = text_of(page(article, title="Une recyclerie ouvre"))
    assert "Publié le 18 novembre 2024" in text and "19 novembre" not in text


def test_two_dates_printed_apart_are_both_read():
    meta = (
        '<p>Publié le <time>18 novembre 2024</time>, mis à jour le <time class="updated">19 novembre 2024'
        "</time></p>"
    )
    text = text_of(
        page(f"<article><h1>Une recyclerie ouvre</h1>{meta}{LEAD}{TAIL}</article>", "Une recyclerie ouvre")
    )
    assert "Publié le 18 novembre 2024, mis à jour le 19 novembre 2024" in text


@pytest.mark.parametrize(
    "head_title, heading, site",
    [
        ("Les Rives du Lot - Le festival revient pour sa 12e édition", "h2", "Les Rives du Lot"),
        ("Le festival revient pour sa 12e édition | Les Rives du Lot", "h2", "Les Rives du Lot"),
        ("Le festival revient pour sa 12e édition – Les Rives du Lot", "h3", "Les Rives du Lot"),
    ],
)
def test_a_headline_in_a_lower_heading_that_the_title_names_is_the_headline(head_title, heading, site):
    article = (
        f'<div class="item-page"><div class="page-header"><{heading} itemprop="headline">Le festival revient '
        f"pour sa 12e édition</{heading}></div>{LEAD}{TAIL}</div>"
    )
    data = page(article, title=head_title)
    document = read_html("page.html", data)
    assert document.text.startswith("Le festival revient pour sa 12e édition\n\n")
    assert document.page["title"] == "Le festival revient pour sa 12e édition"
    assert document.page["site_name"] == site


def test_a_logo_h1_gives_way_to_the_h2_the_title_names():
    article = (
        '<div class="logo"><h1>Fédération des Foyers Ruraux</h1></div>'
        f"<article><h2>Assemblée générale : un nouveau bureau élu</h2>{LEAD}{TAIL}</article>"
    )
    data = page(article, title="Assemblée générale : un nouveau bureau élu - Fédération des Foyers Ruraux")
    assert text_of(data).startswith("Assemblée générale : un nouveau bureau élu\n\n")


def test_definition_list_lines_carry_no_bullet():
    info = "<dl><dt>Lieu</dt><dd>Salle des fêtes de Saint-Amand</dd><dt>Entrée</dt><dd>libre</dd></dl>"
    text = text_of(page(f"<article><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}{info}{TAIL}"))
    assert "Lieu\nSalle des fêtes de Saint-Amand\nEntrée\nlibre" in text
    assert "•" not in text
