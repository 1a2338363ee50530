"""Writes pipeline/resources/mediatopics.json: the IPTC Media Topics tree with French and English labels.

Sources (read from ../shared/vocabularies/iptc-mediatopic/, see its README): IPTC's en-GB export of
2025-10-09 gives the current tree, retirements, English labels and definitions; the French export of
2022-02-03 gives French labels and definitions; a transcribed supplement from the 2026-07-02 release
gives the French labels of six concepts created after 2022. Retired concepts are left out; every
active concept is kept (levels 1 to 6), with its level, parent and ancestors.

Run it again when the shared copy changes: `python scripts/build_mediatopics.py [SOURCE_DIR]`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent.parent / "shared" / "vocabularies" / "iptc-mediatopic"
TARGET = ROOT / "pipeline" / "resources" / "mediatopics.json"
ENGLISH = "cptall-en-GB.2025-10-09.json"
FRENCH = "cptall-fr.2022-02-03.json"
SUPPLEMENT = "fr-supplement.2026-07-02.transcribed.json"
ATTRIBUTION = (
    "IPTC Media Topics NewsCodes, © IPTC – International Press Telecommunications Council "
    "(https://iptc.org), https://cv.iptc.org/newscodes/mediatopic/, licensed under CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/)."
)
CHANGES = (
    "Changes were made: retired concepts removed; the en-GB release of 2025-10-09 (tree, English "
    "labels and definitions) merged with French labels and definitions from the French release of "
    "2022-02-03 and six French labels transcribed from the 2026-07-02 release; fields reduced to "
    "qcode, level, parent, ancestors, labels and definitions. label_fr is null where IPTC gives no "
    "French label."
)


def _qcode(uri: str) -> str:
    return "medtop:" + uri.rstrip("/").rsplit("/", 1)[1]


def build(source: Path) -> dict:
    english = json.loads((source / ENGLISH).read_text(encoding="utf-8"))
    french = {c["qcode"]: c for c in json.loads((source / FRENCH).read_text(encoding="utf-8"))["conceptSet"]}
    supplement = json.loads((source / SUPPLEMENT).read_text(encoding="utf-8"))["fr_labels_for_gaps"]
    active = {c["qcode"]: c for c in english["conceptSet"] if "retired" not in c}
    parent = {q: (_qcode(c["broader"][0]) if c.get("broader") else None) for q, c in active.items()}

    def ancestors(qcode: str) -> list[str]:
        chain = []
        while parent[qcode]:
            qcode = parent[qcode]
            chain.append(qcode)
        return chain[::-1]

    topics = []
    for qcode, concept in active.items():
        fr = french.get(qcode, {})
        fr_retired = "retired" in fr
        label_fr = None if fr_retired else fr.get("prefLabel", {}).get("fr")
        topics.append(
            {
                "qcode": qcode,
                "level": len(ancestors(qcode)) + 1,
                "parent": parent[qcode],
                "ancestors": ancestors(qcode),
                "label_fr": label_fr or supplement.get(qcode),
                "label_en": concept["prefLabel"]["en-GB"],
                "definition_fr": None if fr_retired else fr.get("definition", {}).get("fr"),
                "definition_en": concept.get("definition", {}).get("en-GB"),
            }
        )
    topics.sort(key=lambda t: [int(q[7:]) for q in [*t["ancestors"], t["qcode"]]])  # the tree, depth first
    return {
        "_source": (
            f"{ENGLISH} (released {english['dateReleased'][:10]}), {FRENCH}, {SUPPLEMENT}; "
            "built by scripts/build_mediatopics.py"
        ),
        "_attribution": ATTRIBUTION,
        "_changes": CHANGES,
        "topics": topics,
    }


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    document = build(source)
    text = "{\n" + "".join(
        f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},\n"
        for k, v in document.items()
        if k != "topics"
    )
    text += ' "topics": [\n'
    text += ",\n".join("  " + json.dumps(t, ensure_ascii=False) for t in document["topics"])
    text += "\n ]\n}\n"
    TARGET.write_text(text, encoding="utf-8")
    levels = sorted({t["level"] for t in document["topics"]})
    print(f"{TARGET.relative_to(ROOT)}: {len(document['topics'])} active topics, levels {levels}")


if __name__ == "__main__":
    main()
