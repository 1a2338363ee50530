"""Before mining a text: which language is it in, and does it read like a press release?"""

from __future__ import annotations

import re
from collections import Counter

from pipeline import resources

WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """'fr', 'en' or 'und', from the share of each language's commonest function words."""
    markers = resources.load("screening.json")["language_markers"]
    words = Counter(w.lower() for w in WORD.findall(text[:20000]))
    total = sum(words.values()) or 1
    scores = {lang: sum(words[w] for w in vocab) / total for lang, vocab in markers.items()}
    language, score = max(scores.items(), key=lambda item: item[1])
    return language if score >= 0.08 else "und"


def press_release_reasons(text: str, metadata: dict) -> tuple[bool, list[str]]:
    """Whether the text looks like a press release, with the reasons for the verdict."""
    data = resources.load("screening.json")
    lowered = text.lower()
    reasons: list[str] = []
    against: list[str] = []
    for kind, cues in data["non_press_release_cues"].items():
        hits = [cue for cue in cues if cue in lowered]
        if len(hits) >= 3:
            against.append(f"reads like {kind} ({', '.join(hits[:3])})")
    if metadata.get("document_type"):
        reasons.append(f"document type '{metadata['document_type']}'")
    if metadata.get("date"):
        reasons.append("dated")
    cues = [cue for cue in data["press_release_cues"] if cue in lowered]
    if cues:
        reasons.append(f"press vocabulary ({', '.join(cues[:3])})")
    if len(WORD.findall(text)) < 40:
        against.append("too short for a press release (under 40 words)")
    verdict = not against and len(reasons) >= 2
    return verdict, (
        reasons if verdict else against or [f"too few press-release signals ({'; '.join(reasons) or 'none'})"]
    )
