"""Make tests/fixtures/defects/: small notices as offices and browsers really publish them,
each beside the same notice as plain text (`NAME.txt`). The loader must read every
rendering like its text (tests/test_format_defects.py).

    python scripts/make_defect_fixtures.py

Needs, for this script only: python-docx, LibreOffice (`soffice`: DOCX -> PDF, HTML ->
DOCX) and Chromium (`chromium-headless-shell` or `chromium`: HTML -> PDF with the
browser's header and footer). Tests read the committed files and need none of them.

What each file shows:
- office-table.docx/.pdf: a red issuer banner on page 1 and the issuer as a small running
  header on later pages; a landscape task table over several pages, header repeated, a row
  cut by a page break, a group cell merged over the break, two unit names one under the
  other in a narrow centred column; digits next to CJK (LibreOffice spaces them).
- office-text.docx/.pdf: a centred two-line title over a flush-left addressee line;
  paragraphs of one line each with a first-line indent; a one-cell box (专栏) after a task.
- office-twocol.pdf: the notice's body set in two columns.
- browser.html/.pdf/.docx: a web page printed by Chromium with its header and footer lines,
  its task table split into one <table> per chunk with the header repeated, a row cut by
  the page break with no rule drawn; the page as LibreOffice saves it to DOCX.
"""
from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "defects"

ISSUER = "西安市人民政府办公厅"
LONG = ("持续优化审批流程，压减审批环节和申请材料，推行容缺受理、告知承诺、并联审批，"
        "对符合条件的事项实行即来即办，对复杂事项实行专人帮办代办，全程跟踪服务，"
        "定期通报办理情况，推动审批服务标准化、规范化、便利化，提升企业群众满意度。")
TABLE_HEADER = ["序号", "部署任务", "落实措施", "牵头单位", "责任单位", "完成时限"]
# (group, task, measure, lead lines, responsible, deadline); group/task empty = merged with the row above
TABLE_ROWS = [
    ("(一) 深化审批制度改革。", "1. 全面实施行政许可事项清单管理。",
     "(1) 编制并公布市级行政许可事项清单，8月底前完成。" + LONG, ["市行政审批局", "市司法局"], "市级相关单位，各区县政府", "2023年9月底"),
    ("", "", "(2) 清理整治变相许可，11月底前完成清查。" + LONG, ["市行政审批局"], "市级相关单位", "2023年11月底"),
    ("", "", "(3) 推进政务服务事项全市通办。" + LONG + LONG, ["市行政审批局", "市大数据局"], "各区县政府、西咸新区管委会、各开发区管委会", "2023年12月底"),
    ("", "2. 动态调整行政许可事项清单。", "(4) 建立清单动态管理机制。" + LONG, ["市司法局"], "市级相关单位", "持续推进"),
    ("(二) 优化市场准入环境。", "3. 推进“证照分离”改革全覆盖。", "(5) 跟踪督导“证照分离”改革落实情况。" + LONG + LONG,
     ["市市场监管局", "市行政审批局"], "市商务局、市司法局等市级相关单位", "2023年12月底"),
    ("", "", "(6) 推进商事主体登记确认制改革试点。" + LONG, ["市市场监管局"], "各区县政府", "2023年10月底"),
    ("", "4. 实施企业开办“一件事”改革。", "(7) 实现企业开办全程网办。" + LONG + LONG, ["市市场监管局", "市公安局"], "市税务局、市人社局", "2023年12月底"),
    ("", "", "(8) 推进企业开办标准化。" + LONG, ["市市场监管局"], "各区县政府", "2023年12月底"),
]

TEXT_TITLE = ["西安市人民政府办公厅关于印发2023年", "政务服务工作要点的通知"]
TEXT_RECIPIENTS = "各区、县人民政府，市人民政府各工作部门、各直属机构："
TEXT_ITEMS = [
    "1.全市政务服务事项网上可办率达到98%以上，力争更好结果。",
    "牵头单位：市行政审批局。",
    "2.企业开办时间压缩至1个工作日以内，实现全程网办。",
    "牵头单位：市市场监管局。",
    "3.一般工程建设项目审批时间压缩至60个工作日以内。",
    "牵头单位：市住建局。",
    "4.推进政务服务标准化建设，2023年底前完成事项标准化梳理，编制公布服务指南，实现同一事项无差别受理、同标准办理。",
    "牵头单位：市行政审批局。",
]
BOX = ["专栏1 政务服务标准化建设",
       "开展与权力清单相对应的全市统一责任清单梳理编制，实现责任清单与权力清单两单融合。"
       "权责清单内容及调整即时公布，主动接受社会监督。"]
TEXT_AFTER_BOX = ["5.推进政务服务规范化建设，完善政务服务制度，统一办事指南，规范审批服务行为。", "牵头单位：市行政审批局。"]

TWOCOL_ITEMS = [f"{n}.{text}" for n, text in enumerate([
    "努力实现地区生产总值增长6%左右，在实际工作中力争更好结果。",
    "规模以上工业增加值增长5%左右，推动制造业高质量发展。",
    "固定资产投资增长10%左右，扩大有效投资，加快项目建设。",
    "社会消费品零售总额增长8%左右，促进消费持续恢复。",
    "一般公共预算收入增长6%左右，提高财政收入质量。",
    "居民人均可支配收入增长与经济增长基本同步。",
], 1)]
TWOCOL_UNITS = ["区发改局", "区工信局", "区发改局", "区商务局", "区财政局", "区人社局"]


# --------------------------------------------------------------------------- text
def office_table_text() -> str:
    lines = ["# " + ISSUER, "", "市政办函〔2023〕12号", "",
             "## 西安市人民政府办公厅关于印发2023年深化审批制度改革工作分工方案的通知", "",
             "各区、县人民政府，市人民政府各工作部门、各直属机构：", "",
             "《2023年深化审批制度改革工作分工方案》已经市政府同意，现印发给你们，请认真组织实施。", "",
             ISSUER, "", "2023年3月8日", "", "（此件公开发布）", "",
             "# 2023年深化审批制度改革工作分工方案", "", "\t".join(TABLE_HEADER)]
    for group, task, measure, lead, resp, deadline in TABLE_ROWS:
        lines.append("\t".join([group, task, measure, " ".join(lead), resp, deadline]))
    return "\n".join(lines) + "\n"


def office_text_text() -> str:
    lines = ["# " + ISSUER, "", "## " + "".join(TEXT_TITLE), "", TEXT_RECIPIENTS, "", "一、主要任务", ""]
    lines += [x for item in TEXT_ITEMS for x in (item, "")]
    lines += ["| " + BOX[0] + " |", "| " + BOX[1] + " |", ""]
    lines += [x for item in TEXT_AFTER_BOX for x in (item, "")]
    lines += [ISSUER, "", "2023年3月8日", ""]
    return "\n".join(lines)


def office_twocol_text() -> str:
    lines = ["# 立山区人民政府关于印发2023年重点工作分工方案的通知", "", "各街道办事处，各区直部门：", "", "一、主要预期目标", ""]
    for item, unit in zip(TWOCOL_ITEMS, TWOCOL_UNITS):
        lines += [item, "", "牵头单位：" + unit, ""]
    lines += ["立山区人民政府", "", "2023年3月28日", ""]
    return "\n".join(lines)


BROWSER_ROWS = [
    ("(一) 深化审批制度改革。", "1. 全面实施行政许可事项清单管理。", "(1) 编制并公布市级行政许可事项清单。" + LONG * 2, "市行政审批局 市司法局", "市级相关单位", "2023年9月底"),
    ("", "", "(2) 清理整治变相许可。" + LONG, "市行政审批局", "市级相关单位", "2023年11月底"),
    ("", "2. 动态调整行政许可事项清单。", "(3) 建立清单动态管理机制。" + LONG, "市司法局", "各区县政府", "持续推进"),
    ("(二) 优化市场准入环境。", "3. 推进“证照分离”改革全覆盖。", "(4) 跟踪督导改革落实情况。" + LONG, "市市场监管局", "市商务局", "2023年12月底"),
    ("", "", "(5) 推进商事主体登记确认制改革试点。" + LONG, "市市场监管局", "各区县政府", "2023年10月底"),
]


def browser_text() -> str:
    lines = ["# " + ISSUER, "", "市政办函〔2023〕12号", "", "## 关于印发2023年深化审批制度改革工作分工方案的通知", "",
             "各区、县人民政府，市人民政府各工作部门、各直属机构：", "",
             "现将《2023年深化审批制度改革工作分工方案》印发给你们，请认真组织实施。", "",
             ISSUER, "", "2023年3月8日", "", "\t".join(TABLE_HEADER)]
    for k, row in enumerate(BROWSER_ROWS):
        if k == 3:
            lines += ["", "\t".join(TABLE_HEADER)]
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def browser_html() -> str:
    css = ('body{font-family:"Noto Serif CJK SC",serif;font-size:16px;line-height:1.8;max-width:900px;margin:20px auto}'
           'h1,h2{text-align:center}p{text-indent:2em;margin:.3em 0}.spacer{height:380px}'
           'table{border-collapse:collapse;width:100%;font-size:13px}td{border:1px solid #666;padding:3px 5px}')
    e = html.escape
    out = [f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{ISSUER}</title><style>{css}</style></head><body>',
           f"<h1>{ISSUER}</h1>", "<p>市政办函〔2023〕12号</p>", "<h2>关于印发2023年深化审批制度改革工作分工方案的通知</h2>",
           "<p>各区、县人民政府，市人民政府各工作部门、各直属机构：</p>",
           "<p>现将《2023年深化审批制度改革工作分工方案》印发给你们，请认真组织实施。</p>",
           f"<p>{ISSUER}</p>", "<p>2023年3月8日</p>", '<div class="spacer"></div>']

    def table(rows):
        cells = ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in TABLE_HEADER) + "</tr>"]
        cells += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows]
        return "<table>" + "".join(cells) + "</table>"

    out += [table(BROWSER_ROWS[:3]), table(BROWSER_ROWS[3:]), "</body></html>"]
    return "\n".join(out)


# --------------------------------------------------------------------------- DOCX
def _docx():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    return docx, WD_ORIENT, WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH, OxmlElement, qn, Cm, Pt, RGBColor


def _new_document():
    docx, _, _, _, _, qn, Cm, Pt, _ = _docx()
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.8)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    style = d.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    style.font.size = Pt(16)
    style.paragraph_format.line_spacing = Pt(28)
    style.paragraph_format.space_after = Pt(0)
    return d


def _para(d, text, size=16, align=None, indent=True, color=None, bold=False):
    _, _, _, WD_ALIGN_PARAGRAPH, _, _, _, Pt, RGBColor = _docx()
    p = d.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
    if size > 20:
        p.paragraph_format.line_spacing = Pt(size * 1.6)
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)
    return p


def _borders(table):
    _, _, _, _, OxmlElement, qn, _, _, _ = _docx()
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def _header_block(d, title_lines):
    _para(d, ISSUER, size=34, align="center", color=(0xE0, 0, 0))
    _para(d, "市政办函〔2023〕12号", align="center")
    for line in title_lines:
        _para(d, line, size=22, align="center")


def make_office_table(path: Path) -> None:
    docx, WD_ORIENT, WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH, OxmlElement, qn, Cm, Pt, _ = _docx()
    d = _new_document()
    _header_block(d, ["西安市人民政府办公厅关于印发2023年深化审批制度改革工作分工方案的通知"])
    _para(d, "各区、县人民政府，市人民政府各工作部门、各直属机构：", indent=False)
    _para(d, "《2023年深化审批制度改革工作分工方案》已经市政府同意，现印发给你们，请认真组织实施。")
    _para(d, ISSUER, align="right")
    _para(d, "2023年3月8日", align="right")
    _para(d, "（此件公开发布）")
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.add_run(ISSUER).font.size = Pt(10.5)
    d.sections[0].different_first_page_header_footer = True
    _para(d, "2023年深化审批制度改革工作分工方案", size=22, align="center")
    widths = [Cm(3.2), Cm(4.2), Cm(9.5), Cm(2.0), Cm(3.6), Cm(2.4)]
    table = d.add_table(rows=1 + len(TABLE_ROWS), cols=6)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(table)
    for c, name in enumerate(TABLE_HEADER):
        table.cell(0, c).text = name
    trPr = table.rows[0]._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:tblHeader"))
    for r, (group, task, measure, lead, resp, deadline) in enumerate(TABLE_ROWS, 1):
        for c, value in ((2, measure), (4, resp), (5, deadline)):
            table.cell(r, c).text = value
        lead_cell = table.cell(r, 3)
        lead_cell.text = lead[0]
        for name in lead[1:]:
            lead_cell.add_paragraph(name)
        for p in lead_cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.first_line_indent = None
        if group:
            table.cell(r, 0).text = group
        if task:
            table.cell(r, 1).text = task
    # vertical merges: a group / task cell runs down over the rows that leave it empty
    for c in (0, 1):
        r = 1
        while r <= len(TABLE_ROWS):
            end = r
            while end + 1 <= len(TABLE_ROWS) and not TABLE_ROWS[end][c]:
                end += 1
            if end > r:
                table.cell(r, c).merge(table.cell(end, c))
                table.cell(r, c).text = TABLE_ROWS[r - 1][c]
            r = end + 1
    for row in table.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
            for p in row.cells[c].paragraphs:
                p.paragraph_format.first_line_indent = None
                p.paragraph_format.line_spacing = Pt(16)
                for run in p.runs:
                    run.font.size = Pt(11)
    d.save(path)


def make_office_text(path: Path) -> None:
    _, _, _, _, _, _, Cm, Pt, _ = _docx()
    d = _new_document()
    _para(d, ISSUER, size=34, align="center", color=(0xE0, 0, 0))
    _para(d, "".join(TEXT_TITLE), size=22, align="center")
    _para(d, TEXT_RECIPIENTS, indent=False)
    _para(d, "一、主要任务")
    for item in TEXT_ITEMS:
        _para(d, item)
    box = d.add_table(rows=1, cols=1)
    _borders(box)
    cell = box.cell(0, 0)
    cell.text = BOX[0]
    cell.paragraphs[0].alignment = 1
    cell.add_paragraph(BOX[1])
    for p in cell.paragraphs:
        p.paragraph_format.line_spacing = Pt(20)
        for run in p.runs:
            run.font.size = Pt(12)
    cell.paragraphs[1].paragraph_format.first_line_indent = Pt(24)
    for item in TEXT_AFTER_BOX:
        _para(d, item)
    _para(d, ISSUER, align="right")
    _para(d, "2023年3月8日", align="right")
    d.save(path)


def make_office_twocol(path: Path) -> None:
    _, _, _, _, OxmlElement, qn, _, _, _ = _docx()
    d = _new_document()
    _para(d, "立山区人民政府关于印发2023年重点工作分工方案的通知", size=22, align="center")
    _para(d, "各街道办事处，各区直部门：", indent=False)
    _para(d, "一、主要预期目标")
    for item, unit in zip(TWOCOL_ITEMS, TWOCOL_UNITS):
        _para(d, item)
        _para(d, "牵头单位：" + unit)
    _para(d, "立山区人民政府", align="right")
    _para(d, "2023年3月28日", align="right")
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "425")
    d.sections[0]._sectPr.append(cols)
    d.save(path)


# --------------------------------------------------------------------------- converters
def _soffice(src: Path, fmt: str, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True)
    return outdir / (src.stem + "." + fmt.split(":")[0])


def _chromium(src: Path, dst: Path) -> None:
    exe = shutil.which("chromium-headless-shell") or shutil.which("chromium")
    subprocess.run([exe, "--no-sandbox", "--disable-gpu", f"--print-to-pdf={dst}", src.as_uri()], check=True, capture_output=True)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name, make, text in (("office-table", make_office_table, office_table_text),
                                 ("office-text", make_office_text, office_text_text),
                                 ("office-twocol", make_office_twocol, office_twocol_text)):
            (OUT / f"{name}.txt").write_text(text(), encoding="utf-8")
            docx_path = OUT / f"{name}.docx"
            make(docx_path)
            shutil.copy(_soffice(docx_path, "pdf", tmp), OUT / f"{name}.pdf")
        (OUT / "office-twocol.docx").unlink()  # its DOCX is not a defect: only the PDF is kept
        (OUT / "browser.txt").write_text(browser_text(), encoding="utf-8")
        page = OUT / "browser.html"
        page.write_text(browser_html(), encoding="utf-8")
        _chromium(page, OUT / "browser.pdf")
        shutil.copy(_soffice(page, "docx:MS Word 2007 XML", tmp), OUT / "browser.docx")


if __name__ == "__main__":
    main()
