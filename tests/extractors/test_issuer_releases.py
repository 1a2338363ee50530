"""The issuer of whole invented releases (tests/data/issuer_releases/, text and markdown), written
in the shapes of issuers the corpus lacks: ARS, préfectures, ministries, companies and their
groups, associations, federations, unions, chambers, festivals and their organisers, school
competitions and their sponsors, town councils, a department, a university, hospitals. The
expected issuer (expected.json) was decided by reading, by docs/annotation.md, before the pipeline
ran; values are compared as `communique evaluate` compares them (soft)."""

import json
from pathlib import Path

import pytest

from pipeline.evaluate.matching import normalize
from pipeline.extractors.metadata import extract_metadata
from pipeline.readers import read_document

RELEASES = Path(__file__).resolve().parents[1] / "data" / "issuer_releases"
EXPECTED = json.loads((RELEASES / "expected.json").read_text(encoding="utf-8"))


def test_every_release_has_an_expected_issuer():
    files = {p.name for p in RELEASES.iterdir() if p.suffix in {".txt", ".md"}}
    assert files == set(EXPECTED)
    assert len(files) >= 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_issuer_a_reader_gives(name: str) -> None:
    document = read_document(RELEASES / name)
    metadata = extract_metadata(document.text, document.layout_title)
    assert normalize(metadata["issuer"] or "", "soft") == normalize(EXPECTED[name], "soft")
    if not EXPECTED[name]:
        return  # no issuer: no evidence
    evidence = metadata["evidence"]["issuer"]
    assert document.text[evidence["start"] : evidence["end"]] == evidence["text"]
