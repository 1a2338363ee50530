import json

from conftest import ROOT

from pipeline.schema import generate_schema


def test_committed_schema_is_current():
    committed = json.loads((ROOT / "schemas" / "communique.schema.json").read_text(encoding="utf-8"))
    assert committed == generate_schema(), "schemas/ is stale: run `communique schema`"
