"""Tables a web page copied one cell per line (normalize's steps before the run-together forms).

    with separators      序号 |  重点工作 |  责任单位 |  1 |  推进… |  市发改委 |  …
    without any          序号  民生实事  责任单位  完成时限  1  启动建设…。  县水务局  县住建局  12月底前  2  …

The run of header names (the column vocabulary of rules.py) gives the width; the cells after it
are cut into rows by the width or, where rows hold more lines or fewer than the header has
names, at each row's number, by what each cell holds. flat_tables.py reads the forms whose
line breaks were lost.
"""
from __future__ import annotations

import re

from .cell_grid import rows_by_width, rows_closed_by_time, rows_of_width
from .cell_kinds import bare_group_number, colon_heading, ends_plain_table, glued_names, part_row, person_cell, time_cell, unit_cell
from .column_names import kept_past_repeated_headers, name_run_width, number_column_names, unwrapped_names
from .grammar import current as _grammar
from .load.base import SourceLine
from .markers import match_marker
from .pieces import Piece
from .tables import column_of, header_columns, is_task_header


def plain_cell_lines(lines: list[SourceLine]) -> set[int]:
    """The lines of a table a web page copied one cell per line with no separator at all, often
    with a blank line between cells ("序号", "民生实事", "责任单位", "完成时限", "1", "启动建设…。",
    "县水务局", "县住建局", "12月底前", "2", …: 大竹县 2016年民生实事目标任务分解表): the indices
    of its header and its cells, which normalize reads as one-cell rows (a row's number is no
    page number there). The header names three columns or more, a task column among them, and
    opens with the number column or the task column; rows open at the next number ("1", "2", …,
    or the task's own "1.", "2." where there is no number column), a part's row (一、…) may
    stand before a row. The table ends where neither follows: at an annex's label, a note
    under it, a site's chrome, or the notice's own next part."""
    numbers = number_column_names()
    out: set[int] = set()
    filled = [k for k, ln in enumerate(lines) if ln.text.strip().strip("|")]  # a line of "|" alone only parts cells
    n = 0
    while n < len(filled):
        first = lines[filled[n]].text.strip()  # (a header closed by " |" is regroup_cell_lines')
        numbered = first in numbers  # ("类别" over merged cells, then "序号": the group cells stand as parts' rows, review s14b 01)
        grouped = len(first) <= 10 and column_of(first) == "group" and n + 1 < len(filled) and lines[filled[n + 1]].text.strip() in numbers
        if grouped or "|" in first or not numbered and not (len(first) <= 10 and column_of(first) in (*_TEXT_ROLES, "leader")):  # (牵头领导 | 重点工作 | …)
            n += 1
            continue
        names = [lines[k].text.strip() for k in filled[n : n + 12]]
        width = name_run_width(names)
        if width < 3 or not is_task_header(header_columns(names[:width])):
            n += 1
            continue
        body = [lines[k].text.strip() for k in filled[n + width :]]
        end = _table_end(body, numbered or unnamed_numbers(body)) or (0 if numbered else rows_of_width(body, names[:width]) or rows_closed_by_time(body, names[:width]))
        if end == 0:
            n += 1
            continue
        out.update(filled[n : n + width + end])
        n += width + end
    return out


def unnamed_numbers(cells: list[str]) -> bool:
    """Rows numbered in a column the header names nothing for, a group's cell merged over them first ("工作任务", "具体要求", "责任科室",
    "时限要求" over "强化行政规范性文件集中规范公开", "1", "对行政规范性文件…", "办公室", "年底前", "深化政策解读形式", "2", …: 池州市信访局
    2023 政务公开 任务, review da01): "1" among the first cells, "2" further on."""
    return "1" in cells[:3] and "2" in cells[3:40]


_TEXT_ROLES = ("task", "measure")
_FIGURE = re.compile(r"(?:\d+(?:\.\d+)?[%％]?|[-—－/])$")  # a count, a share, a dash for none


def _row_opening(cells: list[str], k: int, current: int | None, numbered: bool, figures: bool = False) -> int | None:
    """The number of the row that opens at cells[k], or None: its number alone ("3"), or its text
    opening with it ("3.推动…") where there is no number column. The next number opens a row;
    so does a first number other than 1, or a later one further on, where task text follows it
    (a department's rows of a city's list: "6", …, "52", "53", 怀远县农业农村局 2023). In a
    table with figure columns after the task's (`figures`: 累计完成, 累计进度), a number with a
    figure after it is one of them ("县民政局", "7", "7", "100%" in row 6, 祁门县 民生工程)."""
    cell = cells[k]
    if not numbered:
        marker = match_marker(cell)
        return marker.value if marker is not None and marker.kind == "arabic" and marker.value == (current or 0) + 1 else None
    if not (cell := cell.rstrip("*＊★")).isdecimal():  # "1*": a row the page marks (杭州 2021 市政府工作报告 责任分解, review s16a 03)
        return None
    n = int(cell)
    if figures and current is not None and k + 1 < len(cells) and _FIGURE.match(cells[k + 1]):
        return None
    if n == (current or 0) + 1:
        return n
    text_follows = k + 1 < len(cells) and _task_text(cells[k + 1])
    return n if text_follows and (current is None or n > current) else None


def _opens_below(cells: list[str], k: int, current: int | None, numbered: bool) -> bool:
    """A row opens at cells[k], or after one more part's or group's cell ("一、加强…安排部署",
    "(一)制定工作任务清单。", "1.制定…", 安康市 2021 任务清单)."""
    if k < len(cells) and _row_opening(cells, k, current, numbered) is not None:
        return True
    return k + 1 < len(cells) and part_row(cells[k]) and _row_opening(cells, k + 1, current, numbered) is not None


def _after_parts(cells: list[str], k: int, current: int | None, numbered: bool) -> bool:
    """A row opens after a run of parts' cells that hold no row of this table between them ("二、…",
    …, "六、…", "68", 谯城区 2025: a department's rows of a government's list)."""
    def kind(cell: str) -> str | None:
        marker = match_marker(cell)
        return marker.kind if marker is not None else None

    before = kind(cells[k - 1]) if k > 0 and part_row(cells[k - 1]) else None
    while k < len(cells) and part_row(cells[k]) and kind(cells[k]) == before:
        k += 1  # siblings only: a group under its part ("一、…", "(一)…", "1.…") is read as before
    return k < len(cells) and _row_opening(cells, k, current, numbered) is not None


def _group_then_row(cells: list[str], k: int, current: int | None, numbered: bool) -> bool:
    """A short unnumbered cell naming a group (任务类型 "旧区改造", "“美丽家园”建设"), the next row opening after it."""
    cell = cells[k] if k < len(cells) else ""
    return 2 <= len(cell) <= 20 and "。" not in cell and cell not in _grammar().rules.no_unit_cells and match_marker(cell) is None \
        and not unit_cell(cell) and not time_cell(cell) and k + 1 < len(cells) and _row_opening(cells, k + 1, current, numbered) is not None


def _task_text(cell: str) -> bool:
    return len(cell) >= 8 and not cell.isdecimal() and not unit_cell(cell) and not time_cell(cell)


def _table_end(body: list[str], numbered: bool) -> int:
    """How many of the lines after a header are the table's: 0 unless a row (or a part's row and
    then a row) opens it; then up to a line that is neither a row's nor a part's row before the
    next row, nor the cells of one."""
    current = None
    k = 0
    while k < len(body):
        opening = _row_opening(body, k, current, numbered)
        if opening is not None:
            current = opening
        elif bare_group_number(body[k]) and _group_then_row(body, k + 1, current, numbered):
            pass  # a group's number alone, its name, then its first row ("一", "推进碳达峰碳中和综合管理", "1", review ag03)
        elif part_row(body[k]) and (_after_parts(body, k + 1, current, numbered) or _opens_below(body, k + 1, current, numbered) or _group_then_row(body, k + 1, current, numbered)):
            pass  # parts over the next row, or a part and its group ("一、…", "(一)…", "1.…", 重庆高新区 2021, review r38a 01)
        elif person_cell(body[k]) and _opens_below(body, k + 1, current, numbered):
            pass  # the leader's cell before the row it leads (牵头领导 | 重点工作 | …: "周阳市长", "1.始终…", 玉环市 2021)
        elif current is None and k < 2 and len(body[k]) <= 60 and _opens_below(body, k + 1, current, numbered):
            pass  # a group's cell merged across the first rows, unnumbered ("行动一：再造发展新极行动（…）", "1", 静安区 2023, review w04)
        elif current is None or ends_plain_table(body[k]) or (colon_heading(body[k]) and not body[k - 1].strip().isdecimal()):
            break
        k += 1
    return k if current is not None else 0


def regroup_cell_lines(pieces: list[Piece]) -> list[Piece]:
    """Tables copied one cell per line ("序号 |", "重点工作 |", …, "1 |", …): the run of header
    names gives the width, the cells after it are cut into rows, by the width or at each
    row's number (_rows_by_number)."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        width = _header_width(pieces, i)
        if width < 3:
            out.append(piece)
            i += 1
            continue
        j, run = i, []
        while j < len(pieces) and (_cells_of_one_line(pieces[j], width) or _wrapped_cell(pieces, j, width)):
            run += _one_cell_pieces(pieces[j]) if pieces[j].kind == "row" else [_joined_cell(pieces[j], pieces[j + 1])]
            j += 1 if pieces[j].kind == "row" else 2
        header = [c.cells[0] for c in run[:width]]
        body = run[width:]
        run = run[:width] + [body[k] for k in kept_past_repeated_headers(header, [p.cells[0] for p in body])]
        header = unwrapped_names(header, [p.cells[0].strip() for p in run[width:]])
        unnamed = "number" not in header_columns(header) and unnamed_numbers([p.cells[0].strip() for p in run[width : width + 40]])
        if unnamed:
            header = [number_column_names()[0], *header]  # the rows' numbers under no name: their column read as 序号's (review da01)
        head = Piece("row", "\t".join(header), run[0].start_line, run[width - 1].end_line, run[0].page, header, run[0].table)
        rows = _rows_by_number(header, run[width:], unnamed)
        if rows is not None:
            out.append(head)
            out.extend(rows)
            i = j
            continue
        rows = rows_by_width(header, run[width:])
        if rows is None and "number" not in header_columns(header):
            rows = _rows_by_number(header, run[width:], unnamed, unnumbered=True)
        # rows the width does not fit and the cells cannot tell apart: no rows rather than wrong ones
        out.extend(pieces[i:j] if rows is None else [head] + rows)
        i = j
    return out


def _cells_of_one_line(piece: Piece, width: int) -> bool:
    """One cell, or one and the empty cells a page printed after it as "|" ("2.政府工作部门权力清单信息公开 | ||",
    福建 2015 政府信息公开工作主要任务分解表, review r35a 04), each one cell of the run (_one_cell_pieces)."""
    return piece.kind == "row" and (len(piece.cells) == 1 or (len(piece.cells) <= width and not any(c.strip() for c in piece.cells[1:])))


def _wrapped_cell(pieces: list[Piece], j: int, width: int) -> bool:
    """A cell's first line the page wrapped before its " |" ("…落实重点项目“领导", "+专班”…制度。 |"): a line with no
    number of its own between two cells of the run."""
    return pieces[j].kind == "para" and j + 1 < len(pieces) and _cells_of_one_line(pieces[j + 1], width) and match_marker(pieces[j].text) is None and not column_of(pieces[j + 1].cells[0].strip()) \
        and not pieces[j + 1].cells[0].strip().rstrip("*＊").isdecimal()  # a row's number: the line is a category's ("产业发展类")


def _joined_cell(line: Piece, cell: Piece) -> Piece:
    return Piece("row", text := line.text.strip() + cell.cells[0].strip(), line.start_line, cell.end_line, cell.page, [text], cell.table)


def _one_cell_pieces(piece: Piece) -> list[Piece]:
    return [piece] if len(piece.cells) == 1 else [Piece("row", c.strip(), piece.start_line, piece.end_line, piece.page, [c.strip()], piece.table) for c in piece.cells]


def _rows_by_number(header: list[str], body: list[Piece], task_groups: bool = False, unnumbered: bool = False) -> list[Piece] | None:
    """Rows whose cells do not all take one line each, rebuilt from what each cell holds: a row
    opens at its number ("1", or a text opening with "1." where there is no number column,
    _row_opening); a part's row (一、…) stands alone; after a row's text come unit names (the
    first for the lead column where there is one, the rest for the responsible), a person for
    the leader column and a time limit; a text after those opens the row's next task, whose
    number, units and time limit cells were merged with the row's ("5", "开工建设县老年养护楼。",
    "县民政局", "5月底前动工", "开工建设老年大学。", "12月底前") — unless the header has columns
    after the time limit's (目前完成情况, 是否达到序时进度): their cells are no task's, and a bare
    number among them no row's. None where the width fits every numbered row, or where the
    header has other columns before the time limit than these. `unnumbered`: no number at all, each row opening with its text after
    the row before closed on its units and time limit (cell_grid.rows_closed_by_time; 亳州 医保基金监管 任务表, review hv 01)."""
    width = len(header)
    cells = [p.cells[0].strip() for p in body]
    roles: list[str | None] = [None] * width
    for role, k in header_columns(header).items():
        roles[k] = role
    numbered = roles[0] == "number"
    if numbered and all(cells[k] == str(k // width + 1) for k in range(0, len(cells), width)):
        return None
    col = {r: k for k, r in enumerate(roles) if r is not None}
    text_cols = [k for k, r in enumerate(roles) if r in _TEXT_ROLES]
    if (not numbered or task_groups) and sorted(roles[k] for k in text_cols) == ["measure", "task"]:
        # "工作任务 | 具体措施 | 责任单位 | 完成时限" with the task printed once over its measures
        # ("(一)推进…集中公开", "1.依托…", 惠州 2022): the measures open the rows, the tasks are groups
        text_cols = [roles.index("measure")]
    known = {"number", "group", "lead", "responsible", "more_responsible", "leader", "deadline", "target", *_TEXT_ROLES}
    last = max((k for k, r in enumerate(roles) if r in known), default=-1)
    trailing = any(r not in known for r in roles[last + 1 :])  # progress, remarks after the task's own columns
    named = [r for r in roles if r is not None]
    if len(text_cols) != 1 or len(set(named)) != len(named) or not set(roles[: last + 1]) <= known | {None} or not ({"lead", "responsible"} & set(roles)):
        return None
    rows: list[dict] = []
    row: dict | None = None
    current = None
    # a column of no known name after the task's holds its numbered measures ("序号 | 目标名称 | 工作标准 | …")
    measures = text_cols[0] + 1 < width and roles[text_cols[0] + 1] is None
    time_first = "deadline" in col and col["deadline"] < min(col.get("lead", width), col.get("responsible", width))  # "…| 完成时限 | 责任单位" (s3a 04)
    # the leader's column before the task's: a person opens the next row's cells, printed once over the rows it leads (玉环市 2021)
    leader_first, ahead, led = col.get("leader", width) < text_cols[0], [], []
    # group cells merged down their rows, two at least: one short cell between rows is a row's second task ("加装电梯", diffreview-u)
    grouped = numbered and not trailing and sum(1 for k in range(len(cells)) if _group_then_row(cells, k, None, numbered)) >= 2
    for k, (piece, cell) in enumerate(zip(body, cells)):
        if rows and rows[-1].get("titled") is False:  # the name after a group's bare number ("一", "城市更新", diffreview-y)
            rows[-1].update(part=rows[-1]["part"] + cell, titled=True)
            rows[-1]["pieces"].append(piece)
            continue
        opening = _row_opening(cells, k, current, numbered, trailing)
        if opening is not None:
            current, led = opening, [c for c, _ in ahead] or led
            row = {"number": cell if numbered else "", "text": [] if numbered else [cell], "units": [], "people": list(led), "time": [], "pieces": [p for _, p in ahead] + [piece],
                   "above": _merged_from(rows) if numbered else None}
            rows.append(row)
            ahead = []
            continue
        if leader_first and (row is None or row["units"] or row["time"]) and person_cell(cell) and _opens_below(cells, k + 1, current, numbered):
            ahead.append((cell, piece))
            continue
        bare = bare_group_number(cell)  # "一", its name in the next cell, then the row (review ag03)
        # (parts with no row between them, as _table_end reads them: "二、…" … "六、…", "68", 谯城区教育局 2025, review cx01)
        if (row is None or row["text"]) and ((part_row(cell) and (_opens_below(cells, k + 1, current, numbered) or _group_then_row(cells, k + 1, current, numbered)
                                                                  or _after_parts(cells, k + 1, current, numbered)))
                                             or (bare and _group_then_row(cells, k + 1, current, numbered))):
            rows.append({"part": cell, "pieces": [piece]} | ({"titled": False} if bare else {}))
            row = None
            continue
        if grouped and (row is None or row["text"]) and _group_then_row(cells, k, current, numbered):
            rows.append({"part": cell, "pieces": [piece]})  # a group's cell merged down its rows ("旧区改造", "4", …: 静安区 2023, review w04)
            row = None
            continue
        if unnumbered and (row is None or row["time"]) and part_row(cell):
            rows.append({"part": cell, "pieces": [piece]})  # the group's cell, printed again over its next rows
            row = None
            continue
        if row is None and unnumbered and not unit_cell(cell) and not time_cell(cell):
            rows.append(row := {"number": "", "text": [cell], "units": [], "people": [], "time": [], "pieces": [piece], "above": None})
            continue
        if row is None:
            return None
        if cell in _grammar().rules.no_unit_cells and row["text"]:
            row["blank"] = bool(row["units"])  # "——": an empty unit cell (after the units: the scorer's, diffreview-ay p03)
        elif "group" in col and not row["text"] and part_row(cell):
            row["group"] = cell  # "1", "一、就业促进(3项)", "促进重点群体稳定就业": the group's merged cell, on its first row
        elif trailing and ((row["time"] and not time_first) or (numbered and cell.isdecimal()) or (("deadline" not in col or time_first) and row["units"] and not unit_cell(cell))):
            pass  # a progress or remarks cell, or a stray number: no cell of the task's
        elif row["text"] and "deadline" in col and time_cell(cell):
            row["time"].append(cell)
        elif row["text"] and "leader" in col and (not row["time"] or col["leader"] > col.get("deadline", width)) and person_cell(cell):
            row["people"].append("、".join(glued_names(cell)) or cell)
        elif row["units"] and not row["time"] and cell[:1] in "(（" and cell[-1:] in ")）":
            row["units"][-1] += cell  # "应急管理局", "(安委办)": a unit's alias on the line under it (钟楼区 2024)
        elif row["text"] and (not row["time"] or time_first) and unit_cell(cell):
            row["units"].append(cell)
        elif row["text"] and (row["units"] or row["time"] or row["people"] or measures and _sub_item(cell) and _sub_item(row["text"][-1])):
            # the row's next task, whose number, units or time cells were merged with the row's; a
            # "(5)…" after "(4)…" too: 钟楼区 2024 分解表 prints its measures "(1)…"–"(7)…" under one 目标名称
            above = row if row["units"] or row["time"] or row["people"] else row["above"]
            if above is row and row["above"]:  # what this row took from above stays merged further down ("吴 伟" over (3)-(6), 钟楼区 2025)
                above = {**row, **{k: row[k] or row["above"][k] for k in ("units", "people", "time")}}
            row = {**row, "text": [cell], "units": [], "people": [], "time": [], "pieces": [piece], "above": above}
            rows.append(row)
            continue
        elif measures and row["text"] and _sub_item(cell) and not _sub_item(row["text"][0]):
            # "1", "全区经济社会发展的主要预期目标", "(1)地区生产总值增长6%左右。": the row's text heads its measures
            rows[-1] = {"part": row["number"] + " " + "".join(row["text"]), "pieces": row["pieces"]}
            row = {**row, "number": "", "text": [cell], "pieces": [piece], "above": None}
            rows.append(row)
            continue
        else:
            row["text"].append(cell)
        row["pieces"].append(piece)
    # a column after the units' naming a body that is none of the row's ("责任部门 | 评分部门", 嵊泗县 2021 乡村振兴任务清单, review dv01): the
    # row's last unit cell, where it prints more than the unit columns and no empty cell after them, is that body's
    scorer = col["note"] if "note" in col and col["note"] > max(col.get("lead", -1), col.get("responsible", -1), 0) and unit_cell(header[col["note"]]) else None
    return [_row_piece(row, width, col, text_cols[0], scorer) for row in rows]


def _merged_from(rows: list[dict]) -> dict | None:
    """What a numbered row printing no unit, person or time cell takes from the row above: cells merged down, printed once ("4",
    "全面完成…改造", "区“两旧”专班、区房管局…", "5", "推进小梁薄板…", 静安区 2023, review w04), across a part's row."""
    row = next((r for r in reversed(rows) if "part" not in r or match_marker(r["part"])), None)  # (not over a part's "二、…", diffreview-x)
    row = None if row is None or "part" in row else row
    above = (row and row["above"]) or {"units": [], "people": [], "time": []}
    merged = {k: row[k] or above[k] for k in ("units", "people", "time")} if row else {}
    return merged if any(merged.values()) else None


def _sub_item(cell: str) -> int | None:
    """The number of a measure printed in a task's cell with its own marker ("(3)…", "3.…", "③…")."""
    return marker.value if (marker := match_marker(cell)) is not None and marker.kind in ("paren_arabic", "arabic", "circled") else None


def rows_by_content(header: list[str], cells: list, like: Piece | None = None) -> list[Piece] | None:
    """The same reading for a table's cells run into one line, each with `like`'s place, or for pieces of one cell each (pipe_runs):
    rows rebuilt from what each cell holds; None where _rows_by_number reads none."""
    return _rows_by_number(header, cells if like is None else [Piece("row", c, like.start_line, like.end_line, like.page, [c], like.table) for c in cells])


def _row_piece(row: dict, width: int, col: dict[str, int], text_col: int, scorer: int | None = None) -> Piece:
    first, last = row["pieces"][0], row["pieces"][-1]
    cells = [""] * width
    if "part" in row:
        cells[col.get("number", text_col)] = row["part"]
    else:
        above = row["above"] or {"units": [], "people": [], "time": []}  # a merged cell is each row's it spans
        units, people, time = row["units"] or above["units"], row["people"] or above["people"], row["time"] or above["time"]
        if scorer is not None and len(row["units"]) > sum(f in col for f in ("lead", "responsible", "more_responsible")) and not row.get("blank"):
            cells[scorer], units = units[-1], units[:-1]
        if "number" in col:
            cells[col["number"]] = row["number"]
        if "group" in col:
            cells[col["group"]] = row.get("group", "")
        cells[text_col] = "".join(row["text"])
        if "lead" in col and "responsible" in col and col["lead"] > col["responsible"] and len(units) >= 2:
            # "… | 责任单位 | 牵头单位": the lead's cell is the last (莲都区 2023 进展情况)
            cells[col["responsible"]], cells[col["lead"]] = "、".join(units[:-1]), units[-1]
        elif "lead" in col and "responsible" in col and col["lead"] > col["responsible"]:
            cells[col["responsible"]] = "、".join(units)
        elif "lead" in col and "responsible" in col:
            cells[col["lead"]], cells[col["responsible"]] = "、".join(units[:1]), "、".join(units[1:])
        else:
            cells[col.get("lead", col.get("responsible"))] = "、".join(units)
        if "leader" in col:
            cells[col["leader"]] = "、".join(people)
        if "deadline" in col:
            cells[col["deadline"]] = "；".join(time)
    return Piece("row", "\t".join(cells), first.start_line, last.end_line, first.page, cells, first.table)


def _header_width(pieces: list[Piece], i: int) -> int:
    """How many one-cell rows from i name columns (_name_run_width)."""
    names = []
    for p in pieces[i : i + 12]:
        if p.kind != "row" or len(p.cells) != 1:
            break
        names.append(p.cells[0])
    return name_run_width(names)
