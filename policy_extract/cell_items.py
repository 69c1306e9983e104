"""A task table's measure cell that lists several of the notice's running items ("4.规范使用…实效。 5.用好平台…", one cell of a
中山市医保局 2022 分工 table, review bs02): one task per item, each with the row's units and time limit. Only items whose
numbers go on from the number that opens the cell, each after a sentence end or a blank, and that run on through the table;
sub-points that start again at 1 in each row are the row's own text."""
from __future__ import annotations

from .markers import candidates, match_marker, separator

_BEFORE_ITEM = "。；;！？ \t\n\u3000"


def items_in_cell(text: str, before: int, after: int | None) -> list[tuple[str, str]]:
    """(printed mark, text) of each running item the cell holds, the first included; [] when it holds one item or none.
    The items run on through the table: the cell opens with the number after the last task's (`before`), and the next row's
    cell opens with the number after its last — or, past 1, no row after it opens with a number (`after`); a row's own points,
    starting again at 1 in every row or in a first row alone, do not (diffreview-ae, -af)."""
    first = match_marker(text)
    if first is None or first.kind != "arabic":
        return []
    cuts, expected = [0], first.value + 1
    for m in candidates().finditer(text, first.end):
        i = m.start()
        if text[i - 1] not in _BEFORE_ITEM:
            continue
        marker = match_marker(text[i : i + 60])
        if marker is not None and marker.kind == first.kind and marker.value == expected and separator(marker) == separator(first):
            cuts.append(i)
            expected += 1
    if len(cuts) < 2 or first.value != before + 1 or after != expected and not (after is None and first.value > 1):
        return []
    parts = [text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)])]
    out = []
    for part in parts:
        marker = match_marker(part)
        out.append((marker.printed, part[marker.end :].strip()))
    return out
