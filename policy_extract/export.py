"""Stage 6: the model -> JSON or YAML text. Same input, same bytes: keys in model order,
no timestamps, Chinese written as itself. The text is the model's own (`Document.to_json`,
`Document.to_yaml`), so the Python API and the CLI write the same bytes; this module is
the outputs' entry to it and imports the model, never the reverse."""
from __future__ import annotations

from .models import Document


def to_json(doc: Document) -> str:
    return doc.to_json()


def to_yaml(doc: Document) -> str:
    return doc.to_yaml()


def render(doc: Document, fmt: str) -> str:
    return to_yaml(doc) if fmt == "yaml" else to_json(doc)
