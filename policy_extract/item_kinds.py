"""Items whose numbered points or lines are no work of their own: the terms a rule lists inside its provision, the materials
or conditions an item names, a line saying when the notice takes effect or a file the page offers. extract.py asks these."""
from __future__ import annotations

import re

from .build import full_text
from .grammar import current as _grammar
from .note_spans import remove_notes
from .segment import Node
from .subjects import subject_note, unit_sentences
from .units import starts_like_unit


def _term_point(text: str) -> bool:
    """A point that is a phrase closed by a semicolon, no sentence in it ("（一）捕捞、养殖渔船；", "1.近5年年度考核情况；")."""
    return text.endswith(("；", ";")) and "。" not in text


def runs_into_terms(node: Node) -> bool:
    """An item whose sentence runs into the list of the materials or conditions it names, each point a phrase closed by a
    semicolon (grammar.terms_list_opening): the item, its points part of its text."""
    own = node.own_text.rstrip()
    points = [full_text(c).rstrip() for c in node.children]
    return bool(points) and _grammar().terms_list_opening.search(own) is not None and all(map(_term_point, points[:-1]))


def no_work_line(text: str) -> bool:
    title, _, body = text.partition("\n")  # (or under a short title: "七、其他" over "本工作指引自公布之日起施行，有效期3年。", corpus 0822)
    effective = _grammar().effective_clause
    # (nor work after it: "本方案自印发之日起实施。各县区要于3月底前…"; what it repeals is none: "…起执行。《…》同时废止。", 0706)
    only_clause = all(any(w in s for w in _grammar().rules.repeal_words) for s in body.rstrip("。 ").split("。")[1:])
    return effective.match(text) is not None or (len(title) <= 6 and only_clause and effective.match(body) is not None) or _grammar().is_offered_file(text)


def listed_in_a_provision(node: Node) -> bool:
    """An item of a list inside a rule's sentence: its run of items mostly phrases closed by a semicolon
    ("下列车船免征车船税：（一）捕捞、养殖渔船；（二）…；", corpus 0500; "有下列情形之一的，…：（一）执法人员少于两人的；",
    0480): the conditions, categories or terms of a provision, no work (the last item runs on into the next articles)."""
    run = [s for s in (node.parent.children if node.parent is not None else []) if s.kind == node.kind]
    role = _grammar().role_word  # (a point that opens naming who does it is a duty: "（一）市人社局负责…；")
    entries = [s for s in run if not s.children and _term_point(t := full_text(s).rstrip()) and not (starts_like_unit(t) and role.search(t, 0, 16))]
    return len(run) >= 2 and bool(entries) and len(entries) * 2 >= len(run)  # (of two points, one: "分为二级：（一）…；（二）…。", 0414)


_FIRST_SENTENCE = re.compile(r"\s*[^。；;\n]+[。；;]")
_MEASURE_TITLE = 20  # a title this long, in clauses, is a measure: "（一）进一步放宽市场准入,缩减市场准入负面清单事项,清单之外不得另设门槛…。"


def works_itself(node: Node, notes_of) -> bool:
    """An item with a body and a unit note of its own over sub-items most of which carry their own: work of its own beside
    theirs ("一、奋斗目标" / "精心组织实施大气、水、土壤污染防治…" / "责任单位:省大气水土壤污染防治“三大战役”领导小组成员
    单位,各市(州)负责落实(…)" over "(一)大气环境质量明显提升。" / "责任单位:…", 四川 三大战役 责任分工方案, review fo 03:
    the contract's item with a note, a task at whatever level). A title with a note and no body of its own shares the note
    with its items (the contract's group note): "（一）加强组织领导。（牵头单位：X）" over 1. 2."""
    items = [c for c in node.children if c.kind != "unnumbered"]
    if not items or node.kind == "root":
        return False
    notes = [n for n in notes_of(node.own_text) if n.lead or n.responsible]
    if not notes:
        return False
    body = remove_notes(node.own_text, notes)
    first = _FIRST_SENTENCE.match(body)  # (a sentence: not a heading in clauses over its items, "一、持续优化营商环境，全面提升…", diffreview-d1 p36)
    measure = first is not None and len(first.group(0)) > _MEASURE_TITLE and ("，" in first.group(0) or "," in first.group(0))
    if not measure and (len(body) - len(node.title) <= 30 or not any(ch in body for ch in "。；;")):
        return False
    noted = sum(1 for c in items if notes_of(c.own_text))
    return noted >= 1 and noted * 2 >= len(items)


def assigns_before_duties(node: Node) -> bool:
    """An item over its units' duty paragraphs whose own text gives the work to units too ("(二)水上交通安全管理的主体责任由乡镇政府和相关
    部门负责。" over "安监部门负责…", review ib 02): a task beside them."""
    return bool(node.readings.get("duty_blocks")) and bool(subject_note(node.paras[0].text) or unit_sentences(node.paras[0].text))
