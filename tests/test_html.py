"""Saved web pages: the notice's body (not the site's menus) gives the same tasks as its text.

The pages are made here from the samples the way government sites print them: the body
in <p> paragraphs inside a content <div> between navigation lists, a task table as an
HTML table whose group and provincial-task cells span rows (rowspan)."""
from __future__ import annotations

import html
from pathlib import Path

import pytest

import policy_extract
from conftest import HANZHONG, TABLE, task_count
from policy_extract.errors import InputError
from policy_extract.tables import header_columns, is_header_row, repair_row

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MENU = "".join(f'<li><a href="/c{i}">政务公开栏目{i}政策文件解读</a></li>' for i in range(40))


def page(body: str, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f'<title>人民政府门户网站</title><script>document.write("<p>一、脚本</p>")</script></head><body>'
        f'<div class="top"><ul class="nav">{MENU}</ul></div><div class="crumb"><a href="/">首页</a> &gt; <a href="/zc">政策文件</a></div>'
        f'<div class="article"><div id="zoom" class="TRS_Editor">{body}</div></div>'
        f'<div class="related"><h3>相关链接</h3><ul>{MENU}</ul></div>'
        f'<div class="footer">主办单位：人民政府办公室 网站标识码6101000001 电话：029-00000000</div></body></html>'
    )


def paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in text.split("\n") if line.strip())


def key(doc):
    return [(t.number, [u.name for u in t.lead_units], [u.name for u in t.responsible_units], t.deadline and t.deadline.date) for t in doc.tasks]


@pytest.mark.parametrize("name", ["hanzhong-2024-function-transformation", "xian-2023-gov-services-standardization", "xian-2025-admin-efficiency-plan"])
def test_page_gives_the_same_tasks_as_the_text(name, tmp_path):
    text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    path = tmp_path / f"{name}.html"
    path.write_text(page(paragraphs(text)), encoding="utf-8")
    from_page, from_text = policy_extract.parse(path), policy_extract.parse(SAMPLES / f"{name}.txt")
    assert key(from_page) == key(from_text)
    assert from_page.meta.title == from_text.meta.title
    assert from_page.source.format == "html"
    assert "栏目" not in from_page.tasks[-1].text and "主办单位" not in from_page.tasks[-1].text


def _table_html(text: str) -> str:
    """The task table of the division sample as an HTML table with rowspans for cells that
    the text leaves empty (same as above), header once, part rows spanning all columns."""
    rows, header = [], None
    for line in text.split("\n"):
        if "\t" not in line:
            continue
        cells = [c.strip() for c in line.split("\t")]
        if is_header_row(cells):
            header = header or cells
            continue
        cells = repair_row(cells, header_columns(header))
        rows.append(cells[: len(header)])
    out = ["<table border='1'><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr>"]
    spans: dict[tuple[int, int], int] = {}
    for i, cells in enumerate(rows):
        for col in (0, 1):
            if cells[col] and not cells[col].startswith("<b>"):
                j = i + 1
                while j < len(rows) and not rows[j][col] and not rows[j][0].startswith("<b>") and rows[j][2]:
                    j += 1
                spans[(i, col)] = j - i
    covered = {(i + k, col) for (i, col), n in spans.items() for k in range(1, n)}
    for i, cells in enumerate(rows):
        if cells[0].startswith("<b>"):
            out.append(f"<tr><td colspan='{len(header)}'>{cells[0]}</td></tr>")
            continue
        tds = []
        for col, cell in enumerate(cells):
            if (i, col) in covered:
                continue
            span = spans.get((i, col), 1)
            tds.append(f"<td rowspan='{span}'>{html.escape(cell)}</td>" if span > 1 else f"<td>{html.escape(cell)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(out) + "</table>"


def test_table_page_with_rowspans_gives_the_same_tasks(tmp_path):
    text = (SAMPLES / "xian-2022-fangguanfu-division-table.txt").read_text(encoding="utf-8")
    preamble = paragraphs("\n".join(l for l in text.split("\n")[:26] if "\t" not in l))
    path = tmp_path / "table.html"
    path.write_text(page(preamble + _table_html(text)), encoding="utf-8")
    from_page = policy_extract.parse(path)
    from_text = policy_extract.parse(SAMPLES / "xian-2022-fangguanfu-division-table.txt")
    assert len(from_page.tasks) == task_count(TABLE)
    assert key(from_page) == key(from_text)
    assert from_page.tasks[0].path[-1].startswith("(一)")


def test_gbk_page_by_its_meta_charset(tmp_path):
    text = (SAMPLES / "hanzhong-2024-function-transformation.txt").read_text(encoding="utf-8")
    path = tmp_path / "gbk.htm"
    path.write_bytes(page(paragraphs(text), charset="gb2312").encode("gb18030"))
    assert len(policy_extract.parse(path).tasks) == task_count(HANZHONG)


def test_page_without_a_notice_is_refused(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><a href='/'>home</a></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no Chinese text"):
        policy_extract.parse(path)


# --- pages saved as one file (.mhtml, .mht) and under a crawler's name (.shtml) ---------------
def _blink_archive(page_html: str) -> bytes:
    """A page as Chrome's "Webpage, Single File" writes it: mail headers, multipart/related, the
    page quoted-printable (=3D for '='), its images after it (the header lines as in a real
    Blink archive, github.com/guangjie/sandbox-python test.mhtml)."""
    import quopri

    boundary = "----MultipartBoundary--zoDWcNVLgHrDTfJ3Rnwd8wcfM7iWgOIkCzIwLtbbyS----"
    body = quopri.encodestring(page_html.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\nSnapshot-Content-Location: http://www.hanzhong.gov.cn/hzszf/zwgk/zcwj/t1.shtml\n"
        "Subject: =?utf-8?Q?=E6=B1=89=E4=B8=AD?=\nDate: Wed, 16 Jan 2024 06:15:53 -0000\nMIME-Version: 1.0\n"
        f'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/html\nContent-ID: <frame-1@mhtml.blink>\nContent-Transfer-Encoding: quoted-printable\n"
        f"Content-Location: http://www.hanzhong.gov.cn/hzszf/zwgk/zcwj/t1.shtml\n\n{body}\n"
        f"--{boundary}\nContent-Type: image/png\nContent-Transfer-Encoding: base64\nContent-Location: http://www.hanzhong.gov.cn/logo.png\n\n"
        f"iVBORw0KGgo=\n--{boundary}--\n"
    ).encode("ascii")


def _word_archive(page_html: str) -> bytes:
    """A page as Internet Explorer and Word ("Single File Web Page") write it: the part's charset
    in its own header (gb2312, no <meta>), base64."""
    import base64

    body = base64.encodebytes(page_html.encode("gb18030")).decode("ascii")
    return (
        'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01D9A1B2.3C4D5E60"\r\n\r\n'
        "------=_NextPart_01D9A1B2.3C4D5E60\r\nContent-Location: file:///C:/notice.htm\r\nContent-Transfer-Encoding: base64\r\n"
        f'Content-Type: text/html; charset="gb2312"\r\n\r\n{body}\r\n------=_NextPart_01D9A1B2.3C4D5E60--\r\n'
    ).encode("ascii")


@pytest.mark.parametrize("suffix,make", [(".mhtml", _blink_archive), (".mht", _word_archive), (".doc", _word_archive)])
def test_a_page_saved_as_one_file_gives_the_tasks_of_its_text(tmp_path, suffix, make):
    text = (SAMPLES / "hanzhong-2024-function-transformation.txt").read_text(encoding="utf-8")
    body = page(paragraphs(text))
    if make is _word_archive:
        body = body.replace('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', "")
    path = tmp_path / f"notice{suffix}"
    path.write_bytes(make(body))
    doc = policy_extract.parse(path)
    assert key(doc) == key(policy_extract.parse(SAMPLES / "hanzhong-2024-function-transformation.txt"))
    assert doc.source.format == "html" and len(doc.tasks) == task_count(HANZHONG)
    assert any("web archive" in w.message for w in doc.warnings) == (suffix == ".doc")  # a .doc that is an archive says so


def test_a_page_saved_by_a_crawler_as_shtml(tmp_path):
    path = tmp_path / "t20240301_1.shtml"  # the names government sites give their pages
    path.write_text(page(paragraphs((SAMPLES / "hanzhong-2024-function-transformation.txt").read_text(encoding="utf-8"))), encoding="utf-8")
    assert len(policy_extract.parse(path).tasks) == task_count(HANZHONG)


def test_an_archive_without_a_page_is_refused_in_one_line(tmp_path):
    path = tmp_path / "images.mhtml"
    path.write_bytes(b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n')
    with pytest.raises(InputError, match="holds no HTML page"):
        policy_extract.parse(path)
