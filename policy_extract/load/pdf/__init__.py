"""PDF notices as small steps, each plain data in and out (the style of pdfplumber's table.py):

    chars.py      pdfium's text page -> Char (glyph and box)
    lines.py      Chars -> Lines (one baseline band, left to right); two-column gutters
    furniture.py  running headers/footers and page numbers dropped from page edges
    grid.py       vector paths -> edges -> intersections -> cells -> tables (Grid)
    cells.py      a Grid and the page's Chars -> rows of cell texts; framed boxes
    breaks.py     a table going on over a page break joined, rows the break cut mended
    text.py       pages -> SourceLines (wrapped lines joined, table rows TAB-joined, provenance)
    reader.py     the file: pypdfium2 per page (pdfplumber for pages pdfium misreads)

`load_pdf(path)` reads a file; `lines_from_pages(pages)` finishes pages any loader placed
glyphs on (OFD, OCR)."""
from __future__ import annotations

from .breaks import continue_row, join_tables, key_columns
from .cells import cell_text, compose_cell, grid_plausible, locate_chars, read_box, table_rows, unit_break
from .chars import Char, chars_from_textpage, real_char
from .furniture import _BROWSER_FOOTER, strip_furniture
from .grid import DEFAULT_SETTINGS, Grid, GridSettings, closing_edges, edges_from_paths, find_grids, split_stacked
from .items import Box, Page, Table, TableRow
from .lines import Line, column_split, group_lines
from .reader import load_pdf
from .text import block_margins, lines_from_pages

# the names the other loaders (ofd.py, ocr.py) and older tests use
_Char, _Line, _Page, _Table, _TableRow = Char, Line, Page, Table, TableRow
_group_lines, _grid_tables, _grid_plausible, _table_rows, _path_edges = group_lines, find_grids, grid_plausible, table_rows, edges_from_paths
_closing_edges, _split_stacked, _column_split, _compose, _unit_break = closing_edges, split_stacked, column_split, compose_cell, unit_break
_margins, _real_char, _box, _continue_row, _key_columns = block_margins, real_char, read_box, continue_row, key_columns

__all__ = [
    "Box", "Char", "DEFAULT_SETTINGS", "Grid", "GridSettings", "Line", "Page", "Table", "TableRow",
    "_BROWSER_FOOTER", "cell_text", "chars_from_textpage", "find_grids", "grid_plausible", "join_tables",
    "lines_from_pages", "load_pdf", "locate_chars", "strip_furniture",
]
