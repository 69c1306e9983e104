"""Word .docx notices: body paragraphs and tables in document order, Word's
automatic numbering rendered into the text, merged table cells resolved.
Headers and footers are not part of the body and are left out."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..errors import InputError
from .base import LoadedDocument, SourceLine, continues_table, read_bytes, sha256_of
from .docx_numbering import Numbering

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P, _TBL, _TR, _TC, _SDT, _SDTCONTENT, _CUSTOMXML = (f"{{{W}}}{t}" for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
_R, _T, _TAB, _BR, _CR, _NBH, _INS, _HYPER, _SMART, _FLD = (
    f"{{{W}}}{t}" for t in ("r", "t", "tab", "br", "cr", "noBreakHyphen", "ins", "hyperlink", "smartTag", "fldSimple")
)
_VAL = f"{{{W}}}val"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


# --------------------------------------------------------------------------- text of body parts
def _run_text(el, parts: list[str]) -> None:
    for child in el:
        tag = child.tag
        if tag == _R:
            for x in child:
                t = x.tag
                if t == _T:
                    parts.append(x.text or "")
                elif t == _TAB:
                    parts.append("\t")
                elif t in (_BR, _CR):
                    if x.get(_q("type")) in (None, "textWrapping"):
                        parts.append("\n")
                elif t == _NBH:
                    parts.append("-")
        elif tag in (_INS, _HYPER, _SMART, _FLD, _CUSTOMXML) or tag == _q("sdt") or tag == _SDTCONTENT:
            _run_text(child, parts)


class _Reader:
    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering

    def paragraph(self, p) -> str:
        parts: list[str] = []
        _run_text(p, parts)
        text = "".join(parts)
        ppr = p.find(_q("pPr"))
        num_id = ilvl = None
        style = None
        if ppr is not None:
            ps = ppr.find(_q("pStyle"))
            style = ps.get(_VAL) if ps is not None else None
            numpr = ppr.find(_q("numPr"))
            if numpr is not None:
                n = numpr.find(_q("numId"))
                i = numpr.find(_q("ilvl"))
                num_id = n.get(_VAL) if n is not None else None
                ilvl = int(i.get(_VAL)) if i is not None else None
        style = style or self.numbering.default_para_style
        if style in self.numbering.style_num:
            s_num, s_ilvl = self.numbering.style_num[style]
            if num_id is None:
                num_id = s_num
            if ilvl is None:
                ilvl = s_ilvl
        label = self.numbering.label(num_id, ilvl) if num_id else ""
        if label and not text.strip():
            return ""  # an empty numbered paragraph: Word hides nothing, but it carries no text
        return label + text

    def cell_text(self, tc) -> str:
        texts = []
        for child in tc:
            if child.tag == _P:
                texts.append(self.paragraph(child))
            elif child.tag == _TBL:
                for row in self.table_rows(child):
                    texts.append(" ".join(c for c in row if c))
            elif child.tag in (_SDT, _CUSTOMXML):
                content = child.find(_SDTCONTENT) if child.tag == _SDT else child
                if content is not None:
                    texts.append(self.cell_text(content))
        return re.sub(r"\s+", " ", " ".join(t for t in texts if t.strip())).strip()

    def table_rows(self, tbl) -> list[list[str]]:
        grid = tbl.find(_q("tblGrid"))
        ncols = len(grid.findall(_q("gridCol"))) if grid is not None else 0
        rows: list[list[str]] = []
        above: dict[int, str] = {}  # grid column -> value of the cell covering it in the row above
        for tr in tbl.iter(_TR):
            if tr.getparent() is not tbl and tr.getparent().tag not in (_SDTCONTENT, _CUSTOMXML):
                continue  # rows of nested tables are read through their cell
            row: list[str] = []
            col = 0
            trpr = tr.find(_q("trPr"))
            if trpr is not None:
                gb = trpr.find(_q("gridBefore"))
                if gb is not None:
                    n = int(gb.get(_VAL, "0"))
                    row += [""] * n
                    col += n
            cells = []
            for child in tr:
                if child.tag == _TC:
                    cells.append(child)
                elif child.tag in (_SDT, _CUSTOMXML):
                    content = child.find(_SDTCONTENT) if child.tag == _SDT else child
                    if content is not None:
                        cells += [c for c in content if c.tag == _TC]
            current: dict[int, str] = {}
            for tc in cells:
                tcpr = tc.find(_q("tcPr"))
                span = 1
                vmerge = None
                if tcpr is not None:
                    gs = tcpr.find(_q("gridSpan"))
                    if gs is not None:
                        span = max(1, int(gs.get(_VAL, "1")))
                    vm = tcpr.find(_q("vMerge"))
                    if vm is not None:
                        vmerge = vm.get(_VAL, "continue")
                    hm = tcpr.find(_q("hMerge"))  # legacy horizontal merge
                    if hm is not None and hm.get(_VAL, "continue") == "continue":
                        row.append("")
                        current[col] = ""
                        col += 1
                        continue
                if vmerge == "continue":
                    text = above.get(col, "")
                else:
                    text = self.cell_text(tc)
                row.append(text)
                row += [""] * (span - 1)
                current[col] = text
                col += span
            above = current
            rows.append(row)
        width = max([ncols] + [len(r) for r in rows]) if rows else ncols
        return [r + [""] * (width - len(r)) for r in rows]


def _open_package(path: Path, data: bytes):
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise InputError(f"{path}: is an old Word .doc (or encrypted .docx), not a .docx; open it in Word/WPS and save as .docx (without a password)")
    if not data.startswith(b"PK"):
        if data[:5] == b"%PDF-":
            raise InputError(f"{path}: is a PDF renamed to .docx; rename it to .pdf")
        raise InputError(f"{path}: is not a Word .docx file (it looks like plain text or another format renamed to .docx); give the real .docx, or rename it to its real extension")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
        if "word/document.xml" not in names:
            raise InputError(f"{path}: is a zip archive but not a Word document (no word/document.xml); give the real .docx")
        bad = zf.testzip()
        if bad is not None:
            raise InputError(f"{path}: the .docx is damaged ({bad} is corrupt); open it in Word/WPS, save it again and retry")
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, KeyError) as exc:
        raise InputError(f"{path}: the .docx is damaged or incomplete ({type(exc).__name__}); download it again or re-save it in Word/WPS") from None
    except Exception as exc:  # zlib.error and friends
        raise InputError(f"{path}: the .docx is damaged or incomplete ({type(exc).__name__}); download it again or re-save it in Word/WPS") from None
    return zf


def load_docx(path: Path) -> LoadedDocument:
    path = Path(path)
    data = read_bytes(path)
    _open_package(path, data)
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        try:
            numbering_el = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering_el = None
        try:
            styles_el = document.part.styles.element
        except (NotImplementedError, KeyError, AttributeError):
            styles_el = None
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"{path}: the .docx is damaged and cannot be read ({type(exc).__name__}); open it in Word/WPS, save it again and retry") from None

    reader = _Reader(Numbering(numbering_el, styles_el))
    out: list[SourceLine] = []
    table_no = -1
    total = max(1, len("".join(body.itertext())))
    last_table: list[list[str]] | None = None  # the table just read, while nothing but empty paragraphs follows
    row_no = 0
    paragraph_no = 0  # body paragraphs that hold text: what a reader counts (第19段)

    def walk(container) -> None:
        nonlocal table_no, last_table, row_no, paragraph_no
        for child in container:
            tag = child.tag
            if tag == _P:
                text = reader.paragraph(child)
                pieces = [piece.rstrip() for piece in text.replace("\t", " ").split("\n") if piece.strip()]
                if pieces:
                    paragraph_no += 1
                    last_table = None
                for piece in pieces:  # a line break inside the paragraph (Shift+Enter): the same paragraph
                    out.append(SourceLine(piece, paragraph_no, order=len(out) + 1))
            elif tag == _TBL:
                rows = [[re.sub(r"\s+", " ", c.replace("\t", " ")).strip() for c in cells] for cells in reader.table_rows(child)]
                if rows and all(len(r) == 1 for r in rows):
                    # one column: a framed box (专栏) set apart from the text, or a frame
                    # round the whole notice (read as its text)
                    if len("".join(child.itertext())) > 0.5 * total:
                        walk_cell(child)
                        continue
                    table_no += 1
                    texts = [re.sub(r"\s+", " ", reader.paragraph(p)).strip() for p in child.iter(_P)]
                    for r, text in enumerate(t for t in texts if t):
                        out.append(SourceLine("| " + text + " |", r + 1, table=table_no, row=r, order=len(out) + 1))
                    last_table = None
                    continue
                if last_table is not None and continues_table(last_table, rows):
                    offset = row_no  # the same table cut into one table per page, its header repeated
                else:
                    table_no += 1
                    offset = 0
                last_table = rows
                for r, cells in enumerate(rows):
                    if any(cells):
                        out.append(SourceLine("\t".join(cells), offset + r + 1, table=table_no, row=offset + r, order=len(out) + 1))
                row_no = offset + len(rows)
            elif tag == _SDT:
                content = child.find(_SDTCONTENT)
                if content is not None:
                    walk(content)
            elif tag == _CUSTOMXML:
                walk(child)

    def walk_cell(tbl) -> None:
        for tc in tbl.iter(_TC):
            walk(tc)

    try:
        walk(body)
    except Exception as exc:
        raise InputError(f"{path}: the .docx has content that cannot be read ({type(exc).__name__}); open it in Word/WPS, save it again and retry") from None
    if not out:
        raise InputError(f"{path}: the .docx has no text in its body; give a notice with text in it")
    return LoadedDocument(path=str(path), format="docx", sha256=sha256_of(data), lines=out)
