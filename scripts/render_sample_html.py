"""Render some of our own sample releases (samples/*.txt) as web pages, in the shapes real sites use.

    python scripts/render_sample_html.py [--output DIR]

Three shapes, each around the release's own paragraphs:

- "site": a cookie banner, a header with the site's navigation and a breadcrumb, the article with
  its headline in an <h1>, the press contacts moved into a sidebar <aside> beside it, related
  links, and a footer of site links;
- "structured": JSON-LD (NewsArticle: headline, datePublished, publisher, author) and Open Graph
  in the head, a share bar, the article with a <time>, and the press contacts in the article's
  own <footer>;
- "blog": a classic WordPress theme, the site's name in the header, the article with its category
  links, an author box and readers' comments after it, and a widget column beside it holding the
  press contacts, the latest posts and the site's general contact box (address, switchboard).

The headline is the paragraph the sample's gold names as title; the press-contact box is the
"Contact(s) presse" paragraph and the paragraphs after it that hold an e-mail or a phone number.
Only our samples are rendered here (the corpus is not ours to redistribute); the tests also render
some corpus text releases with render_release, into a temporary folder, never committed.
tests/readers/test_html_twins.py checks their records score like the text ones.
"""

from __future__ import annotations

import argparse
import html
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "tests" / "data" / "html"
TWINS = {
    "fr-musee-rouen-2025-03-25-invitation-marees-interieures": ("site", "Musées de Rouen"),
    "fr-pref-rhone-2025-03-03-crues-saone-azergues": ("site", "Préfecture du Rhône"),
    "fr-ars-occitanie-2025-08-14-legionellose-herault": ("structured", "ARS Occitanie"),
    "fr-region-bretagne-ademe-2025-01-21-chaleur-renouvelable": ("structured", "Région Bretagne"),
}
CONTACT_HEADING = re.compile(r"^\**\s*(?:contacts?\s+(?:presse|médias?)|relations\s+presse)\b", re.IGNORECASE)
DETAIL = re.compile(r"@|(?:\+33|\b0)\s?[1-9](?:[\s.]?\(?0?\)?\s?\d{2}){4}")
NAVIGATION = ["Accueil", "Actualités", "Nos missions", "Publications", "Espace presse", "Nous contacter"]
FOOTER = [
    "Mentions légales",
    "Données personnelles",
    "Accessibilité : partiellement conforme",
    "Plan du site",
]
COOKIES = "Ce site utilise des cookies pour mesurer son audience. Tout accepter Personnaliser"


def inline(text: str) -> str:
    """Markdown emphasis and links of a sample line as HTML."""
    out = html.escape(text, quote=False)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    return re.sub(r"\[([^\]]*)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', out)


def paragraphs(text: str) -> list[list[str]]:
    """Paragraphs (blank-line separated) as lists of lines, layout spaces stripped."""
    return [
        [line.strip() for line in block.splitlines() if line.strip()]
        for block in re.split(r"\n\s*\n", text)
        if block.strip()
    ]


def fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.replace("**", "").lower()))


def split_release(text: str, title: str) -> tuple[list[list[str]], int | None, list[list[str]]]:
    """The article's paragraphs, the index of the headline among them, and the contact box."""
    blocks = paragraphs(text)
    box_start = next((i for i, b in enumerate(blocks) if CONTACT_HEADING.match(b[0])), None)
    box: list[list[str]] = []
    if box_start is not None:
        end = box_start + 1
        while end < len(blocks) and (end == box_start + 1 or DETAIL.search(" ".join(blocks[end]))):
            end += 1
        box = blocks[box_start:end]
        blocks = blocks[:box_start] + blocks[end:]
    headline = next((i for i, b in enumerate(blocks) if fold(" ".join(b)) == fold(title)), None)
    return blocks, headline, box


def render_block(lines: list[str], tag: str = "p") -> str:
    if all(line.startswith(("- ", "* ")) for line in lines):
        items = "".join(f"<li>{inline(line[2:])}</li>" for line in lines)
        return f"<ul>{items}</ul>"
    return f"<{tag}>" + "<br>\n".join(inline(line) for line in lines) + f"</{tag}>"


def article_body(blocks: list[list[str]], headline: int | None) -> str:
    out = []
    for index, block in enumerate(blocks):
        if index == headline:
            out.append(render_block(block, "h1"))
        elif len(block) == 1 and block[0].startswith("**") and block[0].endswith("**"):
            out.append(f"<h2>{inline(block[0][2:-2])}</h2>")
        else:
            out.append(render_block(block))
    return "\n".join(out)


def contact_box(box: list[list[str]]) -> str:
    if not box:
        return ""
    heading, rest = box[0][0].strip("* "), box[0][1:]  # the heading's own block may go on (a list)
    blocks = ([rest] if rest else []) + box[1:]
    return f"<h2>{html.escape(heading)}</h2>\n" + "\n".join(render_block(b) for b in blocks)


def site_page(title: str, site: str, body: str, box: str) -> str:
    nav = "".join(f'<li><a href="/{i}">{html.escape(n)}</a></li>' for i, n in enumerate(NAVIGATION))
    foot = "".join(f'<li><a href="/pied/{i}">{html.escape(n)}</a></li>' for i, n in enumerate(FOOTER))
    related = "".join(
        f'<li><a href="/actualites/{i}">Communiqué précédent n° {i}</a></li>' for i in range(1, 4)
    )
    return f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>{html.escape(title)} | {html.escape(site)}</title></head>
<body>
<div class="cookie-banner" role="dialog"><p>{COOKIES}</p></div>
<header class="site-header"><a class="logo" href="/">{html.escape(site)}</a>
<nav class="main-menu"><ul>{nav}</ul></nav></header>
<nav class="breadcrumb"><a href="/">Accueil</a> &gt; <a href="/presse">Espace presse</a>
&gt; Communiqués</nav>
<main><div class="layout">
<article class="release">
{body}
</article>
<aside class="sidebar">
<div class="press-contact">
{box}
</div>
<div class="related"><h2>À lire aussi</h2><ul>{related}</ul></div>
</aside>
</div></main>
<footer class="site-footer"><ul>{foot}</ul><p>© {html.escape(site)} 2025</p></footer>
</body>
</html>
"""


def structured_page(title: str, site: str, day: str | None, body: str, box: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        **({"datePublished": f"{day}T09:00:00+01:00"} if day else {}),
        "author": {"@type": "Organization", "name": site},
        "publisher": {"@type": "Organization", "name": site},
    }
    share = "".join(f'<a href="/partager/{n.lower()}">{n}</a> ' for n in ("Facebook", "LinkedIn", "Courriel"))
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} - {html.escape(site)}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{html.escape(site)}">
<meta property="og:type" content="article">
{f'<meta property="article:published_time" content="{day}T09:00:00+01:00">' if day else ""}
<link rel="canonical" href="https://www.example.org/presse/{day or "communique"}">
<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>
</head>
<body>
<header><nav><a href="/">Accueil</a> <a href="/presse">Presse</a> <a href="/agenda">Agenda</a></nav></header>
<div class="share">Partager : {share}</div>
<article>
{f'<p class="published">Publié le <time datetime="{day}">{day}</time></p>' if day else ""}
{body}
<footer class="article-footer">
{box}
</footer>
</article>
<footer><p>{html.escape(site)} – Tous droits réservés – <a href="/rss">Flux RSS</a></p></footer>
</body>
</html>
"""


def blog_page(title: str, site: str, body: str, box: str) -> str:
    recent = "".join(f'<li><a href="/billets/{i}">Billet précédent n° {i}</a></li>' for i in range(1, 4))
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head><meta charset="UTF-8"><title>{html.escape(title)} &#8211; {html.escape(site)}</title></head>
<body class="single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">{html.escape(site)}</a></p>
<nav class="main-navigation"><ul><li><a href="/">Accueil</a></li>
<li><a href="/presse">Espace presse</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish hentry">
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="cat-links">Publié dans
<a href="/c/presse">Communiqués</a></span></footer>
</article>
<div class="author-info"><h2>À propos de l'auteur</h2><p>Le service communication rédige les billets de ce
site depuis sa création et répond aux questions des lecteurs chaque semaine, du lundi au vendredi.</p></div>
<div id="comments" class="comments-area"><h2 class="comments-title">Un commentaire</h2>
<ol class="comment-list"><li class="comment"><p>Merci pour ces informations, pouvez-vous m'écrire à
lecteur.curieux@courriel.example pour la suite ?</p></li></ol>
<div id="respond"><h3>Laisser un commentaire</h3><form><textarea name="comment"></textarea></form></div>
</div>
</main></div>
<div id="secondary" class="widget-area" role="complementary">
<section class="widget widget_text">
{box}
</section>
<section class="widget widget_recent_entries"><h2>Articles récents</h2><ul>{recent}</ul></section>
<section class="widget widget_text"><h2>Contact</h2><p>{html.escape(site)}<br>1 place de la Mairie,
99000 Exempleville<br>Standard : 01 02 03 04 05</p></section>
</div>
</div>
<footer id="colophon" class="site-footer"><p>Fièrement propulsé par WordPress</p></footer>
</div>
</body>
</html>
"""


def render_release(text: str, title: str | None, day: str | None, shape: str, site: str) -> str:
    """A release's text as a page of the given shape ("site", "structured" or "blog")."""
    blocks, headline, box = split_release(text, title or "")
    body, contacts = article_body(blocks, headline), contact_box(box)
    if shape == "site":
        return site_page(title or site, site, body, contacts)
    if shape == "blog":
        return blog_page(title or site, site, body, contacts)
    return structured_page(title or site, site, day, body, contacts)


def render(stem: str) -> str:
    shape, site = TWINS[stem]
    text = (ROOT / "samples" / f"{stem}.txt").read_text(encoding="utf-8")
    gold = json.loads((ROOT / "samples" / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    return render_release(text, gold["metadata"]["title"], gold["metadata"]["date"], shape, site)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    for stem in TWINS:
        (args.output / f"{stem}.html").write_text(render(stem), encoding="utf-8")
    print(f"wrote {len(TWINS)} pages to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
