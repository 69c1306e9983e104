"""The task list as plain data, shaped exactly as `models.Document.model_dump(mode="json")`
gives it — keys in the models' field order, defaults filled in — without importing
pydantic, so that the command line starts fast and a batch worker renders fast.

`FIELDS` repeats the models' fields (name, default, nested model) in their order;
tests/test_plain_output.py checks it against models.py field by field and checks that
the bytes written this way equal the models' on every sample and fixture.
"""
from __future__ import annotations

REQUIRED = object()
_LIST = object()  # default: an empty list (a new one each time)

# model -> ((field, default, nested model or None, "list" | "one" | None), ...)
FIELDS: dict[str, tuple[tuple[str, object, str | None, str | None], ...]] = {
    "Document": (
        ("schema_version", "1.0", None, None),
        ("source", REQUIRED, "DocumentSource", "one"),
        ("meta", REQUIRED, "Meta", "one"),
        ("outline", _LIST, "OutlineNode", "list"),
        ("tasks", _LIST, "Task", "list"),
        ("warnings", _LIST, "Warning", "list"),
    ),
    "DocumentSource": (("path", REQUIRED, None, None), ("format", REQUIRED, None, None), ("sha256", REQUIRED, None, None)),
    "Meta": (
        ("title", None, None, None),
        ("doc_number", None, None, None),
        ("issuer", None, None, None),
        ("issue_date", None, None, None),
        ("recipients", _LIST, None, None),
        ("reporting_requirement", None, None, None),
    ),
    "OutlineNode": (
        ("marker", REQUIRED, None, None),
        ("level", REQUIRED, None, None),
        ("title", REQUIRED, None, None),
        ("kind", REQUIRED, None, None),
        ("number", REQUIRED, None, None),
        ("is_task", False, None, None),
        ("task_ids", _LIST, None, None),
        ("source", REQUIRED, "SourceRef", "one"),
        ("children", _LIST, "OutlineNode", "list"),
    ),
    "SourceRef": (
        ("start_line", REQUIRED, None, None),
        ("end_line", REQUIRED, None, None),
        ("page", None, None, None),
        ("end_page", None, None, None),
        ("table", None, None, None),
        ("table_row", None, None, None),
        ("columns", None, None, None),
    ),
    "Unit": (("name", REQUIRED, None, None),),
    "Milestone": (("text", REQUIRED, None, None), ("date", REQUIRED, None, None)),
    "Deadline": (
        ("text", REQUIRED, None, None),
        ("date", None, None, None),
        ("ongoing", False, None, None),
        ("recurrence", None, None, None),
    ),
    "ParentTask": (("number", REQUIRED, None, None), ("text", REQUIRED, None, None)),
    "Task": (
        ("id", REQUIRED, None, None),
        ("number", REQUIRED, None, None),
        ("path", REQUIRED, None, None),
        ("text", REQUIRED, None, None),
        ("lead_units", _LIST, "Unit", "list"),
        ("responsible_units", _LIST, "Unit", "list"),
        ("leaders", _LIST, None, None),
        ("deadline", None, "Deadline", "one"),
        ("milestones", _LIST, "Milestone", "list"),
        ("parent_task", None, "ParentTask", "one"),
        ("source", REQUIRED, "SourceRef", "one"),
    ),
    "Warning": (("code", REQUIRED, None, None), ("message", REQUIRED, None, None), ("line", None, None, None)),
}


def shape(value: dict, model: str = "Document") -> dict:
    """`value` (the pipeline's dicts) as the model would dump it. A missing required
    field or an unknown one is a bug in the pipeline: ValueError, as the model would
    refuse it."""
    if tuple(value) == _ORDER[model]:  # every field there, in order (most of them): nested ones only
        out = dict(value)
        for name, nested, how in _NESTED[model]:
            v = out[name]
            if v is None:
                continue
            if nested is None:
                out[name] = list(v) if type(v) is tuple else v
            else:
                out[name] = [shape(x, nested) for x in v] if how == "list" else shape(v, nested)
        return out
    fields = FIELDS[model]
    if len(value) > len(fields) or any(k not in _NAMES[model] for k in value):
        unknown = sorted(set(value) - _NAMES[model])
        raise ValueError(f"{model}: unknown field(s) {unknown}")
    out = {}
    for name, default, nested, how in fields:
        if name in value:
            v = value[name]
        elif default is REQUIRED:
            raise ValueError(f"{model}: missing field {name!r}")
        else:
            v = [] if default is _LIST else default
        if nested is not None and v is not None:
            v = [shape(x, nested) for x in v] if how == "list" else shape(v, nested)
        elif type(v) is list or type(v) is tuple:
            v = list(v)
        elif type(v) is dict:
            v = dict(v)
        out[name] = v
    return out


_NAMES = {model: frozenset(f[0] for f in fields) for model, fields in FIELDS.items()}
_ORDER = {model: tuple(f[0] for f in fields) for model, fields in FIELDS.items()}
# the fields whose values are shaped in turn: nested models, and lists (a tuple becomes a list)
_NESTED = {model: tuple((f[0], f[2], f[3]) for f in fields if f[2] is not None or f[1] is _LIST) for model, fields in FIELDS.items()}
