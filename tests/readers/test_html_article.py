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


@pytest.mark.parametrize(
    "announce, links",
    [
        (
            "<p><strong>Pour en savoir plus :</strong></p>",
            '<ul><li><a href="https://www.vaccination-info-service.fr">https://www.vaccination-info-service.fr</a>'
            '</li><li><a href="https://www.ameli.fr">www.ameli.fr</a></li></ul>',
        ),
        (
            "<p>Le dossier d'inscription est disponible sur le site de la fédération :</p>",
            '<p><a href="https://www.rando-cantal.fr/inscriptions">rando-cantal.fr/inscriptions</a></p>',
        ),
    ],
)
def test_web_addresses_that_a_line_announces_are_read_after_it(announce, links):
    article = f"<article><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}{TAIL}{announce}{links}</article>"
    text = text_of(page(article))
    assert text.rstrip().endswith(("www.ameli.fr", "rando-cantal.fr/inscriptions"))


def test_link_lists_that_no_line_announces_stay_out():
    related = '<ul><li><a href="https://www.example.org/a">https://www.example.org/a</a></li></ul>'
    text = text_of(
        page(f"<article><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}{TAIL}{related}</article>")
    )
    assert "example.org" not in text


@pytest.mark.parametrize(
    "meta",
    [
        '<div class="node-meta"><span class="node-date">Publié le <time datetime="2025-10-08">08 octobre '
        '2025</time></span><span class="node-tags"><a href="/t/1">Vaccination</a> <a href="/t/2">Prévention'
        "</a></span></div>",
        '<p class="date">Publié le 8 octobre 2025 <a class="print-link" href="#">Imprimer</a>'
        ' <span class="mots-cles">Santé</span></p>',
    ],
)
def test_topic_tags_and_print_links_inside_a_line_stay_out(meta):
    article = f'<div class="head"><h1>Une recyclerie ouvre à Saint-Amand</h1>{meta}</div>{LEAD}{TAIL}'
    lines = [line for line in text_of(page(article)).split("\n") if line.strip()]
    assert lines[1] in ("Publié le 08 octobre 2025", "Publié le 8 octobre 2025")


@pytest.mark.parametrize("tag", ["<span class='type'>Communiqué de presse</span>", "<p>COMMUNIQUÉ</p>"])
def test_a_genre_tag_printed_above_the_headline_is_read_above_it(tag):
    article = f'<div class="node-header">{tag}<h1>Une recyclerie ouvre à Saint-Amand</h1></div>{LEAD}{TAIL}'
    lines = [line for line in text_of(page(article)).split("\n") if line.strip()]
    assert lines[:2] == [tag.split(">")[1].split("<")[0], "Une recyclerie ouvre à Saint-Amand"]


@pytest.mark.parametrize(
    "header",
    [  # a WordPress theme: the genre tag as an <h3>, the <time>, then the <h1>
        '<header class="page-header"><h3>Communiqué de presse</h3><p><time datetime="2024-09-23">'
        "23 septembre 2024</time></p><h1>Une recyclerie ouvre à Saint-Amand</h1></header>",
        # another theme: the tag as an <h2>, the date in the entry's meta block, then the <h1>
        '<header class="entry-header"><h2 class="surtitre">Communiqué de presse</h2><div class="entry-meta">'
        '<time datetime="2024-09-23">Le 23/09/2024</time></div><h1>Une recyclerie ouvre à Saint-Amand</h1>'
        "</header>",
    ],
)
def test_a_date_line_between_the_genre_tag_and_the_headline_is_read_under_the_headline(header):
    lines = [
        line for line in text_of(page(f"<article>{header}{LEAD}{TAIL}</article>")).split("\n") if line.strip()
    ]
    assert lines[:2] == ["Communiqué de presse", "Une recyclerie ouvre à Saint-Amand"]
    assert "2024" in lines[2] and lines[3].startswith("La communauté de communes")


@pytest.mark.parametrize(
    "reference",
    [
        "<p><strong>Lire aussi :</strong> <a href='/a'>Le tri des déchets progresse dans le Val</a></p>",
        "<p><em>À lire également</em> : <a href='/b'>Compostage : 500 foyers équipés en 2024</a></p>",
        "<p>» Voir aussi <a href='/c'>Une déchetterie rénovée à Marville</a></p>",
        "<div>Sur le même sujet : <a href='/d'>Les ressourceries du département en réseau</a></div>",
    ],
)
def test_a_cross_reference_to_another_article_inside_the_body_stays_out(reference):
    text = text_of(
        page(f"<article><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}{reference}{TAIL}</article>")
    )
    assert "aussi" not in text.replace("accueillera aussi", "") and "même sujet" not in text
    assert "également" not in text
    assert text.rstrip().endswith("habitants du territoire.")


def test_a_sentence_that_only_opens_like_a_cross_reference_stays():
    sentence = (
        "Lire aussi le <a href='/rapport.html'>rapport annuel</a> de la communauté de communes, disponible "
        "en mairie et sur son site internet."
    )
    text = text_of(
        page(f"<article><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}<p>{sentence}</p>{TAIL}</article>")
    )
    assert "Lire aussi le rapport annuel de la communauté de communes" in text


def test_a_standfirst_the_extractor_moves_to_the_top_is_read_in_its_place():
    article = (
        '<div class="content"><p class="info-publi">16 mai 2025, par Service communication</p>'
        "<h1>Une recyclerie ouvre à Saint-Amand</h1>"
        '<div class="chapo"><p>Plus de 600 habitants ont visité le 14 mai les ateliers de la recyclerie, '
        "ouverte dans les anciens locaux municipaux.</p></div>"
        f'<div class="texte">{LEAD}{TAIL}</div></div>'
    )
    lines = [line for line in text_of(page(article)).split("\n") if line.strip()]
    assert lines[0] == "Une recyclerie ouvre à Saint-Amand"
    assert lines[1] == "16 mai 2025, par Service communication"
    assert lines[2].startswith("Plus de 600 habitants")
    assert lines[3].startswith("La communauté de communes")


def test_a_letterhead_above_the_headline_stays_above_it():
    article = (
        "<article><p>PRÉFECTURE DE LA CREUSE</p><p>COMMUNIQUÉ DE PRESSE</p><p>Guéret, le 3 mars 2025</p>"
        f"<h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}{TAIL}</article>"
    )
    lines = [line for line in text_of(page(article)).split("\n") if line.strip()]
    assert lines[:4] == [
        "PRÉFECTURE DE LA CREUSE",
        "COMMUNIQUÉ DE PRESSE",
        "Guéret, le 3 mars 2025",
        "Une recyclerie ouvre à Saint-Amand",
    ]


LAYOUT_PAGE = """<html><head><title>Communiqué - Mairie de Saint-Amand</title></head><body>
<table width="100%"><tr><td width="200" valign="top"><a href="/">Accueil</a><br>
<a href="/presse">Presse</a><br><a href="/contact">Contact</a></td>
<td valign="top"><font face="Arial" size="2"><b>COMMUNIQUÉ DE PRESSE</b><br><br>
Saint-Amand, le 12 février 2008<br><br><b>Ouverture de la nouvelle médiathèque intercommunale</b><br><br>
La communauté de communes du Val Fleuri inaugurera le samedi 16 février à 11 heures la nouvelle médiathèque
intercommunale, installée dans l'ancienne halle aux grains entièrement rénovée.<br><br>
Le bâtiment de 1 200 m² accueillera 40 000 documents, un espace numérique et une salle d'exposition.
Les travaux ont coûté 3,2 millions d'euros, financés par l'État, la Région et le Département.<br><br>
Contact presse : Marie Dupont, 03 24 56 78 90, m.dupont@valfleuri.fr</font></td></tr></table>
<table><tr><th>Jour</th><th>Horaires</th></tr><tr><td>Mardi</td><td>10 h - 18 h</td></tr></table>
</body></html>"""
"""An old site laid out with a table: a menu column, then the article's column with <br> breaks."""


def test_a_page_laid_out_with_a_table_reads_its_column_as_lines_not_one_row():
    text = text_of(LAYOUT_PAGE.encode())
    assert text.startswith(
        "COMMUNIQUÉ DE PRESSE\n\nSaint-Amand, le 12 février 2008\n\nOuverture de la nouvelle"
    )
    assert "Jour | Horaires\nMardi | 10 h - 18 h" in text  # a data table keeps its rows
    for menu in ("Accueil", "Presse\n", "Contact |"):
        assert menu not in text


@pytest.mark.parametrize(
    "where, kept",
    [
        ('<section class="boilerplate">{box}</section>', True),  # a hosted newsroom's section
        ('<aside class="widget">{box}</aside>', False),  # a sidebar's 'about us'
        ('<footer class="site-footer">{box}</footer>', False),  # the site's footer
    ],
)
def test_the_issuers_boilerplate_set_after_the_article_is_read_after_the_body(where, kept):
    box = (
        "<h2>À propos du Val Fleuri</h2><p>La communauté de communes du Val Fleuri regroupe 24 communes et "
        "32 000 habitants. Elle exerce les compétences déchets, mobilités et développement économique.</p>"
    )
    data = (
        '<!DOCTYPE html><html lang="fr"><head><title>Une recyclerie ouvre à Saint-Amand</title></head><body>'
        f"<main><article><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}{TAIL}</article>"
        f"{where.format(box=box)}</main></body></html>"
    ).encode()
    text = text_of(data)
    assert ("À propos du Val Fleuri\n\nLa communauté de communes du Val Fleuri regroupe" in text) is kept
    if kept:
        assert text.index("ateliers de réparation") < text.index("À propos du Val Fleuri")


@pytest.mark.parametrize(
    "links, lines",
    [
        (
            '<a href="mailto:hugo@rp.fr">hugo@rp.fr</a><a href="tel:0612345678">06 12 34 56 78</a>',
            "hugo@rp.fr\n06 12 34 56 78",
        ),
        (
            '<a href="mailto:presse@valfleuri.fr">Écrire</a><a href="tel:+33320000000">03 20 00 00 00</a>',
            "Écrire (presse@valfleuri.fr)\n03 20 00 00 00",
        ),
        (
            "Les horaires d'ouverture et les conditions de dépôt des objets sont détaillés sur "
            '<a href="/h">le site</a> <a href="/c">de la commune</a> et affichés en mairie, du lundi '
            "au vendredi.",
            "sont détaillés sur le site de la commune et affichés en mairie",
        ),
    ],
)
def test_links_set_side_by_side_are_lines_of_their_own(links, lines):
    card = f"<p><strong>Contact presse</strong> : Paul Henrion</p><p>{links}</p>"
    text = text_of(page(f"<article><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}{card}{TAIL}</article>"))
    assert lines in text


INSTRUCTIONS = (
    "<p>Face à la chaleur, la communauté de communes ouvre ses salles climatisées et demande à chacun :</p>"
    "<ul><li>de boire régulièrement de l'eau sans attendre d'avoir soif ;</li>"
    "<li>de prendre des nouvelles des personnes âgées et isolées de son entourage.</li></ul>"
)


@pytest.mark.parametrize(
    "layout",
    [  # an old préfecture template, a Drupal node, a hosted newsroom (no <main>, no <article>)
        "<div id='contenu'><div class='article'>{h1}<div class='texte'>{body}</div></div></div>",
        "<div class='region-content'><div class='node'>{h1}<div class='field--name-body'>{body}</div>"
        "</div></div>",
        "<div class='press-release-page'>{h1}<div class='press-release-body'>{body}</div></div>",
    ],
)
def test_a_list_of_prose_items_in_the_body_is_read_in_place(layout):
    """Trafilatura drops such a list on these pages."""
    article = layout.format(h1="<h1>Une recyclerie ouvre à Saint-Amand</h1>", body=LEAD + INSTRUCTIONS + TAIL)
    text = text_of(
        '<html lang="fr"><head><title>Une recyclerie ouvre à Saint-Amand</title></head><body>'
        f'<div id="menu"><a href="/">Accueil</a></div>{article}<div id="pied"><p>Mentions légales</p></div>'
        "</body></html>".encode()
    )
    assert "demande à chacun :\n\n• de boire régulièrement de l'eau" in text
    assert text.index("• de prendre des nouvelles") < text.index("La recyclerie sera ouverte")


def test_a_section_heading_over_a_list_is_read_and_a_list_of_links_stays_out():
    body = (
        f"<div class='corps'><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}{TAIL}<h3>Chiffres clés</h3>"
        "<ul><li>120 tonnes d'objets collectés par an</li><li>8 salariés en insertion</li></ul></div>"
        "<ul class='entry-tags'><li>Réemploi</li><li>Économie circulaire</li></ul>"
        "<div class='autres'><h3>Sur le même thème</h3><ul><li><a href='/a'>Le tri progresse en 2024</a></li>"
        "<li><a href='/b'>Une déchetterie rénovée à Marville</a></li></ul></div>"
    )
    text = text_of(
        f'<html lang="fr"><head><title>Une recyclerie</title></head><body>{body}</body></html>'.encode()
    )
    assert "Chiffres clés\n\n• 120 tonnes d'objets collectés par an\n• 8 salariés en insertion" in text
    assert "même thème" not in text and "déchetterie" not in text and "Réemploi" not in text


def test_a_downloads_block_stays_out_when_a_sidebar_is_read_after_it():
    data = (
        '<html lang="fr"><head><title>Une recyclerie ouvre à Saint-Amand</title></head><body>'
        f"<div id='page'><div class='col-main'><h1>Une recyclerie ouvre à Saint-Amand</h1>{LEAD}{TAIL}"
        "<div class='documents'><h2>Documents à télécharger</h2><ul><li><a href='/cp.pdf'>Communiqué - PDF - "
        "0,1 Mo</a></li></ul></div></div><div class='col-side'><h3>Contact presse</h3>"
        "<p>Service communication<br>Tél : 03 24 56 78 90<br>presse@valfleuri.example</p>"
        "</div></div></body></html>"
    ).encode()
    text = text_of(data)
    assert "Documents à télécharger" not in text and "PDF" not in text
    assert "Contact presse\nService communication\nTél : 03 24 56 78 90" in text


@pytest.mark.parametrize(
    "opening, genre",
    [
        ("<p><strong>COMMUNIQUÉ DE PRESSE</strong></p>", "COMMUNIQUÉ DE PRESSE"),
        ("<p>Invitation presse</p>", "Invitation presse"),
        ("<h2>Communiqué</h2>", "Communiqué"),
    ],
)
def test_a_genre_tag_opening_the_body_is_read_above_the_headline(opening, genre):
    content = f"<div class='content'>{opening}{LEAD}{TAIL}</div>"
    article = f"<div class='entry'><h1>Une recyclerie ouvre à Saint-Amand</h1>{content}</div>"
    lines = [line for line in text_of(page(article)).split("\n") if line.strip()]
    assert lines[:3] == [genre, "Une recyclerie ouvre à Saint-Amand", LEAD[3:-4]]


def test_a_short_first_paragraph_that_is_no_genre_stays_under_the_headline():
    content = f"<div class='content'><p>Bonne nouvelle !</p>{LEAD}{TAIL}</div>"
    article = f"<div class='entry'><h1>Une recyclerie ouvre à Saint-Amand</h1>{content}</div>"
    lines = [line for line in text_of(page(article)).split("\n") if line.strip()]
    assert lines[:2] == ["Une recyclerie ouvre à Saint-Amand", "Bonne nouvelle !"]
