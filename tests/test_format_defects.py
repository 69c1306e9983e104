"""PDF, DOCX and HTML as offices and browsers really make them give the same tasks, units,
deadlines and meta as the same notice in plain text.

tests/fixtures/defects/ holds small renderings made by scripts/make_defect_fixtures.py
(LibreOffice and Chromium), each beside its text; ../shared/format-defects/ (when it is
beside the checkout) holds one file per known defect, tested the same way."""
from __future__ import annotations

from pathlib import Path

import pytest

import policy_extract
from conftest import run_cli
from policy_extract.load import load

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "defects"
SHARED = ROOT.parent / "shared" / "format-defects"
RENDERED = (".pdf", ".docx", ".html")


def view(doc):
    tasks = [
        (t.number, t.text, [u.name for u in t.lead_units], [u.name for u in t.responsible_units],
         t.deadline and (t.deadline.text, t.deadline.date), t.deadline and t.deadline.ongoing)
        for t in doc.tasks
    ]
    return tasks, doc.meta.model_dump()


def assert_same_as_text(path: Path) -> None:
    tasks, meta = view(policy_extract.parse(path))
    want_tasks, want_meta = view(policy_extract.parse(path.with_suffix(".txt")))
    assert want_tasks or want_meta["title"], "the text notice itself gives something to compare"
    assert len(tasks) == len(want_tasks)
    for got, want in zip(tasks, want_tasks):
        assert got == want
    assert meta == want_meta


# --------------------------------------------------------------------------- committed fixtures
@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir() if p.suffix in RENDERED))
def test_fixture_reads_like_its_text(name):
    assert_same_as_text(FIXTURES / name)


def test_office_table_pdf_rows_cut_by_page_breaks_are_one_row():
    doc = load(FIXTURES / "office-table.pdf")
    rows = [ln.text.split("\t") for ln in doc.lines if ln.table is not None and not ln.text.startswith("序号")]
    assert len({ln.page for ln in doc.lines if ln.table is not None}) >= 3  # the table runs over pages
    assert len({ln.table for ln in doc.lines if ln.table is not None}) == 1
    measures = [r[2] for r in rows if r[2]]
    assert [m.split(")")[0] + ")" for m in measures] == [f"({n})" for n in range(1, 9)]  # no stray part-rows
    first = rows[0]
    assert first[3] == "市行政审批局 市司法局"  # two names one under the other in a narrow column
    assert first[5] == "2023年9月底"  # no space between the digits and 年
    # the merged group cell applies to every row it spans, across the page breaks
    assert [r[0] for r in rows[:4]] == ["(一) 深化审批制度改革。"] * 4


def test_office_table_pdf_keeps_the_banner_and_drops_the_running_header():
    texts = [ln.text for ln in load(FIXTURES / "office-table.pdf").lines]
    assert texts[0] == "西安市人民政府办公厅"  # the red banner in large type on page 1
    assert texts.count("西安市人民政府办公厅") == 2  # banner and signature; not the small header of later pages
    assert texts[1] == "市政办函〔2023〕12号"


def test_office_text_pdf_title_paragraphs_and_box():
    texts = [ln.text for ln in load(FIXTURES / "office-text.pdf").lines]
    assert "西安市人民政府办公厅关于印发2023年政务服务工作要点的通知" in texts  # the centred title joined
    assert "各区、县人民政府，市人民政府各工作部门、各直属机构：" in texts  # and kept apart from the next line
    assert "1.全市政务服务事项网上可办率达到98%以上，力争更好结果。" in texts  # one-line paragraphs stay apart
    assert "牵头单位：市行政审批局。" in texts
    assert "| 专栏1 政务服务标准化建设 |" in texts  # the box is a box, not part of task 4


def test_docx_one_cell_box_is_set_apart():
    lines = load(FIXTURES / "office-text.docx").lines
    box = [ln for ln in lines if ln.text.startswith("| 专栏1")]
    assert len(box) == 1 and box[0].table is not None


@pytest.mark.parametrize("name", ["browser.html", "browser.docx"])
def test_table_split_into_one_table_per_page_is_one_table(name):
    lines = load(FIXTURES / name).lines
    rows = [ln for ln in lines if ln.table is not None]
    assert sum(ln.text.startswith("序号") for ln in rows) == 2  # the header repeated by the second table
    assert len({ln.table for ln in rows}) == 1


def test_browser_pdf_header_footer_removed_and_no_warnings():
    result = run_cli("parse", str(FIXTURES / "browser.pdf"), "--format", "json", cwd=ROOT)
    assert result.returncode == 0 and result.stderr == ""
    texts = [ln.text for ln in load(FIXTURES / "browser.pdf").lines]
    assert not any(t.startswith("file://") or t.endswith(".html") or " AM" in t or " PM" in t for t in texts)
    assert not any("1/2" in t or "2/2" in t for t in texts)


def test_two_column_pdf_read_column_by_column():
    texts = [ln.text for ln in load(FIXTURES / "office-twocol.pdf").lines]
    assert "1.努力实现地区生产总值增长6%左右，在实际工作中力争更好结果。" in texts
    assert texts.index("牵头单位：区财政局") > texts.index("牵头单位：区商务局")


# --------------------------------------------------------------------------- ../shared/format-defects
SHARED_FILES = sorted(p.name for p in SHARED.glob("m*") if p.suffix in RENDERED) if SHARED.exists() else []
HANGING_PERIOD = "m3_hanging_period.pdf"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/format-defects is not beside the checkout")
@pytest.mark.parametrize("name", [n for n in SHARED_FILES if n != HANGING_PERIOD])
def test_shared_format_defect_reads_like_its_text(name):
    assert_same_as_text(SHARED / name)


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/format-defects is not beside the checkout")
def test_hanging_period_is_missing_from_the_pdf_itself():
    """LibreOffice does not draw a 。 that hangs in the right margin: the PDF lacks the
    character, so task 28 reads 诉求2023年 where the text has 诉求。2023年. All else matches."""
    path = SHARED / HANGING_PERIOD
    tasks, meta = view(policy_extract.parse(path))
    want_tasks, want_meta = view(policy_extract.parse(path.with_suffix(".txt")))
    assert meta == want_meta and len(tasks) == len(want_tasks) == 2
    assert "诉求。2023年" in want_tasks[0][1] and "诉求2023年" in tasks[0][1]
    assert tasks[0][1] == want_tasks[0][1].replace("诉求。2023年", "诉求2023年", 1)  # no stray spaces either
    assert tasks[0][2:] == want_tasks[0][2:] and tasks[1] == want_tasks[1]


@pytest.mark.skipif(not (SHARED / "m10_chromium_radicals.pdf").exists(), reason="../shared/format-defects is not beside the checkout")
def test_browser_pdf_gives_no_font_warnings():
    result = run_cli("parse", str(SHARED / "m10_chromium_radicals.pdf"), "--format", "json", cwd=ROOT)
    assert result.returncode == 0 and result.stderr == ""
