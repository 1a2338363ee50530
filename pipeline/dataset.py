"""The dataset around the per-document records: a run's manifest, the JSONL export, pruning.

Files of our own in an output folder start with "_" (`_manifest.json`); document ids never do.
"""

from __future__ import annotations

import json
import platform
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pipeline.assemble import atomic_writer, write_atomic
from pipeline.planning import Outcome, fingerprint

MANIFEST_NAME = "_manifest.json"


def is_record_file(path: Path) -> bool:
    """A per-document record file of an output folder (not our manifest, not a temporary file)."""
    return path.suffix == ".json" and not path.name.startswith(("_", "."))


@dataclass
class RunLog:
    """Counts and failures of a run, kept small: no document or record is held here."""

    command: str
    inputs: list[str]
    output: Path
    jobs: int
    total: int
    started: float = field(default_factory=time.time)
    counts: dict[str, int] = field(default_factory=lambda: {"written": 0, "skipped": 0, "failed": 0})
    failures: list[dict[str, str]] = field(default_factory=list)
    flagged: list[dict[str, str]] = field(
        default_factory=list
    )  # written, but not a press release by the look of it
    produced: dict[str, str] = field(default_factory=dict)  # input path -> output file
    nlp_seconds: float = 0.0
    scheduler: str | None = None  # --scheduler: the Dask cluster the run went to

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] = self.counts.get(outcome.status, 0) + 1
        self.nlp_seconds += outcome.seconds
        if outcome.status == "failed":
            self.failures.append({"path": outcome.path, "reason": outcome.reason or "failed"})
        elif outcome.output:
            self.produced[outcome.path] = outcome.output
        if outcome.warning:
            self.flagged.append({"path": outcome.path, "warning": outcome.warning})

    def manifest(self, interrupted: bool, jsonl: Path | None) -> dict:
        from spacy import __version__ as spacy_version

        finished = time.time()
        seconds = round(finished - self.started, 3)
        processed = self.counts["written"] + self.counts["failed"]
        return {
            "command": self.command,
            "inputs": self.inputs,
            "output": str(self.output),
            "jsonl": str(jsonl) if jsonl else None,
            "interrupted": interrupted,
            "counts": {"inputs": self.total, **self.counts},
            "failures": sorted(self.failures, key=lambda f: f["path"]),
            "flagged": sorted(self.flagged, key=lambda f: f["path"]),
            "versions": {**fingerprint(), "spacy": spacy_version, "python": platform.python_version()},
            "timing": {
                "started": _iso(self.started),
                "finished": _iso(finished),
                "seconds": seconds,
                "jobs": self.jobs,
                "scheduler": self.scheduler,
                "documents_per_second": round(processed / seconds, 2) if seconds and processed else None,
            },
        }


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat(timespec="seconds")


def write_manifest(log: RunLog, interrupted: bool, jsonl: Path | None) -> Path:
    path = log.output / MANIFEST_NAME
    write_atomic(path, json.dumps(log.manifest(interrupted, jsonl), ensure_ascii=False, indent=1) + "\n")
    return path


def write_jsonl(destination: Path, record_files: Iterable[Path]) -> int:
    """One compact record per line, streamed from the record files (in the order given)."""
    count = 0
    with atomic_writer(destination) as stream:
        for path in record_files:
            record = json.loads(path.read_text(encoding="utf-8"))
            stream.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            count += 1
    return count


def prune(output_dir: Path, keep: set[Path]) -> list[Path]:
    """Delete records in output_dir that no current input produced (their source is gone or now fails)."""
    removed = []
    for path in sorted(output_dir.glob("*.json")):
        if not is_record_file(path) or path.resolve() in keep:
            continue
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(record, dict) and "schema_version" in record and "document" in record:
            path.unlink()
            removed.append(path)
    return removed
