"""The dataset around the records: JSONL export, manifest, pruning (through the CLI, in-process)."""

import json

from conftest import SEED

from pipeline.assemble import validate
from pipeline.cli import main


def _inputs(tmp_path, count=2):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for n in range(count):
        (folder / f"cp_{n}.txt").write_text("\n".join(lines[: 40 + 10 * n]) + "\n", encoding="utf-8")
    return folder


def test_jsonl_has_one_valid_record_per_document_and_a_manifest(tmp_path, nlp):
    folder = _inputs(tmp_path)
    (folder / "broken.pdf").write_bytes(b"not a pdf at all")
    out, jsonl = tmp_path / "out", tmp_path / "dataset.jsonl"
    assert main(["extract", str(folder), "-o", str(out), "--jsonl", str(jsonl)]) == 1
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["document"]["id"] for line in lines] == ["cp_0", "cp_1"]
    for line in lines:
        validate(json.loads(line))
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"] == {"inputs": 3, "written": 2, "skipped": 0, "failed": 1}
    assert (
        manifest["failures"][0]["path"].endswith("broken.pdf") and "PDF" in manifest["failures"][0]["reason"]
    )
    assert manifest["versions"]["model"].startswith("fr_core_news_sm-") and manifest["interrupted"] is False


def test_a_second_run_skips_and_still_exports_everything(tmp_path, nlp):
    folder = _inputs(tmp_path)
    out, jsonl = tmp_path / "out", tmp_path / "dataset.jsonl"
    main(["extract", str(folder), "-o", str(out)])
    assert main(["extract", str(folder), "-o", str(out), "--jsonl", str(jsonl)]) == 0
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["skipped"] == 2 and manifest["counts"]["written"] == 0
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 2


def test_regenerate_prunes_records_whose_source_is_gone(tmp_path, nlp):
    folder = _inputs(tmp_path)
    out = tmp_path / "out"
    main(["regenerate", str(folder), "-o", str(out)])
    (folder / "cp_1.txt").unlink()
    notes = out / "notes.json"
    notes.write_text('{"not": "a record"}', encoding="utf-8")
    assert main(["regenerate", str(folder), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.glob("*.json")) == ["_manifest.json", "cp_0.json", "notes.json"]


def test_extract_never_prunes(tmp_path, nlp):
    folder = _inputs(tmp_path)
    out = tmp_path / "out"
    main(["extract", str(folder), "-o", str(out)])
    (folder / "cp_1.txt").unlink()
    main(["extract", str(folder), "-o", str(out)])
    assert (out / "cp_1.json").exists()
