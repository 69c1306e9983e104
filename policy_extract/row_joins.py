"""Pipe rows a page broke over two lines: a table's header ("工作任务 | 具体要求" then "| 责任单位 |") and a row broken
after one of its cells (the rest of its cells on the next line). normalize's steps, before the tables are read."""
from __future__ import annotations

from .markers import match_marker
from .pieces import Piece
from .tables import column_of, is_header_row


def _filled(cells: list[str]) -> list[str]:
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
            cells = a[:-1] + [a[-1].rstrip() + "\n" + b[0].lstrip()] + b[1:] if mid_cell and a and b else a + b
            numbered = bool(a) and (a[0].strip().isdecimal() or any(match_marker(c.strip()) is not None for c in a[:2]))
            if len(a) < width and len(cells) == width and numbered and match_marker(b[0].strip()) is None and not b[0].strip()[:1].isdigit():
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
    完成状态 |", 黄山市体育局 2023年9月 重点工作完成情况, review ft 05), short names one of which names a column."""
    out: list[Piece] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == piece.kind == "row" and len(prev.cells) + len(piece.cells) <= 12:
            cells = _filled(prev.cells + piece.cells)
            if cells and all(len(c) <= 10 and column_of(c) for c in cells) and not is_header_row(prev.cells) and is_header_row(cells) \
                    or is_header_row(prev.cells) and _last_names(_filled(piece.cells)):
                out[-1] = Piece("row", "\t".join(cells), prev.start_line, piece.end_line, prev.page, cells, prev.table)
                continue
        out.append(piece)
    return out


def _last_names(cells: list[str]) -> bool:
    """Column names alone: short, no figure and no mark, one at least a column's ("进展情况 | 完成状态")."""
    return 0 < len(cells) <= 4 and all(len(c) <= 8 and not any(ch.isdigit() for ch in c) and match_marker(c) is None for c in cells) \
        and any(column_of(c) for c in cells) and not is_header_row(cells)
