"""OFD: each sample written as an OFD gives the same tasks as its text; real public OFD
files load with their text; positions from Boundary, CTM and DeltaX are right; hostile
packages (entities, zip bombs) are refused with one line."""
from __future__ import annotations

import io
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

import policy_extract
from policy_extract.errors import InputError
from policy_extract.load import load
from policy_extract.load.ofd import _PT_PER_MM, deltas, load_ofd

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p.stem for p in (ROOT / "samples").glob("*.txt"))
REAL = ROOT / "tests" / "fixtures" / "ofd"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ofd_writer import compress, pdf_to_ofd  # noqa: E402


def _summary(doc):
    return [
        (t.number, tuple(u.name for u in t.lead_units), tuple(u.name for u in t.responsible_units),
         t.deadline.date if t.deadline is not None else None)
        for t in doc.tasks
    ]


@pytest.fixture(scope="module")
def sample_ofds(tmp_path_factory):
    out = tmp_path_factory.mktemp("ofd")
    made = {}
    for name in SAMPLES:
        made[name] = out / f"{name}.ofd"
        pdf_to_ofd(ROOT / "tests" / "fixtures" / "pdf" / f"{name}.pdf", made[name])
    return made


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_as_ofd_gives_the_tasks_of_its_text(name, sample_ofds):
    want = _summary(policy_extract.parse(str(ROOT / "samples" / f"{name}.txt")))
    doc = policy_extract.parse(str(sample_ofds[name]))
    assert doc.source.format == "ofd"
    got = _summary(doc)
    assert len(got) == len(want)
    assert got == want


def test_table_sample_as_ofd_reads_the_ruled_table(sample_ofds):
    name = "xian-2022-fangguanfu-division-table"
    lines = load_ofd(sample_ofds[name]).lines
    rows = [ln for ln in lines if ln.table is not None]
    assert len(rows) > 50
    assert all(ln.text.count("\t") == rows[0].text.count("\t") for ln in rows)
    tasks = policy_extract.parse(str(sample_ofds[name])).tasks
    assert any(t.source.table_row is not None for t in tasks)


def test_sample_ofd_renamed_zip_is_read_by_content(sample_ofds, tmp_path):
    name = SAMPLES[0]
    renamed = tmp_path / "notice.zip"
    shutil.copy(sample_ofds[name], renamed)
    doc = policy_extract.parse(str(renamed))
    assert doc.source.format == "ofd"
    assert _summary(doc) == _summary(policy_extract.parse(str(sample_ofds[name])))


def test_same_ofd_gives_identical_output(sample_ofds):
    path = str(sample_ofds[SAMPLES[-1]])
    assert policy_extract.parse(path).to_json() == policy_extract.parse(path).to_json()


# --- real OFD files ---------------------------------------------------------------
REAL_TEXT = {
    "luxun-essay-2pages.ofd": ["拿来主义", "中国一向是所谓“闭关主义”"],
    "invoice-templates-rulings.ofd": ["发票号码：12235358", "财天下科技有限公司"],
    "form-absolute-paths-hidden-text.ofd": ["立案决定书", "（存根）"],
    "namespace-nonstandard.ofd": ["你好呀，OFD Reader&Writer！"],
    "reply-notice-2pages.ofd": ["路卫发〔2011〕76号", "关于同意张阿三同志辞职的批复"],
    "letter-bengbu-2023.ofd": ["关于加快南货场铁路涵洞下穿建设的函", "蚌山区政府："],
}


@pytest.mark.parametrize("fname", sorted(REAL_TEXT))
def test_real_ofd_loads_with_its_text(fname):
    doc = load(REAL / fname)
    assert doc.format == "ofd"
    text = "\n".join(ln.text for ln in doc.lines)
    for want in REAL_TEXT[fname]:
        assert want in text
    assert all(ln.page is not None for ln in doc.lines)
    policy_extract.parse(str(REAL / fname))  # the whole pipeline runs on it


def test_real_ofd_pages_and_template_rulings():
    doc = load(REAL / "invoice-templates-rulings.ofd")
    assert max(ln.page for ln in doc.lines) == 5
    # the invoice's grid is drawn on its template pages: read as table rows
    header = [ln for ln in doc.lines if ln.table is not None and ln.text.startswith("序号\t项目名称")]
    assert len(header) == 4


def test_hidden_white_text_is_not_read():
    text = "\n".join(ln.text for ln in load(REAL / "form-absolute-paths-hidden-text.ofd").lines)
    assert "测试数据gz-SIGNNAME-liucheng" in text  # printed
    assert "liucheng" not in text.replace("测试数据gz-SIGNNAME-liucheng", "")  # its white copy is not


# --- geometry: Boundary, CTM, DeltaX -----------------------------------------------
def test_deltas_g_syntax():
    assert deltas("g 3 1.5 2") == [1.5, 1.5, 1.5, 2.0]
    assert deltas("1 g 2 0.5 3") == [1.0, 0.5, 0.5, 3.0]
    assert deltas("") == []
    assert deltas("g 1000000000 2 g 1000000000 3", limit=4) == [2.0, 2.0, 2.0, 2.0]  # no memory blow-up
    assert compress([2.0, 2.0, 2.0, 1.0, 1.0]) == "g 3 2 1 1"
    assert deltas(compress([2.0, 2.0, 2.0, 1.0, 1.0])) == [2.0, 2.0, 2.0, 1.0, 1.0]


NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _package(pages: list[str], *, template: str | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    tpl = '<ofd:TemplatePage ID="7" BaseLoc="Tpls/T0.xml"/>' if template else ""
    page_refs = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/P{i}/Content.xml"/>' for i in range(len(pages)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {NS} Version="1.0" DocType="OFD"><ofd:DocBody>'
                               "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        zf.writestr("Doc_0/Document.xml", f"<ofd:Document {NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
                                          f"</ofd:PageArea>{tpl}</ofd:CommonData><ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>")
        for i, content in enumerate(pages):
            zf.writestr(f"Doc_0/Pages/P{i}/Content.xml", content)
        if template:
            zf.writestr("Doc_0/Tpls/T0.xml", template)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def _page(objects: str, template: bool = False) -> str:
    use = '<ofd:Template TemplateID="7" ZOrder="Background"/>' if template else ""
    return f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}>{use}<ofd:Content><ofd:Layer ID="2">{objects}</ofd:Layer></ofd:Content></ofd:Page>'


def test_boundary_ctm_and_deltax_place_the_characters(tmp_path):
    from policy_extract.load.ofd import _Package, _read_pages
    from policy_extract.load.pdf import _Line

    objects = (
        # 5 mm characters 5 mm apart from x = 20 mm, baseline at 30 + 8 = 38 mm
        '<ofd:TextObject ID="3" Boundary="20 30 100 10" Size="5"><ofd:TextCode X="0" Y="8" DeltaX="g 3 5">一二三四</ofd:TextCode></ofd:TextObject>'
        # the same size and pitch written at half scale under a CTM that doubles, baseline 50 + 2*4 = 58 mm
        '<ofd:TextObject ID="4" Boundary="20 50 100 20" CTM="2 0 0 2 0 0" Size="2.5"><ofd:TextCode X="0" Y="4" DeltaX="g 2 2.5">五六七</ofd:TextCode></ofd:TextObject>'
        # two TextCodes, the second keeps Y; inside a PageBlock
        '<ofd:PageBlock ID="5"><ofd:TextObject ID="6" Boundary="20 70 100 10" Size="5"><ofd:TextCode X="0" Y="8">八</ofd:TextCode>'
        '<ofd:TextCode X="10">九</ofd:TextCode></ofd:TextObject></ofd:PageBlock>'
    )
    template = _page('<ofd:TextObject ID="9" Boundary="20 10 100 10" Size="5"><ofd:TextCode X="0" Y="8" DeltaX="5">模板</ofd:TextCode></ofd:TextObject>')
    data = _package([_page(objects, template=True)], template=template)
    pages, _ = _read_pages(tmp_path / "x.ofd", _Package(tmp_path / "x.ofd", data))
    lines = [it for it in pages[0].items if isinstance(it, _Line)]
    assert [ln.text for ln in lines] == ["模板", "一二三四", "五六七", "八九"]
    tpl, a, b, c = lines
    mm = _PT_PER_MM
    assert a.x0 == pytest.approx(20 * mm) and b.x0 == pytest.approx(20 * mm)
    assert [ch.x0 for ch in a.chars] == pytest.approx([(20 + 5 * i) * mm for i in range(4)])
    assert [ch.x0 for ch in b.chars] == pytest.approx([(20 + 5 * i) * mm for i in range(3)])
    assert b.size == pytest.approx(a.size)  # Size 2.5 under a CTM of 2 prints at 5 mm
    assert a.bottom - 0.15 * 5 * mm == pytest.approx(38 * mm)
    assert b.bottom - 0.15 * 5 * mm == pytest.approx(58 * mm)
    assert c.chars[1].x0 == pytest.approx(30 * mm) and c.chars[1].top == pytest.approx(c.chars[0].top)
    assert tpl.top < a.top < b.top < c.top


def test_page_rulings_make_a_table(tmp_path):
    cells = ""
    for r, row in enumerate([("序号", "任务", "牵头单位"), ("1", "推进改革", "市发改委")]):
        for k, text in enumerate(row):
            cells += (f'<ofd:TextObject ID="{10 + r * 3 + k}" Boundary="{22 + 50 * k} {32 + 10 * r} 45 8" Size="4">'
                      f'<ofd:TextCode X="0" Y="5">{text}</ofd:TextCode></ofd:TextObject>')
    rules = "".join(
        f'<ofd:PathObject ID="{40 + i}" Boundary="20 {30 + 10 * i} 150 1"><ofd:AbbreviatedData>M 0 0 L 150 0</ofd:AbbreviatedData></ofd:PathObject>'
        for i in range(3)
    ) + "".join(
        f'<ofd:PathObject ID="{50 + i}" Boundary="{20 + 50 * i} 30 1 20"><ofd:AbbreviatedData>M 0 0 L 0 20</ofd:AbbreviatedData></ofd:PathObject>'
        for i in range(4)
    )
    path = tmp_path / "t.ofd"
    path.write_bytes(_package([_page(cells + rules)]))
    lines = load_ofd(path).lines
    assert [(ln.text, ln.table, ln.row) for ln in lines] == [("序号\t任务\t牵头单位", 0, 0), ("1\t推进改革\t市发改委", 0, 1)]


# --- bad and hostile packages ------------------------------------------------------
def _error(path: Path) -> str:
    with pytest.raises(InputError) as exc:
        load(path)
    msg = str(exc.value)
    assert "\n" not in msg and msg.startswith(str(path))
    return msg


def test_entity_expansion_is_refused(tmp_path):
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
              f'<ofd:Page {NS}><ofd:Content><ofd:Layer><ofd:TextObject Boundary="0 0 10 10" Size="3"><ofd:TextCode X="0" Y="3">&lol2;</ofd:TextCode>'
              "</ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>")
    path = tmp_path / "laughs.ofd"
    path.write_bytes(_package([laughs]))
    assert "document type or entity" in _error(path)
    xxe = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
           f'<ofd:Page {NS}><ofd:Content><ofd:Layer><ofd:TextObject Boundary="0 0 10 10" Size="3"><ofd:TextCode X="0" Y="3">&x;</ofd:TextCode>'
           "</ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>")
    path.write_bytes(_package([xxe]))
    assert "document type or entity" in _error(path)


def test_zip_bomb_part_is_refused(tmp_path):
    bomb = _page("") + " " * (4 * 1024 * 1024)  # 4 MB that compresses about 1000 to 1
    path = tmp_path / "bomb.ofd"
    path.write_bytes(_package([bomb]))
    msg = _error(path)
    assert "not read" in msg and "unpack" in msg


def test_damaged_and_wrong_packages_say_what_is_wrong(tmp_path):
    not_zip = tmp_path / "text.ofd"
    not_zip.write_text("通知", encoding="utf-8")
    assert "not an OFD (not a zip package)" in _error(not_zip)
    no_entry = tmp_path / "plain.ofd"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "x")
    no_entry.write_bytes(buf.getvalue())
    assert "no OFD.xml" in _error(no_entry)
    missing = tmp_path / "missing.ofd"
    data = _package([_page("")])
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(missing, "w") as dst:
        for info in src.infolist():
            if "Pages" not in info.filename:
                dst.writestr(info, src.read(info))
    assert "missing" in _error(missing)
    truncated = tmp_path / "truncated.ofd"
    truncated.write_bytes(_package([_page("")])[:200])
    assert "damaged" in _error(truncated)


def test_image_only_ofd_asks_for_ocr(tmp_path):
    path = tmp_path / "scan.ofd"
    path.write_bytes(_package([_page('<ofd:ImageObject ID="3" ResourceID="9" Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/>')]))
    assert "OCR" in _error(path)


def _scanned_ofd(tmp_path, image_bytes: bytes, size_mm: tuple[float, float]) -> Path:
    w, h = size_mm
    res = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {NS} BaseLoc="Res"><ofd:MultiMedias>'
           '<ofd:MultiMedia ID="9" Type="Image" Format="PNG"><ofd:MediaFile>scan_0.png</ofd:MediaFile></ofd:MultiMedia>'
           "</ofd:MultiMedias></ofd:Res>")
    page = _page(f'<ofd:ImageObject ID="3" ResourceID="9" Boundary="10 20 {w} {h}" CTM="{w} 0 0 {h} 0 0"/>')
    data = _package([page], extra={"Doc_0/DocumentRes.xml": res.encode(), "Doc_0/Res/scan_0.png": image_bytes})
    # the Document names its DocumentRes
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "Doc_0/Document.xml":
                body = body.replace(b"</ofd:PageArea>", b"</ofd:PageArea><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>")
            dst.writestr(info, body)
    path = tmp_path / "scan.ofd"
    path.write_bytes(buf.getvalue())
    return path


def _png_of_sample_top() -> tuple[bytes, tuple[float, float]]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(ROOT / "tests" / "fixtures" / "pdf" / f"{SAMPLES[0]}.pdf"))
    page = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    top = page.crop((0, 0, page.width, page.height // 5))
    buf = io.BytesIO()
    top.save(buf, format="PNG")
    return buf.getvalue(), (top.width / 150 * 25.4, top.height / 150 * 25.4)


def test_scanned_ofd_without_ocr_says_what_to_do(tmp_path, monkeypatch):
    from policy_extract.load import ocr

    png, size = _png_of_sample_top()
    path = _scanned_ofd(tmp_path, png, size)
    assert "--ocr never" in str(pytest.raises(InputError, load, path, ocr="never").value)
    monkeypatch.setattr(ocr, "available", lambda: False)
    assert "pip install 'policy-extract[ocr]'" in _error(path)


@pytest.mark.slow
def test_scanned_ofd_is_read_by_ocr(tmp_path):
    from policy_extract.load import ocr

    if not ocr.available():
        pytest.skip("the [ocr] extra is not installed: pip install 'policy-extract[ocr]'")
    png, size = _png_of_sample_top()
    lines = load(_scanned_ofd(tmp_path, png, size)).lines
    text_layer = load(ROOT / "tests" / "fixtures" / "pdf" / f"{SAMPLES[0]}.pdf").lines
    assert [ln.text for ln in lines[:2]] == [ln.text for ln in text_layer[:2]]
    assert all(ln.page == 1 for ln in lines)
