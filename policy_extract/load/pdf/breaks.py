"""Step 6, tables across pages: a table that ends one page and starts the next is one
table; a row the page break cut is joined again."""
from __future__ import annotations

import re
from functools import lru_cache

from ...markers import match_marker
from ..base import continues_table
from .cells import compose_cell, join_parts
from .items import Page, Table, TableRow


@lru_cache(maxsize=4096)
def is_item(text: str) -> bool:
    """A cell that opens with a number (（一）, 1., ①) or is one."""
    if not text.strip():
        return False
    m = match_marker(text.strip())
    return m is not None or bool(re.fullmatch(r"\s*\d{1,3}\s*", text))


def key_columns(rows: list[TableRow], ncols: int) -> list[int]:
    """Columns whose cells open with a number (（一）, 1., (1), 序号): the columns that say
    where a row, or a group of rows, begins."""
    keys = []
    for c in range(ncols):
        values = {r.cells[c] for r in rows if c < len(r.cells) and r.cells[c].strip()}
        if values and sum(is_item(v) for v in values) >= 0.6 * len(values):
            keys.append(c)
    return keys


_SPACES = re.compile(r"\s+")


def same_row(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b) or (a and a[0].replace(" ", "") != b[0].replace(" ", "")):
        return False
    return [_SPACES.sub("", x) for x in a] == [_SPACES.sub("", x) for x in b]


def join_tables(pages: list[Page]) -> None:
    """A table that ends one page and starts the next is one table. Where the page break
    cut a row, the part below the break (after the repeated header, if any) joins the
    row above: a row whose number columns are empty or go on with text that is not a
    number is that part. Cells that run over the break (a merged group or parent-task
    cell, a unit list, "2022年" / "12月底") are read whole in every row they span."""
    chain: list[Table] = []
    header: list[str] | None = None
    body_rows: list[TableRow] = []  # the chain's rows below its header (the last ones tell its number columns)
    prev_ends_in_table = False
    last: tuple[Table, TableRow] | None = None  # the chain's last row (a row cut twice lives on the first page)
    for p in pages:
        first = p.items[0] if p.items else None
        if isinstance(first, Table) and chain and first.ncols == chain[-1].ncols and prev_ends_in_table:
            first.cont = True
            start = 1 if header is not None and first.rows and same_row(first.rows[0].cells, header) else 0
            if last is not None and start < len(first.rows):
                continue_row(last[0], last[1], first, start, key_columns(body_rows[-60:], first.ncols))
            chain.append(first)
        for k, it in enumerate(p.items):
            if isinstance(it, Table) and not it.cont and k and isinstance(p.items[k - 1], Table) and header is not None \
                    and continues_table([header], [r.cells for r in it.rows]):
                it.cont = True  # a table printed right under the one it goes on (its header repeated)
                chain.append(it)
            if isinstance(it, Table) and not it.cont:
                chain = [it]
                header = it.rows[0].cells if it.rows else None
                body_rows = []
                last = None
            if isinstance(it, Table):
                body = [r for r in it.rows if header is None or not same_row(r.cells, header)]
                body_rows += body
                if body:
                    last = (it, body[-1])
        prev_ends_in_table = bool(p.items) and isinstance(p.items[-1], Table)


def continue_row(above: Table, p: TableRow, below: Table, start: int, keys: list[int]) -> None:
    if not keys:
        return
    r = below.rows[start]
    opening = [c for c in keys if is_item(r.cells[c])]
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
        if split or (c in keys and not is_item(b)):
            pa = p.parts[c] if c < len(p.parts) else None
            pb = r.parts[c] if c < len(r.parts) else None
            if a and b and pa and pb and pa[0] and pb[0]:
                parts = (pa[0] + pb[0], pa[1] + [True] + pb[1][1:])  # the break cut the cell: a wrap
                spread(c, compose_cell(*parts), parts)
            else:
                spread(c, join_parts(a, b) if a and b else (a or b), pa if a else pb)
    if split:
        del below.rows[start]
