"""Step 4, grid: ruled tables from the page's vector paths, in the steps of pdfplumber's
"lines" table finder (pdfplumber/table.py): edges -> snapped and joined edges ->
intersections -> cells -> tables."""
from __future__ import annotations

import ctypes
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .chars import pdfium

# The same steps (and tolerances) as pdfplumber's default "lines" table finder, fed
# with pdfium's path objects instead of a pdfminer layout of the page, which is what
# made ruled pages slow: edges snapped and joined, their crossings, the smallest
# rectangle closed by edges at each crossing (a merged cell is one rectangle because
# the separator inside it is missing), cells sharing corners grouped into tables.
Edge = tuple[float, float, float]  # horizontal (top, x0, x1) or vertical (x, top, bottom)
BBox = tuple[float, float, float, float]  # (x0, top, x1, bottom), points from the page's top left
Point = tuple[float, float]
Intersections = dict[Point, tuple[set, set]]  # point -> (vertical edges through it, horizontal edges through it)


@dataclass(frozen=True)
class GridSettings:
    """The grid finder's tunables, checked once. The tolerances are pdfplumber's
    TableSettings defaults (snap, join, intersection 3 pt; edge_min_length 3,
    edge_min_length_prefilter 1). `close_cut_rows` and `split_stacked` are this loader's
    own additions (rules a browser leaves out at a page break; two tables printed one
    right under the other); with both off the finder answers as pdfplumber's does."""

    snap_tolerance: float = 3.0
    join_tolerance: float = 3.0
    intersection_tolerance: float = 3.0
    edge_min_length: float = 3.0  # after joining
    edge_min_length_prefilter: float = 1.0  # before snapping
    min_table_paths: int = 6  # a page with fewer vector paths is not checked with pdfplumber
    close_cut_rows: bool = True
    split_stacked: bool = True

    def __post_init__(self) -> None:
        for name in ("snap_tolerance", "join_tolerance", "intersection_tolerance", "edge_min_length", "edge_min_length_prefilter"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value < 100:
                raise ValueError(f"GridSettings.{name} must be a number of points from 0 to 100, not {value!r}")
        if not isinstance(self.min_table_paths, int) or self.min_table_paths < 0:
            raise ValueError(f"GridSettings.min_table_paths must be a whole number >= 0, not {self.min_table_paths!r}")


DEFAULT_SETTINGS = GridSettings()


def cluster(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


@dataclass
class Grid:
    """One ruled table: bbox and cells as (x0, top, x1, bottom), distances from the page top."""
    cells: list[BBox]
    bbox: BBox = (0.0, 0.0, 0.0, 0.0)
    located: tuple | None = field(default=None, repr=False)  # (chars, locate_chars's answer) kept for table_rows

    def __post_init__(self) -> None:
        self.bbox = (min(c[0] for c in self.cells), min(c[1] for c in self.cells),
                     max(c[2] for c in self.cells), max(c[3] for c in self.cells))


def edges_from_paths(paths, page_height: float, raw, settings: GridSettings = DEFAULT_SETTINGS) -> tuple[list[Edge], list[Edge]]:
    """Axis-parallel pieces of the page's vector paths (lines, rectangle sides, the
    control polygon of curves, as pdfplumber takes them): horizontals (top, x0, x1),
    verticals (x, top, bottom)."""
    hs: list[Edge] = []
    vs: list[Edge] = []
    m = raw.FS_MATRIX()
    fx, fy = ctypes.c_float(), ctypes.c_float()
    point_args = (ctypes.byref(fx), ctypes.byref(fy))
    pdf = pdfium(raw)
    count_segments, path_segment, segment_point = pdf.count_segments, pdf.path_segment, pdf.segment_point
    segment_type, segment_close, moveto = pdf.segment_type, pdf.segment_close, raw.FPDF_SEGMENT_MOVETO
    void_p = ctypes.c_void_p
    for obj in paths:
        mats = []
        o = obj
        while o is not None:  # the path's own matrix, then those of the forms holding it
            if not raw.FPDFPageObj_GetMatrix(o.raw, m):
                raise ValueError("no matrix")
            mats.append((m.a, m.b, m.c, m.d, m.e, m.f))
            o = o.container
        path = ctypes.cast(obj.raw, void_p)
        n = count_segments(path)
        subpaths: list[list[tuple[float, float]]] = []
        cur: list[tuple[float, float]] = []
        for k in range(n):
            address = path_segment(path, k)
            seg = void_p(address) if address else None
            if seg is None or not segment_point(seg, *point_args):
                raise ValueError("bad path segment")
            x, y = fx.value, fy.value
            for a, b, c, d, e, f in mats:
                x, y = a * x + c * y + e, b * x + d * y + f
            pt = (x, page_height - y)
            if segment_type(seg) == moveto or not cur:
                cur = [pt]
                subpaths.append(cur)
            else:
                cur.append(pt)
            if segment_close(seg) and len(cur) > 1:
                cur.append(cur[0])
        for sp in subpaths:
            for (x0, y0), (x1, y1) in zip(sp, sp[1:]):
                if abs(y0 - y1) < 0.01 and abs(x1 - x0) >= settings.edge_min_length_prefilter:
                    hs.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
                elif abs(x0 - x1) < 0.01 and abs(y1 - y0) >= settings.edge_min_length_prefilter:
                    vs.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
    return hs, vs

def snap_join(edges: list[Edge], settings: GridSettings = DEFAULT_SETTINGS) -> list[Edge]:
    """(pos, start, end) edges of one orientation: positions within the snap tolerance of
    each other (chained, as pdfplumber clusters) move to their average, then pieces on one
    line that touch or overlap within the join tolerance become one edge; edges shorter
    than edge_min_length are dropped (pdfplumber's merge_edges, then filter_edges)."""
    if not edges:
        return []
    groups: list[list[float]] = []
    cluster_of: dict[float, int] = {}
    for v in sorted({e[0] for e in edges}):
        if not groups or v > groups[-1][-1] + settings.snap_tolerance:
            groups.append([])
        groups[-1].append(v)
        cluster_of[v] = len(groups) - 1
    members: dict[int, list[Edge]] = {}
    for e in edges:
        members.setdefault(cluster_of[e[0]], []).append(e)
    out = []
    for es in members.values():
        pos = sum(e[0] for e in es) / len(es)
        joined: list[list[float]] = []
        for _, a, b in sorted(es, key=lambda e: e[1]):
            if joined and a <= joined[-1][1] + settings.join_tolerance:
                joined[-1][1] = max(joined[-1][1], b)
            else:
                joined.append([a, b])
        out.extend((pos, a, b) for a, b in joined if b - a >= settings.edge_min_length)
    return out


def closing_edges(hs: list[Edge], vs: list[Edge], settings: GridSettings = DEFAULT_SETTINGS) -> list[Edge]:
    """Rules a browser leaves out where a page break cuts a table row: column rules that
    cross the table's row rules stop at the page break with nothing drawn across. Where
    two or more of them stop at the same height, a rule across closes the row."""
    tol, snap = settings.intersection_tolerance, settings.snap_tolerance

    def ruled(x: float, y: float) -> bool:
        return any(abs(hy - y) <= tol and hx0 - tol <= x <= hx1 + tol for hy, hx0, hx1 in hs)

    def in_grid(x: float, top: float, bottom: float) -> bool:
        return any(top - tol <= hy <= bottom + tol and hx0 - tol <= x <= hx1 + tol for hy, hx0, hx1 in hs)

    out = []
    for at_bottom in (True, False):
        open_ends: dict[float, list[float]] = {}
        for x, top, bottom in vs:
            end = bottom if at_bottom else top
            if in_grid(x, top, bottom) and not ruled(x, end):
                key = next((k for k in open_ends if abs(k - end) <= snap), end)
                open_ends.setdefault(key, []).append(x)
        for y, xs in open_ends.items():
            if len(xs) >= 2:  # the rule spans every column rule that stops there
                xs = xs + [x for x, top, bottom in vs if abs((bottom if at_bottom else top) - y) <= snap]
                out.append((y, min(xs), max(xs)))
    return out


def edges_to_intersections(hs: list[Edge], vs: list[Edge], settings: GridSettings = DEFAULT_SETTINGS) -> Intersections:
    """The points where a vertical and a horizontal edge cross (or come within the
    intersection tolerance), with the edges through each (pdfplumber's
    edges_to_intersections; a point is (x of the vertical, top of the horizontal))."""
    tol = settings.intersection_tolerance
    cross: Intersections = {}
    for v in sorted(vs):
        x, vtop, vbottom = v
        for h in sorted(hs):
            y, hx0, hx1 = h
            if vtop <= y + tol and vbottom >= y - tol and hx0 - tol <= x <= hx1 + tol:
                pv, ph = cross.setdefault((x, y), (set(), set()))
                pv.add(v)
                ph.add(h)
    return cross


def intersections_to_cells(cross: Intersections) -> list[BBox]:
    """At each intersection, the smallest rectangle whose four corners are intersections
    joined by edges, the point as its top-left corner (pdfplumber's
    intersections_to_cells): a merged cell is one rectangle, its inner rule missing."""
    points = sorted(cross)
    by_x: dict[float, list[Point]] = {}
    by_y: dict[float, list[Point]] = {}
    for pt in points:  # sorted: by_x lists run down, by_y lists run right
        by_x.setdefault(pt[0], []).append(pt)
        by_y.setdefault(pt[1], []).append(pt)

    def vlink(p: Point, q: Point) -> bool:
        return not cross[p][0].isdisjoint(cross[q][0])

    def hlink(p: Point, q: Point) -> bool:
        return not cross[p][1].isdisjoint(cross[q][1])

    # each point's place in its column and in its row: the points after it there are the
    # ones below it and right of it
    place_x = {pt: k for col in by_x.values() for k, pt in enumerate(col)}
    place_y = {pt: k for row in by_y.values() for k, pt in enumerate(row)}
    cells = []
    for pt in points:
        below = by_x[pt[0]][place_x[pt] + 1:]
        right = by_y[pt[1]][place_y[pt] + 1:]
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
    return cells


def cells_to_tables(cells: list[BBox]) -> list[list[BBox]]:
    """Cells that touch at a corner make one table (pdfplumber's cells_to_tables, lone
    cells kept: a framed box), tables top to bottom then left to right."""
    corners = [((c[0], c[1]), (c[0], c[3]), (c[2], c[1]), (c[2], c[3])) for c in cells]
    tables: list[list[BBox]] = []
    remaining = list(range(len(cells)))
    while remaining:
        first = remaining.pop(0)
        group = [cells[first]]
        reached = set(corners[first])
        grew = True
        while grew:  # passes over the cells left, in order, until one adds none
            grew = False
            left = []
            for i in remaining:
                if reached.isdisjoint(corners[i]):
                    left.append(i)
                else:
                    group.append(cells[i])
                    reached.update(corners[i])
                    grew = True
            remaining = left
        tables.append(group)
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return tables


def find_grids(hs: list[Edge], vs: list[Edge], boxes: list | None = None, settings: GridSettings = DEFAULT_SETTINGS) -> list[Grid]:
    """Ruled tables of a page from its raw edges; a cell standing alone (a framed box) goes
    to `boxes` when given."""
    hs, vs = snap_join(hs, settings), snap_join(vs, settings)
    if settings.close_cut_rows:
        closing = closing_edges(hs, vs, settings)
        if closing:
            hs = snap_join(hs + closing, settings)
    tables = cells_to_tables(intersections_to_cells(edges_to_intersections(hs, vs, settings)))
    if settings.split_stacked:
        tables = [part for t in tables for part in split_stacked(t)]
        tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    if boxes is not None:
        boxes.extend(t[0] for t in tables if len(t) == 1)
    return [Grid(t) for t in tables if len(t) > 1]


def split_stacked(cells: list[BBox]) -> list[list[BBox]]:
    """Two tables printed one right under the other (a web page's table per page-sized
    chunk, each with its own column widths) touch along a rule: where the column rules
    above it and below it differ both ways (not a merged cell's missing rule), they are
    two tables."""
    ys = cluster([c[1] for c in cells] + [c[3] for c in cells])
    by_bottom = sorted(cells, key=lambda c: c[3])
    by_top = sorted(cells, key=lambda c: c[1])
    bottoms, tops = [c[3] for c in by_bottom], [c[1] for c in by_top]
    cut = []
    for y in ys:
        # the cells ending (starting) within 2 pt of y, from the few near it
        near_bottom = by_bottom[bisect_left(bottoms, y - 3) : bisect_right(bottoms, y + 3)]
        near_top = by_top[bisect_left(tops, y - 3) : bisect_right(tops, y + 3)]
        above = cluster([x for c in near_bottom if abs(c[3] - y) <= 2 for x in (c[0], c[2])])
        below = cluster([x for c in near_top if abs(c[1] - y) <= 2 for x in (c[0], c[2])])
        if len(above) < 2 or len(below) < 2:
            continue
        only_above = [a for a in above if not any(abs(a - b) <= 2 for b in below)]
        if len(only_above) < 2:  # (the usual row rule: the same column rules on both sides)
            continue
        only_below = [b for b in below if not any(abs(a - b) <= 2 for a in above)]
        if len(only_below) >= 2:  # (a merged cell leaves a rule out: a subset)
            cut.append(y)
    if not cut:
        return [cells]
    parts: list[list] = [[] for _ in range(len(cut) + 1)]
    for c in cells:
        parts[sum(c[1] >= y - 2 for y in cut)].append(c)
    return [p for p in parts if p]
