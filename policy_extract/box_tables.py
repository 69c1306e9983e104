"""Tables drawn with box characters, as a text copy of a Word table prints them ("┌─┬──┐", "│序│地区│", "├─┼──┤"):
each cell wraps over the lines between two rules, a cell with no rule under it goes on into the next row (merged
down), a header cell spans the sub-columns under it. Read by where each bar stands on the line (a full-width
character is two columns wide, as the copy's monospaced rendering counts it; the box characters are full-width
there too): one TAB-separated line per row, each cell its wrapped lines joined, a merged cell's text given to every
row it spans — the shape every loader gives a table's rows ("│21│恩平│恩平市区供水│…" / "│  │ 市 │专项规划 │…",
恩平 供水 2007, review gc 03)."""
from __future__ import annotations

import re
from dataclasses import replace

from .load.base import SourceLine

_BARS = "│┃║"
_JUNCTIONS = "┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫"
_RULES = "─━═"
_BULLETS = "△▲●■◆◇○□•"  # a measure's mark at a cell line's start
_BOX = set(_BARS + _JUNCTIONS + _RULES)
_LEAST_LINES = 3


def _is_box_line(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and stripped[0] in _BOX and sum(ch in _BARS or ch in _JUNCTIONS for ch in stripped) >= 2


def _segments(text: str) -> list[str]:
    """The text between each two bars (or rule junctions) of a line, left to right."""
    at = [k for k, ch in enumerate(text) if ch in _BARS or ch in _JUNCTIONS]
    return [text[a + 1 : b] for a, b in zip(at, at[1:])]


def _unflattened(ln: SourceLine) -> list[SourceLine]:
    """A box-drawn table whose line breaks were lost, its lines given back: a break before each rule line's first junction
    ("┌", "├", "└"), after its last ("┐", "┤", "┘"), and between two bars where one line ended and the next began ("…│ 效 ││△进一步…")."""
    text = ln.text
    if text.count("│") < _FLAT_BARS or not any(ch in text for ch in "├┼┤"):
        return [ln]
    text = _ROW_JOIN.sub("│\n│", _RULE_END.sub("\\g<0>\n", _RULE_START.sub("\n\\g<0>", text)))
    return [replace(ln, text=part) for part in text.split("\n") if part.strip()]


_FLAT_BARS = 8
_RULE_START = re.compile(r"(?<![\s─━═┬┼┴╋╦╩╬])[┌├└╔╠╚┏┣┗](?=[─━═])")  # (not a rule inside a line, "│ 限 ├──┬──┤")
_RULE_END = re.compile(r"(?<=[─━═])[┐┤┘╗╣╝┓┫┛](?=[│┃║┌├└╔╠╚┏┣┗]|$)")  # (not a rule ending inside a line, "├──┤ │府,…│")
_ROW_JOIN = re.compile(r"││")


def read_box_tables(lines: list[SourceLine]) -> list[SourceLine]:
    """Each box-drawn table among the lines as its rows, TAB-separated, each on the line its row starts on."""
    out: list[SourceLine] = []
    lines = [part for ln in lines for part in _unflattened(ln)]
    k = 0
    while k < len(lines):
        if not _is_box_line(lines[k].text):
            out.append(lines[k])
            k += 1
            continue
        end, last = k, k  # (a blank line between two box lines is the copy's, not the table's end: "blank lines between" copies)
        while end < len(lines) and (_is_box_line(lines[end].text) or not lines[end].text.strip()):
            if lines[end].text.strip():
                last = end
            end += 1
        end = last + 1
        block = [ln for ln in lines[k:end] if ln.text.strip()]
        rows = _block_rows(block) if len(block) >= _LEAST_LINES else None
        out += rows if rows else lines[k:end]
        k = end
    return out


def _block_rows(block: list[SourceLine]) -> list[SourceLine] | None:
    """The rows of one box-drawn table. Each line's segments are its columns in order (a rule line's junctions stand where
    the bars do); a header line with fewer, its last segment spanning the columns left ("│ 项目投入(万元) │" over 总投入,
    省级补助, …). Bars are counted, not measured: a copy's half-width brackets and figures ("(万元)", "2007年") move them."""
    lines = [_segments(ln.text.strip()) for ln in block]
    width = max(len(segs) for segs in lines)
    if width < 2 or sum(len(segs) == width for segs in lines) * 2 < len(lines):
        return None  # (most lines hold every column: a table, not a drawing)
    open_cells: list[list] = [[0, [], None] for _ in range(width)]  # per column: [first row, text pieces, line the cell starts on]
    cells: list[list[tuple[int, int, str, SourceLine | None]]] = [[] for _ in range(width)]
    row = 0
    for ln, segs in zip(block, lines):
        ruled, texts = set(), {}
        for j, seg in enumerate(segs):
            if any(ch in _RULES for ch in seg):
                ruled.update(range(j, width) if j == len(segs) - 1 < width - 1 else [j])
            elif seg.strip():
                texts[j] = seg.strip()
        if ruled and any(open_cells[j][1] for j in range(width)):
            row += 1
        for j in ruled:
            start, pieces, at = open_cells[j]
            if pieces:
                cells[j].append((start, row - 1, "".join(pieces), at))
            open_cells[j] = [row, [], None]
        for j, text in texts.items():
            if j == 0 and text[0] in _BULLETS and open_cells[j][1]:  # a bullet opens the next row in the first column ("△加强财政监督…",
                # fv 03; not a measure column's points, "● …" under one project's row, diffreview-d1 p10)
                if any(start == row and pieces for start, pieces, _ in open_cells):
                    row += 1
                start, pieces, at = open_cells[j]
                cells[j].append((start, row - 1, "".join(pieces), at))
                open_cells[j] = [row, [], None]
            if open_cells[j][2] is None:
                open_cells[j][2] = ln
            open_cells[j][1].append(text)
    last = row if any(pieces for _, pieces, _ in open_cells) else row - 1
    for j, (start, pieces, at) in enumerate(open_cells):
        if pieces:
            cells[j].append((start, last, "".join(pieces), at))
    out = []
    for r in range(last + 1):
        values, first_line = [], None
        for column in cells:
            cell = next((c for c in column if c[0] <= r <= c[1]), None)
            values.append(cell[2] if cell else "")
            if cell and cell[0] == r and cell[3] is not None and (first_line is None or cell[3].order < first_line.order):
                first_line = cell[3]
        if any(values) and first_line is not None:
            out.append(replace(first_line, text="\t".join(values)))
    return out or None
