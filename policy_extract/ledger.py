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
from dataclasses import dataclass
from typing import Callable

# CELL_LIMIT is re-exported: callers read the cell limit from the ledger
from .ledger_cells import CELL_LIMIT, CONTINUED, line_count, row_points, split_long_row  # noqa: F401
from .models import Document, Task

STATUSES = ("未开始", "推进中", "已完成", "逾期")
_FIXED_CREATED = dt.datetime(2000, 1, 1)


@dataclass(frozen=True)
class Column:
    name: str
    width: float
    value: Callable[[Task], object] | None  # None: left empty for the office to fill


def source_label(task: Task, fmt: str = "txt") -> str:
    """Where a reader finds the task, from the JSON's `source`: 第4页第12行 (the printed line
    on the page of a PDF, OFD or scan), 第2个表格第7行 (a table row; the page and line
    after it for a PDF), 第19段 (a DOCX paragraph), 第N行 (the line of a text file; of the
    file for a web page)."""
    src = task.source

    def span(a: int, b: int, unit: str) -> str:
        return f"第{a}{unit}" if a == b else f"第{a}–{b}{unit}"

    if src.page is not None:
        end_page = src.end_page or src.page
        where = (f"第{src.page}页" + span(src.start_line, src.end_line, "行") if end_page == src.page
                 else f"第{src.page}页第{src.start_line}行至第{end_page}页第{src.end_line}行")
        if src.table is not None:
            return f"第{src.table}个表格第{src.table_row}行（第{src.page}页第{src.start_line}行）"
        return where
    if src.table is not None:
        row = f"第{src.table}个表格第{src.table_row}行"
        return row + (f"（网页第{src.start_line}行）" if fmt == "html" else "")
    if fmt in ("docx", "doc", "wps", "odt", "rtf"):
        return span(src.start_line, src.end_line, "段")
    if fmt == "html":
        return "网页" + span(src.start_line, src.end_line, "行")
    return span(src.start_line, src.end_line, "行") + ("（表格行）" if src.table_row is not None else "")


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


# repeated on every continuation row, so that sorting and filtering keep a task's rows together
KEY_COLUMNS = ("文件", "序号", "原文编号")


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
    put("来源说明", "“来源”与 JSON 的 source 相同：.txt/.md 为文件的行；PDF 为页码和该页自上而下的第几行（页眉、"
        "表格内的行都计入；双栏页按栏计）；DOCX 为正文中有文字的第几段；网页为网页文件的行；表格任务为第几个表格的第几行（表头计入）。")
