"""A table copied one cell per line with a blank line between cells, whose header cells wrapped inside
("重点工作及" / "责任分解内容", "牵头" / "责任单位", "3季度" / "目标任务" each a block of two lines between blank
lines, 烈山区 2023 重点工作任务第三季度进展情况, review gg 06): each such cell's lines joined, so the header reads as
its names (cell_lines.plain_cell_lines) — only where blank lines part the cells, and only a block of two short lines."""
from __future__ import annotations

from dataclasses import replace

from .column_names import unknown_column_name
from .load.base import SourceLine
from .markers import match_marker
from .tables import column_of

_LEAST_BLOCKS = 12  # blank-parted cells in a run: a table, not a few paragraphs apart
_SHORT = 12  # a wrapped header name's line holds at most this many characters
_ENDS = "。；;：:！？，,、"


def _blocks(lines: list[SourceLine]) -> list[list[int]]:
    """The indices of the non-blank lines, grouped by the blank lines between them."""
    out: list[list[int]] = []
    current: list[int] = []
    for k, ln in enumerate(lines):
        if ln.text.strip():
            current.append(k)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _wrapped_name(first: str, second: str) -> bool:
    """Two short lines that make a column's name together (not a signature's name over its date)."""
    short = all(0 < len(t) <= _SHORT and t[-1] not in _ENDS and not t.isdigit() and match_marker(t) is None for t in (first, second))
    return short and (column_of(first + second) is not None or unknown_column_name(first + second))


def join_wrapped_cells(lines: list[SourceLine]) -> list[SourceLine]:
    """Blocks of two short lines among blank-parted one-line cells, joined into one line (the first line's place)."""
    if len(lines) < 2 * _LEAST_BLOCKS:
        return lines
    blocks = _blocks(lines)
    single = sum(len(b) == 1 for b in blocks)
    if single < _LEAST_BLOCKS or single * 10 < len(blocks) * 7:
        return lines
    joined: dict[int, str] = {}
    dropped: set[int] = set()
    for block in blocks:
        if len(block) == 2 and _wrapped_name(lines[block[0]].text.strip(), lines[block[1]].text.strip()):
            joined[block[0]] = lines[block[0]].text.strip() + lines[block[1]].text.strip()
            dropped.add(block[1])
    if not joined:
        return lines
    return [replace(ln, text=joined[k]) if k in joined else ln for k, ln in enumerate(lines) if k not in dropped]
