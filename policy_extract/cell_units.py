"""A task table's unit cells read as roles: plain lists, lists marking their lead
(市发改委（牵头）), whole notes, and people printed among the units (they are leaders)."""
from __future__ import annotations

from .grammar import current as _grammar
from .notes import _parse_clauses, _people_out, parse_note
from .units import people_apart, split_roles, split_units


def roles_from_cells(lead_cell: str, responsible_cell: str) -> tuple[list[str], list[str], list[str]]:
    """(lead, responsible, people) of a task-table row's unit cells. A person printed in a unit
    cell ("市发改委（张三）", "市财政局，责任人：王五") is one of the row's leaders, never a unit."""
    lead: list[str] = []
    responsible: list[str] = []
    people: list[str] = []
    role_words = _grammar().role_words + ("：", ":")
    for cell, default in ((lead_cell, "lead"), (responsible_cell, "responsible")):
        cell = (cell or "").strip()
        if not cell:
            continue
        worded = any(v in cell for v in role_words)
        note = parse_note(cell) if worded else None
        if note is None and worded:
            # "市财政局，责任人：王五": the cell's units, then a label naming a person (or no one); "市财政局牵头,
            # 市直各单位落实;各区政府" (广州 2021 政务公开分工, review r35a 01): a name with no verb is the column's
            note = _parse_clauses(cell, unassigned=default)
            note = note and _people_out(note)
        if note is not None and (note.lead or note.responsible or note.leaders) and not (default == "lead" and not note.responsible and note.lead == split_units(cell)):
            lead += note.lead
            responsible += note.responsible
            people += note.leaders
            continue
        marked_lead, rest = split_roles(cell)
        marked_lead, found = people_apart(marked_lead)
        rest, more = people_apart(rest)
        people += found + more
        if default == "lead":
            lead += marked_lead + rest
        else:
            lead += marked_lead
            responsible += rest
    dedupe = lambda xs: list(dict.fromkeys(xs))  # noqa: E731
    return dedupe(lead), dedupe(responsible), dedupe(people)
