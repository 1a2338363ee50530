"""The records scored: gold files, output records, and predictions made from the gold's sources.

A gold file is checked field by field (pipeline.gold), so a malformed one is an error naming the
field; an output record may play the gold (the text of a release against its PDF rendering). When
no predictions are given, the pipeline runs on each gold document's source, found under the source
roots, and a source that changed since it was labelled is reported.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _read_record(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not a readable JSON file ({error})") from None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("document"), dict)
        or "id" not in data["document"]
    ):
        raise ValueError(f"{path}: document.id: missing (not a gold or output record)")
    return data


def _read_gold(path: Path) -> dict:
    """A hand-labelled gold file, or an output record playing the gold (e.g. text against PDF)."""
    from pipeline.gold import load_gold

    data = _read_record(path)
    if "schema_version" in data and "pipeline" in data:
        from pipeline.assemble import validate

        try:
            validate(data)
        except ValueError as error:
            raise ValueError(f"{path}: {error}") from None
        return data
    return load_gold(path)


def load_records(folder: Path, gold: bool = False) -> dict[str, dict]:
    """JSON records directly in a folder (not its subfolders, not our `_manifest.json`), by document id.
    Gold files are checked field by field: a malformed one is an error naming the field."""
    records = {}
    for path in sorted(folder.glob("*.json")):
        if not path.name.startswith(("_", ".")):
            data = _read_gold(path) if gold else _read_record(path)
            records[data["document"]["id"]] = data
    return records


def load_gold_tree(folder: Path) -> dict[str, dict]:
    """Gold files in folder and its subfolders, keyed by their path without suffix ("pdf/x" for pdf/x.json):
    the text and the PDF rendering of one release are two gold documents."""
    return {
        path.relative_to(folder).with_suffix("").as_posix(): _read_gold(path)
        for path in sorted(folder.rglob("*.json"))
        if not path.name.startswith(("_", "."))
    }


def source_roots(explicit: Path | None = None) -> list[Path]:
    """Where a gold file's `document.source` (e.g. corpus/text/x.txt) is looked for."""
    if explicit:
        return [explicit]
    return [Path.cwd(), Path.cwd().parent / "shared", Path(__file__).resolve().parents[3] / "shared"]


def resolve_source(record: dict, roots: list[Path]) -> Path | None:
    relative = record.get("document", {}).get("source", "")
    for root in roots:
        if relative and (root / relative).is_file():
            return root / relative
    return None


def predict_from_sources(
    gold: dict[str, dict], roots: list[Path], jobs: int = 1
) -> tuple[dict[str, dict], list[str]]:
    """Run the pipeline on each gold document's source; returns predictions by gold key and the keys
    whose source is absent. A changed source (sha256 differs from the gold's) is reported."""
    import tempfile

    from pipeline.process import process_iter

    keys_by_path: dict[str, str] = {}
    absent = []
    for key, record in gold.items():
        source = resolve_source(record, roots)
        if source is None:
            absent.append(key)
        else:
            keys_by_path[str(source)] = key
    predictions: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="communique-eval-") as folder:
        for outcome in process_iter([Path(p) for p in keys_by_path], Path(folder), jobs=jobs, force=True):
            key = keys_by_path[outcome.path]
            if outcome.status == "failed":
                print(f"communique: {outcome.path}: {outcome.reason}", file=sys.stderr)
                continue
            record = json.loads(Path(outcome.output).read_text(encoding="utf-8"))
            expected = gold[key]["document"].get("sha256")
            if expected and record["document"]["sha256"] != expected:
                print(
                    f"communique: warning: {outcome.path} differs from the version the gold was labelled on",
                    file=sys.stderr,
                )
            predictions[key] = record
    return predictions, absent
