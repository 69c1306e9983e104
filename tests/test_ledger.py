"""The Excel/CSV ledger: rows equal the JSON for every sample, same input same bytes;
read back with openpyxl as a supervision office prints and sorts it (rows tall enough
for their wrapped text, 序号 a number, title and page numbers on every page, the status
drop-down, the combined ledger's relative paths); filters by unit and due date."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

import policy_extract
from conftest import TABLE, cli_in_process, task_count
from policy_extract.filters import apply_filters
from policy_extract.ledger import CELL_LIMIT, STATUSES, to_xlsx

BASE_COLUMNS = ("序号", "所属部分", "任务内容", "牵头单位", "责任单位", "完成时限", "截止日期", "持续推进", "状态", "进展情况", "备注", "来源")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
def cli(*args):
    return cli_in_process(*args, text=False)


def by_name(rows):
    """Rows of a sheet as dicts by the header's names."""
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:]]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_workbook_rows_match_the_json(sample, tmp_path):
    out = tmp_path / "ledger.xlsx"
    assert cli("parse", str(sample), "--format", "xlsx", "-o", str(out)).returncode == 0
    data = json.loads(cli("parse", str(sample)).stdout)
    book = openpyxl.load_workbook(out)
    sheet = book["任务台账"]
    rows = list(sheet.iter_rows(values_only=True))
    assert [c for c in rows[0] if c not in ("原文编号", "责任领导")] == list(BASE_COLUMNS)
    assert len(rows) - 1 == len(data["tasks"])
    for serial, (row, task) in enumerate(zip(by_name(rows), data["tasks"]), 1):
        assert row["序号"] == serial and isinstance(row["序号"], int)  # a number that sorts
        assert (row.get("原文编号") or str(row["序号"])) == task["number"]
        section = row["所属部分"]
        assert section == " > ".join(task["path"]) or (section is None and not task["path"])
        assert row["任务内容"] == task["text"]
        assert (row["牵头单位"] or "") == "、".join(u["name"] for u in task["lead_units"])
        assert (row["责任单位"] or "") == "、".join(u["name"] for u in task["responsible_units"])
        assert (row.get("责任领导") or "") == "、".join(task["leaders"])
        deadline = task["deadline"] or {}
        assert (row["完成时限"] or "") == (deadline.get("text") or "")
        if deadline.get("date"):
            assert row["截止日期"] == dt.datetime.fromisoformat(deadline["date"])  # a real Excel date
        else:
            assert row["截止日期"] is None
        assert (row["持续推进"] == "是") == bool(deadline.get("ongoing"))
        assert row["状态"] is None and row["进展情况"] is None and row["备注"] is None  # for the office
        assert f"第{task['source']['start_line']}" in row["来源"]
    assert ("原文编号" in rows[0]) == any(t["number"] != str(i) for i, t in enumerate(data["tasks"], 1))
    assert ("责任领导" in rows[0]) == any(t["leaders"] for t in data["tasks"])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref is not None
    info = [r for r in book["文件信息"].iter_rows(values_only=True)]
    assert ("标题", data["meta"]["title"]) in [(a, b) for a, b, *_ in info]


def _column_widths(sheet) -> dict[int, float]:
    widths = {}
    for dim in sheet.column_dimensions.values():
        if dim.width:
            for c in range(dim.min, dim.max + 1):
                widths[c] = dim.width
    return widths


def _lines_at_least(text: str, width: float) -> int:
    """A lower bound of the lines a wrapped cell shows: a line of a column `width` units
    wide (the width of a digit) holds at most `width` digits, or width / 2 Chinese
    characters, whatever the program (each paragraph starts a line)."""
    cells = lambda par: sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in par)  # noqa: E731
    return sum(max(1, -(-cells(par) // int(width))) for par in text.split("\n"))


def assert_rows_fit(sheet, line_points=14.25):
    """Every row is at least as tall as its wrapped text needs at the printed column
    widths (14.25 points a line: Excel's smallest line of 11-point Chinese text), and
    no taller than Excel allows."""
    widths = _column_widths(sheet)
    checked = 0
    for r, row in enumerate(sheet.iter_rows(values_only=True), 1):
        need = max([_lines_at_least(v, widths[c]) for c, v in enumerate(row, 1) if isinstance(v, str)] + [1])
        height = sheet.row_dimensions[r].height or sheet.sheet_format.defaultRowHeight
        assert height >= need * line_points, f"row {r}: {height} pt for {need} lines"
        assert height <= 409
        checked += need > 10
    return checked


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_rows_fit_their_wrapped_text_when_printed(sample):
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx([policy_extract.parse(sample)])))
    assert_rows_fit(book["任务台账"])
    assert_rows_fit(book["文件信息"])


def test_long_tasks_are_not_capped_at_ten_lines():
    sample = ROOT / "samples" / "xian-2023-gov-services-standardization.txt"
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx([policy_extract.parse(sample)])))
    assert assert_rows_fit(book["任务台账"]) >= 1  # rows of more than ten lines exist and fit


def test_print_setup_title_footer_and_status_drop_down():
    sample = ROOT / "samples" / "xian-2023-gov-services-standardization.txt"
    doc = policy_extract.parse(sample)
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx([doc])))
    sheet = book["任务台账"]
    assert sheet.print_title_rows == "$1:$1"  # the header row on every page
    assert sheet.oddHeader.center.text == doc.meta.title
    assert sheet.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0  # one page wide
    header = [c.value for c in sheet[1]]
    status = get_column_letter(header.index("状态") + 1)
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list" and validation.formula1 == '"' + ",".join(STATUSES) + '"'
    assert str(validation.sqref) == f"{status}2:{status}{len(doc.tasks) + 1}"
    # a title that starts with a digit stays the title (not read as a font size code &12…)
    hanzhong = policy_extract.parse(ROOT / "samples" / "hanzhong-2024-function-transformation.txt")
    header = openpyxl.load_workbook(io.BytesIO(to_xlsx([hanzhong])))["任务台账"].oddHeader.center
    assert header.text == hanzhong.meta.title and header.size is None


def test_a_task_longer_than_a_row_or_a_cell_goes_on_in_continuation_rows():
    """Synthetic: one task of 40,000 characters (more than Excel's 32,767 a cell and far
    more than the 409 points of a row show) is split, never cut."""
    body = "".join(f"第{i}项措施落实到位，确保取得实效。" for i in range(2500))
    assert len(body) > CELL_LIMIT
    doc = policy_extract.parse(f"某市工作方案\n二、重点任务\n1.{body}（牵头单位：市发展改革委）\n2.做好总结。（牵头单位：市统计局）\n")
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx([doc])))
    sheet = book["任务台账"]
    rows = by_name(list(sheet.iter_rows(values_only=True)))
    first = [r for r in rows if r["序号"] == 1]
    assert len(first) > 2 and all(len(r["任务内容"]) <= CELL_LIMIT for r in first)
    assert all(r["任务内容"].startswith("（续）") for r in first[1:])
    assert first[0]["任务内容"] + "".join(r["任务内容"].removeprefix("（续）") for r in first[1:]) == doc.tasks[0].text
    assert first[0]["牵头单位"] == "市发展改革委" and all(r["牵头单位"] is None for r in first[1:])
    assert [r["序号"] for r in rows[len(first):]] == [2]
    assert_rows_fit(sheet)
    notes = [b for a, b, *_ in book["文件信息"].iter_rows(values_only=True) if a == "分行续写"]
    assert notes and f"分 {len(first)} 行续写" in notes[0]


def test_leaders_get_their_column():
    doc = policy_extract.parse("某市工作方案\n二、重点任务\n1.推进项目建设。（责任领导：张三；牵头单位：市发展改革委）\n")
    assert doc.tasks[0].leaders, "the synthetic note names a leader"
    rows = by_name(list(openpyxl.load_workbook(io.BytesIO(to_xlsx([doc])))["任务台账"].iter_rows(values_only=True)))
    assert rows[0]["责任领导"] == "、".join(doc.tasks[0].leaders)


@pytest.mark.parametrize("fmt,expected", [("txt", "第12行"), ("md", "第12行"), ("pdf", "第3页第12行"), ("docx", "第12段"), ("html", "网页第12行")])
def test_source_says_what_a_reader_can_find(fmt, expected):
    from policy_extract.ledger import source_label
    from policy_extract.models import SourceRef, Task

    page = 3 if fmt == "pdf" else None
    task = Task(id="1", number="1", path=[], text="x", source=SourceRef(start_line=12, end_line=12, page=page, end_page=page))
    assert source_label(task, fmt) == expected
    # a table row: the table and its row where the loader numbers tables, else the line
    table = None if fmt in ("txt", "md") else 2
    row = task.model_copy(update={"source": SourceRef(start_line=12, end_line=12, page=page, end_page=page, table=table, table_row=12)})
    assert ("表格行" if table is None else "第2个表格第12行") in source_label(row, fmt)


def test_same_input_gives_byte_identical_workbook(tmp_path):
    sample = ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt"
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    cli("parse", str(sample), "--format", "xlsx", "-o", str(a))
    cli("parse", str(sample), "--format", "xlsx", "-o", str(b))
    assert a.read_bytes() == b.read_bytes()


def test_csv_has_a_bom_and_the_same_rows():
    sample = ROOT / "samples" / "xian-2023-gov-services-standardization.txt"
    raw = cli("parse", str(sample), "--format", "csv").stdout
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == list(BASE_COLUMNS)
    assert len(rows) == 39
    first = by_name(rows)[0]
    assert first["牵头单位"] == "市行政审批局" and first["截止日期"] == "2023-12-31" and first["序号"] == "1"


def test_xlsx_to_a_terminal_is_refused_but_a_pipe_gets_bytes():
    sample = ROOT / "samples" / "hanzhong-2024-function-transformation.txt"
    result = cli("parse", str(sample), "--format", "xlsx")
    assert result.returncode == 0 and result.stdout.startswith(b"PK")


def test_batch_writes_a_combined_workbook(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for s in SAMPLES[:3]:
        (src / s.name).write_bytes(s.read_bytes())
    out = tmp_path / "out"
    assert cli("batch", str(src), "-o", str(out), "--format", "xlsx", "--workers", "2").returncode == 0
    rows = list(openpyxl.load_workbook(out / "ledger.xlsx")["任务台账"].iter_rows(values_only=True))
    assert rows[0][0] == "文件"
    expected = sum(len(policy_extract.parse(s).tasks) for s in SAMPLES[:3])
    assert len(rows) - 1 == expected
    assert {r[0] for r in rows[1:]} == {s.name for s in SAMPLES[:3]}
    assert [r[1] for r in rows[1:]] == list(range(1, expected + 1))  # 序号 runs through the sheet
    assert (out / (SAMPLES[0].stem + ".xlsx")).exists()


def test_combined_ledger_keeps_the_path_inside_the_batch_folder(tmp_path):
    """Government downloads are mostly named 通知.txt: two of them in different folders
    stay apart in the combined ledger (xlsx and csv)."""
    src = tmp_path / "in"
    for year, sample in (("2023", SAMPLES[0]), ("2024", SAMPLES[1])):
        (src / year).mkdir(parents=True)
        (src / year / "通知.txt").write_bytes(sample.read_bytes())
    for fmt in ("xlsx", "csv"):
        out = tmp_path / f"out-{fmt}"
        assert cli("batch", str(src), "-o", str(out), "--format", fmt, "--workers", "1").returncode == 0
        if fmt == "xlsx":
            rows = list(openpyxl.load_workbook(out / "ledger.xlsx")["任务台账"].iter_rows(values_only=True))
            info = [b for a, b, *_ in openpyxl.load_workbook(out / "ledger.xlsx")["文件信息"].iter_rows(values_only=True) if a == "文件"]
            assert info == ["2023/通知.txt", "2024/通知.txt"]
        else:
            rows = list(csv.reader(io.StringIO((out / "ledger.csv").read_text(encoding="utf-8-sig"))))
        assert rows[0][0] == "文件"
        assert [r[0] for r in rows[1:]] == ["2023/通知.txt"] * len(policy_extract.parse(SAMPLES[0]).tasks) + ["2024/通知.txt"] * len(policy_extract.parse(SAMPLES[1]).tasks)


def test_unit_filter_matches_lead_or_responsible_after_normalization():
    doc = policy_extract.parse(ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt")
    lead = apply_filters(doc, unit="市审改办")  # inside 市行政审批局(市审改办)
    assert [t.number for t in lead.tasks] == ["(8)"]
    takes_part = apply_filters(doc, unit="市 国家安全局")  # wrap space in the query is ignored
    assert [t.number for t in takes_part.tasks] == ["(23)", "(25)", "(26)", "(27)", "(30)"]
    assert len(doc.tasks) == task_count(TABLE), "the document itself is not changed"


def test_due_before_is_inclusive_and_skips_undated():
    doc = policy_extract.parse(ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt")
    due = apply_filters(doc, due_before="2022-08-31")
    assert {t.deadline.date for t in due.tasks} == {"2022-07-31", "2022-08-31"}
    assert all(t.deadline.date for t in due.tasks)


def test_filters_on_the_command_line():
    sample = ROOT / "samples" / "hanzhong-2024-function-transformation.txt"
    data = json.loads(cli("parse", str(sample), "--unit", "市数据局").stdout)
    assert [t["number"] for t in data["tasks"]] == ["9", "10", "11", "13"]
    bad = cli("parse", str(sample), "--due-before", "2023/12/31")
    assert bad.returncode == 2 and bad.stderr.count(b"\n") == 1


def test_unit_filter_matches_whole_names_unless_asked():
    doc = policy_extract.parse(ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt")
    units = lambda d: {u.name for t in d.tasks for u in t.lead_units + t.responsible_units}  # noqa: E731
    assert "市政府办公厅" in units(doc) and "市政府" not in units(doc)
    assert apply_filters(doc, unit="市政府").tasks == []  # not 市政府办公厅
    office = apply_filters(doc, unit="市政府办公厅")
    assert office.tasks and all("市政府办公厅" in units(office.model_copy(update={"tasks": [t]})) for t in office.tasks)
    prefix = apply_filters(doc, unit="市政府", unit_match="prefix")
    assert {t.id for t in office.tasks} <= {t.id for t in prefix.tasks}
    assert all(any(n.startswith("市政府") for n in units(doc.model_copy(update={"tasks": [t]}))) for t in prefix.tasks)
    contains = apply_filters(doc, unit="审改办", unit_match="contains")
    assert [t.number for t in contains.tasks] == ["(8)"]
    assert apply_filters(doc, unit="审改办").tasks == []  # a part of a name is not a name
    result = cli("parse", str(ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt"), "--unit", "市政府", "--unit-match", "prefix")
    assert result.returncode == 0 and len(json.loads(result.stdout)["tasks"]) == len(prefix.tasks)
