"""The units the clauses of a 分工 label name, read leniently ("区规划局负责开展…，所在乡镇人民政府组织实施，嘉源公司作为业主单位"):
the unit a clause opens with before its work, and names only (no "X由" before them, no words of work)."""
from __future__ import annotations

from .grammar import current as _grammar
from .units import ends_like_unit, is_collective, split_units


def names_of(names: list[str]) -> list[str]:
    """The names among a lenient clause's units, without what opens the clause before them ("其余由各乡镇人民政府" -> 各乡镇人民政府);
    a word of work read as a unit ("协同") is dropped."""
    out = []
    for name in names:
        k = name.find("由", 0, 12)  # ("其余由各乡镇人民政府负责", "中心城区部分由区住建局…", diffreview-aa; not 自由贸易, diffreview-ab)
        name = name[k + 1 :] if 0 < k < len(name) - 1 and name[k - 1] != "自" else name
        if ends_like_unit(name) or is_collective(name):
            out.append(name)
    return out


def working_subject(clause: str) -> list[str]:
    """The unit a clause opens with before the work it does ("所在乡镇人民政府组织实施", "区交通与建设局业务检查指导并协助…"), or none."""
    rules = _grammar().rules
    words = rules.work_verbs + rules.clause_work_openings
    at = min((k for k in (clause.find(w, 3) for w in words) if k > 0), default=-1)
    head = clause[:at].strip() if at > 0 else ""
    agent = _grammar().unit_sentence.match(head)  # ("由各片区开发管理局负责": the units after 由)
    head = head[agent.end() :] if agent is not None and not agent.group("title") else head
    return split_units(head) if len(head) <= 25 and ends_like_unit(head) else []


def units_before_tail(clause: str, openings: tuple[str, ...], verbs: tuple[str, ...]) -> list[str]:
    """The units after an opening word ("会同") and before the verb of what they are to do: "会同省农业厅、…、省水产局研究提出意见" ->
    [省农业厅, …, 省水产局] (corpus 0620); [] where the last name is cut at no such verb or a name does not end like a unit."""
    opening = next((w for w in openings if clause.startswith(w)), "")
    names = split_units(clause[len(opening) :])
    if names and not ends_like_unit(names[-1]):
        cut = next((k for k in range(2, len(names[-1])) if names[-1].startswith(verbs, k) and ends_like_unit(names[-1][:k])), 0)
        names[-1] = names[-1][:cut]
    return names if names and all(len(n) >= 2 and ends_like_unit(n) for n in names) else []
