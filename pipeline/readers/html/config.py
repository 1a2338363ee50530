"""What the HTML reader's stages share: its settings (pipeline/resources/html.json) and the
forms lines are compared in."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import resources

SPACES = re.compile(r"[ \t\n\r\f]+")
MATCH_FORM = re.compile(r"[\W_]+")


@lru_cache(maxsize=1)
def settings() -> dict:
    data = resources.load("html.json")
    return {
        "press_contact": re.compile(data["press_contact_cue"], re.MULTILINE),
        "contact_detail": re.compile(data["contact_detail"]),
        "about_cue": re.compile(data["about_cue"], re.MULTILINE),
        "see_also": re.compile(data["see_also_cue"]),
        "max_box_chars": data["max_box_chars"],
        "block_tags": frozenset(data["block_tags"]),
        "skip_tags": frozenset(data["skip_tags"]),
        "hidden_classes": frozenset(data["hidden_classes"]),
        "max_header_line_chars": data["max_header_line_chars"],
        "date_cue": re.compile(data["date_cue"], re.IGNORECASE),
        "bare_address": re.compile(data["bare_address"], re.IGNORECASE),
        "furniture_marks": re.compile(data["furniture_marks"]),
        "side_column_marks": re.compile(data["side_column_marks"]),
        "inline_marks": re.compile(f"{data['furniture_marks']}|{data['inline_furniture_marks']}"),
        "document_link": re.compile(data["document_link"]),
        "continuation_words": frozenset(data["continuation_words"]),
        "listing_link_share": data["listing_link_share"],
        "listing_min_lines": data["listing_min_lines"],
        "genres": frozenset(match_form(kind) for kind in resources.document_types()),
    }


@lru_cache(maxsize=4096)
def marked_names(names: str, marks: str = "furniture_marks") -> bool:
    """Whether an element's class and id (joined by a space) match one of the settings' patterns:
    furniture_marks (a site's furniture), inline_marks (also topic tags, print links) or
    side_column_marks. Cached: a page repeats its class names (a carousel's 200 items), and so
    does a site from page to page; the patterns are slow to search."""
    return settings()[marks].search(names) is not None


def match_form(line: str) -> str:
    """A line as compared with trafilatura's: words only, lower case."""
    return MATCH_FORM.sub(" ", line).strip().lower()
