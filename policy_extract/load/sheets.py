"""Spreadsheets: the task table an office keeps or sends as a workbook (.xlsx) or exports as
.csv (重点任务分工表.xlsx, 督办台账.csv).

Each visible sheet is one table; each row one line, its cells joined by TAB (cell i in
column i), as every loader gives table rows. A merged cell's value goes to every row it
spans, in its first column (as a DOCX cell merged down); the columns it spans to the right
are empty. The lines over a sheet's table that fill one cell only (the title merged across
the top, "附件1", a note of who fills it in) are the sheet's paragraphs. A date cell reads
as the date it shows (2024年6月30日), a whole number without ".0".

`line` is the row's number in its sheet as the spreadsheet shows it, `table` the sheet
(0-based among the sheets that hold rows) and `row` the row's number less one: the output
says "table 2, row 7" of what a reader finds as sheet 2, row 7. openpyxl reads the workbook
(merged ranges, shared strings, date formats): imported only when a workbook is given.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..errors import InputError
from .base import LoadedDocument, SourceLine, read_bytes, sha256_of

_BLANKS = re.compile(r"\s+")


def cell_text(value) -> str:
    """A cell's value as the sheet shows it: text with its blanks squeezed, a whole number
    without '.0', a date as 2024年6月30日."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _BLANKS.sub(" ", str(value)).strip()


def sheet_lines(rows: list[list[str]], table: int, order: int) -> list[SourceLine]:
    """The lines of one sheet (rows of cell texts, row 1 first): its heading lines, then its
    table's rows. `order` is the document's running count before the sheet."""
    width = max((max((i + 1 for i, c in enumerate(r) if c), default=0) for r in rows), default=0)
    out: list[SourceLine] = []
    in_table = False
    for number, cells in enumerate(rows, 1):
        cells = (cells + [""] * width)[:width]
        filled = [c for c in cells if c]
        if not filled:
            continue
        in_table = in_table or len(filled) >= 2
        order += 1
        if in_table:
            out.append(SourceLine("\t".join(cells), number, table=table, row=number - 1, order=order))
        else:  # over the table: its title, "附件1", who fills it in
            out.append(SourceLine(filled[0], number, order=order))
    return out


def _merged_down(ws, rows: list[list[str]]) -> None:
    """A merged cell's value into every row it spans (its first column); the columns to its right stay empty."""
    for rng in ws.merged_cells.ranges:
        top, left = rng.min_row - 1, rng.min_col - 1
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top, min(rng.max_row, len(rows))):
            row = rows[r]
            row.extend([""] * (rng.max_col - len(row)))
            row[left] = value
            for c in range(left + 1, rng.max_col):
                row[c] = ""


def load_xlsx(path: Path) -> LoadedDocument:
    path = Path(path)
    data = read_bytes(path)
    try:
        import openpyxl
    except ImportError:
        raise InputError(f"{path}: .xlsx support is missing (openpyxl); reinstall with `pip install -e .` in this environment") from None
    import io
    import warnings

    try:
        with warnings.catch_warnings():  # "Data Validation extension is not supported" and the like: nothing we read
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # a damaged or encrypted workbook, or no workbook at all
        raise InputError(f"{path}: the .xlsx cannot be read ({type(exc).__name__}); open it in Excel/WPS, save it again as .xlsx (without a password) and retry") from None
    lines: list[SourceLine] = []
    table = 0
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        rows = [[cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
        _merged_down(ws, rows)
        sheet = sheet_lines(rows, table, len(lines))
        if sheet:
            lines += sheet
            table += 1
    if not lines:
        raise InputError(f"{path}: the workbook has no text in its visible sheets; give a notice with text in it")
    return LoadedDocument(path=str(path), format="xlsx", sha256=sha256_of(data), lines=lines)


def load_csv(path: Path) -> LoadedDocument:
    import csv
    import io

    from .text import decode_text_reporting

    path = Path(path)
    data = read_bytes(path)
    text, warnings = decode_text_reporting(data, str(path))
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，") if sample.strip() else csv.excel
    except csv.Error:  # one column, or nothing to tell the separator by
        dialect = csv.excel
    try:
        rows = [[cell_text(c) for c in row] for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:  # a field past the csv module's limit (128 KB), a NUL byte …
        raise InputError(f"{path}: the .csv cannot be read as a table ({exc}); save it again from Excel/WPS as CSV UTF-8 and retry") from None
    lines = sheet_lines(rows, 0, 0)
    if not lines:
        raise InputError(f"{path}: the .csv has no text; give a notice with text in it")
    return LoadedDocument(path=str(path), format="csv", sha256=sha256_of(data), lines=lines, warnings=warnings)
