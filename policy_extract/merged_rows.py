"""Rows of a task table printed with fewer cells than its header: the cells merged down from the
rows above are missing ("| 加快一网通办改革。 | 市大数据局 | 2024年12月底前 |" under a four-column
header), or the row's first cells are ("2.摸清… | 办公室牵头,… | |" under "一、… | (一)… | 1.… |
…"). tables.read_task_table puts each cell back under the column its content fits and takes the
missing ones from the row above."""
from __future__ import annotations

import re

from .deadlines import looks_like_time_limit
from .grammar import current as _grammar
from .markers import marker_kind as _kind
from .markers import match_marker
from .notes import parse_note
from .units import ends_like_unit, is_collective, name_shaped, people_apart, split_people, split_units, starts_like_unit, titled_person

_UNIT_FIELDS = ("lead", "responsible", "more_responsible", "leader")
_NAME_CELL = 15


def _fits(cell: str, field_name: str | None, timed: bool = True) -> bool:
    """Whether a cell's content can stand in a column of this field; a time's text in a text column only where no column
    is the time's (`timed` False: "4月:完成筛查人数1480人(20%)。" under "月度工作计划", 泰顺县 2024, review gi 06)."""
    cell = cell.strip()
    if not cell or cell in _grammar().rules.no_unit_cells:
        return True
    names = split_units(cell) if len(cell) <= 80 else []
    if names and not ends_like_unit(names[-1]):
        bodies, people = people_apart(names)  # "市民政局 伍泽国": a unit and its head, in a 牵头单位及主要负责人 column
        names = bodies if bodies and people else names
    units = bool(names) and all((ends_like_unit(n) or is_collective(n)) and "%" not in n and "％" not in n for n in names)  # (a share is no
    # name's: "4月:完成筛查人数1480人(20%)。", 泰顺县 2024 民生实事 进展, review gi 06 flattened)
    if not units and field_name in _UNIT_FIELDS and len(cell) <= 80:  # "办公室牵头,各科室按职责分工落实": units with their roles
        note = parse_note(cell)
        units = note is not None and bool(note.lead or note.responsible)
    number = bool(re.fullmatch(r"[0-9０-９]+[.．、]?", cell))
    if field_name == "number":  # a number, or a group title in the 序号 column ("(一) 全面实施…")
        return number or match_marker(cell) is not None
    if field_name == "deadline":
        return looks_like_time_limit(cell)
    if field_name == "leader":  # "徐国江", "耿 峰 彭开国", "张三副市长"
        return all(name_shaped(n) or titled_person(n) for n in split_people(cell)) or units
    if field_name in _UNIT_FIELDS:
        return units
    if field_name == "progress" and len(cell) <= _NAME_CELL and starts_like_unit(cell) and not any(ch in cell for ch in "。，,；;：:") \
            and not any(w in cell for w in _grammar().rules.finish_verbs):  # (not "全县已完成", diffreview-h2 p28)
        return False  # a name the unit words do not know is no progress report ("县实验小学" a row's unit, diffreview-h1 p02)
    return not units and not number and not (timed and match_marker(cell) is None and looks_like_time_limit(cell))  # "(二)持续推进基层…" is text


def misfits(cells: list[str], columns: dict[str, int]) -> bool:
    """Whether the row's task or measure column holds a unit's name (a short list of names opening and ending as units' do: "市人社局"
    under 主要措施), not a project's ("改扩建县中医院", diffreview-h2 p30): its cells stand a column left of their own."""
    for name in ("task", "measure"):
        i = columns.get(name)
        cell = cells[i].strip() if i is not None and i < len(cells) else ""
        if cell and len(cell) <= _NAME_CELL and (names := split_units(cell)) and all(ends_like_unit(n) and starts_like_unit(n) for n in names):
            return True
    return False


def shifted_left(cells: list[str], previous: list[str]) -> bool:
    """A row printed without its first cell (merged down from the row above) and closed by an empty
    cell: its first cell opens as the row above's second does ("15.推进…" under "四、教育文化 | 14.改扩建…",
    海阳市 2022 民生事项)."""
    first, above = cells[0].strip()[:1], previous[0].strip()[:1]
    if not first or first == above or (first.isdigit() and above.isdigit()):
        return False  # opens as the row above's first cell does: no shift (and no marker read per row)
    kind = _kind(cells[0])
    return kind is not None and len(previous) > 1 and kind == _kind(previous[1]) and kind != _kind(previous[0])


def merged_cell_back(cells: list[str], previous: list[str], columns: dict[str, int]) -> list[str] | None:
    """A row of the header's width closed by an empty cell that lacks a cell merged down from the row above: its first
    (shifted_left), or the one after its number, its units then one column left of their own ("2 | 蔬菜产量 (5分) | … |
    市农业农村局 | ||" under "1 | 生产能力 (22分) | 蔬菜面积 (5分) | … | 市农业农村局 | |", 咸宁 菜篮子 考核责任分工,
    review gb 08): the row with the merged cell put back; None for any other row."""
    if shifted_left(cells, previous):
        return [""] + list(cells[:-1])
    number = r"[0-9０-９]+[.．、]?"
    if columns.get("number") != 0 or not re.fullmatch(number, cells[0].strip()) or not re.fullmatch(number, previous[0].strip()):
        return None
    for role in ("lead", "responsible"):
        u = columns.get(role)
        if u is not None and 2 < u < len(cells) and not cells[u].strip() and cells[u - 1].strip() and _fits(cells[u - 1], role) \
                and previous[u].strip() and not _fits(previous[u - 1], role):
            return [cells[0], previous[1]] + list(cells[1:-1])
    field_of = {i: name for name, i in columns.items()}
    for role in ("lead", "responsible"):
        u = columns.get(role)
        if u is not None and 2 < u < len(cells) - 1 and cells[u].strip() and not any(c.strip() for c in cells[u + 1 :]) and u + 1 in field_of \
                and field_of[u + 1] not in (*_UNIT_FIELDS, "number", "deadline") and previous[u].strip() and not _fits(cells[u], role) and _fits(previous[u], role) \
                and _fits(cells[u], field_of[u + 1], timed=False) and not misfits(cells[:u], columns):  # (its cells before it where they stand)
            # its unit cell the one missing, the next column's text in its place ("2 | … | 4月:完成筛查人数1480人。 | 已完成。… | |"
            # under "序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |", 泰顺县 2024 民生实事 进展, review gi 06)
            return list(cells[:u]) + [previous[u]] + list(cells[u:-1])
    return None


def shift_by_kind(cells: list[str], kinds: dict[int, str]) -> int:
    """How many cells a row lacks at its start (merged down from the rows above) when its first cell is
    numbered as a later column is and as many cells close it empty ("2.摸清… | 办公室牵头,… | | " under
    "一、… | (一)… | 1.… | …牵头,…配合", 中山 医保局 2022, review r32b 09); 0 for any other row."""
    kind = _kind(cells[0])
    col = next((i for i, k in kinds.items() if k == kind), None) if kind is not None else None
    if not col or kinds.get(0) == kind or any(c.strip() for c in cells[len(cells) - col :]):
        return 0
    return col


def text_to_task_column(aligned: list[str | None], columns: dict[str, int], task: int) -> None:
    """A row's text aligned under a column no rule names right after the task's (崇川区 2023:
    "主要任务 | 全年目标任务 |…", the second not printed) is the task's text."""
    named = set(columns.values())
    j = next((j for j in range(task + 1, len(aligned)) if aligned[j] is not None), None)
    if j is not None and j not in named:
        aligned[task], aligned[j] = aligned[j], None


def align_short_row(cells: list[str], columns: dict[str, int], width: int) -> list[str | None] | None:
    """A row printed with fewer cells than its header (the cells merged down from the row
    above are missing, "| 加快一网通办改革。 | 市大数据局 | 2024年12月底前 |"): each cell put
    under the rightmost column that its content fits, right to left; None where a column
    has no cell. None when the cells fit no such order."""
    field_of = {i: name for name, i in columns.items()}
    out: list[str | None] = [None] * width
    col = width - 1
    for cell in reversed(cells):
        while col >= 0 and not _fits(cell, field_of.get(col), "deadline" in columns):
            col -= 1
        if col < 0:
            return None
        out[col] = cell
        col -= 1
    return out
