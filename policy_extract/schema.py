"""The JSON Schema of the task list, made from the models (schemas/ holds a copy)."""
from __future__ import annotations

import json


def schema_text() -> str:
    from .models import json_schema

    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
