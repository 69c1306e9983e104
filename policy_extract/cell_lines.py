"""Tables a web page copied one cell per line (normalize's steps before the run-together forms).

    with separators      序号 |  重点工作 |  责任单位 |  1 |  推进… |  市发改委 |  …
    without any          序号  民生实事  责任单位  完成时限  1  启动建设…。  县水务局  县住建局  12月底前  2  …

The run of header names (the column vocabulary of rules.py) gives the width; the cells after it
are cut into rows by the width or, where rows hold more lines or fewer than the header has
names, at each row's number, by what each cell holds. flat_tables.py reads the forms whose
line breaks were lost.
"""
from __future__ import annotations

from .deadlines import looks_like_time_limit
from .grammar import current as _grammar
from .load.base import SourceLine
from .markers import match_marker
from .notes import bare_note
from .pieces import Piece
from .tables import column_of, header_columns, is_task_header
from .units import ends_like_unit


def plain_cell_lines(lines: list[SourceLine]) -> set[int]:
    """The lines of a table a web page copied one cell per line with no separator at all, often
    with a blank line between cells ("序号", "民生实事", "责任单位", "完成时限", "1", "启动建设…。",
    "县水务局", "县住建局", "12月底前", "2", …: 大竹县 2016年民生实事目标任务分解表): the indices
    of its header and its cells, which normalize reads as one-cell rows (a row's number is no
    page number there). The header opens with the number column and names three columns or
    more, a task column among them; the first cell after it is row 1. The table ends at a
    part's heading (一、), an annex's label, a note under it or a site's chrome."""
    numbers = _number_names()
    out: set[int] = set()
    filled = [k for k, ln in enumerate(lines) if ln.text.strip()]
    n = 0
    while n < len(filled):
        if lines[filled[n]].text.strip() not in numbers:
            n += 1
            continue
        names = [lines[k].text.strip() for k in filled[n : n + 12]]
        width = _name_run_width(names)
        body = filled[n + width :]
        if width < 3 or not body or lines[body[0]].text.strip() != "1" or not is_task_header(header_columns(names[:width])):
            n += 1
            continue
        end = next((m for m, k in enumerate(body) if _ends_plain_table(lines[k].text.strip())), len(body))
        out.update(filled[n : n + width])
        out.update(body[:end])
        n += width + end
    return out


def _ends_plain_table(text: str) -> bool:
    marker = match_marker(text)
    rules = _grammar().rules
    return (marker is not None and marker.kind == "cn") or text.startswith(rules.unnumbered_section_titles + rules.web_chrome_lines + ("注：", "注:", "备注：", "备注:"))


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
        j = i
        while j < len(pieces) and pieces[j].kind == "row" and len(pieces[j].cells) == 1:
            j += 1
        run = pieces[i:j]
        header = [c.cells[0] for c in run[:width]]
        rows = _rows_by_number(header, run[width:])
        if rows is not None:
            out.append(Piece("row", "\t".join(header), run[0].start_line, run[width - 1].end_line, run[0].page, header, run[0].table))
            out.extend(rows)
            i = j
            continue
        for start in range(0, len(run), width):
            chunk = run[start : start + width]
            cells = [c.cells[0] for c in chunk] + [""] * (width - len(chunk))
            out.append(Piece("row", "\t".join(cells), chunk[0].start_line, chunk[-1].end_line, chunk[0].page, cells, chunk[0].table))
        i = j
    return out


def _rows_by_number(header: list[str], body: list[Piece]) -> list[Piece] | None:
    """Rows whose cells do not all take one line each, rebuilt from what each cell holds: a row
    opens at its number (1, 2, …); unit names and a time limit follow its text; a text after
    those opens the row's next task, whose number and unit cells were merged with the row's
    ("5", "开工建设县老年养护楼。", "县民政局", "5月底前动工", "开工建设老年大学。", "12月底前").
    None where the width fits every row, or where the header has columns other than the
    number, one text column, one unit column and a time limit."""
    width = len(header)
    cells = [p.cells[0].strip() for p in body]
    if all(cells[k] == str(k // width + 1) for k in range(0, len(cells), width)):
        return None
    roles = [column_of(h) for h in header]
    text_cols = [k for k, r in enumerate(roles) if r in ("task", "measure")]
    unit_cols = [k for k, r in enumerate(roles) if r in ("lead", "responsible")]
    time_cols = [k for k, r in enumerate(roles) if r == "deadline"]
    if roles[0] != "number" or len(text_cols) != 1 or len(unit_cols) != 1 or len(time_cols) > 1 or 2 + len(text_cols) + len(time_cols) != width:
        return None
    rows: list[dict] = []
    row: dict | None = None
    numbered = 0
    for piece, cell in zip(body, cells):
        if cell == str(numbered + 1):
            numbered += 1
            row = {"number": cell, "text": [], "units": [], "time": [], "pieces": [piece], "above": None}
            rows.append(row)
            continue
        if row is None:
            return None
        if time_cols and row["text"] and _time_cell(cell):
            row["time"].append(cell)
        elif row["text"] and not row["time"] and _unit_cell(cell):
            row["units"].append(cell)
        elif row["text"] and (row["units"] or row["time"]):
            row = {"number": row["number"], "text": [cell], "units": [], "time": [], "pieces": [piece], "above": row}
            rows.append(row)
            continue
        else:
            row["text"].append(cell)
        row["pieces"].append(piece)
    out = []
    for row in rows:
        above = row["above"] or {"units": [], "time": []}  # a merged cell's value is each row's it spans
        row_cells = [""] * width
        row_cells[0] = row["number"]
        row_cells[text_cols[0]] = "".join(row["text"])
        row_cells[unit_cols[0]] = "、".join(row["units"] or above["units"])
        if time_cols:
            row_cells[time_cols[0]] = "；".join(row["time"] or above["time"])
        first, last = row["pieces"][0], row["pieces"][-1]
        out.append(Piece("row", "\t".join(row_cells), first.start_line, last.end_line, first.page, row_cells, first.table))
    return out


def _time_cell(cell: str) -> bool:
    """A cell that holds a time limit: "12月底前", "5月底前动工", "9月投入使用"."""
    return len(cell) <= 20 and (looks_like_time_limit(cell) or _grammar().month_first.match(cell) is not None)


def _unit_cell(cell: str) -> bool:
    """A cell that holds unit names, or a unit clause ("县水务局", "市发改委牵头")."""
    return len(cell) <= 60 and "。" not in cell and (ends_like_unit(cell) or bare_note(cell) is not None)


def _header_width(pieces: list[Piece], i: int) -> int:
    """How many one-cell rows from i name columns (_name_run_width)."""
    names = []
    for p in pieces[i : i + 12]:
        if p.kind != "row" or len(p.cells) != 1:
            break
        names.append(p.cells[0])
    return _name_run_width(names)


def _name_run_width(names: list[str]) -> int:
    """How many of `names`, from the first, name columns. A short name of no known column
    between two that are known ("分 管 县领导" before its words were listed) is a column all the
    same: one unknown name must not lose the whole table."""
    width = 0
    while width < len(names):
        if column_of(names[width]):
            width += 1
            continue
        if width >= 2 and _unknown_name(names[width]) and width + 1 < len(names) and column_of(names[width + 1]):
            width += 1
            continue
        break
    return width


def _unknown_name(cell: str) -> bool:
    """Short enough for a column name, and no row number or figure in it."""
    return 0 < len(cell.strip()) <= 8 and not any(ch.isdigit() for ch in cell)


def _number_names() -> tuple[str, ...]:
    """The names a number column prints ("序号", "编号"), two characters or more."""
    return tuple(n for n in _grammar().number_headers if len(n) >= 2)
