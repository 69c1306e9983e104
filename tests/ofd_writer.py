"""A small OFD writer for tests: the pages of a PDF (the sample fixtures) written as an
OFD package, one TextObject per printed run of characters at the run's position, table
rulings as PathObjects.

The runs are written in three ways, in turn, so that every document exercises what
OFD producers do: (0) Boundary around the run, X/Y inside it, DeltaX compressed with
the 'g' repeat syntax; (1) the same under a CTM that halves object space (so X, Y,
DeltaX and Size are doubled); (2) inside a PageBlock, split into two TextCodes, the
second giving only X (its Y carries over), DeltaX written out. Rulings are written as
AbbreviatedData rectangles and lines, some under a CTM.

Reading the PDF needs pdfplumber (a dependency of the package)."""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

MM_PER_PT = 25.4 / 72
NS = "http://www.ofdspec.org/2016"


def _n(v: float) -> str:
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def compress(values: list[float]) -> str:
    """DeltaX values, runs of equal values written as 'g N v'."""
    out: list[str] = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and _n(values[j + 1]) == _n(values[i]):
            j += 1
        n = j - i + 1
        out.append(f"g {n} {_n(values[i])}" if n >= 3 else " ".join([_n(values[i])] * n))
        i = j + 1
    return " ".join(out)


def _runs(chars: list[dict], page_height: float) -> list[list[tuple[str, float, float, float]]]:
    """(text, origin x, baseline y from top, size) in points, grouped into runs: same
    baseline and size, going right, in the order the PDF draws them."""
    runs: list[list[tuple[str, float, float, float]]] = []
    for c in chars:
        if c.get("upright") is False:
            continue
        m = c["matrix"]
        x, base, size = float(m[4]), page_height - float(m[5]), float(c["size"])
        cur = runs[-1] if runs else None
        if cur and abs(cur[-1][2] - base) < 0.5 and abs(cur[-1][3] - size) < 0.01 and x > cur[-1][1]:
            cur.append((c["text"], x, base, size))
        else:
            runs.append([(c["text"], x, base, size)])
    return runs


def _text_object(oid: int, run, style: int) -> str:
    xs = [r[1] * MM_PER_PT for r in run]
    base = run[0][2] * MM_PER_PT
    size = run[0][3] * MM_PER_PT
    text = "".join(r[0] for r in run)
    left, top = xs[0], base - size
    width = xs[-1] - xs[0] + size
    boundary = f'Boundary="{_n(left)} {_n(top)} {_n(width)} {_n(size * 1.3)}"'
    deltas = [b - a for a, b in zip(xs, xs[1:])]
    if style == 0:
        return (f'<ofd:TextObject ID="{oid}" {boundary} Font="1" Size="{_n(size)}">'
                f'<ofd:FillColor Value="0 0 0"/>'
                f'<ofd:TextCode X="0" Y="{_n(base - top)}" DeltaX="{compress(deltas)}">{escape(text)}</ofd:TextCode>'
                f"</ofd:TextObject>")
    if style == 1:
        return (f'<ofd:TextObject ID="{oid}" {boundary} CTM="0.5 0 0 0.5 0 0" Font="1" Size="{_n(size * 2)}">'
                f'<ofd:TextCode X="0" Y="{_n((base - top) * 2)}" DeltaX="{compress([d * 2 for d in deltas])}">{escape(text)}</ofd:TextCode>'
                f"</ofd:TextObject>")
    # style 2: a PageBlock, two TextCodes, the second without Y
    k = max(1, len(run) // 2)
    first, second = text[:k], text[k:]
    codes = f'<ofd:TextCode X="0" Y="{_n(base - top)}" DeltaX="{" ".join(_n(d) for d in deltas[:k - 1])}">{escape(first)}</ofd:TextCode>'
    if second:
        codes += f'<ofd:TextCode X="{_n(xs[k] - left)}" DeltaX="{" ".join(_n(d) for d in deltas[k:])}">{escape(second)}</ofd:TextCode>'
    return (f'<ofd:PageBlock ID="{oid}"><ofd:TextObject ID="{oid + 1}" {boundary} Font="1" Size="{_n(size)}">'
            f"{codes}</ofd:TextObject></ofd:PageBlock>")


def _path_objects(page, start_id: int) -> list[str]:
    out = []
    oid = start_id
    for i, r in enumerate(page.rects):
        x0, top, x1, bottom = (r["x0"] * MM_PER_PT, r["top"] * MM_PER_PT, r["x1"] * MM_PER_PT, r["bottom"] * MM_PER_PT)
        w, h = x1 - x0, bottom - top
        if i % 2:  # under a CTM that doubles: the path is written at half size
            data = f"M 0 0 L {_n(w / 2)} 0 L {_n(w / 2)} {_n(h / 2)} L 0 {_n(h / 2)} C"
            out.append(f'<ofd:PathObject ID="{oid}" Boundary="{_n(x0)} {_n(top)} {_n(w + 0.5)} {_n(h + 0.5)}" CTM="2 0 0 2 0 0" Fill="true">'
                       f"<ofd:AbbreviatedData>{data}</ofd:AbbreviatedData></ofd:PathObject>")
        else:
            data = f"M 0 0 L {_n(w)} 0 L {_n(w)} {_n(h)} L 0 {_n(h)} C"
            out.append(f'<ofd:PathObject ID="{oid}" Boundary="{_n(x0)} {_n(top)} {_n(w + 0.5)} {_n(h + 0.5)}" Fill="true">'
                       f"<ofd:AbbreviatedData>{data}</ofd:AbbreviatedData></ofd:PathObject>")
        oid += 1
    for ln in page.lines:
        pts = [(float(x) * MM_PER_PT, float(top) * MM_PER_PT) for x, top in ln.get("pts") or []]  # from the page top
        if len(pts) < 2:
            continue
        x0 = min(p[0] for p in pts)
        top = min(p[1] for p in pts)
        data = "M " + " L ".join(f"{_n(x - x0)} {_n(y - top)}" for x, y in pts)
        out.append(f'<ofd:PathObject ID="{oid}" Boundary="{_n(x0)} {_n(top)} 1 1" LineWidth="0.25">'
                   f"<ofd:AbbreviatedData>{data}</ofd:AbbreviatedData></ofd:PathObject>")
        oid += 1
    return out


def pdf_to_ofd(pdf_path: Path, ofd_path: Path) -> None:
    import pdfplumber

    contents: list[str] = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        width_mm = float(pdf.pages[0].width) * MM_PER_PT
        height_mm = float(pdf.pages[0].height) * MM_PER_PT
        for page in pdf.pages:
            w, h = float(page.width) * MM_PER_PT, float(page.height) * MM_PER_PT
            area = "" if (_n(w), _n(h)) == (_n(width_mm), _n(height_mm)) else f"<ofd:Area><ofd:PhysicalBox>0 0 {_n(w)} {_n(h)}</ofd:PhysicalBox></ofd:Area>"
            objs = []
            oid = 100
            for i, run in enumerate(_runs(page.chars, float(page.height))):
                objs.append(_text_object(oid, run, i % 3))
                oid += 2
            objs.extend(_path_objects(page, oid))
            contents.append(
                f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}">{area}<ofd:Content>'
                f'<ofd:Layer ID="2" Type="Body">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>'
            )
    pages = "".join(f'<ofd:Page ID="{10 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(contents)))
    document = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
                f"<ofd:MaxUnitID>1</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {_n(width_mm)} {_n(height_mm)}</ofd:PhysicalBox></ofd:PageArea>"
                f"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{pages}</ofd:Pages></ofd:Document>")
    public_res = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
                  f'<ofd:Font ID="1" FontName="SimSun" FamilyName={quoteattr("宋体")}/></ofd:Fonts></ofd:Res>')
    ofd = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
           f"<ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
    with zipfile.ZipFile(ofd_path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("OFD.xml", ofd)
        zf.writestr("Doc_0/Document.xml", document)
        zf.writestr("Doc_0/PublicRes.xml", public_res)
        for i, c in enumerate(contents):
            zf.writestr(f"Doc_0/Pages/Page_{i}/Content.xml", c)
