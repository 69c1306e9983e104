"""A page whose lines were joined into one by two ideographic or no-break spaces ("　　" / "\xa0\xa0"
in place of each line break, as crawlers and copies from web pages store them): its lines given
back, on the line they ran on, before the stages that read lines (tables a cell a line, bars
between cells, page fields) — so such a copy reads as the lined one does. A line with only a few
such gaps (a signature's spacing, "发布时间：…　　来源：…") is left to split_gaps. And a list's zero-padded numbers
on lines of their own joined to the lines under them (join_number_lines)."""
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


_PADDED = re.compile(r"\s*(\d{2})\s*")  # "01": zero-padded, as no page number is printed


def join_number_lines(lines: list) -> list:
    """A list whose numbers stand on lines of their own over their items ("01" / "推动龙岗区第六人民医院二期工程…",
    "02" / …: a WeChat post, 龙岗区 2024年十大民生实事, review r41b 06): each number joined to the line under it
    ("01 推动…"), where the run opens with 01 and goes on 02, 03 …; a page number ("3") is not zero-padded."""
    texts = [ln.text.strip() for ln in lines]
    if "01" not in texts or "02" not in texts:
        return [_spaced_numbers(ln) if "01" in ln.text else ln for ln in lines]
    out, expect, k = [], 0, 0
    while k < len(lines):
        number = texts[k] if _PADDED.fullmatch(lines[k].text) else None
        if number is not None and (number == "01" or int(number) == expect + 1):
            j = k + 1
            while j < len(lines) and not texts[j]:
                j += 1
            if j < len(lines) and not _PADDED.fullmatch(lines[j].text):
                out.append(replace(lines[j], text=number + " " + texts[j]))
                expect, k = int(number), j + 1
                continue
        out.append(lines[k])
        k += 1
    return out


_GLUED_NUMBER = re.compile(r"(?<![0-9.])(0[1-9]|[1-9][0-9])(?=[^\W\d_a-zA-Z])")  # "01推动…": a number glued to a Chinese word


def _spaced_numbers(line):
    """The same list joined into one line ("…具体如下👇👇👇01推动…建设;02新建…", the WeChat post flattened, review-fv-d):
    a space after each number of a run 01, 02, 03 … (three or more, each after a clause's end or a symbol), so that
    the item marks read ("01 推动…")."""
    text, run, expect = line.text, [], 1
    for m in _GLUED_NUMBER.finditer(text):
        before, after = text[m.start() - 1 : m.start()], text[m.end()]
        opens = m.group(1) == "01" if not run else not before.isalnum()  # the first after any word ("具体如下01推动…"), the others after a clause's end
        if int(m.group(1)) == expect and opens and after not in "年月日号时分秒":
            run.append(m.end())
            expect += 1
    if len(run) < 3:
        return line
    for k in reversed(run):
        text = text[:k] + " " + text[k:]
    return replace(line, text=text)
