"""Spreadsheets (.xlsx, .csv; load/sheets.py): a task table kept or sent as a workbook gives the
tasks its text gives.

The workbooks are written here, with openpyxl, from the table sample
(samples/xian-2022-fangguanfu-division-table.txt: 西安市政办函〔2022〕72号's 分工方案, one row a
line, cells TAB-separated) the way offices keep such tables: the title merged across the top,
a header row, a group's cell merged down over its rows, time limits as date cells.
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import openpyxl
import pytest

import policy_extract
from conftest import TABLE, sample_text
from policy_extract.errors import InputError
from policy_extract.load import load
from policy_extract.load.sheets import cell_text


def _rows() -> list[list[str]]:
    return [line.split("\t") for line in sample_text(TABLE).split("\n") if "\t" in line]


def _summary(doc) -> list[tuple]:
    return [(t.number, t.text, tuple(u.name for u in t.lead_units), tuple(u.name for u in t.responsible_units),
             t.deadline.date if t.deadline else None, t.parent_task.text if t.parent_task else None) for t in doc.tasks]


@pytest.fixture(scope="module")
def text_tasks():
    return _summary(policy_extract.parse(sample_text(TABLE) + "\n"))


def _workbook(path, rows, title="西安市贯彻落实陕西省《2022年深化“放管服”改革优化营商环境工作要点》分工方案"):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "分工方案"
    ws["A1"] = "附件"
    ws["A2"] = title
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(rows[0]))
    for r, cells in enumerate(rows, 3):
        for c, value in enumerate(cells, 1):
            if value:
                ws.cell(row=r, column=c, value=value)
    book.save(path)
    return ws


def test_a_task_table_kept_as_a_workbook_gives_the_tasks_of_its_text(tmp_path, text_tasks):
    path = tmp_path / "分工方案.xlsx"
    _workbook(path, _rows())
    doc = policy_extract.parse(path)
    assert doc.source.format == "xlsx"
    assert doc.meta.title == "西安市贯彻落实陕西省《2022年深化“放管服”改革优化营商环境工作要点》分工方案"
    assert len(text_tasks) == 117
    assert _summary(doc) == text_tasks
    first = doc.tasks[0].source  # sheet 1, the row the sheet shows it on: under 附件, the title and the header
    assert first.table == 1
    assert openpyxl.load_workbook(path).active.cell(row=first.table_row, column=3).value.startswith(doc.tasks[0].number)


def test_a_cell_merged_down_goes_to_every_row_it_spans(tmp_path):
    # the sample's rows (6)-(8): one 重点任务 and one 具体举措 cell over three measures; here the cells are
    # left empty under the first and merged over the three rows, as Excel does
    rows = _rows()
    header, body = rows[0], rows[1:]
    at = next(i for i, r in enumerate(body) if r[2].startswith("(6)"))
    merged = [list(r) for r in body[at : at + 3]]
    for r in merged[1:]:
        r[0] = r[1] = ""
    path = tmp_path / "merged.xlsx"
    ws = _workbook(path, [header] + merged)
    book = openpyxl.load_workbook(path)
    ws = book.active
    ws.merge_cells("A4:A6")
    ws.merge_cells("B4:B6")
    book.save(path)
    tasks = policy_extract.parse(path).tasks
    assert [t.number for t in tasks] == ["(6)", "(7)", "(8)"]
    assert {t.parent_task.text for t in tasks} == {body[at][1][3:].strip()}  # "3. 结合行政许可事项清单…" without its number
    assert {t.path[-1] for t in tasks} == {body[at][0]}


def test_date_cells_read_as_the_date_they_show(tmp_path):
    rows = _rows()[:3]
    rows[1][-2] = ""  # the time limit given as a date cell instead of "2022年9月底"
    path = tmp_path / "dates.xlsx"
    _workbook(path, rows)
    book = openpyxl.load_workbook(path)
    book.active.cell(row=4, column=len(rows[0]) - 1, value=dt.datetime(2022, 9, 30))
    book.save(path)
    assert policy_extract.parse(path).tasks[0].deadline.date == "2022-09-30"


@pytest.mark.parametrize("value, text", [
    (None, ""), (3.0, "3"), (2.5, "2.5"), (17, "17"), (dt.datetime(2024, 6, 30), "2024年6月30日"),
    (dt.date(2023, 12, 31), "2023年12月31日"), ("市发改委\n市财政局", "市发改委 市财政局"),
])
def test_cell_values_as_the_sheet_shows_them(value, text):
    assert cell_text(value) == text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_a_task_table_exported_as_csv_gives_the_tasks_of_its_text(tmp_path, text_tasks, encoding):
    import csv
    import io

    out = io.StringIO()
    csv.writer(out).writerows(_rows())
    path = tmp_path / "分工方案.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    doc = policy_extract.parse(path)
    assert doc.source.format == "csv"
    assert _summary(doc) == text_tasks


def test_hidden_sheets_are_not_read(tmp_path):
    path = tmp_path / "book.xlsx"
    _workbook(path, _rows()[:3])
    book = openpyxl.load_workbook(path)
    hidden = book.create_sheet("草稿")
    hidden.append(["序号", "重点任务", "牵头单位"])
    hidden.append(["1", "不应读出的草稿任务。", "市发改委"])
    hidden.sheet_state = "hidden"
    book.save(path)
    assert all("草稿" not in line.text for line in load(path).lines)


def test_a_renamed_workbook_is_read_for_what_its_bytes_are(tmp_path):
    path = tmp_path / "book.xlsx"
    _workbook(path, _rows()[:3])
    renamed = tmp_path / "分工方案.docx"
    renamed.write_bytes(path.read_bytes())
    doc = policy_extract.parse(renamed)
    assert doc.source.format == "xlsx"
    assert _summary(doc) == _summary(policy_extract.parse(path)) and doc.tasks
    assert any(w.code == "format-by-content" for w in doc.warnings)


def test_a_csv_no_table_reader_can_read_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("序号,重点任务,责任单位\n1," + "很长的内容" * 30000 + ",市发改委\n", encoding="utf-8")  # a field past 128 KB
    with pytest.raises(InputError, match="cannot be read as a table"):
        load(path)
    run = subprocess.run([sys.executable, "-m", "policy_extract", "parse", str(path)], capture_output=True, text=True)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr


@pytest.mark.parametrize("data, says", [
    (b"not a workbook at all", "cannot be read"),
    (b"PK\x03\x04broken zip", "cannot be read"),
    # an old .xls, or an .xlsx saved with a password (both OLE2 containers): said so, not handed to LibreOffice as a Word file
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "save it as .xlsx without a password"),
])
def test_a_broken_workbook_is_one_line_and_exit_2(tmp_path, data, says):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=says):
        load(path)
    run = subprocess.run([sys.executable, "-m", "policy_extract", "parse", str(path)], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
