"""Render the dev set's READ releases (tests/data/dev, split "tune") as web pages, in the shapes French
sites publish releases in, to compare each page's record with its text's.

    python scripts/render_dev_html.py [--output DIR] [--only STEM ...]

A page holds the release's whole text as a site would publish it: the headline (the gold title's
paragraph) in an <h1> above the body, the other paragraphs in order (wrapped lines joined, hyphens
cut at a line's end mended, '- ' lines as a list, aligned columns as a table, a short first line over
prose as a sub-heading); markdown is rendered as a CMS does (front matter into the page's metadata).
Five shapes, chosen in turn:

- "dsfr": a ministry's or préfecture's page on the State design system (consent banner, header with
  the bloc marque, breadcrumb, topic tags, "Publié le", share buttons, the contacts in the article,
  "Voir aussi" cards, the State footer);
- "wordpress": an association's WordPress post (cookie notice, posted-on <time> published and updated,
  sharing buttons, related posts, the press contacts in a widget of the sidebar, the site's own contact
  widget, footer);
- "newsroom": a company newsroom with Open Graph and JSON-LD (NewsArticle), the press contacts in an
  <aside> card after the article, related releases, a consent manager's banner;
- "drupal": a regional agency's Drupal page ("Publié le … Mis à jour le …", body field, the press
  contacts in a block of the second sidebar region);
- "spip": an association's or a town's SPIP site, the release pasted as loose text with <br><br>
  between paragraphs, the press contacts in the post-scriptum block, "Dans la même rubrique" aside.

The releases are invented (ours to keep): the pages are committed under tests/data/html/dev and
tests/readers/test_html_dev_twins.py checks their records score within 0.03 of the text ones.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_sample_html import DETAIL, fold  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "dev"
DEFAULT_OUTPUT = ROOT / "tests" / "data" / "html" / "dev"
SHAPES = ("dsfr", "wordpress", "newsroom", "drupal", "spip")
WRAP = 55
BULLET = re.compile(r"^\s*(?:[-•*>▪–]|\d+[.)])\s+")
COLUMNS = re.compile(r"\S {3,}\S")
FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
BOX_HEADING = re.compile(
    r"^[*_\s]*(?:contacts?\s+(?:presse|médias?)|relations?\s+(?:presse|médias?)|service\s+(?:de\s+)?presse)",
    re.IGNORECASE,
)


def inline(text: str) -> str:
    """Markdown emphasis, links and images of a line as HTML; bare text escaped."""
    out = html.escape(text, quote=False)
    out = re.sub(r"!\[([^\]]*)\]\([^)\s]+\)", "", out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", out)
    out = re.sub(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])", r"<em>\1</em>", out)
    out = re.sub(r"\[([^\]]*)\]\(mailto:([^)\s]+)\)", r'<a href="mailto:\2">\1</a>', out)
    return re.sub(r"\[([^\]]*)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', out)


CONTINUING = frozenset(
    [
        "de",
        "du",
        "des",
        "d'",
        "la",
        "le",
        "les",
        "l'",
        "à",
        "au",
        "aux",
        "et",
        "ou",
        "en",
        "pour",
        "par",
        "avec",
        "sur",
        "dans",
        "un",
        "une",
        "son",
        "sa",
        "ses",
    ]
)


def wrapped(previous: str, line: str) -> bool:
    """Whether a line goes on the one before it, cut at the printed width: a long line ending with a
    hyphen or a word that cannot end a sentence, or followed by a line that opens in lower case."""
    if len(previous) < WRAP or BULLET.match(line) or previous.endswith("  "):
        return False
    last = previous.rsplit(" ", 1)[-1].lower()
    return previous.endswith("-") or last in CONTINUING or line[:1].islower() or line[:1] in "(«0123456789"


def join_wraps(lines: list[str]) -> list[str]:
    """Lines as a site holds them: a line cut at the printed width goes on the next (a hyphen cut in
    a word mended), other breaks stay."""
    out: list[str] = []
    for line in lines:
        if out and wrapped(out[-1], line):
            previous = out[-1]
            cut_word = (
                line[:1].islower() and "-" not in line.split(" ", 1)[0]
            )  # 'instal-' 'lée', not 'des-Maures'
            if previous.endswith("-") and cut_word and previous[-2:-1].islower():
                out[-1] = previous[:-1] + line
            elif previous.endswith("-"):
                out[-1] = previous + line
            else:
                out[-1] = previous + " " + line
        else:
            out.append(line)
    return [line.strip() for line in out]


def list_items(lines: list[str]) -> list[str] | None:
    """The items of a block that is a list ('- ', '• ', '* ' lines, wrapped items joined)."""
    if not BULLET.match(lines[0]):
        return None
    items: list[str] = []
    for line in lines:
        if BULLET.match(line):
            items.append(BULLET.sub("", line, count=1))
        elif items[-1] and len(items[-1]) >= WRAP - 10:
            glue = "" if items[-1].endswith("-") and line[:1].islower() else " "
            items[-1] = (
                (items[-1][:-1] if glue == "" and items[-1][-2:-1].islower() else items[-1]) + glue + line
            )
        else:
            return None
    return items


def render_block(raw: list[str], markdown: bool) -> str:
    """One paragraph of the release as HTML."""
    lines = [line.rstrip() for line in raw]
    stripped = [line.strip() for line in lines]
    if markdown and stripped[0].startswith("#"):
        level = min(len(stripped[0]) - len(stripped[0].lstrip("#")) + (0 if len(raw) == 1 else 0), 4)
        head = f"<h{max(level, 2)}>{inline(stripped[0].lstrip('#').strip())}</h{max(level, 2)}>"
        return head + (render_block(raw[1:], markdown) if len(raw) > 1 else "")
    if markdown and all(s.startswith(">") for s in stripped):
        inner = [s.lstrip(">").strip() for s in stripped]
        return "<blockquote>" + render_block([i for i in inner if i] or [""], markdown) + "</blockquote>"
    if markdown and all(s.startswith("|") for s in stripped):
        rows = [
            [c.strip() for c in s.strip("|").split("|")] for s in stripped if not re.fullmatch(r"[|\s:-]+", s)
        ]
        cells = "".join("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>" for row in rows)
        return f"<table><tbody>{cells}</tbody></table>"
    if markdown and re.fullmatch(r"[-*_]{3,}", stripped[0]) and len(stripped) == 1:
        return "<hr>"
    items = list_items(stripped)
    if items:
        return "<ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>"
    tabular = [line for line in stripped if COLUMNS.search(line)]
    if len(tabular) >= 2 and len(tabular) >= len(stripped) - 1:
        intro = [line for line in stripped if not COLUMNS.search(line)]
        rows = "".join(
            "<tr>" + "".join(f"<td>{inline(c)}</td>" for c in re.split(r" {3,}", line)) + "</tr>"
            for line in tabular
        )
        return "".join(f"<p>{inline(i)}</p>" for i in intro) + f"<table><tbody>{rows}</tbody></table>"
    joined = join_wraps([line.rstrip() if not markdown else line for line in stripped])
    if (
        len(joined) >= 2
        and len(joined[0]) < 70
        and not re.search(r"[.:;,!?»\"]$", joined[0])
        and len(joined[1]) >= 2 * WRAP
    ):
        return f"<h2>{inline(joined[0])}</h2>" + render_block(joined[1:], markdown)
    return "<p>" + "<br>\n".join(inline(line) for line in joined) + "</p>"


def paragraphs(text: str) -> list[list[str]]:
    return [
        [line for line in block.splitlines() if line.strip()]
        for block in re.split(r"\n\s*\n", text)
        if block.strip()
    ]


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """A markdown release's front matter (title, date...) and the text after it."""
    match = FRONT.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        if value.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, text[match.end() :]


def split(blocks: list[list[str]], title: str) -> tuple[list[list[str]], int | None, list[list[str]]]:
    """The body's paragraphs, the headline's index among them and the press-contact box (its heading
    paragraph and the paragraphs after it holding an e-mail or a phone number)."""
    wanted = fold(title)
    headline = None
    for index, block in enumerate(blocks):
        words = fold(" ".join(line.strip().lstrip("#") for line in block))
        if wanted and (words == wanted or (len(wanted) > 20 and words.startswith(wanted))):
            headline = index
            break
    start = next((i for i, b in enumerate(blocks) if BOX_HEADING.match(b[0].strip())), None)
    if start is None:
        return blocks, headline, []
    end = start + 1
    while end < len(blocks) and DETAIL.search(" ".join(blocks[end])) and len(" ".join(blocks[end])) < 300:
        end += 1
    if not DETAIL.search(" ".join(" ".join(b) for b in blocks[start:end])):
        return blocks, headline, []
    return blocks[:start] + blocks[end:], headline, blocks[start:end]  # the box comes after the headline


def contact_links(markup: str) -> str:
    """E-mail addresses as mailto: links, as sites print them."""
    return re.sub(
        r"(?<![\w.:/\">])([\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?![^<]*</a>)",
        r'<a href="mailto:\1">\1</a>',
        markup,
    )


def dsfr(page: dict) -> str:
    site, title, day = page["site"], page["title"], page["day"]
    return f"""<!doctype html>
<html lang="fr" data-fr-scheme="system">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} - {html.escape(site)}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{html.escape(site)}">
<meta property="og:type" content="article">
</head>
<body>
<div class="fr-consent-banner"><h2 class="fr-h6">À propos des cookies sur {html.escape(site)}</h2>
<p class="fr-consent-banner__desc">Bienvenue ! Nous utilisons des cookies pour améliorer votre expérience et
les services disponibles sur ce site.</p><ul class="fr-consent-banner__buttons fr-btns-group"><li><button
class="fr-btn">Tout accepter</button></li><li><button class="fr-btn">Tout refuser</button></li></ul></div>
<div class="fr-skiplinks"><nav class="fr-container" aria-label="Accès rapide"><ul class="fr-skiplinks__list">
<li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#footer">Pied de
page</a></li>
</ul></nav></div>
<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container">
<div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo">
<p class="fr-logo">République<br>Française</p></div></div>
<div class="fr-header__service"><a href="/" title="Accueil - {html.escape(site)}">
<p class="fr-header__service-title">{html.escape(site)}</p></a></div></div></div></div>
<div class="fr-header__menu fr-modal"><nav class="fr-nav" role="navigation" aria-label="Menu principal">
<ul class="fr-nav__list"><li class="fr-nav__item"><a class="fr-nav__link"
href="/Actualites">Actualités</a></li>
<li class="fr-nav__item"><a class="fr-nav__link" href="/Demarches">Démarches</a></li>
<li class="fr-nav__item"><a class="fr-nav__link" href="/Politiques-publiques">Politiques publiques</a></li>
</ul></nav></div></header>
<main id="contenu" role="main"><div class="fr-container">
<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><button
class="fr-breadcrumb__button">
Voir le fil d’Ariane</button><div class="fr-collapse"><ol class="fr-breadcrumb__list"><li><a
class="fr-breadcrumb__link" href="/">Accueil</a></li><li><a class="fr-breadcrumb__link"
href="/Presse">Presse</a>
</li><li><a class="fr-breadcrumb__link"
aria-current="page">{html.escape(title[:40])}</a></li></ol></div></nav>
<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-8">
<div class="fr-tags-group"><p class="fr-tag">Presse</p><p class="fr-tag">Actualités</p></div>
{"" if page["inplace"] else f"<h1>{html.escape(title)}</h1>"}
{f'<p class="fr-text--sm">Publié le {page["day_fr"]}</p>' if day else ""}
<div class="fr-share"><p class="fr-share__title">Partager la page</p><ul class="fr-btns-group"><li><a
class="fr-btn--facebook fr-btn" href="https://www.facebook.com/sharer.php?u=x">Partager sur
Facebook</a></li><li><a
class="fr-btn--linkedin fr-btn" href="https://www.linkedin.com/shareArticle?url=x">Partager sur
LinkedIn</a></li>
<li><a class="fr-btn--mail fr-btn" href="mailto:?subject=x">Partager par messagerie</a></li></ul></div>
<div class="fr-mb-6v">
{page["body"]}
{page["box"]}
</div>
</div></div>
<div class="fr-mt-6w"><h2>Voir aussi</h2><div class="fr-grid-row">
<div class="fr-card"><div class="fr-card__body"><h3 class="fr-card__title"><a href="/Presse/1">Bilan de la
saison
estivale : les chiffres clés</a></h3><p class="fr-card__detail">12 mars 2024</p></div></div>
<div class="fr-card"><div class="fr-card__body"><h3 class="fr-card__title"><a href="/Presse/2">Nouvelles
mesures
de circulation dans le centre</a></h3><p class="fr-card__detail">3 avril 2024</p></div></div></div></div>
</div></main>
<footer class="fr-footer" role="contentinfo" id="footer"><div class="fr-container"><div
class="fr-footer__body">
<div class="fr-footer__content"><p class="fr-footer__content-desc">Le site officiel des services de
l'État.</p>
<ul class="fr-footer__content-list"><li><a class="fr-footer__content-link" href="https://legifrance.gouv.fr">
legifrance.gouv.fr</a></li><li><a class="fr-footer__content-link" href="https://www.gouvernement.fr">
gouvernement.fr</a></li></ul></div></div><div class="fr-footer__bottom"><ul class="fr-footer__bottom-list">
<li><a class="fr-footer__bottom-link" href="/Plan-du-site">Plan du site</a></li><li><a
class="fr-footer__bottom-link" href="/Mentions-legales">Mentions légales</a></li><li><a
class="fr-footer__bottom-link" href="/Accessibilite">Accessibilité : non conforme</a></li></ul>
<div class="fr-footer__bottom-copy"><p>Sauf mention explicite de propriété intellectuelle détenue par des
tiers,
les contenus de ce site sont proposés sous licence etalab-2.0</p></div></div></div></footer>
</body>
</html>
"""


def wordpress(page: dict) -> str:
    site, title, day = page["site"], page["title"], page["day"]
    posted = (
        f'<span class="posted-on">Publié le <a href="/{day}/" rel="bookmark">'
        f'<time class="entry-date published"'
        f' datetime="{day}T10:12:00+02:00">{page["day_fr"]}</time><time class="updated"'
        f' datetime="{day}T16:40:00+02:00">{page["day_fr"]}</time></a></span>'
        if day
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head><meta charset="UTF-8"><title>{html.escape(title)} &#8211; {html.escape(site)}</title>
<meta property="og:locale" content="fr_FR"><meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(title)} &#8211; {html.escape(site)}">
<meta property="og:site_name" content="{html.escape(site)}">
{f'<meta property="article:published_time" content="{day}T08:12:00+00:00">' if day else ""}
</head>
<body class="post-template-default single single-post single-format-standard">
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden"><div
class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Nous utilisons des cookies
pour vous garantir la meilleure expérience sur notre site web.</span><span id="cn-notice-buttons"><a href="#"
class="cn-set-cookie cn-button">Ok</a><a href="/confidentialite" class="cn-privacy-policy-link
cn-link">Politique de confidentialité</a></span></div></div>
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/"
rel="home">{html.escape(site)}</a></p><p class="site-description">Le site de l'association</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a
href="/">Accueil</a></li>
<li><a href="/qui-sommes-nous">Qui sommes-nous ?</a></li><li><a href="/presse">Presse</a></li><li><a
href="/adherer">Adhérer</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main"
class="site-main">
<article class="post type-post status-publish format-standard hentry category-communiques">
<header class="entry-header">{"" if page["inplace"] else f'<h1 class="entry-title">{html.escape(title)}</h1>'}
<div class="entry-meta">{posted}<span class="byline"> par <span class="author vcard"><a class="url fn n"
href="/author/admin">admin</a></span></span></div></header>
<div class="entry-content">
{page["body"]}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3
class="sd-title">Partager :</h3><div class="sd-content"><ul><li class="share-facebook"><a
href="?share=facebook">Facebook</a></li><li class="share-x"><a
href="?share=x">X</a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Articles
similaires</em></h3><div class="jp-relatedposts-items"><p class="jp-relatedposts-post-title"><a
href="/assemblee-generale">Assemblée générale annuelle : le compte rendu</a></p></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Publié dans <a href="/category/communiques"
rel="category tag">Communiqués</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Publications"><div class="nav-links"><div
class="nav-previous"><a href="/precedent" rel="prev">Article précédent : Fête de
printemps</a></div></div></nav>
</main></div>
<aside id="secondary" class="widget-area">
<section id="text-2" class="widget widget_text">
{page["box"]}
</section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Articles
récents</h2>
<ul><li><a href="/fete">Fête de printemps</a></li><li><a href="/ag">Assemblée générale annuelle</a></li></ul>
</section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Nous trouver</h2><div
class="textwidget"><p>Maison des associations<br>12 rue des Lilas<br>99100 Exempleville<br>Tél. 09 87 65 43
21</p>
</div></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Fièrement
propulsé par WordPress</a></div></footer></div>
</body>
</html>
"""


def newsroom(page: dict) -> str:
    site, title, day = page["site"], page["title"], page["day"]
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "name": site, "url": "https://www.example.com/"},
            {
                "@type": "NewsArticle",
                "headline": title,
                **(
                    {"datePublished": f"{day}T09:00:00+02:00", "dateModified": f"{day}T18:30:00+02:00"}
                    if day
                    else {}
                ),
                "publisher": {"@type": "Organization", "name": site},
                "author": {"@type": "Organization", "name": site},
                "inLanguage": "fr-FR",
            },
        ],
    }
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | {html.escape(site)} | Newsroom</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{html.escape(site)}">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
{f'<meta property="article:published_time" content="{day}T09:00:00+02:00">' if day else ""}
<link rel="canonical" href="https://www.example.com/newsroom/{day or "communique"}">
<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>
</head>
<body>
<div id="didomi-host"><div class="didomi-popup-container"><p>Avec votre accord, nous et nos partenaires
utilisons
des cookies ou technologies similaires pour mesurer l'audience de ce site.</p><button>Accepter &amp;
Fermer</button><button>Paramétrer</button></div></div>
<header class="header"><a class="header__logo" href="/">{html.escape(site)}</a><nav class="header__nav"><ul>
<li><a href="/groupe">Le groupe</a></li><li><a href="/offres">Nos offres</a></li><li><a
href="/carrieres">Carrières</a>
</li><li><a href="/newsroom">Newsroom</a></li></ul></nav></header>
<main class="newsroom">
<div class="press-release">
<article class="press-release__article">
<div class="press-release__meta"><span class="label">Communiqué de presse</span>
{f'<time datetime="{day}">{page["day_fr"]}</time>' if day else ""}</div>
{"" if page["inplace"] else f'<h1 class="press-release__title">{html.escape(title)}</h1>'}
<div class="press-release__content">
{page["body"]}
</div>
<div class="press-release__downloads"><h2>Téléchargements</h2><ul><li><a
href="/media/communique.pdf">Télécharger
le communiqué (PDF, 245 Ko)</a></li></ul></div>
</article>
<aside class="press-release__contacts">
{page["box"]}
</aside>
</div>
<section class="related-releases"><h2>Communiqués associés</h2><ul><li><a href="/newsroom/1">Résultats
annuels : une croissance solide</a></li><li><a href="/newsroom/2">Nomination au comité de
direction</a></li></ul>
</section>
</main>
<footer class="footer"><ul><li><a href="/mentions">Mentions légales</a></li><li><a href="/cookies">Gestion des
cookies</a></li><li><a href="/contact">Nous contacter</a></li></ul><p>© {html.escape(site)}</p></footer>
</body>
</html>
"""


def drupal(page: dict) -> str:
    site, title, day = page["site"], page["title"], page["day"]
    dated = (
        f'<div class="node__meta"><span>Publié le {page["day_fr"]}</span> <span>Mis à jour le'
        f" {page['day_fr']}</span></div>"
        if day
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head><meta charset="utf-8"><title>{html.escape(title)} | {html.escape(site)}</title>
<meta name="dcterms.title" content="{html.escape(title)}">
{f'<meta name="dcterms.date" content="{day}">' if day else ""}
</head>
<body class="path-node page-node-type-communique">
<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig"><span id="tarteaucitronDisclaimerAlert">Ce site
utilise
des cookies et vous donne le contrôle sur ceux que vous souhaitez activer</span><button
id="tarteaucitronPersonalize2">Tout accepter</button></div></div>
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><a href="/"
class="site-logo">{html.escape(site)}</a></div>
<div class="region region-primary-menu"><nav role="navigation" class="menu--main"><ul class="menu"><li
class="menu-item"><a href="/actualites">Actualités</a></li><li class="menu-item"><a
href="/sante-prevention">Santé et
prévention</a></li><li class="menu-item"><a href="/presse">Espace presse</a></li></ul></nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a
href="/">Accueil</a></li><li><a href="/presse">Espace presse</a></li></ol></nav></div>
<main role="main"><div class="layout-content"><div class="region region-content">
<article class="node node--type-communique node--view-mode-full">
{"" if page["inplace"] else f'<h1 class="page-title"><span>{html.escape(title)}</span></h1>'}
{dated}
<div class="node__content"><div
class="clearfix text-formatted field field--name-body field--type-text-with-summary
field--label-hidden field__item">
{page["body"]}
</div></div>
</article></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div class="block block-block-content"><div class="field field--name-body">
{page["box"]}
</div></div>
<div class="block block-views"><h2>Dernières actualités</h2><ul><li><a href="/actualites/1">Campagne de
vaccination contre la grippe</a></li><li><a href="/actualites/2">Qualité de l'air
intérieur</a></li></ul></div>
</div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer"><ul class="menu"><li><a
href="/mentions-legales">Mentions
légales</a></li><li><a href="/plan-du-site">Plan du site</a></li><li><a href="/rss">Flux
RSS</a></li></ul></div>
</footer></div></div>
</body>
</html>
"""


def spip(page: dict) -> str:
    site, title, day = page["site"], page["title"], page["day"]
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(title)} - {html.escape(site)}</title>
<meta name="generator" content="SPIP 4.2">
</head>
<body class="page_article">
<div class="page"><div class="header" id="header"><a rel="start home" href="/" class="spip_logo_site">
<strong>{html.escape(site)}</strong></a><p class="slogan">Le site de {html.escape(site)}</p></div>
<div class="nav" id="nav"><ul class="menu-liste"><li class="menu-entree"><a
href="/rubrique1">Actualités</a></li>
<li class="menu-entree"><a href="/rubrique2">Agenda</a></li><li class="menu-entree"><a
href="/rubrique3">Contact</a>
</li></ul></div>
<div class="wrapper"><div class="content" id="content">
<p class="arbo"><a href="/">Accueil</a> &gt; <a href="/rubrique1">Actualités</a> &gt; <strong
class="on">Communiqués</strong></p>
<div class="cartouche">{"" if page["inplace"] else f'<h1 class="h1 crayon">{html.escape(title)}</h1>'}
{f'<p class="info-publi">Publié le <abbr class="published">{page["day_fr"]}</abbr></p>' if day else ""}
</div>
<div class="surlignable"><div class="texte crayon article-texte">
{page["body"]}
</div></div>
<div class="ps surlignable crayon article-ps">
{page["box"]}
</div>
<div class="forum"><h2>Un message, un commentaire ?</h2><p>Forum sur abonnement</p></div>
</div>
<div class="aside" id="aside"><div class="menu"><h2>Dans la même rubrique</h2><ul><li><a
href="/article12">Assemblée générale 2024</a></li><li><a href="/article13">Fête de la
rivière</a></li></ul></div>
</div></div>
<div class="footer" id="footer"><p class="colophon">2024-2026 © {html.escape(site)} - Tous droits réservés<br>
<a rel="contents" href="/plan">Plan du site</a> | <a href="/mentions">Mentions légales</a> | Réalisé avec
SPIP</p>
</div></div>
</body>
</html>
"""


MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def _folded(text: str) -> str:
    """Letters and digits only, lower case: a line and the gold title compared as printed."""
    return "".join(char for char in text.lower() if char.isalnum())


def headline_lines(lines: list[str], title: str) -> tuple[str, list[str]]:
    """The headline's paragraph as a site sets it: the title's lines joined in the <h1> (a line ending
    with a hyphen goes on without a space: 'Provence-' 'Alpes'), the lines after the title (a 'Publié
    le …' line, a subtitle) as paragraphs of their own."""
    in_title = [bool(_folded(line)) and _folded(line) in _folded(title) for line in lines]
    if not any(in_title):
        return " ".join(join_wraps(lines)), []
    headline = ""
    for line in (line for line, kept in zip(lines, in_title, strict=True) if kept):
        cut_word = line[:1].islower() and headline[-2:-1].islower()
        if headline.endswith("-"):
            headline = (headline[:-1] if cut_word else headline) + line
        else:
            headline = f"{headline} {line}".strip()
    return headline, [line for line, kept in zip(lines, in_title, strict=True) if not kept and line]


def french_day(day: str | None) -> str:
    parts = [int(p) for p in (day or "").split("-") if p.isdigit()]
    if len(parts) < 2:
        return day or ""
    month = f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return month if len(parts) == 2 else f"{'1er' if parts[2] == 1 else parts[2]} {month}"


def render_release(text: str, markdown: bool, gold: dict, shape: str, site: str) -> str:
    """A release's text as a page of the given shape."""
    fields, text = front_matter(text) if markdown else ({}, text)
    meta = gold["metadata"]
    title = meta.get("title") or fields.get("title") or site
    day = meta.get("date") or fields.get("date")
    blocks, at, box = split(paragraphs(text), title)
    rendered = [render_block(b, markdown) for b in blocks]
    if at is not None:  # the headline stays where the release has it
        headline, after = headline_lines(
            [line.strip().lstrip("#").strip().strip("*") for line in blocks[at]], title
        )
        rendered[at] = f"<h1>{inline(headline)}</h1>" + "".join(f"\n<p>{inline(line)}</p>" for line in after)
    body = "\n".join(rendered)
    if shape == "spip":  # paragraphs as loose text parted by <br><br>, as text pasted into SPIP
        body = re.sub(r"<p>(.*?)</p>", r"\1<br><br>", body, flags=re.DOTALL)
    boxed = ""
    if box:
        heading = box[0][0].strip().strip("*_ ")
        cue = BOX_HEADING.match(heading)
        rest = [box[0][1:]] if len(box[0]) > 1 else []
        if len(heading) > cue.end() + 3:  # 'Contact presse : Name – phone': a label opening the paragraph
            lines = [inline(heading[cue.end() :]), *(inline(line.strip()) for line in box[0][1:])]
            opening = f"<p><strong>{inline(heading[: cue.end()])}</strong>" + "<br>\n".join(lines) + "</p>"
            rest = []
        else:
            opening = f"<h2>{inline(heading.rstrip(' :'))}</h2>"
        boxed = f'<div class="contact-presse">{opening}\n' + "\n".join(
            render_block(b, markdown) for b in [*rest, *box[1:]]
        )
        boxed = contact_links(boxed) + "</div>"
    page = {
        "inplace": at is not None,
        "site": site,
        "title": title,
        "day": day,
        "day_fr": french_day(day),
        "body": body,
        "box": boxed,
    }
    return {"dsfr": dsfr, "wordpress": wordpress, "newsroom": newsroom, "drupal": drupal, "spip": spip}[
        shape
    ](page)


def read_releases() -> list[Path]:
    split_map = json.loads((DEV / "split.json").read_text(encoding="utf-8"))["documents"]
    return sorted(ROOT / p for p, side in split_map.items() if side == "tune")


SITES = {
    "a01": "ARS Nouvelle-Aquitaine",
    "a02": "Les services de l'État en Haute-Savoie",
    "a03": "Ministère de l'Agriculture",
    "a04": "Académie de Lyon",
    "a05": "Gendarmerie nationale",
    "a06": "Seine-Saint-Denis, le Département",
    "a07": "CHU Amiens-Picardie",
    "a08": "Les services de l'État dans l'Aude",
    "a09": "Région Grand Est",
    "a10": "France Travail",
    "a11": "Grenoble-Alpes Métropole",
    "a12": "Les services de l'État dans le Loiret",
    "a13": "SDIS 83",
    "a14": "Santé publique France",
    "a15": "Ministère de la Mer",
    "a16": "Les services de l'État en Loire-Atlantique",
    "a17": "Les services de l'État dans le Nord",
    "a18": "ADEME Presse",
    "a19": "Besançon.fr",
    "a20": "Les services de l'État dans les Bouches-du-Rhône",
    "a21": "ARS Bourgogne-Franche-Comté",
    "a22": "DRAAF Occitanie",
    "a23": "Ministère de la Culture",
    "a24": "Académie de Rennes",
    "a25": "AP-HP",
    "a26": "Les services de l'État à La Réunion",
    "a27": "Haute-Garonne Le Département",
    "a28": "Ministère des Armées",
    "a29": "Météo-France",
    "a30": "Gendarmerie nationale",
    "a31": "ARS Île-de-France",
    "a32": "HCL",
    "a33": "Préfecture maritime de la Manche",
}
"""The sites' own names (og:site_name), as such sites call themselves: not the release's letterhead."""


def site_name(stem: str, gold: dict) -> str:
    """The page's site name: a public issuer's site, else the issuer's newsroom or association site."""
    key = stem.split("-")[1]
    if key in SITES:
        return SITES[key]
    return stem.split("-")[2].title() + (
        " Newsroom" if int(key.lstrip("abcdefghijklmnopqrstuvwxyz")) % 2 else ""
    )


def shape_of(index: int, stem: str) -> str:
    public = stem.startswith("dev-a")
    return (("dsfr", "drupal", "spip") if public else ("wordpress", "newsroom", "spip"))[index % 3]


def render(path: Path, index: int) -> tuple[str, str]:
    stem = path.stem
    gold = json.loads((DEV / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    shape = shape_of(index, stem)
    text = path.read_text(encoding="utf-8")
    return shape, render_release(text, path.suffix == ".md", gold, shape, site_name(stem, gold))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    count = 0
    for index, path in enumerate(read_releases()):
        if args.only and path.stem not in args.only:
            continue
        _, page = render(path, index)
        (args.output / f"{path.stem}.html").write_text(page, encoding="utf-8")
        count += 1
    print(f"wrote {count} pages to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
