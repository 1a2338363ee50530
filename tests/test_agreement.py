"""The same release as text and as PDF gives the same record (issue: PDF communiqués).

The PDF is samples/000_0146f9d8f82743d2_rendered.pdf, rendered from the seed text by
scripts/render_sample_pdf.py; both records are in outputs/ (tests/test_outputs.py keeps them fresh).
`communique evaluate` scores one against the other, the text record playing the gold.
"""

import json

from conftest import ROOT

from pipeline.cli import main

TEXT_RECORD = ROOT / "outputs" / "000_0146f9d8f82743d2.json"
PDF_RECORD = ROOT / "outputs" / "000_0146f9d8f82743d2_rendered.json"


def _as_document(record: dict, folder, identifier: str = "release") -> None:
    folder.mkdir()
    record["document"]["id"] = identifier
    (folder / f"{identifier}.json").write_text(json.dumps(record), encoding="utf-8")


def test_pdf_and_text_records_agree_by_evaluate(tmp_path):
    _as_document(json.loads(TEXT_RECORD.read_text(encoding="utf-8")), tmp_path / "text")
    _as_document(json.loads(PDF_RECORD.read_text(encoding="utf-8")), tmp_path / "pdf")
    report = tmp_path / "report.json"
    status = main(
        [
            "evaluate",
            "--gold",
            str(tmp_path / "text"),
            "--pred",
            str(tmp_path / "pdf"),
            "--json",
            str(report),
            "--min-f1",
            "0.97",
        ]
    )
    strict = json.loads(report.read_text(encoding="utf-8"))["modes"]["strict"]
    assert status == 0 and strict["micro"]["f1"] >= 0.97, strict["micro"]


def test_every_pdf_span_is_traced_to_a_page_and_box():
    record = json.loads(PDF_RECORD.read_text(encoding="utf-8"))
    assert record["document"]["format"] == "pdf" and len(record["document"]["pages"]) >= 2
    located = (
        [m for e in record["entities"] for m in e["mentions"]]
        + record["dates"]
        + record["contacts"]
        + record["quotes"]
    )
    assert located
    for item in located:
        location = item["location"]
        assert location["page"] >= 1 and len(location["bbox"]) == 4, item
