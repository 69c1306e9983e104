"""Step 7, the document's lines: pages of lines, tables and boxes to SourceLines, wrapped
lines of a paragraph joined (by their geometry: a full line, then one flush left)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter

from ...markers import item_start
from ..base import SourceLine, glue
from .breaks import join_tables
from .furniture import body_size, strip_furniture
from .items import Box, Page, Table
from .lines import Line, is_cjk, union

_TERMINAL = "。：:；;！!？?"
_OPENING_MARKS = "〔（(《“‘「『【［"  # a full-width opening mark's glyph stands in the right half of its em


def forced_break(prev: Line, line: Line, right: float) -> bool:
    """`prev` stopped short of the right edge only because what `line` opens with could not be cut and did not fit: a run of
    digits, Latin letters or marks and the character it clings to ("…的通知冀科农" / "〔2017〕3号各市…", a web page printed
    with a ragged right edge)."""
    chars = line.chars
    j = 0
    while j < len(chars) and not is_cjk(chars[j].text):
        j += 1
    if j == 0 or j == len(chars):
        return False  # a line opening with a character that could have gone up, or no word at all
    return prev.x1 + (chars[j].x1 - chars[0].x0) > right - 0.3 * prev.size


def block_margins(lines: list[Line]) -> tuple[float, float]:
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


def page_margins(pages: list[Page]) -> dict:
    """Margins by page width (portrait and landscape pages) and column (None on one-column
    pages, 0 and 1 for the columns of two-column pages)."""
    by_column: dict = {}
    for p in pages:
        for it in p.items:
            if isinstance(it, Line):
                by_column.setdefault((round(p.width), it.column), []).append(it)
    return {k: block_margins(v) for k, v in by_column.items()}


def is_centred(ln: Line, page: Page, left: float, right: float) -> bool:
    """A line set centred (a title line): away from the margin, not a numbered item, its
    middle on the middle of the text block or of the page."""
    if ln.x0 <= left + (1.1 if ln.text[:1] in _OPENING_MARKS else 0.5) * ln.size or item_start().match(ln.text):
        return False
    mid = (ln.x0 + ln.x1) / 2
    tol = max(3.0, 0.3 * ln.size)
    return abs(mid - (left + right) / 2) <= tol or (ln.column is None and abs(mid - page.width / 2) <= tol)


def item_bands(page: Page) -> list[float]:
    """A page's printed lines when its loader gave none (OFD, OCR): its text lines, each
    table row and each paragraph of a box as one line."""
    ys = []
    for it in page.items:
        if isinstance(it, Line):
            ys.append(it.cy)
        elif isinstance(it, Table):
            ys += [(r.box[1] if r.box else it.top) + 0.01 for r in it.rows]
        elif isinstance(it, Box):
            ys += [b[1] + 0.01 for b in it.boxes] or [it.top + 0.01]
    return sorted(ys)


def line_at(page: Page, y: float, column: int | None = None) -> int:
    """The number on its page (from 1) of the printed line whose middle is nearest to y;
    on a two-column page, counted in its column."""
    bands = page.column_bands[column] if column is not None and column < len(page.column_bands) else page.bands
    if not bands:
        return 1
    i = bisect_left(bands, y)
    if i == len(bands) or (i > 0 and y - bands[i - 1] <= bands[i] - y):
        i -= 1
    return max(i, 0) + 1


def line_below(page: Page, y: float) -> int:
    """The number on its page of the first printed line below y (a table row's top rule)."""
    return min(bisect_right(page.bands, y), max(len(page.bands) - 1, 0)) + 1


def lines_from_pages(pages: list[Page]) -> list[SourceLine]:
    """Pages of lines and table rows (from a PDF, or any loader that places characters
    on pages: OFD) to the document's lines: running headers and page numbers removed,
    wrapped lines joined, table rows TAB-joined and numbered. Each line keeps its page, its
    line number on that page (Page.bands) and its box; rows their table and row."""
    for p in pages:
        if not p.bands:
            p.bands = item_bands(p)
    strip_furniture(pages)
    join_tables(pages)
    margins = page_margins(pages)
    body = body_size(pages)
    # when numbered items start indented (first-line indent), a flush-left line that
    # happens to begin with "一、" or "1." is a wrapped continuation, not a new item
    item_lines = [(p, it) for p in pages for it in p.items if isinstance(it, Line) and item_start().match(it.text)]
    items_indented = bool(item_lines) and sum(it.x0 > margins[round(p.width), it.column][0] + 0.6 * it.size for p, it in item_lines) >= 0.8 * len(item_lines)

    out: list[SourceLine] = []
    table_no = -1
    row_no = 0
    prev: Line | None = None  # last body line emitted, while it may still continue
    prev_centred = False
    buf_text = ""
    buf_page = 0
    buf_line = 0  # the paragraph's first line, on its page
    buf_box = (0.0, 0.0, 0.0, 0.0)  # the paragraph's lines on that page

    def flush() -> None:
        nonlocal buf_text, prev
        if buf_text:
            out.append(SourceLine(buf_text, buf_line, page=buf_page, box=buf_box, order=len(out) + 1))
        buf_text = ""
        prev = None

    for p in pages:
        for it in p.items:
            if isinstance(it, Line):
                text = it.text.strip()
                if not text:
                    continue
                left, right = margins[round(p.width), it.column]
                centred = is_centred(it, p, left, right)
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
                            buf_text = glue(buf_text, text)
                            joined = True
                    elif prev_centred:
                        full = it.x0 <= left + it.size and it.x1 >= right - 2.2 * it.size
                        if full and title_type and same_size and near and buf_text[-1] not in _TERMINAL:
                            buf_text = glue(buf_text, text)
                            joined = True
                    else:
                        full = prev.x1 >= right - 2.2 * prev.size or (buf_text[-1] not in _TERMINAL and forced_break(prev, it, right))
                        flush_left = it.x0 <= left + (1.1 if text[0] in _OPENING_MARKS else 0.6) * it.size
                        if full and flush_left and (items_indented or not item_start().match(text)):
                            buf_text = glue(buf_text, text)
                            joined = True
                if not joined:
                    flush()
                    buf_text = text
                    buf_page = p.number
                    buf_line = line_at(p, it.cy, it.column)
                    buf_box = it.bbox
                elif buf_page == p.number:
                    buf_box = union(buf_box, it.bbox)
                prev = it
                prev_centred = centred
            elif isinstance(it, Box):
                flush()
                table_no += 1
                for row, text in enumerate(it.paragraphs):
                    box = it.boxes[row] if row < len(it.boxes) else None
                    line = line_below(p, box[1]) if box else line_below(p, it.top)
                    out.append(SourceLine(f"| {text} |", line, page=p.number, table=table_no, row=row, box=box, order=len(out) + 1))
            else:
                flush()
                ncols = it.ncols
                if not it.cont:
                    table_no += 1
                    row_no = 0
                for r in it.rows:
                    cells = list(r.cells) + [""] * (ncols - len(r.cells))
                    line = line_below(p, r.box[1] if r.box else it.top)
                    out.append(SourceLine("\t".join(c.replace("\t", " ") for c in cells), line, page=p.number, table=table_no, row=row_no,
                                          box=r.box, order=len(out) + 1))
                    row_no += 1
    flush()
    return out
