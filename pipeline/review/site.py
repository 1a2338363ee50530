"""The review site: index.html lists the records, records/<id>.html shows one with its spans marked.

Pages are rendered by Jinja2 templates with autoescaping (no HTML is assembled in Python); the
Python side only prepares plain values. Every page is one self-contained file (CSS and script
inlined), so the folder can be opened from file:// or mailed as it is.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from pipeline.review.compare import Comparison, compare
from pipeline.review.marks import KINDS, Mark, collect_marks, layout

RECORDS = "records"
SECTIONS = ("entities", "dates", "contacts", "themes", "quotes")
KNOWN_PARTS = ("schema_version", "pipeline", "document", "metadata", *SECTIONS)
KNOWN_DOCUMENT = (
    *("id", "source", "format", "language", "encoding", "sha256", "text", "pages", "language_blocks"),
    *("looks_like_press_release", "press_release_reasons"),
)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pipeline.review", "templates"),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda value: f"{100 * float(value or 0):.1f}"
    env.filters["f3"] = lambda value: "–" if value is None else f"{float(value):.3f}"
    return env


def page_names(keys: list[str]) -> dict[str, str]:
    """A distinct, file-safe page name for each record key (ids are safe already; gold keys hold '/')."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for key in keys:
        base = re.sub(r"[^A-Za-z0-9._-]", "_", key).strip(".") or "record"
        name, n = base, 1
        while name.lower() in used:
            n += 1
            name = f"{base}-{n}"
        used.add(name.lower())
        names[key] = f"{name}.html"
    return names


def _page_breaks(document: dict) -> dict[int, int]:
    pages = [p for p in document.get("pages") or [] if isinstance(p, dict)]
    if len(pages) < 2:
        return {}
    return {p["start"]: p.get("number") for p in pages if isinstance(p.get("start"), int)}


def flags(record: dict) -> list[str]:
    """Short warnings a reviewer should see in the index."""
    document, metadata = record.get("document") or {}, record.get("metadata") or {}
    out = []
    if document.get("looks_like_press_release") is False:
        out.append("not a press release?")
    out += [f"no {name}" for name in ("title", "date", "issuer") if not metadata.get(name)]
    if document.get("language") not in (None, "fr"):
        out.append(f"language {document.get('language')}")
    return out


def summary(record: dict, href: str, comparison: Comparison | None, has_gold: bool) -> dict:
    """One row of the index."""
    document, metadata = record.get("document") or {}, record.get("metadata") or {}
    counts = {name: len(record.get(name) or []) for name in SECTIONS}
    counts["mentions"] = sum(len(e.get("mentions") or []) for e in record.get("entities") or [])
    row_flags = flags(record) + ([] if comparison or not has_gold else ["no gold"])
    return {
        "id": document.get("id", ""),
        "href": href,
        "title": metadata.get("title") or "",
        "issuer": metadata.get("issuer") or "",
        "date": metadata.get("date") or "",
        "format": document.get("format") or "",
        "pages": len(document.get("pages") or []),
        "counts": counts,
        "flags": row_flags,
        "f1": comparison.f1 if comparison else None,
        "errors": sum(len(e["misses"]) + len(e["false_alarms"]) for e in comparison.errors.values())
        if comparison
        else None,
    }


def record_context(record: dict, gold: dict | None) -> tuple[dict, Comparison | None]:
    """Everything record.html needs: the marked-up text, the marks by group, the gold comparison."""
    document = record.get("document") or {}
    marks = collect_marks(record)
    comparison = compare(record, gold, marks) if gold is not None else None
    every = marks + (comparison.miss_marks if comparison else [])
    groups: dict[str, list[Mark]] = defaultdict(list)
    for mark in marks:
        groups[mark.group or mark.id].append(mark)
    counts = {kind: sum(1 for m in every if m.kind == kind) for kind in KINDS}
    context = {
        "record": record,
        "document": document,
        "metadata": record.get("metadata") or {},
        "tokens": layout(document.get("text") or "", every, _page_breaks(document)),
        "details": {m.id: m.details() for m in every},
        "groups": groups,
        "kinds": [k for k in KINDS if counts[k]],
        "counts": counts,
        "flags": flags(record),
        "gold": gold,
        "comparison": comparison,
        "extra": {
            name: json.dumps(value, ensure_ascii=False, indent=1)
            for name, value in [
                *((k, v) for k, v in record.items() if k not in KNOWN_PARTS),
                *((f"document.{k}", v) for k, v in document.items() if k not in KNOWN_DOCUMENT and v),
            ]
        },
    }
    return context, comparison


def render_record(record: dict, gold: dict | None = None, index_href: str = "../index.html") -> str:
    context, _ = record_context(record, gold)
    return environment().get_template("record.html").render(context, index_href=index_href)


def write_review(
    records: dict[str, dict], out: Path, gold: dict[str, dict] | None = None, title: str = "Review"
) -> dict[str, str]:
    """Write index.html and one page per record under out/; returns each key's page, relative to out.
    A record that cannot be shown (not of the record's shape) is named on stderr and left out."""
    from pipeline.assemble import write_atomic

    env = environment()
    names = page_names(list(records))
    rows = []
    hrefs = {}
    for key, record in records.items():
        record_gold = gold.get(key) if gold is not None else None
        try:
            context, comparison = record_context(record, record_gold)
            page = env.get_template("record.html").render(context, index_href="../index.html")
            row = summary(record, f"{RECORDS}/{names[key]}", comparison, gold is not None)
        except (AttributeError, KeyError, TypeError, ValueError) as error:  # a record not of our shape
            print(
                f"communique: {key}: cannot show this record ({type(error).__name__}: {error})",
                file=sys.stderr,
            )
            continue
        write_atomic(out / row["href"], page)
        rows.append(row)
        hrefs[key] = row["href"]
    write_atomic(out / "index.html", env.get_template("index.html").render(rows=rows, title=title, gold=gold))
    return hrefs


def match_gold(records: dict[str, dict], gold: dict[str, dict]) -> dict[str, dict]:
    """Each record's gold: the one labelled on the same bytes (sha256), else the one with its id."""
    by_sha = {g["document"].get("sha256"): g for g in gold.values() if g["document"].get("sha256")}
    by_id = {g["document"]["id"]: g for g in gold.values()}
    matched = {}
    for key, record in records.items():
        document = record.get("document") or {}
        found = by_sha.get(document.get("sha256")) or by_id.get(document.get("id"))
        if found is not None:
            matched[key] = found
    return matched


def run_review(args) -> int:
    """`communique review DIR [-o OUT] [--gold GOLD]`: 0 when written, 1 when some records could not be
    shown, 2 on a usage error."""
    from pipeline.evaluate.records import load_gold_tree, load_records

    if not args.folder.is_dir():
        print(f"communique: {args.folder}: not a folder of records", file=sys.stderr)
        return 2
    if args.gold is not None and not args.gold.is_dir():
        print(f"communique: {args.gold}: not a folder of gold files", file=sys.stderr)
        return 2
    try:
        records = load_records(args.folder)
        gold = match_gold(records, load_gold_tree(args.gold)) if args.gold is not None else None
    except ValueError as error:
        print(f"communique: {error}", file=sys.stderr)
        return 2
    if not records:
        print(f"communique: {args.folder}: no records", file=sys.stderr)
        return 2
    out = args.output or args.folder / "_review"
    pages = write_review(records, out, gold, title=f"Review of {args.folder.name or args.folder}")
    matched = f", {len(gold)} with gold" if gold is not None else ""
    print(f"{len(pages)} of {len(records)} records shown{matched} → {out}/index.html", file=sys.stderr)
    return 0 if len(pages) == len(records) else 1
