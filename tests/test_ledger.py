"""The Excel/CSV ledger: rows equal the JSON for every sample, same input same bytes;
filters by unit and due date."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import policy_extract
from policy_extract.filters import apply_filters
from policy_extract.ledger import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
CLI = [sys.executable, "-m", "policy_extract"]


def cli(*args):
    return subprocess.run(CLI + list(args), capture_output=True)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_workbook_rows_match_the_json(sample, tmp_path):
    out = tmp_path / "ledger.xlsx"
    assert cli("parse", str(sample), "--format", "xlsx", "-o", str(out)).returncode == 0
    data = json.loads(cli("parse", str(sample)).stdout)
    book = openpyxl.load_workbook(out)
    sheet = book["任务台账"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    assert len(rows) - 1 == len(data["tasks"])
    for row, task in zip(rows[1:], data["tasks"]):
        number, section, text, lead, responsible, limit, due, ongoing, source = row
        assert number == task["number"]
        assert section == " > ".join(task["path"]) or (section is None and not task["path"])
        assert text == task["text"]
        assert (lead or "") == "、".join(u["name"] for u in task["lead_units"])
        assert (responsible or "") == "、".join(u["name"] for u in task["responsible_units"])
        deadline = task["deadline"] or {}
        assert (limit or "") == (deadline.get("text") or "")
        if deadline.get("date"):
            assert due == dt.datetime.fromisoformat(deadline["date"])  # a real Excel date
        else:
            assert due is None
        assert (ongoing == "是") == bool(deadline.get("ongoing"))
        assert f"第{task['source']['start_line']}" in source
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref is not None
    info = [r for r in book["文件信息"].iter_rows(values_only=True)]
    assert ("标题", data["meta"]["title"]) in [(a, b) for a, b, *_ in info]


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
    assert rows[0] == list(COLUMNS)
    assert len(rows) == 39
    assert rows[1][3] == "市行政审批局" and rows[1][6] == "2023-12-31"


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
    assert (out / (SAMPLES[0].stem + ".xlsx")).exists()


def test_unit_filter_matches_lead_or_responsible_after_normalization():
    doc = policy_extract.parse(ROOT / "samples" / "xian-2022-fangguanfu-division-table.txt")
    lead = apply_filters(doc, unit="市审改办")  # inside 市行政审批局(市审改办)
    assert [t.number for t in lead.tasks] == ["(8)"]
    takes_part = apply_filters(doc, unit="市 国家安全局")  # wrap space in the query is ignored
    assert [t.number for t in takes_part.tasks] == ["(23)", "(25)", "(26)", "(27)", "(30)"]
    assert len(doc.tasks) == 117, "the document itself is not changed"


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
