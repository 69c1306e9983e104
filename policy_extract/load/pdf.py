"""PDF notices: text layer and ruled-table geometry via pypdfium2 (pdfplumber only
as a fallback, for pages whose pdfium grid looks wrong or whose glyphs pdfium
drops), running headers/footers and page numbers removed, lines the page width
wrapped joined again, table rows as TAB-joined cells."""
from __future__ import annotations

import ctypes
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .base import PAGE_NUMBER_LINE, LoadedDocument, SourceLine, read_bytes, sha256_of

_PAGE_NO = PAGE_NUMBER_LINE
# a line that starts a new item: never glued to the line before it
_ITEM_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十百\d]+[章节条])"
)
_ASCII_ALPHA = re.compile(r"[A-Za-z]")
# pages with at least this many vector paths are checked for tables
_MIN_TABLE_PATHS = 6


@dataclass
class _Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class _Line:
    chars: list[_Char]
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0

    def __post_init__(self) -> None:
        self.chars.sort(key=lambda c: c.x0)
        self.text = "".join(c.text for c in self.chars).rstrip()
        self.x0 = min(c.x0 for c in self.chars)
        self.x1 = max(c.x1 for c in self.chars if not c.text.isspace()) if self.text.strip() else self.x0
        self.top = min(c.top for c in self.chars)
        self.bottom = max(c.bottom for c in self.chars)

    @property
    def size(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class _TableRow:
    cells: list[str]
    ncols: int


@dataclass
class _Page:
    number: int
    width: float
    height: float
    items: list = field(default_factory=list)  # _Line | list[_TableRow] (one table), top to bottom


def _open_error(path: Path, exc: Exception) -> InputError:
    msg = str(exc).lower()
    code = getattr(exc, "err_code", None)
    if "password" in msg or code == 4:
        return InputError(f"{path}: the PDF is password-protected; remove the password (print/save an unprotected copy) and try again")
    if "security" in msg or code == 5:
        return InputError(f"{path}: the PDF uses an unsupported security handler; save an unprotected copy and try again")
    return InputError(f"{path}: the PDF is damaged or incomplete and cannot be read; download or export it again")


def _page_chars(textpage, page_height: float, raw) -> list[_Char]:
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    aligned = len(text) == n
    out = []
    handle = textpage.raw
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    for i in range(n):
        ch = text[i] if aligned else chr(raw.FPDFText_GetUnicode(handle, i))
        if ch in "\r\n\x00\ufffe\uffff" or (raw.FPDFText_IsGenerated(handle, i) and ch != " "):
            continue
        if not raw.FPDFText_GetCharBox(handle, i, left, right, bottom, top):
            continue
        if not raw.FPDFText_GetCharOrigin(handle, i, ox, oy):
            continue
        size = raw.FPDFText_GetFontSize(handle, i) or (top.value - bottom.value) or 10.0
        if ch.isspace():
            ch = " "
        # the line band comes from the baseline and font size (glyph boxes of quotes,
        # digits and CJK differ); pdfium's origin is bottom-left, here distances from the top
        base = page_height - oy.value
        x0 = left.value if right.value > left.value else ox.value
        x1 = right.value if right.value > left.value else ox.value + size * 0.3
        out.append(_Char(ch, x0, x1, base - size * 0.85, base + size * 0.15))
    return out


def _group_lines(chars: list[_Char]) -> list[_Line]:
    """Chars to printed lines: same baseline band, left to right."""
    visible = [c for c in chars if not c.text.isspace()]
    if not visible:
        return []
    chars = sorted(chars, key=lambda c: (c.cy, c.x0))
    lines: list[list[_Char]] = []
    bands: list[tuple[float, float]] = []
    for c in chars:
        h = max(c.bottom - c.top, 1.0)
        for k in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            top, bottom = bands[k]
            if abs(c.cy - (top + bottom) / 2) <= max(h, bottom - top) * 0.45:
                lines[k].append(c)
                bands[k] = (min(top, c.top), max(bottom, c.bottom))
                break
        else:
            lines.append([c])
            bands.append((c.top, c.bottom))
    out = [_Line(cs) for cs in lines if any(not c.text.isspace() for c in cs)]
    out.sort(key=lambda ln: ln.top)
    return out


def _glue(a: str, b: str) -> str:
    """Join a wrapped line: CJK and digits glue directly; Latin words get a space."""
    if not a:
        return b
    if not b:
        return a
    if a.endswith(" ") or b.startswith(" "):
        return a.rstrip() + " " + b.lstrip()
    if _ASCII_ALPHA.match(a[-1]) and _ASCII_ALPHA.match(b[0]):
        return a + " " + b
    return a + b


def _cell_text(lines: list[_Line], cell_x1: float) -> str:
    text = ""
    prev = None
    for ln in lines:
        if prev is None:
            text = ln.text.strip()
        elif prev.x1 >= cell_x1 - 1.5 * prev.size - 2:  # the cell width wrapped it
            text = _glue(text, ln.text.strip())
        else:  # a line break typed in the cell
            text = text.rstrip() + " " + ln.text.strip()
        prev = ln
    return re.sub(r"\s+", " ", text).strip()


def _cluster(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


# --- ruled tables from pdfium's vector paths -------------------------------------
# The same steps (and tolerances) as pdfplumber's default "lines" table finder, fed
# with pdfium's path objects instead of a pdfminer layout of the page, which is what
# made ruled pages slow: edges snapped and joined, their crossings, the smallest
# rectangle closed by edges at each crossing (a merged cell is one rectangle because
# the separator inside it is missing), cells sharing corners grouped into tables.
_SNAP_TOL = 3.0
_JOIN_TOL = 3.0
_CROSS_TOL = 3.0
_EDGE_MIN = 3.0  # after joining
_EDGE_MIN_RAW = 1.0  # before snapping


@dataclass
class _Grid:
    """One ruled table: bbox and cells as (x0, top, x1, bottom), distances from the page top."""
    cells: list[tuple[float, float, float, float]]
    bbox: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    located: tuple | None = field(default=None, repr=False)  # (chars, _locate's answer) kept for _table_rows

    def __post_init__(self) -> None:
        self.bbox = (min(c[0] for c in self.cells), min(c[1] for c in self.cells),
                     max(c[2] for c in self.cells), max(c[3] for c in self.cells))


def _path_edges(paths, page_height: float, raw) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Axis-parallel pieces of the page's vector paths (lines, rectangle sides, the
    control polygon of curves, as pdfplumber takes them): horizontals (top, x0, x1),
    verticals (x, top, bottom)."""
    hs: list[tuple[float, float, float]] = []
    vs: list[tuple[float, float, float]] = []
    m = raw.FS_MATRIX()
    fx, fy = ctypes.c_float(), ctypes.c_float()
    for obj in paths:
        mats = []
        o = obj
        while o is not None:  # the path's own matrix, then those of the forms holding it
            if not raw.FPDFPageObj_GetMatrix(o.raw, m):
                raise ValueError("no matrix")
            mats.append((m.a, m.b, m.c, m.d, m.e, m.f))
            o = o.container
        n = raw.FPDFPath_CountSegments(obj.raw)
        subpaths: list[list[tuple[float, float]]] = []
        cur: list[tuple[float, float]] = []
        for k in range(n):
            seg = raw.FPDFPath_GetPathSegment(obj.raw, k)
            if not seg or not raw.FPDFPathSegment_GetPoint(seg, fx, fy):
                raise ValueError("bad path segment")
            x, y = fx.value, fy.value
            for a, b, c, d, e, f in mats:
                x, y = a * x + c * y + e, b * x + d * y + f
            pt = (x, page_height - y)
            if raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_MOVETO or not cur:
                cur = [pt]
                subpaths.append(cur)
            else:
                cur.append(pt)
            if raw.FPDFPathSegment_GetClose(seg) and len(cur) > 1:
                cur.append(cur[0])
        for sp in subpaths:
            for (x0, y0), (x1, y1) in zip(sp, sp[1:]):
                if abs(y0 - y1) < 0.01 and abs(x1 - x0) >= _EDGE_MIN_RAW:
                    hs.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
                elif abs(x0 - x1) < 0.01 and abs(y1 - y0) >= _EDGE_MIN_RAW:
                    vs.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
    return hs, vs


def _snap_join(edges: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """(pos, start, end) edges: positions within the snap tolerance of each other move
    to their average, then pieces on one line that touch or overlap become one edge."""
    if not edges:
        return []
    groups: list[list[float]] = []
    cluster_of: dict[float, int] = {}
    for v in sorted({e[0] for e in edges}):  # chained, as pdfplumber clusters
        if not groups or v > groups[-1][-1] + _SNAP_TOL:
            groups.append([])
        groups[-1].append(v)
        cluster_of[v] = len(groups) - 1
    members: dict[int, list[tuple[float, float, float]]] = {}
    for e in edges:
        members.setdefault(cluster_of[e[0]], []).append(e)
    out = []
    for es in members.values():
        pos = sum(e[0] for e in es) / len(es)
        joined: list[list[float]] = []
        for _, a, b in sorted(es, key=lambda e: e[1]):
            if joined and a <= joined[-1][1] + _JOIN_TOL:
                joined[-1][1] = max(joined[-1][1], b)
            else:
                joined.append([a, b])
        out.extend((pos, a, b) for a, b in joined if b - a >= _EDGE_MIN)
    return out


def _grid_tables(hs: list[tuple[float, float, float]], vs: list[tuple[float, float, float]]) -> list[_Grid]:
    hs, vs = _snap_join(hs), _snap_join(vs)
    # crossings: point -> (vertical edges through it, horizontal edges through it)
    cross: dict[tuple[float, float], tuple[set, set]] = {}
    for v in sorted(vs):
        x, vtop, vbottom = v
        for h in sorted(hs):
            y, hx0, hx1 = h
            if vtop <= y + _CROSS_TOL and vbottom >= y - _CROSS_TOL and hx0 - _CROSS_TOL <= x <= hx1 + _CROSS_TOL:
                pv, ph = cross.setdefault((x, y), (set(), set()))
                pv.add(v)
                ph.add(h)
    points = sorted(cross)
    by_x: dict[float, list[tuple[float, float]]] = {}
    by_y: dict[float, list[tuple[float, float]]] = {}
    for pt in points:  # sorted: by_x lists run down, by_y lists run right
        by_x.setdefault(pt[0], []).append(pt)
        by_y.setdefault(pt[1], []).append(pt)

    def vlink(p: tuple[float, float], q: tuple[float, float]) -> bool:
        return not cross[p][0].isdisjoint(cross[q][0])

    def hlink(p: tuple[float, float], q: tuple[float, float]) -> bool:
        return not cross[p][1].isdisjoint(cross[q][1])

    cells = []
    for pt in points:  # the smallest rectangle closed by edges with pt as top-left corner
        below = [q for q in by_x[pt[0]] if q[1] > pt[1]]
        right = [q for q in by_y[pt[1]] if q[0] > pt[0]]
        found = None
        for b in below:
            if not vlink(pt, b):
                continue
            for r in right:
                if not hlink(pt, r):
                    continue
                corner = (r[0], b[1])
                if corner in cross and vlink(corner, r) and hlink(corner, b):
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    # cells touching at a corner make one table
    tables: list[list[tuple[float, float, float, float]]] = []
    remaining = list(cells)
    while remaining:
        group = [remaining.pop(0)]
        corners = {(c[i], c[j]) for c in group for i in (0, 2) for j in (1, 3)}
        grew = True
        while grew:
            grew = False
            for c in list(remaining):
                cc = [(c[i], c[j]) for i in (0, 2) for j in (1, 3)]
                if any(p in corners for p in cc):
                    group.append(c)
                    corners.update(cc)
                    remaining.remove(c)
                    grew = True
        tables.append(group)
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [_Grid(t) for t in tables if len(t) > 1]


def _grid_plausible(tables: list[_Grid], chars: list[_Char]) -> bool:
    """A grid to trust: cells do not overlap, and every glyph inside a table's box
    lies in one of its cells (otherwise the rulings were misread and text would be lost)."""
    for t in tables:
        cells = t.cells
        for i, a in enumerate(cells):
            for b in cells[i + 1:]:
                if min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1:
                    return False
        t.located = (chars, _locate(t, chars))
        _, lost, _ = t.located[1]
        if any(not ch.text.isspace() for ch in lost):
            return False
    return True


def _locate(table, chars: list[_Char]) -> tuple[dict[tuple, list[_Char]], list[_Char], list[_Char]]:
    """Glyphs of a table by cell (the first cell holding the glyph's centre), glyphs in
    the table's box but in no cell, glyphs outside the box."""
    x0, top, x1, bottom = table.bbox
    x0, top, x1, bottom = x0 - 1, top - 1, x1 + 1, bottom + 1
    cells = [tuple(c) for c in table.cells]
    # cells grouped by the columns they span (few groups), each group in list order
    spans: dict[tuple[float, float], list[tuple[int, float, float]]] = {}
    for i, c in enumerate(cells):
        spans.setdefault((c[0] - 0.5, c[2] + 0.5), []).append((i, c[1] - 0.5, c[3] + 0.5))
    span_list = list(spans.items())
    by_cell: dict[tuple, list[_Char]] = {c: [] for c in cells}
    lost: list[_Char] = []
    outside: list[_Char] = []
    for ch in chars:
        cx = (ch.x0 + ch.x1) / 2
        cy = (ch.top + ch.bottom) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            outside.append(ch)
            continue
        best = -1
        for (a, b), members in span_list:
            if a <= cx <= b:
                for i, ctop, cbottom in members:
                    if ctop <= cy <= cbottom:
                        if best < 0 or i < best:
                            best = i
                        break
        if best < 0:
            lost.append(ch)
        else:
            by_cell[cells[best]].append(ch)
    return by_cell, lost, outside


def _table_rows(table, chars: list[_Char]) -> tuple[list[_TableRow], list[_Char]]:
    """Rows of one table (a _Grid, or a pdfplumber table); returns (rows, chars outside it)."""
    located = getattr(table, "located", None)
    by_cell, _, outside = located[1] if located is not None and located[0] is chars else _locate(table, chars)
    cells = [tuple(c) for c in table.cells]
    cols = _cluster([c[0] for c in cells])
    rows_y = _cluster([c[1] for c in cells])
    ncols = len(cols)
    # text of each physical cell
    text_of = {c: _cell_text(_group_lines(chs), c[2]) for c, chs in by_cell.items()}
    out = []
    for ry in rows_y:
        row = []
        for cx in cols:
            hit = None
            for c in cells:
                if c[0] - 2 <= cx + 1 <= c[2] and c[1] - 2 <= ry + 1 <= c[3]:
                    hit = c
                    break
            if hit is None:
                row.append("")
            elif hit[0] < cx - 2:  # covered by a cell spanning columns: its text is given once
                row.append("")
            else:  # a cell spanning rows carries its value in every row it spans
                row.append(text_of[hit])
        if any(row):
            out.append(_TableRow(row, ncols))
    return out, outside


def _read_pages(path: Path, data: bytes) -> list[_Page]:
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:
        raise InputError(f"{path}: PDF support is not installed; run `pip install policy-extract`") from None
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise _open_error(path, exc) from None
    plumber = None

    def _plumber_page(index: int):
        nonlocal plumber
        if plumber is None:
            import pdfplumber  # only PDFs with pdfium trouble pay for it

            plumber = pdfplumber.open(io.BytesIO(data))
        return plumber.pages[index]

    pages: list[_Page] = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            chars = _page_chars(textpage, height, raw)
            tables = []
            paths = []
            dropped = 0
            for obj in page.get_objects(max_depth=2):
                if obj.type == raw.FPDF_PAGEOBJ_PATH:
                    paths.append(obj)
                elif obj.type == raw.FPDF_PAGEOBJ_TEXT and raw.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0) <= 2:
                    # pdfium's fake-bold de-duplication drops some lone glyphs (a one-character
                    # line in a table column, a title's last character): read this page with pdfplumber
                    dropped += 1
            ruled = bool(chars) and len(paths) >= _MIN_TABLE_PATHS
            grid = None
            if ruled:
                try:
                    grid = _grid_tables(*_path_edges(paths, height, raw))
                except Exception:  # a path pdfium cannot describe: pdfplumber reads the page
                    grid = None
            if chars and dropped:
                chars = [_Char(" " if c["text"].isspace() else c["text"], c["x0"], c["x1"], c["top"], c["bottom"])
                         for c in _plumber_page(index).chars]
            if grid is not None and not _grid_plausible(grid, chars):
                grid = None
            if ruled:
                # the pdfium grid, or pdfplumber's table finder when it looks wrong
                tables = grid if grid is not None else [t for t in _plumber_page(index).find_tables() if len(t.cells) > 1]
            p = _Page(index + 1, width, height)
            placed = []
            for t in sorted(tables, key=lambda t: t.bbox[1]):
                rows, chars = _table_rows(t, chars)
                if rows:
                    placed.append((t.bbox[1], rows))
            lines = [(ln.top, ln) for ln in _group_lines(chars)]
            p.items = [item for _, item in sorted(lines + placed, key=lambda x: x[0])]
            pages.append(p)
    except InputError:
        raise
    except Exception as exc:  # pdfium/pdfminer choking on a broken object
        raise InputError(f"{path}: the PDF is damaged and cannot be read ({type(exc).__name__}); download or export it again") from None
    finally:
        if plumber is not None:
            plumber.close()
        doc.close()
    return pages


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _strip_running(pages: list[_Page]) -> None:
    """Drop page numbers and running headers/footers: the first/last lines of a
    page that are a page number, or whose text (digits aside) repeats on other pages."""
    edge: Counter[str] = Counter()
    for p in pages:
        lines = [it for it in p.items if isinstance(it, _Line)]
        for ln in lines[:2] + lines[-2:]:
            edge[_norm(ln.text)] += 1
    repeat = max(2, (len(pages) + 1) // 2) if len(pages) > 2 else 2
    for p in pages:
        keep = list(p.items)
        for from_end in (False, True):
            for _ in range(2):
                seq = [i for i, it in enumerate(keep) if isinstance(it, _Line)]
                if not seq:
                    break
                i = seq[-1] if from_end else seq[0]
                # an edge line: nothing else in its band of the page
                ln = keep[i]
                in_margin = ln.bottom > p.height * 0.85 if from_end else ln.top < p.height * 0.15
                if not in_margin and not from_end and len(pages) > 1:
                    in_margin = ln.top < p.height * 0.12
                if (_PAGE_NO.match(ln.text) and in_margin) or (len(pages) > 1 and edge[_norm(ln.text)] >= repeat and in_margin and len(ln.text) <= 60):
                    del keep[i]
                else:
                    break
        p.items = keep


def _layout(pages: list[_Page]) -> tuple[float, float]:
    """Left margin (most common start of body lines) and right edge of the text block."""
    starts: Counter[int] = Counter()
    ends = []
    for p in pages:
        for it in p.items:
            if isinstance(it, _Line):
                starts[round(it.x0)] += 1
                ends.append(it.x1)
    if not starts:
        return 0.0, 0.0
    left = float(starts.most_common(1)[0][0])
    ends.sort()
    right = ends[int(len(ends) * 0.95)] if ends else 0.0
    return left, right


def load_pdf(path: Path, ocr: str = "auto") -> LoadedDocument:
    """ocr: auto (pages without a text layer, when the [ocr] extra is installed) | always | never."""
    path = Path(path)
    data = read_bytes(path)
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise InputError(f"{path}: is not a PDF (no %PDF header); give the real PDF, or the file with its real extension")
    if b"%%EOF" not in data[-2048:]:
        raise InputError(f"{path}: the PDF is damaged or incomplete (truncated, no end-of-file marker); download or export it again")
    pages = _read_pages(path, data)
    ocred = 0
    if ocr != "never":
        from .ocr import ocr_pdf_pages

        ocred = ocr_pdf_pages(path, data, pages, always=ocr == "always")
    out = lines_from_pages(pages)
    if not out and ocred:
        raise InputError(f"{path}: the PDF has no text layer and OCR found no text on its {ocred} scanned page(s); give a sharper scan (150-300 dpi) of the notice")
    if not out:
        raise InputError(f"{path}: the PDF has no text layer (a scan or image); run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`) and give the OCR'd PDF")
    return LoadedDocument(path=str(path), format="pdf", sha256=sha256_of(data), lines=out)


def lines_from_pages(pages: list[_Page]) -> list[SourceLine]:
    """Pages of lines and table rows (from a PDF, or any loader that places characters
    on pages: OFD) to the document's lines: running headers and page numbers removed,
    wrapped lines joined, table rows TAB-joined and numbered."""
    _strip_running(pages)
    left, right = _layout(pages)
    # when numbered items start indented (first-line indent), a flush-left line that
    # happens to begin with "一、" or "1." is a wrapped continuation, not a new item
    item_lines = [it for p in pages for it in p.items if isinstance(it, _Line) and _ITEM_START.match(it.text)]
    items_indented = bool(item_lines) and sum(it.x0 > left + 0.6 * it.size for it in item_lines) >= 0.8 * len(item_lines)

    out: list[SourceLine] = []
    table_no = -1
    row_no = 0
    prev: _Line | None = None  # last body line emitted, while it may still continue
    prev_cols = None  # column count of the last table, while it may continue on the next page
    buf_text = ""
    buf_page = 0

    def flush() -> None:
        nonlocal buf_text, prev
        if buf_text:
            out.append(SourceLine(buf_text, len(out) + 1, page=buf_page))
        buf_text = ""
        prev = None

    for p in pages:
        for it in p.items:
            if isinstance(it, _Line):
                text = it.text.strip()
                if not text:
                    continue
                prev_cols = None
                joined = False
                if prev is not None and buf_text:
                    full = prev.x1 >= right - 2.2 * prev.size
                    flush_left = it.x0 <= left + 0.6 * it.size
                    if full and flush_left and (items_indented or not _ITEM_START.match(text)):
                        buf_text = _glue(buf_text, text)
                        joined = True
                if not joined:
                    flush()
                    buf_text = text
                    buf_page = p.number
                prev = it
            else:
                flush()
                rows: list[_TableRow] = it
                ncols = rows[0].ncols
                if prev_cols != ncols:
                    table_no += 1
                    row_no = 0
                for r in rows:
                    cells = list(r.cells) + [""] * (ncols - len(r.cells))
                    out.append(SourceLine("\t".join(c.replace("\t", " ") for c in cells), len(out) + 1, page=p.number, table=table_no, row=row_no))
                    row_no += 1
                prev_cols = ncols
    flush()
    return out
