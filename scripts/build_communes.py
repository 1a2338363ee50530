"""Writes pipeline/resources/communes_fr.json: the French communes that places_fr.json (GeoNames,
1,000+ inhabitants) leaves out, so villages and small communes named in a release are places.

Source: the official geographic code (INSEE) as packaged on the npm registry by Etalab,
`@etalab/decoupage-administratif` (its data/communes.json, current communes only; data under the
Licence Ouverte 2.0, code under MIT). Run it on the unpacked package:

    npm pack @etalab/decoupage-administratif && tar xzf etalab-decoupage-administratif-*.tgz
    python scripts/build_communes.py package/data/communes.json

Small communes are often named after common words ('Aube', 'Chemin', 'Bouquet') or people
('Marie', 'Raymond'): a name is left out when each of its words is a French dictionary word or a
listed first name or surname, since the town list is matched before the entity rules read context;
so are English function words ('This', a commune of the Ardennes, opens English sentences).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import spacy
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_WORDS

from pipeline import resources
from pipeline.extractors.entities.lexicon import Lexicon

MIN_LENGTH = 4
"""'Eu', 'Y', 'Bû': short names match too much that is not the commune."""
LINK_WORDS = {"le", "la", "les", "l", "de", "du", "des", "d", "en", "sur", "sous", "lès", "lez", "aux", "au"}
ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "pipeline" / "resources" / "communes_fr.json"


def is_common(name: str, lexicon: Lexicon, people: set[str]) -> bool:
    """Every word of the name (its link words aside) is a dictionary word or a person's name."""
    words = [w for w in re.split(r"[\s\-'’]+", name) if w and w.lower() not in LINK_WORDS]
    return all(word in lexicon or word.lower() in people or word.lower() in ENGLISH_WORDS for word in words)


def small_communes(source: Path) -> list[str]:
    nlp = spacy.load("fr_core_news_sm")
    lexicon = Lexicon(nlp)
    names = resources.load("person_names.json")
    people = {n.lower() for key in ("first_names", "first_names_other", "surnames") for n in names[key]}
    known = set(resources.load("places_fr.json")["places"])
    communes = json.loads(source.read_text(encoding="utf-8"))
    return sorted(
        {
            commune["nom"]
            for commune in communes
            if commune.get("type") == "commune-actuelle"
            and commune["nom"] not in known
            and len(commune["nom"]) >= MIN_LENGTH
            and not is_common(commune["nom"], lexicon, people)
        }
    )


def main() -> None:
    communes = small_communes(Path(sys.argv[1]))
    document = {
        "_source": (
            "INSEE official geographic code via Etalab's @etalab/decoupage-administratif "
            "(Licence Ouverte 2.0): current French communes missing from places_fr.json, "
            "common words and person names left out. Written by scripts/build_communes.py."
        ),
        "places": communes,
    }
    TARGET.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(communes)} communes written to {TARGET}")


if __name__ == "__main__":
    main()
