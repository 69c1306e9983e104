"""Loader-level tests for PDF and DOCX input (fixtures built by scripts/make_fixtures.py)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import task_count
from policy_extract.errors import InputError
from policy_extract.load import load

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "tests" / "fixtures" / "pdf"
DOCX = ROOT / "tests" / "fixtures" / "docx"
TABLE = "xian-2022-fangguanfu-division-table"
PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\d+页|\d+/\d+|\d+)\s*$")


@pytest.mark.parametrize(
    "path, message",
    [
        (PDF / "broken-scanned.pdf", "OCR"),
        (PDF / "broken-encrypted.pdf", "password-protected"),
        (PDF / "broken-truncated.pdf", "damaged"),
        (DOCX / "broken-renamed-text.docx", "not a Word .docx"),
        (DOCX / "broken-truncated.docx", "damaged"),
    ],
)
def test_broken_inputs_raise_input_error(path, message):
    with pytest.raises(InputError) as info:
        load(path)
    text = str(info.value)
    assert message in text
    assert "\n" not in text and str(path) in text


def test_pdf_not_really_a_pdf(tmp_path):
    fake = tmp_path / "notice.pdf"
    fake.write_text("一、总体要求\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a PDF"):
        load(fake)


def test_docx_automatic_numbering_is_rendered():
    doc = load(DOCX / "numbering-edge.docx")
    expected = (DOCX / "numbering-edge.expected.txt").read_text(encoding="utf-8").split("\n")
    assert [ln.text for ln in doc.lines] == [e for e in expected if e]


def test_docx_auto_numbered_notice_has_numbers_in_text():
    texts = [ln.text for ln in load(DOCX / "hanzhong-2024-function-transformation.docx").lines]
    assert any(t.startswith("1.开展“高效办成一件事”改革") for t in texts)
    assert any(t.startswith("16.加强改革创新示范") for t in texts)  # runs on across 一、二、...
    assert "一、持续深化行政审批制度改革" in texts
    assert "五、聚力推动营商环境优化提升" in texts
    # numbering through a paragraph style (（一） headings) and a list that runs to 38
    texts = [ln.text for ln in load(DOCX / "xian-2023-gov-services-standardization.docx").lines]
    assert "（一）全面推进政务服务标准化" in texts and "（五）聚力推进政务服务协同化" in texts
    assert any(t.startswith("38.加强考核协同") for t in texts)


def test_docx_headers_footers_excluded():
    texts = [ln.text for ln in load(DOCX / "hanzhong-2024-function-transformation.docx").lines]
    assert not any("内部资料" in t for t in texts)
    assert not any(PAGE_NUMBER.match(t) for t in texts)


def _rows(doc):
    return [ln.text.split("\t") for ln in doc.lines if ln.table is not None]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_merged_cells_repeated_in_every_row(fmt):
    doc = load((DOCX if fmt == "docx" else PDF) / f"{TABLE}.{fmt}")
    rows = _rows(doc)
    assert rows and all(len(r) == 7 for r in rows)
    header = rows[0]
    assert header[0] == "序号" and header[2] == "西安市落实措施"
    data = [r for r in rows if r[0] != "序号"]
    by_measure = {re.match(r"\((\d+)\)", r[2]).group(1): r for r in data if re.match(r"\(\d+\)", r[2])}
    assert len(by_measure) == task_count(TABLE)  # one row per measure, one task per row
    # rows (2)-(4) share group (一) and task 1. with (1): vertically merged cells
    for m in ("1", "2", "3", "4"):
        assert by_measure[m][0].startswith("(一) 全面实施行政许可")
        assert by_measure[m][1].startswith("1. 按照国务院要求")
    # measure (29): the intended table, in its own column, under task 13.
    r29 = by_measure["29"]
    assert r29[0].startswith("(五) 探索推进") and r29[1].startswith("13.")
    assert r29[3] == "市资源规划局" and r29[5] == "持续推进"
    # typed line breaks between lead units become one space
    assert by_measure["10"][3].startswith("市市场监管局 市行政审批局 市司法局")
    # gridSpan section rows: the text once, padded to the header's width
    section = [r for r in data if r[0] == "一、全链条优化审批"]
    assert section and section[0][1:] == [""] * 6
    # table/row provenance
    tl = [ln for ln in doc.lines if ln.table is not None]
    assert all(ln.row is not None for ln in tl)


def test_docx_header_row_once():
    rows = _rows(load(DOCX / f"{TABLE}.docx"))
    assert sum(1 for r in rows if r[0] == "序号") == 1


def test_pdf_table_header_repeats_per_page_and_pages_set():
    doc = load(PDF / f"{TABLE}.pdf")
    headers = [ln for ln in doc.lines if ln.text.startswith("序号\t")]
    assert len(headers) > 10
    assert len({ln.page for ln in headers}) == len(headers)
    assert len({ln.table for ln in headers}) == 1  # one table continued over pages


@pytest.mark.parametrize("name", ["hanzhong-2024-function-transformation", "xian-2023-gov-services-standardization",
                                  "xian-2025-admin-efficiency-plan", "yanta-2022-gov-services-plan", TABLE])
def test_pdf_page_numbers_and_running_headers_removed(name):
    doc = load(PDF / f"{name}.pdf")
    texts = [ln.text for ln in doc.lines]
    assert not any(PAGE_NUMBER.match(t) for t in texts), [t for t in texts if PAGE_NUMBER.match(t)]
    assert all(ln.page is not None and ln.page >= 1 for ln in doc.lines)
    assert [ln.order for ln in doc.lines] == list(range(1, len(doc.lines) + 1))  # the running order
    for page in {ln.page for ln in doc.lines}:  # the line on its page: from the top, down the page
        on_page = [ln.line for ln in doc.lines if ln.page == page]
        assert on_page == sorted(on_page) and on_page[0] >= 1, (page, on_page)
    assert max(ln.page for ln in doc.lines) > 1
    if name == "xian-2025-admin-efficiency-plan":
        assert texts.count("西安市人民政府办公厅") == 1  # the signature, not the running header


def test_pdf_wrapped_lines_joined_and_page_break_continued():
    doc = load(PDF / "hanzhong-2024-function-transformation.pdf")
    texts = [ln.text for ln in doc.lines]
    one = next(t for t in texts if t.startswith("1.开展"))
    assert one.endswith("〔市行政审批服务局牵头,市级有关部门和各县(区)政府、各园区按职责分工负责〕")
    # task 13 runs over a page break and is still one line (its unit note is a separate paragraph)
    thirteen = next(ln for ln in doc.lines if ln.text.startswith("13.强化政务服务效能监管"))
    assert "规范12345政务服务热线运行管理" in thirteen.text or any(
        t.startswith("规范12345政务服务热线") for t in texts
    )
    txt = (ROOT / "samples" / "hanzhong-2024-function-transformation.txt").read_text(encoding="utf-8")
    for t in texts:
        if re.match(r"^\d+\.", t):
            assert t in txt or t.split("〔")[0] in txt, t


def test_text_notice_does_not_import_pdf_or_docx_libraries():
    code = "from policy_extract.load import load; load('samples/hanzhong-2024-function-transformation.txt')"
    res = subprocess.run([sys.executable, "-X", "importtime", "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    modules = {line.split("|")[-1].strip() for line in res.stderr.splitlines() if "|" in line}
    for banned in ("pdfplumber", "pypdfium2", "pdfminer", "docx", "lxml"):
        assert not any(m == banned or m.startswith(banned + ".") for m in modules), banned


def test_pdfium_grid_merged_cell_repeated_in_every_row():
    from policy_extract.load.pdf import _Char, _grid_plausible, _grid_tables, _table_rows

    xs, ys = [50.0, 110.0, 250.0, 340.0], [100.0, 118.0, 136.0, 154.0, 172.0]
    # rulings drawn per column piece, as table writers do; column 0 has no separator
    # at ys[2] and ys[3]: its cell in rows 1-3 is one merged cell
    hs = [(y, xs[c], xs[c + 1]) for r, y in enumerate(ys) for c in range(3) if not (c == 0 and r in (2, 3))]
    vs = [(x, ys[0], ys[-1]) for x in xs]
    tables = _grid_tables(hs, vs)
    assert len(tables) == 1
    (table,) = tables
    assert (xs[0], ys[1], xs[1], ys[4]) in table.cells  # the merged cell, whole
    assert len(table.cells) == 3 + 1 + 3 * 2

    def word(text, col, row):
        return [_Char(ch, xs[col] + 3 + 9 * i, xs[col] + 12 + 9 * i, ys[row] + 4, ys[row] + 13) for i, ch in enumerate(text)]

    chars = word("No", 0, 0) + word("Task", 1, 0) + word("Unit", 2, 0) + word("G1", 0, 1)
    for r in (1, 2, 3):
        chars += word(f"t{r}", 1, r) + word(f"u{r}", 2, r)
    outside = _Char("x", 60, 69, 300, 309)
    assert _grid_plausible(tables, chars + [outside])
    rows, rest = _table_rows(table, chars + [outside])
    assert [r.cells for r in rows] == [["No", "Task", "Unit"], ["G1", "t1", "u1"], ["G1", "t2", "u2"], ["G1", "t3", "u3"]]
    assert rest == [outside]
    # a glyph inside the table box but in no cell: the grid is not trusted
    gap = [(y, x0, x1) for y, x0, x1 in hs if not (y == ys[-1] and x0 == xs[2])]
    assert not _grid_plausible(_grid_tables(gap, [(x, ys[0], ys[-2] if x == xs[-1] else ys[-1]) for x in xs]),
                               chars + word("zz", 2, 3))


def test_pdfium_grid_matches_pdfplumber_cells():
    import pdfplumber
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from policy_extract.load.pdf import _grid_tables, _path_edges

    path = PDF / f"{TABLE}.pdf"
    doc = pdfium.PdfDocument(str(path))
    with pdfplumber.open(str(path)) as plumber:
        for index in (0, 1, len(doc) - 1):
            page = doc[index]
            paths = [o for o in page.get_objects(max_depth=2) if o.type == raw.FPDF_PAGEOBJ_PATH]
            ours = _grid_tables(*_path_edges(paths, page.get_size()[1], raw))
            theirs = [t for t in plumber.pages[index].find_tables() if len(t.cells) > 1]
            assert len(ours) == len(theirs) >= 1
            for a, b in zip(ours, theirs):
                assert len(a.cells) == len(b.cells)
                for ca, cb in zip(a.cells, b.cells):
                    assert all(abs(p - q) < 0.01 for p, q in zip(ca, cb)), (index, ca, cb)
    doc.close()


def test_the_sha256_of_a_small_and_a_large_input_is_hashlibs():
    # the interpreter's own SHA-256 below 1.5 MB (no OpenSSL at start-up), hashlib's above: one digest either way
    import hashlib

    from policy_extract.load.base import _OPENSSL_FROM, sha256_of

    for data in (b"", "关于印发方案的通知".encode("utf-8"), bytes(range(256)) * (_OPENSSL_FROM // 256 + 1)):
        assert sha256_of(data) == hashlib.sha256(data).hexdigest()
