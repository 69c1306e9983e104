"""Where a line turns the outline (segment's helpers): a short title over a list that starts again, an article quoted between points."""
from __future__ import annotations

from .grammar import current as _grammar
from .markers import match_marker
from .note_spans import is_note_paragraph
from .outline import Node
from .pieces import Piece
from .unit_labels import names_alone


def points_go_on(following: list[Piece], point: Node) -> bool:  # the next paragraph is the point after `point`: a line quoted in the list
    return (marker := match_marker(following[0].text) if following else None) is not None and marker.kind == point.kind and marker.value == (point.value or 0) + 1


def heads_a_restart(piece: Piece, following: list[Piece], stack: list[Node]) -> int | None:
    """Where a short line of words alone stands in the outline when the next paragraph starts its list of items again at 1 under it
    ("防汛办主要职责" / "1、贯彻实施…" after "…6、重大情况须及时向上级报告。", a 乡镇 防汛 制度 page, review ii 04): in place of the list
    it ends; None else."""
    text = piece.text.strip()
    if piece.kind != "para" or not following or following[0].kind != "para" or not 2 <= len(text) <= _RESTART_TITLE or any(ch in text for ch in _NOT_IN_TITLE):
        return None
    marker = match_marker(following[0].text)
    depth = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].kind == marker.kind), None) if marker is not None and marker.value == 1 else None
    if depth is None or (stack[depth].value or 0) < 2 or match_marker(text) is not None or is_note_paragraph(text) or names_alone(text) \
            or text.endswith(_grammar().rules.note_heading_endings):
        return None  # (a unit's name alone over its items is read as such, diffreview-k2 p05; notes on a form are none, p03f)
    return depth - 1 if stack[depth - 1].readings.get("over_restart") else depth  # (the next such title: beside the one before)


_RESTART_TITLE = 16
_NOT_IN_TITLE = "。；;，,：:！？!?、（）()《》“”|"
