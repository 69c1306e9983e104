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
            while i < len(pieces) and _in_panel(pieces[i], running, own):
                i += 1
            continue
        marker = match_marker(piece.text) if piece.kind == "para" else None
        if marker is not None:
            if marker.kind in _TEXT_KINDS:  # a part or a group: the numberings below it start again
                running = {k: v for k, v in running.items() if k in _TEXT_KINDS[: _TEXT_KINDS.index(marker.kind)]}
            running[marker.kind] = marker.value
        out.append(piece)
        i += 1
    return out


def _in_panel(piece: Piece, running: dict, own: dict) -> bool:
    text = piece.text.strip()
    if piece.kind != "para" or panel_at(text) or ends_with_note(text) or is_note_paragraph(text):
        return False
    marker = match_marker(text)
    if marker is None:
        return "。" in text or "；" in text  # a panel's sentences; not a heading or a signature under it
    last = running.get(marker.kind)
    if marker.value is None or marker.kind in _TEXT_KINDS or (last is not None and marker.value == last + 1):
        return False  # the text's next item ("（二）…" after "（一）…" and its panel, "3." after the text's "2."), or its parts and groups
    if own.get(marker.kind) is None or marker.value > own[marker.kind]:
        own[marker.kind] = marker.value  # the panel's own list ("1.承德…", "2.张家口…"; its 1 run into its title, "4.…" then "6.…": 0744)
        return True
    return False


_TEXT_KINDS = ("cn", "paren_cn")  # 一、 and （一）: the text's parts and groups, never a panel's list
