"""Duties run together: a paragraph holding three sentences or more that each open with a
unit's name and a colon ("…请一并贯彻执行。省卫生厅:负责…。省计委:负责…。省教育厅:负责…",
粤府办[1999]94号 with its line breaks lost, review fx 08 flattened) is those units' duties,
one paragraph each, as the notice printed them on lines of their own."""
from __future__ import annotations

from dataclasses import replace

from .markers import BULLETS, match_marker
from .pieces import Piece
from .unit_labels import colon_units

_SENTENCE_ENDS = "。；;！？"
_LEAST = 3  # sentences opening with a unit and a colon, in one paragraph
_SHORTEST = 60  # a paragraph holding three duties is longer than this


def duty_starts(text: str) -> list[int]:
    """Where sentences opening with their units and a colon start in `text` (after a sentence end)."""
    starts = []
    for i, ch in enumerate(text[:-1]):
        if ch in _SENTENCE_ENDS and colon_units(text[i + 1 : i + 1 + _HEAD]):
            starts.append(i + 1)
    return starts


_HEAD = 80  # a unit's name, its colon and the words opening its work lie within this (unit_labels.colon_units)


def split_duty_runs(pieces: list[Piece]) -> list[Piece]:
    """Each unnumbered paragraph of three duty sentences or more split before each duty; the text before the first stays
    a paragraph of its own (the notice's opening). Every part keeps the paragraph's lines. A numbered item's body keeps
    its duties (an item over its units' duties is read as printed on lines: segment_breaks.unit_paragraphs)."""
    out: list[Piece] = []
    for piece in pieces:
        text = piece.text
        if piece.kind != "para" or len(text) < _SHORTEST or text.count("：") + text.count(":") < _LEAST or match_marker(text) is not None:
            out.append(piece)
            continue
        starts = duty_starts(text)
        if len(starts) + bool(colon_units(text)) < _LEAST:
            out.append(piece)
            continue
        out += _cut(piece, starts)
    return out


def _cut(piece: Piece, starts: list[int]) -> list[Piece]:
    """The paragraph cut before each start, every part on the paragraph's lines."""
    cuts = [0] + starts + [len(piece.text)]
    return [replace(piece, text=piece.text[a:b].strip()) for a, b in zip(cuts, cuts[1:]) if piece.text[a:b].strip()]


def split_bullet_runs(pieces: list[Piece]) -> list[Piece]:
    """A paragraph whose bulleted items ran together ("…增长20%以上。——建立重点招商项目库。…(市商务委牵头,…配合)——促进项目签约落地。…",
    review ge 02 flattened) cut before each bullet that follows a sentence end or a closing bracket, two such at least, so
    segment reads them as the lines did. Every part keeps the paragraph's lines."""
    out: list[Piece] = []
    for piece in pieces:
        text = piece.text
        bullet = next((b for b in BULLETS if b in text), None) if piece.kind == "para" else None
        if bullet is None:
            out.append(piece)
            continue
        starts, first = [], text.find(bullet, 1)
        at = first
        while at > 0:
            if text[at - 1] in _BULLET_AFTER and text[at + len(bullet) : at + len(bullet) + 1] not in _DASHES:
                starts.append(at)
            at = text.find(bullet, at + len(bullet))
        if len(starts) < 2:
            out.append(piece)
            continue
        # the first bullet right after its part's heading ("(二)深化行政审批流程改革——开展优化…", diffreview-e1 p35)
        if first < starts[0] and first <= _HEADING and not any(ch in text[:first] for ch in "。；;！？，,：:"):
            starts.insert(0, first)
        out += _cut(piece, starts)
    return out


_HEADING = 40  # a part's heading before its first bullet is no longer than this
_BULLET_AFTER = "。；;！？）)"
_DASHES = "—-－"  # a longer rule than the bullet is none ("------")
