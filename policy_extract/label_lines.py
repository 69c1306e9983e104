"""A task printed as a column's name on a line and its value on the next, with no colon between (a page of a 任务分解
column that prints one task): the pairs as the labelled lines flat_tables.labelled_cards reads; and labels a copy damaged
(a page number glued before one, one said with 为), made whole."""
from __future__ import annotations

import re

from .grammar import current as _grammar
from .pieces import Piece
from .tables import column_of, header_columns, is_task_header
from .units import ends_like_unit, split_units

_LABEL_ROLES = ("task", "measure", "lead", "responsible", "deadline", "leader")


def label_lines_as_labels(pieces: list[Piece]) -> list[Piece]:
    """One task printed as a column's name on a line and its value on the next, no colon ("具体任务" / "全面落实…" / "责任单位" /
    "卫健局、文旅局" / "完成时限" / "…1月底前完成", 同心县 2023 任务分解 page, web review e 05): each pair as the labelled line
    ("责任单位：卫健局、文旅局") labelled_cards reads, where three pairs or more name a task column and a unit column."""
    known = {w for role, words in _grammar().column_words if role in _LABEL_ROLES for w in words}

    def label(p: Piece) -> bool:  # a column's own name, not a heading that holds one ("保障措施")
        return p.kind == "para" and len(p.text.strip()) <= 6 and p.text.strip() in known and column_of(p.text.strip()) in _LABEL_ROLES
    out, i = [], 0
    while i < len(pieces):
        k = i
        while k + 1 < len(pieces) and label(pieces[k]) and pieces[k + 1].kind == "para" and not label(pieces[k + 1]):
            k += 2
        names = [pieces[j].text.strip() for j in range(i, k, 2)]
        if len(names) >= 3 and is_task_header(columns := header_columns(names)) and {"lead", "responsible"} & set(columns):
            out += [Piece("para", pieces[j].text.strip() + "：" + pieces[j + 1].text.strip(), pieces[j].start_line, pieces[j + 1].end_line, pieces[j].page) for j in range(i, k, 2)]
            i = k
        else:
            out.append(pieces[i])
            i += 1
    return out


def repair_labels(text: str) -> str:
    """A label a copy damaged, made whole: a sharing site's page number glued between a sentence's end and the label ("…比例明显
    增加。14牵头单位:群体司", 体育总局 全民健身计划 分工, review dh05) dropped; a label said with 为 after a comma, its colon
    ("…增长8%,责任单位为区经信局;", 县域经济考核指标, review dn04)."""
    g = _grammar()
    if "。" in text and _DIGIT_AFTER_STOP.search(text):
        text = g.number_before_label.sub("", text)
    if "为" in text and ("，" in text or "," in text):
        text = g.label_said_with_for.sub(_colon_for_names, text)
    return text


def _colon_for_names(m: re.Match) -> str:
    """"责任单位为区经信局;" closing its item: the label's colon; "为：" its colon alone. Not prose that says 为 of something
    else ("，牵头单位为第一责任单位，对任务…负总责", "，责任单位为企业和群众提供…服务", diffreview-aw): the value must be
    names that end as units do, closed by the item's end or a semicolon."""
    if m.group(2) is not None:
        return m.group(1)  # "责任单位为：区住建局"
    rest = m.string[m.end() :]
    value = re.split(r"[。；;，,\n]", rest, maxsplit=1)[0]
    closer = rest[len(value) : len(value) + 1]
    names = split_units(value)
    if closer in ("，", ",") or not names or not all(ends_like_unit(n) and len(n) >= 3 for n in names):
        return m.group(0)
    return m.group(1) + "："


_DIGIT_AFTER_STOP = re.compile(r"[。；;]\s*\d")
