"""Pipe rows a page broke over two lines: a table's header ("工作任务 | 具体要求" then "| 责任单位 |") and a row broken
after one of its cells (the rest of its cells on the next line). normalize's steps, before the tables are read."""
from __future__ import annotations

from .deadlines import looks_like_time_limit
from .markers import match_marker
from .pieces import Piece
from .tables import column_of, is_header_row
from .units import ends_like_unit


def filled_cells(cells: list[str]) -> list[str]:
    """A row's cells that hold words, stripped (pipe_runs reads them too)."""
    return [c.strip() for c in cells if c.strip()]


def join_broken_rows(pieces: list[Piece]) -> list[Piece]:
    """A pipe row the page broke over two lines after a cell ("99 | 加大沿淮湿地保护力度。 | 市林业局 | … | 1、扎实开展…。 |" then
    "市财政未安排湿地修复工程项目市级资金。 | 王家耀 6678008 18909646282 |", 淮南市林业局 2021 政府工作报告 落实情况, review fo 05):
    one row, where the first opens with its number and holds fewer cells than the header, and the next, opening with no
    number, the rest. A line that stops inside a cell, no " |" closing it ("…| 市规划局 | 市国土资源局" then "市农牧林业局 |
    2010年9月20日前 |", 创建国家园林城市 任务分解, review fo 06), goes on in the next line's first cell."""
    out: list[Piece] = []
    width = 0
    for piece in pieces:
        prev = out[-1] if out else None
        if piece.kind == "row" and is_header_row(piece.cells):
            width = len(_trimmed(piece.cells))  # (a header joined from two lines holds no "|" any more)
        elif piece.kind != "row" or "|" not in piece.text:
            width = 0 if piece.kind != "row" else width
        elif width and prev is not None and prev.kind == "row" and "|" in prev.text and prev.table == piece.table:
            a, b = _trimmed(prev.cells), _trimmed(piece.cells)
            mid_cell = not prev.text.rstrip().endswith("|")
            joined = a[:-1] + [a[-1].rstrip() + "\n" + b[0].lstrip()] + b[1:] if mid_cell and a and b else a + b
            cells = joined if len(joined) == width else a + b  # (or the line stopped after a whole cell: "…| 市水利局、市城管局" then
            # "2023年5月31日前 |", diffreview-c1 p12)
            numbered = bool(a) and (a[0].strip().isdecimal() or any(match_marker(c.strip()) is not None for c in a[:2]))
            # (a row that printed its empty last cell, "2 | 推进城市内涝治理。 | 市住建局 | |", is whole: the group row "城市管理 |"
            # under it is no cell of it, diffreview-c1 p13; a time limit may open the next line, "2023年5月31日前 |", not a row's number)
            if len(prev.cells) < width and len(cells) == width and numbered and b and match_marker(b[0].strip()) is None \
                    and not b[0].strip().isdecimal():
                out[-1] = Piece("row", prev.text + "\n" + piece.text, prev.start_line, piece.end_line, prev.page, cells, prev.table)
                continue
        out.append(piece)
    return out


def _trimmed(cells: list[str]) -> list[str]:
    k = len(cells)
    while k and not cells[k - 1].strip():
        k -= 1
    return list(cells[:k])


def join_header_halves(pieces: list[Piece]) -> list[Piece]:
    """A pipe table's header that the page broke over two lines ("工作任务 | 具体要求" then "| 责任单位 |",
    中山 2022 政务公开工作要点分工, review r37b 07): one header, where neither half is one and every cell of
    both names a column; or a header's last names on the next line ("序号 | 重点工作目标任务 | 责任单位 |" then "进展情况 |
    完成状态 |", 黄山市体育局 2023年9月 重点工作完成情况, review ft 05), short names each a column's."""
    out: list[Piece] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == piece.kind == "row" and len(prev.cells) + len(piece.cells) <= 12:
            cells = filled_cells(prev.cells + piece.cells)
            if cells and all(len(c) <= 10 and column_of(c) for c in cells) and not is_header_row(prev.cells) and is_header_row(cells) \
                    or is_header_row(prev.cells) and _last_names(filled_cells(piece.cells)):
                out[-1] = Piece("row", "\t".join(cells), prev.start_line, piece.end_line, prev.page, cells, prev.table)
                continue
        out.append(piece)
    return out


def _last_names(cells: list[str]) -> bool:
    """Column names alone: short, no figure and no mark, one at least a column's ("进展情况 | 完成状态")."""
    return 0 < len(cells) <= 4 and all(len(c) <= 8 and not any(ch.isdigit() for ch in c) and match_marker(c) is None and column_of(c)
                                       and not ends_like_unit(c) and not looks_like_time_limit(c) for c in cells) and not is_header_row(cells)
    # (each a column's name, no unit, no time: not a first row "开展重点工作督查 | 市政府督查室 | 每季度 |", diffreview-c1 p28)
