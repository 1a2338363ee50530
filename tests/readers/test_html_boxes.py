"""The HTML reader on what the dev set's twins showed (tests/data/html/dev): sections of teasers for
other articles under the article ('Voir aussi' cards), a press-contact box whose heading line holds
the first contact, a contact box's heading set on the line above its lines, and the page's headline
given to the metadata as the title's evidence. Small invented pages in the shapes of French sites."""

from __future__ import annotations

import pytest

from pipeline.extractors.metadata import extract_metadata
from pipeline.readers.html import read_html

BODY = (
    "<p>Le syndicat mixte du bassin de la Vionne lance le 3 juin une campagne de restauration des "
    "berges sur douze kilomètres, entre Saint-Aubin et Montvert, pour un montant de 2,4 millions d'euros.</p>"
    "<p>Les travaux dureront jusqu'à la fin de l'automne ; la circulation sur le chemin de halage sera "
    "interrompue par tronçons, signalés une semaine à l'avance en mairie et sur le site du syndicat.</p>"
)
HEADLINE = "Restauration des berges de la Vionne : les travaux commencent le 3 juin"


def page(main: str, title: str = HEADLINE, head: str = "", aside: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title} - Syndicat de la '
        f'Vionne</title>{head}</head><body><header><nav><a href="/">Accueil</a> <a href="/presse">Presse</a>'
        f"</nav></header><main>{main}</main>{aside}<footer><p>Mentions légales · Plan du site</p></footer>"
        "</body></html>"
    ).encode()


TEASERS = {
    "dsfr cards": (
        "<div class='fr-mt-6w'><h2>Voir aussi</h2><div class='fr-grid-row'><div class='fr-card'>"
        "<div class='fr-card__body'><h3 class='fr-card__title'><a href='/p/1'>Bilan de la saison de pêche "
        "sur la Vionne</a></h3><p class='fr-card__detail'>12 mars 2024</p></div></div><div class='fr-card'>"
        "<div class='fr-card__body'><h3 class='fr-card__title'><a href='/p/2'>Nouvelles règles pour les "
        "prélèvements d'eau</a></h3><p class='fr-card__detail'>3 avril 2024</p></div></div></div></div>"
    ),
    "wordpress list": (
        "<section class='entry-more'><h3>À lire aussi</h3><ul><li><a href='/a'>Assemblée générale du "
        "syndicat : le compte rendu</a> <span>18 janvier 2024</span></li><li><a href='/b'>Les crues de "
        "l'hiver en images</a> <span>2 février 2024</span></li></ul></section>"
    ),
    "drupal block": (
        "<div class='block-views'><div class='title'><h2>Sur le même sujet</h2></div><div class='view'>"
        "<p><a href='/c'>Le plan de gestion des sédiments adopté</a></p><p>Publié le 4 mai 2024</p>"
        "<p><a href='/d'>Une passe à poissons au moulin de Montvert</a></p></div></div>"
    ),
    "newsroom stories": (
        "<section class='bloc'><h2>Articles liés</h2><div class='grid'><div class='item'><a href='/e'>"
        "<h3>Le syndicat renouvelle son bureau</h3></a><p>Gouvernance</p></div><div class='item'>"
        "<a href='/f'><h3>Une étude sur la qualité de l'eau de la Vionne</h3></a><p>Environnement</p></div>"
        "</div></section>"
    ),
    "town page": (
        "<div class='bloc-bas'><h2>Actualités liées</h2><p><a href='/g'>Fermeture du chemin de halage "
        "pendant les crues</a></p><p>Publié le 8 janvier 2024</p></div>"
    ),
}


@pytest.mark.parametrize("teasers", TEASERS.values(), ids=TEASERS.keys())
def test_a_section_of_teasers_for_other_articles_stays_out(teasers):
    column = f"<div class='col-8'><h1>{HEADLINE}</h1><p class='date'>Publié le 2 juin 2025</p>{BODY}</div>"
    text = read_html("page.html", page(f"<div class='container'>{column}{teasers}</div>")).text
    assert "2,4 millions d'euros" in text and "signalés une semaine à l'avance" in text
    for furniture in (
        "aussi",
        "Sur le même sujet",
        "liés",
        "liées",
        "2024",
        "Bilan",
        "compte rendu",
        "bureau",
    ):
        assert furniture not in text, furniture


def test_a_see_also_heading_over_prose_is_read():
    prose = (
        "<h2>Voir aussi le calendrier des réunions publiques</h2><p>Trois réunions publiques se tiendront "
        "à Saint-Aubin, à Montvert et à Lavaur, où les techniciens présenteront les chantiers aux "
        "riverains.</p>"
    )
    text = read_html("page.html", page(f"<article><h1>{HEADLINE}</h1>{BODY}{prose}</article>")).text
    assert "Trois réunions publiques se tiendront" in text


BOXES = {
    "heading holds the first contact": (
        "<aside class='press'><h3>Contact presse : Jeanne Roy – 06 12 34 56 78</h3>"
        "<p>Standard du syndicat : 05 63 12 34 00</p></aside>",
        ["Contact presse : Jeanne Roy – 06 12 34 56 78\n", "Standard du syndicat : 05 63 12 34 00"],
    ),
    "label in a paragraph": (
        "<aside><div class='contact-presse'><p><strong>Contact presse :</strong> Paul Mercier, "
        "p.mercier@vionne.example<br>Secrétariat : 05 63 12 34 01</p></div></aside>",
        ["Contact presse : Paul Mercier, p.mercier@vionne.example\nSecrétariat : 05 63 12 34 01"],
    ),
    "heading over cards": (
        "<section class='contacts'><h2>Relations médias</h2><div class='card'><p>Agence Riviera RP</p>"
        "<p>Lucie Martin – lucie@riviera-rp.example</p></div></section>",
        ["Relations médias\nAgence Riviera RP\n\nLucie Martin – lucie@riviera-rp.example"],
    ),
    "a mailbox only, its address a link": (
        "<div class='ps'><div class='contact-presse'><p><strong>Contact presse</strong> : <a "
        "href='mailto:presse@vionne.example'>presse@vionne.example</a></p></div></div>",
        ["Contact presse : presse@vionne.example"],
    ),
}


@pytest.mark.parametrize(("box", "expected"), BOXES.values(), ids=BOXES.keys())
def test_a_contact_box_outside_the_article_is_read_whole_after_it(box, expected):
    text = read_html("page.html", page(f"<article><h1>{HEADLINE}</h1>{BODY}</article>", aside=box)).text
    for piece in expected:
        assert piece in text, (piece, text)
        assert text.index(piece) > text.index("2,4 millions")


def test_a_contact_heading_inside_the_article_sits_on_the_line_above_its_lines():
    box = "<h2>Contacts presse</h2><p>Syndicat de la Vionne<br>Service communication<br>05 63 12 34 02</p>"
    text = read_html("page.html", page(f"<article><h1>{HEADLINE}</h1>{BODY}{box}</article>")).text
    assert "Contacts presse\nSyndicat de la Vionne\nService communication\n05 63 12 34 02" in text


def metadata_of(data: bytes) -> dict:
    document = read_html("page.html", data)
    return extract_metadata(document.text, page=document.page, headline=document.headline)


PASTED = [  # a site's own headline, then the release pasted under it, with its header and dateline
    (
        "Crues : la vigilance orange levée sur la Vionne",
        "<p>COMMUNIQUÉ DE PRESSE</p><p>Montvert, le 12 février 2026</p><p><strong>Point de situation "
        "n° 4</strong></p>",
    ),
    (
        "Le festival Rives en fête dévoile son affiche",
        "<p>Invitation presse</p><p>Saint-Aubin, le 3 mai 2026</p><p>Objet : programmation 2026</p>",
    ),
    (
        "Un nouveau directeur général pour Valnor Industries",
        "<p>Information presse – Lavaur, le 2 mars 2026</p><p>Valnor Industries annonce une nomination</p>",
    ),
]


@pytest.mark.parametrize(("headline", "header"), PASTED)
def test_the_headline_the_page_title_names_is_the_title(headline, header):
    data = page(
        f"<article><h1>{headline}</h1><p class='date'>Publié le 12/02/2026</p>{header}{BODY}</article>",
        title=headline,
        head=f"<meta property='og:title' content=\"{headline}\">",
    )
    metadata = metadata_of(data)
    assert metadata["title"] == headline
    assert metadata["evidence"]["title"]["rule"] == "metadata.page_headline"


def test_an_h1_the_page_title_does_not_name_is_no_headline_evidence():
    data = page(
        f"<article><h1>Espace presse</h1><p>COMMUNIQUÉ DE PRESSE</p><h2>{HEADLINE}</h2>{BODY}</article>",
        title="Syndicat de la Vionne",
    )
    document = read_html("page.html", data)
    assert document.headline is None
    assert metadata_of(data)["title"] != "Espace presse"


LOOSE = {
    "spip texte": (
        "<div class='texte'><p>COMMUNIQUÉ DE PRESSE</p>{paragraphs}<h3>Partenaires</h3>Le chantier est "
        "financé par l'Agence de l'eau, la Région et le Département, avec le concours de la fédération de "
        "pêche et de <strong>trois communes</strong> riveraines.<br><br><hr></div>"
    ),
    "joomla item": (
        "<div class='item-page'><div itemprop='articleBody'>{paragraphs}<h2>Prochaine étape</h2>Une "
        "réunion publique se tiendra à Montvert le <strong>12 juin</strong> pour présenter le calendrier "
        "détaillé des travaux aux riverains et aux pêcheurs.<br><br></div></div>"
    ),
}
PARAGRAPHS = (
    "<strong>Montvert, le 2 juin 2025</strong><br><br>Le syndicat mixte du bassin de la Vionne lance le 3 "
    "juin une campagne de restauration des berges sur douze kilomètres, entre Saint-Aubin et Montvert, pour "
    "un montant de 2,4 millions d'euros.<br><br>Les travaux dureront jusqu'à la fin de l'automne ; la "
    "circulation sur le chemin de halage sera interrompue par tronçons, signalés une semaine à l'avance en "
    "mairie.<br><br><em>« Ces berges sont notre patrimoine commun »</em>, rappelle la présidente du "
    "syndicat, Anne Vidal, qui visitera le premier chantier avec les maires.<br><br>"
)


@pytest.mark.parametrize("body", LOOSE.values(), ids=LOOSE.keys())
def test_a_body_of_loose_text_is_read_to_its_last_section(body):
    article = f"<article><h1>{HEADLINE}</h1>{body.format(paragraphs=PARAGRAPHS)}</article>"
    related = "<div class='related'><h2>À lire aussi</h2><ul><li><a href='/x'>Les crues de l'hiver</a>"
    related += "</li></ul></div>"
    text = read_html("page.html", page(article + related)).text
    last = (
        "Partenaires\n\nLe chantier est financé"
        if "Partenaires" in body
        else "Prochaine étape\n\nUne réunion"
    )
    assert "2,4 millions d'euros" in text and "rappelle la présidente" in text
    assert last in text and text.index(last) > text.index("rappelle la présidente"), text
    assert "crues de l'hiver" not in text


READERS = {
    "spip forum": "<div class='forum'><h2>Un message, un commentaire ?</h2><p>Forum sur abonnement</p></div>",
    "wordpress comments": (
        "<div id='comments' class='comments-area'><h2>2 réponses</h2><ol class='comment-list'><li>"
        "<p>Bravo pour ce chantier attendu depuis des années par tous les pêcheurs du secteur !</p></li>"
        "</ol></div>"
    ),
    "drupal comments": (
        "<section class='comment-wrapper'><h2>Commentaires</h2><div class='comment'><p>Les riverains "
        "seront-ils prévenus avant la fermeture du chemin de halage ?</p></div></section>"
    ),
}


@pytest.mark.parametrize("block", READERS.values(), ids=READERS.keys())
def test_readers_comments_and_forums_stay_out(block):
    box = "<div class='ps'><p><strong>Contact presse :</strong> Paul Mercier, 05 63 12 34 01</p></div>"
    text = read_html(
        "page.html", page(f"<div class='content'><h1>{HEADLINE}</h1>{BODY}{box}{block}</div>")
    ).text
    assert "2,4 millions d'euros" in text and "Paul Mercier" in text
    for furniture in ("Un message", "Forum", "réponses", "Bravo", "Commentaires", "riverains seront"):
        assert furniture not in text, furniture


QUALIFIED = [  # the release's genre line with what kind of release it is, over the page's headline
    ("COMMUNIQUÉ – ANNONCE DE TRAVAUX", "<p>Syndicat de la Vionne</p><p>COMMUNIQUÉ – ANNONCE DE TRAVAUX</p>"),
    ("Communiqué de presse – Rappel de produit", "<p>Communiqué de presse – Rappel de produit</p>"),
]


@pytest.mark.parametrize(("genre", "header"), QUALIFIED)
def test_a_qualified_genre_over_the_page_headline_is_read_whole(genre, header):
    """The headline's line, covered by the page headline's evidence, is still a headline under the
    genre line: the words after the genre say what kind of release it is (as in the text)."""
    data = page(f"<article>{header}<p>Montvert, le 3 juin 2026</p><h1>{HEADLINE}</h1>{BODY}</article>")
    metadata = metadata_of(data)
    assert metadata["title"] == HEADLINE
    assert metadata["document_type"] == genre


def test_the_page_headline_over_the_lede_is_no_letterhead():
    """A page whose release prints no letterhead: its headline, then the date line and the lede. The
    headline is the title, and the letterhead search sets it aside (it took the headline for the
    issuer); a release pasted under it keeps its own letterhead."""
    headline = "Commerce de centre-ville : un semestre de stabilisation, la vacance recule à Montvert"
    data = page(
        f"<article><h1>{headline}</h1><p class='date'>Publié le 3 juin 2026</p>{BODY}</article>",
        title=headline,
    )
    metadata = metadata_of(data)
    assert metadata["title"] == headline
    assert metadata["issuer"] != headline
