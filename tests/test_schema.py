"""The committed JSON Schema is the one the models make, and every output follows it."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import policy_extract
from policy_extract.schema import schema_text

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = ROOT / "schemas" / "task-list.schema.json"


def test_committed_schema_is_up_to_date():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "schemas/task-list.schema.json is out of date: run `policy-extract schema > schemas/task-list.schema.json`"
    )


@pytest.mark.parametrize("sample", sorted((ROOT / "samples").glob("*.txt")), ids=lambda p: p.stem)
def test_output_validates_against_schema(sample):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    data = json.loads(policy_extract.parse(sample).to_json())
    jsonschema.validate(data, schema)
    assert data["schema_version"] == "1.0"


def test_schema_rejects_a_broken_document():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    data = json.loads(policy_extract.parse(ROOT / "samples" / "hanzhong-2024-function-transformation.txt").to_json())
    del data["tasks"][0]["lead_units"][0]["name"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
