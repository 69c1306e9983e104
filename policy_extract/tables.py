"""Table rows as cells, and task tables read by their header names. A task table (序号 | 部署任务 | 落实措施 | 牵头单位 | 责任单位 | 完成时限 | 备注) is read column by column whatever order or
wording its header uses. Rows that converters damaged are repaired from what their cells hold: a measure that slid into
the first cell, a group number split from its title."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cell_items import items_in_cell
from .errors import DocumentWarning, warning
from .grammar import current as _grammar
from .markers import marker_kind as _kind
from .markers import match_marker, strip_marker_punct
from .merged_rows import align_short_row, merged_cell_back, misfits, shift_by_kind, text_to_task_column

_SPACE = re.compile(r"\s+")


def _is_measure(cell: str) -> bool:
    return _kind(cell) == "paren_arabic"


def _is_bare_group_number(cell: str) -> bool:
    """"(二十)" alone in its cell, its title slid into the next one."""
    marker = match_marker(cell.strip())
    return marker is not None and marker.kind == "paren_cn" and not cell.strip()[marker.end :]


def split_row(text: str) -> list[str]:
    if "\t" in text:
        return [c.strip() for c in text.split("\t")]
    cells = [c.strip() for c in text.strip().split("|")]
    if cells and cells[0] == "" and text.strip().startswith("|"):
        cells = cells[1:]
    if cells and cells[-1] == "" and text.strip().endswith("|"):
        cells = cells[:-1]
    return cells


_REMARK = re.compile(r"[（(][^（）()]*[）)]$")


def column_of(header_cell: str) -> str | None:
    """The field a header cell names; a remark in brackets after the name says how to read its cells,
    it names no column ("责任单位 (加黑为牵头单位)": a 责任单位 column, 济南市中区 2025, review r34a 02)."""
    name = _SPACE.sub("", header_cell)
    bare = _REMARK.sub("", name) if name.endswith(("）", ")")) else name
    return (bare != name and bare and _grammar().column_of(bare)) or (_grammar().column_of(name) if name else None)


def _names_tasks_too(name: str) -> bool:
    words = dict(_grammar().column_words)["task"]
    return any(w in _SPACE.sub("", name) for w in words)


_LEVELS = ("一级", "二级", "三级", "四级")  # columns of one name by level: 一级要点, 二级要点


def without_remark(cell: str) -> str:
    """A column name without the remark in brackets after it ("责任部门(加*号为牵头部门,其余为参与部门)", 闵行区 2022
    农业农村 任务清单, review s14b 01)."""
    return _CLAUSE_REMARK.sub("", cell.strip()) or cell.strip()


# a remark is a clause, or longer than a name's part: "牵头单位（部门）" keeps its brackets, "重点工作任务(杭州市2项配合工作)" does not (杭州 2021, s16a 03)
_CLAUSE_REMARK = re.compile(r"\s*[（(](?:[^（）()]*[，,][^（）()]*|[^（）()]{7,})[）)]$")


def header_columns(cells: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for i, cell in enumerate(cells):
        name = column_of(cell)
        if name == "measure" and "progress" in columns and any(w in cell for w in _grammar().rules.next_step_words):  # a report's
            name = "progress"  # next steps after its progress, no task's text (diffreview-c2 p07)
        cell = without_remark(cell)
        if name == "responsible" and "responsible" in columns and "more_responsible" not in columns and len(_SPACE.sub("", cell)) <= 20:
            columns["more_responsible"] = i  # "牵头单位 | 参与单位 | 责任单位": both name units doing the work (平顶山 2018)
        elif name == "task" and "task" in columns and not {"group", "measure"} & set(columns) and ("number" not in columns or _grammar().names_item(cells[columns["task"]])) and len(_SPACE.sub("", cell)) <= 20:
            columns["group"], columns["task"] = columns["task"], i  # "重点任务 | 工作内容 | 负责科室": the first heads the second (s5b 02)
        elif name and name not in columns and len(_SPACE.sub("", cell)) <= 20:
            columns[name] = i
        elif name == "deadline" and "deadline" in columns and _grammar().target_in_time_name.search(_SPACE.sub("", cells[columns["deadline"]])):
            columns["target"], columns["deadline"] = columns["deadline"], i  # "阶段目标 | … | 完成时限": the limit the later column's (diffreview-az p34)
    staged = columns.get("deadline")
    if staged is not None and _grammar().target_in_time_name.search(_SPACE.sub("", cells[staged])) and ("lead" in columns or "responsible" in columns or staged != columns["deadline"]):
        columns.setdefault("target", columns.pop("deadline"))  # with a unit column, "阶段目标" is the task's target (p35)
    if columns.get("measure", len(cells)) < columns.get("task", -1) and _names_tasks_too(cells[columns["measure"]]) \
            and _SPACE.sub("", cells[columns["task"]]).endswith(_grammar().rules.content_column_endings):  # the left of two text
        columns["measure"], columns["task"] = columns["task"], columns["measure"]  # columns heads the right, its name a task's too: "重点工作任务和
        # 保障措施 | 工作内容 |" (台州 污水管网 2023, review hh 01); not "改革举措 | 主要内容", each row's measure named and described (corpus 1067),
        # nor a column that is no content's: "重点工作任务 | 年度目标任务", "… | 任务来源" (diffreview-g2 p10, p11)
    levels = [i for i, cell in enumerate(cells) if _SPACE.sub("", cell)[:2] in _LEVELS and column_of(cell) in ("task", "measure")]
    if len(levels) >= 2:  # "工作要求 | 一级要点 | 二级要点 | 责任科室" (中山 医保局 2022, review r32b 09): the last level's points are the tasks
        columns.pop("measure", None)
        columns["task"], columns["group"] = levels[-1], levels[-2]
    if "target" in columns and "task" not in columns and "measure" not in columns:
        columns["task"] = columns.pop("target")  # "序号 | 2022年预期目标 | 责任单位": the targets are the tasks
    number = columns.get("number")
    after = _SPACE.sub("", cells[number + 1]) if number is not None and number + 1 < len(cells) else ""  # "路段名称", "点位": what each row is about
    named = bool(after) and (_grammar().names_item(after) or after.endswith(_grammar().rules.place_column_endings))
    if number is not None and not {"task", "measure"} & set(columns) and not ("problem" in columns and named) and ("lead" in columns or "responsible" in columns):
        # "序号 | 2022年预期目标 | 责任单位": the one column of no known name right after the number is the task's (沙坪坝区 2022)
        nxt = number + 1
        if nxt < len(cells) and nxt not in columns.values() and 0 < len(_SPACE.sub("", cells[nxt])) <= 20:
            columns["task"] = nxt
    elif number is None and "task" not in columns and "measure" not in columns and "deadline" in columns and ("lead" in columns or "responsible" in columns):
        # "专项整治行业名称 | 时间安排 | 责任单位" (登封 2017): no number column, a first column of no known name before the others is the task's
        first = _SPACE.sub("", cells[0])  # and names no role ("主管领导 | 责任单位 | …" are a card's labels, 郑州 2012)
        if 0 not in columns.values() and 0 < len(first) <= 20 and min(columns.values()) > 0 and _grammar().label_role(first) == "none":
            columns["task"] = 0
    # (a problem column, not a first column naming what the row is about, is the task: "序号 | 路段名称 | 问题描述 | 责任单位", 岳阳 卫生城市 测评,
    # review hq 02; "序号 | 重点项目 | 存在问题" names the project the work is, diffreview-ae)
    if "problem" in columns:  # a rectification table's problem: the task where no column names one (not under "序号 | 重点项目 | 存在问题", ae), else their group
        problem = columns.pop("problem")
        if "task" not in columns and "measure" not in columns and "target" not in columns:
            columns["task"] = problem
        elif "group" not in columns:
            columns["group"] = problem
    return columns


def is_header_row(cells: list[str]) -> bool:
    if sum(1 for c in cells if c.strip()) < 3 or max(len(c) for c in cells) > 40:
        return False  # a header names three columns or more, each in a few characters
    columns = header_columns(cells)
    return len(columns) >= 3 and ("lead" in columns or "responsible" in columns or "deadline" in columns or is_progress_header(columns))


def is_progress_header(columns: dict[str, int]) -> bool:
    """Numbered tasks and their progress, no unit or time column: "序号 | 目标任务 | 推进情况" over a 工作报告's tasks whose cells carry
    their unit notes ("…(责任单位:市建设局)", 湖州市住建局 2020 重点工作进展情况汇总, review ca02)."""
    return {"number", "task", "progress"} <= set(columns)


def card_as_rows(rows: list[list[str]]) -> list[list[str]] | None:
    """One task printed as a card of "label: | value |" cells ("重点工作: | 135.统筹违法建设治理… |",
    "牵头单位: | 市城市管理综合执法局 |", a label alone over its value's row; 广州 2023 重点工作落实情况,
    review r24a 07; flattened, all on one line), turned into a header row and one row of values;
    None for any other table (a cell before the first label, no task and unit labels)."""
    labels: list[str] = []
    values: list[str] = []
    for cell in (c.strip() for cells in rows for c in cells):
        if not cell:
            continue
        if cell.endswith((":", "：")) and len(cell) <= 30:
            labels.append(cell.rstrip(":："))
            values.append("")
        elif not labels:
            return None
        else:
            values[-1] = f"{values[-1]} {cell}".strip()  # a value over several cells keeps them all
    columns = header_columns(labels)  # (not a site's fields: "内容分类: | 其他 | 废止时间: | 暂无", 符离镇 2022, review s19a 04)
    if len(labels) < 2 or not is_task_header(columns) or not values[columns.get("task", columns.get("measure", 0))] or set(labels) & set(_grammar().rules.page_info_labels):
        return None  # a header row whose names end in colons has no values
    return [labels, values]


def is_task_header(columns: dict[str, int]) -> bool:
    """A task or measure column beside a unit or time column; or, numbered, beside its progress or target ("序号 | 工作任务 | 二季度完成情况 |",
    a 科技局 progress table, review ig 06; "序號 | 項目名稱 | 任務指標", io 08): each row a task with no unit named."""
    work = "measure" in columns or "task" in columns
    return work and ("lead" in columns or "responsible" in columns or "deadline" in columns or "number" in columns and ("progress" in columns or "target" in columns))


@dataclass
class TableTask:
    """One task row read from a task table, with the cells it was read from."""

    number: str
    text: str
    part: str | None
    group: str | None
    parent_task: str | None
    lead: str
    responsible: str
    deadline: str
    leader: str
    line: int
    page: int | None
    cells: dict[str, int] = field(default_factory=dict)  # field -> column index the value came from
    more_responsible: str = ""  # a second unit column ("牵头单位 | 参与单位 | 责任单位"), read apart from the first


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    i = columns.get(name)
    return cells[i].strip() if i is not None and i < len(cells) else ""


def repair_row(cells: list[str], columns: dict[str, int]) -> list[str]:
    """Put the cells of a damaged row back under their headers.

    A measure found left of its column (a converter dropped an empty cell before it) takes
    the measure column; the non-empty cells after it fill the columns after the measure,
    in order."""
    width = max(len(cells), max(columns.values()) + 1)
    cells = cells + [""] * (width - len(cells))
    measure_col = columns.get("measure")
    if measure_col is None or _is_measure(cells[measure_col]):
        return cells
    for i, cell in enumerate(cells[:measure_col]):
        if _is_measure(cell):
            rest = [c for c in cells[i + 1 :] if c.strip()]
            fixed = [""] * width
            fixed[measure_col] = cell
            after = sorted(c for c in columns.values() if c > measure_col)
            for col, value in zip(after, rest):
                fixed[col] = value
            return fixed
    return cells


def _number_inside(cells: list[str], columns: dict[str, int], task_field: str, width: int) -> tuple[list[str], list[str]] | None:
    """A row that prints its number in a cell the header names no column for (the header's
    具体要求 spans the number and the text): the part's and group's cells before the number,
    and the row's cells from its text on, laid out from the text's column, the number put
    before the text. None for any other row."""
    if "number" in columns or task_field not in columns:
        return None
    k = next((i for i, c in enumerate(cells) if c.strip().isdecimal() and len(c.strip()) <= 3), None)
    if k is None or k + 1 >= len(cells) or len(cells[k + 1].strip()) < 8:
        return None
    heads = [c.strip() for c in cells[:k] if c.strip()]
    if not all(_kind(c) in ("cn", "paren_cn") for c in heads) or (k > 0 and not heads):
        return None
    start = columns[task_field]
    rest = [cells[k].strip() + "." + cells[k + 1].strip()] + list(cells[k + 2 :])
    laid = [""] * start + rest
    return heads, (laid + [""] * width)[: max(width, len(laid))]


def _page_fields_row(filled: list[str]) -> bool:
    if not any(c.rstrip()[-1:] in (":", "：") for c in filled):
        return False
    labels = _grammar().page_info_labels
    return any(c.strip().rstrip(":：") in labels and c.strip()[-1:] in ":：" for c in filled)


def _opening_number(cells: list[str]) -> int | None:
    """The number the row's first numbered text opens with ("1.推进改造；2.新建学校" -> 1), whichever cell holds it before the row
    is realigned (" | 3.开展培训" lost its blank number cell, diffreview-ag F8); None for a row without one."""
    for cell in cells:
        text = cell.strip()
        m = match_marker(text) if text[:1].isdigit() else None
        if m is not None and m.kind == "arabic" and text[m.end :].strip():
            return m.value
    return None


def read_task_table(rows: list[tuple[list[str], int, int | None]]) -> tuple[list[TableTask], list[tuple[str, int]]]:
    """rows: (cells, line, page), the header first. Returns tasks and (warning, line) pairs."""
    header_cells, _, _ = rows[0]
    columns = header_columns(header_cells)
    task_field = "measure" if "measure" in columns else "task"
    number_col = columns.get("number")
    part = group = parent = None
    tasks: list[TableTask] = []
    warnings: list[DocumentWarning] = []
    header_key = tuple(_SPACE.sub("", c) for c in header_cells if c.strip())
    width = len(header_cells)
    named = _names_rows(header_cells, columns)
    previous: list[str] | None = None  # the last task row's cells, for cells merged down
    kinds: dict[int, str] = {}
    # each row's task cell's opening number: whether a cell's items run on through the table (cell_items); not where a number cell is (ag F11)
    firsts = [_opening_number(cells) for cells, _, _ in rows[1:]]
    row_at = -1
    for cells, line, page in rows[1:]:
        row_at += 1
        filled = [c for c in cells if c.strip()]
        if not filled:
            continue
        if len(filled) != len(header_key) and is_header_row(cells) and is_task_header(other := header_columns(cells)):  # the next table's
            columns, header_key, width, previous, kinds = other, tuple(_SPACE.sub("", c) for c in filled), len(cells), None, {}  # own header
            named = _names_rows(cells, columns)
            task_field, number_col, part, group, parent = ("measure" if "measure" in columns else "task"), columns.get("number"), None, None, None
            continue  # (two tables one after the other, the second wider: diffreview-ay p42)
        if len(filled) == len(header_key) and (tuple(_SPACE.sub("", c) for c in filled) == header_key
                                               or (_SPACE.sub("", filled[0]) == header_key[0] and header_columns(filled) == columns)):
            continue  # the header repeated (on each page), or over the next table with another remark (杭州 2021, review s16a 03)
        alone = _kind(filled[0]) == "cn" or (_kind(filled[0]) == "paren_cn" and len(filled[0]) <= 30)  # "(一)制定工作任务清单。" (安康市 2021)
        if len(filled) == 1 and (not _cell(cells, columns, task_field) or alone):  # a part's or group's row alone
            if _kind(filled[0]) == "cn":
                part, group, parent = filled[0].strip(), None, None
                continue
            if _kind(filled[0]) == "paren_cn":
                group, parent = filled[0].strip(), None
                continue
        if _page_fields_row(filled):
            continue  # the site's information table under the table ("索引号: | … | 成文日期: | 2022-10-08 |")
        if len(filled) == 1 and previous is not None and cells[0].strip() and columns.get(task_field, 0) > 0 and not _cell(cells, columns, task_field) \
                and len(cells[0]) >= 20 and any(ch in cells[0] for ch in "，,。；;"):  # a row's second task, the cells before it merged from the
            cells = [cells[0] if i == columns[task_field] else c for i, c in enumerate(previous)]  # row above ("发挥海河… | ||", review gt 02)
        inside = _number_inside(cells, columns, task_field, width)
        if inside is not None:  # "一、… | (一)… | 1 | 进一步… | units | 持续推进", "2 | 开设… | units | 持续推进" (荆州 2022)
            heads, cells = inside
            for head in heads:
                if _kind(head) == "cn":
                    part, group, parent = head, None, None
                else:
                    group, parent = head, None
        if previous is not None and len(cells) == width and not cells[-1].strip() and (back := merged_cell_back(cells, previous, columns)):
            cells = back  # its first cell, or the one after its number, merged from the row above, a trailing "|" in its place
        elif kinds and len(cells) == width and not cells[-1].strip():
            shift = shift_by_kind(cells, kinds)
            cells = [""] * shift + list(cells[: width - shift]) if shift else cells
        if not kinds and len(cells) == width and all(c.strip() for c in cells):
            kinds = {i: k for i, k in enumerate(map(_kind, cells)) if k is not None}  # each column's numbering, from a full row
        if previous is not None and len(cells) == width and not cells[-1].strip() and misfits(cells, columns) and align_short_row(cells[:-1], columns, width):
            cells = cells[:-1]  # a cell short, closed by an empty one: "2 | 失业保险稳岗返还政策 | 上年度… | 市人社局 | 市财政局 | 实施期限… |  |"
            # under a header of seven, its 政策类型 merged from the row above (汉中 稳就业 重点任务清单 joined into one line, review hl 01)
        if 2 <= len(cells) < width and task_field in columns:
            aligned = align_short_row(cells, columns, width)
            if aligned is not None and not aligned[columns[task_field]]:
                text_to_task_column(aligned, columns, columns[task_field])
            if aligned is not None and aligned[columns[task_field]]:
                above = previous or [""] * width  # the first row may lack a cell too (崇川区 2023: no 全年目标任务)
                cells = [c if c is not None else above[i] for i, c in enumerate(aligned)]
                if previous is not None:
                    warnings.append(warning("table-row-repaired", "a row whose merged cells were not printed took them from the row above", line))
        original = list(cells)
        cells = repair_row(cells, columns)
        if cells != original + [""] * (len(cells) - len(original)):
            warnings.append(warning("table-row-repaired", "a row that lost a cell was realigned by its content", line))
        if number_col is not None and _is_bare_group_number(cells[number_col]):
            nxt = number_col + 1
            if nxt < len(cells) and nxt != columns.get(task_field) and cells[nxt].strip() and _kind(cells[nxt]) != "arabic":
                cells = list(cells)
                cells[number_col] = cells[number_col].strip() + " " + cells[nxt].strip()
                cells[nxt] = ""
                if columns.get("task") == nxt:
                    parent = None
        number_cell = _cell(cells, columns, "number")
        group_cell = _cell(cells, columns, "group")
        if number_cell and not re.fullmatch(r"[0-9０-９]+[.．、*＊★]?", number_cell):  # ("1*": a row the page marks, 杭州 2021)
            group_cell = group_cell or number_cell  # a 序号 column that holds the group title
            number_cell = ""
        if group_cell and _SPACE.sub("", group_cell) != _SPACE.sub("", group or ""):
            group, parent = group_cell, None
        if task_field == "measure":
            parent_cell = _cell(cells, columns, "task")
            if parent_cell and _kind(parent_cell) == "cn":
                part, group, parent = parent_cell, None, None  # "一、做好财政信息公开。 | 1.积极推进… | 财务科 |" (江门 2023): a part
            elif parent_cell:
                parent = parent_cell
        text = _cell(cells, columns, task_field)
        previous = cells + [""] * (width - len(cells))
        if not text or (len(text) <= 8 and column_of(text) and not any(c.strip() and not column_of(c) for c in cells)):
            continue  # an upper-level task printed without a measure of its own; the header's names again (长沙 2021 cut after its header, web-s 05)
        target = _cell(cells, columns, "target")
        if target and target not in text:
            text = f"{text.rstrip('：:')}：{target}"  # "地区生产总值：增长5.5%(市下达指标)"
        marker = match_marker(text)
        listed = []
        if firsts and not number_cell and marker is not None and marker.kind == "arabic":  # a cell listing several running items (review bs02)
            before = next((int(t.number) for t in reversed(tasks) if t.number.isdecimal()), 0)
            listed = items_in_cell(text, before, next((v for v in firsts[row_at + 1 :] if v is not None), None))
        for printed, item in listed[:-1]:  # each a task of the row's, the last one read on below as the row's own
            tasks.append(_table_task(strip_marker_punct(printed), item, part, group, parent, cells, columns, line, page))
        if listed:
            text = "".join(listed[-1])
            marker = match_marker(text)
        if marker is not None and marker.kind == "paren_arabic":
            number, text = marker.printed.rstrip("、.．"), text[marker.end :].strip()
        elif number_cell:
            number = number_cell.rstrip("、.．")
        elif marker is not None:
            number, text = strip_marker_punct(marker.printed), text[marker.end :].strip()
        else:
            number = str(len(tasks) + 1)
        if group and named and not _SPACE.sub("", text).startswith(_SPACE.sub("", group)):
            text = f"{group.strip().rstrip('：:')}：{text}"  # the project's name before its content (项目名称 | 项目内容, review gi 02): each reads it as the task
        tasks.append(_table_task(number, text, part, group, parent, cells, columns, line, page))
    return tasks, warnings


def _names_rows(header: list[str], columns: dict[str, int]) -> bool:
    """The group column names each row's project ("项目名称" beside "项目内容", rules.NAME_COLUMN_ENDINGS): read once per header."""
    return "group" in columns and _grammar().names_item(header[columns["group"]])


def _table_task(number: str, text: str, part, group, parent, cells: list[str], columns: dict[str, int], line: int, page: int | None) -> TableTask:
    return TableTask(number=number, text=text, part=part, group=group, parent_task=parent, lead=_cell(cells, columns, "lead"),
                     responsible=_cell(cells, columns, "responsible"), deadline=_cell(cells, columns, "deadline"), leader=_cell(cells, columns, "leader"),
                     line=line, page=page, cells=dict(columns), more_responsible=_cell(cells, columns, "more_responsible"))
