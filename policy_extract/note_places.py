"""Where a note printed between items belongs: to the item above it, or to the whole list of sub-items it closes
("1.完善应急预案体系" / (1)…(4) / "(责任单位:…)", 运城市 2017); and the paragraphs under an item that are still its own
(a note-closed run, a labelled measure). Asked by segment.segment while it builds the outline."""
from __future__ import annotations

import re
from dataclasses import replace

from .bracket_lists import top_level_groups
from .grammar import current as _grammar
from .markers import match_marker
from .note_spans import ends_with_note, is_note_paragraph
from .notes import find_notes, parse_note
from .outline import Node
from .pieces import Piece
from .tables import column_of


def shares_note(item: Node) -> bool:
    """A note printed after the last of several sub-items, none of which has its own,
    under an item that is only a title ("1.完善应急预案体系" then (1)…(4) then the note)."""
    parent = item.parent
    if parent is None or parent.kind == "root" or len(parent.children) < 2 or item.children:
        return False
    title = parent.first_text.rstrip("。")
    listing = parent.first_text.rstrip().endswith(("：", ":"))  # or a sentence that introduces them: "…控制在85%以下。其中：" over (1)…(3)
    if ("。" in title or len(title) > 60 or len(parent.paras) > 1) and not (listing and len(parent.paras) == 1):  # (平潭 2021 国企, review as02)
        return False
    return not any(ends_with_note(c.own_text) for c in parent.children)


def _title_only(node: Node) -> bool:
    title = node.first_text.rstrip("。")
    return "。" not in title and len(title) <= 60 and len(node.paras) == 1


def _trailing_note(text: str) -> int | None:
    """Where the bracketed unit note that ends `text` starts; None without one."""
    bare = text.rstrip().rstrip("。")
    groups = top_level_groups(bare)
    if not groups or groups[-1][1] != len(bare):
        return None
    start, end = groups[-1]
    return start if start > 0 and parse_note(bare[start + 1 : end - 1]) is not None else None


def share_run_on_notes(node: Node) -> None:
    """A note run on into the last of several sub-items, none of which names units of its own, under an
    item that is only a title: the whole list's, as where it is printed on a line of its own
    (shares_note). Text that lost its line breaks prints it so ("1.完善应急预案体系（1）…
    （4）加强…的知晓率。（责任单位：市直各有关单位、…）2.…", 运城市 应急体系 责任分解)."""
    for child in node.children:
        share_run_on_notes(child)
    kids = node.children
    if node.kind == "root" or len(kids) < 2 or not _title_only(node) or _names_a_part(node):
        return
    last = kids[-1]
    if last.children or len(last.paras) != 1 or any(_grammar().role_bracket.search(c.own_text) or _names_units(c.own_text) for c in kids[:-1]):
        return  # a sibling with a unit note of its own (bracketed, even one not read, or a labelled line): each note is its item's
    piece = last.paras[0]
    start = _trailing_note(piece.text)
    if start is None or start <= last.title_start or len(find_notes(piece.text[last.title_start :])) != 1:
        return
    last.paras[0] = replace(piece, text=piece.text[:start].rstrip())
    node.paras.append(replace(piece, text=piece.text[start:].strip()))


def _names_a_part(node: Node) -> bool:
    """A part of the notice by its name: a section's name alone whatever its number ("（二）主要任务"), or a short title holding one under
    一、 ("二、保障措施"); not a group's title ("（一）强化工作措施", diffreview-g1 p02). A note run on into its last item is that item's
    ("（二）推进垃圾分类示范片区建设。（区城管执法局牵头，…）" under 一、主要任务, diffreview-f1 probe 05)."""
    rules = _grammar().rules
    name = node.title.strip("：: ")
    if name in rules.task_section_keywords or name in rules.non_task_section_keywords:
        return True  # the name alone, whatever the number: "（二）主要任务" (diffreview-g2 p23)
    return node.kind == "cn" and len(name) <= _PART_NAME_CHARS and (any(k in name for k in rules.task_section_keywords) or name.startswith(rules.non_task_section_keywords))


_PART_NAME_CHARS = 10


def _names_units(text: str) -> bool:
    """The item's text ends with a note naming units (not a time limit's or a contact's label alone, diffreview-ai)."""
    return ends_with_note(text) and any(n.lead or n.responsible for n in find_notes(text))


def sibling_follows(pieces: list[Piece], index: int, node: Node) -> bool:
    """The item's next number opens the next numbered paragraph: the paragraph is the item's, amid its list
    ("1、…(牵头单位:发改委、统计局)" / "▲增加值可比增长14%左右,…" / "2、…", 宝山区 2008, review s10b 01)."""
    if "。" not in pieces[index].text or node.paras[-1] is not pieces[index - 1]:
        return False  # a heading over the next items ("——不断增强城市功能", realworld h11); after a box's title (专栏2…, corpus 1136)
    for piece in pieces[index + 1 : index + 4]:
        m = match_marker(piece.text) if piece.kind == "para" else None
        if m is not None:
            return m.kind == node.kind and node.value is not None and m.value == node.value + 1
    return False


def sibling_after_notes(pieces: list[Piece], index: int, node: Node) -> bool:
    """The item's next number (or its next field) opens the paragraph after the note lines under it: the notes are the item's own, not the list's
    ("（一）…" / "（二）…" / "责任单位：市委宣传部" / "（三）…（责任单位：…）": the first item printed none, cf02)."""
    for piece in pieces[index + 1 : index + 5]:
        if piece.kind == "para" and is_note_paragraph(piece.text):
            continue
        m = match_marker(piece.text) if piece.kind == "para" else None
        if m is None and piece.kind == "para" and _grammar().field_line.match(piece.text):
            return True  # or the item's next field: "（二）开展…咨询日活动" / "活动时间:6月16日。" / "活动内容:…" (review dc09)
        return m is not None and m.kind == node.kind and node.value is not None and m.value == node.value + 1
    return False


_LABEL_HEAD = re.compile(r"\s*([^:：，,。；;\s]{2,8})\s*[:：]")


def labelled_measure(text: str) -> bool:
    """A paragraph labelled as the item's measure or task ("整改措施:继续坚持…", 昭化区射箭乡 2018 整改方案,
    review s2d 02): the item's own text under its note, not the notice's closing paragraph."""
    m = _LABEL_HEAD.match(text)
    return m is not None and column_of(m.group(1)) in ("measure", "task")
