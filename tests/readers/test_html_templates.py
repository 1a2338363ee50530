"""The HTML reader on what blogs and institutional templates set around a release: labels set side by
side (a genre tag then a date, a date badge's day, month and year), side columns the extractor
keeps (a widget area, an old template's right column, with the site's general contact box), an
author's bio box, a byline under the headline, consent managers, pages hidden until a script runs.
Small invented fragments of several shapes; the whole invented pages of tests/data/html/templates
are read in test_html_template_pages.py."""

from __future__ import annotations

import pytest

from pipeline.readers.html import page_lines, parse, read_html
from pipeline.readers.html.layout import side_columns

HEADLINE = "Le département ouvre un centre de santé à Privas"
BODY = (
    "<p>Le conseil départemental de l'Ardèche inaugure ce lundi un centre de santé de six médecins "
    "salariés à Privas, le troisième du département après Annonay et Aubenas.</p>"
    "<p>Le 1<sup>er</sup> médecin arrive en octobre, le 10<sup>e</sup> au printemps ; le centre sera ouvert "
    "du lundi au samedi de 8 heures à 20 heures.</p>"
)


def page(article: str, aside: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>{HEADLINE} - Ardèche</title>"
        "</head><body><header><nav><a href='/'>Accueil</a></nav></header>"
        f"<div class='page'><main><article>{article}</article></main>{aside}</div>"
        "<footer><p>Mentions légales</p></footer></body></html>"
    ).encode()


def lines_of(data: bytes) -> list[str]:
    return [line for line in read_html("page.html", data).text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    ("labels", "line"),
    [
        (
            "<div class='entete'><span class='type'>Communiqué de presse</span><span class='date'>le "
            "23/09/2024</span></div>",
            "Communiqué de presse le 23/09/2024",
        ),
        (
            "<p class='meta'><span class='cat'>Santé</span><time>23 septembre 2024</time></p>",
            "Santé 23 septembre 2024",
        ),
        (
            "<div class='post-date'><span class='day'>23</span><span class='month'>sept.</span>"
            "<span class='year'>2024</span></div>",
            "23 sept. 2024",
        ),
        (
            "<p class='card'><strong class='name'>Lise Aubert</strong>"
            "<em class='role'>Attachée de presse</em></p>",
            "Lise Aubert Attachée de presse",
        ),
    ],
)
def test_labels_set_side_by_side_do_not_run_together(labels, line):
    lines = lines_of(page(f"<h1>{HEADLINE}</h1>{labels}{BODY}"))
    assert line in lines


@pytest.mark.parametrize(
    "runs",
    [
        "<p><span lang='FR' style='font-size:12pt'>Le préfet a réuni les mai</span>"
        "<span lang='FR' style='font-size:12pt'>res du département</span></p>",
        "<p><span class='SpellE'>Le préfet a réuni les mai</span><span lang='FR'>res du département</span>"
        "</p>",
        "<p><span>Le préfet a réuni les mai</span><span>res du département</span></p>",
    ],
)
def test_runs_of_text_pasted_from_a_word_processor_are_read_as_written(runs):
    assert "Le préfet a réuni les maires du département" in lines_of(page(f"<h1>{HEADLINE}</h1>{BODY}{runs}"))


def test_a_name_coloured_in_two_halves_in_prose_stays_whole():
    brand = "<span class='brand-dark'>Terra</span><span class='brand-light'>lis</span>"
    prose = (
        f"<p>La coopérative {brand} équipe ses 1 800 adhérents d'une application de traçabilité des lots.</p>"
    )
    text = "\n".join(lines_of(page(f"<h1>{HEADLINE}</h1>{BODY}{prose}")))
    assert "La coopérative Terralis équipe ses 1 800 adhérents" in text


def test_a_word_ending_in_a_superscript_or_opening_with_a_drop_cap_stays_whole():
    lettrine = "<p><span class='lettrine'>L</span><span>e centre accueillera aussi des internes.</span></p>"
    text = "\n".join(lines_of(page(f"<h1>{HEADLINE}</h1>{BODY}{lettrine}")))
    assert "Le 1er médecin arrive en octobre, le 10e au printemps" in text
    assert "Le centre accueillera aussi des internes." in text


def test_a_date_badge_above_the_categories_is_read_under_the_headline():
    header = (
        "<div class='post-header'><div class='post-date'><span class='d'>14</span><span class='m'>juin</span>"
        "<span class='y'>2023</span></div><div class='post-categories'><a href='/c/sante/'>Santé</a> "
        "<a href='/c/territoire/'>Territoire</a></div>"
        f"<h1>{HEADLINE}</h1></div>"
    )
    lines = lines_of(page(header + BODY))
    assert lines[:2] == [HEADLINE, "14 juin 2023"]
    assert "Santé Territoire" not in lines


@pytest.mark.parametrize(
    ("under", "before", "after"),
    [
        ("<p class='byline'>Par Claire Moutet</p>", [], ["Par Claire Moutet"]),
        (
            "<div class='author'><span>Par </span><a href='/a/cm'>Claire Moutet</a></div>",
            [],
            ["Par Claire Moutet"],
        ),
        ("<p class='kicker'>Communiqué de presse</p>", ["Communiqué de presse"], []),
        ("<span class='type'>Invitation presse - Santé</span>", ["Invitation presse - Santé"], []),
    ],
)
def test_a_byline_under_the_headline_stays_under_it_and_a_genre_tag_goes_above(under, before, after):
    header = f"<header class='entry-header'><h1>{HEADLINE}</h1>{under}</header>"
    lines = lines_of(page(header + f"<div class='entry-content'>{BODY}</div>"))
    assert lines[: len(before) + 1 + len(after)] == [*before, HEADLINE, *after]


@pytest.mark.parametrize(
    "subtitle",
    [
        "<h2 class='subtitle'>Six médecins salariés et des consultations sans rendez-vous</h2>",
        "<h3>Le troisième centre du département</h3>",
    ],
)
@pytest.mark.parametrize("stamp", ["<p class='meta'>lundi 3 mars 2025</p>", "<p>Publié le 03/03/2025</p>"])
def test_a_date_line_under_a_subtitle_is_read_with_it(subtitle, stamp):
    lines = lines_of(page(f"<h1>{HEADLINE}</h1>{subtitle}{stamp}{BODY}"))
    assert lines[0] == HEADLINE
    assert any(line in stamp for line in lines[1:3]), lines[:3]


@pytest.mark.parametrize(
    ("heading", "lines"),
    [
        (
            f"<h1><span class='surtitre'>Communiqué de presse</span><span>{HEADLINE}</span></h1>",
            ["Communiqué de presse", HEADLINE],
        ),
        (
            f"<h1><span class='kicker'>Invitation presse</span> {HEADLINE}</h1>",
            ["Invitation presse", HEADLINE],
        ),
        (f"<h2 class='titre'><small>COMMUNIQUÉ</small><br>{HEADLINE}</h2>", ["COMMUNIQUÉ", HEADLINE]),
        (f"<h1><strong>Communiqué</strong> : {HEADLINE}</h1>", [f"Communiqué : {HEADLINE}"]),
        (f"<h1><em>Santé</em> {HEADLINE}</h1>", [f"Santé {HEADLINE}"]),  # no genre: the heading's words
    ],
)
def test_a_genre_tag_set_inside_the_headline_is_a_line_above_it(heading, lines):
    assert lines_of(page(heading + BODY))[: len(lines)] == lines


@pytest.mark.parametrize(
    "tags",
    [
        "<ul class='fr-tags-group'><li><p class='fr-tag'>Communiqué de presse</p></li>"
        "<li><p class='fr-tag'>Santé</p></li></ul>",
        "<p class='fr-tag'>Communiqué de presse</p>",
        "<p class='meta'><span class='fr-badge'>Communiqué de presse</span></p>",
        "<div class='etiquettes'><span class='tag'>Communiqué de presse</span> "
        "<span class='tag'>Santé</span></div>",
    ],
)
def test_a_genre_set_as_a_tag_above_the_headline_is_read_and_topic_tags_are_not(tags):
    lines = lines_of(page(f"{tags}<h1>{HEADLINE}</h1>{BODY}"))
    assert lines[:2] == ["Communiqué de presse", HEADLINE]
    assert "Santé" not in lines


@pytest.mark.parametrize(
    "box",
    [
        "<div class='author-info'><h2>À propos de l'auteur</h2><p>{bio}</p></div>",
        "<section class='post-bio'><h3>A propos de l’autrice</h3><p>{bio}</p></section>",
        "<div class='about'><h4>About the author</h4><p>{bio}</p></div>",
    ],
)
def test_an_authors_bio_box_after_the_post_is_not_the_issuers_boilerplate(box):
    bio = (
        "Claire anime la communication du département depuis 2019 ; elle a auparavant travaillé dix ans "
        "dans la presse quotidienne régionale et coordonne les relations avec les élus du territoire."
    )
    text = read_html("page.html", page(f"<h1>{HEADLINE}</h1>{BODY}", box.format(bio=bio))).text
    assert "dans la presse quotidienne régionale" not in text


SIDE = (
    "<div class='box'><h3>Contact</h3><p>Hôtel du Département<br>2 quai Saint-Ruf, 07000 Privas<br>"
    "04 75 00 00 00</p></div><div class='box'><h3>Contact presse</h3><p>Service presse<br>"
    "presse@ardeche.example</p></div>"
)


@pytest.mark.parametrize(
    "column",
    [
        "<div id='secondary' class='widget-area'>{side}</div>",
        "<div id='col_droite' class='col-droite'>{side}</div>",
        "<div class='col-4' role='complementary'>{side}</div>",
        "<div class='sidebar-right'>{side}</div>",
    ],
)
def test_kept_lines_in_a_side_column_leave_the_body(column):
    tree = parse(
        f"<html><body><main><h1>{HEADLINE}</h1>{BODY}</main>{column.format(side=SIDE)}</body></html>"
    )
    lines = page_lines(tree)
    every = set(range(len(lines)))  # as when the extractor keeps the sidebar after the article
    dropped = {lines[i].text for i in side_columns(lines, every)}
    assert "2 quai Saint-Ruf, 07000 Privas" in dropped and "presse@ardeche.example" in dropped
    assert not any(text.startswith("Le conseil départemental") for text in dropped)


@pytest.mark.parametrize(
    "article",
    [
        f"<div class='col-droite'><h1>{HEADLINE}</h1>{BODY}</div>",  # the column holds the headline
        f"<div class='secondary-content'>{BODY}{BODY}</div>",  # and here most of the text
    ],
)
def test_a_column_that_holds_the_article_is_not_a_side_column(article):
    lines = page_lines(parse(f"<html><body><h2>{HEADLINE}</h2>{article}<p>Fin.</p></body></html>"))
    assert not side_columns(lines, set(range(len(lines))))


@pytest.mark.parametrize(
    "around",
    [
        "<div id='didomi-host'><div class='didomi-popup'><h2>À propos des cookies sur ce site</h2>"
        "<p>{consent}</p><p>Contact presse : dpo@ardeche.example</p></div></div>",
        "<div id='CybotCookiebotDialog'><h2>Ce site utilise des cookies</h2><p>{consent}</p></div>",
        "<div id='axeptio_overlay'><p>{consent}</p></div>",
        "<div class='page-feedback'><p>Cette page vous a-t-elle été utile ? {consent}</p></div>",
        "<blockquote class='twitter-tweet'><p>{consent}</p>— Département (@Ardeche07) "
        "3 mars 2025</blockquote>",
    ],
)
def test_consent_managers_and_embedded_posts_stay_out(around):
    consent = (
        "Nous et nos partenaires utilisons des traceurs pour mesurer l'audience et personnaliser les "
        "contenus. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment."
    )
    block = around.format(consent=consent)
    for data in (page(f"<h1>{HEADLINE}</h1>{BODY}", block), page(f"<h1>{HEADLINE}</h1>{BODY}{block}")):
        text = read_html("page.html", data).text
        assert "traceurs" not in text and "dpo@" not in text and "@Ardeche07" not in text


def test_a_furniture_name_on_the_body_or_the_article_hides_nothing():
    card = "<p class='contact'>Lise Aubert, attachée de presse<br>lise.aubert@ardeche.example</p>"
    box = "<aside><div class='box'><h3>Contact presse</h3><p>presse@ardeche.example</p></div></aside>"
    data = page(
        f"<h1>{HEADLINE}</h1>{BODY}<figure><img src='x.jpg'><figcaption>{card}</figcaption></figure>", box
    )
    data = data.replace(b"<body>", b"<body class='cookies-not-set'>").replace(
        b"<article>", b"<article class='post has-share-buttons'>"
    )
    text = read_html("page.html", data).text
    assert "lise.aubert@ardeche.example" in text and "Contact presse\npresse@ardeche.example" in text


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (b"<main>", b"<main aria-hidden='true'>"),  # saved while a consent dialog was open
        (b"<body>", b"<body style='display: none'>"),  # shown by a script once loaded
        (b"<div class='page'>", b"<div class='page' aria-hidden='true'>"),
    ],
)
def test_a_page_hidden_around_its_article_is_still_read(before, after):
    data = page(f"<h1>{HEADLINE}</h1>{BODY}<p class='visually-hidden'>Fin du contenu</p>").replace(
        before, after
    )
    lines = lines_of(data)
    assert lines[0] == HEADLINE and "Fin du contenu" not in lines


@pytest.mark.parametrize("logo", ["", "<h1 class='site-title'><a href='/'>Ardèche</a></h1>"])
def test_a_title_banner_above_the_article_gives_the_page_its_date(logo):
    banner = (
        f"<header class='site-header'>{logo}<nav><a href='/'>Accueil</a></nav></header>"
        f"<div class='hero'><header class='entry-header'><h1 class='entry-title'>{HEADLINE}</h1>"
        "<div class='entry-meta'><time datetime='2025-03-03'>3 mars 2025</time></div></header></div>"
    )
    data = (
        f"<!DOCTYPE html><html lang='fr'><head><title>{HEADLINE}</title></head><body>{banner}"
        f"<main><article>{BODY}</article></main><footer><p>Mentions légales</p></footer></body></html>"
    ).encode()
    document = read_html("page.html", data)
    assert document.text.split("\n\n")[:2] == [HEADLINE, "3 mars 2025"]
    assert document.page["published"] == "2025-03-03"
