"""Helpers shared by the theme tests: the topics a fragment gets, and each topic's evidence in its body."""

import pipeline.extractors.themes as themes


def theme_ids(nlp, text: str) -> set[str]:
    """The Media Topic ids the pipeline files `text` under."""
    return {t["id"] for t in nlp(text)._.themes}


def body_matches(nlp, text: str) -> dict[str, list[str]]:
    """Each topic's evidence texts in the body, straight from the matcher (before weights)."""
    component = nlp.get_pipe("communique_themes")
    doc = nlp.make_doc(text)
    outside = themes.outside_body(text, [])
    found: dict[str, list[str]] = {}
    for match in component.matches(doc, text):
        if not any(start <= match.start < end for start, end in outside):
            found.setdefault(match.topic, []).append(text[match.start : match.end])
    return found
