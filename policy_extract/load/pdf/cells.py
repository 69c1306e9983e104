"""Step 5, cells: the glyphs of a ruled table by cell, each cell's lines joined into its
text, the table's rows; a framed box (专栏) read as its paragraphs."""
from __future__ import annotations

import re
from bisect import bisect_left

from ...rules import UNIT_PREFIXES, UNIT_SUFFIXES
from ..base import glue
from .chars import Char
from .grid import Grid, cluster
from .items import Box, TableRow
from .lines import Line, group_lines, union

_UNIT_SEPARATORS = re.compile(r"[，,、；;：:\s]")
_SPACES = re.compile(r"\s+")


def unit_break(before: str, after: str) -> bool:
    """Two whole unit names, one under the other ("市行政审批局" / "市司法局"), not one name
    the cell width wrapped ("西咸新" / "区管委会", "西安市人民政府" / "办公厅"): the text before
    ends like a unit name, the text after starts like one and its first name ends like one."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after:
        return False
    # the first name after (up to the first separator), then the last one before (after
    # the last separator: the first in the text read backwards)
    m = _UNIT_SEPARATORS.search(after)
    head = after[: m.start()] if m else after
    if len(head) < 3 or not head.startswith(UNIT_PREFIXES) or not (head.endswith(UNIT_SUFFIXES) or head[-1] in "）)"):
        return False
    if "。" in before:
        return False
    m = _UNIT_SEPARATORS.search(before[::-1])
    tail = before[len(before) - m.start():] if m else before
    return len(tail) >= 3 and (tail.endswith(UNIT_SUFFIXES) or tail[-1] in "）)")


def join_parts(before: str, after: str) -> str:
    """Join two pieces of one cell that a line wrap or a page break cut apart."""
    if unit_break(before, after):
        return before.rstrip() + " " + after.lstrip()
    return glue(before, after)


def cell_parts(lines: list[Line], cell_x1: float) -> tuple[list[str], list[bool]]:
    """The lines of a cell, and for each line whether the cell's width wrapped the line
    before it (it ends at the cell's edge) rather than a line break typed in the cell."""
    texts = [ln.text.strip() for ln in lines]
    wraps = [False] + [prev.x1 >= cell_x1 - 1.5 * prev.size - 2 for prev in lines[:-1]]
    return texts, wraps


def compose_cell(texts: list[str], wraps: list[bool]) -> str:
    """A cell's lines as one text. A wrapped line goes on in the next one, unless a whole
    unit name ends there and another begins (in a column one or two characters wide,
    every character ends a line: the names are told by their words)."""
    text = texts[0] if texts else ""
    for i in range(1, len(texts)):
        if not wraps[i]:
            text = text.rstrip() + " " + texts[i]
        elif unit_break(text, "".join(texts[i:])):
            text = text.rstrip() + " " + texts[i]
        else:
            text = glue(text, texts[i])
    return _SPACES.sub(" ", text).strip()


def cell_text(lines: list[Line], cell_x1: float) -> str:
    return compose_cell(*cell_parts(lines, cell_x1))


def locate_chars(table, chars: list[Char]) -> tuple[dict[tuple, list[Char]], list[Char], list[Char]]:
    """Glyphs of a table by cell (the first cell holding the glyph's centre), glyphs in
    the table's box but in no cell, glyphs outside the box."""
    x0, top, x1, bottom = table.bbox
    x0, top, x1, bottom = x0 - 1, top - 1, x1 + 1, bottom + 1
    cells = [tuple(c) for c in table.cells]
    # cells grouped by the columns they span (few groups), each group in list order
    spans: dict[tuple[float, float], list[tuple[int, float, float]]] = {}
    for i, c in enumerate(cells):
        spans.setdefault((c[0] - 0.5, c[2] + 0.5), []).append((i, c[1] - 0.5, c[3] + 0.5))
    # a group whose cells run down the page without overlapping (tops and bottoms both
    # rising, the usual case) finds a glyph's cell by bisection, else by a scan
    span_list = []
    for (a, b), members in spans.items():
        tops, bottoms = [m[1] for m in members], [m[2] for m in members]
        rising = all(p <= q for p, q in zip(tops, tops[1:])) and all(p <= q for p, q in zip(bottoms, bottoms[1:]))
        span_list.append((a, b, members, bottoms if rising else None))
    # the groups a glyph's middle can fall in, found by bisection too: the groups' edges
    # cut the width into slots (each edge one, and the gaps between them), each slot
    # listing the groups that hold it
    edges = sorted({a for a, _, _, _ in span_list} | {b for _, b, _, _ in span_list})
    slots: list[list] = []
    for k, e in enumerate(edges):
        below = edges[k - 1] if k else None  # the gap between the edge before and this one
        slots.append([g for g in span_list if below is not None and g[0] <= below and g[1] >= e])
        slots.append([g for g in span_list if g[0] <= e <= g[1]])  # the edge itself
    slots.append([])  # right of every edge
    by_cell: dict[tuple, list[Char]] = {c: [] for c in cells}
    lost: list[Char] = []
    outside: list[Char] = []
    targets = [by_cell[c] for c in cells]
    n_edges = len(edges)
    inf = float("inf")
    # the glyph before, when it fell between two edges: that gap, its middle and where it
    # went (a glyph's cell depends only on its slot and its middle: the next glyph of a
    # line in a cell goes there too)
    last_lo = last_hi = 0.0
    last_cy: float | None = None
    last_target: list[Char] = lost
    for ch in chars:
        cy = (ch.top + ch.bottom) / 2
        if not top <= cy <= bottom:
            outside.append(ch)
            continue
        cx = (ch.x0 + ch.x1) / 2
        if not x0 <= cx <= x1:
            outside.append(ch)
            continue
        if cy == last_cy and last_lo < cx < last_hi:
            last_target.append(ch)
            continue
        k = bisect_left(edges, cx)
        on_edge = k < n_edges and edges[k] == cx
        best = -1
        for a, b, members, bottoms in slots[2 * k + 1 if on_edge else 2 * k]:
            if bottoms is not None:  # the first cell whose bottom reaches the glyph holds it, or none does
                j = bisect_left(bottoms, cy)
                if j < len(members) and members[j][1] <= cy and (best < 0 or members[j][0] < best):
                    best = members[j][0]
                continue
            for i, ctop, cbottom in members:
                if ctop <= cy <= cbottom:
                    if best < 0 or i < best:
                        best = i
                    break
        target = lost if best < 0 else targets[best]
        target.append(ch)
        if on_edge:
            last_cy = None
        else:
            last_lo, last_hi, last_cy, last_target = edges[k - 1] if k else -inf, edges[k] if k < n_edges else inf, cy, target
    return by_cell, lost, outside


def cells_overlap(cells: list) -> bool:
    """Whether two cells overlap by more than 1 pt both ways (a sweep left to right: only
    cells starting before one ends can overlap it)."""
    order = sorted(cells, key=lambda c: c[0])
    for i, a in enumerate(order):
        for b in order[i + 1:]:
            if b[0] >= a[2] - 1:  # (b starts at or right of a's start, so does every cell after it)
                break
            if min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1:
                return True
    return False


def grid_plausible(tables: list[Grid], chars: list[Char]) -> bool:
    """A grid to trust: cells do not overlap, and every glyph inside a table's box
    lies in one of its cells (otherwise the rulings were misread and text would be lost)."""
    for t in tables:
        if cells_overlap(t.cells):
            return False
        t.located = (chars, locate_chars(t, chars))
        _, lost, _ = t.located[1]
        if any(not ch.text.isspace() for ch in lost):
            return False
    return True


def table_rows(table, chars: list[Char], lines: list[Line] | None = None) -> tuple[list[TableRow], list[Char]]:
    """Rows of one table (a Grid, or a pdfplumber table); returns (rows, chars outside it).
    The lines read in its cells are added to `lines` when given."""
    located = getattr(table, "located", None)
    by_cell, _, outside = located[1] if located is not None and located[0] is chars else locate_chars(table, chars)
    cells = [tuple(c) for c in table.cells]
    cols = cluster([c[0] for c in cells])
    rows_y = cluster([c[1] for c in cells])
    ncols = len(cols)
    # text of each physical cell
    lines_of = {c: group_lines(chs) if chs else [] for c, chs in by_cell.items()}
    if lines is not None:
        for cell_lines in lines_of.values():
            lines.extend(cell_lines)
    parts_of = {c: cell_parts(cell_lines, c[2]) for c, cell_lines in lines_of.items()}
    text_of = {c: compose_cell(*parts) for c, parts in parts_of.items()}
    out = []
    x0, _, x1, table_bottom = table.bbox
    # the cells each column's left edge falls in, in order (a row takes the first of them
    # its top falls in)
    in_column = [[c for c in cells if c[0] - 2 <= cx + 1 <= c[2]] for cx in cols]
    for k, ry in enumerate(rows_y):
        row = []
        ids = []
        parts = []
        for cx, column_cells in zip(cols, in_column):
            hit = None
            for c in column_cells:
                if c[1] - 2 <= ry + 1 <= c[3]:
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
            out.append(TableRow(row, ncols, ids, parts, (x0, ry, x1, rows_y[k + 1] if k + 1 < len(rows_y) else table_bottom)))
    return out, outside


def read_box(cell: tuple[float, float, float, float], chars: list[Char], page_height: float) -> tuple[Box | None, list[Char]]:
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
    boxes: list[tuple[float, float, float, float]] = []
    prev = None
    lines = group_lines(inside)
    margin = min(ln.x0 for ln in lines)
    for ln in lines:
        text = ln.text.strip()
        centred = abs((ln.x0 + ln.x1) / 2 - (x0 + x1) / 2) <= max(3.0, ln.size) and ln.x0 > margin + 2 * ln.size
        if prev is not None and not centred and prev.x1 >= x1 - 2.5 * prev.size and ln.x0 <= margin + 0.6 * ln.size:
            paragraphs[-1] = glue(paragraphs[-1], text)  # a line the box width wrapped
            boxes[-1] = union(boxes[-1], ln.bbox)
        else:
            paragraphs.append(text)
            boxes.append(ln.bbox)
        prev = None if centred else ln
    return Box(paragraphs, top, boxes), [c for c in chars if id(c) not in ids]
