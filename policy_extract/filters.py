"""Filters people ask for: tasks of one unit, tasks due by a date."""
from __future__ import annotations

import re
import unicodedata

from .models import Document

UNIT_MATCHES = ("exact", "prefix", "contains")
_BRACKETED = re.compile(r"\(([^()]*)\)")


def normalize_unit(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name or ""))


def unit_names(printed: str) -> set[str]:
    """The whole names a printed unit answers to, normalized: the name as printed, the
    name without its bracketed parts, and a closing bracketed name on its own
    (市行政审批局(市审改办) is also 市行政审批局 and 市审改办; 阎良区(航空基地)政府 is
    also 阎良区政府)."""
    name = normalize_unit(printed)
    names = {name}
    bare = _BRACKETED.sub("", name)
    if bare:
        names.add(bare)
    closing = re.search(r"\(([^()]+)\)$", name)
    if closing:
        names.add(closing.group(1))
    return names


def unit_matches(printed: str, want: str, how: str = "exact") -> bool:
    """exact: one of the unit's whole names (市政府 is not 市政府办公厅); prefix: a name
    starts with the query; contains: the query is anywhere in the printed name."""
    want = normalize_unit(want)
    if not want:
        return False
    if how == "contains":
        return want in normalize_unit(printed)
    if how == "prefix":
        return any(n.startswith(want) for n in unit_names(printed))
    if how == "exact":
        return want in unit_names(printed)
    raise ValueError(f"unit match must be one of {', '.join(UNIT_MATCHES)}, not {how!r}")


def task_has_unit(task, name: str, how: str = "exact") -> bool:
    """The unit leads or takes part; names are compared after NFKC and whitespace removal."""
    return any(unit_matches(u.name, name, how) for u in task.lead_units + task.responsible_units)


def task_due_by(task, date: str) -> bool:
    """Due on or before date (YYYY-MM-DD); tasks without a due date never are."""
    return bool(task.deadline and task.deadline.date and task.deadline.date <= date)


def apply_filters(doc: Document, unit: str | None = None, due_before: str | None = None, unit_match: str = "exact") -> Document:
    if not unit and not due_before:
        return doc
    tasks = [t for t in doc.tasks if (not unit or task_has_unit(t, unit, unit_match)) and (not due_before or task_due_by(t, due_before))]
    return doc.model_copy(update={"tasks": tasks})
