"""The HTML reader on small invented pages: main content, lines, links, contact boxes, elements,
decoding, refusals, and the page's own metadata."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.extractors.metadata import extract_metadata
from pipeline.readers.html import (
    LISTING,
    NO_CONTENT,
    arrange,
    decode_page,
    page_lines,
    parse,
    read_html,
    without_furniture,
)
from pipeline.readers.webpage import page_metadata

BODY = """
<p>La communauté de communes du Val Fleuri annonce l’ouverture d’une recyclerie intercommunale à
Saint-Amand, le 2 juin 2025, dans les anciens ateliers municipaux rénovés pour l’occasion.</p>
<p>Les habitants pourront y déposer meubles, vaisselle, jouets et petit électroménager, qui seront
réparés par une équipe de six salariés en insertion avant d’être revendus à petits prix.</p>
<p>« Nous voulons que chaque objet ait une deuxième vie près de chez nous », explique la présidente
de la communauté de communes, qui inaugurera le lieu avec les maires du territoire.</p>
"""
"""An invented release (not from the corpus)."""

SITE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body><div class="cookies">Nous utilisons des cookies. Accepter Refuser</div>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/actus">Actualités</a></li>
<li><a href="/contact">Contact</a></li></ul></nav></header>
<main><article>{article}</article><aside>{aside}</aside></main>
<footer><p>Contact : Communauté de communes, 1 place de la Mairie, 03 20 00 00 00</p>
<p><a href="/mentions">Mentions légales</a> · <a href="/plan">Plan du site</a></p></footer>
</body></html>"""


def page(article: str = BODY, aside: str = "", head: str = "", title: str = "Une recyclerie") -> bytes:
    return SITE.format(title=title, head=head, article=article, aside=aside).encode("utf-8")


def read(data: bytes, charset: str | None = None):
    return read_html("page.html", data, charset)


def test_main_content_without_the_site_around_it():
    text = read(page()).text
    assert "recyclerie intercommunale" in text and "deuxième vie" in text
    for furniture in ("cookies", "Accepter", "Actualités", "Mentions légales", "Plan du site", "1 place"):
        assert furniture not in text


def test_paragraphs_are_separated_by_a_blank_line():
    text = read(page()).text
    assert "rénovés pour l’occasion.\n\nLes habitants" in text


def test_list_items_and_table_rows_are_lines():
    article = BODY + (
        "<ul><li>meubles et literie ;</li><li>vaisselle et jouets.</li></ul>"
        "<table><tr><th>Jour</th><th>Horaires</th></tr><tr><td>Mercredi</td><td>9 h - 17 h</td></tr></table>"
    )
    text = read(page(article)).text
    assert "• meubles et literie ;\n• vaisselle et jouets." in text
    assert "Jour | Horaires\nMercredi | 9 h - 17 h" in text


def test_copied_line_wraps_are_rejoined_but_meant_breaks_are_kept():
    wraps = (
        "<p>La communauté de communes du Val Fleuri annonce l’ouverture d’une<br>"
        "recyclerie intercommunale à Saint-Amand, le 2 juin 2025, dans les anciens<br>"
        "ateliers municipaux rénovés pour l’occasion, avec une équipe de six salariés<br>"
        "en insertion.</p>"
    )
    meant = (
        "<p><strong>À propos du Val Fleuri</strong><br>www.valfleuri.fr<br>contact : info@valfleuri.fr</p>"
    )
    text = read(page(BODY + wraps + meant)).text
    assert "annonce l’ouverture d’une recyclerie intercommunale" in text and "salariés en insertion." in text
    assert "À propos du Val Fleuri\nwww.valfleuri.fr\ncontact : info@valfleuri.fr" in text


def test_a_line_break_keeps_the_block():
    article = BODY + "<p>Recyclerie du Val Fleuri<br>12, rue des Ateliers<br>Saint-Amand</p>"
    document = read(page(article))
    assert "Recyclerie du Val Fleuri\n12, rue des Ateliers\nSaint-Amand" in document.text
    start = document.text.index("12, rue")
    assert document.locate(start, start + 5)["xpath"].endswith("/article/p[4]")


def test_mailto_and_tel_links_keep_their_address():
    article = BODY + (
        '<p>Écrire au <a href="mailto:presse@valfleuri.fr">service de presse</a> ou appeler le '
        '<a href="tel:+33320123456">standard</a>, ou '
        '<a href="mailto:info@valfleuri.fr">info@valfleuri.fr</a>.</p>'
    )
    text = read(page(article)).text
    assert "service de presse (presse@valfleuri.fr)" in text
    assert "standard (+33320123456)" in text
    assert text.count("info@valfleuri.fr") == 1


def test_cloudflare_protected_address_is_decoded():
    key, address = 0x42, "presse@valfleuri.fr"
    encoded = f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in address)
    article = (
        BODY + f'<p>Contact : <a class="__cf_email__" data-cfemail="{encoded}">[email protected]</a></p>'
    )
    assert address in read(page(article)).text


def test_press_contact_box_outside_the_article_comes_after_the_body():
    aside = (
        "<div class='box'><h3>Contact presse</h3><p>Julie Martin, chargée de communication</p>"
        "<p>06 12 34 56 78 – <a href='mailto:j.martin@valfleuri.fr'>j.martin@valfleuri.fr</a></p></div>"
        "<div><h3>À lire aussi</h3><ul><li><a href='/a'>Le marché de Noël</a></li></ul></div>"
    )
    document = read(page(aside=aside))
    text = document.text
    assert text.index("Contact presse") > text.index("deuxième vie")
    assert text.rstrip().endswith("06 12 34 56 78 – j.martin@valfleuri.fr")
    assert "À lire aussi" not in text and "marché de Noël" not in text
    start = text.index("Julie Martin")
    assert "/aside/" in document.locate(start, start + 5)["xpath"]


def test_a_site_contact_without_press_wording_stays_out():
    aside = "<div><h3>Nous contacter</h3><p>03 20 00 00 00 – accueil@valfleuri.fr</p></div>"
    assert "accueil@valfleuri.fr" not in read(page(aside=aside)).text


def test_the_article_headline_is_kept():
    article = "<h1>Une recyclerie ouvre à Saint-Amand</h1>" + BODY
    document = read(page(article, title="Une recyclerie ouvre à Saint-Amand | Val Fleuri"))
    assert document.text.startswith("Une recyclerie ouvre à Saint-Amand\n\n")
    assert document.locate(0, 5)["xpath"].endswith("/article/h1")


def test_wrong_declared_charset_is_overruled_by_the_bytes():
    utf8 = page().replace(b'charset="utf-8"', b'charset="iso-8859-1"')
    document = read(utf8)
    assert document.encoding == "utf-8 (declared iso-8859-1)" and "l’ouverture" in document.text
    cp1252 = page().decode("utf-8").encode("cp1252")
    document = read(cp1252)
    assert document.encoding == "cp1252 (declared utf-8)" and "l’ouverture" in document.text
    assert decode_page("é".encode("latin-1"), "ISO-8859-15") == ("é", "iso8859-15")


def test_a_javascript_shell_has_no_content():
    shell = (
        b'<!DOCTYPE html><html><head><title>App</title></head><body><div id="root"></div>'
        b"<noscript>Activez JavaScript.</noscript><script>window.boot()</script></body></html>"
    )
    with pytest.raises(InputError, match=NO_CONTENT.split(" (")[0]):
        read(shell)


def test_a_listing_page_is_refused():
    items = "".join(
        f'<li><a href="/actu/{i}">Communiqué de presse n° {i} : la communauté de communes '
        f"annonce un nouveau service aux habitants du Val Fleuri</a></li>"
        for i in range(12)
    )
    with pytest.raises(InputError, match="listing"):
        read(page(f"<h2>Nos communiqués</h2><ul>{items}</ul>"))
    assert "listing" in LISTING


HEAD = """<meta property="og:title" content="Une recyclerie ouvre à Saint-Amand">
<meta property="og:site_name" content="Val Fleuri">
<link rel="canonical" href="https://www.valfleuri.fr/actus/recyclerie">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "Site du Val Fleuri"},
 {"@type": "NewsArticle", "headline": "Recyclerie", "datePublished": "2025-05-20T10:00:00+02:00",
  "author": [{"@type": "Person", "name": "Service communication"}]}]}</script>
<script type="application/ld+json">{broken</script>"""


def test_page_metadata_from_open_graph_json_ld_and_the_head():
    meta = page_metadata(parse(page(head=HEAD, title="Une recyclerie | Val Fleuri").decode()))
    assert meta == {
        "title": "Une recyclerie ouvre à Saint-Amand",
        "published": "2025-05-20",
        "site_name": "Val Fleuri",
        "canonical_url": "https://www.valfleuri.fr/actus/recyclerie",
        "language": "fr",
        "author": "Service communication",
    }


def test_page_title_prefers_the_headline_the_title_names():
    article = "<h1>Une recyclerie ouvre à Saint-Amand</h1>" + BODY
    html = SITE.format(
        title="Une recyclerie ouvre à Saint-Amand | Actualités | Val Fleuri",
        head="",
        article=article,
        aside="",
    )
    html = html.replace("<header>", "<header><h1>Val Fleuri</h1>")
    meta = page_metadata(parse(html))
    assert meta["title"] == "Une recyclerie ouvre à Saint-Amand"
    assert meta["site_name"] == "Val Fleuri"


def test_metadata_falls_back_on_the_page():
    text = "Les habitants pourront déposer meubles et vaisselle à la recyclerie dès l'ouverture. " * 4
    page_fields = {"title": "Une recyclerie ouvre", "published": "2025-05-20", "site_name": "Val Fleuri"}
    metadata = extract_metadata(text, page=page_fields)
    assert (metadata["title"], metadata["date"]) == ("Une recyclerie ouvre", "2025-05-20")
    assert metadata["issuer"] is None  # a site's name is not the release's issuer
    assert metadata["page_evidence"]["date"] == {
        "page_field": "published",
        "text": "2025-05-20",
        "rule": "metadata.page_published",
    }


def test_the_text_comes_before_the_page():
    text = "COMMUNIQUÉ DE PRESSE\n\nSaint-Amand, le 21 mai 2025\n\nUne recyclerie ouvre ses portes\n\n" + (
        "Les habitants pourront déposer meubles et vaisselle à la recyclerie dès l'ouverture."
    )
    metadata = extract_metadata(text, page={"title": "Autre titre", "published": "2025-05-20"})
    assert metadata["date"] == "2025-05-21" and metadata["title"] == "Une recyclerie ouvre ses portes"
    assert "page_evidence" not in metadata


def test_the_article_header_keeps_its_genre_tag_and_date():
    article = (
        '<div class="title"><h1>Une recyclerie ouvre à Saint-Amand</h1>'
        '<a href="/communiques">Communiqué de presse</a></div>'
        '<div class="sr-only">Corps de texte</div>'
        '<div class="meta"><time datetime="2025-05-21">21 mai 2025</time></div>'
        '<div class="meta"><a href="/partager">Partager sur les réseaux sociaux</a></div>' + BODY
    )
    text = read(page(article, title="Une recyclerie ouvre à Saint-Amand")).text
    assert text.startswith(
        "Communiqué de presse\n\nUne recyclerie ouvre à Saint-Amand\n\n21 mai 2025\n\nLa commu"
    )
    assert "Corps de texte" not in text and "Partager" not in text


def test_contact_cards_inside_the_article_are_kept():
    cards = "".join(
        f'<figure><img src="/photo{i}.jpg" alt=""><figcaption><strong>{name}</strong>,<br>{role}<br>'
        f'<a href="mailto:{mail}">{mail}</a><br>06 1{i} 22 33 44</figcaption></figure>'
        for i, (name, role, mail) in enumerate(
            [
                ("Julie Martin", "chargée de communication", "j.martin@valfleuri.fr"),
                ("Paul Girard", "directeur de la recyclerie", "p.girard@valfleuri.fr"),
            ]
        )
    )
    text = read(page(BODY + '<figure><img src="/contact-presse.png" alt=""></figure>' + cards)).text
    assert "Julie Martin,\nchargée de communication\nj.martin@valfleuri.fr\n06 10 22 33 44" in text
    assert "p.girard@valfleuri.fr" in text and text.index("Julie Martin") > text.index("deuxième vie")
    assert "1 place de la Mairie" not in text  # the site's footer address stays out


def test_a_standfirst_left_out_by_the_extractor_is_read_as_the_page_shows_it():
    """arrange() on the page's lines, with the extractor's choice given: the body without the
    standfirst (as trafilatura leaves out some sites' standfirsts). A standfirst the body repeats
    is read twice, as a reader of the page sees it (and as the gold labels it)."""
    standfirst = "La recyclerie du Val Fleuri ouvrira le 2 juin 2025 dans les anciens ateliers municipaux."
    for first_paragraph in ("", f"<p>{standfirst} Les travaux ont duré un an.</p>"):
        article = (
            '<div class="head"><h1>Une recyclerie ouvre à Saint-Amand</h1></div>'
            f'<div class="chapo"><p>{standfirst}</p></div><div class="content">{first_paragraph}{BODY}</div>'
        )
        lines = page_lines(parse(page(article).decode()))
        body = {
            i
            for i, line in enumerate(lines)
            if "/div[3]/p" in line.element.getroottree().getpath(line.element)
        }
        order = arrange(lines, body, "Une recyclerie ouvre à Saint-Amand")
        texts = [lines[i].text for i in order]
        assert texts[0] == "Une recyclerie ouvre à Saint-Amand"
        assert texts[1] == standfirst
        assert sum(standfirst in t for t in texts) == (2 if first_paragraph else 1)


def test_a_failure_inside_the_libraries_is_a_one_line_refusal(monkeypatch):
    import pipeline.readers.html as html

    def broken(tree):
        raise ValueError("unexpected\nstructure")

    monkeypatch.setattr(html, "extract_main", broken)
    with pytest.raises(InputError, match=r"cannot read the page \(ValueError: unexpected structure\)"):
        read(page())


def test_a_saved_page_assets_folder_is_not_walked(tmp_path):
    from pipeline.planning import iter_inputs

    (tmp_path / "communique.html").write_bytes(page())
    (tmp_path / "communique_files").mkdir()
    (tmp_path / "communique_files" / "saved_resource.html").write_bytes(b"<html><body>ad</body></html>")
    (tmp_path / "other_files").mkdir()
    (tmp_path / "other_files" / "note.txt").write_text("kept: no page of that name")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])]
    assert found == ["communique.html", "other_files/note.txt"]


def test_related_articles_sharing_and_menus_are_pruned_before_extraction():
    teasers = "".join(
        f'<div class="views-row slick-slide"><article><h3><a href="/actu{i}">Autre actualité {i}</a></h3>'
        f"<p>Le 1{i} mars 2025, la commune a inauguré un nouvel équipement sportif.</p></article></div>"
        for i in range(3)
    )
    shapes = [
        f'<div class="article--voir-aussi"><div class="slick-track">{teasers}</div></div>',
        f'<section id="related-posts"><h2>À lire aussi</h2>{teasers}</section>',
        f'<div class="a-lire-aussi carousel">{teasers}</div>',
    ]
    sharing = '<div class="partage-reseaux"><a href="/fb">Facebook</a> <a href="/x">X</a></div>'
    for shape in shapes:
        html = page(f"<h1>Une recyclerie</h1>{sharing}{BODY}{shape}")
        pruned = without_furniture(parse(html.decode()))
        shown = pruned.find("body").text_content()
        assert "Autre actualité" not in shown and "Facebook" not in shown
        assert "deuxième vie" in shown and "Une recyclerie" in shown
        assert "Autre actualité" not in read(html).text


def test_a_class_that_only_contains_a_furniture_word_is_not_furniture():
    section = (
        '<div class="economie-sociale"><p>Le chantier d’insertion relève de l’économie sociale et '
        "solidaire : il emploie six salariés accompagnés vers un emploi durable.</p></div>"
    )
    pruned = without_furniture(parse(page(BODY + section).decode()))
    assert "économie sociale" in pruned.find("body").text_content()


def test_a_marked_block_holding_the_headline_or_most_of_the_text_stays():
    for article in (
        f'<div class="slider-une"><div class="slide"><h1>Une recyclerie</h1>{BODY}</div></div>',
        f'<div class="menu-principal-wrapper"><div class="contenu">{BODY}</div></div>',
    ):
        pruned = without_furniture(parse(page(article).decode()))
        assert "deuxième vie" in pruned.find("body").text_content()
        assert "deuxième vie" in read(page(article)).text


def test_the_site_navigation_is_not_read():
    html = page(BODY).decode().replace("<main>", "<main><nav><a href='/a'>Rubriques du Val</a></nav>")
    assert not any("Rubriques du Val" in line.text for line in page_lines(parse(html)))


def test_a_document_attached_between_paragraphs_is_read_in_place():
    paragraphs = BODY.split("</p>")
    for link in (
        '<a href="/files/cp-2025-05-12.pdf">Communiqué de presse du 12/05/2025 (pdf, 320 Ko)</a>',
        '<a href="/docs/dossier.docx?v=2">Télécharger le dossier de presse (Word, 1,2 Mo)</a>',
        '<p><a href="/sites/default/files/programme.odt">Le programme de l’inauguration</a></p>',
    ):
        article = paragraphs[0] + "</p>" + f"<div class='embedded'>{link}</div>" + "</p>".join(paragraphs[1:])
        text = read(page(article)).text
        label = link.split(">", 2)[-1].split("<")[0] if link.startswith("<p>") else link.split(">")[1][:-3]
        assert label in text
        assert text.index("rénovés pour") < text.index(label) < text.index("Les habitants")


def test_a_downloads_block_after_the_body_and_other_links_stay_out():
    after = '<div class="telechargements"><a href="/files/cp.pdf">Le communiqué (pdf, 100 Ko)</a></div>'
    paragraphs = BODY.split("</p>")
    inside = paragraphs[0] + "</p><div><a href='/agenda'>Voir l’agenda du Val Fleuri</a></div>"
    text = read(page(inside + "</p>".join(paragraphs[1:]) + after)).text
    assert "Le communiqué (pdf" not in text and "Voir l’agenda" not in text
