"""Writes pipeline/resources/person_names.json: first names and surnames that French releases print.

Source: the person providers of Faker (https://github.com/joke2k/faker, MIT licence), as packaged on
PyPI, for the French-speaking locales fr_FR, fr_BE, fr_CH and fr_CA: their first names (which
include names of many origins: fr_BE's 'Abdelkader', 'Aymeric', 'Ayoub') and their common surnames;
and the first names of a few other locales, for the foreign persons releases name.
Run it again after upgrading Faker: `pip install -e ".[data]" && python scripts/build_person_names.py`.
The entity rules read a first name as evidence that capitalised words name a person, and a surname
list to tell a surname that is also a dictionary word ('Petit', 'Fontaine') from a company's trade
word ('Construction', 'Telecom').
"""

from __future__ import annotations

import importlib
import json
from importlib import metadata
from pathlib import Path

import spacy

from pipeline.extractors.entities.lexicon import Lexicon

LOCALES = ("fr_FR", "fr_BE", "fr_CH", "fr_CA")
OTHER_LOCALES = ("en_US", "en_GB", "de_DE", "it_IT", "es_ES", "pt_PT", "nl_NL")
"""Releases also name partners, artists and researchers from abroad ('Ulrich', 'Javier', 'Agnieszka')."""
MIN_OTHER = 4
"""Other locales' names of three letters or fewer ('May', 'Art', 'Don') are too often words."""
TARGET = Path(__file__).resolve().parent.parent / "pipeline" / "resources" / "person_names.json"


def names(attributes: tuple[str, ...], locales: tuple[str, ...] = LOCALES, shortest: int = 2) -> list[str]:
    """Every name the locales' providers list under the attributes, lower-cased, of `shortest` letters
    or more."""
    found: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in attributes:
            listed = getattr(provider, attribute, ())  # a tuple, or a dict of names and weights
            found |= {name.strip().lower() for name in listed if len(name.strip()) >= shortest}
    return sorted(found)


def main() -> None:
    attributes = ("first_names", "first_names_male", "first_names_female")
    first = names(attributes)
    lexicon = Lexicon(spacy.load("fr_core_news_sm"))
    # a foreign name that is a French word ('Fleur', 'Beau', 'Gala') opens too many French phrases
    other = sorted(
        n for n in set(names(attributes, OTHER_LOCALES, MIN_OTHER)) - set(first) if not lexicon.is_lemma(n)
    )
    last = names(("last_names",))
    document = {
        "_source": (
            f"Faker {metadata.version('faker')} (MIT licence), person providers of {', '.join(LOCALES)} "
            f"(first_names, surnames) and {', '.join(OTHER_LOCALES)} (first_names_other, {MIN_OTHER}+ "
            "letters). Written by scripts/build_person_names.py; lower-cased."
        ),
        "first_names": first,
        "first_names_other": other,
        "surnames": last,
    }
    TARGET.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(first)} + {len(other)} first names and {len(last)} surnames written to {TARGET}")


if __name__ == "__main__":
    main()
