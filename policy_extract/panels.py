"""Side panels: a numbered box a plan prints beside its text, after the paragraph it illustrates
("专栏2：国家新型工业化产业示范基地（5家）" over "1.承德新型工业化产业示范基地（大数据）。…"). A panel lists
projects, bases or targets; its items are no tasks and its text is no task's text (gold 001:
"The three 专栏 boxes are side panels of their groups, not numbered tasks").

    …（责任单位：有关市政府，…）专栏1：雄安…引领区以建设…   a panel's title run on after a note: a paragraph of its own
                                                       (part_breaks.opens_part)
    专栏3：…（8家） / 1.石家庄… / 2.秦皇岛…             the title and what the panel holds: left out
    （二）重点产业集群化与创新发展行动                   the text's next item: the panel ends

A panel ends at the next item of a numbering running before it, at a 一、 or （一）, at a number
that does not go on with the panel's own list, at a paragraph closed by a unit note
(a panel names no one doing work: the paragraph is the text's next run), at a line that is no
sentence (a heading, a signature) and at a table.
"""
from __future__ import annotations

from .grammar import current as _grammar
from .markers import match_marker
from .note_spans import ends_with_note, is_note_paragraph
from .pieces import Piece


def panel_at(text: str, pos: int = 0) -> bool:
    """A side panel's title starts at `pos` ("专栏2：…", "专栏4现代通信…")."""
    return _grammar().side_panel_title.match(text, pos) is not None


def without_panels(pieces: list[Piece]) -> list[Piece]:
    """The pieces without the side panels: each panel's title and what it holds."""
    if not any(p.kind == "para" and panel_at(p.text.lstrip()) for p in pieces):
        return pieces
    out: list[Piece] = []
    running: dict[str, int | None] = {}  # per marker kind, the last number read outside panels
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if piece.kind == "para" and panel_at(piece.text.lstrip()):
            i += 1
            own: dict[str, int | None] = {}  # the panel's own numbering ("1.承德…", "2.张家口…")
            while i < len(pieces) and _in_panel(pieces, i, running, own):
                i += 1
            continue
        marker = match_marker(piece.text) if piece.kind == "para" else None
        if marker is not None:
            if marker.kind in _TEXT_KINDS:  # a part or a group: the numberings below it start again
                running = {k: v for k, v in running.items() if k in _TEXT_KINDS[: _TEXT_KINDS.index(marker.kind)]}
            running[marker.kind] = marker.value
            running[marker.kind + ":titled"] = _titled(piece.text)  # whether the text's items open with a title and a colon
        out.append(piece)
        i += 1
    return out


def _in_panel(pieces: list[Piece], i: int, running: dict, own: dict) -> bool:
    piece = pieces[i]
    text = piece.text.strip()
    if piece.kind != "para" or panel_at(text) or ends_with_note(text) or is_note_paragraph(text):
        return False
    marker = match_marker(text)
    if marker is None:
        return "。" in text or "；" in text  # a panel's sentences; not a heading or a signature under it
    last = running.get(marker.kind)
    if marker.kind in _TEXT_KINDS:
        return _panel_group(pieces, i, marker, last, own)
    if marker.value is None:
        return False
    titled = _titled(text)
    if last is not None and marker.value == last + 1:  # the text's next item ("3." after the text's "2." and its panel) ...
        goes_on = own.get(marker.kind) is not None and marker.value == own[marker.kind] + 1
        shaped = titled and own.get("titled") and not running.get(marker.kind + ":titled")
        if not (goes_on and (_comes_again(pieces, i + 1, marker, running) or shaped)):
            return False  # ... unless the panel's own list goes on with it and the text's item of that number is still to
            # come, or the item is titled as each of the panel's items and none of the text's ("6.康复专业人才培养项目：…", review aw06;
            # not where the text's items are titled so too: "3.康复服务：…" after "1.社会救助：…", diffreview-ac)
    if own.get(marker.kind) is None or marker.value > own[marker.kind]:
        own[marker.kind] = marker.value  # the panel's own list ("1.承德…", "2.张家口…"; its 1 run into its title, "4.…" then "6.…": 0744)
        own["titled"] = titled and own.get("titled", True)
        return True
    return False


def _titled(text: str) -> bool:
    """An item opening with a title and a colon ("1.最低生活保障：确保…"), as a panel's projects are printed; the text's
    items open with a sentence ("5.加强残疾人就业权益维护。在…")."""
    head = text[:_TITLE_CHARS].split("。")[0]
    return "：" in head or ":" in head


def _panel_group(pieces: list[Piece], i: int, marker, last: int | None, own: dict) -> bool:
    """A panel's own group heading ("（一）资金类：" then "（二）服务类：" in a panel under the text's （一）, 平潭 2022 残疾人
    规划, review aw06): a （一） whose number the text's groups already used, or a short label going on with the panel's
    groups while the text's group of that number is still to come. Its list starts again under it. A 一、 or the text's
    next （一） ends the panel ("（二）就业创业：" after a panel's "（一）资金类：", no other （二） after it: diffreview-ac)."""
    if marker.kind != "paren_cn" or marker.value is None or last is None:
        return False
    label = pieces[i].text.strip()
    if marker.value <= last or (own.get("paren_cn") is not None and marker.value == own["paren_cn"] + 1
                                and label.endswith(("：", ":")) and len(label) <= _GROUP_LABEL_CHARS and _group_to_come(pieces, i + 1, marker.value)):
        own.clear()
        own["paren_cn"] = marker.value
        return True
    return False


def _comes_again(pieces: list[Piece], start: int, marker, running: dict) -> bool:
    """The text's item of `marker`'s number comes later, before the text's next group or part: the one in the panel is
    the panel's ("8.残疾人家庭无障碍改造补贴" in a panel after the text's 7., its "8.落实残疾军人…" after the panel)."""
    return _text_item_to_come(pieces, start, marker.kind, marker.value, running.get("paren_cn"))


def _group_to_come(pieces: list[Piece], start: int, value: int) -> bool:
    """The text's group numbered `value` (no label of a panel's) comes later, before the next part."""
    return _text_item_to_come(pieces, start, "paren_cn", value, None)


def _text_item_to_come(pieces: list[Piece], start: int, kind: str, value: int, group: int | None) -> bool:
    """An item of the text (no panel's label, "（二）服务类：") of `kind` and `value` comes within the look-ahead, before the
    next panel, the next part (一、) or the text's group after `group`."""
    for piece in pieces[start:start + _LOOK_AHEAD]:
        if piece.kind != "para":
            continue
        text = piece.text.strip()
        if panel_at(text):
            return False
        other = match_marker(text)
        if other is None:
            continue
        label = text.endswith(("：", ":"))
        if other.kind == "cn" or (other.kind == "paren_cn" and group is not None and other.value == group + 1 and not label):
            return False
        if other.kind == kind and other.value == value and not (kind == "paren_cn" and label):
            return True
    return False


_GROUP_LABEL_CHARS = 12  # "（二）服务类：": a label, not the text's next group ("（二）促进残疾人就业创业")
_LOOK_AHEAD = 80
_TITLE_CHARS = 30
_TEXT_KINDS = ("cn", "paren_cn")  # 一、 and （一）: the text's parts and groups, never a panel's list
