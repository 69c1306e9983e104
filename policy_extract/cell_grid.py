"""Tables copied one cell per line whose rows each fill the header's width (cell_lines.py finds
them and reads the rest by what each cell holds):

    序号  重点工作  责任单位  1  推进…。  市发改委  2  …

cut every `width` cells, a part's row standing alone before a row's number.
"""
from __future__ import annotations

from .cell_kinds import bare_group_number, part_row, time_cell, unit_cell
from .markers import match_marker
from .pieces import Piece
from .tables import column_of


def _one_row(chunk: list[Piece], width: int) -> Piece:
    return Piece("row", "\t".join(cells := [c.cells[0] for c in chunk] + [""] * (width - len(chunk))), chunk[0].start_line, chunk[-1].end_line, chunk[0].page, cells, chunk[0].table)


def rows_by_width(header: list[str], body: list[Piece]) -> list[Piece] | None:
    """The rows the header's width cuts (_aligned), a part's row standing alone before a row's
    number ("一、知识产权保护方面（共5项）", "1", …: 国办发〔2018〕126号 附件 推广清单); None where
    the width does not fit. A group's row filling the width with its number, its title and empty cells ("一", "主要任务", "",
    "": review fa01) is a row of its own, and the rows under each group are numbered from 1 again."""
    width = len(header)
    groups = _group_rows(width, [p.cells[0].strip() for p in body])
    if groups:
        cuts = [0, *groups, len(body)]
        parts = [rows_by_width(header, body[a + (width if a in groups else 0) : b]) if b > a + (width if a in groups else 0) else [] for a, b in zip(cuts, cuts[1:])]
        if any(p is None for p in parts):
            return None
        return [row for a, p in zip(cuts, parts) for row in ([_group_row(body[a], body[a + 1], width)] if a in groups else []) + p]
    numbered = column_of(header[0]) == "number"
    cells = [p.cells[0].strip() for p in body]
    parts: set[int] = set()
    for k in range(len(cells) - 2, -1, -1):  # a part whose rows a site removed stands before the next part
        if numbered and part_row(cells[k]) and (_row_number(cells[k + 1]) is not None or k + 1 in parts):
            parts.add(k)
    kept = [k for k in range(len(body)) if k not in parts]
    opening = set(kept[::width]) | parts  # what may stand after a part's row: a row's number or another part
    if not _aligned(header, [body[k] for k in kept]) or any(k + 1 not in opening for k in parts):
        return None
    rows: list[Piece] = []
    for at in range(0, len(kept), width):
        k = kept[at]
        while k - 1 in parts:  # the parts' rows right above this row, in order
            k -= 1
        rows.extend(_one_row([body[m]], width) for m in range(k, kept[at]))
        rows.append(_one_row([body[k] for k in kept[at : at + width]], width))
    return rows


def _aligned(header: list[str], body: list[Piece]) -> bool:
    """Where the header opens with the number column, the rows the width cuts open with running
    numbers, a last row's aside (a numbered table whose rows hold other counts of cells is not
    read by width)."""
    width = len(header)
    cells = [p.cells[0].strip() for p in body]
    if column_of(header[0]) != "number":  # (without numbers, every row fits its cells' kinds or the rows close on their time limits,
        return not rows_closed_by_time(cells, header) or rows_of_width(cells, header) == len(cells)  # rows_closed_by_time)
    numbers = [_row_number(cells[k]) for k in range(0, len(cells), width)]
    if not numbers or numbers[0] is None:
        return False
    # a table may start mid-way ("80 |", 南陵县 2024 分解表) and skip rows a site removed ("14", "21": 本文有删减)
    known = [n for n in numbers if n is not None]
    if any(b <= a for a, b in zip(known, known[1:])) or numbers.count(None) > 1:
        return False
    # and no row holds the next row's number among its cells (a row of fewer cells than the width)
    return not any(n is not None and _row_number(c) == n + 1 for k, n in enumerate(numbers) for c in cells[k * width + 1 : (k + 1) * width])


def _group_row(number: Piece, title: Piece, width: int) -> Piece:
    """The group's number and title as one cell, the row's only one (as cell_lines reads "一", then its name)."""
    cell = number.cells[0].strip() + title.cells[0].strip()
    return Piece("row", cell, number.start_line, title.end_line, number.page, [cell] + [""] * (width - 1), number.table)


def _group_rows(width: int, cells: list[str]) -> list[int]:
    """Where the rows the width cuts are a group's: its number alone ("一", "(一)"), a title, the other cells empty."""
    out = []
    for k in range(0, len(cells) - width + 1, width):
        marker = match_marker(cells[k])
        number = bare_group_number(cells[k]) or (marker is not None and marker.kind == "paren_cn" and marker.end == len(cells[k]))
        if number and cells[k + 1] and not any(cells[k + 2 : k + width]):
            out.append(k)
    return out


def _row_number(cell: str) -> int | None:
    """A row's number as printed in its own cell: "3", "１２", "③"."""
    if cell.isdecimal():
        return int(cell)
    return marker.value if (marker := match_marker(cell)) is not None and marker.kind == "circled" and marker.end == len(cell) else None


def rows_of_width(body: list[str], header: list[str]) -> int:
    """Cells of a table without numbers, every row printing all its cells ("任务" | "责任单位" | "时限" over "切实做好…公开工作" |
    "市政府各部门,各县(市、区)政府" | "持续推进" | …: 宣城市人社局 2022, review db02): how many, cut by the header's width, where each
    row's unit cell holds units and its time cell a time; two rows at least, else 0."""
    roles = [column_of(name) for name in header]
    width, k = len(header), 0
    while k + width <= len(body):
        row = body[k : k + width]
        if not all((role not in ("lead", "responsible") or unit_cell(c)) and (role != "deadline" or time_cell(c))
                   and (role not in ("task", "measure") or not (unit_cell(c) or time_cell(c))) for role, c in zip(roles, row)):
            break
        k += width
    return k if k >= 2 * width else 0


def rows_closed_by_time(body: list[str], header: list[str]) -> int:
    """Cells of a table without numbers whose rows print more cells than the header names or fewer, each row closed by its time
    limit after its units ("一、强化医保部门常态监管机制" / "严格定点协议管理" / "切实加强…。" / "市医保局" / "2021年12月底前完成并长期坚持" /
    "强化医保医师管理" / …, 亳州 医保基金监管 任务表, review hv 01): how many, a group's "一、…" cell standing alone; two rows at least,
    else 0. Only under a header whose last column is the time limit's and which names a unit column."""
    roles = [column_of(name) for name in header]
    if roles[-1] != "deadline" or not {"lead", "responsible"} & set(roles):
        return 0
    k, rows = 0, 0
    while k < len(body):
        if part_row(body[k]):
            k += 1
            continue
        end = next((j for j in range(k, min(len(body), k + len(header) + 2)) if time_cell(body[j])), None)
        if end is None or end - k < 2 or not unit_cell(body[end - 1]) or unit_cell(body[k]) or time_cell(body[k]):
            break
        k, rows = end + 1, rows + 1
    return k if rows >= 2 else 0
