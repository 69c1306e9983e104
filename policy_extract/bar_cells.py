"""A table a page printed one cell a line with a "|" line between cells (or some cells closed by their own bar): each cell's
lines joined into one, so that the table is one cell per line (cell_lines.py reads it)."""
from __future__ import annotations

import re
from dataclasses import replace

from .cell_kinds import bare_group_number
from .column_names import header_at, name_run_width, number_column_names
from .grammar import current as _grammar
from .load.base import SourceLine, glue
from .markers import match_marker
from .tables import column_of, header_columns, is_task_header
from .units import ends_like_unit, starts_like_unit


def empty_cell_bars(lines: list[SourceLine]) -> set[int]:
    """The bars alone that are empty cells of a table copied one cell a line, each cell closed by its bar ("规划司 |" / "|": 工信部
    2018 关键业绩指标, review cv01): three or more, as far apart as its rows are wide, each after a cell; not a bar that parts a
    header from its rows or closes a table (diffreview-aq). Or runs of bars, where with them as cells the rows under the header
    each open with a number: a group's row whose unit and time cells are empty ("一 |" / "主要任务 |" / "|" / "|" / "(一) |" / …,
    安全生产"十三五"规划主要任务分工, law.foodmate.net, review fa01)."""
    filled = [k for k, ln in enumerate(lines) if ln.text.strip()]
    bars = [n for n, k in enumerate(filled) if lines[k].text.strip() == "|" and n and lines[filled[n - 1]].text.rstrip().endswith("|")
            and lines[filled[n - 1]].text.strip() != "|"]
    steps = {b - a for a, b in zip(bars, bars[1:])}
    if len(bars) >= 3 and len(steps) == 1 and min(steps) >= 3:
        return {filled[n] for n in bars}
    return _bars_in_rows(lines, filled) if bars else set()


def _bars_in_rows(lines: list[SourceLine], filled: list[int]) -> set[int]:
    """The bars of each run of lines closed by their bars whose header's width, the bars counted as cells, cuts rows that
    each open with a number (1, 一, (一)), two of them at least."""
    out: set[int] = set()
    n = 0
    while n < len(filled):
        m = n
        while m < len(filled) and lines[filled[m]].text.rstrip().endswith("|"):
            m += 1
        cells = [lines[k].text.strip()[:-1].strip() for k in filled[n:m]]
        width = name_run_width(cells[:12]) if m - n >= 8 else 0
        body = cells[width:]
        firsts = body[: len(body) - len(body) % width : width] if width >= 3 else []
        if len(firsts) >= 2 and "" in body and all(_row_number(c) for c in firsts):
            out.update(filled[n + width + j] for j, c in enumerate(body) if not c)
        n = max(m, n + 1)
    return out


def _row_number(cell: str) -> bool:
    marker = match_marker(cell)
    return cell.isdecimal() or marker is not None and marker.end >= len(cell) or bare_group_number(cell)


def join_bar_cells(lines: list[SourceLine]) -> list[SourceLine]:
    """A table a page printed with a "|" line alone between cells, each cell wrapped over lines as
    narrow as its column ("(一)" / "持续" / "推进" / "“两个" / … / "|" / "1" / "|": 闵行区 2022 乡村振兴 任务清单, review
    s14b 01): the lines of each cell between two "|" lines joined into one, on the cell's first line, so that the
    table is one cell per line (cell_lines.py)."""
    bars = [k for k, ln in enumerate(lines) if ln.text.strip() == "|"]
    closing = [k for k, ln in enumerate(lines) if _closes_cell(ln.text)] if len(bars) >= 6 else []  # (most texts have no bar lines)
    ends = set(bars)
    # (or open cells closed by a "|" line, three at least and half the bars: "序号" / "|" / … / "1" / "|" / "…目录 |", review dg09)
    open_cells = [k - 1 for k in bars if k > 0 and lines[k - 1].text.strip() and "|" not in lines[k - 1].text] if closing else []
    # (among them a column's name, "序号", "重点任务": a table's header, not a site's menu over a footer, diffreview-aw p14)
    opened = len(open_cells) if any(column_of(lines[k].text.strip()) for k in open_cells) else 0
    if len(bars) >= 6 and (len(bars) * 3 >= 2 * len(bars + closing) or (opened >= 3 and opened * 2 >= len(bars))):
        # mostly "|" lines, a few cells closed by their own bar ("序" / "号  |", a row of empty cells "||||": 定州 2021 政务数据共享,
        # review cu08): those lines end cells too
        ends.update(closing + [k for k, ln in enumerate(lines) if len(ln.text.strip()) > 1 and not ln.text.strip().strip("|")])
        bars = sorted(ends)
    if len(bars) < 6 or any("|" in lines[k].text for k in range(bars[0], bars[-1]) if k not in ends):
        return lines  # (not "cell |" lines, whose empty cells are "|" lines too)
    lines = list(lines)
    out = list(lines[: bars[0] + 1])
    for a, b in zip(bars, bars[1:]):
        cell = [ln for ln in lines[a + 1 : b] if ln.text.strip()]
        if lines[b].text.strip().strip("|"):  # the cell's last words before its bar
            cell.append(replace(lines[b], text=lines[b].text.strip()[:-1].strip()))
            lines[b] = replace(lines[b], text="|")
        head = cell[:1] if len(cell) > 1 and _grammar().annex_label.fullmatch(cell[0].text.strip()) else []  # "附件2" over the title: apart
        cell = cell[len(head) :]
        if len(cell) > 1:
            text = cell[0].text.strip()
            for ln in cell[1:]:
                part = ln.text.strip()
                # a unit a line ("市直相关部门" / "各乡镇(街道)", review cu08): a list, not one name wrapped
                text = text + "、" + part if len(part) >= 3 and ends_like_unit(text) and starts_like_unit(part) and ends_like_unit(part) else glue(text, part)
            cell = [replace(cell[0], text=text)]
        out += head + cell + [lines[b]]
    return out + list(lines[bars[-1] + 1 :])


def _closes_cell(text: str) -> bool:
    """Words and the bar closing their cell, no other bar: "号  |"."""
    stripped = text.strip()
    return len(stripped) > 1 and stripped.endswith("|") and stripped.count("|") == 1


def bar_rows(lines: list[SourceLine]) -> list[SourceLine]:
    """A table a page printed one cell a line, each cell closed by its bar, each row closed by a line of bars alone ("|" / "序号 |"
    / "主要任务 |" / … / "完成时限 |" / "|" / "1 |" / … / "|"; a row whose first cells a merged cell spans prints only its own,
    "业务培训 |" / … / "2025年8月起分阶段 |" / "||" / "|": 鄂州市 2025 深化零基预算改革任务分工清单, review ds01): each row one line,
    its cells apart by tabs, on its first cell's line, so that a short row is read as one (its merged cells taken from the row
    above, tables.read_task_table). Only where one run of cells between bar lines names a task table's columns, each of them a
    column's name, and no later run holds more cells than it; else the lines as they are (cell_lines.py reads them)."""
    bars = [k for k, ln in enumerate(lines) if ln.text.strip() and not ln.text.strip().strip("|")]
    if len(bars) < 3:
        return lines
    runs = [(a, b) for a, b in zip(bars, bars[1:]) if b > a + 1]
    cells_of = {run: _closed_cells(lines, *run) for run in runs}
    header = next((k for k, run in enumerate(runs) if _names_columns(cells_of[run])), None)
    if header is None:
        return lines
    width = len(cells_of[runs[header]])
    rows, row_cells, after = [runs[header]], {runs[header]: cells_of[runs[header]]}, None
    for run in runs[header + 1 :]:
        cells = cells_of[run]
        if cells is None or any(lines[k].text.strip() for k in range(rows[-1][1] + 1, run[0])):
            break  # the table ends; what follows is read as before
        if len(cells) > width:
            if not _names_columns(cells):
                return lines  # a row wider than its header: not this form (diffreview-ay p35)
            after = rows[-1][1]  # the next table's header: read on its own (p42)
            break
        last = rows[-1]
        if last != runs[header] and len(row_cells[last]) + len(cells) + 1 == width and row_cells[last][0].isdecimal() and not cells[0].isdecimal() \
                and match_marker(cells[0]) is None:  # (not a part's row after it, "二、强化要素保障 |", diffreview-az p21)
            rows[-1] = (last[0], run[1])  # an empty cell printed as a bar line alone between the row's cells ("市财政局 |" / "|" /
            row_cells[rows[-1]] = row_cells.pop(last) + [""] + cells  # "2025年11月 |", diffreview-ay p33)
            continue
        rows.append(run)
        row_cells[run] = cells
    if sum(1 for run in rows[1:] if len(row_cells[run]) == width) < 1:
        return lines
    out = list(lines[: rows[0][0]])
    for run in rows:
        first = next(k for k in range(run[0] + 1, run[1]) if lines[k].text.strip())
        out.append(replace(lines[first], text="\t".join(row_cells[run])))
    return out + (bar_rows(list(lines[after:])) if after is not None else list(lines[rows[-1][1] + 1 :]))


def _closed_cells(lines: list[SourceLine], a: int, b: int) -> list[str] | None:
    """The cells of lines[a+1:b], each closed by its bar ("组建…领导小组, |"), a cell's wrapped lines before its bar joined;
    None where a line holds a bar inside it or the last words are closed by none."""
    cells, held = [], ""
    for ln in lines[a + 1 : b]:
        text = ln.text.strip()
        if not text:
            continue
        if "|" in text[:-1]:
            return None
        if text.endswith("|"):
            cells.append(glue(held, text[:-1].strip()) if held else text[:-1].strip())
            held = ""
        else:
            held = glue(held, text) if held else text
    return cells if cells and not held else None


def _names_columns(cells: list[str] | None) -> bool:
    """Three cells at least, each a column's name (name_run_width), together a task table's header."""
    return cells is not None and len(cells) >= 3 and name_run_width(cells) == len(cells) and is_task_header(header_columns(cells))


def bare_bar_lines(lines: list[SourceLine]) -> list[SourceLine]:
    """A table printed a cell a line with a "|" line between cells whose line breaks were lost ("序号|工作任务|主要内容|责任单位|1|…||3|…",
    review dt02 flattened; "工作任务|具体要求|责任科室|时限要求|强化…|1|…", ee01): its lines as they were printed, each cell on a line of
    its own and a "|" line after it (an empty cell, "||", a "|" line alone), on the line number it ran on — read as the lined copy is
    (join_bar_cells). Or each cell closed by " |" as its line was ("序 号 |工作 任务 |主要工作内容 |…|1 |…||2 |…", review eb03; ds01):
    a line for each cell and a "|" line for each empty one. The page's words before the header one line, as printed. Only a line of
    six bars at least, no blank after a bar, whose cells hold a task table's header."""
    out: list[SourceLine] = []
    for ln in lines:
        text = ln.text.strip()
        closed = text.count(" |") >= 6
        cells = text.split("|") if text.count("|") >= 6 and "| " not in text and (closed or " |" not in text) else []
        glued = _header_glued(cells[0]) if closed and cells else ("", "")
        cells = [*glued, *cells[1:]] if glued[0] else cells  # "…工作任务分解表序 号 |": the page's words glued to the header's 序号
        at = header_at([c.strip() for c in cells]) if cells else None
        if at != (1 if glued[0] else 0):  # (the header opens the line, or after those words: a page whose head holds bars, or whose
            # header's first name ran into its words, "…工作任务清单主要任务 |", is read as before, review dc05)
            out.append(ln)
            continue
        if at and "|".join(cells[:at]).strip():
            out.append(replace(ln, text="|".join(cells[:at]).strip()))
        for cell in cells[at:]:
            if closed:
                out.append(replace(ln, text=cell.strip() + " |" if cell.strip() else "|"))
            elif cell.strip():
                out.append(replace(ln, text=cell.strip()))
            if not closed:
                out.append(replace(ln, text="|"))
    return out


def _header_glued(text: str) -> tuple[str, str]:
    """(the words before, the number column's name) where a text ends in that name, its letters spaced or not; else ("", text)."""
    for name in number_column_names():
        spaced = re.search(r"\s*".join(name) + r"\s*$", text)
        if spaced is not None:
            return text[: spaced.start()].strip(), text[spaced.start() :].strip()
    return "", text


def double_bar_rows(lines: list[SourceLine]) -> list[SourceLine]:
    """A table printed one cell a line with a "|" line between cells and two closing each row, its cells' lines joined
    (join_bar_cells) and no number column ("|" / "工作任务" / "|" / "具体内容" / "|" / "责任部门" / "|" / "|" / "推进政策公开" / "|" /
    … / "|" / "|" / "积极探索…" / "|" / "便民综合服务中心" / "|" / "|": 谯城区 一镇 政务公开 任务, review fw 01): each row a pipe row
    on its first cell's line ("推进政策公开 | 常态化公开… | 财政所… |"), a short row's first cells merged from the row above.
    Only where the first row names a task table's columns and no row is wider."""
    filled = [k for k, ln in enumerate(lines) if ln.text.strip()]
    bar = [lines[k].text.strip() == "|" for k in filled]
    doubles = [n for n in range(1, len(filled)) if bar[n] and bar[n - 1]]
    if len(doubles) < 3:
        return lines
    rows: list[tuple[int, int, list[str]]] = []  # (first line, last line, cells) of each run between two double bars
    start = next((n for n in range(len(filled)) if bar[n]), None)
    for end in doubles:
        if start is None or end <= start:
            continue
        cells = [lines[filled[n]].text.strip() for n in range(start, end) if not bar[n]]
        runs_ok = all(bar[n] != bar[n + 1] for n in range(start, end - 1))  # cell, bar, cell, bar: one line a cell
        rows.append((filled[start], filled[end], cells if runs_ok and cells else []))
        start = end
    if start is not None and start + 1 < len(filled):  # the last row, closed by one bar where the page ends or prose follows
        end = start + 1
        while end + 1 < len(filled) and bar[end] != bar[end + 1]:
            end += 1
        cells = [lines[filled[n]].text.strip() for n in range(start, end + 1) if not bar[n]]
        if cells and bar[end] and end > start:
            rows.append((filled[start], filled[end], cells))
    header = next((k for k, (_, _, cells) in enumerate(rows) if cells), None)
    if header is None or not _names_columns(rows[header][2]) or "number" in header_columns(rows[header][2]):
        return lines
    width = len(rows[header][2])
    body = rows[header + 1 :]
    if len(body) < 2 or any(not cells or len(cells) > width for _, _, cells in body) or not any(len(c) == width for _, _, c in body):
        return lines
    first, last = rows[header][0], body[-1][1]
    out = list(lines[:first])
    for a, _, cells in rows[header:]:
        at = next(k for k in range(a, len(lines)) if lines[k].text.strip() and lines[k].text.strip() != "|")
        out.append(replace(lines[at], text=" | ".join(cells) + " |"))
    return out + list(lines[last + 1 :])

