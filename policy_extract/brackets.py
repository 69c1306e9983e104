"""Matched brackets and quotes, shared by the stages that must not cut or read inside them
(paragraphs.py: no item starts inside one; notes.py: a note is a bracketed group)."""
from __future__ import annotations

import re
from bisect import bisect_right

OPENERS = {"（": "）", "(": ")", "〔": "〕", "【": "】", "[": "]", "［": "］", "“": "”", "《": "》", "‘": "’", "〈": "〉", "「": "」", "『": "』", "<": ">"}
CLOSERS = {v: k for k, v in OPENERS.items()}
_ROUND_OPEN, _ROUND_CLOSE = "（(", "）)"
_ANY = re.compile("[" + re.escape("".join(OPENERS) + "".join(CLOSERS)) + "]")


def same_pair(opener: str, closer: str) -> bool:
    """（…) and (…） close each other: converters mix the widths ("（政务服务综合窗口办事员)")."""
    if opener in _ROUND_OPEN and closer in _ROUND_CLOSE:
        return True
    return OPENERS.get(opener) == closer


def pairs(text: str) -> list[tuple[int, int, str]]:
    """Matched bracket and quote pairs (start, end, opener), sorted. An opener that is never
    closed (a stray “ or 《) is left out instead of swallowing the rest of the text."""
    found, stack = [], []
    for m in _ANY.finditer(text):
        ch, i = m.group(0), m.start()
        if ch in OPENERS:
            stack.append((ch, i))
            continue
        for k in range(len(stack) - 1, -1, -1):
            if same_pair(stack[k][0], ch):
                opener, start = stack[k]
                del stack[k:]
                found.append((start, i + 1, opener))
                break
    return sorted(found)


def outermost(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out, end = [], -1
    for start, stop, opener in found:
        if start >= end:
            out.append((start, stop, opener))
            end = stop
    return out


def open_tail(text: str) -> int | None:
    """Where the last note bracket opens that nothing closes, brackets closed inside it allowed ("…增长7.5%以上。(责任单位:
    区发改局、区商务办"; "…联动。〔牵头单位:市发展改革委;责任单位:…各县(区)人民政府、巴中", a page cut there), or None."""
    if not any(ch in text for ch in _NOTE_OPEN):
        return None
    stack: list[int] = []
    for m in _NOTE_BRACKET.finditer(text):
        if m.group(0) in _NOTE_OPEN:
            stack.append(m.start())
        elif stack:
            stack.pop()
    return stack[-1] if stack else None


_NOTE_OPEN = "（(〔【"
_NOTE_BRACKET = re.compile("[" + re.escape(_NOTE_OPEN + "）)〕】") + "]")


class Enclosed:
    """Asks whether a position lies inside a matched pair, in O(log n) per question."""

    def __init__(self, text: str, stray_quotes: bool = False):
        found = pairs(text)
        if stray_quotes:  # "…百校对接”“生根出访成果,…。4.推动100N”的…": a crawler lost the “ before 百校, so the next “ pairs with the
            # next item's ” — a quote opened right after an unpaired ” that holds a sentence end is none (review r40b 04 flattened)
            closed = {stop - 1 for _, stop, _ in found}
            found = [p for p in found if not (p[2] == "“" and p[0] > 0 and text[p[0] - 1] == "”" and p[0] - 1 not in closed and "。" in text[p[0] : p[1]])]
        spans = outermost(found)
        self.starts = [s for s, _, _ in spans]
        self.ends = [e for _, e, _ in spans]

    def __contains__(self, position: int) -> bool:
        k = bisect_right(self.starts, position) - 1
        return k >= 0 and self.starts[k] < position < self.ends[k]


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on separators that stand outside brackets and quotes."""
    if not any(opener in text for opener in OPENERS):
        return re.split("[" + re.escape(separators) + "]", text)
    inside = [False] * len(text)
    for start, stop, _ in outermost(pairs(text)):
        for i in range(start, stop):
            inside[i] = True
    parts, current = [], []
    for i, ch in enumerate(text):
        if ch in separators and not inside[i]:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts
