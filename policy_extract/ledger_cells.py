"""How text fills a ledger cell, as spreadsheet programs print it: the lines a wrapped
cell shows at a column width, a row's height in points, and a task too long for one
printed row (Excel shows at most 409 points) or one cell (32,767 characters) cut into
rows continued with （续）. Pure functions of text and widths; ledger.py lays out the sheet."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# Excel's limits: characters in a cell, points in a row.
CELL_LIMIT = 32_767
MAX_ROW_POINTS = 409.0
# One printed line of 11-point text with Chinese characters, in points. Excel draws it in
# about 14.25-15 points (等线, 宋体, Calibri); LibreOffice's Noto Sans CJK takes about 16.
LINE_POINTS = 16.0
ROW_PADDING = 4.0
MAX_LINES = int((MAX_ROW_POINTS - ROW_PADDING) // LINE_POINTS)  # lines one row can show
# Column width w (in Excel's units, the width of "0" in Calibri 11 = 7 pixels) is
# w * 7 + 5 pixels; the cell's own margins take about 8 of them. A Chinese character of
# 11 points is 14.7 pixels: two "cells" of 7.5 pixels, a Latin letter or digit one.
_CELL_PIXELS = 7.5
_OPENING = set("（《「『【〔〈“‘([{")
_CLOSING = set("，。、；：？！）》」』】〕〉”’,.;:?!)]}%")


# --- how text wraps in a cell ---------------------------------------------------------------


@lru_cache(maxsize=None)
def _char_cells(ch: str) -> int:
    """Display width in half-character cells: Chinese characters (and the punctuation a
    Chinese font draws full width: “ ” — …) two, Latin letters and digits one."""
    if ch == "\t":
        return 4
    return 2 if unicodedata.east_asian_width(ch) in "WFA" else 1


def _line_cells(width: float) -> int:
    return max(2, int((int(width * 7 + 5) - 8) / _CELL_PIXELS))


def _tokens(paragraph: str) -> list[str]:
    """Pieces a line is never broken inside: a run of Latin letters and digits, a Chinese
    character with the closing punctuation after it and the opening punctuation before
    it (no line starts with ，or ends with （)."""
    tokens: list[str] = []
    pending_open = ""
    for ch in paragraph:
        wide = _char_cells(ch) == 2
        if ch in _OPENING:
            pending_open += ch
            continue
        if ch in _CLOSING and tokens and not pending_open:
            tokens[-1] += ch
            continue
        if not wide and not ch.isspace() and not pending_open and tokens and tokens[-1] and not tokens[-1][-1].isspace() and _char_cells(tokens[-1][-1]) == 1:
            tokens[-1] += ch  # a Latin word or a number goes on
            continue
        tokens.append(pending_open + ch)
        pending_open = ""
    if pending_open:
        tokens.append(pending_open)
    return tokens


def wrap_cell(text: str, width: float) -> list[str]:
    """The lines a wrapped cell of this column width shows, as consecutive pieces of the
    text ("".join(lines) == text). Greedy, as spreadsheet programs fill lines, and a
    little wide of them so that a printed row is never short of a line."""
    return list(_wrap(text, width))


@lru_cache(maxsize=4096)
def _wrap(text: str, width: float) -> tuple[str, ...]:
    cap = _line_cells(width)
    if "\n" not in text and len(text.encode("utf-8")) <= cap:
        return (text,)  # no character takes more cells than its UTF-8 bytes: one line
    lines: list[str] = []
    paragraphs = text.split("\n")
    for k, paragraph in enumerate(paragraphs):
        line, used = "", 0
        for tok in _tokens(paragraph):
            w = sum(_char_cells(c) for c in tok)
            if used + w <= cap or (tok.isspace() and line):
                line, used = line + tok, used + w
                continue
            if line:
                lines.append(line)
                line, used = "", 0
            for ch in tok:  # a piece longer than a line is broken where it must
                cw = _char_cells(ch)
                if used + cw > cap and line:
                    lines.append(line)
                    line, used = "", 0
                line, used = line + ch, used + cw
        lines.append(line)
        if k < len(paragraphs) - 1:
            lines[-1] += "\n"
    return tuple(lines)


def line_count(text: str, width: float) -> int:
    return len(_wrap(text, width)) if text else 1


def row_points(lines: int) -> float:
    return lines * LINE_POINTS + ROW_PADDING


# --- continuation rows ----------------------------------------------------------------------

CONTINUED = "（续）"


def split_long_row(values: list, widths: list[float], keys: set[int] = frozenset()) -> list[list]:
    """One task's values as printed rows: usually one; a task whose text needs more lines
    than a row can show (or more characters than a cell holds) goes on in rows whose
    continued cells begin with （续）, so that nothing is cut. The columns in `keys`
    (文件, 序号, 原文编号) repeat on every continuation row so that sorting and
    filtering keep the rows together; other cells of a continuation row are empty."""
    pieces: list[list] = []
    for c, (value, width) in enumerate(zip(values, widths)):
        if isinstance(value, str) and value and c not in keys:
            lines = wrap_cell(value, width)
            chunk = MAX_LINES - 1  # room for the （续） on a continuation row
            parts = ["".join(lines[i : i + chunk]) for i in range(0, len(lines), chunk)]
            pieces.append([p for part in parts for p in _under_cell_limit(part)])
        else:
            pieces.append([value])
    count = max(len(p) for p in pieces)
    if count == 1:
        return [values]
    rows = []
    for i in range(count):
        row = []
        for c, parts in enumerate(pieces):
            if i == 0:
                row.append(parts[0])
            elif c in keys:
                row.append(parts[0])
            elif i < len(parts):
                row.append(CONTINUED + parts[i])
            else:
                row.append("")
        rows.append(row)
    return rows


def _under_cell_limit(text: str) -> list[str]:
    limit = CELL_LIMIT - len(CONTINUED)
    return [text[i : i + limit] for i in range(0, len(text), limit)] or [text]
