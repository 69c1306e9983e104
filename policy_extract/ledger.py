"""The 督办台账: one row per task, as supervision offices keep it, in Excel or CSV.

XlsxWriter writes the workbook: with the creation date fixed, the same task list gives
the same bytes (openpyxl stamps the current time into the file and its zip entries).
CSV is UTF-8 with a BOM so that Excel opens the Chinese text right.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from .models import Document, Task

COLUMNS = ("序号", "所属部分", "任务内容", "牵头单位", "责任单位", "完成时限", "截止日期", "持续推进", "来源")
WIDTHS = (7, 26, 60, 20, 30, 16, 12, 9, 14)
_FIXED_CREATED = dt.datetime(2000, 1, 1)


def source_label(task: Task) -> str:
    src = task.source
    where = f"第{src.start_line}行" if src.start_line == src.end_line else f"第{src.start_line}–{src.end_line}行"
    return f"第{src.page}页 {where}" if src.page else where


def task_row(task: Task) -> list:
    deadline = task.deadline
    due = dt.date.fromisoformat(deadline.date) if deadline and deadline.date else None
    return [
        task.number,
        " > ".join(task.path),
        task.text,
        "、".join(u.name for u in task.lead_units),
        "、".join(u.name for u in task.responsible_units),
        deadline.text if deadline else "",
        due,
        "是" if deadline and deadline.ongoing else "",
        source_label(task),
    ]


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


def _cells(text: str) -> int:
    """Display width in Excel column units: a Chinese character takes two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _row_height(values: list, widths: tuple) -> float:
    """Rows tall enough for their wrapped text (spreadsheet programs do not all fit rows
    written without a height), at most ten lines."""
    lines = 1
    for value, width in zip(values, widths):
        if isinstance(value, str) and value:
            lines = max(lines, -(-_cells(value) // max(1, int(width) - 1)))
    return 15.0 * min(lines, 10)


def to_csv(docs: list[Document], with_document: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow((("文件",) if with_document else ()) + COLUMNS)
    for doc in docs:
        for task in doc.tasks:
            row = task_row(task)
            row[6] = row[6].isoformat() if row[6] else ""
            writer.writerow(([doc.source.path] if with_document else []) + row)
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def to_xlsx(docs: list[Document], with_document: bool = False) -> bytes:
    """One task sheet (all documents when with_document) and one sheet of metadata and warnings."""
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    book.set_properties({"created": _FIXED_CREATED, "title": "督办台账", "comments": "policy-extract"})
    head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "vcenter", "align": "center"})
    wrap = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
    date = book.add_format({"num_format": "yyyy-mm-dd", "valign": "top", "border": 1})
    columns = (("文件",) if with_document else ()) + COLUMNS
    widths = ((24,) if with_document else ()) + WIDTHS
    sheet = book.add_worksheet("任务台账")
    for col, (name, width) in enumerate(zip(columns, widths)):
        sheet.write(0, col, name, head)
        sheet.set_column(col, col, width)
    row_index = 0
    for doc in docs:
        for task in doc.tasks:
            row_index += 1
            values = ([Path(doc.source.path).name] if with_document else []) + task_row(task)
            sheet.set_row(row_index, _row_height(values, widths))
            for col, value in enumerate(values):
                if isinstance(value, dt.date):
                    sheet.write_datetime(row_index, col, dt.datetime.combine(value, dt.time()), date)
                elif value in ("", None):
                    sheet.write_blank(row_index, col, None, wrap)
                else:
                    sheet.write_string(row_index, col, str(value), wrap)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(row_index, 1), len(columns) - 1)
    # Printed as offices send it: landscape A4, one page wide, the header on every page.
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    info = book.add_worksheet("文件信息")
    info.set_column(0, 0, 14)
    info.set_column(1, 1, 60)
    info.set_column(2, 3, 40)
    r = 0
    for doc in docs:
        for key, value in meta_rows(doc):
            info.write_string(r, 0, key, head)
            info.write_string(r, 1, value, wrap)
            r += 1
        for warning in doc.warnings:
            info.write_string(r, 0, "警告", head)
            info.write_string(r, 1, f"{warning.code}: {warning.message}" + (f"（第{warning.line}行）" if warning.line else ""), wrap)
            r += 1
        r += 1
    book.close()
    return out.getvalue()
