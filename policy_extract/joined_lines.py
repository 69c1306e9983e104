"""A page whose lines were joined into one by two ideographic or no-break spaces ("　　" / "\xa0\xa0"
in place of each line break, as crawlers and copies from web pages store them): its lines given
back, on the line they ran on, before the stages that read lines (tables a cell a line, bars
between cells, page fields) — so such a copy reads as the lined one does. A line with only a few
such gaps (a signature's spacing, "发布时间：…　　来源：…") is left to split_gaps."""
from __future__ import annotations

import re
from dataclasses import replace

from .column_names import header_at
from .load.base import SourceLine

_WIDE_GAP = re.compile(r"[ \t]*(?:[\u3000\xa0][ \t]*){2,}")
_LEAST_GAPS = 4  # a joined page holds this many line breaks at least
_BLANKS_BOTH_SIDES = re.compile(r"(?<=[ \t])\|(?=[ \t])")
_SPACED_BAR = re.compile(r"[ \t]*\|[ \t]*")
_SPACED_PAGE = 200  # a table's lines joined into one line is longer than any row
_LEAST_BARS = 6
_LONGEST_PART = 0.5  # and no part holds half the line: the gaps part lines, not a few spaced words in a long paragraph


def joined_parts(text: str) -> list[str] | None:
    """The lines of a joined page, None for any other line."""
    if text.count("\u3000") + text.count("\xa0") < 2 * _LEAST_GAPS:
        return None
    pieces = _WIDE_GAP.split(text.strip())
    parts = [p for p in pieces if p.strip()]
    if len(parts) <= _LEAST_GAPS or max(len(p) for p in parts) > _LONGEST_PART * len(text):
        return None
    out: list[str] = []  # a gap of two joins or more held a blank line: given back (cells a blank line apart, cell_blocks)
    for part, gap in zip(pieces, [None] + _WIDE_GAP.findall(text.strip())):
        if gap is not None and sum(ch in "\u3000\xa0" for ch in gap) >= 4:
            out.append("")
        if part.strip():
            out.append(part)
    return out


def unjoin_lines(lines: list[SourceLine]) -> list[SourceLine]:
    """Each joined page's line as the lines it was made of, each on the line number it ran on; a table whose lines of cells
    and bars were joined by blanks, its bars without the blanks ("| 工作任务 | 具体内容 | 责任部门 | | 推进政策公开 | …", review
    fw 01 joined by spaces: "|工作任务|具体内容|责任部门||推进政策公开|…", as the copy that lost its line breaks reads)."""
    out: list[SourceLine] = []  # (most bars with blanks on both sides: not cells each closed by " |", "序号 |类别 |…", review r11b 04)
    for ln in lines:
        parts = joined_parts(ln.text)
        if parts is None and len(ln.text) > _SPACED_PAGE and "| |" in ln.text and len(_BLANKS_BOTH_SIDES.findall(ln.text)) >= max(_LEAST_BARS, 0.8 * ln.text.count("|")):
            squeezed = _SPACED_BAR.sub("|", ln.text.strip())
            cells = squeezed.split("|")  # (a task table's header at its start, rows after it: no long row of a lined table, no page's
            at = header_at(cells)  # words glued before its header, "…背景色:序号 | 主要任务 |…", review fo 05 flattened)
            ln = replace(ln, text=squeezed) if (at == 0 or at == 1 and not cells[0].strip()) and squeezed.count("|") >= 3 * _LEAST_BARS else ln
        out += [replace(ln, text=part) for part in parts] if parts else [ln]
    return out
