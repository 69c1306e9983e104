"""A text that lost its line breaks and was then cut at a fixed width when it was saved (a crawler's flattened copy
folded at 41 or 80 characters: "…目标任务责任分解方案84.推动有" / "条件的老旧住宅加装电梯。(牵头单位:…"): each run of lines cut at
that width is one line again, read like any flattened text, and remembers where each of its lines began, so that every
paragraph found in it keeps the lines it was printed on (`fold_span`)."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from .load.base import SourceLine
from .markers import match_marker

RUN_MIN = 6  # lines in a row at the width: a paragraph this long is cut, never typed so
WIDTH_MIN = 20  # narrower lines are a list's or a table's, no fold
_STOPS = frozenset("。；;！!？?")


def display_width(text: str) -> int:
    """Columns on a terminal in a Chinese locale: a character past U+00FF two (Han, full-width marks, “”), the rest one
    (counted in C: the characters Latin-1 cannot hold are the wide ones)."""
    return 2 * len(text) - len(text.encode("latin-1", "ignore"))


def _cut_width(lengths: list[int]) -> int | None:
    """The commonest length of the long lines, the longer one on a tie."""
    counts = Counter(n for n in lengths if n >= WIDTH_MIN)
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0] if counts else None


def _at_width(lines: list[SourceLine]) -> list[bool]:
    """Which lines stand at the width the text was cut at, counted in characters or in columns (`fold -w` counts
    either), whichever finds more such lines; a line one or two short of it is cut before a wide character or a word."""
    best: list[bool] = [False] * len(lines)
    for measure in (len, display_width):
        lengths = [measure(ln.text.rstrip("\r\n")) for ln in lines]
        width = _cut_width(lengths)
        if width is None:
            continue
        at = [width - 2 <= n <= width for n in lengths]
        if sum(at) > sum(best):
            best = at
    return best


def _foldable(line: SourceLine) -> bool:
    """A text line that a fold can have cut: not a table's row (cells apart by a tab or a wide run of spaces, or a row between
    bars: a table padded to one width is no fold, diffreview-al; a flattened table's bars inside a folded line are)."""
    text = line.text.strip()
    return line.page is None and line.table is None and text != "" and "\t" not in text and not (text[0] == "|" and text[-1] == "|") and _WIDE_GAP not in text


_WIDE_GAP = "   "  # three spaces: the padding between a table's columns (a fold keeps a text's single and double blanks)


def unfold(lines: list[SourceLine]) -> list[SourceLine]:
    """Each run of at least RUN_MIN lines cut at the text's width (few of them ending a sentence: a list of sentences of one
    length is typed so) joined into one line with the line after it, unless the run's last line ends a sentence; the
    joined line's `folds` says where each of its lines began. Every other line as it is."""
    if sum(map(_foldable, lines)) < RUN_MIN:
        return lines
    at = [a and _foldable(ln) for a, ln in zip(_at_width(lines), lines)]
    out: list[SourceLine] = []
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and at[j]:
            j += 1
        run = lines[k:j]
        if len(run) < RUN_MIN or sum(ln.text.rstrip()[-1:] in _STOPS for ln in run) * 3 > len(run) or _rows(run):
            out.extend(lines[k : max(j, k + 1)])
            k = max(j, k + 1)
            continue
        if j < len(lines) and _foldable(lines[j]) and run[-1].text.rstrip()[-1:] not in _STOPS:
            run.append(lines[j])  # the paragraph's (or the text's) last, shorter line
            j += 1
        text, folds = "", []
        for ln in run:  # joined as cut: "RC" / "EP" is RCEP (no wrap's space between two Latin words, diffreview-al); blanks at the cut one
            part = ln.text.rstrip("\r\n")
            if text and (text[-1] == " " or part[:1] == " "):
                text, part = text.rstrip(" ") + " ", part.lstrip(" ")  # ("Internet " / "  of Things", diffreview-am)
            folds.append((len(text), ln.order))
            text += part
        out.append(replace(run[0], text=text, folds=tuple(folds)))
        k = j
    return out


def _rows(run: list[SourceLine]) -> bool:
    """Half the lines or more open with an item's number or a paragraph's indent: a list, a table's rows or paragraphs of one width
    ("　　滦平县职业技术教育中心" / "　　宣化职业技术教育中心" …, corpus 1008), not a fold (which cuts anywhere)."""
    return sum(match_marker(ln.text.strip()) is not None or ln.text.startswith(_INDENTS) for ln in run) * 2 >= len(run)


_INDENTS = ("\u3000\u3000", "  ", "\t")


def line_of(line: SourceLine, offset: int) -> int:
    """The order of the cut line that printed the character at `offset` of a joined line."""
    if not line.folds:
        return line.order
    # (searched in place: a list of the starts built per paragraph made a long folded text's reading quadratic)
    return line.folds[max(bisect_right(line.folds, offset, key=_START) - 1, 0)][1]


def _START(fold: tuple[int, int]) -> int:
    return fold[0]


def fold_span(line: SourceLine, part: str, cursor: int) -> tuple[int, int, int]:
    """The first and last line of a part of a joined line's text, found where it stands at or after `cursor`, and the
    cursor after it (the parts come in order); a part the cleaning changed past finding is given the cursor's line."""
    probe = part.strip()[:12]
    at = line.text.find(probe, cursor) if probe and line.folds else -1
    if at < 0:
        here = line_of(line, cursor)
        return here, here, cursor
    end = at + max(len(part.strip()) - 1, 0)
    return line_of(line, at), line_of(line, end), at + len(probe)
