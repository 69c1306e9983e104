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
    role_word = _grammar().role_word
    for cell, default in _labelled_apart(((lead_cell or "").strip(), "lead"), ((responsible_cell or "").strip(), "responsible")):
        if not cell:
            continue
        worded = "：" in cell or ":" in cell or role_word.search(cell) is not None
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


def _labelled_apart(*cells: tuple[str, str]) -> list[tuple[str, str]]:
    """Each cell with its column's role, and a labelled list after the cell's own units as a cell of its own, read by its
    label ("市农业农村局、…、市商务局(市粮食和物资储备局)" over "省牵头单位:省农业农村厅" in one cell, 杭州 2021, review s16a 03)."""
    out = []
    label = _grammar().label_re
    for cell, default in cells:
        m = label.search(cell, 1) if ":" in cell or "：" in cell else None
        cut = max(cell.rfind(ch, 0, m.start()) for ch in "、，,；;\n ") if m else -1
        note = parse_note(cell[cut + 1 :]) if cut > 0 else None  # (a label naming no unit, "联系人：薛飞", is the cell's as before)
        out += [(cell[:cut].rstrip("、，,；; "), default), (cell[cut + 1 :].strip(), "responsible")] if note and (note.lead or note.responsible) else [(cell, default)]
    return out
