"""Render samples/*.txt into the PDF and DOCX files offices actually publish.

Writes tests/fixtures/pdf/*.pdf and tests/fixtures/docx/*.docx. Needs, for this
script only: reportlab (PDF, built-in CID font STSong-Light), pypdf (encrypted
PDF), python-docx, pillow (scanned-like PDF). Tests read the committed files and
need none of the generation-only packages.

    python scripts/make_fixtures.py
"""
from __future__ import annotations

import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PDF_DIR = ROOT / "tests" / "fixtures" / "pdf"
DOCX_DIR = ROOT / "tests" / "fixtures" / "docx"
TABLE_SAMPLE = "xian-2022-fangguanfu-division-table"

# page-number footer style per notice, as different offices print them
FOOTERS = {
    "hanzhong-2024-function-transformation": "— {n} —",
    "xian-2023-gov-services-standardization": "- {n} -",
    "xian-2025-admin-efficiency-plan": "第{n}页",
    "yanta-2022-gov-services-plan": "{n}/{total}",
    TABLE_SAMPLE: "-{n}-",
}
# a running header on every page but the first (removed by the loader)
RUNNING_HEADERS = {
    "xian-2025-admin-efficiency-plan": "西安市人民政府办公厅",
    "yanta-2022-gov-services-plan": "西安市雁塔区“十四五”政务服务体系发展规划",
}

_TAG = re.compile(r"</?b>")
_HEADING = re.compile(r"^(#+)\s*")


# --------------------------------------------------------------------------- text model
def read_sample(name: str) -> list[str]:
    return (SAMPLES / f"{name}.txt").read_text(encoding="utf-8").split("\n")


def body_blocks(lines: list[str]) -> list[tuple[str, str]]:
    """(kind, text) for each printed non-empty line: kind is title | right | para | rule."""
    out = []
    for raw in lines:
        if not raw.strip():
            continue
        text = _TAG.sub("", raw).strip()
        if text == "---":
            continue
        m = _HEADING.match(text)
        if m:
            level = len(m.group(1))
            text = text[m.end():].strip()
            out.append(("title" if level <= 2 else "para", text))
            continue
        if raw.startswith("    ") and len(text) < 30:
            out.append(("right", text))
        else:
            out.append(("para", text))
    return out


def table_model(lines: list[str]):
    """Split the division-table sample into (before, header, blocks, after).

    blocks are the printed pages of the table (the gazette text repeats the
    header at each page top), each a list of 7-cell rows of the INTENDED table:
    measure (29), which lost a cell in the gazette text, is put back in its
    column; an empty group/task cell means 'merged with the row above'."""
    before, blocks, after = [], [], []
    header = None
    state = "before"
    for raw in lines:
        cells = raw.split("\t")
        if len(cells) >= 6:
            cells = [_TAG.sub("", c).strip() for c in cells] + [""] * (7 - len(cells))
            cells = cells[:7]
            state = "table"
            if cells[0] == "序号":
                header = header or cells
                blocks.append([])
                continue
            if re.match(r"^\(\d+\)", cells[0]) and not cells[1]:  # the row that lost a cell
                cells = ["", "", cells[0], cells[2], cells[3], cells[4], ""]
            blocks[-1].append(cells)
        elif state == "before":
            before.append(raw)
        elif raw.strip():
            state = "after"
            after.append(raw)
    return before, header, [b for b in blocks if b], after


def is_section_row(cells: list[str]) -> bool:
    return bool(cells[0]) and not any(cells[1:])


def spans(rows: list[list[str]], col: int) -> list[tuple[int, int]]:
    """Runs [start, end] where col is empty below a filled cell (merged with above)."""
    out = []
    start = None
    for i, cells in enumerate(rows):
        if is_section_row(cells):
            if start is not None and i - 1 > start:
                out.append((start, i - 1))
            start = None
            continue
        if cells[col]:
            if start is not None and i - 1 > start:
                out.append((start, i - 1))
            start = i
        elif start is None:
            continue
    if start is not None and len(rows) - 1 > start:
        out.append((start, len(rows) - 1))
    return out


# --------------------------------------------------------------------------- PDF
def _pdf_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _styles(size: float):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = dict(fontName="STSong-Light", fontSize=size, leading=size * 1.6, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", **{**base, "fontSize": size + 4, "leading": (size + 4) * 1.5}, alignment=TA_CENTER, spaceAfter=size),
        "para": ParagraphStyle("para", **base, firstLineIndent=2 * size, alignment=TA_JUSTIFY),
        "right": ParagraphStyle("right", **base, alignment=TA_RIGHT, rightIndent=2 * size),
        "cell": ParagraphStyle("cell", fontName="STSong-Light", fontSize=8, leading=10, wordWrap="CJK"),
        "cellc": ParagraphStyle("cellc", fontName="STSong-Light", fontSize=8, leading=10, wordWrap="CJK", alignment=TA_CENTER),
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _on_page(name: str, pagesize, total_ref: dict):
    footer = FOOTERS[name]
    header = RUNNING_HEADERS.get(name)

    def draw(canvas, doc):
        n = canvas.getPageNumber()
        w, h = pagesize
        canvas.saveState()
        canvas.setFont("STSong-Light", 12)
        canvas.drawCentredString(w / 2, 40, footer.format(n=n, total=total_ref.get("total", "?")))
        if header and n > 1:
            canvas.setFont("STSong-Light", 9)
            canvas.drawCentredString(w / 2, h - 40, header)
            canvas.line(60, h - 45, w - 60, h - 45)
        canvas.restoreState()

    return draw


def _build_pdf(path: Path, name: str, story_fn, pagesize, top=80, bottom=75):
    from reportlab.platypus import SimpleDocTemplate

    total = {}
    for _ in range(2):  # second pass knows the page total for "n/total" footers
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=72, rightMargin=68, topMargin=top, bottomMargin=bottom,
                                title=name, author="policy-extract fixtures")
        cb = _on_page(name, pagesize, total)
        doc.build(story_fn(), onFirstPage=cb, onLaterPages=cb)
        total["total"] = doc.page
    path.write_bytes(buf.getvalue())


def make_text_pdf(name: str, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph

    st = _styles(13)
    blocks = body_blocks(read_sample(name))

    def story():
        return [Paragraph(_esc(t), st[k]) for k, t in blocks]

    _build_pdf(path, name, story, A4)


def make_table_pdf(name: str, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, PageBreak, Paragraph, Spacer, TableStyle

    st = _styles(12)
    before, header, blocks, after = table_model(read_sample(name))
    widths = [88, 140, 215, 75, 100, 55, 27]

    def story():
        out = [Paragraph(_esc(t), st[k]) for k, t in body_blocks(before)]
        out.append(Spacer(1, 6))
        for k, rows in enumerate(blocks):
            data = [[Paragraph(_esc(c), st["cellc"]) for c in header]]
            style = [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
            for i, cells in enumerate(rows, 1):
                if is_section_row(cells):
                    data.append([Paragraph("<b>%s</b>" % _esc(cells[0]), st["cell"])] + [""] * 6)
                    style.append(("SPAN", (0, i), (-1, i)))
                else:
                    # lead units typed one per line in the cell, as offices do
                    data.append([Paragraph("<br/>".join(_esc(x) for x in c.split()) if j == 3 else _esc(c), st["cell"]) if c else ""
                                 for j, c in enumerate(cells)])
            for col in (0, 1):
                for a, b in spans(rows, col):
                    style.append(("SPAN", (col, a + 1), (col, b + 1)))
            out.append(LongTable(data, colWidths=widths, repeatRows=1, style=TableStyle(style)))
            if k < len(blocks) - 1:
                out.append(PageBreak())
        out.append(Spacer(1, 10))
        out += [Paragraph(_esc(t), st[k]) for k, t in body_blocks(after)]
        return out

    _build_pdf(path, name, story, landscape(A4), top=50, bottom=58)


def make_broken_pdfs(good: Path) -> None:
    from PIL import Image, ImageDraw
    from pypdf import PdfReader, PdfWriter

    # scanned-like: one page that is only an image (no text layer): three grey bars, no text
    # (OCR time goes with the bars it must read: the tests OCR this page several times)
    img = Image.new("L", (620, 877), 255)
    d = ImageDraw.Draw(img)
    for y in range(120, 204, 28):
        d.rectangle([70, y, 550 - (y * 7) % 90, y + 12], fill=90)
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=75.0)
    (PDF_DIR / "broken-scanned.pdf").write_bytes(buf.getvalue())

    # password-protected
    w = PdfWriter(clone_from=PdfReader(str(good)))
    w.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with open(PDF_DIR / "broken-encrypted.pdf", "wb") as fh:
        w.write(fh)

    # truncated download
    data = good.read_bytes()
    (PDF_DIR / "broken-truncated.pdf").write_bytes(data[: len(data) // 2])


# --------------------------------------------------------------------------- DOCX
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return "{%s}%s" % (W, tag)


def _el(tag: str, **attrs):
    from docx.oxml import OxmlElement

    e = OxmlElement("w:" + tag)
    for k, v in attrs.items():
        e.set(_w(k), str(v))
    return e


def _abstract_num(aid: int, levels: list[tuple[str, str, int]]):
    """levels: (numFmt, lvlText, start) per ilvl."""
    an = _el("abstractNum", abstractNumId=aid)
    an.append(_el("multiLevelType", val="multilevel" if len(levels) > 1 else "singleLevel"))
    for ilvl, (fmt, text, start) in enumerate(levels):
        lvl = _el("lvl", ilvl=ilvl)
        lvl.append(_el("start", val=start))
        lvl.append(_el("numFmt", val=fmt))
        lvl.append(_el("lvlText", val=text))
        lvl.append(_el("lvlJc", val="left"))
        suff = _el("suff", val="nothing")
        lvl.append(suff)
        ppr = _el("pPr")
        ppr.append(_el("ind", firstLine=640, left=0))
        lvl.append(ppr)
        an.append(lvl)
    return an


class Numbering:
    def __init__(self, document):
        self.root = document.part.numbering_part.element
        self.next_abs = 100
        self.next_num = 100

    def add(self, levels, overrides: dict[int, int] | None = None, abstract: int | None = None) -> int:
        if abstract is None:
            abstract = self.next_abs
            self.next_abs += 1
            an = _abstract_num(abstract, levels)
            nums = self.root.findall(_w("num"))
            if nums:
                nums[0].addprevious(an)
            else:
                self.root.append(an)
        num_id = self.next_num
        self.next_num += 1
        num = _el("num", numId=num_id)
        num.append(_el("abstractNumId", val=abstract))
        for ilvl, start in (overrides or {}).items():
            ov = _el("lvlOverride", ilvl=ilvl)
            ov.append(_el("startOverride", val=start))
            num.append(ov)
        self.root.append(num)
        return num_id


def set_num(paragraph, num_id: int, ilvl: int = 0) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = _el("numPr")
    numpr.append(_el("ilvl", val=ilvl))
    numpr.append(_el("numId", val=num_id))
    ppr.insert(0, numpr) if ppr.find(_w("pStyle")) is None else ppr.find(_w("pStyle")).addnext(numpr)


def _new_document():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "FangSong"
    normal.font.size = Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    sec = doc.sections[0]
    # a header and footer Word users put in; the loader must leave them out
    sec.header.paragraphs[0].text = "内部资料 注意保存"
    sec.footer.paragraphs[0].text = "— 1 —"
    return doc


def _add_par(doc, kind: str, text: str):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph()
    r = p.add_run(text)
    if kind == "title":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r.bold = True
        r.font.size = Pt(18)
    elif kind == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.paragraph_format.first_line_indent = Pt(28)
    return p


_CN_SECTION = re.compile(r"^[一二三四五六七八九十]+、")
_CN_PAREN = re.compile(r"^（[一二三四五六七八九十]+）")
_DEC = re.compile(r"^\d+\.\s*")


def make_text_docx(name: str, path: Path) -> None:
    doc = _new_document()
    blocks = body_blocks(read_sample(name))
    auto = name in ("hanzhong-2024-function-transformation", "xian-2023-gov-services-standardization")
    if auto:
        numbering = Numbering(doc)
        # 一、 headings: their own list; tasks 1. 2. ... a separate list that runs on across sections
        sections = numbering.add([("chineseCounting", "%1、", 1)])
        tasks = numbering.add([("decimal", "%1.", 1)])
        paren = None
        if name.startswith("xian-2023"):
            # （一） sub-headings through a paragraph STYLE that carries numPr
            from docx.enum.style import WD_STYLE_TYPE

            paren = numbering.add([("chineseCountingThousand", "（%1）", 1)])
            style = doc.styles.add_style("任务分组标题", WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = doc.styles["Normal"]
            sppr = style.element.get_or_add_pPr()
            numpr = _el("numPr")
            numpr.append(_el("numId", val=paren))
            sppr.insert(0, numpr)
    in_body = False
    for kind, text in blocks:
        if name.startswith("xian-2023") and text.startswith("二、重点任务"):
            in_body = True
        if name.startswith("xian-2023") and text.startswith("三、保障措施"):
            in_body = False
        if name.startswith("hanzhong") and kind == "para":
            in_body = True
        if not auto or kind == "right":
            _add_par(doc, kind, text)
            continue
        m = _DEC.match(text)
        if in_body and m:
            p = _add_par(doc, "para", text[m.end():])
            p.paragraph_format.first_line_indent = None
            set_num(p, tasks)
        elif name.startswith("hanzhong") and in_body and _CN_SECTION.match(text):
            p = _add_par(doc, "para", _CN_SECTION.sub("", text))
            set_num(p, sections)
        elif paren and in_body and _CN_PAREN.match(text):
            doc.add_paragraph(_CN_PAREN.sub("", text), style="任务分组标题")
        else:
            _add_par(doc, kind, text)
    doc.save(str(path))


def _vmerge(cell, val: str | None) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    vm = _el("vMerge")
    if val:
        vm.set(_w("val"), val)
    tcpr.append(vm)


def make_table_docx(name: str, path: Path) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    doc = _new_document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    before, header, blocks, after = table_model(read_sample(name))
    rows = [r for b in blocks for r in b]
    for kind, text in body_blocks(before):
        _add_par(doc, kind, text)
    table = doc.add_table(rows=1 + len(rows), cols=7)
    table.style = "Table Grid"
    widths = [Cm(3), Cm(5), Cm(7.5), Cm(2.6), Cm(3.4), Cm(1.8), Cm(1.2)]
    for j, text in enumerate(header):
        table.rows[0].cells[j].text = text
    # mark the header row as repeating on every page (printed on each, stored once)
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(_el("tblHeader"))
    merged = {col: spans(rows, col) for col in (0, 1)}
    for i, cells in enumerate(rows, 1):
        row = table.rows[i]
        if is_section_row(cells):
            a = row.cells[0].merge(row.cells[6])  # gridSpan=7
            a.text = cells[0]
            a.paragraphs[0].runs[0].bold = True
            continue
        for j, text in enumerate(cells):
            if text:
                if j == 3 and " " in text:
                    # lead units typed one per line in the cell (separate paragraphs)
                    parts = text.split()
                    c = row.cells[j]
                    c.text = parts[0]
                    for part in parts[1:]:
                        c.add_paragraph(part)
                else:
                    row.cells[j].text = text
    for col, runs in merged.items():
        for a, b in runs:
            _vmerge(table.rows[a + 1].cells[col], "restart")
            for r in range(a + 1, b + 1):
                _vmerge(table.rows[r + 1].cells[col], None)
    for row in table.rows:
        for j, w in enumerate(widths):
            if j < len(row.cells):
                row.cells[j].width = w
    for kind, text in body_blocks(after):
        _add_par(doc, kind, text)
    doc.save(str(path))


def make_numbering_docx(path: Path) -> None:
    """Auto-numbering edge cases, with the text each paragraph must be rendered as."""
    doc = _new_document()
    n = Numbering(doc)
    multi = n.add([("chineseCounting", "%1、", 1), ("chineseCounting", "（%2）", 1), ("decimal", "%3.", 1),
                   ("decimalEnclosedCircle", "%4", 1)])
    cases = [
        (multi, 0, "总体要求", "一、总体要求"),
        (multi, 1, "指导思想", "（一）指导思想"),
        (multi, 2, "任务甲", "1.任务甲"),
        (multi, 2, "任务乙", "2.任务乙"),
        (multi, 3, "细项", "①细项"),
        (multi, 1, "基本原则", "（二）基本原则"),
        (multi, 2, "任务丙", "1.任务丙"),  # deeper level restarts when a shallower one advances
        (multi, 0, "重点任务", "二、重点任务"),
        (multi, 1, "分组", "（一）分组"),
    ]
    # same abstractNum through a second num with a startOverride: restarts at 5
    over = n.add(None, overrides={2: 5}, abstract=100)
    cases.append((over, 2, "覆盖起始", "5.覆盖起始"))
    cases.append((over, 2, "覆盖续编", "6.覆盖续编"))
    trad = n.add([("ideographTraditional", "%1.", 1)])
    cases.append((trad, 0, "天干一", "甲.天干一"))
    cases.append((trad, 0, "天干二", "乙.天干二"))
    started = n.add([("decimal", "%1.", 3)])
    cases.append((started, 0, "从三起", "3.从三起"))
    thousand = n.add([("chineseCountingThousand", "%1、", 11)])
    cases.append((thousand, 0, "十一项", "十一、十一项"))
    expected = []
    for num_id, ilvl, text, want in cases:
        p = doc.add_paragraph(text)
        set_num(p, num_id, ilvl)
        expected.append(want)
    doc.add_paragraph("普通段落")
    expected.append("普通段落")
    doc.save(str(path))
    (path.with_suffix(".expected.txt")).write_text("\n".join(expected) + "\n", encoding="utf-8")


def make_broken_docx(good: Path) -> None:
    (DOCX_DIR / "broken-renamed-text.docx").write_text("这是一个改了扩展名的文本文件。\n一、总体要求\n", encoding="utf-8")
    data = good.read_bytes()
    (DOCX_DIR / "broken-truncated.docx").write_bytes(data[: len(data) // 2])


def main() -> None:
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    DOCX_DIR.mkdir(parents=True, exist_ok=True)
    _pdf_setup()
    names = sorted(p.stem for p in SAMPLES.glob("*.txt"))
    for name in names:
        pdf, docx = PDF_DIR / f"{name}.pdf", DOCX_DIR / f"{name}.docx"
        if name == TABLE_SAMPLE:
            make_table_pdf(name, pdf)
            make_table_docx(name, docx)
        else:
            make_text_pdf(name, pdf)
            make_text_docx(name, docx)
        print(f"{pdf.relative_to(ROOT)} {pdf.stat().st_size // 1024} KB; {docx.relative_to(ROOT)} {docx.stat().st_size // 1024} KB")
    make_broken_pdfs(PDF_DIR / "hanzhong-2024-function-transformation.pdf")
    make_numbering_docx(DOCX_DIR / "numbering-edge.docx")
    make_broken_docx(DOCX_DIR / "hanzhong-2024-function-transformation.docx")
    total = sum(p.stat().st_size for d in (PDF_DIR, DOCX_DIR) for p in d.iterdir())
    print(f"total {total // 1024} KB")


if __name__ == "__main__":
    main()
