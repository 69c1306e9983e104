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

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P, _TBL, _TR, _TC, _SDT, _SDTCONTENT, _CUSTOMXML = (f"{{{W}}}{t}" for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
_R, _T, _TAB, _BR, _CR, _NBH, _INS, _HYPER, _SMART, _FLD = (
    f"{{{W}}}{t}" for t in ("r", "t", "tab", "br", "cr", "noBreakHyphen", "ins", "hyperlink", "smartTag", "fldSimple")
)
_VAL = f"{{{W}}}val"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


# --------------------------------------------------------------------------- number formats
_CN_DIGITS = "〇一二三四五六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"


def _chinese(n: int) -> str:
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        head = _CN_DIGITS[n // 100] + "百"
        if not rest:
            return head
        return head + ("〇" if rest < 10 else "") + (_chinese(rest) if rest >= 20 or rest < 10 else "一" + _chinese(rest))
    return str(n)


def _roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _letter(n: int) -> str:
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("decimal", "", None):
        return str(n)
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
               "japaneseCounting", "ideographLegalTraditional", "koreanCounting"):
        return _chinese(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand", "chineseLegalSimplified"):
        if fmt == "chineseLegalSimplified":
            return _chinese(n).translate(str.maketrans("〇一二三四五六七八九十百", "零壹贰叁肆伍陆柒捌玖拾佰"))
        return "".join(_CN_DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt in ("none",):
        return ""
    return str(n)


class _Level:
    __slots__ = ("start", "fmt", "text", "suff", "restart", "legal")

    def __init__(self, el) -> None:
        def val(tag, default=None):
            e = el.find(_q(tag))
            return e.get(_VAL, default) if e is not None else default

        self.start = int(val("start", "1") or 1)
        self.fmt = val("numFmt", "decimal")
        self.text = val("lvlText", "")
        self.suff = val("suff", "tab")
        r = val("lvlRestart")
        self.restart = int(r) if r is not None else None
        self.legal = el.find(_q("isLgl")) is not None


class Numbering:
    """Word's list counters: per abstract numbering definition, deeper levels
    restart when a shallower level advances, startOverride restarts a num."""

    def __init__(self, numbering_el, styles_el) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.abstract_link: dict[str, str] = {}  # abstractNum -> numStyleLink style id
        self.style_link: dict[str, str] = {}  # styleLink style id -> abstractNum
        self.nums: dict[str, tuple[str, dict[int, _Level | None], dict[int, int]]] = {}
        if numbering_el is not None:
            for an in numbering_el.findall(_q("abstractNum")):
                aid = an.get(_q("abstractNumId"))
                self.abstract[aid] = {int(l.get(_q("ilvl"), "0")): _Level(l) for l in an.findall(_q("lvl"))}
                link = an.find(_q("numStyleLink"))
                if link is not None:
                    self.abstract_link[aid] = link.get(_VAL)
                link = an.find(_q("styleLink"))
                if link is not None:
                    self.style_link[link.get(_VAL)] = aid
            for num in numbering_el.findall(_q("num")):
                nid = num.get(_q("numId"))
                a = num.find(_q("abstractNumId"))
                if a is None:
                    continue
                lvl_over: dict[int, _Level | None] = {}
                start_over: dict[int, int] = {}
                for ov in num.findall(_q("lvlOverride")):
                    ilvl = int(ov.get(_q("ilvl"), "0"))
                    so = ov.find(_q("startOverride"))
                    if so is not None:
                        start_over[ilvl] = int(so.get(_VAL, "1"))
                    lv = ov.find(_q("lvl"))
                    if lv is not None:
                        lvl_over[ilvl] = _Level(lv)
                self.nums[nid] = (a.get(_VAL), lvl_over, start_over)
        # style id -> (numId, ilvl), following basedOn
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        based: dict[str, str] = {}
        own: dict[str, tuple[str | None, int | None]] = {}
        self.default_para_style = None
        if styles_el is not None:
            for st in styles_el.findall(_q("style")):
                sid = st.get(_q("styleId"))
                if st.get(_q("type")) == "paragraph" and st.get(_q("default")) in ("1", "true"):
                    self.default_para_style = sid
                b = st.find(_q("basedOn"))
                if b is not None:
                    based[sid] = b.get(_VAL)
                numpr = st.find(f"{_q('pPr')}/{_q('numPr')}")
                if numpr is not None:
                    n = numpr.find(_q("numId"))
                    i = numpr.find(_q("ilvl"))
                    own[sid] = (n.get(_VAL) if n is not None else None, int(i.get(_VAL)) if i is not None else None)
        for sid in set(own) | set(based):
            seen, cur, num, ilvl = set(), sid, None, None
            while cur and cur not in seen:
                seen.add(cur)
                n, i = own.get(cur, (None, None))
                num = num if num is not None else n
                ilvl = ilvl if ilvl is not None else i
                cur = based.get(cur)
            if num is not None:
                self.style_num[sid] = (num, ilvl)
        self.counters: dict[str, dict[int, int]] = {}
        self.started_nums: set[str] = set()

    def _levels(self, num_id: str):
        entry = self.nums.get(num_id)
        if entry is None:
            return None, {}, {}, {}
        aid, lvl_over, start_over = entry
        levels = self.abstract.get(aid, {})
        if not levels and aid in self.abstract_link:  # list defined through a numbering style
            style = self.abstract_link[aid]
            linked = self.style_num.get(style)
            if linked and linked[0] in self.nums:
                aid = self.nums[linked[0]][0]
            else:
                aid = self.style_link.get(style, aid)
            levels = self.abstract.get(aid, {})
        merged = dict(levels)
        merged.update({k: v for k, v in lvl_over.items() if v is not None})
        return aid, merged, start_over, lvl_over

    def label(self, num_id: str | None, ilvl: int | None) -> str:
        if not num_id or num_id == "0":
            return ""
        ilvl = ilvl or 0
        aid, levels, start_over, lvl_over = self._levels(num_id)
        if aid is None or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(aid, {})
        if num_id not in self.started_nums:
            self.started_nums.add(num_id)
            for lv, start in start_over.items():  # a num that restarts the list
                counters[lv] = start - 1
                for deeper in [k for k in counters if k > lv]:
                    del counters[deeper]
            for lv, lvl in lvl_over.items():
                if lvl is not None and lv not in start_over:
                    counters[lv] = lvl.start - 1
        lvl = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, lvl.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            d = levels.get(deeper)
            if d is not None and d.restart == 0:
                continue
            del counters[deeper]

        def sub(m):
            k = int(m.group(1)) - 1
            lv = levels.get(k)
            n = counters.get(k, lv.start if lv else 1)
            fmt = "decimal" if (lvl.legal and lv and lv.fmt not in ("decimal",)) else (lv.fmt if lv else "decimal")
            return format_number(n, fmt)

        if lvl.fmt == "bullet":
            text = lvl.text
        else:
            text = re.sub(r"%(\d)", sub, lvl.text or "")
        if not text:
            return ""
        if lvl.suff == "space" or (lvl.suff == "tab" and text[-1].isalnum()):
            text += " "
        return text


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
            if tr.getparent() is not tbl and not (tr.getparent().tag in (_SDTCONTENT, _CUSTOMXML)):
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
