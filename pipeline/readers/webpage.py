"""What a web page says about itself: title, publication date, site name, canonical URL, language,
author, from its <head> (Open Graph, article:*, <title>, <link rel=canonical>), its JSON-LD, and
htmldate for the date.

Precedence is plain code, strongest first: structured data written for machines (JSON-LD, Open
Graph, article:published_time), then what a reader sees (the <h1>, the <title> minus the site's
name), then htmldate's search of the whole page for the date.
"""

from __future__ import annotations

import json
import re
from datetime import date

ARTICLE_TYPES = frozenset(
    ("article", "newsarticle", "blogposting", "pressrelease", "reportage", "webpage", "report", "event")
)
TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
SPACES = re.compile(r"\s+")
ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def _text(value) -> str | None:
    if isinstance(value, str):
        value = SPACES.sub(" ", value).strip()
        return value or None
    return None


def head_metas(tree) -> dict[str, str]:
    """The page's <meta> contents by lower-case property, name or itemprop (the first of each)."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = _text(meta.get("content"))
        if key and content and key not in found:
            found[key] = content
    return found


def _first(metas: dict[str, str], *names: str) -> str | None:
    return next((metas[n] for n in names if n in metas), None)


def json_ld(tree) -> list[dict]:
    """Every JSON-LD object of the page, @graph members included; broken blocks are skipped."""
    objects: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        pending = data if isinstance(data, list) else [data]
        while pending:
            item = pending.pop(0)
            if isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    pending.extend(graph)
            elif isinstance(item, list):
                pending.extend(item)
    return objects


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _name(value) -> str | None:
    """A person's or an organisation's name, from a string, an object or a list of them."""
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _title_site(head_title: str, headline: str | None) -> str | None:
    """The site's name in a <title> of two parts or more: the last part ('Headline - Site', most
    sites), or the first when the last is the headline ('Site - Headline', Joomla's default)."""
    from pipeline.readers.html.header import names_title

    parts = [p.strip() for p in TITLE_SEPARATORS.split(head_title)]
    if len(parts) < 2:
        return None
    first, last = parts[0], parts[-1]
    if headline and headline != head_title and names_title(last, headline) and len(first) < 80:
        return first
    return last if len(last) < 80 else None


def iso_day(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO 8601 date or date-time; None for anything else."""
    match = ISO_DATE.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def _headline(tree, named: str | None) -> str | None:
    """The heading that the page's title names: an <h1> (a logo in an h1 is not the headline), else
    the microdata headline or an <h2>/<h3> (Joomla prints the article's title in an <h2>)."""
    from pipeline.readers.html.header import names_title

    if not named:
        return None
    for found in (lambda: tree.iter("h1"), lambda: tree.xpath("//*[@itemprop='headline'] | //h2 | //h3")):
        headings = (t for t in (_text(h.text_content()) for h in found()) if t)
        headline = next((h for h in headings if names_title(h, named)), None)
        if headline:
            return headline
    return None


def _htmldate(tree, url: str | None) -> str | None:
    from htmldate import find_date

    try:  # the page's markup first (cheap), then a search of its whole text
        found = find_date(tree, extensive_search=False, original_date=True, url=url) or find_date(
            tree, extensive_search=True, original_date=True, url=url
        )
    except Exception:  # htmldate reads arbitrary pages; a failure only means no date
        return None
    return iso_day(found)


def page_metadata(tree, url: str | None = None, dated=None) -> dict:
    """The page's own metadata, as models.WebPage fields (None where the page says nothing). htmldate
    searches `dated` when given: the page without its furniture (a sidebar's dates are other
    articles'), smaller and so cheaper to search."""
    metas, objects = head_metas(tree), json_ld(tree)
    articles = [o for o in objects if _types(o) & ARTICLE_TYPES]
    sites = [o for o in objects if _types(o) & {"website", "organization", "newsmediaorganization"}]
    head_title = _text(tree.findtext(".//title"))
    og_title = _first(metas, "og:title", "twitter:title")
    ld_title = next((_text(o.get("headline") or o.get("name")) for o in articles if o.get("headline")), None)
    named = og_title or ld_title or head_title
    title = _headline(tree, named) or named
    site = (
        _first(metas, "og:site_name", "application-name")
        or next((_name(o.get("publisher")) for o in articles if o.get("publisher")), None)
        or next((_text(o.get("name")) for o in sites if o.get("name")), None)
    )
    if head_title and not site:
        site = _title_site(head_title, title)
    if title and site and title != site:
        if title.endswith(site):
            title = TITLE_SEPARATORS.split(title[: -len(site)].rstrip() + " ")[0].strip() or title
        elif title.startswith(site):
            title = TITLE_SEPARATORS.split(" " + title[len(site) :].lstrip())[-1].strip() or title
    canonical = next(
        (
            link.get("href").strip()
            for link in tree.iter("link")
            if "canonical" in (link.get("rel") or "").lower().split() and (link.get("href") or "").strip()
        ),
        None,
    ) or _first(metas, "og:url")
    published = (
        next((iso_day(o.get("datePublished")) for o in articles if iso_day(o.get("datePublished"))), None)
        or iso_day(_first(metas, "article:published_time", "og:published_time", "datepublished", "dc.date"))
        or _htmldate(tree if dated is None else dated, canonical or url)
    )
    author = _first(metas, "author", "article:author") or next(
        (_name(o.get("author")) for o in articles if o.get("author")), None
    )
    language = _text(tree.get("lang") or tree.get("xml:lang") or _first(metas, "content-language"))
    return {
        "title": title,
        "published": published,
        "site_name": site,
        "canonical_url": canonical,
        "language": language,
        "author": author if author and not author.startswith("http") else None,
    }
