"""Filters people ask for: tasks of one unit, tasks due by a date."""
from __future__ import annotations

import re
import unicodedata

from .models import Document


def normalize_unit(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name or ""))


def task_has_unit(task, name: str) -> bool:
    """The unit leads or takes part; names are compared after NFKC and whitespace removal,
    and a shorter name matches a longer printed one (市行政审批局 in 市行政审批局(市审改办))."""
    want = normalize_unit(name)
    return any(want and want in normalize_unit(u.name) for u in task.lead_units + task.responsible_units)


def task_due_by(task, date: str) -> bool:
    """Due on or before date (YYYY-MM-DD); tasks without a due date never are."""
    return bool(task.deadline and task.deadline.date and task.deadline.date <= date)


def apply_filters(doc: Document, unit: str | None = None, due_before: str | None = None) -> Document:
    if not unit and not due_before:
        return doc
    tasks = [t for t in doc.tasks if (not unit or task_has_unit(t, unit)) and (not due_before or task_due_by(t, due_before))]
    return doc.model_copy(update={"tasks": tasks})
