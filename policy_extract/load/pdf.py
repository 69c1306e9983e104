"""PDF notices: text layer and ruled-table geometry via pypdfium2 (pdfplumber only
as a fallback, for pages whose pdfium grid looks wrong or whose glyphs pdfium
drops), running headers/footers and page numbers removed, lines the page width
wrapped joined again, table rows as TAB-joined cells."""
from __future__ import annotations

import ctypes
import io
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..markers import match_marker
from ..rules import UNIT_PREFIXES, UNIT_SUFFIXES
from .base import PAGE_NUMBER_LINE, LoadedDocument, SourceLine, continues_table, read_bytes, sha256_of

_PAGE_NO = PAGE_NUMBER_LINE
# a line that starts a new item: never glued to the line before it
_ITEM_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十百\d]+[章节条])"
)
_ASCII_ALPHA = re.compile(r"[A-Za-z]")
# pages with at least this many vector paths are checked for tables
_MIN_TABLE_PATHS = 6
_TERMINAL = "。：:；;！!？?"
_LEFT_SITTING = set("”’。，、；：！？）》」』】〕")
# Browser "save as PDF" prints the date and time with the page title at the top of every
# page and the page's address with "n/N" at the bottom.
_BROWSER_HEADER = re.compile(r"^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[,，]?\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?")
_BROWSER_FOOTER = re.compile(r"(?:https?|file)://\S*.*?\d{1,4}\s*/\s*\d{1,4}\s*$")
_UNIT_SEPARATORS = re.compile(r"[，,、；;：:\s]")

# Browsers' PDF text layer maps some characters to radical code points that share their
# glyph: Kangxi radicals (U+2F00-2FD5, which NFKC maps back) and CJK radical supplement
# forms (U+2E80-2EF3, which NFKC leaves alone). The supplement forms that are also whole
# characters, as (radical, character) pairs:
_SUPPLEMENT_RADICALS = (
    "⺁厂⺅亻⺆冂⺊卜⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬"
    "⺤爫⺥爫⺦丬⺨犭⺩王⺪疋⺫罒⺬示⺭礻⺯糸⺰纟⺲罒⺸羊⺹耂⺻聿⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西"
    "⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食"
    "⻟飠⻠饣⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟"
)
_RADICALS = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)}
_RADICALS.update({ord(a): b for a, b in zip(_SUPPLEMENT_RADICALS[::2], _SUPPLEMENT_RADICALS[1::2])})


def _real_char(ch: str) -> str:
    return _RADICALS.get(ord(ch), ch) if "\u2e80" <= ch <= "\u2fdf" else ch


@dataclass
class _Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    generated: bool = False  # a space pdfium put where it saw a gap, not one the PDF holds

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

    column: int | None = None  # 0 or 1 on a two-column page

    def __post_init__(self) -> None:
        self.chars.sort(key=lambda c: c.x0)
        self.text = _line_text(self.chars)
        self.x0 = min(c.x0 for c in self.chars)
        if self.text.strip():
            visible = [c for c in self.chars if not c.text.isspace()]
            self.x1 = max(c.x1 for c in visible)
            last = max(visible, key=lambda c: c.x1)
            if last.text in _LEFT_SITTING:  # a full-width mark sitting left in its em (”，。) ends where its em ends
                self.x1 = max(self.x1, last.x0 + 0.9 * (last.bottom - last.top))
        else:
            self.x1 = self.x0
        self.top = min(c.top for c in self.chars)
        self.bottom = max(c.bottom for c in self.chars)

    @property
    def size(self) -> float:
        return max(self.bottom - self.top, 1.0)


def _line_text(chars: list[_Char]) -> str:
    """The glyphs of a line left to right. A gap pdfium read as a space stays only between
    two Latin letters or digits: CJK text has no spaces, and the gaps it shows are the
    extra space office suites put between CJK and digits ("2023 年") or spread over a
    justified line ("加 强 “ 12345” 热 线")."""
    if not any(c.generated for c in chars):
        return "".join(c.text for c in chars).rstrip()
    out: list[str] = []
    n = len(chars)
    # a letter-spaced line: gaps between CJK characters all along it
    spread = sum(1 for i, c in enumerate(chars) if c.generated and 0 < i < n - 1
                 and not chars[i - 1].text.isascii() and not chars[i + 1].text.isascii()) >= 3
    gaps = sorted(b.x0 - a.x1 for a, b in zip(chars, chars[1:]) if not a.generated and not b.generated and _is_cjk(a.text) and _is_cjk(b.text))
    usual = gaps[len(gaps) // 2] if gaps else 0.0
    for i, c in enumerate(chars):
        if c.generated:
            before = out[-1] if out else ""
            nxt = next((d for d in chars[i + 1 : n] if not d.text.isspace()), None)
            after = nxt.text if nxt else ""
            latin = before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
            typed = before in ",;:!?" and after and not spread  # "网办, 推出": the space after a Latin comma is typed
            # a wide gap between two CJK characters of a line set solid: a typed space the
            # printer drew as a gap ("市委编办 市司法局" in a browser's table cell)
            prev = chars[i - 1] if i else None
            wide = (not spread and usual is not None and prev is not None and nxt is not None and (_is_cjk(before) or before in ")）") and _is_cjk(after)
                    and nxt.x0 - prev.x1 >= max(0.2 * (nxt.bottom - nxt.top), usual + 0.15 * (nxt.bottom - nxt.top)))
            if not (latin or typed or wide):
                continue
        out.append(c.text)
    return "".join(out).rstrip()


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@dataclass
class _TableRow:
    cells: list[str]
    ncols: int
    ids: list = field(default_factory=list)  # per column: the cell (box) the value came from, None if covered
    parts: list = field(default_factory=list)  # per column: the cell's (lines, wraps), see _cell_parts


@dataclass
class _Table:
    """One ruled table on one page; `cont` when it goes on from the table that ends the page before."""
    rows: list[_TableRow]
    ncols: int
    top: float
    cont: bool = False


@dataclass
class _Box:
    """A framed box of text (专栏): one ruled cell standing alone, its paragraphs."""
    paragraphs: list[str]
    top: float


@dataclass
class _Page:
    number: int
    width: float
    height: float
    items: list = field(default_factory=list)  # _Line | _Table | _Box, top to bottom


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
        generated = False
        if ch.isspace():
            ch = " "
            generated = bool(raw.FPDFText_IsGenerated(handle, i))
        elif "\u2e80" <= ch <= "\u2fdf":
            ch = _RADICALS.get(ord(ch), ch)
        # the line band comes from the baseline and font size (glyph boxes of quotes,
        # digits and CJK differ); pdfium's origin is bottom-left, here distances from the top
        base = page_height - oy.value
        x0 = left.value if right.value > left.value else ox.value
        x1 = right.value if right.value > left.value else ox.value + size * 0.3
        if generated and out and not out[-1].text.isspace():
            # a gap pdfium filled: it follows the glyph before it in reading order (its own
            # box can start inside the next glyph's)
            prev = out[-1]
            out.append(_Char(ch, prev.x1, prev.x1, prev.top, prev.bottom, True))
            continue
        out.append(_Char(ch, x0, x1, base - size * 0.85, base + size * 0.15, generated))
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


def _unit_break(before: str, after: str) -> bool:
    """Two whole unit names, one under the other ("市行政审批局" / "市司法局"), not one name
    the cell width wrapped ("西咸新" / "区管委会", "西安市人民政府" / "办公厅"): the text before
    ends like a unit name, the text after starts like one and its first name ends like one."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after or "。" in before:
        return False
    tail = _UNIT_SEPARATORS.split(before)[-1]
    head = _UNIT_SEPARATORS.split(after)[0]
    return (
        len(tail) >= 3 and len(head) >= 3
        and (tail.endswith(UNIT_SUFFIXES) or tail[-1] in "）)")
        and head.startswith(UNIT_PREFIXES)
        and (head.endswith(UNIT_SUFFIXES) or head[-1] in "）)")
    )


def _join_parts(before: str, after: str) -> str:
    """Join two pieces of one cell that a line wrap or a page break cut apart."""
    if _unit_break(before, after):
        return before.rstrip() + " " + after.lstrip()
    return _glue(before, after)


def _cell_parts(lines: list[_Line], cell_x1: float) -> tuple[list[str], list[bool]]:
    """The lines of a cell, and for each line whether the cell's width wrapped the line
    before it (it ends at the cell's edge) rather than a line break typed in the cell."""
    texts = [ln.text.strip() for ln in lines]
    wraps = [False] + [prev.x1 >= cell_x1 - 1.5 * prev.size - 2 for prev in lines[:-1]]
    return texts, wraps


def _compose(texts: list[str], wraps: list[bool]) -> str:
    """A cell's lines as one text. A wrapped line goes on in the next one, unless a whole
    unit name ends there and another begins (in a column one or two characters wide,
    every character ends a line: the names are told by their words)."""
    text = texts[0] if texts else ""
    for i in range(1, len(texts)):
        if not wraps[i]:
            text = text.rstrip() + " " + texts[i]
        elif _unit_break(text, "".join(texts[i:])):
            text = text.rstrip() + " " + texts[i]
        else:
            text = _glue(text, texts[i])
    return re.sub(r"\s+", " ", text).strip()


def _cell_text(lines: list[_Line], cell_x1: float) -> str:
    return _compose(*_cell_parts(lines, cell_x1))


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


def _closing_edges(hs: list[tuple[float, float, float]], vs: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Rules a browser leaves out where a page break cuts a table row: column rules that
    cross the table's row rules stop at the page break with nothing drawn across. Where
    two or more of them stop at the same height, a rule across closes the row."""
    def ruled(x: float, y: float) -> bool:
        return any(abs(hy - y) <= _CROSS_TOL and hx0 - _CROSS_TOL <= x <= hx1 + _CROSS_TOL for hy, hx0, hx1 in hs)

    def in_grid(x: float, top: float, bottom: float) -> bool:
        return any(top - _CROSS_TOL <= hy <= bottom + _CROSS_TOL and hx0 - _CROSS_TOL <= x <= hx1 + _CROSS_TOL for hy, hx0, hx1 in hs)

    out = []
    for at_bottom in (True, False):
        open_ends: dict[float, list[float]] = {}
        for x, top, bottom in vs:
            end = bottom if at_bottom else top
            if in_grid(x, top, bottom) and not ruled(x, end):
                key = next((k for k in open_ends if abs(k - end) <= _SNAP_TOL), end)
                open_ends.setdefault(key, []).append(x)
        for y, xs in open_ends.items():
            if len(xs) >= 2:  # the rule spans every column rule that stops there
                xs = xs + [x for x, top, bottom in vs if abs((bottom if at_bottom else top) - y) <= _SNAP_TOL]
                out.append((y, min(xs), max(xs)))
    return out


def _grid_tables(hs: list[tuple[float, float, float]], vs: list[tuple[float, float, float]],
                 boxes: list | None = None) -> list[_Grid]:
    """Ruled tables of a page; a cell standing alone (a framed box) goes to `boxes` when given."""
    hs, vs = _snap_join(hs), _snap_join(vs)
    closing = _closing_edges(hs, vs)
    if closing:
        hs = _snap_join(hs + closing)
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
    tables = [part for t in tables for part in _split_stacked(t)]
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    if boxes is not None:
        boxes.extend(t[0] for t in tables if len(t) == 1)
    return [_Grid(t) for t in tables if len(t) > 1]


def _split_stacked(cells: list[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    """Two tables printed one right under the other (a web page's table per page-sized
    chunk, each with its own column widths) touch along a rule: where the column rules
    above it and below it differ both ways (not a merged cell's missing rule), they are
    two tables."""
    ys = _cluster([c[1] for c in cells] + [c[3] for c in cells])
    cut = []
    for y in ys:
        above = _cluster([x for c in cells if abs(c[3] - y) <= 2 for x in (c[0], c[2])])
        below = _cluster([x for c in cells if abs(c[1] - y) <= 2 for x in (c[0], c[2])])
        only_above = [a for a in above if not any(abs(a - b) <= 2 for b in below)]
        only_below = [b for b in below if not any(abs(a - b) <= 2 for a in above)]
        if len(only_above) >= 2 and len(only_below) >= 2:  # (a merged cell leaves a rule out: a subset)
            cut.append(y)
    if not cut:
        return [cells]
    parts: list[list] = [[] for _ in range(len(cut) + 1)]
    for c in cells:
        parts[sum(c[1] >= y - 2 for y in cut)].append(c)
    return [p for p in parts if p]


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
    parts_of = {c: _cell_parts(_group_lines(chs), c[2]) for c, chs in by_cell.items()}
    text_of = {c: _compose(*parts) for c, parts in parts_of.items()}
    out = []
    for ry in rows_y:
        row = []
        ids = []
        parts = []
        for cx in cols:
            hit = None
            for c in cells:
                if c[0] - 2 <= cx + 1 <= c[2] and c[1] - 2 <= ry + 1 <= c[3]:
                    hit = c
                    break
            if hit is None or hit[0] < cx - 2:  # (covered by a cell spanning columns: its text is given once)
                row.append("")
                ids.append(None)
                parts.append(None)
            else:  # a cell spanning rows carries its value in every row it spans
                row.append(text_of[hit])
                ids.append(hit)
                parts.append(parts_of[hit])
        if any(row):
            out.append(_TableRow(row, ncols, ids, parts))
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
    quiet = _QuietPdfminer()

    def _plumber_page(index: int):
        nonlocal plumber
        if plumber is None:
            import pdfplumber  # only PDFs with pdfium trouble pay for it

            quiet.__enter__()  # pdfminer logs font warnings the user can do nothing about
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
                    # line in a table column, a title's last character): read this page with pdfplumber.
                    # Browsers write empty text objects of no size: nothing is dropped there.
                    x0, y0, x1, y1 = obj.get_bounds()
                    if x1 - x0 > 0.01 or y1 - y0 > 0.01:
                        dropped += 1
            ruled = bool(chars) and len(paths) >= _MIN_TABLE_PATHS
            grid = None
            box_cells: list = []
            if chars and paths:
                try:
                    grid = _grid_tables(*_path_edges(paths, height, raw), boxes=box_cells)
                except Exception:  # a path pdfium cannot describe: pdfplumber reads the page
                    grid = None
                    box_cells = []
            if chars and dropped:
                chars = [_Char(" " if c["text"].isspace() else "".join(map(_real_char, c["text"])), c["x0"], c["x1"], c["top"], c["bottom"])
                         for c in _plumber_page(index).chars]
            if grid is not None and not _grid_plausible(grid, chars):
                grid = None
            if ruled:
                # the pdfium grid, or pdfplumber's table finder when it looks wrong
                tables = grid if grid is not None else [t for t in _plumber_page(index).find_tables() if len(t.cells) > 1]
            elif grid:
                tables = grid
            p = _Page(index + 1, width, height)
            placed: list = []
            for t in sorted(tables, key=lambda t: t.bbox[1]):
                rows, chars = _table_rows(t, chars)
                if rows:
                    placed.append((t.bbox[1], _Table(rows, rows[0].ncols, t.bbox[1])))
            for cell in box_cells:
                box, chars = _box(cell, chars, height)
                if box is not None:
                    placed.append((box.top, box))
            grouped = _group_lines(chars)
            split = None if placed else _column_split(chars, width, grouped)
            if split is None:
                lines = [(ln.top, ln) for ln in grouped]
                p.items = [item for _, item in sorted(lines + placed, key=lambda x: x[0])]
            else:  # two columns: the left one top to bottom, then the right one
                for k, side in enumerate(([c for c in chars if c.cx < split], [c for c in chars if c.cx >= split])):
                    for ln in _group_lines(side):
                        ln.column = k
                        p.items.append(ln)
            pages.append(p)
    except InputError:
        raise
    except Exception as exc:  # pdfium/pdfminer choking on a broken object
        raise InputError(f"{path}: the PDF is damaged and cannot be read ({type(exc).__name__}); download or export it again") from None
    finally:
        if plumber is not None:
            plumber.close()
            quiet.__exit__(None, None, None)
        doc.close()
    return pages


class _QuietPdfminer:
    """pdfminer's warnings ("Could not get FontBBox …") silenced while pdfplumber reads."""

    def __enter__(self):
        self.logger = logging.getLogger("pdfminer")
        self.level = self.logger.level
        self.logger.setLevel(logging.ERROR)
        return self

    def __exit__(self, *exc) -> None:
        self.logger.setLevel(self.level)


def _box(cell: tuple[float, float, float, float], chars: list[_Char], page_height: float) -> tuple[_Box | None, list[_Char]]:
    """A framed box (专栏) of a few lines: its paragraphs, and the glyphs outside it. A frame
    round most of the page is a border, and a frame round part of a line a highlight, not
    a box: their text is read as the page's."""
    x0, top, x1, bottom = cell
    inside = [c for c in chars if x0 <= c.cx <= x1 and top <= c.cy <= bottom]
    visible = [c for c in inside if not c.text.isspace()]
    if not visible or bottom - top > 0.5 * page_height or len(visible) > 0.6 * sum(not c.text.isspace() for c in chars):
        return None, chars
    ids = {id(c) for c in inside}
    if any(id(c) not in ids and not c.text.isspace() and c.bottom > top and c.top < bottom for c in chars):
        return None, chars  # text beside it on its lines: a highlight or a shaded word, not a box
    paragraphs: list[str] = []
    prev = None
    lines = _group_lines(inside)
    margin = min(ln.x0 for ln in lines)
    for ln in lines:
        text = ln.text.strip()
        centred = abs((ln.x0 + ln.x1) / 2 - (x0 + x1) / 2) <= max(3.0, ln.size) and ln.x0 > margin + 2 * ln.size
        if prev is not None and not centred and prev.x1 >= x1 - 2.5 * prev.size and ln.x0 <= margin + 0.6 * ln.size:
            paragraphs[-1] = _glue(paragraphs[-1], text)  # a line the box width wrapped
        else:
            paragraphs.append(text)
        prev = None if centred else ln
    return _Box(paragraphs, top), [c for c in chars if id(c) not in ids]


def _column_split(chars: list[_Char], width: float, lines: list[_Line] | None = None) -> float | None:
    """The x of the gutter of a two-column page: a band near the middle that no glyph
    crosses, with text on both sides of it in many of the page's lines."""
    visible = sorted((c for c in chars if not c.text.isspace()), key=lambda c: c.x0)
    if len(visible) < 40:
        return None
    gaps = []
    reach = visible[0].x1
    for c in visible[1:]:
        if c.x0 > reach:
            gaps.append((reach, c.x0))
        reach = max(reach, c.x1)
    size = sorted(c.bottom - c.top for c in visible)[len(visible) // 2]
    best = None
    for a, b in gaps:
        mid = (a + b) / 2
        if 0.3 * width <= mid <= 0.7 * width and b - a >= max(6.0, 0.5 * size) and (best is None or b - a > best[1] - best[0]):
            best = (a, b)
    if best is None:
        return None
    split = (best[0] + best[1]) / 2
    left = sum(c.cx < split for c in visible)
    if not (0.1 * len(visible) <= left <= 0.9 * len(visible)):
        return None
    lines = _group_lines(chars) if lines is None else lines
    both = sum(1 for ln in lines if ln.x0 < best[0] and ln.x1 > best[1])
    right_side = sum(1 for ln in lines if ln.x1 > best[1])
    left_side = sum(1 for ln in lines if ln.x0 < best[0])
    return split if both >= 3 and both >= 0.5 * min(left_side, right_side) else None


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _body_size(pages: list[_Page]) -> float:
    sizes: Counter[int] = Counter()
    for p in pages:
        for it in p.items:
            if isinstance(it, _Line):
                sizes[round(it.size)] += len(it.text)
    return float(sizes.most_common(1)[0][0]) if sizes else 0.0


def _strip_running(pages: list[_Page]) -> None:
    """Drop page numbers and running headers/footers: the first/last lines of a page
    that are a page number, a browser's header or footer line, or whose text (digits
    aside) repeats at the edge of other pages in the same size of type. A line in small
    type at the very top or bottom that repeats a line printed elsewhere (the issuer's
    name over later pages) is a running header too; the issuer's banner in large type on
    page 1 is not."""
    edge: Counter[tuple[str, int]] = Counter()
    anywhere: Counter[str] = Counter()
    for p in pages:
        lines = [it for it in p.items if isinstance(it, _Line)]
        for ln in lines:
            anywhere[_norm(ln.text)] += 1
        for ln in lines[:2] + lines[-2:]:
            edge[_norm(ln.text), round(ln.size)] += 1
    body = _body_size(pages)
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
                key = _norm(ln.text)
                at_edge = ln.bottom > p.height * 0.92 if from_end else ln.top < p.height * 0.08
                if in_margin and (
                    _PAGE_NO.match(ln.text)
                    or (_BROWSER_FOOTER.search(ln.text) if from_end else _BROWSER_HEADER.match(ln.text))
                    or (len(pages) > 1 and edge[key, round(ln.size)] >= repeat and len(ln.text) <= 60)
                    or (at_edge and body and ln.size <= 0.75 * body and anywhere[key] >= 2 and len(ln.text) <= 60)
                ):
                    del keep[i]
                else:
                    break
        p.items = keep


def _margins(lines: list[_Line]) -> tuple[float, float]:
    """Left margin and right edge of a block of text lines. The margin is where wrapped
    lines start: the leftmost start shared by a good part of the lines, not the commonest
    start (that is the first-line indent when most paragraphs are one line long)."""
    if not lines:
        return 0.0, 0.0
    starts: Counter[int] = Counter(round(ln.x0) for ln in lines)
    need = max(2, 0.15 * len(lines)) if len(lines) >= 4 else 1
    clusters: list[list[int]] = []  # starts within 2 pt of each other
    for x in sorted(starts):
        if clusters and x - clusters[-1][-1] <= 2:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    left = None
    for cl in clusters:
        if sum(starts[x] for x in cl) >= need:
            left = float(max(cl, key=lambda x: starts[x]))
            break
    if left is None:
        left = float(starts.most_common(1)[0][0])
    ends = sorted(ln.x1 for ln in lines)
    right = ends[int(len(ends) * 0.95)]
    return left, right


def _layout(pages: list[_Page]) -> dict:
    """Margins by page width (portrait and landscape pages) and column (None on one-column
    pages, 0 and 1 for the columns of two-column pages)."""
    by_column: dict = {}
    for p in pages:
        for it in p.items:
            if isinstance(it, _Line):
                by_column.setdefault((round(p.width), it.column), []).append(it)
    return {k: _margins(v) for k, v in by_column.items()}


def _centred(ln: _Line, page: _Page, left: float, right: float) -> bool:
    """A line set centred (a title line): away from the margin, not a numbered item, its
    middle on the middle of the text block or of the page."""
    if ln.x0 <= left + 0.5 * ln.size or _ITEM_START.match(ln.text):
        return False
    mid = (ln.x0 + ln.x1) / 2
    tol = max(3.0, 0.3 * ln.size)
    return abs(mid - (left + right) / 2) <= tol or (ln.column is None and abs(mid - page.width / 2) <= tol)


def _is_item(text: str) -> bool:
    if not text.strip():
        return False
    m = match_marker(text.strip())
    return m is not None or bool(re.fullmatch(r"\s*\d{1,3}\s*", text))


def _key_columns(rows: list[_TableRow], ncols: int) -> list[int]:
    """Columns whose cells open with a number (（一）, 1., (1), 序号): the columns that say
    where a row, or a group of rows, begins."""
    keys = []
    for c in range(ncols):
        values = {r.cells[c] for r in rows if c < len(r.cells) and r.cells[c].strip()}
        if values and sum(_is_item(v) for v in values) >= 0.6 * len(values):
            keys.append(c)
    return keys


def _same_row(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b) or (a and a[0].replace(" ", "") != b[0].replace(" ", "")):
        return False
    return [re.sub(r"\s+", "", x) for x in a] == [re.sub(r"\s+", "", x) for x in b]


def _join_tables(pages: list[_Page]) -> None:
    """A table that ends one page and starts the next is one table. Where the page break
    cut a row, the part below the break (after the repeated header, if any) joins the
    row above: a row whose number columns are empty or go on with text that is not a
    number is that part. Cells that run over the break (a merged group or parent-task
    cell, a unit list, "2022年" / "12月底") are read whole in every row they span."""
    chain: list[_Table] = []
    header: list[str] | None = None
    body_rows: list[_TableRow] = []  # the chain's rows below its header (the last ones tell its number columns)
    prev_ends_in_table = False
    last: tuple[_Table, _TableRow] | None = None  # the chain's last row (a row cut twice lives on the first page)
    for p in pages:
        first = p.items[0] if p.items else None
        if isinstance(first, _Table) and chain and first.ncols == chain[-1].ncols and prev_ends_in_table:
            first.cont = True
            start = 1 if header is not None and first.rows and _same_row(first.rows[0].cells, header) else 0
            if last is not None and start < len(first.rows):
                _continue_row(last[0], last[1], first, start, _key_columns(body_rows[-60:], first.ncols))
            chain.append(first)
        for k, it in enumerate(p.items):
            if isinstance(it, _Table) and not it.cont and k and isinstance(p.items[k - 1], _Table) and header is not None \
                    and continues_table([header], [r.cells for r in it.rows]):
                it.cont = True  # a table printed right under the one it goes on (its header repeated)
                chain.append(it)
            if isinstance(it, _Table) and not it.cont:
                chain = [it]
                header = it.rows[0].cells if it.rows else None
                body_rows = []
                last = None
            if isinstance(it, _Table):
                body = [r for r in it.rows if header is None or not _same_row(r.cells, header)]
                body_rows += body
                if body:
                    last = (it, body[-1])
        prev_ends_in_table = bool(p.items) and isinstance(p.items[-1], _Table)


def _continue_row(above: _Table, p: _TableRow, below: _Table, start: int, keys: list[int]) -> None:
    if not keys:
        return
    r = below.rows[start]
    opening = [c for c in keys if _is_item(r.cells[c])]
    split = not opening  # else a new row (or group) starts right at the break
    # number columns left of the one the new row opens in go on from above (a group cell
    # merged over the break); those right of it belong to the new row or group
    keys = [c for c in keys if split or c < opening[0]]

    def spread(c: int, value: str, parts) -> None:
        for t, ref in ((above, p), (below, r)):
            cid = ref.ids[c] if c < len(ref.ids) else None
            for row in t.rows:
                if row is ref or (cid is not None and c < len(row.ids) and row.ids[c] == cid):
                    row.cells[c] = value
                    if c < len(row.parts):
                        row.parts[c] = parts

    for c in range(below.ncols):
        a, b = p.cells[c], r.cells[c]
        if split or (c in keys and not _is_item(b)):
            pa = p.parts[c] if c < len(p.parts) else None
            pb = r.parts[c] if c < len(r.parts) else None
            if a and b and pa and pb and pa[0] and pb[0]:
                parts = (pa[0] + pb[0], pa[1] + [True] + pb[1][1:])  # the break cut the cell: a wrap
                spread(c, _compose(*parts), parts)
            else:
                spread(c, _join_parts(a, b) if a and b else (a or b), pa if a else pb)
    if split:
        del below.rows[start]


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
    _join_tables(pages)
    margins = _layout(pages)
    body = _body_size(pages)
    # when numbered items start indented (first-line indent), a flush-left line that
    # happens to begin with "一、" or "1." is a wrapped continuation, not a new item
    item_lines = [(p, it) for p in pages for it in p.items if isinstance(it, _Line) and _ITEM_START.match(it.text)]
    items_indented = bool(item_lines) and sum(it.x0 > margins[round(p.width), it.column][0] + 0.6 * it.size for p, it in item_lines) >= 0.8 * len(item_lines)

    out: list[SourceLine] = []
    table_no = -1
    row_no = 0
    prev: _Line | None = None  # last body line emitted, while it may still continue
    prev_centred = False
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
                left, right = margins[round(p.width), it.column]
                centred = _centred(it, p, left, right)
                joined = False
                if prev is not None and buf_text:
                    same_size = abs(prev.size - it.size) <= 0.6
                    near = buf_page == p.number and prev.column == it.column and 0 <= it.top - prev.bottom <= 1.2 * it.size
                    title_type = it.size > body + 0.5
                    if centred:
                        # a title set centred over several lines: the lines of one size go on
                        # (a middle line may fill the width, in title type)
                        full = prev.x1 >= right - 2.2 * prev.size and title_type
                        if (prev_centred or full) and same_size and near and buf_text[-1] not in _TERMINAL:
                            buf_text = _glue(buf_text, text)
                            joined = True
                    elif prev_centred:
                        full = it.x0 <= left + it.size and it.x1 >= right - 2.2 * it.size
                        if full and title_type and same_size and near and buf_text[-1] not in _TERMINAL:
                            buf_text = _glue(buf_text, text)
                            joined = True
                    else:
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
                prev_centred = centred
            elif isinstance(it, _Box):
                flush()
                table_no += 1
                for row, text in enumerate(it.paragraphs):
                    out.append(SourceLine(f"| {text} |", len(out) + 1, page=p.number, table=table_no, row=row))
            else:
                flush()
                ncols = it.ncols
                if not it.cont:
                    table_no += 1
                    row_no = 0
                for r in it.rows:
                    cells = list(r.cells) + [""] * (ncols - len(r.cells))
                    out.append(SourceLine("\t".join(c.replace("\t", " ") for c in cells), len(out) + 1, page=p.number, table=table_no, row=row_no))
                    row_no += 1
    flush()
    return out
