"""A task printed as a column's name on a line and its value on the next, with no colon between (a page of a 任务分解
column that prints one task): the pairs as the labelled lines label_cards.labelled_cards reads; and labels a copy damaged
(a page number glued before one, one said with 为), made whole."""
from __future__ import annotations

import re

from .cell_kinds import unit_cell
from .dates import find_dates
from .deadlines import looks_like_time_limit
from .grammar import current as _grammar
from .pieces import Piece
from .tables import column_of, header_columns, is_task_header
from .unit_labels import body_name
from .units import ends_like_unit, ends_with_role_verb, is_collective, split_units, starts_like_unit

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


def join_label_values(pieces: list[Piece]) -> list[Piece]:
    """A unit label closing its line, its units the next line ("…创建启动仪式。时间:20xx年x月,参与单位:" / "街道各科室、各社区。",
    a 街道 食品安全 plan, review dz08): the two one labelled line, the label's own piece joined to its value. Only where the next
    piece holds units (cell_kinds.unit_cell) and is not the notice's signer over its date."""
    g = _grammar()
    out: list[Piece] = []
    for k, piece in enumerate(pieces):
        before = out[-1] if out else None
        after = pieces[k + 1].text.strip() if k + 1 < len(pieces) else ""  # (not the notice's signer over its date, diffreview-az p05)
        if before is not None and before.kind == "para" and piece.kind == "para" and (m := g.label_line.match(before.text)) is not None \
                and m.end() == len(before.text.rstrip()) and g.label_role(m.group(1)) in ("lead", "responsible") and unit_cell(piece.text.strip()) \
                and g.date.fullmatch(after) is None:
            out[-1] = Piece("para", before.text.rstrip() + piece.text.strip(), before.start_line, piece.end_line, before.page)
            continue
        out.append(piece)
    return out


def repair_labels(text: str) -> str:
    """A label a copy damaged, made whole: a sharing site's page number glued between a sentence's end and the label ("…比例明显
    增加。14牵头单位:群体司", 体育总局 全民健身计划 分工, review dh05) dropped; a label said with 为 after a comma, its colon
    ("…增长8%,责任单位为区经信局;", 县域经济考核指标, review dn04)."""
    g = _grammar()
    if "。" in text and _DIGIT_AFTER_STOP.search(text):
        text = g.number_before_label.sub("", text)
    if "为" in text and ("，" in text or "," in text):
        parts, pos = [], 0
        for m in g.label_said_with_for.finditer(text):
            if m.start() >= pos:
                said, end = _colon_for_names(m)
                parts += [text[pos : m.start()], said]
                pos = end
        text = "".join(parts) + text[pos:]
    return text


def _colon_for_names(m: re.Match) -> tuple[str, int]:
    """"责任单位为区经信局;" or "，牵头单位为县住建局，责任单位为各乡镇，…": the label's colon, a value closed by a comma closed by a
    semicolon before the next such label, else by a stop (so that the note ends there: not "…，属地为乡镇" after it, diffreview-aw p44); "为：" its colon alone. Not prose
    that says 为 of something else ("，牵头单位为第一责任单位，对任务…负总责", "，责任单位为企业和群众提供…服务", diffreview-aw): the
    value, to the next comma or stop, must be bodies' names (a collective, a name opening and ending as a unit does, or a body's); a
    time label's value a time limit ("完成时限为：2024年11月底前", not "时限为：1个工作日", diffreview-ax). (The text said, where it ends.)"""
    rest = m.string[m.end() :]
    value = _CLAUSE_END.split(rest.lstrip("：:"), maxsplit=1)[0]
    if m.group(1).strip() in _grammar().rules.deadline_labels:
        timed = m.group(2) is not None and looks_like_time_limit(value)
        return (m.group(1) if timed else m.group(0)), m.end()
    if m.group(2) is not None:
        return m.group(1), m.end()  # "责任单位为：区住建局"
    names = split_units(value)
    if not names or not all(is_collective(n) or body_name(n, 2) or (ends_like_unit(n) and starts_like_unit(n) and len(n) >= 3) for n in names):
        return m.group(0), m.end()
    comma = rest[len(value) : len(value) + 1] in ("，", ",")
    after = m.end() + len(value) + 1
    clause = _CLAUSE_END.split(m.string[after:], maxsplit=1)[0] if comma else ""
    # (the note goes on into a clause that is its own: the next label, a time limit, units closed by their role, "县财政局、县委组织部配合")
    goes_on = comma and (_grammar().label_said_with_for.match(m.string, after) is not None or ends_with_role_verb(clause)
                         or (bool(find_dates(clause[:14], 2000)) and looks_like_time_limit(clause)))
    return m.group(1) + "：" + value + (("；" if goes_on else "。") if comma else ""), m.end() + len(value) + comma


_DIGIT_AFTER_STOP = re.compile(r"[。；;]\s*\d")
_CLAUSE_END = re.compile(r"[。；;，,\n]")


def sentence_after_units(label_line: str, text: str) -> bool:
    """A labelled line whose last name is whole, then a sentence that opens with no name ("主责单位:市交通局" / "据了解,此次整治…",
    遂宁 2019 群众最不满意的10件事, review ff05): the sentence is no more of the list."""
    last = re.split(r"[、，,：:]", label_line.rstrip())[-1]  # (a name cut by the wrap goes on: "市卫生健康委" / "员会，各县（区）人民政府", diffreview-bb)
    first = re.split(r"[，,。！!？?；;、]", text, maxsplit=1)
    return ends_like_unit(last) and not starts_like_unit(text) and len(first) > 1 and not ends_like_unit(first[0])
