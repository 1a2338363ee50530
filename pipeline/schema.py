"""The JSON Schema of the output, generated from the pydantic models."""

from __future__ import annotations

import json

from pipeline.models import SCHEMA_VERSION, Record


def generate_schema() -> dict:
    schema = Record.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://communique.invalid/schemas/communique-{SCHEMA_VERSION}.schema.json",
        **schema,
    }


def schema_text() -> str:
    return json.dumps(generate_schema(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
