"""What a page holds after the steps: lines, tables (rows of cell texts) and framed boxes,
top to bottom. Plain data."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TableRow:
    cells: list[str]
    ncols: int
    ids: list = field(default_factory=list)  # per column: the cell (box) the value came from, None if covered
    parts: list = field(default_factory=list)  # per column: the cell's (lines, wraps), see cell_parts
    box: tuple[float, float, float, float] | None = None  # the row across the table: (x0, top, x1, bottom)


@dataclass
class Table:
    """One ruled table on one page; `cont` when it goes on from the table that ends the page before."""
    rows: list[TableRow]
    ncols: int
    top: float
    cont: bool = False


@dataclass
class Box:
    """A framed box of text (专栏): one ruled cell standing alone, its paragraphs."""
    paragraphs: list[str]
    top: float
    boxes: list = field(default_factory=list)  # per paragraph: (x0, top, x1, bottom) of its lines


@dataclass
class Page:
    number: int
    width: float
    height: float
    items: list = field(default_factory=list)  # Line | Table | Box, top to bottom
    # the middle (y) of every line the page prints, top to bottom, running headers and
    # lines inside table cells too: a line's number on its page is its place here
    bands: list[float] = field(default_factory=list)
    column_bands: tuple = ()  # on a two-column page: the bands of each column, counted from its top
