"""Where a unit note opens a part of its own in text whose line breaks were lost: a labelled
note run on after an item's text ("…增长7%以上责任单位:区发展和改革局(二)…"), a bare unit clause
between two sentences ("…宣传解读。市发改委牵头落实围绕出台…"), a label opening a line. Plain
strings in, positions out; normalize and paragraphs use them to cut paragraphs."""
from __future__ import annotations

from .grammar import current as _grammar
from .markers import candidates, match_marker, ordinal_shi
from .notes import bare_note, brackets_closed, time_field_at
from .units import ends_like_unit as _ends_like_unit


def label_at(text: str, pos: int) -> bool:
    """A note label starts at `pos` ("…左右。牵头单位:区发改局…": notes run into the text), or a time field before one ("…演练活动。
    时间:待定 责任单位:市支前办", review hb 04)."""
    return bool(_grammar().label_re.match(text, pos) or time_field_at(text, pos))


def _time_field_before(text: str, j: int) -> tuple[int, int]:
    """Where the note whose label is at `j` opens, and where the item's text before it ends: at a time field that ends right before
    the label ("…演练活动。时间:待定 责任单位:市支前办"); at the label after a field glued to a word, which stays the item's text ("…离退休
    干部时间:7月下旬责任单位:市民政局", review hb 04; "窗口办理时间：工作日中午…", diffreview-g1 p07); else both at `j`."""
    start = max(0, j - _TIME_FIELD_REACH)
    if not any(w in text[start:j] for w in _grammar().rules.time_field_labels):
        return j, j
    field = next((m.start() for m in _grammar().time_field.finditer(text, start) if m.end() == j), None)
    return (j, j) if field is None else (field, field) if time_field_at(text, field) else (j, field)


_TIME_FIELD_REACH = 32


def run_on_notes(text: str) -> set[int]:
    """Where a unit note run on into a line without a line break opens a part of its own:
    a labelled note right after the item's text ("…增长7%以上责任单位:区发展和改革局(二)…"),
    and around a bare unit clause with a complete verb between two sentences
    ("…宣传解读。市发改委牵头落实围绕出台…": the clause, then the next item's text)."""
    g = _grammar()
    out: set[int] = set()
    if "：" in text or ":" in text:
        for m in g.unit_label_at.finditer(text):
            value = g.value_head.match(text, m.end())
            j, ends = _time_field_before(text, m.start())  # "时间:待定 责任单位:X": the note opens at its time field (review hb 04)
            if not j or text[j - 1] in "，,、：:":
                continue  # "（牵头单位：X，责任单位：Y）": labels of one note
            # after a semicolon, a label after an item's title, not after another label's value
            # ("(一)第一检查督导组;责任单位:农办、供电所", 卢市镇 2021 flattened, review s1d 01; not "牵头单位：X；责任单位：Y")
            item = _closes_numbered_item(text, j - 1, "。！？：:") if text[j - 1] in "；;" else _closes_numbered_item(text, ends)
            if not item and text[j - 1] in "；;":  # or after the item's last clause of work, no label before it in its sentence ("…做好商铺内垃圾
                # 分类;牵头处室：交通与建设处配合单位：…", 苏平 2023 文明城市, review bx02 crawled; not "牵头单位：X；责任单位：Y", one note's labels)
                opened = max(text.rfind(ch, 0, j - 1) for ch in "。！？\n") + 1
                item = j - 1 - opened >= 6 and g.unit_label_at.search(text, opened, j - 1) is None
            if value and _ends_like_unit(value.group(0)) and brackets_closed(text[:j]) and item:
                out.add(j)
        out |= _leader_labels_after_items(text)
        out |= _text_after_labelled_roles(text)
        out |= _runs_after_notes(text, {m.start() for m in g.unit_label_at.finditer(text) if brackets_closed(text[: m.start()])})
    clauses = []
    for m in (g.complete_note.finditer(text) if g.complete_verb.search(text) else ()):
        start, end = m.start("note"), m.end("note")
        clause = text[start:end]
        if end < len(text) and match_marker(clause) is None:
            note = bare_note(clause)
            if note is not None and all(_ends_like_unit(n) and not n.endswith(("）", ")")) for n in note.lead + note.responsible):
                clauses.append((start, end))
    if len(clauses) >= 2:  # the form recurs item after item; once, it is a sentence ("。X牵头落实Y政策")
        out.update(i for pair in clauses for i in pair)
    elif clauses and clauses[0][0] == 0 and text[clauses[0][1]] == " ":
        out.add(clauses[0][1])  # "市发改委牵头落实 围绕出台…": a paragraph opened by the row before's unit cell
    return out


def _text_after_labelled_roles(text: str) -> set[int]:
    """The text after a labelled list that closes with a role verb and a blank, its line break lost: "责任单位：区农村发展局牵头，区环境
    与国土资源局等参与 鼓励农民增施有机肥，…" (平潭 2016 土壤污染防治, review bw03 crawled) — the item's next run, not the list's names."""
    g = _grammar()
    out: set[int] = set()
    for m in g.unit_label_at.finditer(text) if " " in text or "\u3000" in text or "\t" in text else ():
        end = min((k for k in (text.find(ch, m.end()) for ch in "。；;") if k >= 0), default=len(text))
        blank = g.role_then_blank.search(text, m.end(), end)
        if blank is not None and brackets_closed(text[: m.start()]):
            out.add(blank.end())
    return out


def _leader_labels_after_items(text: str) -> set[int]:
    """A leader's label glued to a numbered item's title, a unit label after the leader's name: the note's block
    ("1.台风、山洪及森林火灾牵头领导:周训岚牵头处室:政法综治处责任处室（单位）:各村居", 平潭 海坛片区 2020 安全隐患大排查大整治
    flattened, review bh04): the labels open a part of their own, as their lines did."""
    g, out, taken = _grammar(), set(), set()
    for label in sorted(g.rules.leader_labels, key=len, reverse=True):  # the longest label at a place ("牵头负责领导", not "负责领导")
        j = text.find(label)
        while j >= 0:
            colon = j + len(label)
            unit = g.unit_label_at.search(text, colon + 1, colon + 16) if text[colon : colon + 1] in (":", "：") else None
            # the leader's name alone between the colon and the unit label ("周训岚"; not "第一责任人：负责组织领导。牵头单位：", diffreview-ad)
            named = unit is not None and _PERSON_CHARS[0] <= len(text[colon + 1 : unit.start()].replace(" ", "")) <= _PERSON_CHARS[1] \
                and text[colon + 1 : unit.start()].replace(" ", "").isalpha()
            if j > 0 and named and not any(j < t <= colon for t in taken) and text[j - 1] not in "，,、：:；;（(" and _closes_numbered_item(text, j):
                out.add(j)
            taken.update(range(j + 1, colon + 1))
            j = text.find(label, j + 1)
    return out


_PERSON_CHARS = (2, 4)


def _runs_after_notes(text: str, notes: set[int]) -> set[int]:
    """The item's next point after a note run on into it: "…对台直航等。责任单位：区交建局。时间要求：…平潭网，8月10日。二是市政设施
    日趋完善。…" (平潭 2016 十三五 宣传报道 分工, review bk02): "二是" after the note's last sentence opens the item's next run."""
    out: set[int] = set()
    for j in notes:
        k = text.find("。", j)
        while 0 < k < len(text) - 2:
            point = ordinal_shi(text[k + 1 : k + 4])
            if point is not None and point.value >= 2:
                out.add(k + 1)
                break
            label = text[k + 1 : k + 8].split("：")[0].split(":")[0]
            if match_marker(text[k + 1 : k + 40]) is not None or len(label) >= 7 or not (_grammar().label_role(label) != "none" or "时间" in label):
                break  # the note's sentences are its labels ("责任单位：…", "时间要求：…"); anything else ("具体要求：一是…") is no run after it
            k = text.find("。", k + 1)
    return out


def _closes_numbered_item(text: str, j: int, ends: str = "。；;！？：:") -> bool:
    """The clause before a glued label is a numbered item ("(一)地区生产总值增长7%以上责任单位:"),
    not a page's field ("公开程序：本单位审核后公开责任部门：")."""
    k = max(text.rfind(ch, 0, j) for ch in ends)
    clause = text[k + 1 : j]
    return any(match_marker(clause[m.start() :]) is not None for m in candidates().finditer(clause))


def ends_with_labelled_units(text: str) -> bool:
    """A labelled list of units closes the text, no sentence after it ("…预计阅读时长43分钟牵头单位:区商务局责任单位:XX镇、各街道
    办事处", a page that opens mid-way, flattened: 市城区生活垃圾分类行动实施方案 第2/3页, review hk 03): a numbered item after it
    opens a paragraph of its own, as after a labelled line."""
    tail = text[-200:]
    last = None
    for last in _grammar().label_re.finditer(tail):
        pass
    rest = tail[last.end() :].strip() if last is not None else ""
    return bool(rest) and not any(ch in rest for ch in "。；;！？") and _ends_like_unit(rest)


def starts_with_label(text: str) -> bool:
    """"牵头单位：…", "协作单位：…": a labelled line opens a part of its own."""
    return bool(_grammar().label_line.match(text))
