"""Provenance that stays true: a PDF task's source line is its printed line on its page
(checked against the page's text as pdfplumber extracts it), a table task's row is the
row of its table, a DOCX task's line is its paragraph, and the ledger's 来源 says so."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

import policy_extract
from policy_extract.load import load

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared" / "format-defects"
TEXT_PDFS = [FIXTURES / "pdf" / f"{n}.pdf" for n in ("hanzhong-2024-function-transformation", "xian-2023-gov-services-standardization",
                                                     "xian-2025-admin-efficiency-plan", "yanta-2022-gov-services-plan")]
TEXT_PDFS += [FIXTURES / "defects" / "office-text.pdf", FIXTURES / "defects" / "office-twocol.pdf"]
TABLE_PDFS = [FIXTURES / "pdf" / "xian-2022-fangguanfu-division-table.pdf", FIXTURES / "defects" / "office-table.pdf",
              FIXTURES / "defects" / "browser.pdf"]
SHARED_PDFS = sorted(SHARED.glob("*.pdf")) if SHARED.is_dir() else []


def _ids(paths, prefix=""):
    return [pytest.param(p, id=prefix + p.name) for p in paths]


def _squeeze(text: str) -> str:
    """Text as compared: NFKC (a browser's radical code points, full-width forms), no spaces."""
    from policy_extract.load.pdf import real_char

    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", "".join(map(real_char, text))))


def _head(task) -> str:
    return _squeeze(task.text)[:4]


def _source_line(loaded, task):
    """The loader's line a task starts on."""
    s = task.source
    if s.table is not None:
        return next(ln for ln in loaded.lines if ln.table == s.table - 1 and ln.row == s.table_row - 1)
    return next(ln for ln in loaded.lines if ln.page == s.page and ln.line == s.start_line and _head(task) in _squeeze(ln.text))


@pytest.mark.parametrize("path", _ids(TEXT_PDFS) + _ids([p for p in SHARED_PDFS if "table" not in p.name and "split_row" not in p.name], "shared-"))
def test_a_pdf_tasks_source_line_is_its_line_on_its_page(path):
    pdfplumber = pytest.importorskip("pdfplumber")
    doc = policy_extract.parse(path)
    loaded = load(path)
    checked = 0
    with pdfplumber.open(path) as pdf:
        for task in doc.tasks:
            s = task.source
            if s.table is not None:
                continue
            page = pdf.pages[s.page - 1]
            box = _source_line(loaded, task).box
            if "twocol" in path.name:  # a two-column page: lines counted in the task's column (its glyphs only)
                right = [ln.box[0] for ln in loaded.lines if ln.page == s.page and ln.box and ln.box[0] > 0.45 * page.width]
                mid = min(right) - 1 if right else page.width / 2
                page = page.within_bbox((0, 0, mid, page.height) if box[0] < mid else (mid, 0, page.width, page.height))
            printed = page.extract_text().split("\n")
            assert s.start_line <= len(printed), (task.id, s)
            assert _head(task) in _squeeze(printed[s.start_line - 1]), (task.id, s.page, s.start_line, printed[s.start_line - 1])
            assert s.end_page >= s.page, (task.id, s)
            if "twocol" not in path.name:  # (a task may go on at the top of the next column)
                assert s.end_page > s.page or s.end_line >= s.start_line, (task.id, s)
            checked += 1
    assert checked >= min(len(doc.tasks), 2)


@pytest.mark.parametrize("path", _ids(TABLE_PDFS) + _ids([p for p in SHARED_PDFS if "table" in p.name or "split_row" in p.name], "shared-"))
def test_a_pdf_table_tasks_row_and_line(path):
    """A table task names its table and row; the row's box on the page holds the task's
    text (as pdfplumber reads the box), and its line is the page's first printed line
    inside the box."""
    pdfplumber = pytest.importorskip("pdfplumber")
    doc = policy_extract.parse(path)
    loaded = load(path)
    rows = [t for t in doc.tasks if t.source.table is not None]
    assert rows, "a table notice gives table tasks"
    with pdfplumber.open(path) as pdf:
        for task in rows:
            s = task.source
            src = _source_line(loaded, task)
            assert (src.page, src.line) == (s.page, s.start_line) and s.columns
            page = pdf.pages[s.page - 1]
            x0, top, x1, bottom = src.box
            inside = page.crop((max(x0, 0), max(top, 0), min(x1, page.width), min(bottom, page.height))).extract_text()
            assert _head(task) in _squeeze(inside) or _head(task) in _squeeze(src.text), (task.id, s)
            above = [ln for ln in page.extract_text_lines() if (ln["top"] + ln["bottom"]) / 2 < top]
            # pdfplumber groups lines by their tops (3 pt), the loader by their middles: on the
            # shared browser- and office-made tables a cell set a little lower counts once more
            slack = 1 if path.parent == SHARED else 0
            assert abs(s.start_line - (len(above) + 1)) <= slack, (task.id, s, len(above))
    tables = {(t.source.table, t.source.table_row) for t in rows}
    assert len(tables) == len(rows), "one table row per task"


def test_pdf_outline_stays_in_reading_order_across_pages():
    doc = policy_extract.parse(TEXT_PDFS[1])
    places = [(n.source.page, n.source.start_line) for n in doc.outline]
    assert places == sorted(places) and len({p for p, _ in places}) > 1


def test_a_docx_tasks_line_is_its_paragraph():
    docx = pytest.importorskip("docx")
    path = FIXTURES / "docx" / "xian-2023-gov-services-standardization.docx"
    doc = policy_extract.parse(path)
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]
    for task in doc.tasks:
        s = task.source
        assert s.page is None and s.table is None
        assert _head(task) in _squeeze(paragraphs[s.start_line - 1]), (task.id, s.start_line, paragraphs[s.start_line - 1])
    assert doc.tasks[-1].source.start_line > 40  # paragraphs of the whole body, not a running count of something else


def test_docx_table_tasks_give_table_and_row():
    docx = pytest.importorskip("docx")
    path = FIXTURES / "docx" / "xian-2022-fangguanfu-division-table.docx"
    doc = policy_extract.parse(path)
    tables = docx.Document(str(path)).tables
    for task in doc.tasks[:20] + doc.tasks[-5:]:
        s = task.source
        assert s.table is not None and s.table_row is not None and s.columns
        row = tables[s.table - 1].rows[s.table_row - 1]
        assert _head(task) in _squeeze("".join(c.text for c in row.cells)), (task.id, s)


def test_html_lines_are_the_lines_of_the_file():
    path = FIXTURES / "defects" / "browser.html"
    file_lines = path.read_text(encoding="utf-8").split("\n")
    loaded = load(path)
    assert [ln.order for ln in loaded.lines] == list(range(1, len(loaded.lines) + 1))
    for ln in loaded.lines:
        if ln.table is None:
            assert _squeeze(ln.text)[:4] in _squeeze(re.sub(r"<[^>]*>", "", file_lines[ln.line - 1])), ln
    rows = [ln for ln in loaded.lines if ln.table is not None]
    assert [ln.row for ln in rows if ln.table == rows[0].table][:3] == [0, 1, 2]


@pytest.mark.parametrize("source,fmt,expected", [
    ({"start_line": 12, "end_line": 12, "page": 4, "end_page": 4}, "pdf", "第4页第12行"),
    ({"start_line": 12, "end_line": 15, "page": 4, "end_page": 4}, "pdf", "第4页第12–15行"),
    ({"start_line": 30, "end_line": 2, "page": 4, "end_page": 5}, "pdf", "第4页第30行至第5页第2行"),
    ({"start_line": 3, "end_line": 3, "page": 6, "end_page": 6, "table": 2, "table_row": 7}, "pdf", "第2个表格第7行（第6页第3行）"),
    ({"start_line": 19, "end_line": 19}, "docx", "第19段"),
    ({"start_line": 19, "end_line": 21}, "docx", "第19–21段"),
    ({"start_line": 7, "end_line": 7, "table": 2, "table_row": 7}, "docx", "第2个表格第7行"),
    ({"start_line": 12, "end_line": 12}, "txt", "第12行"),
    ({"start_line": 12, "end_line": 12, "table_row": 12}, "md", "第12行（表格行）"),
    ({"start_line": 10, "end_line": 10, "table": 1, "table_row": 3}, "html", "第1个表格第3行（网页第10行）"),
    ({"start_line": 10, "end_line": 11}, "html", "网页第10–11行"),
])
def test_ledger_source_says_what_a_reader_can_find(source, fmt, expected):
    from policy_extract.ledger import source_label
    from policy_extract.models import SourceRef, Task

    task = Task(id="1", number="1", path=[], text="x", source=SourceRef(**source))
    assert source_label(task, fmt) == expected


def test_ledger_source_of_a_pdf_notice():
    from policy_extract.ledger import source_label

    doc = policy_extract.parse(TABLE_PDFS[0])
    first = doc.tasks[0]
    assert source_label(first, "pdf") == f"第1个表格第{first.source.table_row}行（第{first.source.page}页第{first.source.start_line}行）"
    text = policy_extract.parse(TEXT_PDFS[0]).tasks[0]
    assert source_label(text, "pdf") == f"第{text.source.page}页第{text.source.start_line}行"
