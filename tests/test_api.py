"""The Python API: extract() from a path, a str of text or bytes; extract_many(); one Extractor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, SEED

from pipeline import ExtractionError, Extractor, Failure, extract, extract_many
from pipeline.models import Record
from pipeline.process import process
from pipeline.readers import READERS

SEED_PDF = SAMPLES / "000_0146f9d8f82743d2_rendered.pdf"
DATELINE = "Paris, le 3 mars 2025. Communiqué de presse du ministère de la Culture sur les musées."


def without_origin(record: dict) -> dict:
    """A record less what names its input (id, path), which differ between a file and its bytes."""
    document = {k: v for k, v in record["document"].items() if k not in ("id", "source")}
    return {**record, "document": document}


@pytest.fixture(scope="module")
def seed_file_record(tmp_path_factory) -> dict:
    """The record the command line writes for the seed."""
    out = tmp_path_factory.mktemp("out")
    (outcome,) = process([SEED], out)
    return json.loads(Path(outcome.output).read_text(encoding="utf-8"))


def test_text_gives_a_record():
    record = extract(DATELINE)
    assert isinstance(record, Record)
    assert record.metadata.date == "2025-03-03"
    assert record.document.source == "<text>" and record.document.text.startswith("Paris, le 3 mars")


def test_path_gives_the_record_the_command_writes(seed_file_record):
    record = extract(SEED)
    assert json.loads(record.model_dump_json()) == seed_file_record


def test_any_path_like_is_a_path(seed_file_record):
    class Location:
        def __fspath__(self) -> str:
            return str(SEED)

    assert extract(Location()).document.source == seed_file_record["document"]["source"]


def test_text_bytes_give_the_same_record_as_the_file(seed_file_record):
    record = extract(SEED.read_bytes())
    assert record.document.source == "<bytes>"
    assert without_origin(record.model_dump(mode="json")) == without_origin(seed_file_record)


def test_pdf_bytes_are_sniffed_and_read_as_a_pdf():
    from_bytes = extract(SEED_PDF.read_bytes())
    from_path = extract(SEED_PDF)
    assert from_bytes.document.format == "pdf" and from_bytes.document.pages
    assert without_origin(from_bytes.model_dump(mode="json")) == without_origin(
        from_path.model_dump(mode="json")
    )


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t", "empty document (whitespace only)"),
        (b"\x00\x01binary" * 50, "binary content, not text"),
        ("The ministry announced today that the museum will open its new wing.", "language 'en'"),
    ],
)
def test_a_refused_input_raises_with_its_reason(source, reason):
    with pytest.raises(ExtractionError) as error:
        extract(source)
    assert reason in error.value.reason and error.value.path in ("<bytes>", "<text>")


def test_a_missing_file_raises_with_its_reason(tmp_path):
    with pytest.raises(ExtractionError, match="no such file"):
        extract(tmp_path / "absent.txt")


def test_a_file_name_passed_as_text_says_so():
    with pytest.raises(ExtractionError, match="pass a pathlib.Path"):
        extract(str(SEED))


def test_format_overrides_sniffing():
    with pytest.raises(ExtractionError, match="not a PDF"):
        extract(SEED.read_bytes(), format="pdf")
    with pytest.raises(ExtractionError, match="unknown format"):
        extract(DATELINE, format="docx")


def test_html_bytes_are_read_as_a_web_page():
    page = ROOT / "tests" / "data" / "html" / "fr-musee-rouen-2025-03-25-invitation-marees-interieures.html"
    record = extract(page.read_bytes())
    assert "html" in READERS and record.document.format == "html"
    assert record.document.page is not None and record.document.page.language == "fr"
    assert "Espace presse" not in record.document.text


def test_other_types_are_a_type_error():
    with pytest.raises(TypeError, match="a path, a str or bytes"):
        extract(42)  # type: ignore[arg-type]


def test_many_yields_records_and_failures(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    results = list(extract_many([folder, str(tmp_path / "absent.txt")]))
    records = [r for r in results if isinstance(r, Record)]
    failures = {Path(f.source).name: f.reason for f in results if isinstance(f, Failure)}
    assert [r.document.id for r in records] == ["seed"]
    assert failures == {"empty.txt": "empty file", "absent.txt": "no such file"}


def test_many_with_workers_gives_the_records_of_one_process(tmp_path):
    paths = []
    for n in range(5):  # more than one batch of four, so the worker pool is used
        path = tmp_path / f"release_{n}.txt"
        path.write_text(f"Lyon, le {n + 1} avril 2025. Communiqué de presse.\n{DATELINE}\n", encoding="utf-8")
        paths.append(path)
    alone = {r.document.id: r for r in extract_many(paths)}
    pooled = {r.document.id: r for r in extract_many(paths, jobs=2)}
    assert len(alone) == 5 and pooled == alone
    assert alone["release_2"].metadata.date == "2025-04-03"


def test_an_extractor_loads_the_model_once(monkeypatch):
    extractor = Extractor()
    first = extractor.extract(DATELINE)

    def no_second_load():
        raise AssertionError("the model was loaded again")

    monkeypatch.setattr("pipeline.nlp.load_pipeline", no_second_load)
    again = extractor.extract(DATELINE)
    many = list(extractor.extract_many([SEED]))
    assert again == first and many[0].document.id == SEED.stem


def test_importing_the_api_loads_neither_spacy_nor_pydantic():
    code = (
        "import sys\nfrom pipeline import extract, extract_many, Extractor\n"
        "print(sorted(m for m in ('spacy', 'pydantic', 'jsonschema') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_many_refuses_a_bad_job_count_at_once():
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        extract_many([SEED], jobs=0)
