"""One task printed as labelled lines ("重点工作: 全面推行林长制。" / "牵头单位: 市林业园林局" / "年度阶段性工作目标: …", 广州
重点工作 pages): the lines become the rows of a card that tables.card_as_rows reads, where their labels name a task column and a
unit or time-limit column; labelled lines that are an item's notes, or that lead in to its numbered measures, stay paragraphs."""
from __future__ import annotations

from .brackets import outermost, pairs
from .grammar import current as _grammar
from .markers import match_marker
from .notes import parse_note
from .pieces import Piece
from .tables import header_columns, is_task_header


def labelled_cards(pieces: list[Piece]) -> list[Piece]:
    """One task printed as labelled lines ("重点工作: 全面推行林长制。" / "牵头单位: 市林业园林局" / "年度阶段性
    工作目标: …", 广州 重点工作 pages, review r27b 02): the lines become the rows of a card (tables.card_as_rows
    reads it) where their labels name a task column and a unit or time-limit column."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        run, scanned = _label_run(pieces, i)
        labels = [label for _, (label, _) in run if label]
        if run and i and _item_heading(pieces[i - 1]) and len(set(labels)) == len(labels):  # under an item's heading its labelled lines are its notes,
            # no card (one card's lines: several cards repeat their labels, diffreview-aa)
            run, scanned = [], len(run)  # ("（二）打造城市完整社区" / "实施项目：…" / "实施内容：…" / "责任分工：…", 平潭 2015, review aq02)
        if not run:
            out.extend(pieces[i : i + scanned])  # a run of labelled lines that is no card is looked at once
            i += scanned
            continue
        for piece, (label, value) in run:
            cells = [label + ":", value] if label else [piece.text]
            out.append(Piece("row", piece.text, piece.start_line, piece.end_line, piece.page, cells))
        i += len(run)
    return out


def _item_heading(piece: Piece) -> bool:
    """A numbered item's heading on its own line: a title, no sentence; its unit note after it too ("(一)“书香”——20xx全民阅读活动启动
    仪式。(责任单位:区委宣传部(区文体旅游局)、…)" over "时间:4月22日。" / "地点:…" / "内容:…", review ed04: no card of a task)."""
    text = piece.text.strip()
    last = outermost(pairs(text))[-1:] if text.endswith((")", "）")) else []
    if last and last[0][1] == len(text) and parse_note(text[last[0][0] + 1 : -1]) is not None:
        text = text[: last[0][0]].strip()
    return piece.kind == "para" and len(text) <= 40 and "。" not in text.rstrip("。") and match_marker(text) is not None


def _label_and_value(text: str) -> tuple[str | None, str]:
    k = min((j for j in (text.find(":"), text.find("：")) if j >= 0), default=-1)
    label = text[:k].strip() if k > 0 else ""
    if not 2 <= len(label) <= 20 or any(ch in label for ch in "，,。；;！？（）()、 ") or (len(label) > 8 and "的" in label):
        return None, text  # "今年经济社会发展的主要预期目标是:" opens a sentence's list, no label (黄石市 2021, review r33a 05)
    return label, text[k + 1 :].strip()


def _label_run(pieces: list[Piece], i: int) -> tuple[list, int]:
    """(the pieces from `i` that make a card, each with its (label, value), and how many pieces were
    looked at): labelled lines and the lines continuing their values, the labels naming a task column
    and a unit or time-limit column; no pieces where they do not."""
    read = []
    for piece in pieces[i:]:
        if piece.kind != "para" or len(piece.text) > 400 or (read and match_marker(piece.text)):
            break
        read.append((piece, _label_and_value(piece.text)))
        if read[0][1][0] is None:
            return [], 1  # no card opens with a line that has no label
    labels = [label for _, (label, _) in read if label]
    columns = header_columns(labels)
    if len(labels) < 2 or not is_task_header(columns) or labels[0] in _grammar().site_field_labels:
        return [], max(len(read), 1)  # (a page's own fields, "标题: …" / "发布时间: …" / "文号: …" / "发布机构: …", are no card: ax05 crawled)
    last = max(k for k, (_, (label, _)) in enumerate(read) if label)
    if {columns[k] for k in ("task", "measure") if k in columns} == {len(labels) - 1} and last == len(read) - 1 and not read[last][1][1] \
            and _one_block(pieces, i, len(read), labels[0]):
        return [], len(read)  # the work's label leads in to numbered items ("整改措施:" over "1.…"): the lines are the items' notes, no card (review ha 04)
    # after the last label's value nothing more is the card's (the page's "相关新闻…"); a label alone takes the next line
    run = read[: last + (2 if not read[last][1][1] else 1)]
    return run, len(run)


def _one_block(pieces: list[Piece], i: int, size: int, first_label: str) -> bool:
    """The labelled lines at `i` lead in to numbered items, and no other block of the same labels stands in their group (up to a heading):
    several problems each with their lines and measures stay cards, as before (diffreview-g1 p39)."""
    items = match_marker(pieces[i + size].text) if i + size < len(pieces) else None
    if items is None:
        return False
    for stretch in (pieces[i + size :], pieces[i - 1 :: -1] if i else []):  # after it, and back to its part's heading
        for piece in stretch:
            marker = match_marker(piece.text)
            if marker is not None and marker.kind != items.kind or piece.kind == "row":
                break  # (the group's own heading, "（二）…" over the next problem: diffreview-g2 p27)
            if marker is None and _label_and_value(piece.text)[0] == first_label:
                return False
    return True
