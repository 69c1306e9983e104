"""Units a note says every later task takes part in ("以下均需各县(市、区)林业主管部门配合,不再列出"),
where the note prints that statement in brackets of its own: after a unit in a labelled line, or
as a whole note after an item's text. notes.py reads them into `Note.carried`; extract.carry_units
gives them to the later tasks."""
from __future__ import annotations

import re

from .brackets import pairs
from .grammar import current as _grammar
from .units import ends_like_unit, is_collective, split_units, without_manner


def _says_later(text: str) -> bool:
    """下同, 不再列出 … in the text (words looked up, no pattern compiled on a parse that has none)."""
    return any(w in text for w in _grammar().rules.carry_forward_words)


def carried_units(statement: str) -> list[str]:
    """The units a statement that holds for later tasks names ("以下均需X配合,不再列出"), or []."""
    if not _says_later(statement):
        return []
    g = _grammar()
    found = [u for m in g.carried_units.finditer(statement) for u in _named(m, statement) + _list_past_comma(statement, m.end())]
    # or the subject of "X为<label>": "相关乡镇政府为责任主体,以下不再列出" (s9a 05)
    m = g.units_as_label.match(statement.lstrip())
    subject = m is not None and m.group("label") in g.rules.responsible_labels and statement.lstrip()[m.end() : m.end() + 1] in ("", "，", ",", "；", ";", "。")
    return found or (split_units(m.group("units")) if subject else [])


def _named(m: re.Match, statement: str) -> list[str]:
    """The units of a carried_units match; where a verb's word stands inside a name ("以下均需市扶贫协作办、各县(区)政府落实",
    diffreview-c1 p06: 协作), the names up to the first verb after which every name is a unit's ("…落实属地、行业监管责任" keeps its
    object, diffreview-c2 p25)."""
    names = split_units(m.group("units"))
    if all(_unit_like(n) for n in names):
        return names
    g = _grammar()
    clause = statement[m.start("units") : m.end()]
    for verb in list(g.responsible_verb.finditer(clause)) + list(g.sole_verb.finditer(clause)):
        longer = split_units(clause[: verb.start()])
        if longer and all(_unit_like(n) for n in longer):
            return longer
    return names


def _unit_like(name: str) -> bool:
    return (ends_like_unit(name) or is_collective(name)) and not _grammar().not_a_name.search(name)


def _list_past_comma(statement: str, end: int) -> list[str]:
    """The list that goes on past a comma up to its verb ("以下均需各县市区人民政府,阜阳经开区、阜合园区管委会负责落实,不再列出",
    阜阳 2021 根治欠薪, review cw04: a comma between kinds of body): the names after the comma, or []."""
    if statement[end : end + 1] not in ("，", ","):
        return []
    return _clause_units(re.split(r"[，,；;。]", statement[end + 1 :], maxsplit=1)[0])


def carried_clause(note: str) -> list[str]:
    """The units of a note's last clause, where the note says after it that it holds later
    ("…,各区县人民政府残疾人工作委员会成员单位按职责分工负责落实,不再列出", 荣昌区 2026, review s10d 01), or []."""
    said = _grammar().carries_forward.search(note)
    clause = re.split(r"[，,；;：:]", note[: said.start()].rstrip("，,；; ")) if said else [""]
    return _clause_units(clause[-1]) if len(clause) > 1 else []


def _clause_units(clause: str) -> list[str]:
    """The names before a clause's role verb, a manner word left out ("各有关单位积极配合", diffreview-aq), each a unit's or a
    collective's and none a sentence's ("其中涉及企业的由市工信局负责", diffreview-aq); [] else."""
    g = _grammar()
    verb = g.responsible_verb.search(clause) or g.sole_verb.search(clause)
    names = split_units(without_manner(clause[: verb.start()])) if verb else []
    return names if names and all((ends_like_unit(n) or is_collective(n)) and not g.not_a_name.search(n) for n in names) else []


def carried_in_brackets(content: str) -> tuple[str, list[str]]:
    """A bracket after a unit saying it takes part in every later task too ("配合单位:局相关业务科室,
    各县(市、区)林业主管部门(以下均需各县(市、区)林业主管部门配合,不再列出)", 芜湖 2022, review r32b 06):
    (the content without the bracket, the units it carries); (content, []) where there is none."""
    said = _grammar().carries_forward.search(content) if ("(" in content or "（" in content) and _says_later(content) else None
    if said is None:
        return content, []
    around = [(a, b) for a, b, opener in pairs(content) if opener in "（(" and a < said.start() < b]
    if not around or not content[: around[-1][0]].strip():
        return content, []  # (a whole bracketed note is read as a note: carry_statement)
    a, b = around[-1]
    units = carried_units(content[a + 1 : b - 1])
    return (content[:a] + content[b:], units) if units else (content, [])


def carry_statement(content: str) -> list[str]:
    """The units of a note that is only such a statement ("以下均需X配合,不再列出"), or []."""
    if not _says_later(content):
        return []
    g = _grammar()
    m = g.carried_units.search(content)
    return carried_units(content) if m is not None and m.start() <= 4 and not g.label_re.search(content) else []
