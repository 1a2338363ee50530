"""Helpers shared by the issuer tests: a release fragment read as a file, then its metadata."""

from pipeline.evaluate.matching import normalize
from pipeline.extractors.metadata import extract_metadata
from pipeline.readers import read_blob

BODY = (
    "Le texte du communiqué tient en plusieurs phrases, assez longues pour former un vrai paragraphe "
    "de presse. La suite du texte vient ensuite et donne les détails pratiques de l'annonce.\n\n"
)
"""A neutral paragraph of running text to put under an invented header."""


def metadata_of(release: str, name: str = "release.txt") -> dict:
    """The metadata the pipeline gives a release written as the file `name`."""
    document = read_blob(name, release.encode("utf-8"))
    return extract_metadata(
        document.text,
        document.layout_title,
        images_text=document.images_text,
        headline=document.headline,
        column_gaps=document.cell_gaps(),
    )


def same(value: str | None, expected: str) -> bool:
    """Equal as the evaluation's soft match counts an issuer."""
    return normalize(value or "", "soft") == normalize(expected, "soft")
