"""Stage 6: the model -> JSON or YAML text. Same input, same bytes: keys in model order,
no timestamps, Chinese written as itself."""
from __future__ import annotations

import json

from .models import Document


def to_json(doc: Document) -> str:
    return json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def to_yaml(doc: Document) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(
        doc.model_dump(mode="json"),
        Dumper=dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=4096,
    )


def render(doc: Document, fmt: str) -> str:
    return to_yaml(doc) if fmt == "yaml" else to_json(doc)
