"""Records for the review tests: the committed outputs, and small invented ones written by hand."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = ROOT / "outputs"
GOLD = ROOT / "samples" / "gold"


def sample_records() -> dict[str, dict]:
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(OUTPUTS.glob("*.json"))
        if not path.name.startswith("_")
    }


def expected_counts(record: dict) -> dict[str, int]:
    """How many marks of each kind a record's page must show: one per span of the record."""
    return {
        "language": len(record["document"].get("language_blocks") or []),
        "metadata": sum(1 for e in (record["metadata"].get("evidence") or {}).values() if "start" in e),
        "entity": sum(len(e["mentions"]) for e in record["entities"]),
        "date": len(record["dates"]),
        "contact": len(record["contacts"]),
        "contact_part": sum(len(c.get("evidence") or []) for c in record["contacts"]),
        "quote": len(record["quotes"]),
        "speaker": sum(1 for q in record["quotes"] if q.get("speaker_span")),
        "theme": sum(len(t["evidence"]) for t in record["themes"]),
    }


def span(text: str, needle: str, rule: str = "test.rule", nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle, "rule": rule, "location": None}


HOSTILE_TEXT = (
    "MAIRIE DE <b>LYON</b>\n\nCommuniqué de presse\n\nLyon, le 3 mars 2025\n\n"
    "Un test <script>window.pwned = 1</script> d'échappement, « <img src=x onerror=alert(1)> », "
    "a déclaré Jeanne Martin.\n\nContact presse : Jeanne Martin – jeanne.martin@example.org\n"
)


def hostile_record() -> dict:
    """An invented release full of markup, with one span of every kind."""
    text = HOSTILE_TEXT
    return {
        "schema_version": "1.0.0",
        "pipeline": {"version": "test", "model": "none", "rules_sha256": "0" * 64},
        "document": {
            "id": "hostile<script>",
            "source": "x.txt",
            "sha256": "1" * 64,
            "format": "txt",
            "language": "fr",
            "encoding": "utf-8",
            "looks_like_press_release": True,
            "press_release_reasons": ["<b>bold</b> reason"],
            "text": text,
            "pages": [],
        },
        "metadata": {
            "issuer": "MAIRIE DE <b>LYON</b>",
            "date": "2025-03-03",
            "title": "<script>alert('title')</script>",
            "evidence": {"issuer": span(text, "MAIRIE DE <b>LYON</b>", "metadata.letterhead")},
        },
        "entities": [
            {
                "name": "<img src=x onerror=alert(1)>",
                "label": "ORG",
                "aliases": ["</span><script>alert(2)</script>"],
                "mentions": [span(text, "<script>window.pwned = 1</script>")],
                "rule": "test.entity",
            },
            {
                "name": "Jeanne Martin",
                "label": "PER",
                "aliases": [],
                "mentions": [span(text, "Jeanne Martin"), span(text, "Jeanne Martin", nth=1)],
                "rule": "test.person",
            },
        ],
        "dates": [dict(span(text, "3 mars 2025"), value="2025-03-03", granularity="day")],
        "contacts": [
            {
                "name": "Jeanne Martin",
                "emails": ["jeanne.martin@example.org"],
                "phones": [],
                **{
                    k: v
                    for k, v in span(text, "Jeanne Martin – jeanne.martin@example.org").items()
                    if k != "text"
                },
                "evidence": [span(text, "jeanne.martin@example.org", "contact.email")],
                "rule": "contact.block",
            }
        ],
        "themes": [
            {
                "id": "test_theme",
                "label": "<i>Thème</i>",
                "score": 0.5,
                "evidence": [span(text, "échappement")],
                "rule": "theme.test",
            }
        ],
        "quotes": [
            {
                "speaker": "Jeanne Martin",
                **{k: v for k, v in span(text, "<img src=x onerror=alert(1)>").items() if k != "rule"},
                "speaker_span": span(text, "Jeanne Martin"),
                "rule": "quote.test",
            }
        ],
    }


class MarkCounter(HTMLParser):
    """Distinct mark ids per kind, and the text inside the #text element, from a rendered page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: dict[str, set[str]] = {}
        self.text: list[str] = []
        self.depth = 0  # >0 inside #text
        self.skip = 0  # >0 inside a page break label

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if self.depth:
            self.depth += 1
            if "pagebreak" in classes:
                self.skip = self.depth
        elif attributes.get("id") == "text":
            self.depth = 1
        if "mk" in classes and attributes.get("data-m"):
            kind = next(c[2:] for c in classes if c.startswith("k-"))
            self.ids.setdefault(kind, set()).add(attributes["data-m"])

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            if self.skip == self.depth:
                self.skip = 0
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.text.append(data)


def count_marks(html: str) -> tuple[dict[str, int], str]:
    parser = MarkCounter()
    parser.feed(html)
    return {kind: len(ids) for kind, ids in parser.ids.items()}, "".join(parser.text)
