"""The PDF loader's layout rules on glyphs and rulings built in code (no PDF needed)."""
from __future__ import annotations

import pdfplumber  # noqa: F401  (the PDF extra is installed wherever these run)

from policy_extract.grammar_meta import browser_header
from policy_extract.load.base import continues_table, looks_like_header
from policy_extract.load.pdf import (
    _BROWSER_FOOTER,
    _Char,
    _closing_edges,
    _column_split,
    _compose,
    _grid_tables,
    _Line,
    _margins,
    _real_char,
    _split_stacked,
    _unit_break,
)


def chars(text: str, x: float = 100.0, top: float = 100.0, size: float = 16.0, gaps: str = "") -> list[_Char]:
    """Glyphs of one line; a space in `text` is a gap pdfium filled with a generated space
    unless `gaps` says "real"."""
    out = []
    for ch in text:
        w = size if ord(ch) > 0x2E7F else size / 2
        out.append(_Char(ch, x, x + w, top, top + size, generated=ch == " " and gaps != "real"))
        x += w + (0 if ch != " " else 0)
    return out


def test_gaps_read_as_spaces_go_between_cjk_and_digits():
    assert _Line(chars("2023 年 ， 加 强 “ 12345” 热 线 与 110 热 线")).text == "2023年，加强“12345”热线与110热线"
    assert _Line(chars("8 月底前完成")).text == "8月底前完成"
    assert _Line(chars("Windows 10 系统")).text == "Windows 10系统"  # a space between Latin words stays
    assert _Line(chars("田博 电话", gaps="real")).text == "田博 电话"  # a space the PDF holds stays
    assert _Line(chars("网办, 推出清单")).text == "网办, 推出清单"  # typed after a Latin comma


def test_radical_code_points_read_as_characters():
    assert "".join(map(_real_char, "为⺠办实事⼯程⻝堂⻔户⽉底⾏政")) == "为民办实事工程食堂门户月底行政"
    assert _real_char("Ⅰ") == "Ⅰ" and _real_char("民") == "民"  # NFKC is not applied to everything


def test_unit_names_one_under_the_other():
    assert _unit_break("市行政审批局", "市司法局")
    assert _unit_break("市行政审批局(市审改办)", "市政府办公厅")
    assert not _unit_break("市级相关单位，各区县政府、西咸新", "区管委会")  # one name wrapped
    assert not _unit_break("西安市人民政府", "办公厅")
    assert not _unit_break("各区", "县政府")
    assert not _unit_break("由市公安局", "市场监管局负责督导。")  # prose, not a list of names
    # a column one character wide: every character ends a line
    assert _compose(list("市行政审批局市司法局"), [False] + [True] * 9) == "市行政审批局 市司法局"
    assert _compose(["市级相关单位，各", "区县政府、西咸新", "区管委会"], [False, True, True]) == "市级相关单位，各区县政府、西咸新区管委会"
    assert _compose(["市行政审批局", "市司法局"], [False, False]) == "市行政审批局 市司法局"  # a typed line break


def test_row_cut_by_a_page_break_without_a_rule_is_closed():
    # a header row ruled all round, then the column rules of a cut row running to the page's end
    xs = [50.0, 150.0, 300.0]
    hs = [(100.0, 50.0, 300.0), (120.0, 50.0, 300.0)]
    vs = [(x, 100.0, 700.0) for x in xs]
    assert _closing_edges(hs, vs) == [(700.0, 50.0, 300.0)]
    (grid,) = _grid_tables(hs, vs)
    assert (50.0, 120.0, 150.0, 700.0) in grid.cells
    # nothing dangles in a closed grid
    assert _closing_edges(hs + [(700.0, 50.0, 300.0)], vs) == []


def test_two_tables_printed_one_under_the_other_are_two_tables():
    top = [(x0, 100.0, x1, 150.0) for x0, x1 in ((50, 100), (100, 200), (200, 300))]
    bottom = [(x0, 150.0, x1, 200.0) for x0, x1 in ((50, 80), (80, 250), (250, 300))]
    assert len(_split_stacked(top + bottom)) == 2
    merged = [(50, 150.0, 300, 200.0)]  # a row spanning every column: one table
    assert _split_stacked(top + merged) == [top + merged]


def test_left_margin_is_where_wrapped_lines_start():
    def line(x0, x1):
        return _Line(chars("字" * int((x1 - x0) // 16), x=x0))

    # most paragraphs one line long, set with a first-line indent of two characters
    lines = [line(112, 520), line(80, 300), line(112, 350), line(112, 300), line(112, 420), line(80, 200), line(112, 250)]
    left, right = _margins(lines)
    assert left == 80


def test_two_column_page_found_by_its_gutter():
    glyphs = []
    for row in range(12):
        glyphs += chars("左" * 12, x=80, top=100 + 28 * row)
        glyphs += chars("右" * 12, x=320, top=100 + 28 * row)
    assert 272 < _column_split(glyphs, 595.0) < 320
    one_column = [g for row in range(12) for g in chars("字" * 27, x=80, top=100 + 28 * row)]
    assert _column_split(one_column, 595.0) is None


def test_browser_header_and_footer_lines():
    assert browser_header().match("11/29/26, 6:47 AM教育体育局2020年为民办实事")
    assert browser_header().match("2026/11/29 下午6:47 通知")
    assert _BROWSER_FOOTER.search("http://hm.nantong.gov.cn/hmsjyj/content/d5e989c6.html1/1")
    assert _BROWSER_FOOTER.search("file:///tmp/notice.html 2/25")
    assert not browser_header().match("2023年3月8日")
    assert not _BROWSER_FOOTER.search("3/12")


def test_table_split_per_page_continues():
    header = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
    first = [header, ["1", "a", "b", "c", "d"]]
    assert looks_like_header(header)
    assert continues_table(first, [header, ["2", "e", "f", "g", "h"]])  # header repeated
    assert continues_table(first, [["2", "e", "f", "g", "h"]])  # no header of its own
    assert not continues_table(first, [["类别", "项目", "金额", "牵头单位", "时间"], ["x", "y", "z", "w", "v"]])
    assert not continues_table(first, [["2", "e", "f"]])  # another width


def test_box_is_a_frame_round_whole_lines():
    from policy_extract.load.pdf import _box

    inside = chars("专栏1政务服务", x=244, top=300) + chars("开展责任清单梳理编制。", x=110, top=330)
    outside = chars("4.依法取消承接下放行政权力事项。", x=100, top=200)
    box, rest = _box((100.0, 290.0, 500.0, 360.0), inside + outside, 842.0)
    assert box is not None and box.paragraphs == ["专栏1政务服务", "开展责任清单梳理编制。"]
    assert rest == outside
    line = chars("推进政务服务标准化", x=100, top=400)  # a frame round two characters of a line
    box, rest = _box((130.0, 398.0, 166.0, 418.0), line, 842.0)
    assert box is None and rest == line


def test_wide_gap_between_cjk_in_a_solid_line_is_a_typed_space():
    # a browser draws the space of "市委编办 市司法局" as a gap, with no glyph
    line = [_Char("办", 404.9, 414.4, 516.2, 529.2), _Char(" ", 414.4, 414.4, 516.2, 529.2, generated=True),
            _Char("市", 417.1, 426.0, 516.2, 529.2)]
    assert _Line(line).text == "办 市"
    # the narrow gaps office suites leave between CJK and digits are not
    assert _Line(chars("2023 年")).text == "2023年"


def test_row_cut_by_a_page_break_joins_the_row_above():
    from policy_extract.load.pdf import _continue_row, _key_columns, _Table, _TableRow

    def table(*rows):
        return _Table([_TableRow(list(r), 4, [None] * 4, []) for r in rows], 4, 0.0)

    header = ("序号", "落实措施", "牵头单位", "完成时限")
    above = table(header, ("(一) 深化改革。", "(1) 编制清单。", "市行政审批局", "2023年9月底"),
                  ("(一) 深化改革。", "(2) 清理整治变相", "市市场监管局", "2023年"))
    keys = _key_columns(above.rows[1:], 4)
    assert keys == [0, 1]
    below = table(header, ("", "许可。", "市司法局", "12月底"), ("", "(3) 推进通办。", "市大数据局", "2023年12月底"))
    _continue_row(above, above.rows[-1], below, 1, keys)
    assert above.rows[-1].cells == ["(一) 深化改革。", "(2) 清理整治变相许可。", "市市场监管局 市司法局", "2023年12月底"]
    assert [r.cells[1] for r in below.rows] == ["落实措施", "(3) 推进通办。"]  # the cut part is gone
    # a heading row right after the break opens a new group: nothing flows into it
    heading = table(header, ("二、优化服务", "", "", ""))
    _continue_row(above, above.rows[-1], heading, 1, keys)
    assert heading.rows[1].cells == ["二、优化服务", "", "", ""]


def test_a_last_page_of_two_lines_is_no_running_header():
    """A page of two lines is its own top and bottom edge: its lines are counted once, not as
    lines repeated at the edge of two pages (realworld h07 printed to PDF by LibreOffice, A4:
    page 2 holds only '牵头责任单位:省财政厅。' and '协同责任单位:…等。', and they were dropped)."""
    from policy_extract.load.pdf.furniture import strip_furniture
    from policy_extract.load.pdf.items import Page

    body = [_Line(chars(f"{n}﹒全省生产总值增长7%以上。", top=100.0 + 30 * n, size=12)) for n in range(1, 20)]
    last = [_Line(chars("牵头责任单位:省财政厅。", top=60, size=12)), _Line(chars("协同责任单位:省发展改革委等。", top=80, size=12))]
    pages = [Page(1, 595, 842, list(body)), Page(2, 595, 842, list(last))]
    strip_furniture(pages)
    assert [ln.text for ln in pages[1].items] == ["牵头责任单位:省财政厅。", "协同责任单位:省发展改革委等。"]
    # a running header still goes: the same line at the top of both pages
    head = lambda: _Line(chars("某某市人民政府办公厅", top=30, size=12))  # noqa: E731
    pages = [Page(1, 595, 842, [head()] + list(body)), Page(2, 595, 842, [head()] + list(last))]
    strip_furniture(pages)
    assert [ln.text for ln in pages[1].items] == ["牵头责任单位:省财政厅。", "协同责任单位:省发展改革委等。"]
    assert pages[0].items[0].text != "某某市人民政府办公厅"


def test_a_line_cut_short_before_what_could_not_be_cut_goes_on():
    """A page printed with a ragged right edge: "…的通知冀科农" stops four characters short because "〔2017〕3号" could not be cut,
    and the full-width bracket opening the next line stands in the right half of its em (corpus 0799 printed to PDF: the doc
    number and the recipients had been a paragraph of their own, read as a centred line)."""
    from policy_extract.load.pdf.items import Page
    from policy_extract.load.pdf.text import lines_from_pages

    size, left = 12.0, 57.0
    full = "为贯彻落实《中共中央、国务院关于深入推进农业供给侧结构性改革的若干意见》精神，结合。"  # 42 characters: the right edge
    first = "北省科学技术厅关于印发《河北省农业科技小巨人企业培育工作指引》的通知冀科农"  # a paragraph's first line, indented two characters
    after = [_Line(chars(full[2:], x=left + 2 * size, top=160, size=size)), _Line(chars(full, x=left, top=175, size=size)),
             _Line(chars(full, x=left, top=190, size=size))]
    second = chars("〔2017〕3号各市（含定州、辛集市）科技局：为贯彻落实精神。", x=left + 0.7 * size, top=130, size=size)
    texts = [ln.text for ln in lines_from_pages([Page(1, 595, 842, [_Line(chars(first, x=left + 2 * size, top=115, size=size)), _Line(second)] + after)])]
    assert texts[0] == first + "〔2017〕3号各市（含定州、辛集市）科技局：为贯彻落实精神。"
    # a line that stops with a sentence, or before a character that could have gone up, is a paragraph's end
    for cut in (first[:-3] + "。", first[:-6] + "冀科农"):
        ended = [_Line(chars(cut, x=left + 2 * size, top=115, size=size)), _Line(chars("〔2017〕3号各市科技局：", x=left + 0.7 * size, top=130, size=size))]
        assert len(lines_from_pages([Page(1, 595, 842, ended + after)])) == 3
