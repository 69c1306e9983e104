"""The 督办台账: one row per task, as supervision offices keep it, in Excel or CSV.

XlsxWriter writes the workbook: with the creation date fixed, the same task list gives
the same bytes (openpyxl stamps the current time into the file and its zip entries).
CSV is UTF-8 with a BOM so that Excel opens the Chinese text right.

The workbook is made to be printed and filled in: every row is as tall as its wrapped
text at the printed column widths (spreadsheet programs do not all fit rows written
without a height, and none fits a row over 409 points), the notice's title heads every
page and 第 N 页 共 M 页 foots it, 序号 is a number that sorts, and the office's own
columns (状态 as a drop-down, 进展情况, 备注) are left empty for it.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .models import Document, Task

STATUSES = ("未开始", "推进中", "已完成", "逾期")
_FIXED_CREATED = dt.datetime(2000, 1, 1)

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


@dataclass(frozen=True)
class Column:
    name: str
    width: float
    value: Callable[[Task], object] | None  # None: left empty for the office to fill


def source_label(task: Task, fmt: str = "txt") -> str:
    """Where a reader finds the task. Lines are lines of the loaded text, the numbers in
    the JSON's `source`: for .txt/.md the file's own lines; for PDF the page (the line is
    counted through the whole text, not on the page); for DOCX/HTML the running count of
    paragraphs (a paragraph broken by Shift+Enter counts once per line) and table rows."""
    src = task.source
    span = f"{src.start_line}" if src.start_line == src.end_line else f"{src.start_line}–{src.end_line}"
    table = src.table_row is not None
    if fmt in ("txt", "md"):
        return f"第{span}行" + ("（表格行）" if table else "")
    if fmt == "pdf":
        page = f"第{src.page}页 " if src.page else ""
        return page + (f"表格行（文本第{span}行）" if table else f"文本第{span}行")
    if fmt == "docx":
        return f"表格行（正文第{span}段）" if table else f"正文第{span}段"
    if fmt == "html":
        return f"网页表格行（正文第{span}行）" if table else f"网页正文第{span}行"
    return f"第{span}行"


def _units(task_units) -> str:
    return "、".join(u.name for u in task_units)


def _due(task: Task):
    d = task.deadline
    return dt.date.fromisoformat(d.date) if d and d.date else None


def columns_for(docs: list[Document], with_document: bool = False) -> list[Column]:
    """The ledger's columns. 原文编号 only when a printed number is not the row's 序号;
    责任领导 only when a notice names leaders."""
    tasks = [t for d in docs for t in d.tasks]
    plain = all(t.number == str(i) for i, t in enumerate(tasks, 1))
    cols: list[Column] = []
    if with_document:
        cols.append(Column("文件", 22, None))  # filled per document
    cols.append(Column("序号", 5, None))  # the running number, filled per row
    if not plain:
        cols.append(Column("原文编号", 7, lambda t: t.number))
    cols += [
        Column("所属部分", 18, lambda t: " > ".join(t.path)),
        Column("任务内容", 50, lambda t: t.text),
        Column("牵头单位", 18, lambda t: _units(t.lead_units)),
        Column("责任单位", 22, lambda t: _units(t.responsible_units)),
    ]
    if any(t.leaders for t in tasks):
        cols.append(Column("责任领导", 10, lambda t: "、".join(t.leaders)))
    cols += [
        Column("完成时限", 12, lambda t: t.deadline.text if t.deadline else ""),
        Column("截止日期", 11, _due),
        Column("持续推进", 5, lambda t: "是" if t.deadline and t.deadline.ongoing else ""),
        Column("状态", 8, None),
        Column("进展情况", 20, None),
        Column("备注", 10, None),
        Column("来源", 12, None),  # needs the document's format
    ]
    return cols


def ledger_rows(docs: list[Document], with_document: bool = False) -> tuple[list[Column], list[list]]:
    """The columns and one list of values per task, in order."""
    cols = columns_for(docs, with_document)
    rows = []
    n = 0
    for doc in docs:
        for task in doc.tasks:
            n += 1
            row = []
            for col in cols:
                if col.name == "文件":
                    row.append(doc.source.path)
                elif col.name == "序号":
                    row.append(n)
                elif col.name == "来源":
                    row.append(source_label(task, doc.source.format))
                elif col.value is None:
                    row.append("")
                else:
                    row.append(col.value(task))
            rows.append(row)
    return cols, rows


def meta_rows(doc: Document) -> list[tuple[str, str]]:
    m = doc.meta
    return [
        ("文件", doc.source.path),
        ("标题", m.title or ""),
        ("文号", m.doc_number or ""),
        ("发文机关", m.issuer or ""),
        ("成文日期", m.issue_date or ""),
        ("主送", "、".join(m.recipients)),
        ("报送要求", m.reporting_requirement or ""),
        ("任务数", str(len(doc.tasks))),
        ("sha256", doc.source.sha256),
    ]


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


KEY_COLUMNS = ("文件", "序号", "原文编号")


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


# --- writers --------------------------------------------------------------------------------


def to_csv(docs: list[Document], with_document: bool = False) -> bytes:
    """One row per task, the same columns as the workbook. A cell over Excel's 32,767
    characters stays whole here (CSV has no limit; Excel cuts it when opening the file)."""
    cols, rows = ledger_rows(docs, with_document)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.name for c in cols])
    for row in rows:
        writer.writerow([v.isoformat() if isinstance(v, dt.date) else v for v in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def _header_text(docs: list[Document]) -> str:
    """The print header: the notice's title (a header holds 255 characters at most)."""
    if len(docs) == 1:
        title = docs[0].meta.title or docs[0].source.path
    else:
        title = f"督办台账（{len(docs)} 份文件）"
    title = " ".join(title.split())
    if len(title) > 120:
        title = title[:119] + "…"
    return "&C" + title.replace("&", "&&")


FOOTER = "&C第 &P 页 共 &N 页"


def _cell_name(row: int, col: int) -> str:
    from xlsxwriter.utility import xl_rowcol_to_cell

    return xl_rowcol_to_cell(row, col)


def to_xlsx(docs: list[Document], with_document: bool = False) -> bytes:
    """One task sheet (all documents when with_document) and one sheet of metadata and warnings."""
    import xlsxwriter

    cols, rows = ledger_rows(docs, with_document)
    widths = [c.width for c in cols]
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    book.set_properties({"created": _FIXED_CREATED, "title": "督办台账", "comments": "policy-extract"})
    head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "vcenter", "align": "center"})
    wrap = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
    number = book.add_format({"valign": "top", "align": "center", "border": 1})
    date = book.add_format({"num_format": "yyyy-mm-dd", "valign": "top", "border": 1})
    sheet = book.add_worksheet("任务台账")
    for c, col in enumerate(cols):
        sheet.write_string(0, c, col.name, head)
        sheet.set_column(c, c, col.width)
    sheet.set_row(0, row_points(max(line_count(c.name, c.width) for c in cols)))
    names = [c.name for c in cols]
    keys = {names.index(k) for k in KEY_COLUMNS if k in names}
    r = 0
    split_tasks: list[tuple[str, int, int]] = []
    for values in rows:
        printed = split_long_row(values, widths, keys)
        if len(printed) > 1:
            split_tasks.append((values[0] if with_document else "", values[names.index("序号")], len(printed)))
        for row in printed:
            r += 1
            lines = max([line_count(v, w) for v, w in zip(row, widths) if isinstance(v, str) and v] + [1])
            sheet.set_row(r, row_points(lines))
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date)
                elif isinstance(value, int):
                    sheet.write_number(r, c, value, number)
                elif value in ("", None):
                    sheet.write_blank(r, c, None, wrap)
                else:
                    sheet.write_string(r, c, str(value), wrap)
    last = max(r, 1)
    status = names.index("状态")
    sheet.data_validation(1, status, last, status, {
        "validate": "list", "source": list(STATUSES),
        "error_title": "状态", "error_message": "请从 " + "/".join(STATUSES) + " 中选择",
    })
    if "原文编号" in names:  # numbers as printed are text on purpose: no green corner
        c = names.index("原文编号")
        sheet.ignore_errors({"number_stored_as_text": f"{_cell_name(1, c)}:{_cell_name(last, c)}"})
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, last, len(cols) - 1)
    # Printed as offices send it: landscape A4, one page wide, the header row, the
    # notice's title and the page number on every page.
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    sheet.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.7)
    sheet.set_header(_header_text(docs), {"margin": 0.3})
    sheet.set_footer(FOOTER, {"margin": 0.3})
    _write_info(book, docs, head, wrap, split_tasks)
    book.close()
    return out.getvalue()


def _write_info(book, docs: list[Document], head, wrap, split_tasks) -> None:
    info = book.add_worksheet("文件信息")
    info.set_column(0, 0, 14)
    info.set_column(1, 1, 60)
    info.set_column(2, 3, 40)
    r = 0

    def put(key: str, value: str) -> None:
        nonlocal r
        for k, (_, piece) in enumerate(split_long_row([key, value], [14, 60], {0})):
            info.write_string(r, 0, key, head)
            if piece:
                info.write_string(r, 1, piece, wrap)
            info.set_row(r, row_points(max(line_count(piece or "", 60), line_count(key, 14))))
            r += 1

    for doc in docs:
        for key, value in meta_rows(doc):
            put(key, value)
        for warning in doc.warnings:
            put("警告", f"{warning.code}: {warning.message}" + (f"（第{warning.line}行）" if warning.line else ""))
        r += 1
    for document, serial, count in split_tasks:
        where = f"{document} " if document else ""
        put("分行续写", f"{where}序号 {serial} 的内容超过一行能打印的长度，分 {count} 行续写（后续行以“{CONTINUED}”开头）")
    put("来源说明", "“来源”中的行号与 JSON 的 source 相同：.txt/.md 为文件的行；PDF 为页码和全文提取文本的行号；"
        "DOCX 为正文中非空段落与表格行依次的序号（段内手动换行另计一行）；网页为正文提取文本的行号。")
