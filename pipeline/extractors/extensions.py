"""Custom Doc attributes the extractors fill: plain dicts, so docs stay picklable."""

from spacy.tokens import Doc

DOC_ATTRIBUTES = ("language_blocks", "metadata", "dates", "entities", "contacts", "themes", "quotes")


def register_extensions() -> None:
    for attribute in DOC_ATTRIBUTES:
        if not Doc.has_extension(attribute):
            Doc.set_extension(attribute, default=None)


TEXT_KEY = "communique_text"

CELL_GAPS = "communique_cell_gaps"
"""doc.user_data key: offsets of the spaces standing for a table's column gap (SourceDocument.cell_gaps)."""
OFF_RELEASE_KEY = "communique_off_release"
"""doc.user_data key: (start, end) of a page's front matter and teasers for other articles, which
give no entity mention (entities.page_furniture.off_the_release)."""
EMPHASIS = "communique_emphasis"
"""doc.user_data key: clean-text ranges the source set in italics (SourceDocument.emphasis)."""
RULE_ENTITIES = "communique_rule_entities"
"""doc.user_data key: the entities with the rules' own labels, before the fitted label decision. The
contact and quote readers take names and bodies from them: their line rules were written and tested
on these labels, and the decision is fitted and judged on entity labels only."""


def rule_entities(doc: Doc) -> list[dict]:
    """The entities as the rules labelled them (doc._.entities when no decision relabelled them)."""
    return doc.user_data.get(RULE_ENTITIES) or doc._.entities or []


def text_of(doc: Doc) -> str:
    """doc.text, built once per document: spaCy joins every token each time it is read, and the
    extractors read it often (per candidate, in the entity rules)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def glued_hyphen(doc: Doc, i: int) -> bool:
    """Token i is a hyphen written without a space on either side: a hyphenated word the tokenizer
    split ('Arnaud-Tessier', 'beaux-arts', 'start-up')."""
    return 0 < i < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def char_spans(doc: Doc, items: list[dict], label_key: str) -> list:
    """spaCy spans for extracted items (for doc.spans and displaCy), snapped to token bounds."""
    spans = []
    for item in items:
        span = doc.char_span(item["start"], item["end"], label=str(item[label_key]), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


register_extensions()
