"""The cells that close a row of a table whose separators were all lost (flat_tables.py cuts the rows): unit names after the
row's text, a time limit after them, or the time limit before them as a 时间进度 column prints it.

    …构建新型婚育文化。县水务局县住建局12月底前        (closing_cells)
    一般公共预算收入增速与经济增长同步区财政局区税务局,各镇   (unit_cells_start)
    …明确年度重点工作任务全年推进发展改革委、生态环境局   (time_first_rows)
"""
from __future__ import annotations

from .deadlines import looks_like_time_limit
from .grammar import current as _grammar
from .units import ends_like_unit, is_collective, name_shaped, split_glued_names, split_top_level

_LEAD_MARKS = "▲★"  # a lead marked before its name (units.split_roles)


def unit_cells_start(content: str) -> int | None:
    """Where a row's unit cells start, in a row whose separators were all lost and whose text
    closes with no sentence end: the first place after four characters of text from which the
    rest is unit names only, its first (the lead's cell) of 12 characters at most ("一般公共预算收入
    增速与经济增长同步区财政局区税务局,各镇(街道、园区)": 区财政局 | 区税务局,各镇(街道、园区),
    鄞州区 2024 flattened, review r32b 01)."""
    prefixes = _grammar().rules.unit_prefixes
    for p in range(max(4, len(content) - 300), len(content) - 3):  # (unit cells are short: no search through a whole page)
        if content[p] not in _LEAD_MARKS and not content.startswith(prefixes, p):  # (a mark opens a unit's name whatever it is)
            continue
        names = (n.lstrip(_LEAD_MARKS) for part in split_top_level(content[p:], "，,、；;") for n in split_glued_names(part))
        first = next(names, None)  # (one name at a time: the first that is none ends the try)
        if first is not None and len(first) <= 12 and _unit_name(first) and all(_unit_name(n) for n in names):
            return p
    return None


def _unit_name(name: str) -> bool:
    return 2 <= len(name) <= 25 and (ends_like_unit(name) or is_collective(name)) and not any(ch.isdigit() or ch in "%％。：:“”《》" for ch in name)


def closing_cells(tail: str) -> tuple[list[str], str] | None:
    """The cells that close a row of a table whose separators were all lost, after its text's
    last sentence: unit names glued together, then a time limit or none ("县水务局县住建局县护城河
    指挥部12月底前", 大竹县 2016 分解表 flattened): (the names, the time limit), or None."""
    tail = tail.strip()
    if not 3 <= len(tail) <= 100 or any(ch in tail for ch in "，,；;：:"):
        return None
    if (first := _time_then_units(tail)) is not None:
        return first
    m = _grammar().time_opening.search(tail)
    units, time = (tail[: m.start()], tail[m.start() :]) if m else (tail, "")
    if time and not looks_like_time_limit(time) and _grammar().month_first.match(time) is None:
        return None
    names = split_glued_names(units)
    if not names or not all(ends_like_unit(n) and len(n) >= 3 for n in names):
        return None
    return names, time

def _time_then_units(tail: str) -> tuple[list[str], str] | None:
    """A time limit opening the cells, then the leader's name or none, then the units (完成时限 | 责任领导 | 责任股室: "12月底前夏俊贵文化宣传股
    文化馆图书馆", 略阳县 2019 文旅 任务清单 flattened, review id 01): (the names, the time limit), or None."""
    if _grammar().time_opening.match(tail) is None:
        return None
    ongoing = next((len(p) for p in _grammar().rules.ongoing_phrases if tail.startswith(p)), 2)  # ("长期坚持张军文物股", diffreview-k4 p18f)
    for k in range(ongoing, min(len(tail) - 2, _TIME_CELL) + 1):  # (the whole time cell: not "12月底" before "前")
        if tail[k] in _TIME_GOES_ON or not looks_like_time_limit(tail[:k]):
            continue
        rest = tail[k:].lstrip()
        for person in [j for j in (3, 2) if name_shaped(rest[:j])] + [0]:  # (the leader's name: "夏俊贵", "周斐")
            names = split_glued_names(rest[person:].lstrip())
            if names and all(ends_like_unit(n) and len(n) >= 3 for n in names):
                return names, tail[:k]
        return None
    return None


_TIME_CELL = 12
_TIME_GOES_ON = "前底末内旬份日号中上下"


def time_first_rows(head: str, content: str, columns: dict[str, int], width: int) -> list[list[str]] | None:
    """A row whose time limit stands before its unit cells, the table's 时间进度 column before its 责任部门 ("1" "全力推进…任务"
    "全年推进" "发展改革委、生态环境局", review ag03 flattened), and the next group's number and name glued after it ("…生态环境局"
    "二" "加快推进能源绿色低碳转型"): the row's cells, then the group's row; None where the content ends in no such cells."""
    group = _grammar().group_after_row.search(content)
    if group and ends_like_unit(group.group(0)):
        group = None  # a place's unit after the last, not a group: "…区房管局、五里桥街道2…" (diffreview-z)
    for body in ([content[: group.start()]] if group else []) + [content]:
        starts = [m.start() for m in _grammar().time_opening.finditer(body, 4)]
        for e in range(len(body) - 2, max(4, len(body) - 240), -1):  # (a row's unit cells are short: no search through a whole page)
            names = [n.rstrip("等") for part in split_top_level(body[e:], "，,、；;") for n in split_glued_names(part)]
            # (the time cell ends as one does, "全年推进", "一季度完成", "6月底前"; no unit opens with a verb: not "推进发展改革委")
            if body[e - 1] not in "进成持前底内月度年" or not names or not all(_unit_name(n) for n in names) or names[0].startswith(_grammar().rules.work_verbs):
                continue
            # the longest time cell of 12 characters at most: "2025年6月底前", not "6月底前"; not "2024年碳市场…履约全年推进"
            at = next((a for a in starts if e - 12 <= a < e and looks_like_time_limit(body[a:e])), None)
            if at is None:
                continue
            cells = [""] * width
            cells[columns["number"]], cells[columns.get("task", columns.get("measure", 1))], cells[columns["deadline"]] = head, body[:at], body[at:e]
            if "lead" in columns and "responsible" in columns:
                cells[columns["lead"]], cells[columns["responsible"]] = names[0], "、".join(names[1:])
            else:
                cells[columns.get("lead", columns.get("responsible"))] = "、".join(names)
            return [cells] + ([[group.group(0) if k == columns["number"] else "" for k in range(width)]] if body is not content else [])
    return None
