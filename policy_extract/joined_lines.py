"""A page whose lines were joined into one by two ideographic or no-break spaces ("　　" / "\xa0\xa0"
in place of each line break, as crawlers and copies from web pages store them): its lines given
back, on the line they ran on, before the stages that read lines (tables a cell a line, bars
between cells, page fields) — so such a copy reads as the lined one does. A line with only a few
such gaps (a signature's spacing, "发布时间：…　　来源：…") is left to split_gaps."""
from __future__ import annotations

import re
from dataclasses import replace

from .load.base import SourceLine

_WIDE_GAP = re.compile(r"[ \t]*(?:[\u3000\xa0][ \t]*){2,}")
_LEAST_GAPS = 4  # a joined page holds this many line breaks at least
_LONGEST_PART = 0.5  # and no part holds half the line: the gaps part lines, not a few spaced words in a long paragraph


def joined_parts(text: str) -> list[str] | None:
    """The lines of a joined page, None for any other line."""
    if text.count("\u3000") + text.count("\xa0") < 2 * _LEAST_GAPS:
        return None
    parts = [p for p in _WIDE_GAP.split(text.strip()) if p.strip()]
    if len(parts) <= _LEAST_GAPS or max(len(p) for p in parts) > _LONGEST_PART * len(text):
        return None
    return parts


def unjoin_lines(lines: list[SourceLine]) -> list[SourceLine]:
    """Each joined page's line as the lines it was made of, each on the line number it ran on."""
    out: list[SourceLine] = []
    for ln in lines:
        parts = joined_parts(ln.text)
        out += [replace(ln, text=part) for part in parts] if parts else [ln]
    return out
